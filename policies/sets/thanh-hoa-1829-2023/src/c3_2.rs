//! 3.2: Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ
//! chức được phép khác (share of residents aged 15 and over with a payment account at a bank or
//! another licensed organisation).
//!
//! Check: `adults_15plus.payment_account` / `adults_15plus.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "3.2",
    group: crate::XA_HOI_SO,
    name: "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::Min(60.0)),
        (2023, Target::Min(75.0)),
        (2024, Target::Min(80.0)),
        (2025, Target::Min(85.0)),
    ]),
    agency: "NH NNVN Chi nhánh Thanh Hóa",
    legal_basis: "KH số 134/KH-UBND ngày 16/5/2022",
    source: crate::source!("3.2"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::NHNN_797A_FORMS],
    facts: &["adults_15plus.total", "adults_15plus.payment_account"],
    notes: &[],
    judgements: &[],
    check: |cx| cx.share_at_least("adults_15plus.payment_account", "adults_15plus.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::abi::GuestOutcome::*;
    use dtcheck_sdk::evaluate_native;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["60%", "75%", "80%", "85%"]);
        assert_share_targets(
            &CRITERION,
            "adults_15plus.payment_account",
            "adults_15plus.total",
        );
    }

    #[test]
    fn targets_follow_the_year() {
        // 60 % passes in 2022 (target 60 %) and fails in 2023 (target 75 %).
        let facts = [Some(100.0), Some(60.0)];
        assert_eq!(evaluate_native(&CRITERION, 2022, &facts).outcome, Pass);
        assert_eq!(evaluate_native(&CRITERION, 2023, &facts).outcome, Fail);
    }
}
