//! Running criteria over a dataset.

use super::{CriterionResult, FactRead, Outcome};
use crate::aggregate::{CompletionSummary, Verdict, recognise};
use crate::dataset::{Basis, Dataset, LoadedDataset, Locality};
use crate::policyset::{LoadedCriterion, PolicySet, Usable};
use dtcheck_abi::{GuestOutcome, Input, Output, Selector, Value};
use serde::Serialize;

/// How to evaluate.
#[derive(Debug, Clone, Copy)]
pub struct EvalOptions {
    /// Whose targets apply; `None` = the dataset's own year.
    pub year: Option<u16>,
    pub basis: Basis,
}

/// A locality evaluated against a set.
#[derive(Debug, Clone, Serialize)]
pub struct LocalityResult {
    /// The dataset file, as given.
    pub file: String,
    pub locality: Locality,
    pub synthetic: bool,
    /// The year the data describes.
    pub dataset_year: u16,
    /// The year whose targets were applied.
    pub targets_year: u16,
    pub basis: Basis,
    pub criteria: Vec<CriterionResult>,
    /// Criteria completed ("đã hoàn thành X/Y chỉ tiêu, tỷ lệ đạt Z %", Mẫu 02/03):
    /// not the DTI percentage.
    pub completion: CompletionSummary,
    #[serde(flatten)]
    pub verdict: Verdict,
}

/// Evaluates every criterion of `set` for one dataset, then applies the set's rule.
pub fn evaluate_locality(set: &PolicySet, ds: &LoadedDataset, opts: EvalOptions) -> LocalityResult {
    let d = &ds.dataset;
    let year = opts.year.unwrap_or(d.year);
    let criteria: Vec<CriterionResult> = set
        .criteria
        .iter()
        .map(|c| evaluate_criterion(c, d, Selector::Year(year), opts.basis))
        .collect();
    let completion = CompletionSummary::of(&criteria);
    let verdict = recognise(&set.manifest.recognition, &criteria, d, opts.basis);
    LocalityResult {
        file: ds.file.display().to_string(),
        locality: d.locality.clone(),
        synthetic: d.synthetic,
        dataset_year: d.year,
        targets_year: year,
        basis: opts.basis,
        criteria,
        completion,
        verdict,
    }
}

/// Evaluates one criterion for one dataset. Never fails: every problem is an outcome.
pub fn evaluate_criterion(
    c: &LoadedCriterion,
    d: &Dataset,
    selector: Selector,
    basis: Basis,
) -> CriterionResult {
    match &c.loaded {
        Ok(usable) => run_usable(usable, d, selector, basis),
        Err(reason) => CriterionResult {
            id: c.entry.criterion.clone(),
            group: String::new(),
            name: String::new(),
            unit: String::new(),
            outcome: Outcome::Error,
            measured: serde_json::Value::Null,
            target: serde_json::Value::Null,
            reason: reason.clone(),
            facts: Vec::new(),
            missing_facts: Vec::new(),
            missing_evidence: Vec::new(),
            fuel: None,
        },
    }
}

fn selector_key(selector: Selector) -> String {
    match selector {
        Selector::Year(y) => y.to_string(),
        Selector::Level(l) => l.to_string(),
    }
}

