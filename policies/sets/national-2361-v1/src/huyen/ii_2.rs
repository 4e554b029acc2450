//! huyen.II.2: Tỷ lệ hồ sơ thủ tục hành chính được thực hiện trực tuyến toàn trình (share of
//! administrative-procedure dossiers carried out fully online).
//!
//! Check: `admin_dossiers.online_end_to_end` / `admin_dossiers.received` ≥ the level's percentage
//! (dossiers carried out fully online over dossiers received).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.II.2",
    group: super::CHINH_QUYEN_SO,
    name: "Tỷ lệ hồ sơ thủ tục hành chính được thực hiện trực tuyến toàn trình",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(20.0),
        Target::Min(30.0),
        Target::Min(40.0),
        Target::Min(80.0),
        Target::Min(90.0),
    ]),
    agency: "",
    legal_basis: "Quyết định số 942/QĐ- TTg ngày 15/6/2021 của Thủ tướng Chính phủ.",
    source: crate::source_huyen!("II.2"),
    data_source: "Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "admin_dossiers.received",
        "admin_dossiers.online_end_to_end",
    ],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row II.2: the method column names only the data source (the monitoring system of digital-government services); the share is computed as the dossiers carried out fully online (`admin_dossiers.online_end_to_end`) over all administrative-procedure dossiers received by the district (`admin_dossiers.received`).",
        "2361/QĐ-BTTTT Phụ lục II, row II.2 vs Phụ lục I row I.2 (same indicator): the district's level-3 target (40%) is LAXER than the commune's (50%); levels 1, 2, 4, 5 are equal (20/30/80/90%). Transcribed as written.",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "admin_dossiers.online_end_to_end",
            "admin_dossiers.received",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_has_its_minimum() {
        assert_targets(&CRITERION, &["20%", "30%", "40%", "80%", "90%"]);
        assert_share_targets(
            &CRITERION,
            "admin_dossiers.online_end_to_end",
            "admin_dossiers.received",
        );
    }
}
