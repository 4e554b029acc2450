//! huyen.IV.3: Tỷ lệ trạm y tế triển khai hệ thống thông tin quản lý trạm y tế xã, phường, thị trấn
//! theo Quyết định số 3532/QĐ-BYT ngày 12 tháng 8 năm 2020 của Bộ trưởng Bộ Y tế (share of health
//! stations running the health-station management information system).
//!
//! Check: `health_stations.management_system_3532` / `health_stations.total` ≥ the level's
//! percentage (health stations running the system of Decision 3532/QĐ-BYT over health stations).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.IV.3",
    group: super::XA_HOI_SO,
    name: "Tỷ lệ trạm y tế triển khai hệ thống thông tin quản lý trạm y tế xã, phường, thị trấn theo Quyết định số 3532/QĐ-BYT ngày 12 tháng 8 năm 2020 của Bộ trưởng Bộ Y tế",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Min(50.0),
        Target::Min(60.0),
        Target::Min(80.0),
    ]),
    agency: "",
    legal_basis: "Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ.",
    source: crate::source_huyen!("IV.3"),
    data_source: "Tỷ lệ phần trăm của số trạm y tế có triển khai theo Quyết định số 3532/QĐ-BYT trên tổng số trạm y tế của địa phương cấp huyện.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "health_stations.total",
        "health_stations.management_system_3532",
    ],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row IV.3: the population is the commune health stations (trạm y tế xã, phường, thị trấn) of the district (`health_stations.total`); the \"Căn cứ\" cell cites Decision 942/QĐ-TTg although the name cites Decision 3532/QĐ-BYT; both kept verbatim.",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "health_stations.management_system_3532",
            "health_stations.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_has_its_minimum() {
        assert_targets(&CRITERION, &["*", "*", "50%", "60%", "80%"]);
        assert_share_targets(
            &CRITERION,
            "health_stations.management_system_3532",
            "health_stations.total",
        );
    }
}
