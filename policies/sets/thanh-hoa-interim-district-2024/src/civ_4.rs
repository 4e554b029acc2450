//! IV.4: Tỷ lệ triển khai hoạt động thu phí điện tử, không dùng tiền mặt cho các dịch vụ thiết yếu
//! (Điện, nước, viễn thông, y tế, giáo dục...) (share of essential-service providers that have
//! deployed electronic, cashless fee collection).
//!
//! Check: `essential_service_providers.cashless_fee_collection` /
//! `essential_service_providers.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "IV.4",
    group: crate::KINH_TE_SO,
    name: "Tỷ lệ triển khai hoạt động thu phí điện tử, không dùng tiền mặt cho các dịch vụ thiết yếu (Điện, nước, viễn thông, y tế, giáo dục...).",
    unit: "%",
    targets: Targets::ByYear(&[(2024, Target::Min(60.0)), (2025, Target::Min(75.0))]),
    agency: "- Ngân hàng Nhà nước Việt Nam - CN Thanh Hóa (chủ trì). - Các sở, ban, ngành được phân công QLNN đối với các lĩnh vực (phối hợp)",
    legal_basis: "Quyết định số 1813/QĐ-TTg ngày 28/10/2021; Kế hoạch số 106/KH-UBND ngày 12/4/2022; số 97/KH-UBND ngày 04/4/2022",
    source: crate::source!("IV.4"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "essential_service_providers.total",
        "essential_service_providers.cashless_fee_collection",
    ],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row IV.4 does not name its population (\"Tỷ lệ triển khai hoạt động thu phí điện tử, không dùng tiền mặt cho các dịch vụ thiết yếu\"): read as the share of the providers of essential services in the district (electricity, water, telecommunications, health, education, ...: the list is open) that have deployed electronic, cashless fee collection (`essential_service_providers.*`). It is neither 2361 district III.4's share of all enterprises and organisations accepting cashless payment nor a share of payment transactions; the plans cited (Kế hoạch 106/KH-UBND, 97/KH-UBND) are not in the sources.",
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row IV.4: the agency cell lists a lead body and the cooperating departments, each item introduced by \"- \"; it is kept verbatim on one line.",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "essential_service_providers.cashless_fee_collection",
            "essential_service_providers.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["60%", "75%"]);
        assert_share_targets(
            &CRITERION,
            "essential_service_providers.cashless_fee_collection",
            "essential_service_providers.total",
        );
    }
}
