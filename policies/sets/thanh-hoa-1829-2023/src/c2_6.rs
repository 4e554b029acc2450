//! 2.6: Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số (share of small and medium-sized
//! enterprises using digital platforms).
//!
//! Check: `smes.digital_platforms` / `smes.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "2.6",
    group: crate::KINH_TE_SO,
    name: "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::Min(50.0)),
        (2023, Target::Min(55.0)),
        (2024, Target::Min(60.0)),
        (2025, Target::Min(70.0)),
    ]),
    agency: "Sở TTTT",
    legal_basis: "Quyết định số 411/QĐ-TTg ngày 31/3/2022; KH số 134/KH-UBND ngày 16/5/2022",
    source: crate::source!("2.6"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::FORM_2_6],
    facts: &["smes.total", "smes.digital_platforms"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 2.6: an empty population (`smes.total` = 0, a commune with no SME) is not assessed, with the reason, rather than passed or failed (the SDK's `share_at_least` does this).",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("smes.digital_platforms", "smes.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::abi::GuestOutcome::*;
    use dtcheck_sdk::evaluate_native;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["50%", "55%", "60%", "70%"]);
        assert_share_targets(&CRITERION, "smes.digital_platforms", "smes.total");
    }

    #[test]
    fn targets_follow_the_year() {
        // 50 % passes in 2022 (target 50 %) and fails in 2023 (target 55 %).
        let facts = [Some(100.0), Some(50.0)];
        assert_eq!(evaluate_native(&CRITERION, 2022, &facts).outcome, Pass);
        assert_eq!(evaluate_native(&CRITERION, 2023, &facts).outcome, Fail);
    }
}
