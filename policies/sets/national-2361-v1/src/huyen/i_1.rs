//! huyen.I.1: Tỷ lệ xã, phường, thị trấn thuộc quận, huyện, thị xã, thành phố đạt chuẩn chuyển đổi
//! số (share of the district's communes reaching each digital-transformation level).
use dtcheck_sdk::Measured;
use dtcheck_sdk::abi::{Inconsistency, Reason, Selector};
use dtcheck_sdk::prelude::*;

const TOTAL: &str = "communes.total";
/// `communes.level_at_least_k` for k = 1..=5.
const AT_LEAST: [&str; 5] = [
    "communes.level_at_least_1",
    "communes.level_at_least_2",
    "communes.level_at_least_3",
    "communes.level_at_least_4",
    "communes.level_at_least_5",
];

pub const CRITERION: Criterion = Criterion {
    id: "huyen.I.1",
    group: super::CHI_TIEU_CHUNG,
    name: "Tỷ lệ xã, phường, thị trấn thuộc quận, huyện, thị xã, thành phố đạt chuẩn chuyển đổi số",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Text("100% xã, phường, thị trấn đạt mức độ chuyển đổi số mức khởi động"),
        Target::Text(
            "100% xã, phường, thị trấn đạt mức độ chuyển đổi số từ mức khởi động trở lên, trong đó tối thiểu 50% đạt mức kết nối",
        ),
        Target::Text(
            "100% xã, phường, thị trấn đạt mức độ chuyển đổi số từ mức kết nối trở lên, trong đó tối thiểu 50% đạt mức cơ bản",
        ),
        Target::Text(
            "100% xã, phường, thị trấn đạt mức độ chuyển đổi số từ mức cơ bản trở lên, trong đó tối thiểu 50% đạt mức nâng cao",
        ),
        Target::Text(
            "100% xã, phường, thị trấn đạt mức độ chuyển đổi số từ mức nâng cao trở lên, trong đó tối thiểu 50% đạt mức toàn diện",
        ),
    ]),
    agency: "",
    legal_basis: "",
    source: crate::source_huyen!("I.1"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        TOTAL,
        AT_LEAST[0],
        AT_LEAST[1],
        AT_LEAST[2],
        AT_LEAST[3],
        AT_LEAST[4],
    ],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row I.1: the source gives no calculation method and no legal basis (both cells are empty), so `data_source` and `legal_basis` are empty; the rule is read from the target cells alone.",
        "2361/QĐ-BTTTT Phụ lục II, row I.1: the unit is \"%\" but every level's target is a text describing the distribution of the 2361 levels (Phụ lục I) reached by the district's communes; it is implemented from the host-computed facts `communes.total` (the district's communes) and `communes.level_at_least_k` (those whose level reached is at least k). The name's \"đạt chuẩn chuyển đổi số\" is read as reaching those levels: no separate standard is defined.",
        "2361/QĐ-BTTTT Phụ lục II, row I.1, level 1 (\"100% xã, phường, thị trấn đạt mức độ chuyển đổi số mức khởi động\"): the cell has no \"trong đó tối thiểu 50%\" clause; met when every commune has reached level 1 (`communes.level_at_least_1` = `communes.total`).",
        "2361/QĐ-BTTTT Phụ lục II, row I.1, levels 2–5 (\"100% … từ mức L−1 trở lên, trong đó tối thiểu 50% đạt mức L\"): met when every commune has reached level L−1 (`communes.level_at_least_{L−1}` = `communes.total`) and at least 50% of the district's communes have reached level L (`communes.level_at_least_L` × 100 ≥ 50 × `communes.total`). Once the first clause holds, \"50% of all communes\" and \"50% of those at level ≥ L−1\" are the same number.",
        "2361/QĐ-BTTTT Phụ lục II, row I.1: \"đạt mức L\" is read as having reached AT LEAST level L (a commune at a higher level has also reached L), not as being exactly at level L; a commune that reached no level counts in `communes.total` only.",
        "2361/QĐ-BTTTT Phụ lục II, row I.1: a district with no communes (`communes.total` = 0) is not assessed; counts that contradict each other (more communes at level ≥ L than at level ≥ L−1 or than in total) are an error.",
    ],
    judgements: &[],
    check,
};

fn check(cx: &Cx<'_>) -> Result<Eval, Missing> {
    let Selector::Level(level @ 1..=5) = cx.selector() else {
        return Ok(super::unexpected_target());
    };
    let l = usize::from(level);
    let at = AT_LEAST[l - 1];
    let (total, below_key, below, reached) = if l == 1 {
        let [total, reached] = cx.numbers([TOTAL, at])?;
        (total, None, total, reached)
    } else {
        let below_key = AT_LEAST[l - 2];
        let [total, below, reached] = cx.numbers([TOTAL, below_key, at])?;
        (total, Some(below_key), below, reached)
    };
    if total < 0.0 || below < 0.0 || reached < 0.0 || below > total || reached > below {
        let mut facts = vec![cx.fact(TOTAL, total)];
        facts.extend(below_key.map(|key| cx.fact(key, below)));
        facts.push(cx.fact(at, reached));
        return Ok(Eval::inconsistent(Inconsistency::Order, facts));
    }
    let all = [(TOTAL, total)];
    if total == 0.0 {
        // No commune in the district: nothing to assess at any level.
        let empty = Reason::EmptyPopulation {
            total: vec![cx.fact(TOTAL, total)],
        };
        return Ok(Eval::new(Verdict::NotAssessed, Measured::None, empty));
    }
    let Some(below_key) = below_key else {
        // "100% … đạt mức khởi động": every commune at level 1.
        return Ok(cx.share_of(&[(at, reached)], &all, 100.0));
    };
    // "100% … từ mức L−1 trở lên, trong đó tối thiểu 50% đạt mức L".
    let every_below = cx.share_of(&[(below_key, below)], &all, 100.0);
    let half = cx.share_of(&[(at, reached)], &all, 50.0);
    let measured = half.measured.clone();
    Ok(cx.all(measured, [every_below, half]))
}

