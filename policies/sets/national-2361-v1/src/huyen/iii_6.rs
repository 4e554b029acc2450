//! huyen.III.6: Ứng dụng nền tảng số trong hoạt động di chuyển, giao nhận của người dân và
//! logistics (digital platforms in delivery and logistics).
//!
//! Check: `logistics.digital_platforms_used` is true (delivery and logistics activity in the
//! district applies digital platforms).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.III.6",
    group: super::KINH_TE_SO,
    name: "Ứng dụng nền tảng số trong hoạt động di chuyển, giao nhận của người dân và logistics",
    unit: "Nền tảng",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text("Có triển khai nền tảng"),
        Target::Text("Có triển khai nền tảng"),
    ]),
    agency: "",
    legal_basis: "Quyết định số 221/QĐ- TTg ngày 22/02/2021 của Thủ tướng Chính phủ.",
    source: crate::source_huyen!("III.6"),
    data_source: "Hoạt động chuyển phát, logistics trên địa bàn huyện có ứng dụng nền tảng số.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["logistics.digital_platforms_used"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row III.6: the target \"Có triển khai nền tảng\" is recorded as the yes/no fact `logistics.digital_platforms_used` (the method column: delivery and logistics activity in the district applies digital platforms).",
    ],
    judgements: &[],
    check: |cx| cx.holds("logistics.digital_platforms_used"),
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
                "*",
                "Có triển khai nền tảng",
                "Có triển khai nền tảng",
            ],
        );
        assert_flag_target(&CRITERION, "logistics.digital_platforms_used");
    }
}
