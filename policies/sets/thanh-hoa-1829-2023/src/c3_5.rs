//! 3.5: Tỷ lệ người dân có hồ sơ sức khỏe điện tử, được cập nhật, bổ sung thông tin thường xuyên.
//! (share of residents with an electronic health record updated regularly).
//!
//! Check: `residents.e_health_record` / `residents.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "3.5",
    group: crate::XA_HOI_SO,
    name: "Tỷ lệ người dân có hồ sơ sức khỏe điện tử, được cập nhật, bổ sung thông tin thường xuyên.",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::Min(60.0)),
        (2023, Target::Min(95.0)),
        (2024, Target::Min(100.0)),
        (2025, Target::Min(100.0)),
    ]),
    agency: "Sở Y tế",
    legal_basis: "KH số 236/KH-UBND ngày 09/11/2020; Kế hoạch số 100/KH-BCĐ ngày 26/4/2023",
    source: crate::source!("3.5"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::SYT_2579_FORMS],
    facts: &["residents.total", "residents.e_health_record"],
    notes: &[],
    judgements: &[],
    check: |cx| cx.share_at_least("residents.e_health_record", "residents.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::abi::GuestOutcome::*;
    use dtcheck_sdk::evaluate_native;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["60%", "95%", "100%", "100%"]);
        assert_share_targets(&CRITERION, "residents.e_health_record", "residents.total");
    }

    #[test]
    fn targets_follow_the_year() {
        // 60 % passes in 2022 (target 60 %) and fails in 2023 (target 95 %).
        let facts = [Some(100.0), Some(60.0)];
        assert_eq!(evaluate_native(&CRITERION, 2022, &facts).outcome, Pass);
        assert_eq!(evaluate_native(&CRITERION, 2023, &facts).outcome, Fail);
    }
}
