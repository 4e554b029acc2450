//! xa.I.13: Đài truyền thanh xã, phường, thị trấn có ứng dụng công nghệ thông tin - viễn thông (the
//! commune radio station applies information technology and telecommunications).
//!
//! Check: `radio.ict_based` is true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.13",
    group: super::CHINH_QUYEN_SO,
    name: "Đài truyền thanh xã, phường, thị trấn có ứng dụng công nghệ thông tin - viễn thông",
    unit: "Hệ thống",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text("Có hệ thống"),
        Target::Text("Có hệ thống"),
        Target::Text("Có hệ thống"),
    ]),
    agency: "",
    legal_basis: "Quyết định số 1381/QĐ- BTTTT ngày 07/09/2021 của Bộ trưởng Bộ Thông tin và Truyền thông.",
    source: crate::source_xa!("I.13"),
    data_source: "Đài truyền thanh xã, phường, thị trấn có ứng dụng công nghệ thông tin - viễn thông trong hoạt động.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["radio.ict_based"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.13: the target \"Có hệ thống\" is the yes/no fact `radio.ict_based`, reused from 1829 4.7 (the commune radio system applies information technology and telecommunications): the same thing for the same commune.",
    ],
    judgements: &[],
    check: |cx| cx.holds("radio.ict_based"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(
            &CRITERION,
            &["*", "*", "Có hệ thống", "Có hệ thống", "Có hệ thống"],
        );
        assert_flag_target(&CRITERION, "radio.ict_based");
    }
}
