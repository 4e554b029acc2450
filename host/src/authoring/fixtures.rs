//! Criterion fixture cases (`dtcheck test`), like `opa test`: each case gives the facts
//! (and, optionally, the evidence documents) for a year or level and the expected
//! outcome, measured value and reason, and runs against the built module.
//!
//! A set's cases live in `policies/sets/<id>/fixtures/<module>.json`:
//!
//! ```json
//! { "criterion": "1.6",
//!   "cases": [
//!     { "name": "exactly at the 2024 target passes", "year": 2024,
//!       "facts": { "admin_dossiers.received": 200, "admin_dossiers.online": 150 },
//!       "expect": { "outcome": "pass", "measured": 75, "reason_contains": "≥ 75 %" } } ] }
//! ```
//!
//! `evidence` lists the documents present; when omitted, every document the criterion
//! requires is present, so that cases test the logic. Coverage is reported too: criteria
//! with no case, and criteria with a numeric target but no passing or no failing case
//! (nothing on one side of the threshold).

use crate::dataset::{Basis, Dataset, EvidenceIds, Locality};
use crate::eval::{CriterionResult, Outcome, evaluate_one};
use crate::policyset::{PolicySet, SetsDir};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

pub const FIXTURES_DIR: &str = "fixtures";

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FixtureFile {
    pub criterion: String,
    pub cases: Vec<Case>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    #[serde(default)]
    pub facts: BTreeMap<String, serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Vec<String>>,
    pub expect: Expect,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    pub outcome: Outcome,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measured: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_contains: Option<String>,
}

/// The result of one case.
#[derive(Debug, Clone, Serialize)]
pub struct CaseResult {
    pub file: String,
    pub criterion: String,
    pub name: String,
    pub passed: bool,
    /// Why it failed (empty when it passed).
    pub failure: String,
}

/// All cases of a set, and what they do not cover.
#[derive(Debug, Clone, Serialize)]
pub struct TestReport {
    pub policy_set: String,
    pub cases: Vec<CaseResult>,
    /// Criteria with no case at all.
    pub without_cases: Vec<String>,
    /// Criteria with a numeric target but no passing or no failing case.
    pub one_sided: Vec<String>,
    /// Fixture files that could not be read or do not fit the set.
    pub problems: Vec<String>,
}

impl TestReport {
    pub fn failed(&self) -> usize {
        self.cases.iter().filter(|c| !c.passed).count() + self.problems.len()
    }
}

/// Runs every fixture case of a loaded set. Fixture files are read from `sets` (the
/// working tree or a revision).
/// Runs the fixture cases of the sets `ids` of `sets`.
pub fn run_sets(
    sets: &SetsDir,
    ids: &[String],
    sandbox: &crate::sandbox::Sandbox,
) -> Result<Vec<TestReport>, crate::Error> {
    let mut reports = Vec::new();
    for id in ids {
        reports.push(run(sets, &sets.load(id, sandbox)?));
    }
    Ok(reports)
}

