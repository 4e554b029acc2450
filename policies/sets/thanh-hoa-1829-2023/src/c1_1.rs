//! 1.1: Xây dựng và tổ chức triển khai thực hiện các chỉ tiêu về chuyển đổi số theo giai đoạn
//! và hàng năm. (digital-transformation plans, by phase and by year, drawn up and implemented).
//!
//! Source: 1829/QĐ-UBND, Phụ lục 01, row 1.1. Unit: "Văn bản" (documents that must exist).
//! Targets: 2022 "Có", 2023 "Có", 2024 "Có", 2025 "Có".
//! Agency: Sở TTTT. Legal basis: none given.
//! Evidence (001, Chỉ tiêu 1.1): Kế hoạch giai đoạn; Kế hoạch hàng năm; Báo cáo đánh giá tình
//! hình triển khai thực hiện Kế hoạch.
//! Check: `cds_plan.adopted` and `cds_plan.implementation_reported` are true.
//! Notes: see `notes` below (judgement calls, citing the source rows).
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
        "000 row 1.1 (unit \"Văn bản\", target \"Có\") asks for the plans to be both drawn up and implemented; following 001 (Chỉ tiêu 1.1: the phase and annual plans, and an annual report on their implementation), \"Có\" is met when the plans are adopted and the implementation report is issued (`cds_plan.adopted` and `cds_plan.implementation_reported` both true).",
    ],
    check: |cx| {
        cx.all_hold([
            (
                "cds_plan.adopted",
                "phase and annual digital-transformation plans adopted",
            ),
            (
                "cds_plan.implementation_reported",
                "annual report on implementing the plan issued",
            ),
        ])
    },
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
    fn the_reason_names_what_is_missing() {
        let out = evaluate_flags(&CRITERION, 2024, &[Some(true), Some(false)]);
        assert_eq!(out.outcome, Fail);
        let missing = "`cds_plan.implementation_reported` = false; required: annual report on implementing the plan issued";
        assert!(out.reason.contains(missing), "{}", out.reason);
    }
}
