//! 3.1: Tỷ lệ người dân trong độ tuổi lao động được thông tin, tuyên truyền, đào tạo kỹ năng số cơ
//! bản (share of working-age residents informed about or trained in basic digital skills).
//!
//! Check: `working_age.digital_skills_informed` / `working_age.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "3.1",
    group: crate::XA_HOI_SO,
    name: "Tỷ lệ người dân trong độ tuổi lao động được thông tin, tuyên truyền, đào tạo kỹ năng số cơ bản",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::Min(50.0)),
        (2023, Target::Min(60.0)),
        (2024, Target::Min(70.0)),
        (2025, Target::Min(80.0)),
    ]),
    agency: "Sở TTTT",
    legal_basis: "Quyết định số 411/QĐ-TTg ngày 31/3/2022; KH số 134/KH-UBND ngày 16/5/2022",
    source: crate::source!("3.1"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[
        crate::evidence::DIGITAL_SKILLS_PLAN,
        crate::evidence::DIGITAL_SKILLS_MATERIALS,
    ],
    facts: &["working_age.total", "working_age.digital_skills_informed"],
    notes: &[],
    judgements: &[],
    check: |cx| cx.share_at_least("working_age.digital_skills_informed", "working_age.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::abi::GuestOutcome::*;
    use dtcheck_sdk::evaluate_native;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["50%", "60%", "70%", "80%"]);
        assert_share_targets(
            &CRITERION,
            "working_age.digital_skills_informed",
            "working_age.total",
        );
    }

    #[test]
    fn targets_follow_the_year() {
        // 50 % passes in 2022 (target 50 %) and fails in 2023 (target 60 %).
        let facts = [Some(100.0), Some(50.0)];
        assert_eq!(evaluate_native(&CRITERION, 2022, &facts).outcome, Pass);
        assert_eq!(evaluate_native(&CRITERION, 2023, &facts).outcome, Fail);
    }
}
