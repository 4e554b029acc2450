//! huyen.II.16: Tỷ lệ điểm phục vụ bưu chính có khả năng phục vụ người dân sử dụng dịch vụ công
//! trực tuyến (share of postal service points able to serve online public services).
//!
//! Check: `postal_points.online_public_services_ready` / `postal_points.total` ≥ the level's
//! percentage (postal points able to serve online public services over postal points of the public
//! postal network).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.II.16",
    group: super::CHINH_QUYEN_SO,
    name: "Tỷ lệ điểm phục vụ bưu chính có khả năng phục vụ người dân sử dụng dịch vụ công trực tuyến",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::Min(50.0),
        Target::Min(60.0),
        Target::Min(70.0),
        Target::Min(80.0),
    ]),
    agency: "",
    legal_basis: "Quyết định số 654/QĐ-TTg ngày 30/5/2022 của Thủ tướng Chính phủ.",
    source: crate::source_huyen!("II.16"),
    data_source: "Tỷ lệ phần trăm của số điểm phục bưu chính có khả năng phục vụ người dân sử dụng dịch vụ công trực tuyến trên tổng số điểm phục vụ bưu chính thuộc mạng bưu chính công cộng trên địa bàn huyện.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "postal_points.total",
        "postal_points.online_public_services_ready",
    ],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row II.16: the method column's \"số điểm phục bưu chính\" (sic, \"phục vụ\" is missing a word) is kept verbatim; the population is the service points of the public postal network in the district (`postal_points.total`).",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "postal_points.online_public_services_ready",
            "postal_points.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_has_its_minimum() {
        assert_targets(&CRITERION, &["*", "50%", "60%", "70%", "80%"]);
        assert_share_targets(
            &CRITERION,
            "postal_points.online_public_services_ready",
            "postal_points.total",
        );
    }
}
