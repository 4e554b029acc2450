//! huyen.III.4: Tỷ lệ tổ chức, doanh nghiệp chấp nhận hình thức thanh toán không dùng tiền mặt cho
//! các dịch vụ thiết yếu như là tiền điện, tiền nước, các loại phí (share of organisations and
//! enterprises accepting cashless payment for essential services).
//!
//! Check: `enterprises_and_organisations.accept_cashless_essential` /
//! `enterprises_and_organisations.total` ≥ the level's percentage (organisations and enterprises
//! accepting cashless payment for essential services over enterprises and organisations).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.III.4",
    group: super::KINH_TE_SO,
    name: "Tỷ lệ tổ chức, doanh nghiệp chấp nhận hình thức thanh toán không dùng tiền mặt cho các dịch vụ thiết yếu như là tiền điện, tiền nước, các loại phí",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::Min(50.0),
        Target::Min(60.0),
        Target::Min(70.0),
        Target::Min(100.0),
    ]),
    agency: "",
    legal_basis: "Quyết định số 241/QĐ- TTg ngày 23/2/2018 của Thủ tướng Chính phủ.",
    source: crate::source_huyen!("III.4"),
    data_source: "Tỷ lệ phần trăm của số tổ chức, doanh nghiệp chấp nhận hình thức thanh toán không dùng tiền mặt cho các dịch vụ thiết yếu như là tiền điện, tiền nước, các loại phí trên tổng số các doanh nghiệp, tổ chức có hoạt động trên địa bàn huyện.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "enterprises_and_organisations.total",
        "enterprises_and_organisations.accept_cashless_essential",
    ],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row III.4: the denominator is the enterprises and organisations operating in the district (`enterprises_and_organisations.total`, as in 1829 2.4); the numerator counts those ACCEPTING cashless payment for essential services such as electricity, water and fees (`enterprises_and_organisations.accept_cashless_essential`), not 1829's `enterprises_and_organisations.cashless` (those paying cashless).",
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
    fn each_level_has_its_minimum() {
        assert_targets(&CRITERION, &["*", "50%", "60%", "70%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "enterprises_and_organisations.accept_cashless_essential",
            "enterprises_and_organisations.total",
        );
    }
}