fn run_usable(u: &Usable, d: &Dataset, selector: Selector, basis: Basis) -> CriterionResult {
    let meta = &u.meta;
    // The facts the criterion declares, in order, as they cross the ABI.
    let mut facts = Vec::with_capacity(meta.facts.len());
    let mut values = Vec::with_capacity(meta.facts.len());
    for key in &meta.facts {
        let (value, source) = d.fact(key, basis);
        values.push(match value {
            Some(serde_json::Value::Number(n)) => n.as_f64().map_or(Value::Absent, Value::Number),
            Some(serde_json::Value::Bool(b)) => Value::Bool(*b),
            Some(serde_json::Value::String(s)) => Value::Text(s),
            _ => Value::Absent,
        });
        facts.push(FactRead {
            key: key.clone(),
            value: value.cloned().unwrap_or(serde_json::Value::Null),
            source,
        });
    }
    let missing_evidence: Vec<_> = meta
        .evidence
        .iter()
        .filter(|e| !d.evidence.contains_key(&e.id))
        .cloned()
        .collect();
    let written_target = meta
        .target(&selector_key(selector))
        .cloned()
        .unwrap_or(serde_json::Value::Null);
    let mut result = CriterionResult {
        id: meta.id.clone(),
        group: meta.group.id.clone(),
        name: meta.name.clone(),
        unit: meta.unit.clone(),
        outcome: Outcome::Error,
        measured: serde_json::Value::Null,
        target: written_target,
        reason: String::new(),
        facts,
        missing_facts: Vec::new(),
        missing_evidence: Vec::new(),
        fuel: None,
    };
    let input = Input {
        selector,
        facts: values,
    }
    .encode();
    let call = match u.module.call(&input) {
        Ok(call) => call,
        Err(fault) => {
            result.reason = fault.to_string();
            return result;
        }
    };
    result.fuel = Some(call.fuel_used);
    let out = match Output::decode(&call.output) {
        Ok(out) => out,
        Err(e) => {
            result.reason = format!("the module returned malformed output: {e}");
            return result;
        }
    };
    result.measured = to_json(&out.measured);
    result.reason = out.reason.to_string();
    result.outcome = match out.outcome {
        GuestOutcome::Pass => Outcome::Pass,
        GuestOutcome::Fail => Outcome::Fail,
        GuestOutcome::NotAssessed => Outcome::NotAssessed,
        GuestOutcome::MissingData => Outcome::MissingData,
        GuestOutcome::Error => Outcome::Error,
    };
    if out.outcome == GuestOutcome::MissingData {
        result.missing_facts = missing_keys(&out, &meta.facts);
        if result.missing_facts.is_empty() {
            result.outcome = Outcome::Error;
            result.reason =
                "the module reported missing data without naming a declared fact".into();
            return result;
        }
    }
    // Evidence: the figures of an assessed criterion count only with their documents.
    if matches!(
        result.outcome,
        Outcome::Pass | Outcome::Fail | Outcome::MissingData
    ) && !missing_evidence.is_empty()
    {
        let docs: Vec<String> = missing_evidence
            .iter()
            .map(|e| format!("`{}` ({})", e.id, e.title))
            .collect();
        if result.outcome == Outcome::MissingData {
            result.reason = format!(
                "{}; evidence also missing: {}",
                result.reason,
                docs.join(", ")
            );
        } else {
            result.reason = format!(
                "missing evidence: {}; the figures alone would give {} ({})",
                docs.join(", "),
                result.outcome.keyword(),
                result.reason
            );
            result.outcome = Outcome::MissingEvidence;
        }
        result.missing_evidence = missing_evidence;
    }
    // Report the missing facts as null reads sourced `absent` (already so) and keep the
    // written target even when the module echoed it.
    if result.target.is_null() && !matches!(out.target, Value::Absent) {
        result.target = to_json(&out.target);
    }
    result
}

fn missing_keys(out: &Output<'_>, facts: &[String]) -> Vec<String> {
    out.missing
        .iter()
        .filter_map(|&i| facts.get(usize::from(i)).cloned())
        .collect()
}

fn to_json(v: &Value<'_>) -> serde_json::Value {
    match v {
        Value::Absent => serde_json::Value::Null,
        Value::Number(n) => number_json(*n),
        Value::Bool(b) => serde_json::Value::Bool(*b),
        Value::Text(s) => serde_json::Value::String((*s).to_owned()),
    }
}

/// Integers print as integers ("75", not "75.0"), like the source tables.
pub(crate) fn number_json(n: f64) -> serde_json::Value {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        serde_json::Value::from(n as i64)
    } else {
        serde_json::Number::from_f64(n).map_or(serde_json::Value::Null, serde_json::Value::Number)
    }
}
