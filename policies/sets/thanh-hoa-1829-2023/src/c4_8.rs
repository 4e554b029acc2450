//! 4.8: Điểm cung cấp dịch vụ bưu chính, viễn thông tại xã (nếu có) trở thành điểm tư vấn, hỗ trợ,
//! triển khai các dịch vụ chuyển đổi số (the postal/telecom service point in the commune, if any,
//! serves as a digital-transformation advisory and support point).
//!
//! Check: not assessed when `post_points.exists` is false, else `post_points.digital_support` is
//! true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "4.8",
    group: crate::HA_TANG_SO,
    name: "Điểm cung cấp dịch vụ bưu chính, viễn thông tại xã (nếu có) trở thành điểm tư vấn, hỗ trợ, triển khai các dịch vụ chuyển đổi số",
    unit: "Điểm",
    targets: Targets::ByYear(&[
        (2022, Target::Text("Có")),
        (2023, Target::NotAssessed),
        (2024, Target::NotAssessed),
        (2025, Target::NotAssessed),
    ]),
    agency: "Sở TTTT",
    legal_basis: "",
    source: crate::source!("4.8"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["post_points.exists", "post_points.digital_support"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 4.8 applies only \"nếu có\" (if the commune has a postal or telecom service point): with `post_points.exists` = false the criterion is not assessed, with the reason, instead of failing; otherwise `post_points.digital_support` must be true. It is assessed in 2022 only (`*` for 2023–2025).",
        "1829/QĐ-UBND Phụ lục 01, row 4.8: Công văn UBND xã Cẩm Tân giao thực hiện Chỉ tiêu chuyển đổi số 2024 (Chỉ tiêu 4.8) lists no evidence documents, so none is required.",
    ],
    judgements: &[],
    check,
};

/// "nếu có": without a postal/telecom service point in the commune there is nothing to
/// assess; with one, it must serve as a digital-transformation support point.
fn check(cx: &Cx<'_>) -> Result<Eval, Missing> {
    if !cx.flag("post_points.exists")? {
        return Ok(cx.if_any(vec![cx.fact("post_points.exists", 0.0)]));
    }
    cx.holds("post_points.digital_support")
}

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::abi::GuestOutcome::*;
    use dtcheck_sdk::testing::{assert_star_years_not_assessed, assert_targets, evaluate_flags};

    /// `[post_points.exists, post_points.digital_support]` in 2022, the one assessed year.
    fn in_2022(flags: [Option<bool>; 2]) -> dtcheck_sdk::EvalOutput {
        evaluate_flags(&CRITERION, 2022, &flags)
    }

    #[test]
    fn without_a_service_point_it_is_not_assessed() {
        let out = in_2022([Some(false), None]);
        assert_eq!(out.outcome, NotAssessed);
        assert!(
            matches!(out.reason, dtcheck_sdk::abi::Reason::IfAny { .. }),
            "{:?}",
            out.reason
        );
        assert_eq!(in_2022([Some(false), Some(false)]).outcome, NotAssessed);
    }

    #[test]
    fn with_a_service_point_it_must_support_digital_transformation() {
        assert_eq!(in_2022([Some(true), Some(true)]).outcome, Pass);
        assert_eq!(in_2022([Some(true), Some(false)]).outcome, Fail);
        assert_eq!(in_2022([Some(true), None]).missing, [1]);
        assert_eq!(in_2022([None, None]).missing, [0]);
    }

    #[test]
    fn only_2022_is_assessed() {
        assert_targets(&CRITERION, &["Có", "*", "*", "*"]);
        assert_star_years_not_assessed(&CRITERION);
    }
}
