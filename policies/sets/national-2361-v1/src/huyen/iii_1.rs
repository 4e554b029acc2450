//! huyen.III.1: Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số phục vụ sản xuất, kinh doanh
//! (share of small and medium-sized enterprises using digital platforms).
//!
//! Check: `smes.digital_platforms` / `smes.total` ≥ the level's percentage (SMEs using digital
//! platforms over SMEs).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.III.1",
    group: super::KINH_TE_SO,
    name: "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số phục vụ sản xuất, kinh doanh",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(30.0),
        Target::Min(50.0),
        Target::Min(70.0),
        Target::Min(80.0),
        Target::Min(90.0),
    ]),
    agency: "",
    legal_basis: "Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ.",
    source: crate::source_huyen!("III.1"),
    data_source: "Tỷ lệ phần trăm của số doanh nghiệp nhỏ và vừa có sử dụng nền tảng số phục vụ sản xuất, kinh doanh trên tổng số doanh nghiệp nhỏ và vừa trên địa bàn huyện.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["smes.total", "smes.digital_platforms"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row III.1: the population is small and medium-sized enterprises in the district (`smes.total`), not all enterprises; `smes.digital_platforms` (SMEs using digital platforms for production and business) is reused from 1829 2.6, the same population and measured thing.",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("smes.digital_platforms", "smes.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_has_its_minimum() {
        assert_targets(&CRITERION, &["30%", "50%", "70%", "80%", "90%"]);
        assert_share_targets(&CRITERION, "smes.digital_platforms", "smes.total");
    }
}
