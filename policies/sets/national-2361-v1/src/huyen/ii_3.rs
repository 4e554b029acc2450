//! huyen.II.3: Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng (share of
//! documents and work files processed online).
//!
//! Check: `work_documents.processed_online` / `work_documents.total` ≥ the level's percentage
//! (documents processed on the document-management software over documents).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.II.3",
    group: super::CHINH_QUYEN_SO,
    name: "Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(75.0),
        Target::Min(85.0),
        Target::Min(95.0),
        Target::Min(100.0),
        Target::Min(100.0),
    ]),
    agency: "",
    legal_basis: "- Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ. - Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ.",
    source: crate::source_huyen!("II.3"),
    data_source: "Tỷ lệ phần trăm của số văn bản được xử lý trên phần mềm quản lý văn bản và điều hành trên tổng số văn bản đến và đi của cơ quan cấp huyện.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["work_documents.total", "work_documents.processed_online"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row II.3: measured per the method column as the documents processed on the document-management and executive software (`work_documents.processed_online`) over the district bodies' incoming and outgoing documents (`work_documents.total`, excluding classified ones per the row's name \"(trừ hồ sơ mật)\"); not `work_documents.electronic` (1829: created, processed and digitally signed).",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("work_documents.processed_online", "work_documents.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_has_its_minimum() {
        assert_targets(&CRITERION, &["75%", "85%", "95%", "100%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "work_documents.processed_online",
            "work_documents.total",
        );
    }
}
