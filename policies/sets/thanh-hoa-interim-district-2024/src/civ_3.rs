//! IV.3: Tỷ lệ hợp tác xã, hộ sản xuất nông nghiệp ứng dụng mô hình công nghệ số trong quản lý sản
//! xuất và truy xuất nguồn gốc sản phẩm, dịch vụ (share of cooperatives and agricultural production
//! households applying a digital-technology model to production management and traceability).
//!
//! Check: `agricultural_cooperatives_and_households.digital_production_traceability` /
//! `agricultural_cooperatives_and_households.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "IV.3",
    group: crate::KINH_TE_SO,
    name: "Tỷ lệ hợp tác xã, hộ sản xuất nông nghiệp ứng dụng mô hình công nghệ số trong quản lý sản xuất và truy xuất nguồn gốc sản phẩm, dịch vụ.",
    unit: "%",
    targets: Targets::ByYear(&[(2024, Target::Min(30.0)), (2025, Target::Min(50.0))]),
    agency: "Sở Nông nghiệp và Phát triển nông thôn",
    legal_basis: "Quyết định số 411/QĐ-TTg ngày 31/3/2022",
    source: crate::source!("IV.3"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "agricultural_cooperatives_and_households.total",
        "agricultural_cooperatives_and_households.digital_production_traceability",
    ],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row IV.3: the population is cooperatives and agricultural production households (\"hợp tác xã, hộ sản xuất nông nghiệp\", `agricultural_cooperatives_and_households.*`); \"nông nghiệp\" is read as qualifying both (the agency is Sở Nông nghiệp và Phát triển nông thôn).",
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row IV.3: a unit counts when it applies a digital-technology model to production management and to tracing the origin of its products and services (\"trong quản lý sản xuất và truy xuất nguồn gốc\"): both, as written; the source does not say whether one of the two would be enough.",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "agricultural_cooperatives_and_households.digital_production_traceability",
            "agricultural_cooperatives_and_households.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["30%", "50%"]);
        assert_share_targets(
            &CRITERION,
            "agricultural_cooperatives_and_households.digital_production_traceability",
            "agricultural_cooperatives_and_households.total",
        );
    }
}
