//! xa.I.11: Tỷ lệ hệ thống thông tin được kiểm tra, đánh giá an toàn thông tin theo cấp độ (01 lần
//! kiểm tra, đánh giá được tính cho 02 năm) (share of information systems inspected and assessed
//! for security by level).
//!
//! Check: `information_systems.security_audited` / `information_systems.total` ≥ the level's
//! minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.11",
    group: super::CHINH_QUYEN_SO,
    name: "Tỷ lệ hệ thống thông tin được kiểm tra, đánh giá an toàn thông tin theo cấp độ (01 lần kiểm tra, đánh giá được tính cho 02 năm)",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::Min(40.0),
        Target::Min(60.0),
        Target::Min(80.0),
        Target::Min(100.0),
    ]),
    agency: "",
    legal_basis: "Chỉ thị số 09/CT-TTg ngày 23/02/2024 của Thủ tướng Chính phủ.",
    source: crate::source_xa!("I.11"),
    data_source: "Tỷ lệ phần trăm của số hệ thống thông tin được kiểm tra, đánh giá an toàn thông tin theo cấp độ (01 lần kiểm tra, đánh giá được tính cho 02 năm) trên tổng số hệ thống thông tin của cơ quan chính quyền cấp xã.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &[
        "information_systems.total",
        "information_systems.security_audited",
    ],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.11: \"01 lần kiểm tra, đánh giá được tính cho 02 năm\": a system inspected and assessed in the assessment year or the year before counts in `information_systems.security_audited` (key of district row II.11); the dataset applies that rule when counting.",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "information_systems.security_audited",
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
        assert_targets(&CRITERION, &["*", "40%", "60%", "80%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "information_systems.security_audited",
            "information_systems.total",
        );
    }
}
