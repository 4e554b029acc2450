//! What a check sees ([`Cx`]) and what it returns ([`Eval`] or [`Missing`]).

use crate::abi::{FactRef, Inconsistency, Reason, Selector, Value};
use crate::{Criterion, Measured, Target};
use alloc::vec;
use alloc::vec::Vec;

/// The verdict of a check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Pass,
    Fail,
    /// Nothing to assess although the year/level has a target (e.g. a share over an
    /// empty population, or "nếu có" when the thing does not exist); the reason says why.
    NotAssessed,
    /// The data contradicts itself (a count above its total); the reason says how.
    Error,
}

/// The result of a check: a verdict, the measured value and the reason, as data the
/// host renders in the reader's language (`ABI.md`, "Reasons").
#[derive(Clone, Debug, PartialEq)]
pub struct Eval {
    pub verdict: Verdict,
    pub measured: Measured,
    pub reason: Reason<'static>,
}

impl Eval {
    pub fn new(verdict: Verdict, measured: Measured, reason: Reason<'static>) -> Self {
        Eval {
            verdict,
            measured,
            reason,
        }
    }

    /// Pass when `met`, else fail.
    pub fn met(met: bool, measured: Measured, reason: Reason<'static>) -> Self {
        let verdict = if met { Verdict::Pass } else { Verdict::Fail };
        Eval::new(verdict, measured, reason)
    }

    /// The figures contradict each other: an error with the rule they break.
    pub fn inconsistent(rule: Inconsistency, facts: Vec<FactRef>) -> Self {
        Eval::new(
            Verdict::Error,
            Measured::None,
            Reason::Inconsistent { rule, facts },
        )
    }

    /// A bug in the criterion (a target or selector its check was not written for):
    /// an error, never a guess.
    pub fn bug(what: &'static str) -> Self {
        Eval::new(
            Verdict::Error,
            Measured::None,
            Reason::Bug(alloc::borrow::Cow::Borrowed(what)),
        )
    }
}

/// Facts a check needed but did not get. `?` on any fact accessor produces it, and the
/// SDK turns it into a `missing_data` outcome naming every absent fact.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Missing {
    absent: Vec<&'static str>,
    /// A fact read without being declared: a bug in the criterion, reported as `error`.
    undeclared: Option<&'static str>,
}

impl Missing {
    fn absent(key: &'static str) -> Self {
        Missing {
            absent: alloc::vec![key],
            undeclared: None,
        }
    }

    fn merge(&mut self, other: Missing) {
        self.absent.extend(other.absent);
        self.undeclared = self.undeclared.or(other.undeclared);
    }

    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.absent.iter().copied()
    }

    pub fn undeclared(&self) -> Option<&'static str> {
        self.undeclared
    }

    pub(crate) fn indices(&self, c: &Criterion) -> Vec<u16> {
        self.absent
            .iter()
            .filter_map(|k| c.facts.iter().position(|f| f == k))
            .map(|i| i as u16)
            .collect()
    }
}

/// The evaluation context: the selected year or level, its target, and the declared facts.
pub struct Cx<'a> {
    criterion: &'a Criterion,
    selector: Selector,
    target: Target,
    facts: &'a [Value<'a>],
}

