//! 1.5: Hồ sơ TTHC tại UBND cấp xã tiếp nhận, cập nhật, xử lý trên Hệ thống thông tin một cửa điện
//! tử. (share of administrative-procedure dossiers received, updated and processed on the
//! electronic one-stop system).
//!
//! Check: `admin_dossiers.on_one_stop_system` / `admin_dossiers.received` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "1.5",
    group: crate::CHINH_QUYEN_SO,
    name: "Hồ sơ TTHC tại UBND cấp xã tiếp nhận, cập nhật, xử lý trên Hệ thống thông tin một cửa điện tử.",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::Min(100.0)),
        (2023, Target::Min(100.0)),
        (2024, Target::Min(100.0)),
        (2025, Target::Min(100.0)),
    ]),
    agency: "Trung tâm Phục vụ HCC tỉnh",
    legal_basis: "Quyết định số 942/QĐ-TTg ngày 15/6/2021; Chỉ thị số 12/CT-UBND ngày 01/4/2020",
    source: crate::source!("1.5"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::HCC_222_FORMS],
    facts: &[
        "admin_dossiers.received",
        "admin_dossiers.on_one_stop_system",
    ],
    notes: &[],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "admin_dossiers.on_one_stop_system",
            "admin_dossiers.received",
        )
    },
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
            "admin_dossiers.on_one_stop_system",
            "admin_dossiers.received",
        );
    }
}
