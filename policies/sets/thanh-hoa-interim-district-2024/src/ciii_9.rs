//! III.9: UBND cấp huyện có công chức chuyên môn chuyên trách ứng dụng công nghệ thông tin, công
//! tác chuyển đổi số và bảo đảm an toàn thông tin mạng (the district People's Committee has
//! full-time specialist civil servants for IT application, digital transformation and cyber
//! security).
//!
//! Check: `officials.dedicated_it_dt_security` ≥ 1.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "III.9",
    group: crate::CHINH_QUYEN_SO,
    name: "UBND cấp huyện có công chức chuyên môn chuyên trách ứng dụng công nghệ thông tin, công tác chuyển đổi số và bảo đảm an toàn thông tin mạng.",
    unit: "Công chức chuyên trách",
    targets: Targets::ByYear(&[(2024, Target::Text("Có")), (2025, Target::Text("Có"))]),
    agency: "Sở Nội vụ",
    legal_basis: "Quyết định số 1690/QĐ-TTg ngày 26/12/2023",
    source: crate::source!("III.9"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["officials.dedicated_it_dt_security"],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row III.9 (unit \"Công chức chuyên trách\", target \"Có\") is a count: met with at least one specialist civil servant of the district People's Committee assigned full-time (\"chuyên trách\") to IT application, digital transformation and cyber security (`officials.dedicated_it_dt_security` ≥ 1). Part-time or concurrent assignments (\"kiêm nhiệm\", counted by 2361 district II.12) do not count.",
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row III.9 names three fields (IT application, digital transformation, cyber security) as one remit: the row does not ask for one official per field.",
    ],
    judgements: &[],
    check: |cx| cx.count_at_least("officials.dedicated_it_dt_security", 1.0),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_count_target, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["Có", "Có"]);
        assert_count_target(&CRITERION, "officials.dedicated_it_dt_security", 1.0);
    }
}
