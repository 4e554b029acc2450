//! III.5: Tỷ lệ thanh toán trực tuyến hồ sơ thủ tục hành chính trên tổng số giao dịch thanh toán
//! của dịch vụ công (share of the payment transactions of public services paid online).
//!
//! Check: `public_service_payments.online` / `public_service_payments.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "III.5",
    group: crate::CHINH_QUYEN_SO,
    name: "Tỷ lệ thanh toán trực tuyến hồ sơ thủ tục hành chính trên tổng số giao dịch thanh toán của dịch vụ công.",
    unit: "%",
    targets: Targets::ByYear(&[(2024, Target::Min(45.0)), (2025, Target::Min(50.0))]),
    agency: "Trung tâm Phục vụ HCC tỉnh",
    legal_basis: "Nghị quyết số 02/NQ-CP ngày 05/01/2024",
    source: crate::source!("III.5"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "public_service_payments.total",
        "public_service_payments.online",
    ],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row III.5 is the share of the public services' payment transactions paid online (\"thanh toán trực tuyến hồ sơ thủ tục hành chính trên tổng số giao dịch thanh toán của dịch vụ công\"): `public_service_payments.online` / `public_service_payments.total`, counted in transactions, not dossiers.",
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row III.5: a district with no payment transaction (`public_service_payments.total` = 0) is not assessed, with the reason (the SDK's `share_at_least` does this).",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "public_service_payments.online",
            "public_service_payments.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["45%", "50%"]);
        assert_share_targets(
            &CRITERION,
            "public_service_payments.online",
            "public_service_payments.total",
        );
    }
}