#[cfg(test)]
mod tests {
    extern crate alloc;

    use super::CRITERION;
    use crate::huyen::test_support::at_level;
    use alloc::{format, vec};
    use dtcheck_sdk::Measured;
    use dtcheck_sdk::abi::GuestOutcome::*;
    use dtcheck_sdk::testing::assert_targets;

    /// Facts in declared order: total, then communes at level ≥ 1..=5.
    fn run(level: u8, total: f64, at_least: [Option<f64>; 5]) -> dtcheck_sdk::EvalOutput {
        let mut facts = vec![Some(total)];
        facts.extend(at_least);
        at_level(&CRITERION, level, &facts)
    }

    #[test]
    fn targets_as_written() {
        let t = |from: &str, to: &str| {
            format!(
                "100% xã, phường, thị trấn đạt mức độ chuyển đổi số từ mức {from} trở lên, trong đó tối thiểu 50% đạt mức {to}"
            )
        };
        assert_targets(
            &CRITERION,
            &[
                "100% xã, phường, thị trấn đạt mức độ chuyển đổi số mức khởi động",
                &t("khởi động", "kết nối"),
                &t("kết nối", "cơ bản"),
                &t("cơ bản", "nâng cao"),
                &t("nâng cao", "toàn diện"),
            ],
        );
    }

    #[test]
    fn level_1_needs_every_commune_at_level_1() {
        let all = run(1, 12.0, [Some(12.0), None, None, None, None]);
        assert_eq!(all.outcome, Pass, "{:?}", all.reason);
        assert_eq!(all.measured, Measured::Number(100.0));
        let one_short = run(1, 12.0, [Some(11.0), None, None, None, None]);
        assert_eq!(one_short.outcome, Fail, "{:?}", one_short.reason);
        assert_eq!(one_short.measured, Measured::Number(91.67));
    }

    #[test]
    fn levels_2_to_5_need_all_at_the_level_below_and_half_at_the_level() {
        for level in 2..=5u8 {
            let l = usize::from(level);
            let facts = |below: f64, reached: f64| {
                let mut at = [None; 5];
                at[l - 2] = Some(below);
                at[l - 1] = Some(reached);
                at
            };
            // Exactly half at level L, everyone at level L − 1: met.
            let half = run(level, 10.0, facts(10.0, 5.0));
            assert_eq!(half.outcome, Pass, "level {level}: {:?}", half.reason);
            assert_eq!(half.measured, Measured::Number(50.0));
            // Just below half: not met.
            let short = run(level, 10.0, facts(10.0, 4.0));
            assert_eq!(short.outcome, Fail, "level {level}: {:?}", short.reason);
            // One commune below level L − 1, even with most at level L: not met.
            let straggler = run(level, 10.0, facts(9.0, 9.0));
            assert_eq!(
                straggler.outcome, Fail,
                "level {level}: {:?}",
                straggler.reason
            );
            // The first condition (every commune at level L − 1) is the one not met.
            assert!(
                matches!(
                    &straggler.reason,
                    dtcheck_sdk::abi::Reason::All(c)
                        if matches!(c[0], dtcheck_sdk::abi::Reason::Share { met: false, .. })
                ),
                "{:?}",
                straggler.reason
            );
        }
        // Odd totals: 4 of 7 (57 %) is at least half, 3 of 7 (43 %) is not.
        let at = |r| [Some(7.0), Some(7.0), Some(r), None, None];
        assert_eq!(run(3, 7.0, at(4.0)).outcome, Pass);
        assert_eq!(run(3, 7.0, at(3.0)).outcome, Fail);
    }

    #[test]
    fn missing_inconsistent_and_empty() {
        let missing = run(3, 10.0, [Some(10.0), None, Some(6.0), None, None]);
        assert_eq!(missing.outcome, MissingData);
        assert_eq!(missing.missing, vec![2]);
        let no_total = at_level(&CRITERION, 1, &[None, Some(3.0), None, None, None, None]);
        assert_eq!(no_total.outcome, MissingData);
        assert_eq!(no_total.missing, vec![0]);
        let more_above = run(2, 10.0, [Some(4.0), Some(6.0), None, None, None]);
        assert_eq!(more_above.outcome, Error, "{:?}", more_above.reason);
        let over_total = run(1, 10.0, [Some(11.0), None, None, None, None]);
        assert_eq!(over_total.outcome, Error, "{:?}", over_total.reason);
        let empty = run(4, 0.0, [None, None, Some(0.0), Some(0.0), None]);
        assert_eq!(empty.outcome, NotAssessed, "{:?}", empty.reason);
    }

    #[test]
    fn a_year_is_not_a_level() {
        let out = dtcheck_sdk::evaluate_native(&CRITERION, 2025, &[Some(1.0); 6]);
        assert_eq!(out.outcome, Error, "{:?}", out.reason);
    }
}
