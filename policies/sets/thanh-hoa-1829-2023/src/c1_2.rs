//! 1.2: Lãnh đạo, cán bộ, công chức trên địa bàn cấp xã chỉ đạo, điều hành, xử lý công việc hoàn
//! toàn trên môi trường điện tử (share of the commune's leaders, cadres and civil servants who
//! direct, manage and process work fully electronically).
//!
//! Check: `officials.working_electronically` / `officials.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "1.2",
    group: crate::CHINH_QUYEN_SO,
    name: "Lãnh đạo, cán bộ, công chức trên địa bàn cấp xã chỉ đạo, điều hành, xử lý công việc hoàn toàn trên môi trường điện tử",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::Min(100.0)),
        (2023, Target::Min(100.0)),
        (2024, Target::Min(100.0)),
        (2025, Target::Min(100.0)),
    ]),
    agency: "Sở TTTT",
    legal_basis: "Quyết định số 942/QĐ-TTg ngày 15/6/2021; Chỉ thị số 15/CT-UBND ngày 18/5/2020",
    source: crate::source!("1.2"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::STTTT_CT15_MONTHLY_REPORT],
    facts: &["officials.total", "officials.working_electronically"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 1.2 counts people, although Công văn UBND xã Cẩm Tân giao thực hiện Chỉ tiêu chuyển đổi số 2024 (Chỉ tiêu 1.2) evidences it with the Sở TTTT monthly report on Chỉ thị 15/CT-UBND, which reports documents: the share is of officials (`officials.working_electronically` / `officials.total`); the share of documents is 1.3.",
        "1829/QĐ-UBND Phụ lục 01, rows 1.2 (\"Lãnh đạo, cán bộ, công chức\"), 1.4 (\"Cán bộ, công chức xã\") and 4.3 (\"CBCC\") are read as one population, `officials.total`, the rows of Mẫu 1.4 (Công văn UBND xã Cẩm Tân 2024): the commune's leaders are themselves cadres (cán bộ).",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("officials.working_electronically", "officials.total"),
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
            "officials.working_electronically",
            "officials.total",
        );
    }
}
