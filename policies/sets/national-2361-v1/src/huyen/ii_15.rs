//! huyen.II.15: Đài truyền thanh, truyền hình của quận, huyện, thị xã, thành phố có ứng dụng công
//! nghệ thông tin - viễn thông (the radio and television station applies ICT).
//!
//! Check: `radio_tv_station.ict_based` is true (the district radio and television station applies
//! information and telecommunications technology in its work).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.II.15",
    group: super::CHINH_QUYEN_SO,
    name: "Đài truyền thanh, truyền hình của quận, huyện, thị xã, thành phố có ứng dụng công nghệ thông tin - viễn thông",
    unit: "Đài truyền thanh, truyền hình",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text("Đài truyền thanh, truyền hình có ứng dụng"),
        Target::Text("Đài truyền thanh, truyền hình có ứng dụng"),
        Target::Text("Đài truyền thanh, truyền hình có ứng dụng"),
    ]),
    agency: "",
    legal_basis: "Quyết định số 1381/QĐ-BTTTT ngày 07/09/2021 của Bộ trưởng Bộ Thông tin và Truyền thông.",
    source: crate::source_huyen!("II.15"),
    data_source: "Đài truyền thanh, truyền hình của quận, huyện, thị xã, thành phố có ứng dụng công nghệ thông tin-viễn thông trong hoạt động.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["radio_tv_station.ict_based"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row II.15: the target \"Đài truyền thanh, truyền hình có ứng dụng\" is recorded as the yes/no fact `radio_tv_station.ict_based` (the district's radio AND television station); not `radio.ict_based`, which is a commune radio system.",
    ],
    judgements: &[],
    check: |cx| cx.holds("radio_tv_station.ict_based"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn true_passes_where_applicable() {
        assert_targets(
            &CRITERION,
            &[
                "*",
                "*",
                "Đài truyền thanh, truyền hình có ứng dụng",
                "Đài truyền thanh, truyền hình có ứng dụng",
                "Đài truyền thanh, truyền hình có ứng dụng",
            ],
        );
        assert_flag_target(&CRITERION, "radio_tv_station.ict_based");
    }
}
