//! xa.I.10: Tỷ lệ hệ thống thông tin của Ủy ban nhân dân cấp xã được triển khai đầy đủ phương án
//! bảo đảm an toàn thông tin theo hồ sơ đề xuất cấp độ đã được phê duyệt (share of the commune's
//! information systems with the security plan of their approved level fully implemented).
//!
//! Check: `information_systems.security_plan_implemented` / `information_systems.total` ≥ the
//! level's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.10",
    group: super::CHINH_QUYEN_SO,
    name: "Tỷ lệ hệ thống thông tin của Ủy ban nhân dân cấp xã được triển khai đầy đủ phương án bảo đảm an toàn thông tin theo hồ sơ đề xuất cấp độ đã được phê duyệt",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Min(50.0),
        Target::Min(70.0),
        Target::Min(100.0),
    ]),
    agency: "",
    legal_basis: "Chỉ thị số 09/CT-TTg ngày 23/02/2024 của Thủ tướng Chính phủ.",
    source: crate::source_xa!("I.10"),
    data_source: "Tỷ lệ phần trăm của số hệ thống thông tin có triển khai đầy đủ phương án bảo đảm an toàn thông tin theo cấp độ được phê duyệt trên tổng số hệ thống thông tin của chính quyền cấp xã.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &[
        "information_systems.total",
        "information_systems.security_plan_implemented",
    ],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.10: the denominator is every information system of the commune government (method column), not only those with an approved level; the numerator counts the systems whose protection plan, per the approved level dossier, is fully implemented. Not 1829 4.2's yes/no judgement `it_security.level_plan_met`.",
        "2361/QĐ-BTTTT Phụ lục I, row I.10 vs Phụ lục II row II.10: the commune targets at levels 3–5 (50%, 70%, 100%) are stricter than the district's (30%, 50%, 70%) for the same indicator; transcribed as written (DOMAIN §10: some commune targets are stricter than the district's).",
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
    fn each_level_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["*", "*", "50%", "70%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "information_systems.security_plan_implemented",
            "information_systems.total",
        );
    }
}
