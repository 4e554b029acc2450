//! IV.5: Số hóa các di tích lịch sử, văn hóa trên địa bàn được xếp hạng cấp tỉnh trở lên và các
//! điểm du lịch đưa lên Cổng thông tin du lịch tỉnh hoặc Cổng/trang thông tin điện tử của đơn vị
//! (digitised historical and cultural relics ranked at provincial level or higher and tourist
//! sites, published on the provincial tourism portal or the unit's portal).
//!
//! Check: `heritage_and_tourist_sites.digitised_published` ≥ 1.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "IV.5",
    group: crate::KINH_TE_SO,
    name: "Số hóa các di tích lịch sử, văn hóa trên địa bàn được xếp hạng cấp tỉnh trở lên và các điểm du lịch đưa lên Cổng thông tin du lịch tỉnh hoặc Cổng/trang thông tin điện tử của đơn vị.",
    unit: "Sản phẩm",
    targets: Targets::ByYear(&[(2024, Target::Text("Có")), (2025, Target::Text("Có"))]),
    agency: "Sở Văn hóa, Thể thao và Du lịch",
    legal_basis: "Quyết định số 411/QĐ-TTg ngày 31/3/2022",
    source: crate::source!("IV.5"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["heritage_and_tourist_sites.digitised_published"],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row IV.5 (unit \"Sản phẩm\", target \"Có\") is a count: met with at least one relic ranked at provincial level or higher, or tourist site, digitised and published on the provincial tourism portal or the unit's own portal or website (`heritage_and_tourist_sites.digitised_published` ≥ 1).",
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row IV.5: its name speaks of \"the\" relics and tourist sites (\"các di tích ... và các điểm du lịch\"), but its target is \"Có\", not a percentage like the rows around it; the stricter reading (every ranked relic and every tourist site) would need their total, which the row does not give a target for.",
    ],
    judgements: &[],
    check: |cx| cx.count_at_least("heritage_and_tourist_sites.digitised_published", 1.0),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_count_target, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["Có", "Có"]);
        assert_count_target(
            &CRITERION,
            "heritage_and_tourist_sites.digitised_published",
            1.0,
        );
    }
}
