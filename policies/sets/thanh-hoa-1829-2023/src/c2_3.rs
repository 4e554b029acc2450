//! 2.3: Hướng dẫn, hỗ trợ doanh nghiệp, hợp tác xã, hộ kinh doanh, sản xuất có sản phẩm OCOP, sản
//! phẩm có lợi thế được đưa lên sàn thương mại điện tử postmart.vn, voso.vn và các sàn thương mại
//! điện tử khác. (share of producers of OCOP or advantage products helped onto e-commerce
//! platforms).
//!
//! Check: `ocop_producers.on_ecommerce` / `ocop_producers.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "2.3",
    group: crate::KINH_TE_SO,
    name: "Hướng dẫn, hỗ trợ doanh nghiệp, hợp tác xã, hộ kinh doanh, sản xuất có sản phẩm OCOP, sản phẩm có lợi thế được đưa lên sàn thương mại điện tử postmart.vn, voso.vn và các sàn thương mại điện tử khác.",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::Min(100.0)),
        (2023, Target::Min(100.0)),
        (2024, Target::Min(100.0)),
        (2025, Target::Min(100.0)),
    ]),
    agency: "Sở Công thương (chủ trì), Sở TTTT",
    legal_basis: "KH số 157/KH-UBND ngày 10/6/2022; KH số 195/KH-UBND ngày 27/8/2021",
    source: crate::source!("2.3"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::SCT_1615_FORMS],
    facts: &["ocop_producers.total", "ocop_producers.on_ecommerce"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 2.3 is worded as an activity (\"Hướng dẫn, hỗ trợ ...\") but its unit is %: evaluated as the share of enterprises, cooperatives and business/production households with OCOP or advantage products that are on an e-commerce platform (postmart.vn, voso.vn or another).",
        "1829/QĐ-UBND Phụ lục 01, row 2.3: an empty population (`ocop_producers.total` = 0, a commune with no producer of OCOP or advantage products) is not assessed, with the reason, rather than passed or failed (the SDK's `share_at_least` does this).",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("ocop_producers.on_ecommerce", "ocop_producers.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["100%", "100%", "100%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "ocop_producers.on_ecommerce",
            "ocop_producers.total",
        );
    }
}
