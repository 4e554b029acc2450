//! 1.8: Khai thác, sử dụng các cơ sở dữ liệu chuyên ngành, phần mềm, nền tảng ứng dụng dùng chung
//! từ Trung ương đến địa phương đảm bảo thông suốt, hiệu quả. (sector databases, shared software
//! and platforms used smoothly and effectively).
//!
//! Check: `shared_platforms.used_effectively` is true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "1.8",
    group: crate::CHINH_QUYEN_SO,
    name: "Khai thác, sử dụng các cơ sở dữ liệu chuyên ngành, phần mềm, nền tảng ứng dụng dùng chung từ Trung ương đến địa phương đảm bảo thông suốt, hiệu quả.",
    unit: "Hệ thống",
    targets: Targets::ByYear(&[
        (2022, Target::Text("Sử dụng hiệu quả")),
        (2023, Target::Text("Sử dụng hiệu quả")),
        (2024, Target::Text("Sử dụng hiệu quả")),
        (2025, Target::Text("Sử dụng hiệu quả")),
    ]),
    agency: "Sở TTTT",
    legal_basis: "Quyết định số 942/QĐ-TTg ngày 15/6/2021;",
    source: crate::source!("1.8"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[
        crate::evidence::SHARED_PLATFORMS_LIST,
        crate::evidence::SHARED_PLATFORMS_REPORT,
    ],
    facts: &["shared_platforms.used_effectively"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 1.8: the target \"Sử dụng hiệu quả\" is qualitative (1829/QĐ-UBND defines no measure): the assessor's judgement that the sector databases, shared software and platforms are used smoothly and effectively is recorded as the boolean fact `shared_platforms.used_effectively`, and the evidence (the list of those systems and a usage report with figures, Công văn UBND xã Cẩm Tân giao thực hiện Chỉ tiêu chuyển đổi số 2024, Chỉ tiêu 1.8) is required to support it.",
    ],
    judgements: &[],
    check: |cx| cx.holds("shared_platforms.used_effectively"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(
            &CRITERION,
            &[
                "Sử dụng hiệu quả",
                "Sử dụng hiệu quả",
                "Sử dụng hiệu quả",
                "Sử dụng hiệu quả",
            ],
        );
        assert_flag_target(&CRITERION, "shared_platforms.used_effectively");
    }
}
