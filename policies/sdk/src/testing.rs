//! Assertions for a criterion's unit tests, so that a test is one line per rule of the
//! table row instead of a loop copied between criteria.
//!
//! Each helper walks the criterion's own targets (every year of [`Targets::ByYear`], or
//! every level of [`Targets::ByLevel`]) and checks the outcome the SDK gives at each:
//! exactly at the target passes, just below fails, a `*` year or "Không áp dụng" level is
//! `not_assessed`, an absent fact is `missing_data` naming it. The fact keys are given
//! explicitly, because the order of `facts` is the order in which the host sends them,
//! not the order of the check's arguments. [`assert_targets`] pins the targets themselves
//! as the source table writes them.
//!
//! ```
//! # use dtcheck_sdk::prelude::*;
//! # const ROW: Criterion = Criterion {
//! #     id: "T.1", group: Group { id: "T", name: "Thử" }, name: "Tỷ lệ thử", unit: "%",
//! #     targets: Targets::ByYear(&[(2022, Target::NotAssessed), (2023, Target::Min(70.0))]),
//! #     agency: "", legal_basis: "", source: "", data_source: "",
//! #     level_of_government: LevelOfGovernment::Commune, evidence: &[],
//! #     facts: &["x.total", "x.part"], notes: &[], judgements: &[],
//! #     check: |cx| cx.share_at_least("x.part", "x.total"),
//! # };
//! use dtcheck_sdk::testing::{assert_share_targets, assert_targets};
//!
//! assert_targets(&ROW, &["*", "70%"]);
//! assert_share_targets(&ROW, "x.part", "x.total");
//! ```
//!
//! They panic (through `assert!`) on the first rule broken, naming the criterion, the
//! year or level and the outcome's reason; `#[track_caller]` points at the test that
//! called them. Only tests may use this module; it is not compiled for `wasm32`, so it
//! never reaches (nor perturbs the optimisation of) a policy module.

use crate::abi::{FactRef, GuestOutcome, Input, Reason, Selector, Value};
use crate::{Criterion, EvalOutput, Measured, Target, Targets, evaluate};
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

/// Evaluates a criterion whose facts are yes/no, in the order of `facts` (`None` =
/// absent), for an assessment year.
pub fn evaluate_flags(c: &Criterion, year: u16, flags: &[Option<bool>]) -> EvalOutput {
    let facts = flags
        .iter()
        .map(|f| f.map_or(Value::Absent, Value::Bool))
        .collect();
    run(c, Selector::Year(year), facts)
}

/// Evaluates at a maturity level with numeric facts in the order of `facts` (`None` =
/// absent): the level-keyed counterpart of `evaluate_native`.
pub fn evaluate_at_level(c: &Criterion, level: u8, facts: &[Option<f64>]) -> EvalOutput {
    crate::evaluate_numeric(c, Selector::Level(level), facts)
}

/// The targets of the row, year by year (or level by level), written as the source table
/// writes them: `"75%"` for `Min(75.0)`, the text of a text target, `"*"` for a year (or
/// level) not assessed. This pins the transcription: the other helpers read the targets
/// from the criterion, so they cannot notice a mistyped one.
#[track_caller]
pub fn assert_targets(c: &Criterion, expected: &[&str]) {
    let written: Vec<String> = targets(c)
        .into_iter()
        .map(|(_, target)| match target {
            Target::Min(m) => crate::text::Text::new().num(m).s("%").done(),
            Target::Text(t) | Target::AtLeast { text: t, .. } => t.into(),
            Target::NotAssessed => "*".into(),
        })
        .collect();
    assert_eq!(written, expected, "{}: targets", c.id);
}

