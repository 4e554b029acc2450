//! IV.1: Tỷ lệ doanh nghiệp vừa và nhỏ, hợp tác xã, hộ sản xuất kinh doanh tham gia các sàn thương
//! mại điện tử (bao gồm trang thông tin điện tử, mạng xã hội có chức năng sàn giao dịch thương mại
//! điện tử) (share of SMEs, cooperatives and production/business households taking part in
//! e-commerce platforms).
//!
//! Check: `smes_cooperatives_business_households.on_ecommerce` /
//! `smes_cooperatives_business_households.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "IV.1",
    group: crate::KINH_TE_SO,
    name: "Tỷ lệ doanh nghiệp vừa và nhỏ, hợp tác xã, hộ sản xuất kinh doanh tham gia các sàn thương mại điện tử (bao gồm trang thông tin điện tử, mạng xã hội có chức năng sàn giao dịch thương mại điện tử).",
    unit: "%",
    targets: Targets::ByYear(&[(2024, Target::Min(50.0)), (2025, Target::Min(60.0))]),
    agency: "Sở Công Thương",
    legal_basis: "Quyết định số 645/QĐ-TTg ngày 15/5/2020; Kế hoạch số: 210/KH-UBND ngày 02/10/2020, số 195/KH-UBND ngày 27/8/2021, số 157/KH-UBND ngày 10/6/2022",
    source: crate::source!("IV.1"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "smes_cooperatives_business_households.total",
        "smes_cooperatives_business_households.on_ecommerce",
    ],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row IV.1 is one share over one population: small and medium-sized enterprises, cooperatives and production/business households together (`smes_cooperatives_business_households.*`), not 1829's `smes.*` nor 2361 district III.3's individual business households and cooperatives (no SMEs).",
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row IV.1: web portals and social networks with an e-commerce trading function count as e-commerce platforms, as the row says.",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "smes_cooperatives_business_households.on_ecommerce",
            "smes_cooperatives_business_households.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["50%", "60%"]);
        assert_share_targets(
            &CRITERION,
            "smes_cooperatives_business_households.on_ecommerce",
            "smes_cooperatives_business_households.total",
        );
    }
}
