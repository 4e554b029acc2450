//! xa.I.12: Hệ thống camera giám sát an ninh, trật tự xã hội (a security and public-order camera
//! surveillance system).
//!
//! Check: `security_cameras.systems` ≥ 1.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.12",
    group: super::CHINH_QUYEN_SO,
    name: "Hệ thống camera giám sát an ninh, trật tự xã hội",
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
    source: crate::source_xa!("I.12"),
    data_source: "Chính quyền cấp xã có triển khai và sử dụng Hệ thống camera giám sát an ninh, trật tự xã hội.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["security_cameras.systems"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.12: the target \"Có hệ thống\" is a count in disguise: at least one security and public-order camera system deployed and used by the commune government (`security_cameras.systems` ≥ 1, the key of district row II.14). Not 1829 4.6's `security_cameras.connected` (connected to the commune People's Committee or police).",
        "2361/QĐ-BTTTT Phụ lục I, row I.12 vs Phụ lục II row II.14: the commune needs a system from level 3, the district only from level 4 (\"Tối thiểu 01 hệ thống\"); transcribed as written (DOMAIN §10: some commune targets are stricter than the district's).",
    ],
    judgements: &[],
    check: |cx| cx.count_at_least("security_cameras.systems", 1.0),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_count_target, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(
            &CRITERION,
            &["*", "*", "Có hệ thống", "Có hệ thống", "Có hệ thống"],
        );
        assert_count_target(&CRITERION, "security_cameras.systems", 1.0);
    }
}