/// A criterion checked with `cx.share_at_least(part, total)` over exactly its two
/// declared facts. For every year (level) whose target is `Min(m)`, with `total` = 200:
/// `part` = 2m passes and reports m %, one less fails and reports m − 0.5 %, `part`
/// above `total` is an error, `total` = 0 is `not_assessed` naming `total`, and an absent
/// `part` or `total` is `missing_data` naming it. Every `*` year is `not_assessed`.
#[track_caller]
pub fn assert_share_targets(c: &Criterion, part: &str, total: &str) {
    let [ip, it] = indices(c, [part, total]);
    let at = |sel, p: Option<f64>, t: Option<f64>| {
        let mut facts = vec![Value::Absent; 2];
        facts[ip] = p.map_or(Value::Absent, Value::Number);
        facts[it] = t.map_or(Value::Absent, Value::Number);
        run(c, sel, facts)
    };
    for (sel, target) in targets(c) {
        let here = label(c, sel);
        let text = matches!(target, Target::Text(_));
        assert!(!text, "{here}: a share needs a % target, not {target:?}");
        let Target::Min(m) = target else {
            assert_star(c, sel);
            continue;
        };
        assert!(m > 0.0, "{here}: a minimum of {m} % cannot be missed");
        let out = at(sel, Some(2.0 * m), Some(200.0));
        expect(&out, GuestOutcome::Pass, &here);
        assert_eq!(out.measured, Measured::Number(m), "{here}: measured");
        assert_eq!(out.target, Target::Min(m), "{here}: target");
        let out = at(sel, Some(2.0 * m - 1.0), Some(200.0));
        expect(&out, GuestOutcome::Fail, &here);
        assert_eq!(out.measured, Measured::Number(m - 0.5), "{here}: measured");
        let out = at(sel, Some(201.0), Some(200.0));
        expect(&out, GuestOutcome::Error, &here);
        let out = at(sel, Some(0.0), Some(0.0));
        expect(&out, GuestOutcome::NotAssessed, &here);
        let empty = Reason::EmptyPopulation {
            total: vec![FactRef {
                index: it as u16,
                value: 0.0,
            }],
        };
        assert_eq!(out.reason, empty, "{here}: the empty population is named");
        assert_missing(&at(sel, None, Some(200.0)), part, ip, &here);
        assert_missing(&at(sel, Some(2.0 * m), None), total, it, &here);
    }
}

/// [`assert_all_flags`] for a criterion with one yes/no fact.
#[track_caller]
pub fn assert_flag_target(c: &Criterion, flag: &str) {
    assert_all_flags(c, &[flag]);
}

/// A criterion whose text target ("Có", "Đáp ứng", ...) is met when all of its yes/no
/// facts hold (`cx.holds` or `cx.all_hold`); `flags` must be exactly its declared facts.
/// For every year with a text target: all true passes (and reports `true`), each one
/// false fails, each one absent is `missing_data` naming it. Every `*` year is
/// `not_assessed`.
#[track_caller]
pub fn assert_all_flags(c: &Criterion, flags: &[&str]) {
    assert_eq!(flags.len(), c.facts.len(), "{}: flags vs facts", c.id);
    let index: Vec<usize> = flags.iter().map(|f| index(c, f)).collect();
    let with = |sel, i: Option<usize>, v: Value<'static>| {
        let mut facts = vec![Value::Bool(true); c.facts.len()];
        if let Some(i) = i {
            facts[i] = v;
        }
        run(c, sel, facts)
    };
    for (sel, target) in targets(c) {
        let here = label(c, sel);
        let min = matches!(target, Target::Min(_));
        assert!(!min, "{here}: a yes/no fact cannot meet {target:?}");
        if target == Target::NotAssessed {
            assert_star(c, sel);
            continue;
        }
        let out = with(sel, None, Value::Absent);
        expect(&out, GuestOutcome::Pass, &here);
        assert_eq!(out.measured, Measured::Bool(true), "{here}: measured");
        assert_eq!(out.target, target, "{here}: target");
        for (flag, &i) in flags.iter().zip(&index) {
            let out = with(sel, Some(i), Value::Bool(false));
            expect(
                &out,
                GuestOutcome::Fail,
                &format!("{here}, `{flag}` = false"),
            );
            assert_missing(&with(sel, Some(i), Value::Absent), flag, i, &here);
        }
    }
}

