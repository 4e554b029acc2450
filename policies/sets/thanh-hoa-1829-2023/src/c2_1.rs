//! 2.1: Tuyên truyền, nâng cao nhận thức cho doanh nghiệp, hộ kinh doanh, sản xuất và người dân về
//! chuyển đổi số, phát triển kinh tế, mua bán, phân phối hàng hóa dựa trên môi trường mạng. (share
//! of enterprises, business and production households and residents reached by outreach on digital
//! transformation and online trade).
//!
//! Check: `producers.reached_by_outreach` / `producers.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "2.1",
    group: crate::KINH_TE_SO,
    name: "Tuyên truyền, nâng cao nhận thức cho doanh nghiệp, hộ kinh doanh, sản xuất và người dân về chuyển đổi số, phát triển kinh tế, mua bán, phân phối hàng hóa dựa trên môi trường mạng.",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::Min(100.0)),
        (2023, Target::Min(100.0)),
        (2024, Target::Min(100.0)),
        (2025, Target::Min(100.0)),
    ]),
    agency: "Sở TTTT",
    legal_basis: "KH số 195/KH-UBND ngày 27/8/2021",
    source: crate::source!("2.1"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[
        crate::evidence::STAFF_TRAINING_PLAN,
        crate::evidence::STAFF_TRAINING_RECORDS,
    ],
    facts: &["producers.total", "producers.reached_by_outreach"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 2.1 names a mixed population (\"doanh nghiệp, hộ kinh doanh, sản xuất và người dân\": enterprises, business and production households, and residents) under a % unit without saying what the share is of, and Công văn UBND xã Cẩm Tân giao thực hiện Chỉ tiêu chuyển đổi số 2024 does not say either: `producers.total` is the population the commune declares as the target of its outreach, and the dataset must say how it was counted.",
        "1829/QĐ-UBND Phụ lục 01, row 2.1: Công văn UBND xã Cẩm Tân giao thực hiện Chỉ tiêu chuyển đổi số 2024 (Chỉ tiêu 2.1) copies its guidance and evidence from 1.10 (a training plan and summons for the commune's own cadres and civil servants), which does not show outreach to enterprises or residents; the evidence is required as written (`staff_training_plan`, `staff_training_records`) and the defect is recorded here.",
        "1829/QĐ-UBND Phụ lục 01, row 2.1: an empty population (`producers.total` = 0, no enterprise, household or resident declared as targeted) is not assessed, with the reason, rather than passed or failed (the SDK's `share_at_least` does this).",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("producers.reached_by_outreach", "producers.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["100%", "100%", "100%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "producers.reached_by_outreach",
            "producers.total",
        );
    }
}
