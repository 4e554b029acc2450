//! 2.4: Tỷ lệ doanh nghiệp, tổ chức sử dụng phương tiện thanh toán không dùng tiền mặt qua các kênh
//! thanh toán điện tử (share of enterprises and organisations paying cashless through electronic
//! channels).
//!
//! Check: `enterprises_and_organisations.cashless` / `enterprises_and_organisations.total` ≥ the
//! year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "2.4",
    group: crate::KINH_TE_SO,
    name: "Tỷ lệ doanh nghiệp, tổ chức sử dụng phương tiện thanh toán không dùng tiền mặt qua các kênh thanh toán điện tử",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::Min(50.0)),
        (2023, Target::Min(60.0)),
        (2024, Target::Min(70.0)),
        (2025, Target::Min(80.0)),
    ]),
    agency: "NH NN&PTNT Chi nhánh Thanh Hóa",
    legal_basis: "Quyết định số 1813/QĐ-TTg ngày 28/10/2021; KH số 106/KH-UBND ngày 12/4/2022",
    source: crate::source!("2.4"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::NHNN_797A_FORMS],
    facts: &[
        "enterprises_and_organisations.total",
        "enterprises_and_organisations.cashless",
    ],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 2.4 names the agency \"NH NN&PTNT Chi nhánh Thanh Hóa\" (kept verbatim): evidently the State Bank branch (Ngân hàng Nhà nước, \"NH NNVN\" in rows 3.2 and 3.12), whose Công văn 797a/THH-NSKSNB Công văn UBND xã Cẩm Tân giao thực hiện Chỉ tiêu chuyển đổi số 2024 cites as the evidence.",
        "1829/QĐ-UBND Phụ lục 01, row 2.4: an empty population (`enterprises_and_organisations.total` = 0, a commune with no enterprise or organisation) is not assessed, with the reason, rather than passed or failed (the SDK's `share_at_least` does this).",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "enterprises_and_organisations.cashless",
            "enterprises_and_organisations.total",
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
        assert_targets(&CRITERION, &["50%", "60%", "70%", "80%"]);
        assert_share_targets(
            &CRITERION,
            "enterprises_and_organisations.cashless",
            "enterprises_and_organisations.total",
        );
    }

    #[test]
    fn targets_follow_the_year() {
        // 50 % passes in 2022 (target 50 %) and fails in 2023 (target 60 %).
        let facts = [Some(100.0), Some(50.0)];
        assert_eq!(evaluate_native(&CRITERION, 2022, &facts).outcome, Pass);
        assert_eq!(evaluate_native(&CRITERION, 2023, &facts).outcome, Fail);
    }
}
