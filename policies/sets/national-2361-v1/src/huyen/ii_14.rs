//! huyen.II.14: Hệ thống camera giám sát an ninh, trật tự xã hội (security and public-order camera
//! systems).
//!
//! Check: "Tối thiểu 01 hệ thống": `security_cameras.systems` ≥ 1; "Tối thiểu 03 hệ thống":
//! `security_cameras.systems` ≥ 3.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.II.14",
    group: super::CHINH_QUYEN_SO,
    name: "Hệ thống camera giám sát an ninh, trật tự xã hội",
    unit: "Hệ thống",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::NotAssessed,
        super::AT_LEAST_1_SYSTEM,
        super::AT_LEAST_3_SYSTEMS,
    ]),
    agency: "",
    legal_basis: "Thực tế tại địa phương",
    source: crate::source_huyen!("II.14"),
    data_source: "Chính quyền cấp huyện có triển khai và sử dụng Hệ thống camera giám sát an ninh, trật tự xã hội",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["security_cameras.systems"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row II.14: the text targets \"Tối thiểu 01 hệ thống\" (level 4) and \"Tối thiểu 03 hệ thống\" (level 5) are counts of the camera systems the district government deploys and uses: `security_cameras.systems` ≥ 1 and ≥ 3 (not `security_cameras.connected`, 1829's connection to the commune).",
        "2361/QĐ-BTTTT Phụ lục II, row II.14 vs Phụ lục I row I.12 (same indicator): \"Không áp dụng\" at district level 3 is LAXER than the commune framework, which requires \"Có hệ thống\" from level 3. Transcribed as written.",
    ],
    judgements: &[],
    check: |cx| cx.meets_count_target("security_cameras.systems", None),
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
