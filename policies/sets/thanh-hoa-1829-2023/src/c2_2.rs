//! 2.2: Các sản phẩm, dịch vụ có lợi thế của xã, sản phẩm OCOP được quảng bá, giới thiệu trên mạng
//! internet (trang thông tin điện tử, mạng xã hội,...) (share of the commune's advantage products
//! and services and OCOP products promoted online).
//!
//! Check: `local_products.promoted_online` / `local_products.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "2.2",
    group: crate::KINH_TE_SO,
    name: "Các sản phẩm, dịch vụ có lợi thế của xã, sản phẩm OCOP được quảng bá, giới thiệu trên mạng internet (trang thông tin điện tử, mạng xã hội,...)",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::Min(100.0)),
        (2023, Target::Min(100.0)),
        (2024, Target::Min(100.0)),
        (2025, Target::Min(100.0)),
    ]),
    agency: "Sở NN&PTNT (chủ trì), Sở Công thương",
    legal_basis: "KH số 195/KH-UBND ngày 27/8/2021",
    source: crate::source!("2.2"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::SNN_2848_FORMS],
    facts: &["local_products.total", "local_products.promoted_online"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 2.2: an empty population (`local_products.total` = 0, a commune with no advantage or OCOP product) is not assessed, with the reason, rather than passed or failed (the SDK's `share_at_least` does this).",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("local_products.promoted_online", "local_products.total"),
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
            "local_products.promoted_online",
            "local_products.total",
        );
    }
}
