//! xa.II.4: Doanh nghiệp, hợp tác xã ứng dụng công nghệ số trong quản lý, sản xuất, kinh doanh
//! (enterprises and cooperatives applying digital technology in management, production and
//! business).
//!
//! Check: ≥ 1 (level 3), ≥ 2 (level 4), ≥ 3 or 100% of `enterprises_and_cooperatives.total` (level
//! 5), the count stated by each level's target.
use dtcheck_sdk::abi::Inconsistency;
use dtcheck_sdk::prelude::*;

const TOTAL: &str = "enterprises_and_cooperatives.total";
const APPLYING: &str = "enterprises_and_cooperatives.digital_tech";
const ONE: Target = Target::AtLeast {
    count: 1,
    or_all: false,
    text: "Có 1 doanh nghiệp, hợp tác xã",
};
const TWO: Target = Target::AtLeast {
    count: 2,
    or_all: false,
    text: "Có 2 doanh nghiệp, hợp tác xã",
};
const THREE_OR_ALL: Target = Target::AtLeast {
    count: 3,
    or_all: true,
    text: "Có 3 doanh nghiệp, hợp tác xã trở lên hoặc 100% doanh nghiệp, hợp tác xã trên địa bàn",
};

pub const CRITERION: Criterion = Criterion {
    id: "xa.II.4",
    group: super::KINH_TE_SO,
    name: "Doanh nghiệp, hợp tác xã ứng dụng công nghệ số trong quản lý, sản xuất, kinh doanh",
    unit: "Doanh nghiệp, hợp tác xã",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        ONE,
        TWO,
        THREE_OR_ALL,
    ]),
    agency: "",
    legal_basis: "Công văn số 3445/BNN- VPĐP ngày 29/5/2023 của Bộ Nông nghiệp và Phát triển nông thôn.",
    source: crate::source_xa!("II.4"),
    data_source: "Doanh nghiệp, hợp tác xã có ứng dụng công nghệ số trong quản lý, sản xuất, kinh doanh.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &[TOTAL, APPLYING],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row II.4: the text targets are counts in disguise, written as count targets that keep the source wording (`Target::AtLeast`): \"Có 1 doanh nghiệp, hợp tác xã\" (level 3) is `enterprises_and_cooperatives.digital_tech` ≥ 1, \"Có 2 doanh nghiệp, hợp tác xã\" (level 4) is ≥ 2, \"Có 3 doanh nghiệp, hợp tác xã trở lên hoặc 100% doanh nghiệp, hợp tác xã trên địa bàn\" (level 5) is ≥ 3 or all of `enterprises_and_cooperatives.total` (key of district row III.2) when there is at least one.",
        "2361/QĐ-BTTTT Phụ lục I, row II.4: the \"100%\" alternative is written only at level 5, so a commune whose single enterprise or cooperative applies digital technology meets levels 3 and 5 but not level 4 (it needs 2) and, levels being cumulative, can reach neither 4 nor 5; a commune with none fails every level (100% of none is not read as met). Flaws of the source, transcribed as written.",
    ],
    judgements: &[],
    check,
};

/// "Có 1 / Có 2 / Có 3 … trở lên hoặc 100% …": a minimum number of enterprises and
/// cooperatives applying digital technology, the count stated by the level's target; at
/// level 5 all of them (when there is at least one) also meets it.
fn check(cx: &Cx<'_>) -> Result<Eval, Missing> {
    let [total, applying] = cx.numbers([TOTAL, APPLYING])?;
    let facts = || vec![cx.fact(APPLYING, applying), cx.fact(TOTAL, total)];
    if total < 0.0 || applying < 0.0 {
        return Ok(Eval::inconsistent(Inconsistency::Negative, facts()));
    }
    if applying > total {
        return Ok(Eval::inconsistent(Inconsistency::Exceeds, facts()));
    }
    cx.meets_count_target(APPLYING, Some(TOTAL))
}

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use crate::xa::test_support::eval_counts;
    use dtcheck_sdk::abi::GuestOutcome::{self, *};
    use dtcheck_sdk::abi::Reason;
    use dtcheck_sdk::testing::{assert_star_years_not_assessed, assert_targets};

    fn at(level: u8, total: f64, applying: f64) -> GuestOutcome {
        eval_counts(&CRITERION, level, &[Some(total), Some(applying)]).outcome
    }

    #[test]
    fn targets_as_written() {
        assert_targets(
            &CRITERION,
            &[
                "*",
                "*",
                "Có 1 doanh nghiệp, hợp tác xã",
                "Có 2 doanh nghiệp, hợp tác xã",
                "Có 3 doanh nghiệp, hợp tác xã trở lên hoặc 100% doanh nghiệp, hợp tác xã trên địa bàn",
            ],
        );
        assert_star_years_not_assessed(&CRITERION);
    }

    #[test]
    fn counts_follow_the_level() {
        assert_eq!(at(3, 10.0, 1.0), Pass);
        assert_eq!(at(3, 10.0, 0.0), Fail);
        assert_eq!(at(4, 10.0, 2.0), Pass);
        assert_eq!(at(4, 10.0, 1.0), Fail);
        assert_eq!(at(5, 10.0, 3.0), Pass);
        assert_eq!(at(5, 10.0, 2.0), Fail);
    }

    #[test]
    fn all_of_them_counts_at_level_5_only() {
        assert_eq!(at(5, 2.0, 2.0), Pass);
        assert_eq!(at(5, 1.0, 1.0), Pass);
        assert_eq!(at(4, 1.0, 1.0), Fail);
        let none = eval_counts(&CRITERION, 5, &[Some(0.0), Some(0.0)]);
        assert_eq!(none.outcome, Fail);
        // "100 % of none" does not count: the reason says the population is empty.
        let Reason::Any(conditions) = &none.reason else {
            panic!("{:?}", none.reason);
        };
        assert!(
            matches!(conditions[1], Reason::EmptyPopulation { .. }),
            "{conditions:?}"
        );
    }

    #[test]
    fn inconsistent_and_missing_data_are_reported() {
        assert_eq!(at(3, 2.0, 3.0), Error);
        assert_eq!(at(3, -1.0, 0.0), Error);
        let out = eval_counts(&CRITERION, 3, &[None, Some(1.0)]);
        assert_eq!(out.outcome, MissingData);
        assert_eq!(out.missing, [0]);
    }
}
