//! huyen.III.2: Tỷ lệ doanh nghiệp, hợp tác xã sử dụng hợp đồng điện tử (share of enterprises and
//! cooperatives using electronic contracts).
//!
//! Check: `enterprises_and_cooperatives.e_contracts` / `enterprises_and_cooperatives.total` ≥ the
//! level's percentage (enterprises and cooperatives using e-contracts over enterprises and
//! cooperatives).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.III.2",
    group: super::KINH_TE_SO,
    name: "Tỷ lệ doanh nghiệp, hợp tác xã sử dụng hợp đồng điện tử",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(20.0),
        Target::Min(40.0),
        Target::Min(60.0),
        Target::Min(70.0),
        Target::Min(80.0),
    ]),
    agency: "",
    legal_basis: "Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ.",
    source: crate::source_huyen!("III.2"),
    data_source: "Tỷ lệ phần trăm của số doanh nghiệp, hợp tác xã có sử dụng hợp đồng điện tử trên tổng số doanh nghiệp, hợp tác xã trên địa bàn huyện.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "enterprises_and_cooperatives.total",
        "enterprises_and_cooperatives.e_contracts",
    ],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row III.2: the population is enterprises AND cooperatives in the district (`enterprises_and_cooperatives.total`), not `enterprises.total` (1829 2.5, enterprises only); numerator `enterprises_and_cooperatives.e_contracts`.",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "enterprises_and_cooperatives.e_contracts",
            "enterprises_and_cooperatives.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_has_its_minimum() {
        assert_targets(&CRITERION, &["20%", "40%", "60%", "70%", "80%"]);
        assert_share_targets(
            &CRITERION,
            "enterprises_and_cooperatives.e_contracts",
            "enterprises_and_cooperatives.total",
        );
    }
}
