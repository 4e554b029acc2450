//! II.2: Có hệ thống Camera an ninh trên địa bàn kết nối về UBND cấp huyện hoặc Công an cấp huyện
//! để phục vụ công tác quản lý, chỉ đạo, điều hành trật tự an toàn xã hội, an toàn giao thông (a
//! security camera system in the district connected to the district People's Committee or the
//! district police).
//!
//! Check: `security_cameras.connected` is true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "II.2",
    group: crate::HA_TANG_SO_ATTT,
    name: "Có hệ thống Camera an ninh trên địa bàn kết nối về UBND cấp huyện hoặc Công an cấp huyện để phục vụ công tác quản lý, chỉ đạo, điều hành trật tự an toàn xã hội, an toàn giao thông.",
    unit: "Hệ thống",
    targets: Targets::ByYear(&[(2024, Target::Text("Có")), (2025, Target::Text("Có"))]),
    agency: "Công an tỉnh",
    legal_basis: "Quyết định số 3853/QĐ-UBND ngày 09/11/2022",
    source: crate::source!("II.2"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["security_cameras.connected"],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row II.2 (unit \"Hệ thống\", target \"Có\") is a yes/no fact: `security_cameras.connected`, the key of 1829 4.6 (a camera system connected to the commune People's Committee or the commune police), read at district level: a security camera system in the district connected to the district People's Committee or the district police (either suffices, \"hoặc\"), serving the management of public order and traffic safety.",
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row II.2 sets no number of cameras or systems; the count of camera systems of 2361 district II.14 (\"Tối thiểu 01 hệ thống\") is a different measure with its own key.",
    ],
    judgements: &[],
    check: |cx| cx.holds("security_cameras.connected"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["Có", "Có"]);
        assert_flag_target(&CRITERION, "security_cameras.connected");
    }
}
