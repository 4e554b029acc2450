//! 3.6: Tỷ lệ dân số trưởng thành dùng dịch vụ tư vấn sức khỏe trực tuyến, khám chữa bệnh từ xa .
//! (share of adults using online health consultation or remote medical care).
//!
//! Check: `adults_18plus.telehealth` / `adults_18plus.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "3.6",
    group: crate::XA_HOI_SO,
    name: "Tỷ lệ dân số trưởng thành dùng dịch vụ tư vấn sức khỏe trực tuyến, khám chữa bệnh từ xa .",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::NotAssessed),
        (2023, Target::Min(10.0)),
        (2024, Target::Min(20.0)),
        (2025, Target::Min(30.0)),
    ]),
    agency: "Sở Y tế",
    legal_basis: "Quyết định số 411/QĐ-TTg ngày 31/3/2022; KH số 134/KH-UBND ngày 16/5/2022",
    source: crate::source!("3.6"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::SYT_2579_FORMS],
    facts: &["adults_18plus.total", "adults_18plus.telehealth"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 3.6 says \"dân số trưởng thành\" (adult population) without an age: read as residents aged 18 and over (người thành niên, Bộ luật Dân sự 2015, Điều 20), `adults_18plus.total` (the rows of Mẫu 3.3), distinct from the population aged 15 and over of 3.2.",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("adults_18plus.telehealth", "adults_18plus.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::abi::GuestOutcome::*;
    use dtcheck_sdk::evaluate_native;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["*", "10%", "20%", "30%"]);
        assert_share_targets(
            &CRITERION,
            "adults_18plus.telehealth",
            "adults_18plus.total",
        );
    }

    #[test]
    fn targets_follow_the_year() {
        // 10 % passes in 2023 (target 10 %) and fails in 2024 (target 20 %).
        let facts = [Some(100.0), Some(10.0)];
        assert_eq!(evaluate_native(&CRITERION, 2023, &facts).outcome, Pass);
        assert_eq!(evaluate_native(&CRITERION, 2024, &facts).outcome, Fail);
    }
}
