//! III.6: Tỷ lệ hồ sơ và kết quả giải quyết thủ tục hành chính được số hóa (share of
//! administrative-procedure dossiers and settlement results digitised).
//!
//! Check: `admin_dossiers.digitised` / `admin_dossiers.received` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "III.6",
    group: crate::CHINH_QUYEN_SO,
    name: "Tỷ lệ hồ sơ và kết quả giải quyết thủ tục hành chính được số hóa.",
    unit: "%",
    targets: Targets::ByYear(&[(2024, Target::Min(80.0)), (2025, Target::Min(90.0))]),
    agency: "Trung tâm Phục vụ HCC tỉnh",
    legal_basis: "Nghị quyết số 02/NQ-CP ngày 05/01/2024",
    source: crate::source!("III.6"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["admin_dossiers.received", "admin_dossiers.digitised"],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row III.6 names the dossiers and their settlement results (\"hồ sơ và kết quả giải quyết\") in one share with one target: `admin_dossiers.digitised` counts the dossiers received whose components and, once settled, settlement result are digitised, over `admin_dossiers.received`. Nghị quyết 02/NQ-CP, the legal basis (not in the sources), may track the two rates separately.",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("admin_dossiers.digitised", "admin_dossiers.received"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["80%", "90%"]);
        assert_share_targets(
            &CRITERION,
            "admin_dossiers.digitised",
            "admin_dossiers.received",
        );
    }
}
