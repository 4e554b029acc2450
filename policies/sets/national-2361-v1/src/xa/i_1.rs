//! xa.I.1: Tỷ lệ thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dưới
//! hình thức dịch vụ công trực tuyến toàn trình (share of administrative procedures eligible under
//! the law that are provided as end-to-end online public services).
//!
//! Check: `admin_procedures.online_end_to_end` / `admin_procedures.eligible_end_to_end` ≥ the
//! level's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.1",
    group: super::CHINH_QUYEN_SO,
    name: "Tỷ lệ thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(50.0),
        Target::Min(60.0),
        Target::Min(70.0),
        Target::Min(100.0),
        Target::Min(100.0),
    ]),
    agency: "",
    legal_basis: "Quyết định số 942/QĐ- TTg ngày 15/6/2021 của Thủ tướng Chính phủ.",
    source: crate::source_xa!("I.1"),
    data_source: "Cổng dịch vụ công cấp tỉnh.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &[
        "admin_procedures.eligible_end_to_end",
        "admin_procedures.online_end_to_end",
    ],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.1: the method column only names the data source (\"Cổng dịch vụ công cấp tỉnh.\"); the share is computed as the name states: procedures provided as end-to-end (toàn trình) online public services over the procedures eligible for it under the law (`admin_procedures.online_end_to_end` / `admin_procedures.eligible_end_to_end`, the keys of district row II.1), counted for the procedures the commune handles.",
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
    fn each_level_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["50%", "60%", "70%", "100%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "admin_procedures.online_end_to_end",
            "admin_procedures.eligible_end_to_end",
        );
    }
}
