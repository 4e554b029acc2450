//! huyen.II.17: Có hệ thống WiFi công cộng miễn phí phục vụ nhu cầu của người dân và du khách tại
//! các điểm công cộng như tại nhà văn hóa, các điểm tham quan du lịch, trụ sở UBND cấp huyện (free
//! public Wi-Fi points).
//!
//! Check: `public_wifi.free_points` ≥ 1.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.II.17",
    group: super::CHINH_QUYEN_SO,
    name: "Có hệ thống WiFi công cộng miễn phí phục vụ nhu cầu của người dân và du khách tại các điểm công cộng như tại nhà văn hóa, các điểm tham quan du lịch, trụ sở UBND cấp huyện",
    unit: "Điểm",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text("Có điểm"),
        Target::Text("Có điểm"),
        Target::Text("Có điểm"),
    ]),
    agency: "",
    legal_basis: "Công văn số 3445/BNN-VPĐP ngày 29/5/2023 của Bộ Nông nghiệp và Phát triển nông thôn.",
    source: crate::source_huyen!("II.17"),
    data_source: "Có cung cấp hệ thống WiFi công cộng miễn phí phục vụ nhu cầu của người dân và du khách tại các điểm công cộng như tại nhà văn hóa, các điểm tham quan du lịch, trụ sở UBND cấp huyện.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["public_wifi.free_points"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row II.17 (unit \"Điểm\", target \"Có điểm\"): met when the district has at least one FREE public Wi-Fi point for residents and visitors at public places (`public_wifi.free_points` ≥ 1); not `public_wifi.points` (1829 4.5 does not require the service to be free).",
    ],
    judgements: &[],
    check: |cx| cx.count_at_least("public_wifi.free_points", 1.0),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_count_target, assert_targets};

    #[test]
    fn at_least_one_where_applicable() {
        assert_targets(&CRITERION, &["*", "*", "Có điểm", "Có điểm", "Có điểm"]);
        assert_count_target(&CRITERION, "public_wifi.free_points", 1.0);
    }
}
