//! 1.6: Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến (share of administrative procedure
//! dossiers received and settled online).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "1.6",
    group: crate::CHINH_QUYEN_SO,
    name: "Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến.",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::Min(65.0)),
        (2023, Target::Min(70.0)),
        (2024, Target::Min(75.0)),
        (2025, Target::Min(80.0)),
    ]),
    agency: "Trung tâm Phục vụ HCC tỉnh",
    legal_basis: "Quyết định số 942/QĐ-TTg ngày 15/6/2021; Quyết định số 169/QĐ-UBND ngày 12/01/2023",
    source: crate::source!("1.6"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::HCC_222_FORMS],
    facts: &["admin_dossiers.received", "admin_dossiers.online"],
    notes: &[],
    judgements: &[],
    check: |cx| cx.share_at_least("admin_dossiers.online", "admin_dossiers.received"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::abi::GuestOutcome::*;
    use dtcheck_sdk::evaluate_native;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["65%", "70%", "75%", "80%"]);
        assert_share_targets(
            &CRITERION,
            "admin_dossiers.online",
            "admin_dossiers.received",
        );
    }

    #[test]
    fn targets_follow_the_year() {
        // 74 % passes in 2023 (70 %) and fails in 2024 (75 %).
        let facts = [Some(100.0), Some(74.0)];
        assert_eq!(evaluate_native(&CRITERION, 2023, &facts).outcome, Pass);
        assert_eq!(evaluate_native(&CRITERION, 2024, &facts).outcome, Fail);
        assert_eq!(
            evaluate_native(&CRITERION, 2025, &[Some(100.0), Some(80.0)]).outcome,
            Pass
        );
    }
}
