//! IV.2: Tỷ lệ các sản phẩm chủ lực, đặc trưng, sản phẩm OCOP của địa phương được đưa lên sàn
//! thương mại điện tử (bao gồm trang thông tin điện tử, mạng xã hội có chức năng sàn giao dịch
//! thương mại điện tử) (share of the locality's key, characteristic and OCOP products put on
//! e-commerce platforms).
//!
//! Check: `key_products.on_ecommerce` / `key_products.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "IV.2",
    group: crate::KINH_TE_SO,
    name: "Tỷ lệ các sản phẩm chủ lực, đặc trưng, sản phẩm OCOP của địa phương được đưa lên sàn thương mại điện tử (bao gồm trang thông tin điện tử, mạng xã hội có chức năng sàn giao dịch thương mại điện tử).",
    unit: "%",
    targets: Targets::ByYear(&[(2024, Target::Min(100.0)), (2025, Target::Min(100.0))]),
    agency: "Sở Nông nghiệp và Phát triển nông thôn",
    legal_basis: "Kế hoạch số 157/KH-UBND ngày 10/6/2022, số 195/KH-UBND ngày 27/8/2021",
    source: crate::source!("IV.2"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["key_products.total", "key_products.on_ecommerce"],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row IV.2 is broken across a page break: its name, agency (\"Sở Nông nghiệp\" / \"và Phát triển nông thôn\") and legal basis (\"Kế hoạch số 157/KH-\" / \"UBND ngày 10/6/2022, ...\") continue after the repeated table header; the pieces are joined with a single space, except the plan number \"157/KH-UBND\", joined without one.",
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row IV.2 measures the concept of 2361 district III.5 (key, characteristic and OCOP products put on e-commerce platforms): `key_products.*` is reused; the row's parenthesis (web portals and social networks with an e-commerce trading function) says what counts as a platform. Not 1829 2.2's `local_products.*` (advantage products promoted on the internet).",
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row IV.2: a district with none of these products (`key_products.total` = 0) is not assessed, with the reason (the SDK's `share_at_least` does this).",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("key_products.on_ecommerce", "key_products.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["100%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "key_products.on_ecommerce",
            "key_products.total",
        );
    }
}
