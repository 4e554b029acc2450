//! 1.7: Ứng dụng nền tảng số hỗ trợ chính quyền cấp xã giao tiếp, tương tác và tiếp nhận các ý
//! kiến, phản ánh, kiến nghị của người dân (Kênh zalo, Trang Thông tin điện tử, ...) (digital
//! platforms for the commune to communicate with residents and receive their feedback).
//!
//! Check: `citizen_channels.count` ≥ 1.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "1.7",
    group: crate::CHINH_QUYEN_SO,
    name: "Ứng dụng nền tảng số hỗ trợ chính quyền cấp xã giao tiếp, tương tác và tiếp nhận các ý kiến, phản ánh, kiến nghị của người dân (Kênh zalo, Trang Thông tin điện tử, ...)",
    unit: "Kênh giao tiếp",
    targets: Targets::ByYear(&[
        (2022, Target::Text("Có")),
        (2023, Target::Text("Có")),
        (2024, Target::Text("Có")),
        (2025, Target::Text("Có")),
    ]),
    agency: "Sở TTTT",
    legal_basis: "Quyết định số 942/QĐ-TTg ngày 15/6/2021;",
    source: crate::source!("1.7"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::CITIZEN_CHANNEL_LINKS],
    facts: &["citizen_channels.count"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 1.7 (unit \"Kênh giao tiếp\", split over a page break as \"Kênh\" / \"giao tiếp\") has the target \"Có\": met when the commune has at least one digital channel (Zalo, web portal, ...) to communicate with residents and receive their feedback (`citizen_channels.count` ≥ 1).",
    ],
    judgements: &[],
    check: |cx| cx.count_at_least("citizen_channels.count", 1.0),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_count_target, assert_targets};

    #[test]
    fn every_year_needs_at_least_one() {
        assert_targets(&CRITERION, &["Có", "Có", "Có", "Có"]);
        assert_count_target(&CRITERION, "citizen_channels.count", 1.0);
    }
}
