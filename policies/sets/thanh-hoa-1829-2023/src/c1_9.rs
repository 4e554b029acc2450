//! 1.9: Trang thông tin điện tử hoạt động tuân theo quy định Nghị định số 42/2022/NĐ-CP quy
//! định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi
//! trường mạng (the commune web portal provides the information required by Decree
//! 42/2022/NĐ-CP).
//!
//! Source: 1829/QĐ-UBND, Phụ lục 01, row 1.9. Unit: "Có trang" (a yes/no judgement). Targets:
//! 2022 "Cung cấp đầy đủ thông tin theo quy định", 2023 "Cung cấp đầy đủ thông tin theo quy
//! định", 2024 "Cung cấp đầy đủ thông tin theo quy định", 2025 "Cung cấp đầy đủ thông tin theo
//! quy định".
//! Agency: Sở TTTT. Legal basis: Quyết định số 942/QĐ-TTg ngày 15/6/2021; Nghị định số
//! 42/2022/NĐ-CP.
//! Evidence (001, Chỉ tiêu 1.9): Địa chỉ trang thông tin điện tử của đơn vị; Quyết định thành
//! lập Ban biên tập, Quy chế hoạt động; Thống kê tổng hợp tin, bài, hình ảnh, video đã đăng tải
//! trên Trang thông tin điện tử.
//! Check: `portal.compliant_nd42` is true.
//! Notes: see `notes` below (judgement calls, citing the source rows).
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
        "000 row 1.9: the target \"Cung cấp đầy đủ thông tin theo quy định\" is qualitative (000 defines no measure): the assessor's judgement that the web portal provides all information required by Nghị định 42/2022/NĐ-CP (Chapters II and IV, per 001) is recorded as the boolean fact `portal.compliant_nd42`, and the evidence (the portal address, the decision setting up its editorial board and its rules, and statistics of the content published, 001 Chỉ tiêu 1.9) is required to support it.",
    ],
    check: |cx| {
        cx.holds(
            "portal.compliant_nd42",
            "the commune web portal provides all information required by Decree 42/2022/NĐ-CP",
        )
    },
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
