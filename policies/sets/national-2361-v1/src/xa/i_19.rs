//! xa.I.19: Phổ biến thông tin (pháp luật, thông báo, hướng dẫn…) đến người dân thông qua các nền
//! tảng số hoặc mạng xã hội (information disseminated to residents through digital platforms or
//! social networks).
//!
//! Check: `dissemination_platforms.used` is true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.19",
    group: super::CHINH_QUYEN_SO,
    name: "Phổ biến thông tin (pháp luật, thông báo, hướng dẫn…) đến người dân thông qua các nền tảng số hoặc mạng xã hội",
    unit: "Nền tảng",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text("Có nền tảng"),
        Target::Text("Có nền tảng"),
        Target::Text("Có nền tảng"),
    ]),
    agency: "",
    legal_basis: "Công văn số 3445/BNN- VPĐP ngày 29/5/2023 của Bộ Nông nghiệp và Phát triển nông thôn.",
    source: crate::source_xa!("I.19"),
    data_source: "Chính quyền cấp xã có sử dụng nền tảng số hoặc mạng xã hội để phổ biến thông tin (pháp luật, thông báo, hướng dẫn…) đến người dân.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["dissemination_platforms.used"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.19: the target \"Có nền tảng\" is the yes/no fact `dissemination_platforms.used` (digital platforms or social networks used to disseminate laws, notices and guidance to residents). Not 1829 1.7's `citizen_channels.count`, which counts channels for interacting with residents and receiving their feedback.",
    ],
    judgements: &[],
    check: |cx| cx.holds("dissemination_platforms.used"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(
            &CRITERION,
            &["*", "*", "Có nền tảng", "Có nền tảng", "Có nền tảng"],
        );
        assert_flag_target(&CRITERION, "dissemination_platforms.used");
    }
}
