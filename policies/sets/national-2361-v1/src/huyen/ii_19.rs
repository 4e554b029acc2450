//! huyen.II.19: Hệ thống hội nghị truyền hình kết hợp họp không giấy tờ (video conferencing
//! combined with paperless meetings).
//!
//! Check: `video_conference.with_paperless_meetings` is true (the district government has deployed
//! a video-conference system combined with paperless meetings).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.II.19",
    group: super::CHINH_QUYEN_SO,
    name: "Hệ thống hội nghị truyền hình kết hợp họp không giấy tờ",
    unit: "Hệ thống",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text("Có hệ thống"),
        Target::Text("Có hệ thống"),
        Target::Text("Có hệ thống"),
    ]),
    agency: "",
    legal_basis: "Thực tế tại địa phương.",
    source: crate::source_huyen!("II.19"),
    data_source: "Chính quyền cấp huyện có triển khai hệ thống hội nghị truyền hình kết hợp họp không giấy tờ",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["video_conference.with_paperless_meetings"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row II.19: the target \"Có hệ thống\" is recorded as the yes/no fact `video_conference.with_paperless_meetings` (one system combining video conferencing and paperless meetings); not `video_conference.connected` (1829) nor `paperless_meeting_system.used` (the commune row I.17 asks for paperless meetings only).",
    ],
    judgements: &[],
    check: |cx| cx.holds("video_conference.with_paperless_meetings"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn true_passes_where_applicable() {
        assert_targets(
            &CRITERION,
            &["*", "*", "Có hệ thống", "Có hệ thống", "Có hệ thống"],
        );
        assert_flag_target(&CRITERION, "video_conference.with_paperless_meetings");
    }
}
