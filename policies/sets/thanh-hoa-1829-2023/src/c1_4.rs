//! 1.4: Cán bộ, công chức xã có hộp thư điện tử công vụ của các cơ quan Nhà nước cấp. (share of
//! cadres and civil servants with a government-issued official e-mail box).
//!
//! Check: `officials.with_official_email` / `officials.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "1.4",
    group: crate::CHINH_QUYEN_SO,
    name: "Cán bộ, công chức xã có hộp thư điện tử công vụ của các cơ quan Nhà nước cấp.",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::Min(100.0)),
        (2023, Target::Min(100.0)),
        (2024, Target::Min(100.0)),
        (2025, Target::Min(100.0)),
    ]),
    agency: "VP UBND tỉnh",
    legal_basis: "Quyết định số 942/QĐ-TTg ngày 15/6/2021",
    source: crate::source!("1.4"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::VP_917_FORMS],
    facts: &["officials.total", "officials.with_official_email"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, rows 1.2 (\"Lãnh đạo, cán bộ, công chức\"), 1.4 (\"Cán bộ, công chức xã\") and 4.3 (\"CBCC\") are read as one population, `officials.total`, the rows of Mẫu 1.4 (Công văn UBND xã Cẩm Tân 2024): the commune's leaders are themselves cadres (cán bộ).",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("officials.with_official_email", "officials.total"),
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
            "officials.with_official_email",
            "officials.total",
        );
    }
}
