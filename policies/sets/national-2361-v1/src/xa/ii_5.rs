//! xa.II.5: Tỷ lệ tổ chức, doanh nghiệp chấp nhận hình thức thanh toán không dùng tiền mặt cho các
//! dịch vụ thiết yếu như là tiền điện, tiền nước, các loại phí (share of organisations and
//! enterprises accepting cashless payment for essential services (electricity, water, fees)).
//!
//! Check: `enterprises_and_organisations.accept_cashless_essential` /
//! `enterprises_and_organisations.total` ≥ the level's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.II.5",
    group: super::KINH_TE_SO,
    name: "Tỷ lệ tổ chức, doanh nghiệp chấp nhận hình thức thanh toán không dùng tiền mặt cho các dịch vụ thiết yếu như là tiền điện, tiền nước, các loại phí",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Min(50.0),
        Target::Min(70.0),
        Target::Min(100.0),
    ]),
    agency: "",
    legal_basis: "Quyết định số 241/QĐ- TTg ngày 23/2/2018 của Thủ tướng Chính phủ.",
    source: crate::source_xa!("II.5"),
    data_source: "Tỷ lệ phần trăm của số các tổ chức, doanh nghiệp chấp nhận hình thức thanh toán không dùng tiền mặt cho các dịch vụ thiết yếu như là tiền điện, tiền nước, các loại phí trên tổng số các doanh nghiệp, tổ chức có hoạt động trên địa bàn xã.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &[
        "enterprises_and_organisations.total",
        "enterprises_and_organisations.accept_cashless_essential",
    ],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row II.5: numerator `enterprises_and_organisations.accept_cashless_essential` (organisations and enterprises ACCEPTING cashless payment for essential services such as electricity, water and fees; key of district row III.4), not 1829 2.4's `enterprises_and_organisations.cashless` (those paying through electronic channels). Denominator `enterprises_and_organisations.total`, 1829 2.4's population (enterprises and organisations of the commune; 2361: \"có hoạt động trên địa bàn xã\").",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "enterprises_and_organisations.accept_cashless_essential",
            "enterprises_and_organisations.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["*", "*", "50%", "70%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "enterprises_and_organisations.accept_cashless_essential",
            "enterprises_and_organisations.total",
        );
    }
}
