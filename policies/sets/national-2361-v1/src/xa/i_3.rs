//! xa.I.3: Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng (share of
//! documents and work files, classified ones excepted, processed online).
//!
//! Check: `work_documents.processed_online` / `work_documents.total` ≥ the level's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.3",
    group: super::CHINH_QUYEN_SO,
    name: "Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(60.0),
        Target::Min(70.0),
        Target::Min(80.0),
        Target::Min(90.0),
        Target::Min(100.0),
    ]),
    agency: "",
    legal_basis: "- Quyết định số 942/QĐ- TTg ngày 15/6/2021 của Thủ tướng Chính phủ. - Nghị quyết số 01/NQ- CP ngày 05/01/2024 của Chính phủ.",
    source: crate::source_xa!("I.3"),
    data_source: "Tỷ lệ phần trăm của số văn bản được xử lý trên phần mềm quản lý văn bản và điều hành trên tổng số văn bản đến và đi của cơ quan cấp xã.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["work_documents.total", "work_documents.processed_online"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.3: the method counts documents processed on the document-management and operations software over all incoming and outgoing documents of the commune; the name excludes classified files (\"trừ hồ sơ mật\"). Denominator `work_documents.total` (1829 1.3's population: incoming and outgoing documents, classified ones excluded); numerator `work_documents.processed_online` (key of district row II.3), not 1829's `work_documents.electronic`, which also requires digital signing.",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("work_documents.processed_online", "work_documents.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["60%", "70%", "80%", "90%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "work_documents.processed_online",
            "work_documents.total",
        );
    }
}
