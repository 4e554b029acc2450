//! xa.II.3: Có sản phẩm chủ lực, đặc trưng hoặc sản phẩm OCOP (nếu có) của địa phương được đưa lên
//! sàn thương mại điện tử (the commune's key, characteristic or OCOP products on e-commerce
//! platforms).
//!
//! Check: not assessed when `key_products.total` = 0 ("nếu có"), else `key_products.on_ecommerce` ≥
//! 1.
use dtcheck_sdk::abi::Inconsistency;
use dtcheck_sdk::prelude::*;

const TOTAL: &str = "key_products.total";
const ON_ECOMMERCE: &str = "key_products.on_ecommerce";

pub const CRITERION: Criterion = Criterion {
    id: "xa.II.3",
    group: super::KINH_TE_SO,
    name: "Có sản phẩm chủ lực, đặc trưng hoặc sản phẩm OCOP (nếu có) của địa phương được đưa lên sàn thương mại điện tử",
    unit: "Sản phẩm",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::Text("Có sản phẩm"),
        Target::Text("Có sản phẩm"),
        Target::Text("Có sản phẩm"),
        Target::Text("Có sản phẩm"),
    ]),
    agency: "",
    legal_basis: "Công văn số 3445/BNN- VPĐP ngày 29/5/2023 của Bộ Nông nghiệp và Phát triển nông thôn.",
    source: crate::source_xa!("II.3"),
    data_source: "Địa phương cấp xã có sản phẩm chủ lực, đặc trưng, sản phẩm OCOP (nếu có) được đưa lên sàn thương mại điện tử.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &[TOTAL, ON_ECOMMERCE],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row II.3: the target \"Có sản phẩm\" (levels 2–5) is a count in disguise: at least one of the commune's key, characteristic or OCOP products is on an e-commerce platform (`key_products.on_ecommerce` ≥ 1; the keys of district row III.5, a share there). Not 1829 2.2/2.3 (`local_products.*`: products promoted online; `ocop_producers.*`: producers, not products).",
        "2361/QĐ-BTTTT Phụ lục I, row II.3 says \"(nếu có)\" (if any): a commune with no key, characteristic or OCOP product at all (`key_products.total` = 0) is not assessed, with the reason, rather than failed, as an empty population is for the district's share in row III.5.",
    ],
    judgements: &[],
    check,
};

/// "Có sản phẩm": at least one key, characteristic or OCOP product on an e-commerce
/// platform; "(nếu có)": a commune without any such product has nothing to assess.
fn check(cx: &Cx<'_>) -> Result<Eval, Missing> {
    let [total, listed] = cx.numbers([TOTAL, ON_ECOMMERCE])?;
    let facts = || vec![cx.fact(ON_ECOMMERCE, listed), cx.fact(TOTAL, total)];
    if total < 0.0 || listed < 0.0 {
        return Ok(Eval::inconsistent(Inconsistency::Negative, facts()));
    }
    if listed > total {
        return Ok(Eval::inconsistent(Inconsistency::Exceeds, facts()));
    }
    if total == 0.0 {
        return Ok(cx.if_any(vec![cx.fact(TOTAL, total)]));
    }
    cx.count_at_least(ON_ECOMMERCE, 1.0)
}

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use crate::xa::test_support::eval_counts;
    use dtcheck_sdk::abi::GuestOutcome::*;
    use dtcheck_sdk::testing::{assert_star_years_not_assessed, assert_targets};

    #[test]
    fn targets_as_written() {
        let has = "Có sản phẩm";
        assert_targets(&CRITERION, &["*", has, has, has, has]);
        assert_star_years_not_assessed(&CRITERION);
    }

    #[test]
    fn one_product_on_ecommerce_is_enough() {
        for level in 2..=5 {
            let one = eval_counts(&CRITERION, level, &[Some(5.0), Some(1.0)]);
            assert_eq!(one.outcome, Pass, "{:?}", one.reason);
            let none = eval_counts(&CRITERION, level, &[Some(5.0), Some(0.0)]);
            assert_eq!(none.outcome, Fail, "{:?}", none.reason);
        }
    }

    #[test]
    fn without_products_it_is_not_assessed() {
        let out = eval_counts(&CRITERION, 3, &[Some(0.0), Some(0.0)]);
        assert_eq!(out.outcome, NotAssessed);
        assert!(
            matches!(out.reason, dtcheck_sdk::abi::Reason::IfAny { .. }),
            "{:?}",
            out.reason
        );
    }

    #[test]
    fn inconsistent_and_missing_data_are_reported() {
        assert_eq!(
            eval_counts(&CRITERION, 3, &[Some(5.0), Some(6.0)]).outcome,
            Error
        );
        let out = eval_counts(&CRITERION, 3, &[None, Some(1.0)]);
        assert_eq!(out.outcome, MissingData);
        assert_eq!(out.missing, [0]);
        let out = eval_counts(&CRITERION, 3, &[Some(5.0), None]);
        assert_eq!(out.missing, [1]);
    }
}
