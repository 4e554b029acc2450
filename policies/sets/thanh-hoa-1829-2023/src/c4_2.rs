//! 4.2: Hạ tầng và trang thiết bị CNTT tại UBND xã đáp ứng phương án đảm bảo an toàn thông tin theo
//! cấp độ đã được phê duyệt. (the commune's IT infrastructure and equipment meet the approved
//! information-security-level plan).
//!
//! Check: `it_security.level_plan_met` is true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "4.2",
    group: crate::HA_TANG_SO,
    name: "Hạ tầng và trang thiết bị CNTT tại UBND xã đáp ứng phương án đảm bảo an toàn thông tin theo cấp độ đã được phê duyệt.",
    unit: "Hệ thống",
    targets: Targets::ByYear(&[
        (2022, Target::NotAssessed),
        (2023, Target::Text("Đáp ứng")),
        (2024, Target::Text("Đáp ứng")),
        (2025, Target::Text("Đáp ứng")),
    ]),
    agency: "Sở TTTT",
    legal_basis: "",
    source: crate::source!("4.2"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[
        crate::evidence::IT_SECURITY_LEVEL_DECISION,
        crate::evidence::IT_SECURITY_PLAN_RECORDS,
    ],
    facts: &["it_security.level_plan_met"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 4.2: the target \"Đáp ứng\" is qualitative (1829/QĐ-UBND defines no measure): the assessor's judgement that the IT infrastructure and equipment of the commune People's Committee meet the information-security plan for the approved security level is recorded as the boolean fact `it_security.level_plan_met`, and the evidence (the decision approving the security level and the records of implementing the plan, Công văn UBND xã Cẩm Tân giao thực hiện Chỉ tiêu chuyển đổi số 2024, Chỉ tiêu 4.2) is required to support it.",
    ],
    judgements: &[],
    check: |cx| cx.holds("it_security.level_plan_met"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["*", "Đáp ứng", "Đáp ứng", "Đáp ứng"]);
        assert_flag_target(&CRITERION, "it_security.level_plan_met");
    }
}
