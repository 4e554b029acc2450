//! 4.7: Hệ thống đài truyền thanh có ứng dụng viễn thông - CNTT (the commune radio system applies
//! telecommunications and ICT).
//!
//! Check: `radio.ict_based` is true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "4.7",
    group: crate::HA_TANG_SO,
    name: "Hệ thống đài truyền thanh có ứng dụng viễn thông - CNTT",
    unit: "Đài",
    targets: Targets::ByYear(&[
        (2022, Target::NotAssessed),
        (2023, Target::Text("Có")),
        (2024, Target::Text("Có")),
        (2025, Target::Text("Có")),
    ]),
    agency: "Sở TTTT",
    legal_basis: "Quyết định số 135/QĐ-TTg ngày 20/01/2020; Quyết định 3853/QĐ-UBND ngày 09/11/2022",
    source: crate::source!("4.7"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::RADIO_ICT_RECORDS],
    facts: &["radio.ict_based"],
    notes: &[],
    judgements: &[],
    check: |cx| cx.holds("radio.ict_based"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["*", "Có", "Có", "Có"]);
        assert_flag_target(&CRITERION, "radio.ict_based");
    }
}
