//! xa.I.18: Chính quyền cấp xã có hệ thống ứng dụng công nghệ thông tin trong đánh giá cải cách
//! hành chính và đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà
//! nước (an IT system for assessing administrative reform and measuring residents' satisfaction).
//!
//! Check: `admin_reform_satisfaction_system.used` is true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.18",
    group: super::CHINH_QUYEN_SO,
    name: "Chính quyền cấp xã có hệ thống ứng dụng công nghệ thông tin trong đánh giá cải cách hành chính và đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước",
    unit: "Hệ thống",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text("Có ứng dụng hệ thống"),
        Target::Text("Có ứng dụng hệ thống"),
        Target::Text("Có ứng dụng hệ thống"),
    ]),
    agency: "",
    legal_basis: "- Công văn số 3445/BNN-VPĐP ngày 29/5/2023 của Bộ Nông nghiệp và Phát triển nông thôn; - Quyết định số 83/QĐ- BNV ngày 15/02/2023 của Bộ trưởng Bộ Nội vụ.",
    source: crate::source_xa!("I.18"),
    data_source: "Chính quyền cấp xã có sử dụng hệ thống ứng dụng công nghệ thông tin trong đánh giá cải cách hành chính và đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["admin_reform_satisfaction_system.used"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.18: the target \"Có ứng dụng hệ thống\" is the yes/no fact `admin_reform_satisfaction_system.used` (key of district row II.21). The name says the commune \"has\" such a system, the method that it uses one: the fact records use.",
    ],
    judgements: &[],
    check: |cx| cx.holds("admin_reform_satisfaction_system.used"),
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
                "Có ứng dụng hệ thống",
                "Có ứng dụng hệ thống",
                "Có ứng dụng hệ thống",
            ],
        );
        assert_flag_target(&CRITERION, "admin_reform_satisfaction_system.used");
    }
}
