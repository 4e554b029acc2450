//! 3.3: Tỷ lệ thuê bao điện thoại di động thông minh có sử dụng phần mềm an toàn thông tin mạng
//! cơ bản (share of smartphone subscribers using basic cyber-security software).
//!
//! Source: 1829/QĐ-UBND, Phụ lục 01, row 3.3. Unit: "%" (a minimum share). Targets: 2022 `*`
//! (not assessed), 2023 55 %, 2024 65 %, 2025 75 %.
//! Agency: Sở TTTT. Legal basis: Quyết định số 411/QĐ-TTg ngày 31/3/2022; KH số 134/KH-UBND
//! ngày 16/5/2022; Kế hoạch số 100/KH-BCĐ ngày 26/4/2023..
//! Evidence (001, Chỉ tiêu 3.3): Danh sách dân số trưởng thành: điện thoại thông minh, phần mềm
//! ATTT, chữ ký số, dịch vụ công trực tuyến (Mẫu số 3.3).
//! Check: `smartphone_subscribers.security_app` / `smartphone_subscribers.total` ≥ the year's
//! minimum.
//!
//! **Notes**
//! - 000 row 3.3's population is smartphone subscribers ("thuê bao"), but Mẫu 3.3 (001) lists
//!   adult residents: `smartphone_subscribers.total` is the number of Mẫu 3.3 rows with a
//!   smartphone (one row per subscriber), not the operators' count of subscriptions.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "3.3",
    group: crate::XA_HOI_SO,
    name: "Tỷ lệ thuê bao điện thoại di động thông minh có sử dụng phần mềm an toàn thông tin mạng cơ bản",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::NotAssessed),
        (2023, Target::Min(55.0)),
        (2024, Target::Min(65.0)),
        (2025, Target::Min(75.0)),
    ]),
    agency: "Sở TTTT",
    legal_basis: "Quyết định số 411/QĐ-TTg ngày 31/3/2022; KH số 134/KH-UBND ngày 16/5/2022; Kế hoạch số 100/KH-BCĐ ngày 26/4/2023.",
    source: crate::source!("3.3"),
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::FORM_3_3],
    facts: &[
        "smartphone_subscribers.total",
        "smartphone_subscribers.security_app",
    ],
    notes: &[
        "000 row 3.3's population is smartphone subscribers (\"thuê bao\"), but Mẫu 3.3 (001) lists adult residents: `smartphone_subscribers.total` is the number of Mẫu 3.3 rows with a smartphone (one row per subscriber), not the operators' count of subscriptions.",
    ],
    check: |cx| {
        cx.share_at_least(
            "smartphone_subscribers.security_app",
            "smartphone_subscribers.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::abi::GuestOutcome::*;
    use dtcheck_sdk::evaluate_native;

    #[test]
    fn targets_follow_the_year() {
        // 55 % passes in 2023 (target 55 %) and fails in 2024 (target 65 %).
        let facts = [Some(100.0), Some(55.0)];
        assert_eq!(evaluate_native(&CRITERION, 2023, &facts).outcome, Pass);
        assert_eq!(evaluate_native(&CRITERION, 2024, &facts).outcome, Fail);
    }

    #[test]
    fn every_year_exactly_at_the_target_passes_and_just_below_fails() {
        // (year, target %): out of 200, 2 × target passes and one fewer fails.
        for (year, min) in [(2023, 55.0), (2024, 65.0), (2025, 75.0)] {
            let at = evaluate_native(&CRITERION, year, &[Some(200.0), Some(2.0 * min)]);
            let below = [Some(200.0), Some(2.0 * min - 1.0)];
            let below = evaluate_native(&CRITERION, year, &below);
            assert_eq!(at.outcome, Pass, "{year}: {}", at.reason);
            assert_eq!(below.outcome, Fail, "{year}: {}", below.reason);
        }
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
