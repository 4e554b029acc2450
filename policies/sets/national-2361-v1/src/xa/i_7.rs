//! xa.I.7: Có bố trí người làm công tác chuyên trách hoặc đầu mối thực hiện nhiệm vụ chuyển đổi số
//! và an toàn thông tin (staff assigned, full-time or as focal points, to digital transformation
//! and information security).
//!
//! Check: `dt_security_staff.assigned` ≥ 1 (levels 1–4, "Tối thiểu 01 nhân sự") or ≥ 2 (level 5,
//! "Tối thiểu 02 nhân sự"), the count stated by each level's target.
use dtcheck_sdk::prelude::*;

const STAFF: &str = "dt_security_staff.assigned";
const ONE: Target = Target::AtLeast {
    count: 1,
    or_all: false,
    text: "Tối thiểu 01 nhân sự",
};
const TWO: Target = Target::AtLeast {
    count: 2,
    or_all: false,
    text: "Tối thiểu 02 nhân sự",
};

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.7",
    group: super::CHINH_QUYEN_SO,
    name: "Có bố trí người làm công tác chuyên trách hoặc đầu mối thực hiện nhiệm vụ chuyển đổi số và an toàn thông tin",
    unit: "Nhân sự",
    targets: Targets::ByLevel(&[ONE, ONE, ONE, ONE, TWO]),
    agency: "",
    legal_basis: "Chỉ thị số 18/CT-TTg ngày 13/10/2022 của Thủ tướng Chính phủ.",
    source: crate::source_xa!("I.7"),
    data_source: "Địa phương có Quyết định phân công người làm công tác chuyên trách hoặc đầu mối thực hiện nhiệm vụ chuyển đổi số và an toàn thông tin",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &[STAFF],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.7: the text targets are counts in disguise, written as count targets that keep the source wording (`Target::AtLeast`): \"Tối thiểu 01 nhân sự\" (levels 1–4) is `dt_security_staff.assigned` ≥ 1, \"Tối thiểu 02 nhân sự\" (level 5) is ≥ 2. The count is of people assigned by a decision (\"Quyết định phân công\", method column) as dedicated staff or focal points for digital transformation and information security; 2361 lists no evidence documents, so the decision is not required as evidence.",
        "2361/QĐ-BTTTT Phụ lục I, row I.7 shares its key with district row II.12, which says \"chuyên trách/kiêm nhiệm\" (full-time or part-time) where the commune row says \"chuyên trách hoặc đầu mối\" (full-time or focal point): both count the people assigned to the work.",
    ],
    judgements: &[],
    check,
};

/// "Tối thiểu 01 nhân sự" / "Tối thiểu 02 nhân sự": at least one (levels 1–4) or two
/// (level 5) people assigned, the count stated by the level's target.
fn check(cx: &Cx<'_>) -> Result<Eval, Missing> {
    cx.meets_count_target(STAFF, None)
}

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use crate::xa::test_support::eval_counts;
    use dtcheck_sdk::abi::GuestOutcome::*;
    use dtcheck_sdk::testing::assert_targets;

    #[test]
    fn targets_as_written() {
        let one = "Tối thiểu 01 nhân sự";
        assert_targets(&CRITERION, &[one, one, one, one, "Tối thiểu 02 nhân sự"]);
    }

    #[test]
    fn one_person_up_to_level_4_and_two_at_level_5() {
        for level in 1..=4 {
            assert_eq!(eval_counts(&CRITERION, level, &[Some(1.0)]).outcome, Pass);
            assert_eq!(eval_counts(&CRITERION, level, &[Some(0.0)]).outcome, Fail);
        }
        let two = eval_counts(&CRITERION, 5, &[Some(2.0)]);
        assert_eq!(two.outcome, Pass, "{:?}", two.reason);
        assert_eq!(eval_counts(&CRITERION, 5, &[Some(1.0)]).outcome, Fail);
    }

    #[test]
    fn missing_and_negative_counts_are_reported() {
        let out = eval_counts(&CRITERION, 5, &[None]);
        assert_eq!(out.outcome, MissingData);
        assert_eq!(out.missing, [0]);
        assert_eq!(eval_counts(&CRITERION, 3, &[Some(-1.0)]).outcome, Error);
    }
}