/// A criterion whose text target ("Có") is met by a count reaching `min`
/// (`cx.count_at_least(fact, min)`) over its one declared fact. For every year with a
/// text target: `min` passes and reports it, one less fails, a negative count is an
/// error, an absent count is `missing_data`. Every `*` year is `not_assessed`.
#[track_caller]
pub fn assert_count_target(c: &Criterion, fact: &str, min: f64) {
    assert_eq!(c.facts.len(), 1, "{}: a count reads one fact", c.id);
    let i = index(c, fact);
    let count = |sel, n: Option<f64>| run(c, sel, vec![n.map_or(Value::Absent, Value::Number)]);
    for (sel, target) in targets(c) {
        let here = label(c, sel);
        let percent = matches!(target, Target::Min(_));
        assert!(
            !percent,
            "{here}: a count target is text (\"Có\"), not {target:?}"
        );
        if target == Target::NotAssessed {
            assert_star(c, sel);
            continue;
        }
        // A count target states its own minimum.
        let min = match target {
            Target::AtLeast { count, .. } => f64::from(count),
            _ => min,
        };
        let out = count(sel, Some(min));
        expect(&out, GuestOutcome::Pass, &here);
        assert_eq!(out.measured, Measured::Number(min), "{here}: measured");
        assert_eq!(out.target, target, "{here}: target");
        expect(&count(sel, Some(min - 1.0)), GuestOutcome::Fail, &here);
        expect(&count(sel, Some(-1.0)), GuestOutcome::Error, &here);
        assert_missing(&count(sel, None), fact, i, &here);
    }
}

/// Every `*` year (or "Không áp dụng" level) of the criterion is `not_assessed` before any
/// fact is read: with all facts absent the SDK answers without calling the check.
#[track_caller]
pub fn assert_star_years_not_assessed(c: &Criterion) {
    for (sel, target) in targets(c) {
        if target == Target::NotAssessed {
            assert_star(c, sel);
        }
    }
}

#[track_caller]
fn assert_star(c: &Criterion, sel: Selector) {
    let here = label(c, sel);
    let out = run(c, sel, vec![Value::Absent; c.facts.len()]);
    expect(&out, GuestOutcome::NotAssessed, &here);
    let why = match sel {
        Selector::Year(_) => Reason::StarYear,
        Selector::Level(_) | Selector::Levels(_) => Reason::NotApplicable,
    };
    assert_eq!(out.reason, why, "{here}");
}

#[track_caller]
fn assert_missing(out: &EvalOutput, key: &str, index: usize, here: &str) {
    let here = format!("{here}, `{key}` absent");
    expect(out, GuestOutcome::MissingData, &here);
    assert_eq!(out.missing, vec![index as u16], "{here}: {:?}", out.reason);
    assert_eq!(out.reason, Reason::MissingFacts, "{here}");
}

#[track_caller]
fn expect(out: &EvalOutput, outcome: GuestOutcome, here: &str) {
    assert_eq!(out.outcome, outcome, "{here}: {:?}", out.reason);
}

fn run(c: &Criterion, selector: Selector, facts: Vec<Value<'_>>) -> EvalOutput {
    evaluate(
        c,
        &Input {
            selector,
            facts,
            explain: true,
        },
    )
}

/// The years (or levels) of the criterion with their targets.
fn targets(c: &Criterion) -> Vec<(Selector, Target)> {
    match c.targets {
        Targets::ByYear(rows) => rows.iter().map(|(y, t)| (Selector::Year(*y), *t)).collect(),
        Targets::ByLevel(levels) => (1..=5).map(Selector::Level).zip(*levels).collect(),
    }
}

fn label(c: &Criterion, sel: Selector) -> String {
    match sel {
        Selector::Year(y) => format!("criterion {}, year {y}", c.id),
        Selector::Level(l) => format!("criterion {}, level {l}", c.id),
        Selector::Levels(n) => format!("criterion {}, levels 1 to {n}", c.id),
    }
}

#[track_caller]
fn index(c: &Criterion, key: &str) -> usize {
    let i = c.facts.iter().position(|f| *f == key);
    assert!(i.is_some(), "{}: `{key}` is not in `facts`", c.id);
    i.unwrap_or_default()
}

