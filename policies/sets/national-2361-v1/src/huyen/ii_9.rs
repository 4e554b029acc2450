//! huyen.II.9: Tỷ lệ hệ thống thông tin của chính quyền được phê duyệt cấp độ an toàn thông tin
//! mạng theo Nghị định số 85/2016/NĐ-CP của Chính phủ (share of information systems with an
//! approved security level).
//!
//! Check: `information_systems.security_level_approved` / `information_systems.total` ≥ the level's
//! percentage (systems with an approved security level over information systems of the district
//! government).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.II.9",
    group: super::CHINH_QUYEN_SO,
    name: "Tỷ lệ hệ thống thông tin của chính quyền được phê duyệt cấp độ an toàn thông tin mạng theo Nghị định số 85/2016/NĐ-CP của Chính phủ",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(50.0),
        Target::Min(70.0),
        Target::Min(90.0),
        Target::Min(100.0),
        Target::Min(100.0),
    ]),
    agency: "",
    legal_basis: "Nghị định số 85/2016/NĐ-CP ngày 01/7/2016 của Chính phủ.",
    source: crate::source_huyen!("II.9"),
    data_source: "Tỷ lệ phần trăm của số hệ thống thông tin được phê duyệt cấp độ an toàn thông tin mạng theo Nghị định số 85/2016/NĐ-CP của Chính phủ trên tổng số hệ thống thông tin của cơ quan chính quyền cấp huyện.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "information_systems.total",
        "information_systems.security_level_approved",
    ],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row II.9: population = information systems of the district government bodies (\"của chính quyền\" in the name, \"của cơ quan chính quyền cấp huyện\" in the method): `information_systems.total`.",
        "2361/QĐ-BTTTT Phụ lục II, row II.9 vs Phụ lục I row I.9 (same indicator): the district's level-3 target (90%) is LAXER than the commune's (100%); the district row also applies at levels 1–2 (50%, 70%) where the commune row is \"Không áp dụng\". Transcribed as written.",
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
    fn each_level_has_its_minimum() {
        assert_targets(&CRITERION, &["50%", "70%", "90%", "100%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "information_systems.security_level_approved",
            "information_systems.total",
        );
    }
}
