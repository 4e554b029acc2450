//! II.4: Có hệ thống Wifi công cộng miễn phí phục vụ nhu cầu của người dân và du khách tại các điểm
//! công cộng như tại nhà văn hóa, các điểm tham quan du lịch, trụ sở UBND cấp huyện (Bộ phận một
//! cửa điện tử; bộ phận tiếp dân...) (free public Wi-Fi for residents and visitors at public
//! places).
//!
//! Check: `public_wifi.free_points` ≥ 1.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "II.4",
    group: crate::HA_TANG_SO_ATTT,
    name: "Có hệ thống Wifi công cộng miễn phí phục vụ nhu cầu của người dân và du khách tại các điểm công cộng như tại nhà văn hóa, các điểm tham quan du lịch, trụ sở UBND cấp huyện (Bộ phận một cửa điện tử; bộ phận tiếp dân...)",
    unit: "Điểm",
    targets: Targets::ByYear(&[(2024, Target::Text("Có")), (2025, Target::Text("Có"))]),
    agency: "Sở Thông tin và Truyền thông",
    legal_basis: "Quyết định số 3853/QĐ-UBND ngày 09/11/2022",
    source: crate::source!("II.4"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["public_wifi.free_points"],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row II.4 (unit \"Điểm\", target \"Có\") is a count: met when the district has at least one free public Wi-Fi point (`public_wifi.free_points` ≥ 1). The places are examples (\"như tại nhà văn hóa, các điểm tham quan du lịch, trụ sở UBND cấp huyện ...\"), so no particular place or number is required.",
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row II.4 says free (\"miễn phí\"): `public_wifi.free_points` (as 2361 district II.17), not 1829 4.5's `public_wifi.points`, which does not.",
    ],
    judgements: &[],
    check: |cx| cx.count_at_least("public_wifi.free_points", 1.0),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_count_target, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["Có", "Có"]);
        assert_count_target(&CRITERION, "public_wifi.free_points", 1.0);
    }
}
