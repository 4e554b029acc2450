//! xa.III.2: Tỷ lệ hộ gia đình được phủ mạng Internet băng rộng cáp quang (share of households
//! covered by fibre broadband).
//!
//! Check: `households.fibre_covered` / `households.total` ≥ the level's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.III.2",
    group: super::XA_HOI_SO,
    name: "Tỷ lệ hộ gia đình được phủ mạng Internet băng rộng cáp quang",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(50.0),
        Target::Min(60.0),
        Target::Min(70.0),
        Target::Min(80.0),
        Target::Min(100.0),
    ]),
    agency: "",
    legal_basis: "Quyết định số 411/QĐ- TTg ngày 31/3/2022 của Thủ tướng Chính phủ.",
    source: crate::source_xa!("III.2"),
    data_source: "Tỷ lệ phần trăm của số hộ gia đình được phủ mạng Internet băng rộng cáp quang trên tổng số hộ gia đình tại địa phương cấp xã.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["households.total", "households.fibre_covered"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row III.2: households covered by fibre broadband (`households.fibre_covered`), not 1829 4.1's `households.broadband_and_mobile_ready` (fibre AND 4G/5G ready); the denominator `households.total` is the same population.",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("households.fibre_covered", "households.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["50%", "60%", "70%", "80%", "100%"]);
        assert_share_targets(&CRITERION, "households.fibre_covered", "households.total");
    }
}
