//! huyen.II.4: Chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế -
//! xã hội phục vụ sự chỉ đạo, điều hành của chính quyền được thực hiện trên hệ thống và kết nối,
//! tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo Chính phủ (the reporting
//! information system used and sharing data with the Government's).
//!
//! Check: `reporting_system.used` is true (the district uses the reporting information system,
//! integrated and sharing data with the Government reporting information system).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.II.4",
    group: super::CHINH_QUYEN_SO,
    name: "Chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội phục vụ sự chỉ đạo, điều hành của chính quyền được thực hiện trên hệ thống và kết nối, tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo Chính phủ",
    unit: "Chế độ báo cáo",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text("Có sử dụng hệ thống"),
        Target::Text("Có sử dụng hệ thống"),
    ]),
    agency: "",
    legal_basis: "Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ.",
    source: crate::source_huyen!("II.4"),
    data_source: "Địa phương cấp huyện có triển khai sử dụng Hệ thống thông tin báo cáo và tích hợp, chia sẻ dữ liệu với Hệ thống thông tin báo cáo Chính phủ.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["reporting_system.used"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row II.4: the target \"Có sử dụng hệ thống\" is recorded as the yes/no fact `reporting_system.used` (the district uses the reporting information system and integrates and shares data with the Government reporting information system, per the method column).",
        "2361/QĐ-BTTTT Phụ lục II, row II.4 vs Phụ lục I row I.4 (same indicator): \"Không áp dụng\" at district level 3 is LAXER than the commune framework, which requires \"Có sử dụng hệ thống\" from level 3. Transcribed as written.",
    ],
    judgements: &[],
    check: |cx| cx.holds("reporting_system.used"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn true_passes_where_applicable() {
        assert_targets(
            &CRITERION,
            &["*", "*", "*", "Có sử dụng hệ thống", "Có sử dụng hệ thống"],
        );
        assert_flag_target(&CRITERION, "reporting_system.used");
    }
}
