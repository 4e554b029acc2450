//! huyen.II.5: Địa phương có ứng dụng, triển khai trợ lý ảo phục vụ hoạt động của cán bộ, công
//! chức, viên chức và phục vụ người dân. (a virtual assistant deployed).
//!
//! Check: `virtual_assistant.deployed` is true (the district has deployed a virtual-assistant
//! platform for its cán bộ, công chức, viên chức and for residents).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.II.5",
    group: super::CHINH_QUYEN_SO,
    name: "Địa phương có ứng dụng, triển khai trợ lý ảo phục vụ hoạt động của cán bộ, công chức, viên chức và phục vụ người dân.",
    unit: "Nền tảng",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text("Có triển khai nền tảng"),
        Target::Text("Có triển khai nền tảng"),
    ]),
    agency: "",
    legal_basis: "Quyết định số 58/QĐ- UBQGCĐS ngày 19/4/2024 về việc ban hành Kế hoạch hoạt động năm 2024 của Ủy ban Quốc gia về chuyển đổi số.",
    source: crate::source_huyen!("II.5"),
    data_source: "Cán bộ, công chức, viên chức cấp huyện có ứng dụng trợ lý ảo để hỗ trợ công tác chuyên môn.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["virtual_assistant.deployed"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row II.5: the target \"Có triển khai nền tảng\" is recorded as the yes/no fact `virtual_assistant.deployed` (shared with the commune row I.5): the district's row serves cán bộ, công chức and viên chức, the commune's cán bộ, công chức; the fact is about the platform, not a population share.",
    ],
    judgements: &[],
    check: |cx| cx.holds("virtual_assistant.deployed"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn true_passes_where_applicable() {
        assert_targets(
            &CRITERION,
            &[
                "*",
                "*",
                "*",
                "Có triển khai nền tảng",
                "Có triển khai nền tảng",
            ],
        );
        assert_flag_target(&CRITERION, "virtual_assistant.deployed");
    }
}
