//! huyen.III.5: Tỷ lệ các sản phẩm chủ lực, đặc trưng, sản phẩm OCOP (nếu có) của địa phương được
//! đưa lên sàn thương mại điện tử (share of key, characteristic and OCOP products on e-commerce
//! platforms).
//!
//! Check: `key_products.on_ecommerce` / `key_products.total` ≥ the level's percentage (products on
//! e-commerce platforms over key, characteristic and OCOP products).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.III.5",
    group: super::KINH_TE_SO,
    name: "Tỷ lệ các sản phẩm chủ lực, đặc trưng, sản phẩm OCOP (nếu có) của địa phương được đưa lên sàn thương mại điện tử",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(60.0),
        Target::Min(70.0),
        Target::Min(80.0),
        Target::Min(90.0),
        Target::Min(100.0),
    ]),
    agency: "",
    legal_basis: "Công văn số 3445/BNN-VPĐP ngày 29/5/2023 của Bộ Nông nghiệp và Phát triển nông thôn.",
    source: crate::source_huyen!("III.5"),
    data_source: "Tỷ lệ phần trăm của số sản phẩm chủ lực, đặc trưng, sản phẩm OCOP (nếu có) được đưa lên sàn thương mại điện tử trên tổng số sản phẩm chủ lực, đặc trưng, OCOP của địa phương cấp huyện.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["key_products.total", "key_products.on_ecommerce"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row III.5: the population is the district's key (chủ lực) and characteristic (đặc trưng) products and OCOP products \"(nếu có)\" (`key_products.total`; not 1829's `local_products.*`, advantage products and services). A district with none (`key_products.total` = 0) is not assessed.",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("key_products.on_ecommerce", "key_products.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_has_its_minimum() {
        assert_targets(&CRITERION, &["60%", "70%", "80%", "90%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "key_products.on_ecommerce",
            "key_products.total",
        );
    }
}
