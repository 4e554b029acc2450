//! 1.10: Tuyên truyền, đào tạo, tập huấn nâng cao nhận thức và kỹ năng số cho đội ngũ cán bộ công
//! chức, người lao động của cơ quan. (share of cadres, civil servants and workers of the body
//! reached by digital awareness and skills training).
//!
//! Check: `staff.digital_trained` / `staff.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "1.10",
    group: crate::CHINH_QUYEN_SO,
    name: "Tuyên truyền, đào tạo, tập huấn nâng cao nhận thức và kỹ năng số cho đội ngũ cán bộ công chức, người lao động của cơ quan.",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::Min(100.0)),
        (2023, Target::Min(100.0)),
        (2024, Target::Min(100.0)),
        (2025, Target::Min(100.0)),
    ]),
    agency: "Sở TTTT",
    legal_basis: "Quyết định số 146/QĐ-TTg ngày 28/01/2022 ; Kế hoạch số 53/KH-UBND ngày 03/3/2022",
    source: crate::source!("1.10"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[
        crate::evidence::STAFF_TRAINING_PLAN,
        crate::evidence::STAFF_TRAINING_RECORDS,
    ],
    facts: &["staff.total", "staff.digital_trained"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 1.10 says \"cán bộ công chức, người lao động của cơ quan\"; Công văn UBND xã Cẩm Tân giao thực hiện Chỉ tiêu chuyển đổi số 2024 (Chỉ tiêu 1.10) reads it as cadres, civil servants and non-specialised workers (\"người hoạt động không chuyên trách\"): `staff.total` counts all of them, a wider population than `officials.total` (1.2, 1.4, 4.3).",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("staff.digital_trained", "staff.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["100%", "100%", "100%", "100%"]);
        assert_share_targets(&CRITERION, "staff.digital_trained", "staff.total");
    }
}
