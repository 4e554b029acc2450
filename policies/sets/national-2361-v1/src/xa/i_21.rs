//! xa.I.21: Sử dụng nhóm, diễn đàn chia sẻ, trao đổi thông tin giữa cán bộ/công chức và người dân
//! trong xã trên nền tảng số, mạng xã hội (groups and forums between officials and residents on
//! digital platforms or social networks).
//!
//! Check: `official_resident_forums.used` is true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.21",
    group: super::CHINH_QUYEN_SO,
    name: "Sử dụng nhóm, diễn đàn chia sẻ, trao đổi thông tin giữa cán bộ/công chức và người dân trong xã trên nền tảng số, mạng xã hội",
    unit: "Diễn đàn",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text("Có diễn đàn, nhóm công tác"),
        Target::Text("Có diễn đàn, nhóm công tác"),
        Target::Text("Có diễn đàn, nhóm công tác"),
    ]),
    agency: "",
    legal_basis: "Công văn số 3445/BNN- VPĐP ngày 29/5/2023 của Bộ Nông nghiệp và Phát triển nông thôn.",
    source: crate::source_xa!("I.21"),
    data_source: "UBND cấp xã có chỉ đạo, hình thành nhóm, diễn đàn chia sẻ, trao đổi thông tin giữa cán bộ/công chức và người dân trong xã trên nền tảng số, mạng xã hội.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["official_resident_forums.used"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.21: the target \"Có diễn đàn, nhóm công tác\" is the yes/no fact `official_resident_forums.used`: the People's Committee has directed and formed groups or forums on digital platforms or social networks where officials and residents of the commune share and exchange information (method column).",
    ],
    judgements: &[],
    check: |cx| cx.holds("official_resident_forums.used"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(
            &CRITERION,
            &[
                "*",
                "*",
                "Có diễn đàn, nhóm công tác",
                "Có diễn đàn, nhóm công tác",
                "Có diễn đàn, nhóm công tác",
            ],
        );
        assert_flag_target(&CRITERION, "official_resident_forums.used");
    }
}
