//! III.4: Tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến toàn trình (share of dossiers received and
//! settled end-to-end online).
//!
//! Check: `admin_dossiers.online_end_to_end` / `admin_dossiers.received` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "III.4",
    group: crate::CHINH_QUYEN_SO,
    name: "Tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến toàn trình.",
    unit: "%",
    targets: Targets::ByYear(&[(2024, Target::Min(85.0)), (2025, Target::Min(90.0))]),
    agency: "Trung tâm Phục vụ HCC tỉnh",
    legal_basis: "Quyết định số 5050/QĐ-UBND ngày 28/12/2023",
    source: crate::source!("III.4"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "admin_dossiers.received",
        "admin_dossiers.online_end_to_end",
    ],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row III.4 counts dossiers received and settled end-to-end online (\"trực tuyến toàn trình\"), a stricter numerator than III.3's \"trực tuyến\": `admin_dossiers.online_end_to_end` (the key of 2361 district II.2) over `admin_dossiers.received`.",
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row III.4 says only \"hồ sơ\": read as administrative-procedure dossiers, as in III.3 and its legal basis (Quyết định 5050/QĐ-UBND, not in the sources). The denominator is every dossier received, not only those of procedures eligible for end-to-end online service.",
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
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["85%", "90%"]);
        assert_share_targets(
            &CRITERION,
            "admin_dossiers.online_end_to_end",
            "admin_dossiers.received",
        );
    }
}
