//! III.3: Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận, giải quyết trực tuyến (share of
//! administrative-procedure dossiers received and settled online).
//!
//! Check: `admin_dossiers.online` / `admin_dossiers.received` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "III.3",
    group: crate::CHINH_QUYEN_SO,
    name: "Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận, giải quyết trực tuyến.",
    unit: "%",
    targets: Targets::ByYear(&[(2024, Target::Min(90.0)), (2025, Target::Min(95.0))]),
    agency: "Trung tâm Phục vụ HCC tỉnh",
    legal_basis: "Quyết định số 942/QĐ-TTg ngày 15/6/2021;",
    source: crate::source!("III.3"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["admin_dossiers.received", "admin_dossiers.online"],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row III.3 has the wording of 1829 1.6 (\"Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến\"): `admin_dossiers.received` / `admin_dossiers.online` are reused, at district level the administrative-procedure dossiers received by the district (the row does not add the communes' dossiers).",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("admin_dossiers.online", "admin_dossiers.received"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["90%", "95%"]);
        assert_share_targets(
            &CRITERION,
            "admin_dossiers.online",
            "admin_dossiers.received",
        );
    }
}
