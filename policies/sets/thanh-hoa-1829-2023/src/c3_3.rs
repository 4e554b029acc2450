//! 3.3: Tỷ lệ thuê bao điện thoại di động thông minh có sử dụng phần mềm an toàn thông tin mạng cơ
//! bản (share of smartphone subscribers using basic cyber-security software).
//!
//! Check: `smartphone_subscribers.security_app` / `smartphone_subscribers.total` ≥ the year's
//! minimum.
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
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::FORM_3_3],
    facts: &[
        "smartphone_subscribers.total",
        "smartphone_subscribers.security_app",
    ],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 3.3's population is smartphone subscribers (\"thuê bao\"), but Mẫu 3.3 (Công văn UBND xã Cẩm Tân 2024) lists adult residents: `smartphone_subscribers.total` is the number of Mẫu 3.3 rows with a smartphone (one row per subscriber), not the operators' count of subscriptions.",
    ],
    judgements: &[],
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
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["*", "55%", "65%", "75%"]);
        assert_share_targets(
            &CRITERION,
            "smartphone_subscribers.security_app",
            "smartphone_subscribers.total",
        );
    }

    #[test]
    fn targets_follow_the_year() {
        // 55 % passes in 2023 (target 55 %) and fails in 2024 (target 65 %).
        let facts = [Some(100.0), Some(55.0)];
        assert_eq!(evaluate_native(&CRITERION, 2023, &facts).outcome, Pass);
        assert_eq!(evaluate_native(&CRITERION, 2024, &facts).outcome, Fail);
    }
}