impl<'a> Cx<'a> {
    pub(crate) fn new(
        criterion: &'a Criterion,
        selector: Selector,
        target: Target,
        facts: &'a [Value<'a>],
    ) -> Self {
        Cx {
            criterion,
            selector,
            target,
            facts,
        }
    }

    /// The target that applies (never `NotAssessed`: the SDK answers those itself).
    pub fn target(&self) -> Target {
        self.target
    }

    /// The selected assessment year or maturity level.
    pub fn selector(&self) -> Selector {
        self.selector
    }

    fn index(&self, key: &'static str) -> Option<usize> {
        self.criterion.facts.iter().position(|f| *f == key)
    }

    /// A declared fact and its value, as a reason names it.
    pub fn fact(&self, key: &'static str, value: f64) -> FactRef {
        let index = self.index(key).map_or(u16::MAX, |i| i as u16);
        FactRef { index, value }
    }

    fn value(&self, key: &'static str) -> Result<&Value<'a>, Missing> {
        match self.index(key).and_then(|i| self.facts.get(i)) {
            None => Err(Missing {
                absent: Vec::new(),
                undeclared: Some(key),
            }),
            Some(Value::Absent) => Err(Missing::absent(key)),
            Some(v) => Ok(v),
        }
    }

    /// A numeric fact (a count, an amount). A non-numeric value counts as absent: the
    /// host's schema validation makes that impossible for well-formed datasets.
    pub fn number(&self, key: &'static str) -> Result<f64, Missing> {
        match self.value(key)? {
            Value::Number(n) => Ok(*n),
            _ => Err(Missing::absent(key)),
        }
    }

    /// A yes/no fact (a document exists, an assessor's judgement).
    pub fn flag(&self, key: &'static str) -> Result<bool, Missing> {
        match self.value(key)? {
            Value::Bool(b) => Ok(*b),
            _ => Err(Missing::absent(key)),
        }
    }

    /// Several numeric facts at once; when some are absent, all of them are named.
    pub fn numbers<const N: usize>(&self, keys: [&'static str; N]) -> Result<[f64; N], Missing> {
        let mut out = [0.0; N];
        let mut missing = Missing::default();
        for (slot, key) in out.iter_mut().zip(keys) {
            match self.number(key) {
                Ok(n) => *slot = n,
                Err(m) => missing.merge(m),
            }
        }
        if missing.absent.is_empty() && missing.undeclared.is_none() {
            Ok(out)
        } else {
            Err(missing)
        }
    }

    /// Several yes/no facts at once; when some are absent, all of them are named.
    pub fn flags<const N: usize>(&self, keys: [&'static str; N]) -> Result<[bool; N], Missing> {
        let mut out = [false; N];
        let mut missing = Missing::default();
        for (slot, key) in out.iter_mut().zip(keys) {
            match self.flag(key) {
                Ok(b) => *slot = b,
                Err(m) => missing.merge(m),
            }
        }
        if missing.absent.is_empty() && missing.undeclared.is_none() {
            Ok(out)
        } else {
            Err(missing)
        }
    }

    /// The share `part / total` in percent, against a percentage target (a minimum).
    ///
    /// Exactly at the target passes. The comparison is exact (`part × 100 ≥ min × total`),
    /// the measured value is reported rounded to two decimals. An empty population
    /// (`total` = 0) is `not_assessed` with the reason; `part` above `total` or a
    /// negative count is an `error` naming the facts.
    pub fn share_at_least(&self, part: &'static str, total: &'static str) -> Result<Eval, Missing> {
        let [p, t] = self.numbers([part, total])?;
        let Target::Min(min) = self.target else {
            return Ok(Eval::bug("a share needs a percentage target"));
        };
        Ok(self.share_of(&[(part, p)], &[(total, t)], min))
    }

    /// The share of a part (a sum of facts) in a total (a sum of facts) against `min`
    /// percent, with the same rules as [`Cx::share_at_least`]: negative counts and a part
    /// above its total are errors, an empty total is not assessed, the comparison is
    /// exact. For the conditions of [`Cx::all`] and [`Cx::any`], and for denominators
    /// that add several facts.
    pub fn share_of(
        &self,
        part: &[(&'static str, f64)],
        total: &[(&'static str, f64)],
        min: f64,
    ) -> Eval {
        let refs = |xs: &[(&'static str, f64)]| xs.iter().map(|&(k, v)| self.fact(k, v)).collect();
        let (p, t): (f64, f64) = (
            part.iter().map(|(_, v)| v).sum(),
            total.iter().map(|(_, v)| v).sum(),
        );
        let all = || {
            let mut facts: Vec<FactRef> = refs(part);
            facts.extend(refs(total).iter());
            facts
        };
        if part.iter().chain(total).any(|(_, v)| *v < 0.0) {
            return Eval::inconsistent(Inconsistency::Negative, all());
        }
        if p > t {
            return Eval::inconsistent(Inconsistency::Exceeds, all());
        }
        if t == 0.0 {
            return Eval::new(
                Verdict::NotAssessed,
                Measured::None,
                Reason::EmptyPopulation { total: refs(total) },
            );
        }
        let Some(exact) = crate::exact::share(p, t, min) else {
            return not_exact(all());
        };
        Eval::met(
            exact.met,
            Measured::Number(exact.shown),
            Reason::Share {
                met: exact.met,
                shown: exact.shown,
                min,
                part: refs(part),
                total: refs(total),
            },
        )
    }

    /// A text target that says something must exist or hold ("Có", "Đáp ứng",
    /// "Sử dụng hiệu quả"): met when the yes/no fact is true.
    pub fn holds(&self, fact: &'static str) -> Result<Eval, Missing> {
        let yes = self.flag(fact)?;
        Ok(Eval::met(
            yes,
            Measured::Bool(yes),
            Reason::Flag {
                fact: self.fact(fact, 0.0).index,
                value: yes,
            },
        ))
    }

    /// All of several yes/no facts must hold (e.g. a plan issued *and* implemented).
    pub fn all_hold<const N: usize>(&self, facts: [&'static str; N]) -> Result<Eval, Missing> {
        let values = self.flags(facts)?;
        let met = values.iter().all(|v| *v);
        let conditions = facts
            .iter()
            .zip(values)
            .map(|(key, value)| Reason::Flag {
                fact: self.fact(key, 0.0).index,
                value,
            })
            .collect();
        Ok(Eval::met(met, Measured::Bool(met), Reason::All(conditions)))
    }

    /// A count that must reach `min` ("Có" điểm phát wifi: at least 1).
    pub fn count_at_least(&self, fact: &'static str, min: f64) -> Result<Eval, Missing> {
        let n = self.number(fact)?;
        Ok(self.count_of(fact, n, min))
    }

    /// [`Cx::count_at_least`] on a value already read (a condition of [`Cx::any`]).
    pub fn count_of(&self, fact: &'static str, n: f64, min: f64) -> Eval {
        let at = self.fact(fact, n);
        if n < 0.0 {
            return Eval::inconsistent(Inconsistency::Negative, vec![at]);
        }
        let Some(met) = crate::exact::count_at_least(n, min) else {
            return not_exact(vec![at]);
        };
        Eval::met(
            met,
            Measured::Number(n),
            Reason::Count { met, min, fact: at },
        )
    }

    /// A count target ("Tối thiểu 02 nhân sự", [`Target::AtLeast`]): `fact` must reach
    /// the target's count, or, when the target also accepts "100 %" of a population,
    /// equal a non-empty `total`.
    pub fn meets_count_target(
        &self,
        fact: &'static str,
        total: Option<&'static str>,
    ) -> Result<Eval, Missing> {
        let Target::AtLeast { count, or_all, .. } = self.target else {
            return Ok(Eval::bug("a count check needs a count target"));
        };
        let min = f64::from(count);
        match (or_all, total) {
            (false, _) => self.count_at_least(fact, min),
            (true, Some(total)) => {
                let [n, t] = self.numbers([fact, total])?;
                if n > t {
                    let facts = vec![self.fact(fact, n), self.fact(total, t)];
                    return Ok(Eval::inconsistent(Inconsistency::Exceeds, facts));
                }
                let enough = self.count_of(fact, n, min);
                // "100 %" of an empty population does not count: its condition says so.
                let every = self.share_of(&[(fact, n)], &[(total, t)], 100.0);
                Ok(self.any(Measured::Number(n), [enough, every]))
            }
            (true, None) => Ok(Eval::bug("a count-or-all target needs the population")),
        }
    }

    /// Every condition must be met: pass when all pass; the first error (contradictory
    /// figures) stands for the whole.
    pub fn all<const N: usize>(&self, measured: Measured, conditions: [Eval; N]) -> Eval {
        if let Some(e) = conditions.iter().find(|c| c.verdict == Verdict::Error) {
            return e.clone();
        }
        let met = conditions.iter().all(|c| c.verdict == Verdict::Pass);
        let reasons = conditions.into_iter().map(|c| c.reason).collect();
        Eval::met(met, measured, Reason::All(reasons))
    }

    /// One condition is enough: pass when any passes; the first error stands for the
    /// whole.
    pub fn any<const N: usize>(&self, measured: Measured, conditions: [Eval; N]) -> Eval {
        if let Some(e) = conditions.iter().find(|c| c.verdict == Verdict::Error) {
            return e.clone();
        }
        let met = conditions.iter().any(|c| c.verdict == Verdict::Pass);
        let reasons = conditions.into_iter().map(|c| c.reason).collect();
        Eval::met(met, measured, Reason::Any(reasons))
    }

    /// "nếu có" (if there is one): the criterion applies only when the thing exists;
    /// without it there is nothing to assess.
    pub fn if_any(&self, facts: Vec<FactRef>) -> Eval {
        Eval::new(
            Verdict::NotAssessed,
            Measured::None,
            Reason::IfAny { facts },
        )
    }

    /// A criterion-specific judgement: `key` indexes the criterion's `judgements`, whose
    /// wording takes `params`.
    pub fn judgement(
        &self,
        verdict: Verdict,
        measured: Measured,
        key: u8,
        params: Vec<Value<'static>>,
    ) -> Eval {
        Eval::new(verdict, measured, Reason::Judgement { key, params })
    }
}

/// A criterion's figures that cannot be decided exactly (a count that is not a whole
/// number up to 2^53, a target with more than two decimals): an error, never a guess.
pub fn not_exact(facts: Vec<FactRef>) -> Eval {
    Eval::new(Verdict::Error, Measured::None, Reason::NotExact { facts })
}

#[cfg(test)]
mod tests {
    use crate::abi::{GuestOutcome, Input};
    use crate::prelude::*;
    use crate::{Measured, evaluate, evaluate_native};

    const SHARE: Criterion = Criterion {
        id: "T.1",
        group: Group {
            id: "T",
            name: "Thử nghiệm",
        },
        name: "Tỷ lệ thử",
        unit: "%",
        targets: Targets::ByYear(&[(2023, Target::NotAssessed), (2024, Target::Min(75.0))]),
        agency: "",
        legal_basis: "",
        source: "test",
        data_source: "",
        level_of_government: LevelOfGovernment::Commune,
        evidence: &[],
        facts: &["x.part", "x.total"],
        notes: &[],
        judgements: &[],
        check: |cx| cx.share_at_least("x.part", "x.total"),
    };

    #[test]
    fn exactly_at_the_target_passes_and_just_below_fails() {
        let at = evaluate_native(&SHARE, 2024, &[Some(75.0), Some(100.0)]);
        assert_eq!(at.outcome, GuestOutcome::Pass, "{:?}", at.reason);
        assert_eq!(at.measured, Measured::Number(75.0));
        let below = evaluate_native(&SHARE, 2024, &[Some(2998.0), Some(4000.0)]);
        assert_eq!(below.outcome, GuestOutcome::Fail, "{:?}", below.reason);
        assert_eq!(below.measured, Measured::Number(74.95));
        // 3/4 is exactly 75 % even though 0.75 * 100 is computed in floating point.
        let thirds = evaluate_native(&SHARE, 2024, &[Some(3.0), Some(4.0)]);
        assert_eq!(thirds.outcome, GuestOutcome::Pass);
    }

    #[test]
    fn a_star_year_is_not_assessed_without_reading_facts() {
        let out = evaluate_native(&SHARE, 2023, &[None, None]);
        assert_eq!(out.outcome, GuestOutcome::NotAssessed);
        assert_eq!(out.reason, crate::abi::Reason::StarYear);
    }

    #[test]
    fn missing_facts_are_all_named() {
        let out = evaluate_native(&SHARE, 2024, &[None, None]);
        assert_eq!(out.outcome, GuestOutcome::MissingData);
        assert_eq!(out.missing, vec![0, 1]);
        assert_eq!(out.reason, crate::abi::Reason::MissingFacts);
    }

    #[test]
    fn inconsistent_and_empty_populations_are_explained() {
        let over = evaluate_native(&SHARE, 2024, &[Some(11.0), Some(10.0)]);
        assert_eq!(over.outcome, GuestOutcome::Error);
        assert!(
            matches!(
                over.reason,
                crate::abi::Reason::Inconsistent {
                    rule: crate::abi::Inconsistency::Exceeds,
                    ..
                }
            ),
            "{:?}",
            over.reason
        );
        let empty = evaluate_native(&SHARE, 2024, &[Some(0.0), Some(0.0)]);
        assert_eq!(empty.outcome, GuestOutcome::NotAssessed);
        assert!(
            matches!(empty.reason, crate::abi::Reason::EmptyPopulation { .. }),
            "{:?}",
            empty.reason
        );
    }

    #[test]
    fn a_year_outside_the_table_is_an_error() {
        let out = evaluate_native(&SHARE, 2030, &[Some(1.0), Some(1.0)]);
        assert_eq!(out.outcome, GuestOutcome::Error);
    }

    #[test]
    fn reading_an_undeclared_fact_is_a_criterion_bug() {
        const BUGGY: Criterion = Criterion {
            check: |cx| cx.holds("not.declared"),
            ..SHARE
        };
        let out = evaluate_native(&BUGGY, 2024, &[Some(1.0), Some(1.0)]);
        assert_eq!(out.outcome, GuestOutcome::Error);
        assert!(
            matches!(&out.reason, crate::abi::Reason::Bug(why) if why.contains("not declared")),
            "{:?}",
            out.reason
        );
    }

    #[test]
    fn malformed_input_bytes_become_an_error_output() {
        let bytes = crate::evaluate_bytes(&SHARE, &[9, 9]);
        let out = crate::abi::Output::decode(&bytes, 3).map(|o| o.outcome);
        assert_eq!(out, Ok(GuestOutcome::Error));
        // And a well-formed input still round-trips through bytes.
        let input = Input {
            selector: crate::abi::Selector::Year(2024),
            facts: vec![
                crate::abi::Value::Number(80.0),
                crate::abi::Value::Number(100.0),
            ],
            explain: true,
        };
        let direct = evaluate(&SHARE, &input).encode();
        assert_eq!(crate::evaluate_bytes(&SHARE, &input.encode()), direct);
    }

    #[test]
    fn every_level_at_once_is_each_level_alone() {
        use crate::abi::{Output, Selector, Value};
        const LEVELS: Criterion = Criterion {
            targets: Targets::ByLevel(&[
                Target::NotAssessed,
                Target::Min(50.0),
                Target::Min(60.0),
                Target::Min(70.0),
                Target::Min(80.0),
            ]),
            ..SHARE
        };
        let facts = vec![Value::Number(65.0), Value::Number(100.0)];
        for explain in [true, false] {
            let input = |selector| {
                Input {
                    selector,
                    facts: facts.clone(),
                    explain,
                }
                .encode()
            };
            let all = crate::evaluate_bytes(&LEVELS, &input(Selector::Levels(5)));
            let each: Vec<Vec<u8>> = (1..=5)
                .map(|l| crate::evaluate_bytes(&LEVELS, &input(Selector::Level(l))))
                .collect();
            assert_eq!(all, Output::encode_levels(&each));
            let outcomes: Vec<GuestOutcome> = Output::decode_levels(&all, 5)
                .expect("five outputs")
                .iter()
                .map(|o| o.outcome)
                .collect();
            use GuestOutcome::*;
            assert_eq!(outcomes, [NotAssessed, Pass, Pass, Fail, Fail]);
        }
    }

    #[test]
    fn metadata_is_valid_json_with_targets_as_written() {
        let json = crate::metadata_json(&SHARE);
        assert!(
            json.contains(r#""targets":[["2023",null],["2024",75]]"#),
            "{json}"
        );
        assert!(json.contains(r#""facts":["x.part","x.total"]"#), "{json}");
    }
}
