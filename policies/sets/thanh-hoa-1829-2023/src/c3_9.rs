//! 3.9: Số lượng người dân có tài khoản định danh điện tử (residents with an electronic
//! identification account).
//!
//! Check: `residents.e_id_account` / `residents.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "3.9",
    group: crate::XA_HOI_SO,
    name: "Số lượng người dân có tài khoản định danh điện tử",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::NotAssessed),
        (2023, Target::Min(50.0)),
        (2024, Target::Min(100.0)),
        (2025, Target::Min(100.0)),
    ]),
    agency: "Công an tỉnh",
    legal_basis: "",
    source: crate::source!("3.9"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::CAT_2705_FORMS],
    facts: &["residents.total", "residents.e_id_account"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 3.9 names a count (\"Số lượng\") but its unit and targets are %: evaluated as the share of residents with an e-ID account (`residents.e_id_account` / `residents.total`).",
        "1829/QĐ-UBND Phụ lục 01, row 3.9 does not say of which population the share is; it is read literally as all residents (\"người dân\", as in 3.5). Công văn 2705/CAT-PV01, which Công văn UBND xã Cẩm Tân giao thực hiện Chỉ tiêu chuyển đổi số 2024 cites for the forms, is not in the sources and may define it differently.",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("residents.e_id_account", "residents.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::abi::GuestOutcome::*;
    use dtcheck_sdk::evaluate_native;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["*", "50%", "100%", "100%"]);
        assert_share_targets(&CRITERION, "residents.e_id_account", "residents.total");
    }

    #[test]
    fn targets_follow_the_year() {
        // 50 % passes in 2023 (target 50 %) and fails in 2024 (target 100 %).
        let facts = [Some(100.0), Some(50.0)];
        assert_eq!(evaluate_native(&CRITERION, 2023, &facts).outcome, Pass);
        assert_eq!(evaluate_native(&CRITERION, 2024, &facts).outcome, Fail);
    }
}
