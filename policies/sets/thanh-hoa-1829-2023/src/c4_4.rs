//! 4.4: Có hệ thống hội nghị truyền hình trực tuyến được kết nối thông suốt từ cấp xã đến cấp
//! huyện, tỉnh và Trung ương (Khuyến khích đến cấp thôn). (an online video-conference system
//! connected from the commune to the district, province and central government).
//!
//! Check: `video_conference.connected` is true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "4.4",
    group: crate::HA_TANG_SO,
    name: "Có hệ thống hội nghị truyền hình trực tuyến được kết nối thông suốt từ cấp xã đến cấp huyện, tỉnh và Trung ương (Khuyến khích đến cấp thôn).",
    unit: "Hệ thống",
    targets: Targets::ByYear(&[
        (2022, Target::Text("Có")),
        (2023, Target::Text("Có")),
        (2024, Target::Text("Có")),
        (2025, Target::Text("Có")),
    ]),
    agency: "Sở TTTT",
    legal_basis: "Quyết định 3853/QĐ-UBND ngày 09/11/2022",
    source: crate::source!("4.4"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::VIDEO_CONFERENCE_REPORT],
    facts: &["video_conference.connected"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 4.4: the connection down to village level (\"Khuyến khích đến cấp thôn\") is only encouraged; the target \"Có\" requires the connection from the commune to the district, province and central level (`video_conference.connected`).",
    ],
    judgements: &[],
    check: |cx| cx.holds("video_conference.connected"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["Có", "Có", "Có", "Có"]);
        assert_flag_target(&CRITERION, "video_conference.connected");
    }
}
