//! III.2: Tỷ lệ văn bản, hồ sơ công việc của UBND cấp huyện và các đơn vị trực thuộc được tạo lập,
//! xử lý, ký số trên môi trường điện tử (trừ văn bản mật theo quy định) (share of the documents and
//! work files of the district People's Committee and its subordinate units created, processed and
//! digitally signed electronically).
//!
//! Check: `work_documents.electronic` / `work_documents.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "III.2",
    group: crate::CHINH_QUYEN_SO,
    name: "Tỷ lệ văn bản, hồ sơ công việc của UBND cấp huyện và các đơn vị trực thuộc được tạo lập, xử lý, ký số trên môi trường điện tử (trừ văn bản mật theo quy định).",
    unit: "%",
    targets: Targets::ByYear(&[(2024, Target::Min(100.0)), (2025, Target::Min(100.0))]),
    agency: "Sở Thông tin và Truyền thông",
    legal_basis: "Quyết định số 942/QĐ-TTg ngày 15/6/2021; Chỉ thị số 15/CT-UBND ngày 18/5/2020",
    source: crate::source!("III.2"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["work_documents.total", "work_documents.electronic"],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row III.2 measures what 1829 1.3 measures (documents and work files created, processed and digitally signed in the electronic environment, classified documents excluded): `work_documents.total` / `work_documents.electronic` are reused; at district level they count the documents of the district People's Committee and its subordinate units (\"UBND cấp huyện và các đơn vị trực thuộc\"). 2361 district II.3 (processed on the document-management software) is a different measure.",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("work_documents.electronic", "work_documents.total"),
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
            "work_documents.electronic",
            "work_documents.total",
        );
    }
}
