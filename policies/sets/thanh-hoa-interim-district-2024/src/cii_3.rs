//! II.3: Tỷ lệ hộ gia đình được phủ mạng Internet băng rộng cáp quang (share of households covered
//! by fibre-optic broadband Internet).
//!
//! Check: `households.fibre_covered` / `households.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "II.3",
    group: crate::HA_TANG_SO_ATTT,
    name: "Tỷ lệ hộ gia đình được phủ mạng Internet băng rộng cáp quang.",
    unit: "%",
    targets: Targets::ByYear(&[(2024, Target::Min(70.0)), (2025, Target::Min(80.0))]),
    agency: "Sở Thông tin và Truyền thông",
    legal_basis: "Quyết định số 411/QĐ-TTg ngày 31/3/2022; Kế hoạch số 134/KH-UBND ngày 16/5/2022",
    source: crate::source!("II.3"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["households.total", "households.fibre_covered"],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row II.3 counts households covered by fibre-optic broadband only (`households.fibre_covered`, the key of 2361's commune criterion worded the same), not 1829 4.1's households where both fibre and 4G/5G mobile service are ready (`households.broadband_and_mobile_ready`). `households.total` is the district's households.",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("households.fibre_covered", "households.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["70%", "80%"]);
        assert_share_targets(&CRITERION, "households.fibre_covered", "households.total");
    }
}