#[track_caller]
fn indices(c: &Criterion, [part, total]: [&str; 2]) -> [usize; 2] {
    assert_eq!(c.facts.len(), 2, "{}: a share reads two facts", c.id);
    assert_ne!(part, total, "{}: part and total are one fact", c.id);
    [index(c, part), index(c, total)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prelude::*;

    const SHARE: Criterion = Criterion {
        id: "T.1",
        group: Group {
            id: "T",
            name: "Thử nghiệm",
        },
        name: "Tỷ lệ thử",
        unit: "%",
        targets: Targets::ByYear(&[(2022, Target::NotAssessed), (2023, Target::Min(75.0))]),
        agency: "",
        legal_basis: "",
        source: "test",
        data_source: "",
        level_of_government: LevelOfGovernment::Commune,
        evidence: &[],
        facts: &["x.total", "x.part"],
        notes: &[],
        judgements: &[],
        check: |cx| cx.share_at_least("x.part", "x.total"),
    };

    const FLAGS: Criterion = Criterion {
        unit: "Văn bản",
        targets: Targets::ByYear(&[(2022, Target::Text("Có")), (2023, Target::NotAssessed)]),
        facts: &["x.adopted", "x.reported"],
        check: |cx| cx.all_hold(["x.adopted", "x.reported"]),
        ..SHARE
    };

    const COUNT: Criterion = Criterion {
        targets: Targets::ByLevel(&[
            Target::NotAssessed,
            Target::Text("Có"),
            Target::Text("Có"),
            Target::Text("Có"),
            Target::Text("Có"),
        ]),
        facts: &["x.points"],
        check: |cx| cx.count_at_least("x.points", 1.0),
        ..SHARE
    };

    #[test]
    fn a_correct_row_passes_every_assertion() {
        assert_targets(&SHARE, &["*", "75%"]);
        assert_targets(&COUNT, &["*", "Có", "Có", "Có", "Có"]);
        assert_share_targets(&SHARE, "x.part", "x.total");
        assert_all_flags(&FLAGS, &["x.reported", "x.adopted"]);
        assert_count_target(&COUNT, "x.points", 1.0);
        assert_star_years_not_assessed(&SHARE);
        let out = evaluate_flags(&FLAGS, 2022, &[Some(true), None]);
        assert_eq!(out.missing, vec![1]);
    }

    #[test]
    #[should_panic(expected = "year 2023")]
    fn part_and_total_swapped_is_caught() {
        assert_share_targets(&SHARE, "x.total", "x.part");
    }

    #[test]
    #[should_panic(expected = "year 2023")]
    fn a_share_against_the_wrong_minimum_is_caught() {
        const LAX: Criterion = Criterion {
            targets: Targets::ByYear(&[(2023, Target::Min(76.0))]),
            check: |cx| {
                let [p, t] = cx.numbers(["x.part", "x.total"])?;
                let met = p * 100.0 >= 75.0 * t;
                let verdict = if met { Verdict::Pass } else { Verdict::Fail };
                Ok(Eval::new(
                    verdict,
                    Measured::Number(p * 100.0 / t),
                    crate::abi::Reason::None,
                ))
            },
            ..SHARE
        };
        assert_share_targets(&LAX, "x.part", "x.total");
    }

    #[test]
    #[should_panic(expected = "`x.reported` = false")]
    fn a_flag_left_unchecked_is_caught() {
        const HALF: Criterion = Criterion {
            check: |cx| cx.holds("x.adopted"),
            ..FLAGS
        };
        assert_all_flags(&HALF, &["x.adopted", "x.reported"]);
    }

    #[test]
    #[should_panic(expected = "level 2")]
    fn a_count_off_by_one_is_caught() {
        const ZERO: Criterion = Criterion {
            check: |cx| cx.count_at_least("x.points", 0.0),
            ..COUNT
        };
        assert_count_target(&ZERO, "x.points", 1.0);
    }

    #[test]
    #[should_panic(expected = "T.1: targets")]
    fn a_mistyped_target_is_caught() {
        assert_targets(&SHARE, &["*", "70%"]);
    }

    #[test]
    #[should_panic(expected = "needs a % target")]
    fn a_text_target_is_not_a_share() {
        assert_share_targets(&FLAGS, "x.adopted", "x.reported");
    }
}
