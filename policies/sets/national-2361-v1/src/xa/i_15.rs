//! xa.I.15: UBND cấp xã kết nối và sử dụng mạng truyền số liệu chuyên dùng phục vụ các cơ quan
//! Đảng, Nhà nước (the People's Committee connected to and using the specialised data network of
//! Party and State bodies).
//!
//! Check: `specialized_data_network.connected` is true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.15",
    group: super::CHINH_QUYEN_SO,
    name: "UBND cấp xã kết nối và sử dụng mạng truyền số liệu chuyên dùng phục vụ các cơ quan Đảng, Nhà nước",
    unit: "Kết nối",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text("Có kết nối"),
        Target::Text("Có kết nối"),
        Target::Text("Có kết nối"),
    ]),
    agency: "",
    legal_basis: "Yêu cầu về hạ tầng mạng, đường truyền kết nối của Đề án 06.",
    source: crate::source_xa!("I.15"),
    data_source: "Hệ thống mạng của trụ sở UBND cấp xã có kết nối và sử dụng mạng truyền số liệu chuyên dùng phục vụ các cơ quan Đảng, Nhà nước.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["specialized_data_network.connected"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.15: the target \"Có kết nối\" is the yes/no fact `specialized_data_network.connected` (key of district row II.7). The commune row says \"kết nối và sử dụng\" (connected and used) where the district row says \"có kết nối\": for a commune the assessor records true only when the People's Committee network is connected to the specialised data network and uses it.",
    ],
    judgements: &[],
    check: |cx| cx.holds("specialized_data_network.connected"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(
            &CRITERION,
            &["*", "*", "Có kết nối", "Có kết nối", "Có kết nối"],
        );
        assert_flag_target(&CRITERION, "specialized_data_network.connected");
    }
}
