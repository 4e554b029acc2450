//! huyen.II.7: Hệ thống mạng của trụ sở UBND quận, huyện, thị xã, thành phố có kết nối mạng truyền
//! số liệu chuyên dùng phục vụ các cơ quan Đảng, Nhà nước (the office network connected to the
//! specialised data network).
//!
//! Check: `specialized_data_network.connected` is true (the network of the district People's
//! Committee office is connected to the specialised data-transmission network of Party and State
//! bodies).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.II.7",
    group: super::CHINH_QUYEN_SO,
    name: "Hệ thống mạng của trụ sở UBND quận, huyện, thị xã, thành phố có kết nối mạng truyền số liệu chuyên dùng phục vụ các cơ quan Đảng, Nhà nước",
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
    source: crate::source_huyen!("II.7"),
    data_source: "Hệ thống mạng của trụ sở UBND quận, huyện, thị xã, thành phố có kết nối mạng truyền số liệu chuyên dùng phục vụ các cơ quan Đảng, Nhà nước.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["specialized_data_network.connected"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row II.7: the target \"Có kết nối\" requires only the connection (the commune row I.15 says \"kết nối và sử dụng\", connected and used); recorded as the yes/no fact `specialized_data_network.connected`, read as \"connected\": whether the network is also used, which the commune row asks, is not part of the district target.",
    ],
    judgements: &[],
    check: |cx| cx.holds("specialized_data_network.connected"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn true_passes_where_applicable() {
        assert_targets(
            &CRITERION,
            &["*", "*", "Có kết nối", "Có kết nối", "Có kết nối"],
        );
        assert_flag_target(&CRITERION, "specialized_data_network.connected");
    }
}
