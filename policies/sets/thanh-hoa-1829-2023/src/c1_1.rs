//! 1.1: Xây dựng và tổ chức triển khai thực hiện các chỉ tiêu về chuyển đổi số theo giai đoạn và
//! hàng năm. (digital-transformation plans, by phase and by year, drawn up and implemented).
//!
//! Check: `cds_plan.adopted` and `cds_plan.implementation_reported` are true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "1.1",
    group: crate::CHINH_QUYEN_SO,
    name: "Xây dựng và tổ chức triển khai thực hiện các chỉ tiêu về chuyển đổi số theo giai đoạn và hàng năm.",
    unit: "Văn bản",
    targets: Targets::ByYear(&[
        (2022, Target::Text("Có")),
        (2023, Target::Text("Có")),
        (2024, Target::Text("Có")),
        (2025, Target::Text("Có")),
    ]),
    agency: "Sở TTTT",
    legal_basis: "",
    source: crate::source!("1.1"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::CDS_PLAN, crate::evidence::CDS_PLAN_REPORT],
    facts: &["cds_plan.adopted", "cds_plan.implementation_reported"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 1.1 (unit \"Văn bản\", target \"Có\") asks for the plans to be both drawn up and implemented; following Công văn UBND xã Cẩm Tân giao thực hiện Chỉ tiêu chuyển đổi số 2024 (Chỉ tiêu 1.1: the phase and annual plans, and an annual report on their implementation), \"Có\" is met when the plans are adopted and the implementation report is issued (`cds_plan.adopted` and `cds_plan.implementation_reported` both true).",
    ],
    judgements: &[],
    check: |cx| cx.all_hold(["cds_plan.adopted", "cds_plan.implementation_reported"]),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::abi::GuestOutcome::Fail;
    use dtcheck_sdk::testing::{assert_all_flags, assert_targets, evaluate_flags};

    #[test]
    fn every_year_needs_both_the_plans_and_the_report() {
        assert_targets(&CRITERION, &["Có", "Có", "Có", "Có"]);
        let flags = ["cds_plan.adopted", "cds_plan.implementation_reported"];
        assert_all_flags(&CRITERION, &flags);
    }

    #[test]
    fn the_reason_names_the_condition_not_met() {
        use dtcheck_sdk::abi::Reason;
        use dtcheck_sdk::prelude::vec;
        let out = evaluate_flags(&CRITERION, 2024, &[Some(true), Some(false)]);
        assert_eq!(out.outcome, Fail);
        // Each condition with its value: the report (fact 1) is the one not met.
        let expected = Reason::All(vec![
            Reason::Flag {
                fact: 0,
                value: true,
            },
            Reason::Flag {
                fact: 1,
                value: false,
            },
        ]);
        assert_eq!(out.reason, expected);
    }
}
