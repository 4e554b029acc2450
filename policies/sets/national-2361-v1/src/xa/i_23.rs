//! xa.I.23: Có ứng dụng tương tác và xử lý phản ánh kiến nghị của người dân cho chính quyền cấp xã
//! (an application for interacting with residents and handling their feedback and petitions).
//!
//! Check: `feedback_platform.used` is true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.23",
    group: super::CHINH_QUYEN_SO,
    name: "Có ứng dụng tương tác và xử lý phản ánh kiến nghị của người dân cho chính quyền cấp xã",
    unit: "Nền tảng",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text("Có nền tảng"),
        Target::Text("Có nền tảng"),
    ]),
    agency: "",
    legal_basis: "Công văn số 3445/BNN- VPĐP ngày 29/5/2023 của Bộ Nông nghiệp và Phát triển nông thôn.",
    source: crate::source_xa!("I.23"),
    data_source: "Chính quyền cấp xã có sử dụng nền tảng tương tác và xử lý phản ánh kiến nghị của người dân cho chính quyền cấp xã.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["feedback_platform.used"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.23: the target \"Có nền tảng\" (levels 4–5) is the yes/no fact `feedback_platform.used`: a platform for interacting with residents and handling (xử lý) their feedback and petitions. Not 1829 1.7's `citizen_channels.count` (channels that receive feedback, such as Zalo): handling is required here.",
    ],
    judgements: &[],
    check: |cx| cx.holds("feedback_platform.used"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["*", "*", "*", "Có nền tảng", "Có nền tảng"]);
        assert_flag_target(&CRITERION, "feedback_platform.used");
    }
}
