//! III.1: Tỷ lệ cán bộ, công chức của cấp huyện được trang bị máy tính, có kết nối mạng LAN, được
//! cài đặt phần mềm diệt virus bản quyền (share of district cadres and civil servants equipped with
//! a computer connected to the LAN with licensed anti-virus software).
//!
//! Check: `officials.with_computer_lan_licensed_antivirus` / `officials.total` ≥ the year's
//! minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "III.1",
    group: crate::CHINH_QUYEN_SO,
    name: "Tỷ lệ cán bộ, công chức của cấp huyện được trang bị máy tính, có kết nối mạng LAN, được cài đặt phần mềm diệt virus bản quyền.",
    unit: "%",
    targets: Targets::ByYear(&[(2024, Target::Min(100.0)), (2025, Target::Min(100.0))]),
    agency: "Sở Thông tin và Truyền thông",
    legal_basis: "Quyết định số 3853/QĐ-UBND ngày 09/11/2022",
    source: crate::source!("III.1"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "officials.total",
        "officials.with_computer_lan_licensed_antivirus",
    ],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row III.1 counts the district's cán bộ, công chức (`officials.total`) equipped with a computer that is connected to the LAN and has licensed anti-virus software installed: all three conditions, so a new numerator `officials.with_computer_lan_licensed_antivirus`, stricter than 1829 4.3's `officials.with_computer`. 2361 district II.8 counts computers, not officials, and does not ask for a licence: a different measure.",
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row III.1 (\"của cấp huyện\"): district-level cadres and civil servants only; the communes' officials are not added.",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "officials.with_computer_lan_licensed_antivirus",
            "officials.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["100%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "officials.with_computer_lan_licensed_antivirus",
            "officials.total",
        );
    }
}
