//! 1.9: Trang thông tin điện tử hoạt động tuân theo quy định Nghị định số 42/2022/NĐ-CP quy định về
//! việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng
//! (the commune web portal provides the information required by Decree 42/2022/NĐ-CP).
//!
//! Check: `portal.compliant_nd42` is true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "1.9",
    group: crate::CHINH_QUYEN_SO,
    name: "Trang thông tin điện tử hoạt động tuân theo quy định Nghị định số 42/2022/NĐ-CP quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng",
    unit: "Có trang",
    targets: Targets::ByYear(&[
        (
            2022,
            Target::Text("Cung cấp đầy đủ thông tin theo quy định"),
        ),
        (
            2023,
            Target::Text("Cung cấp đầy đủ thông tin theo quy định"),
        ),
        (
            2024,
            Target::Text("Cung cấp đầy đủ thông tin theo quy định"),
        ),
        (
            2025,
            Target::Text("Cung cấp đầy đủ thông tin theo quy định"),
        ),
    ]),
    agency: "Sở TTTT",
    legal_basis: "Quyết định số 942/QĐ-TTg ngày 15/6/2021; Nghị định số 42/2022/NĐ-CP",
    source: crate::source!("1.9"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[
        crate::evidence::PORTAL_ADDRESS,
        crate::evidence::PORTAL_EDITORIAL_BOARD,
        crate::evidence::PORTAL_CONTENT_STATS,
    ],
    facts: &["portal.compliant_nd42"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 1.9: the target \"Cung cấp đầy đủ thông tin theo quy định\" is qualitative (1829/QĐ-UBND defines no measure): the assessor's judgement that the web portal provides all information required by Nghị định 42/2022/NĐ-CP (Chapters II and IV, per the Công văn UBND xã Cẩm Tân 2024) is recorded as the boolean fact `portal.compliant_nd42`, and the evidence (the portal address, the decision setting up its editorial board and its rules, and statistics of the content published, Công văn UBND xã Cẩm Tân giao thực hiện Chỉ tiêu chuyển đổi số 2024, Chỉ tiêu 1.9) is required to support it.",
    ],
    judgements: &[],
    check: |cx| cx.holds("portal.compliant_nd42"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        let target = "Cung cấp đầy đủ thông tin theo quy định";
        assert_targets(&CRITERION, &[target; 4]);
        assert_flag_target(&CRITERION, "portal.compliant_nd42");
    }
}
