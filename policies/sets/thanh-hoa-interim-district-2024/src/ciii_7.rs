//! III.7: Tỷ lệ cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản
//! (share of cadres, civil servants and public employees trained in basic digital skills).
//!
//! Check: `civil_servants_and_public_employees.basic_digital_skills_trained` /
//! `civil_servants_and_public_employees.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "III.7",
    group: crate::CHINH_QUYEN_SO,
    name: "Tỷ lệ cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản.",
    unit: "%",
    targets: Targets::ByYear(&[(2024, Target::Min(100.0)), (2025, Target::Min(100.0))]),
    agency: "Sở Thông tin và Truyền thông",
    legal_basis: "Quyết định số 146/QĐ-TTg ngày 28/01/2022",
    source: crate::source!("III.7"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "civil_servants_and_public_employees.total",
        "civil_servants_and_public_employees.basic_digital_skills_trained",
    ],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row III.7 covers cán bộ, công chức AND viên chức (\"cán bộ, công chức, viên chức\"): `civil_servants_and_public_employees.*`, a wider population than `officials.*` (III.1, III.9; 2361 district II.6 counts cán bộ, công chức only) and not 1829's `staff.*` (commune officials and non-specialised workers).",
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row III.7 does not say whose staff: read as those of the district's bodies and public service units (the district dataset's population); the communes' staff are not added. Training, coaching and universal basic digital-skills courses (\"tập huấn, bồi dưỡng, phổ cập\") all count.",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "civil_servants_and_public_employees.basic_digital_skills_trained",
            "civil_servants_and_public_employees.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["100%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "civil_servants_and_public_employees.basic_digital_skills_trained",
            "civil_servants_and_public_employees.total",
        );
    }
}
