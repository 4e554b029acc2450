//! huyen.II.10: Tỷ lệ hệ thống thông tin của Ủy ban nhân dân cấp huyện được triển khai đầy đủ
//! phương án bảo đảm an toàn thông tin theo hồ sơ đề xuất cấp độ đã được phê duyệt (share of
//! information systems with the approved security plan fully implemented).
//!
//! Check: `information_systems.security_plan_implemented` / `information_systems.total` ≥ the
//! level's percentage (systems with the approved security plan fully implemented over information
//! systems of the district government).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.II.10",
    group: super::CHINH_QUYEN_SO,
    name: "Tỷ lệ hệ thống thông tin của Ủy ban nhân dân cấp huyện được triển khai đầy đủ phương án bảo đảm an toàn thông tin theo hồ sơ đề xuất cấp độ đã được phê duyệt",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(10.0),
        Target::Min(20.0),
        Target::Min(30.0),
        Target::Min(50.0),
        Target::Min(70.0),
    ]),
    agency: "",
    legal_basis: "Chỉ thị số 09/CT-TTg ngày 23/02/2024 của Thủ tướng Chính phủ.",
    source: crate::source_huyen!("II.10"),
    data_source: "Tỷ lệ phần trăm của số hệ thống thông tin có triển khai đầy đủ phương án bảo đảm an toàn thông tin theo cấp độ được phê duyệt trên tổng số hệ thống thông tin của chính quyền cấp huyện.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "information_systems.total",
        "information_systems.security_plan_implemented",
    ],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row II.10: the name says systems \"của Ủy ban nhân dân cấp huyện\", the method \"của chính quyền cấp huyện\": read as the same population, `information_systems.total`.",
        "2361/QĐ-BTTTT Phụ lục II, row II.10 vs Phụ lục I row I.10 (same indicator): the district's targets at levels 3, 4, 5 (30%, 50%, 70%) are LAXER than the commune's (50%, 70%, 100%); the district row also applies at levels 1–2 (10%, 20%). Transcribed as written.",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "information_systems.security_plan_implemented",
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
        assert_targets(&CRITERION, &["10%", "20%", "30%", "50%", "70%"]);
        assert_share_targets(
            &CRITERION,
            "information_systems.security_plan_implemented",
            "information_systems.total",
        );
    }
}
