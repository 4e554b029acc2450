//! 3.7: Các trường tiểu học đến trung học cơ sở hoàn thiện được mô hình quản trị số, hoạt động số,
//! chuẩn hóa dữ liệu số, kho học liệu số mở. (share of primary and lower-secondary schools with a
//! complete model of digital governance, digital activities, standardised digital data and an open
//! digital learning repository).
//!
//! Check: `schools_primary_lower_secondary.digital_model` / `schools_primary_lower_secondary.total`
//! ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "3.7",
    group: crate::XA_HOI_SO,
    name: "Các trường tiểu học đến trung học cơ sở hoàn thiện được mô hình quản trị số, hoạt động số, chuẩn hóa dữ liệu số, kho học liệu số mở.",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::NotAssessed),
        (2023, Target::Min(100.0)),
        (2024, Target::Min(100.0)),
        (2025, Target::Min(100.0)),
    ]),
    agency: "Sở GD&ĐT",
    legal_basis: "Quyết định số 411/QĐ-TTg ngày 31/3/2022; KH số 134/KH-UBND ngày 16/5/2022",
    source: crate::source!("3.7"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::SGDDT_1908_FORMS],
    facts: &[
        "schools_primary_lower_secondary.total",
        "schools_primary_lower_secondary.digital_model",
    ],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 3.7 is worded as a statement about the schools, with unit % and 100 % targets: evaluated as the share of the commune's primary and lower-secondary schools that completed the model (its name is split over a page break and joined here).",
        "1829/QĐ-UBND Phụ lục 01, row 3.7: an empty population (`schools_primary_lower_secondary.total` = 0, a commune with no primary or lower-secondary school) is not assessed, with the reason, rather than passed or failed (the SDK's `share_at_least` does this).",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "schools_primary_lower_secondary.digital_model",
            "schools_primary_lower_secondary.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["*", "100%", "100%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "schools_primary_lower_secondary.digital_model",
            "schools_primary_lower_secondary.total",
        );
    }
}
