//! 3.8: Tỷ lệ cơ sở giáo dục và đào tạo chấp nhận thanh toán học phí bằng phương thức thanh toán
//! không dùng tiền mặt (share of education and training institutions accepting cashless tuition
//! payment).
//!
//! Check: `education_institutions.cashless_tuition` / `education_institutions.total` ≥ the year's
//! minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "3.8",
    group: crate::XA_HOI_SO,
    name: "Tỷ lệ cơ sở giáo dục và đào tạo chấp nhận thanh toán học phí bằng phương thức thanh toán không dùng tiền mặt",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::NotAssessed),
        (2023, Target::Min(50.0)),
        (2024, Target::Min(100.0)),
        (2025, Target::Min(100.0)),
    ]),
    agency: "Sở GD&ĐT, Sở LĐT BXH",
    legal_basis: "Quyết định số 1813/QĐ-TTg ngày 28/10/2021; KH số 106/KH-UBND ngày 12/4/2022; KH số 97/KH-UBND ngày 04/4/2022",
    source: crate::source!("3.8"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[
        crate::evidence::SGDDT_1908_FORMS,
        crate::evidence::SLDTBXH_2559_FORMS,
    ],
    facts: &[
        "education_institutions.total",
        "education_institutions.cashless_tuition",
    ],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 3.8 covers every education and training institution in the commune (\"cơ sở giáo dục và đào tạo\"; Công văn UBND xã Cẩm Tân giao thực hiện Chỉ tiêu chuyển đổi số 2024 assigns it to the preschool, primary and lower-secondary schools and adds Sở LĐTBXH's forms for vocational institutions), a wider population than the schools of 3.7.",
        "1829/QĐ-UBND Phụ lục 01, row 3.8: an empty population (`education_institutions.total` = 0, a commune with no education institution) is not assessed, with the reason, rather than passed or failed (the SDK's `share_at_least` does this).",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "education_institutions.cashless_tuition",
            "education_institutions.total",
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
        assert_targets(&CRITERION, &["*", "50%", "100%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "education_institutions.cashless_tuition",
            "education_institutions.total",
        );
    }

    #[test]
    fn targets_follow_the_year() {
        // 50 % passes in 2023 (target 50 %) and fails in 2024 (target 100 %).
        let facts = [Some(100.0), Some(50.0)];
        assert_eq!(evaluate_native(&CRITERION, 2023, &facts).outcome, Pass);
        assert_eq!(evaluate_native(&CRITERION, 2024, &facts).outcome, Fail);
    }
}
