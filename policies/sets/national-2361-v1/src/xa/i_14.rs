//! xa.I.14: Điểm phục vụ bưu chính có khả năng phục vụ người dân sử dụng dịch vụ công trực tuyến (a
//! postal service point able to serve residents using online public services).
//!
//! Check: `postal_points.online_public_services_ready` ≥ 1.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.14",
    group: super::CHINH_QUYEN_SO,
    name: "Điểm phục vụ bưu chính có khả năng phục vụ người dân sử dụng dịch vụ công trực tuyến",
    unit: "Điểm phục vụ",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::Text("Có điểm phục vụ"),
        Target::Text("Có điểm phục vụ"),
        Target::Text("Có điểm phục vụ"),
        Target::Text("Có điểm phục vụ"),
    ]),
    agency: "",
    legal_basis: "Quyết định số 654/QĐ- TTg ngày 30/5/2022 của Thủ tướng Chính phủ.",
    source: crate::source_xa!("I.14"),
    data_source: "Điểm phục vụ bưu chính tại xã có ít nhất 01 máy tính được kết nối Internet và sẵn sàng phục vụ người dân sử dụng dịch vụ công trực tuyến.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["postal_points.online_public_services_ready"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.14: the target \"Có điểm phục vụ\" (levels 2–5) is a count in disguise: at least one postal service point in the commune with at least one Internet-connected computer ready to serve residents using online public services (`postal_points.online_public_services_ready` ≥ 1, the key of district row II.16). Not 1829 4.8's `post_points.*` (a digital-transformation advisory point, \"nếu có\"): 2361 has no \"nếu có\" here, so a commune without such a point fails.",
    ],
    judgements: &[],
    check: |cx| cx.count_at_least("postal_points.online_public_services_ready", 1.0),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_count_target, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(
            &CRITERION,
            &[
                "*",
                "Có điểm phục vụ",
                "Có điểm phục vụ",
                "Có điểm phục vụ",
                "Có điểm phục vụ",
            ],
        );
        assert_count_target(
            &CRITERION,
            "postal_points.online_public_services_ready",
            1.0,
        );
    }
}
