//! huyen.II.22: Có ứng dụng nền tảng số để giải quyết hiệu quả các bài toán của địa phương trong
//! quản lý đô thị và xây dựng quận/huyện/thị xã/thành phố văn minh đô thị (a digital platform for
//! urban management).
//!
//! Check: `urban_management_platform.deployed` is true (the district government has deployed a
//! digital platform solving local problems of urban management).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.II.22",
    group: super::CHINH_QUYEN_SO,
    name: "Có ứng dụng nền tảng số để giải quyết hiệu quả các bài toán của địa phương trong quản lý đô thị và xây dựng quận/huyện/thị xã/thành phố văn minh đô thị",
    unit: "Nền tảng",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text("Có nền tảng"),
        Target::Text("Có nền tảng"),
        Target::Text("Có nền tảng"),
    ]),
    agency: "",
    legal_basis: "Thực tế tại địa phương.",
    source: crate::source_huyen!("II.22"),
    data_source: "Chính quyền cấp huyện có triển khai nền tảng số để giải quyết hiệu quả các bài toán của địa phương trong quản lý đô thị và xây dựng quận/huyện/thị xã/thành phố văn minh đô thị.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["urban_management_platform.deployed"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row II.22: the target \"Có nền tảng\" is recorded as the yes/no fact `urban_management_platform.deployed`, shared with the commune row I.24.",
    ],
    judgements: &[],
    check: |cx| cx.holds("urban_management_platform.deployed"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn true_passes_where_applicable() {
        assert_targets(
            &CRITERION,
            &["*", "*", "Có nền tảng", "Có nền tảng", "Có nền tảng"],
        );
        assert_flag_target(&CRITERION, "urban_management_platform.deployed");
    }
}