/// Why a fixture file or case cannot be run.
#[derive(Debug, thiserror::Error)]
pub enum FixtureError {
    #[error("`{file}`: {message}")]
    Invalid { file: String, message: String },
    #[error("`{file}` disappeared")]
    Gone { file: String },
    #[error(transparent)]
    Set(#[from] crate::policyset::SetError),
    #[error(transparent)]
    Unusable(#[from] crate::policyset::Unusable),
    #[error("a case gives exactly one of `year` and `level`")]
    Selector,
}

pub fn run(sets: &SetsDir, set: &PolicySet) -> TestReport {
    let mut report = TestReport {
        policy_set: set.id().to_string(),
        cases: Vec::new(),
        without_cases: Vec::new(),
        one_sided: Vec::new(),
        problems: Vec::new(),
    };
    let files = match sets.list_files(&Path::new(set.id()).join(FIXTURES_DIR)) {
        Ok(files) => files,
        Err(e) => {
            report.problems.push(e.to_string());
            Vec::new()
        }
    };
    let mut outcomes_by_criterion: BTreeMap<String, Vec<Outcome>> = BTreeMap::new();
    for name in files.iter().filter(|f| f.ends_with(".json")) {
        let label = format!("{}/{FIXTURES_DIR}/{name}", set.id());
        let rel = Path::new(set.id()).join(FIXTURES_DIR).join(name);
        let parsed: Result<FixtureFile, FixtureError> = match sets.read_file(&rel) {
            Ok(Some(bytes)) => serde_json::from_slice(&bytes).map_err(|e| FixtureError::Invalid {
                file: label.clone(),
                message: e.to_string(),
            }),
            Ok(None) => Err(FixtureError::Gone {
                file: label.clone(),
            }),
            Err(e) => Err(e.into()),
        };
        let fixture = match parsed {
            Ok(f) => f,
            Err(e) => {
                report.problems.push(e.to_string());
                continue;
            }
        };
        let Some(criterion) = set
            .criteria
            .iter()
            .find(|c| c.entry.criterion == fixture.criterion)
        else {
            report.problems.push(format!(
                "`{label}`: criterion `{}` is not in `{}`",
                fixture.criterion,
                set.id()
            ));
            continue;
        };
        // The criterion has cases, whether or not they can run (a module missing fails
        // each of them, and says so; it is not "no case").
        if !fixture.cases.is_empty() {
            outcomes_by_criterion
                .entry(fixture.criterion.clone())
                .or_default();
        }
        for case in &fixture.cases {
            let result = run_case(criterion, case);
            let failure = match &result {
                Ok(r) => check(case, r),
                Err(e) => e.to_string(),
            };
            if let Ok(r) = &result {
                outcomes_by_criterion
                    .entry(fixture.criterion.clone())
                    .or_default()
                    .push(r.outcome);
            }
            report.cases.push(CaseResult {
                file: label.clone(),
                criterion: fixture.criterion.clone(),
                name: case.name.clone(),
                passed: failure.is_empty(),
                failure,
            });
        }
    }
    for c in &set.criteria {
        let id = &c.entry.criterion;
        match outcomes_by_criterion.get(id) {
            None => report.without_cases.push(id.clone()),
            Some(outcomes) => {
                let numeric = c
                    .loaded
                    .as_ref()
                    .is_ok_and(|u| u.meta.targets.iter().any(|(_, t)| t.is_number()));
                let both = outcomes.contains(&Outcome::Pass) && outcomes.contains(&Outcome::Fail);
                // Cases that could not run say so themselves.
                if numeric && !outcomes.is_empty() && !both {
                    report.one_sided.push(id.clone());
                }
            }
        }
    }
    report
}

/// Evaluates one case in a dataset made of its facts and evidence.
fn run_case(
    criterion: &crate::policyset::LoadedCriterion,
    case: &Case,
) -> Result<CriterionResult, FixtureError> {
    let usable = criterion.loaded.as_ref().map_err(Clone::clone)?;
    // A case supplies documents by id: each stands for itself, by its id.
    let supplied = |id: &str| {
        let document = crate::dataset::Document {
            title: id.to_owned(),
            ..Default::default()
        };
        (id.to_owned(), std::sync::Arc::new(document))
    };
    let evidence: EvidenceIds = match &case.evidence {
        Some(ids) => ids.iter().map(|id| supplied(id)).collect(),
        None => usable
            .meta
            .evidence
            .iter()
            .map(|e| supplied(&e.id))
            .collect(),
    };
    let level_of_government = usable.meta.level_of_government.clone();
    let dataset = Dataset {
        dataset_version: 1,
        synthetic: true,
        note: None,
        locality: Locality {
            code: "00000".into(),
            name: "fixture".into(),
            level: level_of_government,
            province: "fixture".into(),
            district: None,
        },
        year: case.year.unwrap_or(2024),
        facts: case
            .facts
            .iter()
            .map(|(k, v)| (k.clone().into(), v.clone()))
            .collect(),
        appraised_facts: Default::default(),
        evidence,
        dti: None,
        derived: Default::default(),
        communes: Vec::new(),
    };
    let selector = match (case.year, case.level) {
        (Some(y), None) => dtcheck_abi::Selector::Year(y),
        (None, Some(l)) => dtcheck_abi::Selector::Level(l),
        _ => return Err(FixtureError::Selector),
    };
    Ok(evaluate_one(
        criterion,
        &dataset,
        selector,
        Basis::SelfAssessed,
    ))
}

/// What differs from the expectation ("" when the case passes).
fn check(case: &Case, r: &CriterionResult) -> String {
    let mut why = Vec::new();
    if r.outcome != case.expect.outcome {
        why.push(format!(
            "outcome {} (expected {})",
            r.outcome.keyword(),
            case.expect.outcome.keyword()
        ));
    }
    if let Some(m) = &case.expect.measured {
        let same = match (m.as_f64(), r.measured.as_f64()) {
            (Some(a), Some(b)) => (a - b).abs() < 1e-9,
            _ => m == &r.measured,
        };
        if !same {
            why.push(format!("measured {} (expected {m})", r.measured));
        }
    }
    // The reason in either language may hold what the case expects.
    if let Some(needle) = &case.expect.reason_contains {
        use crate::render::explain::{Lang, reason};
        let en = reason(&r.explanation, Lang::En);
        let vi = reason(&r.explanation, Lang::Vi);
        if !en.contains(needle.as_str()) && !vi.contains(needle.as_str()) {
            why.push(format!(
                "reason `{en}` / `{vi}` does not contain `{needle}`"
            ));
        }
    }
    why.join("; ")
}
