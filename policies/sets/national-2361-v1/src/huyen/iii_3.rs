//! huyen.III.3: Tỷ lệ hộ kinh doanh cá thể, hợp tác xã sử dụng nền tảng số phục vụ sản xuất, kinh
//! doanh (share of individual business households and cooperatives using digital platforms).
//!
//! Check: `business_households_and_cooperatives.digital_platforms` /
//! `business_households_and_cooperatives.total` ≥ the level's percentage (business households and
//! cooperatives using digital platforms over business households and cooperatives).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.III.3",
    group: super::KINH_TE_SO,
    name: "Tỷ lệ hộ kinh doanh cá thể, hợp tác xã sử dụng nền tảng số phục vụ sản xuất, kinh doanh",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(10.0),
        Target::Min(20.0),
        Target::Min(30.0),
        Target::Min(40.0),
        Target::Min(50.0),
    ]),
    agency: "",
    legal_basis: "Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ.",
    source: crate::source_huyen!("III.3"),
    data_source: "Tỷ lệ phần trăm của số hộ kinh doanh cá thể, hợp tác xã sử dụng nền tảng số phục vụ sản xuất, kinh doanh trên tổng số hộ kinh doanh cá thể, hợp tác xã trên địa bàn huyện.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "business_households_and_cooperatives.total",
        "business_households_and_cooperatives.digital_platforms",
    ],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row III.3: the population is individual business households and cooperatives (hộ kinh doanh cá thể, hợp tác xã) in the district (`business_households_and_cooperatives.total`), a population of its own (not SMEs, not enterprises).",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "business_households_and_cooperatives.digital_platforms",
            "business_households_and_cooperatives.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_has_its_minimum() {
        assert_targets(&CRITERION, &["10%", "20%", "30%", "40%", "50%"]);
        assert_share_targets(
            &CRITERION,
            "business_households_and_cooperatives.digital_platforms",
            "business_households_and_cooperatives.total",
        );
    }
}
