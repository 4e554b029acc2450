//! 4.1: Hạ tầng mạng băng rộng cáp quang, mạng thông tin di động 4G/5G sẵn sàng cung cấp dịch vụ
//! đến các hộ gia đình. (share of households to which fibre broadband and 4G/5G mobile service are
//! ready).
//!
//! Check: `households.broadband_and_mobile_ready` / `households.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "4.1",
    group: crate::HA_TANG_SO,
    name: "Hạ tầng mạng băng rộng cáp quang, mạng thông tin di động 4G/5G sẵn sàng cung cấp dịch vụ đến các hộ gia đình.",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::Min(100.0)),
        (2023, Target::Min(100.0)),
        (2024, Target::Min(100.0)),
        (2025, Target::Min(100.0)),
    ]),
    agency: "Sở TTTT",
    legal_basis: "Quyết định số 411/QĐ-TTg ngày 31/3/2022 ; Kế hoạch số 134/KH-UBND ngày 16/5/2022",
    source: crate::source!("4.1"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::FORM_4_1],
    facts: &["households.total", "households.broadband_and_mobile_ready"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 4.1 requires both fibre broadband and 4G/5G mobile service to be ready for households: `households.broadband_and_mobile_ready` counts the households where both are. Mẫu 4.1 (Công văn UBND xã Cẩm Tân 2024) lists fibre distribution boxes and BTS stations, not households: the household count is derived from them by the commune and the telecom operators that confirm the form.",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("households.broadband_and_mobile_ready", "households.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["100%", "100%", "100%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "households.broadband_and_mobile_ready",
            "households.total",
        );
    }
}
