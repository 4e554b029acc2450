//! xa.II.1: Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số phục vụ sản xuất, kinh doanh (share
//! of small and medium-sized enterprises using digital platforms for production and business).
//!
//! Check: `smes.digital_platforms` / `smes.total` ≥ the level's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.II.1",
    group: super::KINH_TE_SO,
    name: "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số phục vụ sản xuất, kinh doanh",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(20.0),
        Target::Min(30.0),
        Target::Min(40.0),
        Target::Min(50.0),
        Target::Min(70.0),
    ]),
    agency: "",
    legal_basis: "Quyết định số 411/QĐ- TTg ngày 31/3/2022 của Thủ tướng Chính phủ.",
    source: crate::source_xa!("II.1"),
    data_source: "Tỷ lệ phần trăm số doanh nghiệp nhỏ và vừa có sử dụng nền tảng số phục vụ sản xuất, kinh doanh trên tổng số doanh nghiệp nhỏ và vừa trên địa bàn xã.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["smes.total", "smes.digital_platforms"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row II.1 reuses 1829 2.6's keys: the commune's small and medium-sized enterprises (`smes.total`) and those using digital platforms (`smes.digital_platforms`). 2361 adds \"phục vụ sản xuất, kinh doanh\" (for production and business), which is what 1829 2.6 measures too (both cite Quyết định 411/QĐ-TTg).",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("smes.digital_platforms", "smes.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["20%", "30%", "40%", "50%", "70%"]);
        assert_share_targets(&CRITERION, "smes.digital_platforms", "smes.total");
    }
}
