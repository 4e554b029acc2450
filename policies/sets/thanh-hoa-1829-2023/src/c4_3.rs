//! 4.3: 100% CBCC có máy tính phục vụ công việc (share of cadres and civil servants with a computer
//! for their work).
//!
//! Check: `officials.with_computer` / `officials.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "4.3",
    group: crate::HA_TANG_SO,
    name: "100% CBCC có máy tính phục vụ công việc",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::Min(100.0)),
        (2023, Target::Min(100.0)),
        (2024, Target::Min(100.0)),
        (2025, Target::Min(100.0)),
    ]),
    agency: "Sở TTTT",
    legal_basis: "",
    source: crate::source!("4.3"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::FORM_1_4],
    facts: &["officials.total", "officials.with_computer"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 4.3 writes its target in its name (\"100% CBCC có máy tính phục vụ công việc\") and repeats 100% in every year column: evaluated as the share of the commune's cadres and civil servants with a computer for their work (`officials.with_computer` / `officials.total`).",
        "1829/QĐ-UBND Phụ lục 01, rows 1.2 (\"Lãnh đạo, cán bộ, công chức\"), 1.4 (\"Cán bộ, công chức xã\") and 4.3 (\"CBCC\") are read as one population, `officials.total`, the rows of Mẫu 1.4 (Công văn UBND xã Cẩm Tân 2024): the commune's leaders are themselves cadres (cán bộ).",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("officials.with_computer", "officials.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["100%", "100%", "100%", "100%"]);
        assert_share_targets(&CRITERION, "officials.with_computer", "officials.total");
    }
}
