//! 2.5: Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử (share of enterprises using electronic
//! contracts).
//!
//! Source: 1829/QĐ-UBND, Phụ lục 01, row 2.5. Unit: "%" (a minimum share). Targets: 2022 `*`
//! (not assessed), 2023 50 %, 2024 70 %, 2025 80 %.
//! Agency: Sở TTTT (chủ trì), Sở LĐT&XH. Legal basis: Quyết định số 411/QĐ-TTg ngày 31/3/2022;
//! KH số 134/KH-UBND ngày 16/5/2022; Kế hoạch số 100/KH-BCĐ ngày 26/4/2023.
//! Evidence (001, Chỉ tiêu 2.5): Danh sách các doanh nghiệp trên địa bàn có sử dụng hợp đồng
//! điện tử (Mẫu số 2.5).
//! Check: `enterprises.e_contracts` / `enterprises.total` ≥ the year's minimum.
//!
//! **Notes**
//! - 000 row 2.5 counts enterprises ("doanh nghiệp") of any size, but 001's Mẫu 2.5, titled "Tỷ
//!   lệ doanh nghiệp sử dụng hợp đồng điện tử", totals SMEs ("Tổng số DNVVN", "Tỷ lệ DNVVN sử
//!   dụng hợp đồng điện tử", apparently copied from Mẫu 2.6): we follow the criterion, so the
//!   denominator is all enterprises (`enterprises.total`), not `smes.total`.
//! - 000 row 2.5: an empty population (`enterprises.total` = 0, a commune with no enterprise)
//!   is not assessed, with the reason, rather than passed or failed (the SDK's `share_at_least`
//!   does this).
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
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::FORM_2_5],
    facts: &["enterprises.total", "enterprises.e_contracts"],
    notes: &[
        "000 row 2.5 counts enterprises (\"doanh nghiệp\") of any size, but 001's Mẫu 2.5, titled \"Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử\", totals SMEs (\"Tổng số DNVVN\", \"Tỷ lệ DNVVN sử dụng hợp đồng điện tử\", apparently copied from Mẫu 2.6): we follow the criterion, so the denominator is all enterprises (`enterprises.total`), not `smes.total`.",
        "000 row 2.5: an empty population (`enterprises.total` = 0, a commune with no enterprise) is not assessed, with the reason, rather than passed or failed (the SDK's `share_at_least` does this).",
    ],
    check: |cx| cx.share_at_least("enterprises.e_contracts", "enterprises.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::abi::GuestOutcome::*;
    use dtcheck_sdk::evaluate_native;

    #[test]
    fn targets_follow_the_year() {
        // 50 % passes in 2023 (target 50 %) and fails in 2024 (target 70 %).
        let facts = [Some(100.0), Some(50.0)];
        assert_eq!(evaluate_native(&CRITERION, 2023, &facts).outcome, Pass);
        assert_eq!(evaluate_native(&CRITERION, 2024, &facts).outcome, Fail);
    }

    #[test]
    fn every_year_exactly_at_the_target_passes_and_just_below_fails() {
        // (year, target %): out of 200, 2 × target passes and one fewer fails.
        for (year, min) in [(2023, 50.0), (2024, 70.0), (2025, 80.0)] {
            let at = evaluate_native(&CRITERION, year, &[Some(200.0), Some(2.0 * min)]);
            let below = [Some(200.0), Some(2.0 * min - 1.0)];
            let below = evaluate_native(&CRITERION, year, &below);
            assert_eq!(at.outcome, Pass, "{year}: {}", at.reason);
            assert_eq!(below.outcome, Fail, "{year}: {}", below.reason);
        }
    }

    #[test]
    fn an_empty_population_is_not_assessed() {
        let out = evaluate_native(&CRITERION, 2023, &[Some(0.0), Some(0.0)]);
        assert_eq!(out.outcome, NotAssessed);
        assert!(out.reason.contains("is 0"), "{}", out.reason);
    }

    #[test]
    fn star_years_are_not_assessed() {
        let year = 2022;
        assert_eq!(
            evaluate_native(&CRITERION, year, &[Some(100.0), Some(100.0)]).outcome,
            NotAssessed
        );
    }
}
