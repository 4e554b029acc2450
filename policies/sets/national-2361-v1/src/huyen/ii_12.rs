//! huyen.II.12: Người làm công tác chuyên trách/kiêm nhiệm về chuyển đổi số và an toàn thông tin
//! (people assigned to digital transformation and information security).
//!
//! Check: `dt_security_staff.assigned` ≥ 1.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.II.12",
    group: super::CHINH_QUYEN_SO,
    name: "Người làm công tác chuyên trách/kiêm nhiệm về chuyển đổi số và an toàn thông tin",
    unit: "Có/ không",
    targets: Targets::ByLevel(&[
        Target::Text("Có"),
        Target::Text("Có"),
        Target::Text("Có"),
        Target::Text("Có"),
        Target::Text("Có"),
    ]),
    agency: "",
    legal_basis: "Chỉ thị số 09/CT-TTg ngày 23/02/2024 của Thủ tướng Chính phủ.",
    source: crate::source_huyen!("II.12"),
    data_source: "Địa phương phân công, bố trí người làm công tác chuyên trách/kiêm nhiệm về chuyển đổi số và an toàn thông tin.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["dt_security_staff.assigned"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row II.12 (unit \"Có/ không\", target \"Có\" at every level): met when the district has assigned at least one person, full-time or part-time (chuyên trách/kiêm nhiệm), to digital-transformation and information-security work (`dt_security_staff.assigned` ≥ 1), the count shared with the commune row I.7 (\"chuyên trách hoặc đầu mối\").",
        "2361/QĐ-BTTTT Phụ lục II, row II.12 vs Phụ lục I row I.7: at level 5 the district target (\"Có\", one person) is LAXER than the commune's (\"Tối thiểu 02 nhân sự\"). Transcribed as written.",
    ],
    judgements: &[],
    check: |cx| cx.count_at_least("dt_security_staff.assigned", 1.0),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_count_target, assert_targets};

    #[test]
    fn at_least_one_where_applicable() {
        assert_targets(&CRITERION, &["Có", "Có", "Có", "Có", "Có"]);
        assert_count_target(&CRITERION, "dt_security_staff.assigned", 1.0);
    }
}
