//! 4.5: Có điểm phát wifi công cộng tại các địa điểm quan trọng trong xã tùy thuộc điều kiện (như
//! tại UBND xã, nhà văn hoá, các điểm du lịch,...). (public Wi-Fi access points at important places
//! in the commune).
//!
//! Check: `public_wifi.points` ≥ 1.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "4.5",
    group: crate::HA_TANG_SO,
    name: "Có điểm phát wifi công cộng tại các địa điểm quan trọng trong xã tùy thuộc điều kiện (như tại UBND xã, nhà văn hoá, các điểm du lịch,...).",
    unit: "Điểm phát",
    targets: Targets::ByYear(&[
        (2022, Target::Text("Có")),
        (2023, Target::Text("Có")),
        (2024, Target::Text("Có")),
        (2025, Target::Text("Có")),
    ]),
    agency: "Sở TTTT",
    legal_basis: "Quyết định 3853/QĐ-UBND ngày 09/11/2022",
    source: crate::source!("4.5"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::FORM_4_5],
    facts: &["public_wifi.points"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 4.5 (unit \"Điểm phát\", target \"Có\"): met when the commune has at least one public Wi-Fi point (`public_wifi.points` ≥ 1, the rows of Mẫu 4.5); which places need one is left to local conditions (\"tùy thuộc điều kiện\"), so no more than one is required.",
    ],
    judgements: &[],
    check: |cx| cx.count_at_least("public_wifi.points", 1.0),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_count_target, assert_targets};

    #[test]
    fn every_year_needs_at_least_one() {
        assert_targets(&CRITERION, &["Có", "Có", "Có", "Có"]);
        assert_count_target(&CRITERION, "public_wifi.points", 1.0);
    }
}
