//! xa.I.22: Có ứng dụng hệ thống quản lý thông tin dữ liệu kinh tế - xã hội của xã, phường, thị
//! trấn (a socio-economic data management system).
//!
//! Check: `socioeconomic_data_system.used` is true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.22",
    group: super::CHINH_QUYEN_SO,
    name: "Có ứng dụng hệ thống quản lý thông tin dữ liệu kinh tế - xã hội của xã, phường, thị trấn",
    unit: "Hệ thống",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text("Có ứng dụng hệ thống"),
        Target::Text("Có ứng dụng hệ thống"),
    ]),
    agency: "",
    legal_basis: "Công văn số 3445/BNN- VPĐP ngày 29/5/2023 của Bộ Nông nghiệp và Phát triển nông thôn.",
    source: crate::source_xa!("I.22"),
    data_source: "UBND cấp xã có ứng dụng hệ thống quản lý thông tin dữ liệu kinh tế - xã hội để thu thập, phân tích, hiển thị số liệu kinh tế - xã hội.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["socioeconomic_data_system.used"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.22: the target \"Có ứng dụng hệ thống\" (levels 4–5) is the yes/no fact `socioeconomic_data_system.used`: the People's Committee applies a socio-economic data management system to collect, analyse and display figures (method column). District row II.20 (an IOC or a centralised data-management system) is a different thing.",
    ],
    judgements: &[],
    check: |cx| cx.holds("socioeconomic_data_system.used"),
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
                "Có ứng dụng hệ thống",
                "Có ứng dụng hệ thống",
            ],
        );
        assert_flag_target(&CRITERION, "socioeconomic_data_system.used");
    }
}
