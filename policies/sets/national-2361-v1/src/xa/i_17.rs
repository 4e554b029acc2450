//! xa.I.17: Chính quyền cấp xã sử dụng hệ thống, nền tảng họp không giấy tờ trong các cuộc họp
//! (paperless meetings).
//!
//! Check: `paperless_meeting_system.used` is true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.17",
    group: super::CHINH_QUYEN_SO,
    name: "Chính quyền cấp xã sử dụng hệ thống, nền tảng họp không giấy tờ trong các cuộc họp",
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
    source: crate::source_xa!("I.17"),
    data_source: "Chính quyền cấp xã có sử dụng hệ thống, nền tảng họp không giấy tờ trong các cuộc họp.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["paperless_meeting_system.used"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.17: the target \"Có hệ thống\" is the yes/no fact `paperless_meeting_system.used` (the commune government uses a paperless-meeting system or platform in its meetings). District row II.19 asks for video conferencing combined with paperless meetings, a different thing (`video_conference.with_paperless_meetings`).",
    ],
    judgements: &[],
    check: |cx| cx.holds("paperless_meeting_system.used"),
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
        assert_flag_target(&CRITERION, "paperless_meeting_system.used");
    }
}
