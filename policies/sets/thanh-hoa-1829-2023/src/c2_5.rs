//! 2.5: Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử (share of enterprises using electronic
//! contracts).
//!
//! Check: `enterprises.e_contracts` / `enterprises.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "2.5",
    group: crate::KINH_TE_SO,
    name: "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::NotAssessed),
        (2023, Target::Min(50.0)),
        (2024, Target::Min(70.0)),
        (2025, Target::Min(80.0)),
    ]),
    agency: "Sở TTTT (chủ trì), Sở LĐT&XH",
    legal_basis: "Quyết định số 411/QĐ-TTg ngày 31/3/2022; KH số 134/KH-UBND ngày 16/5/2022; Kế hoạch số 100/KH-BCĐ ngày 26/4/2023",
    source: crate::source!("2.5"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::FORM_2_5],
    facts: &["enterprises.total", "enterprises.e_contracts"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 2.5 counts enterprises (\"doanh nghiệp\") of any size, but the Mẫu 2.5 of the Công văn UBND xã Cẩm Tân 2024, titled \"Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử\", totals SMEs (\"Tổng số DNVVN\", \"Tỷ lệ DNVVN sử dụng hợp đồng điện tử\", apparently copied from Mẫu 2.6): we follow the criterion, so the denominator is all enterprises (`enterprises.total`), not `smes.total`.",
        "1829/QĐ-UBND Phụ lục 01, row 2.5: an empty population (`enterprises.total` = 0, a commune with no enterprise) is not assessed, with the reason, rather than passed or failed (the SDK's `share_at_least` does this).",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("enterprises.e_contracts", "enterprises.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::abi::GuestOutcome::*;
    use dtcheck_sdk::evaluate_native;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["*", "50%", "70%", "80%"]);
        assert_share_targets(&CRITERION, "enterprises.e_contracts", "enterprises.total");
    }

    #[test]
    fn targets_follow_the_year() {
        // 50 % passes in 2023 (target 50 %) and fails in 2024 (target 70 %).
        let facts = [Some(100.0), Some(50.0)];
        assert_eq!(evaluate_native(&CRITERION, 2023, &facts).outcome, Pass);
        assert_eq!(evaluate_native(&CRITERION, 2024, &facts).outcome, Fail);
    }
}
