//! xa.I.4: Chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã
//! hội phục vụ sự chỉ đạo, điều hành của chính quyền được thực hiện trên hệ thống và kết nối, tích
//! hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo Chính phủ (periodic and statistical
//! socio-economic reporting done on the reporting information system, integrated and sharing data
//! with the Government reporting information system).
//!
//! Check: `reporting_system.used` is true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.4",
    group: super::CHINH_QUYEN_SO,
    name: "Chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội phục vụ sự chỉ đạo, điều hành của chính quyền được thực hiện trên hệ thống và kết nối, tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo Chính phủ",
    unit: "Chế độ báo cáo",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text("Có sử dụng hệ thống"),
        Target::Text("Có sử dụng hệ thống"),
        Target::Text("Có sử dụng hệ thống"),
    ]),
    agency: "",
    legal_basis: "Quyết định số 749/QĐ- TTg ngày 03/6/2020 của Thủ tướng Chính phủ.",
    source: crate::source_xa!("I.4"),
    data_source: "Địa phương cấp xã có triển khai sử dụng Hệ thống thông tin báo cáo và tích hợp, chia sẻ dữ liệu với Hệ thống thông tin báo cáo Chính phủ.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["reporting_system.used"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.4: the target \"Có sử dụng hệ thống\" is the yes/no fact `reporting_system.used` (key of district row II.4): the commune uses the reporting information system for the reports the row names and integrates and shares data with the Government reporting information system (method column).",
        "2361/QĐ-BTTTT Phụ lục I, row I.4 vs Phụ lục II row II.4: the commune criterion applies from level 3, the district's only from level 4, so for this indicator the commune framework is stricter than the district's; transcribed as written (DOMAIN §10: some commune targets are stricter than the district's).",
    ],
    judgements: &[],
    check: |cx| cx.holds("reporting_system.used"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(
            &CRITERION,
            &[
                "*",
                "*",
                "Có sử dụng hệ thống",
                "Có sử dụng hệ thống",
                "Có sử dụng hệ thống",
            ],
        );
        assert_flag_target(&CRITERION, "reporting_system.used");
    }
}
