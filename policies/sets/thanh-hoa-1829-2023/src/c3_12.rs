//! 3.12: Tỷ lệ hộ gia đình thanh toán tiền điện bằng phương thức thanh toán không dùng tiền mặt.
//! (share of households paying electricity bills cashless).
//!
//! Check: `households.cashless_electricity` / `households.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "3.12",
    group: crate::XA_HOI_SO,
    name: "Tỷ lệ hộ gia đình thanh toán tiền điện bằng phương thức thanh toán không dùng tiền mặt.",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::NotAssessed),
        (2023, Target::Min(60.0)),
        (2024, Target::Min(70.0)),
        (2025, Target::Min(90.0)),
    ]),
    agency: "Sở Công thương (chủ trì), NH NNVN Chi nhánh Thanh Hóa",
    legal_basis: "Quyết định số 1813/QĐ-TTg ngày 28/10/2021; KH số 106/KH-UBND ngày 12/4/2022",
    source: crate::source!("3.12"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::SCT_1615_FORMS],
    facts: &["households.total", "households.cashless_electricity"],
    notes: &[],
    judgements: &[],
    check: |cx| cx.share_at_least("households.cashless_electricity", "households.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::abi::GuestOutcome::*;
    use dtcheck_sdk::evaluate_native;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["*", "60%", "70%", "90%"]);
        assert_share_targets(
            &CRITERION,
            "households.cashless_electricity",
            "households.total",
        );
    }

    #[test]
    fn targets_follow_the_year() {
        // 60 % passes in 2023 (target 60 %) and fails in 2024 (target 70 %).
        let facts = [Some(100.0), Some(60.0)];
        assert_eq!(evaluate_native(&CRITERION, 2023, &facts).outcome, Pass);
        assert_eq!(evaluate_native(&CRITERION, 2024, &facts).outcome, Fail);
    }
}
