//! huyen.II.1: Tỷ lệ thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dưới
//! hình thức dịch vụ công trực tuyến toàn trình (share of eligible administrative procedures
//! provided as full online public services).
//!
//! Check: `admin_procedures.online_end_to_end` / `admin_procedures.eligible_end_to_end` ≥ the
//! level's percentage (procedures provided as full online public services over administrative
//! procedures eligible for it).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.II.1",
    group: super::CHINH_QUYEN_SO,
    name: "Tỷ lệ thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(70.0),
        Target::Min(80.0),
        Target::Min(90.0),
        Target::Min(100.0),
        Target::Min(100.0),
    ]),
    agency: "",
    legal_basis: "Quyết định số 942/QĐ- TTg ngày 15/6/2021 của Thủ tướng Chính phủ.",
    source: crate::source_huyen!("II.1"),
    data_source: "Cổng dịch vụ công cấp tỉnh",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "admin_procedures.eligible_end_to_end",
        "admin_procedures.online_end_to_end",
    ],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row II.1: the method column names only the data source (\"Cổng dịch vụ công cấp tỉnh\"); the share is computed as the procedures provided as full (toàn trình) online public services (`admin_procedures.online_end_to_end`) over the procedures eligible under the law (`admin_procedures.eligible_end_to_end`), the counts the provincial portal publishes.",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "admin_procedures.online_end_to_end",
            "admin_procedures.eligible_end_to_end",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_has_its_minimum() {
        assert_targets(&CRITERION, &["70%", "80%", "90%", "100%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "admin_procedures.online_end_to_end",
            "admin_procedures.eligible_end_to_end",
        );
    }
}
