//! huyen.II.21: Chính quyền cấp huyện có hệ thống ứng dụng công nghệ thông tin trong đánh giá cải
//! cách hành chính và đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính
//! nhà nước (an ICT system for administrative-reform assessment and satisfaction measurement).
//!
//! Check: `admin_reform_satisfaction_system.used` is true (the district government uses an ICT
//! system to assess administrative reform and measure residents' satisfaction).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.II.21",
    group: super::CHINH_QUYEN_SO,
    name: "Chính quyền cấp huyện có hệ thống ứng dụng công nghệ thông tin trong đánh giá cải cách hành chính và đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước",
    unit: "Hệ thống",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text("Có hệ thống"),
        Target::Text("Có hệ thống"),
        Target::Text("Có hệ thống"),
    ]),
    agency: "",
    legal_basis: "- Công văn số 3445/BNN-VPĐP ngày 29/5/2023 của Bộ Nông nghiệp và Phát triển nông thôn - Quyết định số 83/QĐ- BNV ngày 15/02/2023 của Bộ trưởng Bộ Nội vụ.",
    source: crate::source_huyen!("II.21"),
    data_source: "Chính quyền cấp huyện có sử dụng hệ thống ứng dụng công nghệ thông tin trong đánh giá cải cách hành chính và đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["admin_reform_satisfaction_system.used"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row II.21: the target \"Có hệ thống\" is recorded as the yes/no fact `admin_reform_satisfaction_system.used` (the method column: \"có sử dụng hệ thống\"), shared with the commune row I.18.",
    ],
    judgements: &[],
    check: |cx| cx.holds("admin_reform_satisfaction_system.used"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn true_passes_where_applicable() {
        assert_targets(
            &CRITERION,
            &["*", "*", "Có hệ thống", "Có hệ thống", "Có hệ thống"],
        );
        assert_flag_target(&CRITERION, "admin_reform_satisfaction_system.used");
    }
}
