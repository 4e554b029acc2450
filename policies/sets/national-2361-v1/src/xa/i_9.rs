//! xa.I.9: Tỷ lệ hệ thống thông tin của chính quyền được phê duyệt cấp độ an toàn thông tin mạng
//! theo Nghị định số 85/2016/NĐ-CP của Chính phủ (share of the government's information systems
//! with a security level approved under Decree 85/2016/NĐ-CP).
//!
//! Check: `information_systems.security_level_approved` / `information_systems.total` ≥ the level's
//! minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.9",
    group: super::CHINH_QUYEN_SO,
    name: "Tỷ lệ hệ thống thông tin của chính quyền được phê duyệt cấp độ an toàn thông tin mạng theo Nghị định số 85/2016/NĐ-CP của Chính phủ",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Min(100.0),
        Target::Min(100.0),
        Target::Min(100.0),
    ]),
    agency: "",
    legal_basis: "Nghị định số 85/2016/NĐ-CP ngày 01/7/2016 của Chính phủ.",
    source: crate::source_xa!("I.9"),
    data_source: "Tỷ lệ phần trăm của số hệ thống thông tin được phê duyệt cấp độ an toàn thông tin mạng theo Nghị định số 85/2016/NĐ-CP của Chính phủ trên tổng số hệ thống thông tin của cơ quan chính quyền cấp xã.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &[
        "information_systems.total",
        "information_systems.security_level_approved",
    ],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.9 vs Phụ lục II row II.9: at level 3 the commune target (100%) is stricter than the district's (90%) for the same indicator; transcribed as written (DOMAIN §10: some commune targets are stricter than the district's).",
        "2361/QĐ-BTTTT Phụ lục I, row I.9: a commune with no information system of its own (`information_systems.total` = 0) is not assessed, with the reason (the share is undefined), as for every share.",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "information_systems.security_level_approved",
            "information_systems.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["*", "*", "100%", "100%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "information_systems.security_level_approved",
            "information_systems.total",
        );
    }
}
