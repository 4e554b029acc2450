//! V.3: Tỷ lệ trạm y tế, cơ sở giáo dục và đào tạo thực hiện thanh toán không dùng tiền mặt (share
//! of health stations and education and training institutions carrying out cashless payment).
//!
//! Check: `health_stations_and_education_institutions.cashless` /
//! `health_stations_and_education_institutions.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "V.3",
    group: crate::XA_HOI_SO,
    name: "Tỷ lệ trạm y tế, cơ sở giáo dục và đào tạo thực hiện thanh toán không dùng tiền mặt.",
    unit: "%",
    targets: Targets::ByYear(&[(2024, Target::Min(100.0)), (2025, Target::Min(100.0))]),
    agency: "Sở Y tế, Sở Giáo dục và Đào tạo, Sở Lao động – Thương binh và Xã hội",
    legal_basis: "Quyết định số 1813/QĐ-TTg ngày 28/10/2021; Kế hoạch số 106/KH-UBND ngày 12/4/2022, số 97/KH-UBND ngày 04/4/2022",
    source: crate::source!("V.3"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "health_stations_and_education_institutions.total",
        "health_stations_and_education_institutions.cashless",
    ],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row V.3 is one share over one population, health stations and education and training institutions together (`health_stations_and_education_institutions.*`), not two shares; a unit counts when it carries out cashless payment (\"thực hiện thanh toán không dùng tiền mặt\") for any of its fees. Not 1829 3.8 (`education_institutions.cashless_tuition`: education institutions accepting cashless tuition only).",
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row V.3 names Sở Lao động – Thương binh và Xã hội among its agencies: vocational education institutions are read as part of \"cơ sở giáo dục và đào tạo\".",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "health_stations_and_education_institutions.cashless",
            "health_stations_and_education_institutions.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["100%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "health_stations_and_education_institutions.cashless",
            "health_stations_and_education_institutions.total",
        );
    }
}
