//! xa.I.24: Có ứng dụng nền tảng số để giải quyết hiệu quả các bài toán của địa phương trong quản
//! lý đô thị và xây dựng xã/phường/thị trấn văn minh đô thị (a digital platform for local problems
//! of urban management and civilised urban living).
//!
//! Check: `urban_management_platform.deployed` is true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.24",
    group: super::CHINH_QUYEN_SO,
    name: "Có ứng dụng nền tảng số để giải quyết hiệu quả các bài toán của địa phương trong quản lý đô thị và xây dựng xã/phường/thị trấn văn minh đô thị",
    unit: "Nền tảng",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text("Có nền tảng"),
        Target::Text("Có nền tảng"),
    ]),
    agency: "",
    legal_basis: "Thực tế tại địa phương.",
    source: crate::source_xa!("I.24"),
    data_source: "Chính quyền cấp xã có triển khai nền tảng số để giải quyết hiệu quả các bài toán của địa phương trong quản lý đô thị và xây dựng xã/phường/thị trấn văn minh đô thị.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["urban_management_platform.deployed"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.24: the target \"Có nền tảng\" (levels 4–5) is the yes/no fact `urban_management_platform.deployed` (key of district row II.22). The row applies to every commune, rural communes (xã) included, for which \"quản lý đô thị\" (urban management) hardly applies; the source makes no exception, so it is transcribed as written.",
    ],
    judgements: &[],
    check: |cx| cx.holds("urban_management_platform.deployed"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["*", "*", "*", "Có nền tảng", "Có nền tảng"]);
        assert_flag_target(&CRITERION, "urban_management_platform.deployed");
    }
}
