//! What a check sees ([`Cx`]) and what it returns ([`Eval`] or [`Missing`]).

use crate::abi::{Selector, Value};
use crate::text::Text;
use crate::{Criterion, Measured, Target};
use alloc::string::String;
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

/// The result of a check: a verdict, the measured value and a reason in plain words.
#[derive(Clone, Debug, PartialEq)]
pub struct Eval {
    pub verdict: Verdict,
    pub measured: Measured,
    pub reason: String,
}

impl Eval {
    pub fn new(verdict: Verdict, measured: Measured, reason: String) -> Self {
        Eval {
            verdict,
            measured,
            reason,
        }
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

    fn value(&self, key: &'static str) -> Result<&Value<'a>, Missing> {
        let index = self.criterion.facts.iter().position(|f| *f == key);
        match index.and_then(|i| self.facts.get(i)) {
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

    fn target_min(&self) -> Result<f64, Eval> {
        match self.target {
            Target::Min(min) => Ok(min),
            _ => Err(Eval::new(
                Verdict::Error,
                Measured::None,
                Text::new()
                    .s("criterion bug: a share needs a percentage target")
                    .done(),
            )),
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
        let min = match self.target_min() {
            Ok(min) => min,
            Err(e) => return Ok(e),
        };
        let facts = |text: Text| {
            text.s(" (`")
                .s(part)
                .s("` = ")
                .num(p)
                .s(", `")
                .s(total)
                .s("` = ")
                .num(t)
                .s(")")
        };
        if p < 0.0 || t < 0.0 {
            let why = facts(Text::new().s("inconsistent data: a count is negative")).done();
            return Ok(Eval::new(Verdict::Error, Measured::None, why));
        }
        if p > t {
            let why = facts(
                Text::new()
                    .s("inconsistent data: `")
                    .s(part)
                    .s("` exceeds `")
                    .s(total)
                    .s("`"),
            );
            return Ok(Eval::new(Verdict::Error, Measured::None, why.done()));
        }
        if t == 0.0 {
            let why = Text::new()
                .s("`")
                .s(total)
                .s("` is 0: the share is undefined, nothing to assess");
            return Ok(Eval::new(Verdict::NotAssessed, Measured::None, why.done()));
        }
        let Some(exact) = crate::exact::share(p, t, min) else {
            return Ok(not_exact(facts(Text::new())));
        };
        let (share, met) = (exact.shown, exact.met);
        let reason = facts(
            Text::new()
                .s(if met { "met: " } else { "not met: " })
                .num(share)
                .s(" % = ")
                .num(p)
                .s(" / ")
                .num(t),
        )
        .s(if met { " ≥ " } else { " < " })
        .num(min)
        .s(" %")
        .done();
        Ok(Eval::new(
            if met { Verdict::Pass } else { Verdict::Fail },
            Measured::Number(share),
            reason,
        ))
    }

    /// A text target that says something must exist or hold ("Có", "Đáp ứng",
    /// "Sử dụng hiệu quả"): met when the yes/no fact is true. `what` says in English what
    /// the fact records, for the reason.
    pub fn holds(&self, fact: &'static str, what: &str) -> Result<Eval, Missing> {
        let yes = self.flag(fact)?;
        // "met: <what> (`fact` = true)" / "not met: `fact` = false; required: <what>"
        let reason = if yes {
            Text::new()
                .s("met: ")
                .s(what)
                .s(" (`")
                .s(fact)
                .s("` = true)")
        } else {
            Text::new()
                .s("not met: `")
                .s(fact)
                .s("` = false; required: ")
                .s(what)
        }
        .done();
        Ok(Eval::new(
            if yes { Verdict::Pass } else { Verdict::Fail },
            Measured::Bool(yes),
            reason,
        ))
    }

    /// All of several yes/no facts must hold (e.g. a plan issued *and* implemented).
    pub fn all_hold<const N: usize>(
        &self,
        facts: [(&'static str, &str); N],
    ) -> Result<Eval, Missing> {
        let keys = facts.map(|(k, _)| k);
        let values = self.flags(keys)?;
        let mut reason = Text::new();
        let met = values.iter().all(|v| *v);
        reason = reason.s(if met { "met: " } else { "not met: " });
        for (i, ((key, what), yes)) in facts.iter().zip(values).enumerate() {
            if i > 0 {
                reason = reason.s("; ");
            }
            reason = if yes {
                reason.s(what).s(" (`").s(key).s("` = true)")
            } else {
                reason.s("`").s(key).s("` = false; required: ").s(what)
            };
        }
        Ok(Eval::new(
            if met { Verdict::Pass } else { Verdict::Fail },
            Measured::Bool(met),
            reason.done(),
        ))
    }

    /// A count that must reach `min` ("Có" điểm phát wifi: at least 1).
    pub fn count_at_least(&self, fact: &'static str, min: f64) -> Result<Eval, Missing> {
        let n = self.number(fact)?;
        if n < 0.0 {
            let why = Text::new()
                .s("inconsistent data: `")
                .s(fact)
                .s("` is negative")
                .done();
            return Ok(Eval::new(Verdict::Error, Measured::None, why));
        }
        let Some(met) = crate::exact::count_at_least(n, min) else {
            return Ok(not_exact(
                Text::new().s(" (`").s(fact).s("` = ").num(n).s(")"),
            ));
        };
        let reason = Text::new()
            .s(if met { "met: `" } else { "not met: `" })
            .s(fact)
            .s("` = ")
            .num(n)
            .s(if met { " ≥ " } else { " < " })
            .num(min)
            .done();
        Ok(Eval::new(
            if met { Verdict::Pass } else { Verdict::Fail },
            Measured::Number(n),
            reason,
        ))
    }
}

/// A criterion's figures that cannot be decided exactly (a count that is not a whole
/// number up to 2^53, a target with more than two decimals): an error, never a guess.
/// `facts` ends the reason with the figures.
pub fn not_exact(facts: Text) -> Eval {
    let why = Text::new()
        .s("cannot be decided exactly: counts must be whole numbers from 0 to 2^53 and a percentage target have at most two decimals")
        .s(&facts.done())
        .done();
    Eval::new(Verdict::Error, Measured::None, why)
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
        check: |cx| cx.share_at_least("x.part", "x.total"),
    };

    #[test]
    fn exactly_at_the_target_passes_and_just_below_fails() {
        let at = evaluate_native(&SHARE, 2024, &[Some(75.0), Some(100.0)]);
        assert_eq!(at.outcome, GuestOutcome::Pass, "{}", at.reason);
        assert_eq!(at.measured, Measured::Number(75.0));
        let below = evaluate_native(&SHARE, 2024, &[Some(2998.0), Some(4000.0)]);
        assert_eq!(below.outcome, GuestOutcome::Fail, "{}", below.reason);
        assert_eq!(below.measured, Measured::Number(74.95));
        // 3/4 is exactly 75 % even though 0.75 * 100 is computed in floating point.
        let thirds = evaluate_native(&SHARE, 2024, &[Some(3.0), Some(4.0)]);
        assert_eq!(thirds.outcome, GuestOutcome::Pass);
    }

    #[test]
    fn a_star_year_is_not_assessed_without_reading_facts() {
        let out = evaluate_native(&SHARE, 2023, &[None, None]);
        assert_eq!(out.outcome, GuestOutcome::NotAssessed);
        assert!(out.reason.contains("marked `*`"), "{}", out.reason);
    }

    #[test]
    fn missing_facts_are_all_named() {
        let out = evaluate_native(&SHARE, 2024, &[None, None]);
        assert_eq!(out.outcome, GuestOutcome::MissingData);
        assert_eq!(out.missing, vec![0, 1]);
        assert_eq!(out.reason, "missing data: `x.part`, `x.total`");
    }

    #[test]
    fn inconsistent_and_empty_populations_are_explained() {
        let over = evaluate_native(&SHARE, 2024, &[Some(11.0), Some(10.0)]);
        assert_eq!(over.outcome, GuestOutcome::Error);
        assert!(over.reason.contains("exceeds"), "{}", over.reason);
        let empty = evaluate_native(&SHARE, 2024, &[Some(0.0), Some(0.0)]);
        assert_eq!(empty.outcome, GuestOutcome::NotAssessed);
        assert!(empty.reason.contains("is 0"), "{}", empty.reason);
    }

    #[test]
    fn a_year_outside_the_table_is_an_error() {
        let out = evaluate_native(&SHARE, 2030, &[Some(1.0), Some(1.0)]);
        assert_eq!(out.outcome, GuestOutcome::Error);
    }

    #[test]
    fn reading_an_undeclared_fact_is_a_criterion_bug() {
        const BUGGY: Criterion = Criterion {
            check: |cx| cx.holds("not.declared", "x"),
            ..SHARE
        };
        let out = evaluate_native(&BUGGY, 2024, &[Some(1.0), Some(1.0)]);
        assert_eq!(out.outcome, GuestOutcome::Error);
        assert!(out.reason.contains("not declared"), "{}", out.reason);
    }

    #[test]
    fn malformed_input_bytes_become_an_error_output() {
        let bytes = crate::evaluate_bytes(&SHARE, &[9, 9]);
        let out = crate::abi::Output::decode(&bytes).map(|o| o.outcome);
        assert_eq!(out, Ok(GuestOutcome::Error));
        // And a well-formed input still round-trips through bytes.
        let input = Input {
            selector: crate::abi::Selector::Year(2024),
            facts: vec![
                crate::abi::Value::Number(80.0),
                crate::abi::Value::Number(100.0),
            ],
        };
        let direct = evaluate(&SHARE, &input).encode();
        assert_eq!(crate::evaluate_bytes(&SHARE, &input.encode()), direct);
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
