//! 1.3: Các văn bản, hồ sơ công việc được tạo lập, xử lý, ký số trên môi trường điện tử (trừ văn
//! bản mật theo quy định). (share of work documents and files created, processed and digitally
//! signed electronically).
//!
//! Check: `work_documents.electronic` / `work_documents.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "1.3",
    group: crate::CHINH_QUYEN_SO,
    name: "Các văn bản, hồ sơ công việc được tạo lập, xử lý, ký số trên môi trường điện tử (trừ văn bản mật theo quy định).",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::Min(100.0)),
        (2023, Target::Min(100.0)),
        (2024, Target::Min(100.0)),
        (2025, Target::Min(100.0)),
    ]),
    agency: "Sở TTTT",
    legal_basis: "Quyết định số 942/QĐ-TTg ngày 15/6/2021; Chỉ thị số 15/CT-UBND ngày 18/5/2020",
    source: crate::source!("1.3"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::STTTT_CT15_MONTHLY_REPORT],
    facts: &["work_documents.total", "work_documents.electronic"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 1.3 excludes classified documents (\"trừ văn bản mật theo quy định\"): they are left out of both `work_documents.total` and `work_documents.electronic`; a document counts as electronic only when it is created, processed and digitally signed electronically.",
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
        assert_targets(&CRITERION, &["100%", "100%", "100%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "work_documents.electronic",
            "work_documents.total",
        );
    }
}
