//! huyen.II.13: Hệ thống chiếu sáng thông minh công cộng (smart public-lighting systems).
//!
//! Check: "Tối thiểu 01 hệ thống": `smart_lighting.systems` ≥ 1; "Tối thiểu 03 hệ thống":
//! `smart_lighting.systems` ≥ 3.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.II.13",
    group: super::CHINH_QUYEN_SO,
    name: "Hệ thống chiếu sáng thông minh công cộng",
    unit: "Hệ thống",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::NotAssessed,
        super::AT_LEAST_1_SYSTEM,
        super::AT_LEAST_3_SYSTEMS,
    ]),
    agency: "",
    legal_basis: "Thực tế tại địa phương.",
    source: crate::source_huyen!("II.13"),
    data_source: "Chính quyền cấp huyện có hệ thống chiếu sáng thông minh nơi công cộng.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["smart_lighting.systems"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row II.13: the text targets \"Tối thiểu 01 hệ thống\" (level 4) and \"Tối thiểu 03 hệ thống\" (level 5) are counts: `smart_lighting.systems` ≥ 1 and ≥ 3.",
    ],
    judgements: &[],
    check: |cx| cx.meets_count_target("smart_lighting.systems", None),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use crate::huyen::test_support::at_level;
    use dtcheck_sdk::Measured;
    use dtcheck_sdk::abi::GuestOutcome::*;
    use dtcheck_sdk::testing::{assert_star_years_not_assessed, assert_targets};

    #[test]
    fn level_4_needs_one_system_and_level_5_three() {
        assert_targets(
            &CRITERION,
            &[
                "*",
                "*",
                "*",
                "Tối thiểu 01 hệ thống",
                "Tối thiểu 03 hệ thống",
            ],
        );
        assert_star_years_not_assessed(&CRITERION);
        assert_eq!(at_level(&CRITERION, 4, &[Some(1.0)]).outcome, Pass);
        assert_eq!(at_level(&CRITERION, 4, &[Some(0.0)]).outcome, Fail);
        let five = at_level(&CRITERION, 5, &[Some(3.0)]);
        assert_eq!(five.outcome, Pass, "{:?}", five.reason);
        assert_eq!(five.measured, Measured::Number(3.0));
        assert_eq!(at_level(&CRITERION, 5, &[Some(2.0)]).outcome, Fail);
        assert_eq!(at_level(&CRITERION, 5, &[Some(-1.0)]).outcome, Error);
        let missing = at_level(&CRITERION, 5, &[None]);
        assert_eq!(missing.outcome, MissingData);
    }
}
