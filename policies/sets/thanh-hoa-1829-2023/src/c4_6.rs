//! 4.6: Có hệ thống Camara an ninh được kết nối đến UBND xã hoặc công an xã để quản lý và giám sát
//! (a security camera system connected to the commune People's Committee or the commune police).
//!
//! Check: `security_cameras.connected` is true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "4.6",
    group: crate::HA_TANG_SO,
    name: "Có hệ thống Camara an ninh được kết nối đến UBND xã hoặc công an xã để quản lý và giám sát",
    unit: "Hệ thống",
    targets: Targets::ByYear(&[
        (2022, Target::Text("Có")),
        (2023, Target::Text("Có")),
        (2024, Target::Text("Có")),
        (2025, Target::Text("Có")),
    ]),
    agency: "Công an tỉnh",
    legal_basis: "Quyết định 3853/QĐ-UBND ngày 09/11/2022",
    source: crate::source!("4.6"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::POLICE_CAMERA_RECORDS],
    facts: &["security_cameras.connected"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 4.6 writes \"Camara\" (kept verbatim; \"Camera\" in the Công văn UBND xã Cẩm Tân 2024): a camera system connected to either the commune People's Committee or the commune police meets the target \"Có\".",
        "1829/QĐ-UBND Phụ lục 01, row 4.6: Công văn UBND xã Cẩm Tân giao thực hiện Chỉ tiêu chuyển đổi số 2024 (Chỉ tiêu 4.6) defers the evidence to the police's guidance (\"Thực hiện theo hướng dẫn của ngành Công an\"), recorded as `police_camera_records`.",
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
        assert_targets(&CRITERION, &["Có", "Có", "Có", "Có"]);
        assert_flag_target(&CRITERION, "security_cameras.connected");
    }
}
