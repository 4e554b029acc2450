//! xa.III.1: Tỷ lệ dân số trưởng thành từ 15 tuổi trở lên có điện thoại thông minh (share of
//! residents aged 15 and over owning a smartphone).
//!
//! Check: `adults_15plus.smartphone` / `adults_15plus.total` ≥ the level's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.III.1",
    group: super::XA_HOI_SO,
    name: "Tỷ lệ dân số trưởng thành từ 15 tuổi trở lên có điện thoại thông minh",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(50.0),
        Target::Min(60.0),
        Target::Min(70.0),
        Target::Min(80.0),
        Target::Min(100.0),
    ]),
    agency: "",
    legal_basis: "Quyết định số 411/QĐ- TTg ngày 31/3/2022 của Thủ tướng Chính phủ.",
    source: crate::source_xa!("III.1"),
    data_source: "Tỷ lệ phần trăm dân số trưởng thành từ 15 tuổi trở lên có điện thoại thông minh trên tổng dân số từ 15 tuổi trở lên tại địa phương cấp xã.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["adults_15plus.total", "adults_15plus.smartphone"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row III.1 calls residents aged 15 and over \"dân số trưởng thành\": the population is `adults_15plus` (1829 3.2's), not `adults_18plus` (1829's dân số trưởng thành, 18 and over, used by 1829 3.4 for smartphones); the numerator `adults_15plus.smartphone` is new, so 2361 III.1 and 1829 3.4 are not comparable.",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("adults_15plus.smartphone", "adults_15plus.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["50%", "60%", "70%", "80%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "adults_15plus.smartphone",
            "adults_15plus.total",
        );
    }
}
