//! xa.III.7: Tỷ lệ nhà văn hóa tại thôn, bản, tổ dân phố có kết nối Internet cáp quang băng rộng
//! (share of village and residential-group cultural houses connected to fibre broadband).
//!
//! Check: `village_cultural_houses.fibre_connected` / `village_cultural_houses.total` ≥ the level's
//! minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.III.7",
    group: super::XA_HOI_SO,
    name: "Tỷ lệ nhà văn hóa tại thôn, bản, tổ dân phố có kết nối Internet cáp quang băng rộng",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::Min(80.0),
        Target::Min(90.0),
        Target::Min(100.0),
        Target::Min(100.0),
    ]),
    agency: "",
    legal_basis: "Quyết định số 816/QĐ- BTTTT ngày 18/5/2024 của Bộ trưởng Bộ Thông tin và Truyền thông.",
    source: crate::source_xa!("III.7"),
    data_source: "Tỷ lệ phần trăm của số nhà văn hóa tại địa phương có kết nối Internet cáp quang băng rộng trên tổng số nhà văn hóa tại khu dân cư của địa phương cấp xã.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &[
        "village_cultural_houses.total",
        "village_cultural_houses.fibre_connected",
    ],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row III.7: the name counts the cultural houses of villages and residential groups (thôn, bản, tổ dân phố); the method's numerator says cultural houses \"tại địa phương\" and its denominator those \"tại khu dân cư\": both are read as the village and residential-group cultural houses (`village_cultural_houses.*`), so the share stays within one population.",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "village_cultural_houses.fibre_connected",
            "village_cultural_houses.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["*", "80%", "90%", "100%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "village_cultural_houses.fibre_connected",
            "village_cultural_houses.total",
        );
    }
}
