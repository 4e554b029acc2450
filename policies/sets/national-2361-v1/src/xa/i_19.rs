//! xa.I.19: Phổ biến thông tin (pháp luật, thông báo, hướng dẫn…) đến người dân thông qua các nền
//! tảng số hoặc mạng xã hội (information disseminated to residents through digital platforms or
//! social networks).
//!
//! Source: 2361/QĐ-BTTTT ngày 31/12/2024, Phụ lục I (cấp xã), row I.19. Unit: "Nền tảng" (a yes/no
//! fact). Targets: level 1 "Không áp dụng", level 2 "Không áp dụng", level 3 "Có nền tảng", level 4
//! "Có nền tảng", level 5 "Có nền tảng".
//! Method / data source: Chính quyền cấp xã có sử dụng nền tảng số hoặc mạng xã hội để phổ biến
//! thông tin (pháp luật, thông báo, hướng dẫn…) đến người dân.
//! Legal basis: Công văn số 3445/BNN- VPĐP ngày 29/5/2023 của Bộ Nông nghiệp và Phát triển nông
//! thôn.
//! Check: `dissemination_platforms.used` is true.
//! Notes: see `notes` below (judgement calls, citing the source rows).
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
        "2361 Phụ lục I row I.19: the target \"Có nền tảng\" is the yes/no fact `dissemination_platforms.used` (digital platforms or social networks used to disseminate laws, notices and guidance to residents). Not 1829 1.7's `citizen_channels.count`, which counts channels for interacting with residents and receiving their feedback.",
    ],
    check: |cx| {
        cx.holds("dissemination_platforms.used", "the commune government disseminates information to residents through digital platforms or social networks")
    },
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
