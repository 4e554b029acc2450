//! xa.III.8: Trạm y tế triển khai hệ thống thông tin quản lý trạm y tế xã, phường, thị trấn theo
//! Quyết định số 3532/QĐ-BYT ngày 12 tháng 8 năm 2020 của Bộ trưởng Bộ Y tế (the commune health
//! station runs the management information system of Decision 3532/QĐ-BYT).
//!
//! Check: `health_stations.management_system_3532` ≥ 1.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.III.8",
    group: super::XA_HOI_SO,
    name: "Trạm y tế triển khai hệ thống thông tin quản lý trạm y tế xã, phường, thị trấn theo Quyết định số 3532/QĐ-BYT ngày 12 tháng 8 năm 2020 của Bộ trưởng Bộ Y tế",
    unit: "Hệ thống",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text("Có hệ thống"),
        Target::Text("Có hệ thống"),
        Target::Text("Có hệ thống"),
    ]),
    agency: "",
    legal_basis: "Quyết định số 3532/QĐ- BYT ngày 12/8/2020 của Bộ trưởng Bộ Y tế.",
    source: crate::source_xa!("III.8"),
    data_source: "Trạm y tế xã có triển khai thực hiện hệ thống thông tin quản lý trạm y tế xã, phường, thị trấn theo Quyết định số 3532/QĐ-BYT .",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["health_stations.management_system_3532"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row III.8: the target \"Có hệ thống\" is a count in disguise: the commune's health station runs the management information system of Quyết định 3532/QĐ-BYT (`health_stations.management_system_3532` ≥ 1; the keys of district row IV.3, a share there). A commune without a health station of its own fails: the row makes no exception.",
        "2361/QĐ-BTTTT Phụ lục I, row III.8 vs Phụ lục II row IV.3: from level 3 the commune needs its station on the system (all of it, in effect) while the district needs 50%, 60%, 80% of its stations at levels 3–5; transcribed as written (DOMAIN §10: some commune targets are stricter than the district's).",
    ],
    judgements: &[],
    check: |cx| cx.count_at_least("health_stations.management_system_3532", 1.0),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_count_target, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(
            &CRITERION,
            &["*", "*", "Có hệ thống", "Có hệ thống", "Có hệ thống"],
        );
        assert_count_target(&CRITERION, "health_stations.management_system_3532", 1.0);
    }
}
