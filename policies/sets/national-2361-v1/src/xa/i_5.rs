//! xa.I.5: Địa phương có ứng dụng, triển khai trợ lý ảo phục vụ hoạt động của cán bộ, công chức và
//! phục vụ người dân (a virtual assistant deployed for officials and residents).
//!
//! Check: `virtual_assistant.deployed` is true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.5",
    group: super::CHINH_QUYEN_SO,
    name: "Địa phương có ứng dụng, triển khai trợ lý ảo phục vụ hoạt động của cán bộ, công chức và phục vụ người dân",
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
    source: crate::source_xa!("I.5"),
    data_source: "Cán bộ, công chức cấp xã có ứng dụng trợ lý ảo để hỗ trợ công tác chuyên môn.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["virtual_assistant.deployed"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.5: the target \"Có triển khai nền tảng\" (levels 4–5) is the yes/no fact `virtual_assistant.deployed` (key of district row II.5). The name speaks of a virtual assistant serving officials and residents, the method only of officials using one for their work: the assessor records true when a virtual-assistant platform is deployed and used by the commune's officials (the method's test).",
    ],
    judgements: &[],
    check: |cx| cx.holds("virtual_assistant.deployed"),
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
                "*",
                "Có triển khai nền tảng",
                "Có triển khai nền tảng",
            ],
        );
        assert_flag_target(&CRITERION, "virtual_assistant.deployed");
    }
}
