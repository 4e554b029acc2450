//! Approved expectations for `dtcheck gate`: the outcomes every dataset of the
//! repository is expected to get under every set that applies to it, committed in
//! `policies/expectations/<set>.json`. A rule change that moves an outcome fails the
//! gate until the new outcomes are accepted (`dtcheck gate --accept`), so the intended
//! change is committed with the rule change and shows in review.

use crate::aggregate::LocalityResult;
use crate::dataset::{Basis, DataDictionary, LoadedDataset, ReadLimits};
use crate::diff::{Differ, Side};
use crate::plan::{Evaluation, Plan};
use crate::policyset::SetsDir;
use crate::sandbox::{Sandbox, Session};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const EXPECTATIONS_DIR: &str = "expectations";
/// Left beside it while `gate --accept` renames expectation files into place (see
/// `crate::finish_interrupted`).
pub const ACCEPT_JOURNAL: &str = ".gate-journal";

/// Why the gate cannot run or record its outcomes.
#[derive(Debug, thiserror::Error)]
pub enum GateError {
    #[error("`policies/{file}` is not valid: {message}")]
    Invalid { file: String, message: String },
    #[error("an interrupted `gate --accept` left a journal that cannot be completed: {source}")]
    Journal {
        file: std::path::PathBuf,
        source: std::io::Error,
    },
    /// Writing the accepted expectations failed (nothing was changed); the message
    /// names the file.
    #[error("{0}")]
    Accept(std::io::Error),
}

impl GateError {
    /// The file at fault, if one is.
    pub fn path(&self) -> Option<String> {
        match self {
            GateError::Invalid { file, .. } => Some(format!("policies/{file}")),
            GateError::Journal { file, .. } => Some(file.display().to_string()),
            GateError::Accept(_) => None,
        }
    }
}

/// What one criterion is expected to give for one dataset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    pub outcome: crate::eval::Outcome,
    pub measured: serde_json::Value,
    pub target: serde_json::Value,
}

/// What one dataset is expected to give under a set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetExpectation {
    /// "recognised", "not recognised" or "level N".
    pub verdict: String,
    pub criteria: BTreeMap<String, Expected>,
}

/// The approved expectations of one set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expectations {
    pub policy_set: String,
    /// Dataset file (relative to the repository) → expectation.
    pub datasets: BTreeMap<String, DatasetExpectation>,
}

impl DatasetExpectation {
    pub fn of(r: &LocalityResult) -> Self {
        let verdict = match &r.verdict {
            crate::aggregate::Verdict::Recognition(v) => {
                if v.recognized {
                    "recognised".to_string()
                } else {
                    "not recognised".to_string()
                }
            }
            crate::aggregate::Verdict::Maturity(m) => format!("level {}", m.level),
        };
        let criteria = r
            .criteria
            .iter()
            .map(|c| {
                let e = Expected {
                    outcome: c.outcome,
                    measured: c.measured.clone(),
                    target: c.target.clone(),
                };
                (c.id.to_string(), e)
            })
            .collect();
        DatasetExpectation { verdict, criteria }
    }
}

/// One side of a change, as the failure line says it: "approved pass (measured …)",
/// "now fail (…)", or that the side has no outcome at all.
fn show(side: &str, e: Option<&Expected>, none: &str) -> String {
    match e {
        None => none.into(),
        Some(e) => format!(
            "{side} {} (measured {}, target {})",
            e.outcome.keyword(),
            e.measured,
            e.target
        ),
    }
}

/// The approved and current outcomes of one dataset under a set, verdict first, then
/// each criterion, changed or not.
fn dataset_cases(
    set: &str,
    file: &str,
    was: &DatasetExpectation,
    now: &DatasetExpectation,
) -> Vec<OutcomeCase> {
    let mut out = vec![OutcomeCase::new(
        set,
        file,
        "verdict",
        was.verdict != now.verdict,
        format!("approved {}", was.verdict),
        format!("now {}", now.verdict),
    )];
    let ids: std::collections::BTreeSet<&String> =
        was.criteria.keys().chain(now.criteria.keys()).collect();
    for id in ids {
        let (a, b) = (was.criteria.get(id), now.criteria.get(id));
        out.push(OutcomeCase::new(
            set,
            file,
            id,
            a != b,
            show("approved", a, "no approved outcome"),
            show("now", b, "no outcome now"),
        ));
    }
    out
}

/// What differs from the approved expectations: the outcomes of `matched` (the
/// datasets [`cases`] compared) that changed, and the datasets new (no approved
/// expectation) or gone (no longer evaluated); in dataset order, the gone ones last.
pub fn compare(
    approved: &Expectations,
    current: &Expectations,
    matched: &[OutcomeCase],
) -> Vec<OutcomeCase> {
    let set = &current.policy_set;
    let mut out: Vec<OutcomeCase> = current
        .datasets
        .iter()
        .filter(|(file, _)| !approved.datasets.contains_key(*file))
        .map(|(file, now)| {
            OutcomeCase::new(
                set,
                file,
                "dataset",
                true,
                "no approved expectation".into(),
                format!("now {}", now.verdict),
            )
        })
        .chain(matched.iter().filter(|c| c.changed).cloned())
        .collect();
    // Stable: a dataset's changes keep their order (verdict, then criteria).
    out.sort_by(|a, b| a.dataset.cmp(&b.dataset));
    for file in approved
        .datasets
        .keys()
        .filter(|f| !current.datasets.contains_key(*f))
    {
        out.push(OutcomeCase::new(
            set,
            file,
            "dataset",
            true,
            "approved".into(),
            "now no longer evaluated".into(),
        ));
    }
    out
}

/// One gate check and its findings.
#[derive(Debug, Serialize)]
pub struct Check {
    pub name: &'static str,
    /// Problems found (empty: the check passed).
    pub failures: Vec<String>,
    /// Context that does not fail the check.
    pub info: Vec<String>,
}

impl Check {
    fn new(name: &'static str) -> Self {
        Check {
            name,
            failures: Vec::new(),
            info: Vec::new(),
        }
    }
}

/// What the gate checked, in order: build, lint, test, outcomes.
#[derive(Debug, Serialize)]
pub struct GateReport {
    /// The revision the change was compared with.
    pub base: String,
    pub checks: Vec<Check>,
    /// The lint check's findings, located (for SARIF and annotations).
    pub findings: Vec<super::lint::Finding>,
    /// The fixture cases run, per set.
    pub tests: Vec<super::fixtures::TestReport>,
    /// Every (set, dataset, criterion or verdict) compared with its approved outcome.
    pub outcomes: Vec<OutcomeCase>,
}

/// One outcome compared with its approved expectation: a test case of the gate's JUnit,
/// failing when it changed; a failure of the outcomes check when it did.
#[derive(Debug, Clone, Serialize)]
pub struct OutcomeCase {
    pub policy_set: String,
    pub dataset: String,
    /// The criterion, or "verdict", or "dataset" (a dataset with no expectation, or an
    /// expectation for a dataset that is gone), or "expectations" (no file at all).
    pub what: String,
    pub approved: String,
    pub now: String,
    pub changed: bool,
}

impl OutcomeCase {
    fn new(
        set: &str,
        dataset: &str,
        what: &str,
        changed: bool,
        approved: String,
        now: String,
    ) -> Self {
        OutcomeCase {
            policy_set: set.into(),
            dataset: dataset.into(),
            what: what.into(),
            approved,
            now,
            changed,
        }
    }
}

/// Every outcome of `current` with an approved counterpart, changed or not (what is new
/// or gone is in [`compare`]).
pub fn cases(approved: &Expectations, current: &Expectations) -> Vec<OutcomeCase> {
    current
        .datasets
        .iter()
        .filter_map(|(file, now)| {
            let was = approved.datasets.get(file)?;
            Some(dataset_cases(&current.policy_set, file, was, now))
        })
        .flatten()
        .collect()
}

impl GateReport {
    pub fn passed(&self) -> bool {
        self.checks.iter().all(|c| c.failures.is_empty())
    }

    /// The failures the structured findings, failing cases and changed outcomes do not
    /// stand for (stale modules, fixture files that cannot be read, outcomes new or
    /// gone, a missing expectations file), with their check's name.
    pub fn other_failures(&self) -> Vec<(&'static str, &str)> {
        let mut out = Vec::new();
        for check in &self.checks {
            let covered = |failure: &str| match check.name {
                "lint" => true,
                "test" => self.tests.iter().any(|t| {
                    t.cases.iter().any(|c| {
                        !c.passed
                            && failure
                                == format!(
                                    "{} {}: {} — {}",
                                    t.policy_set, c.criterion, c.name, c.failure
                                )
                    })
                }),
                "outcomes" => self.outcomes.iter().any(|o| {
                    o.changed
                        && failure
                            .starts_with(&format!("{} {} {}:", o.policy_set, o.dataset, o.what))
                }),
                _ => false,
            };
            out.extend(
                check
                    .failures
                    .iter()
                    .filter(|f| !covered(f))
                    .map(|f| (check.name, f.as_str())),
            );
        }
        out
    }
}

/// What the gate runs on.
pub struct GateInputs<'a> {
    /// The sets of the working tree, and at the base revision.
    pub sets: &'a SetsDir,
    pub base_sets: &'a SetsDir,
    pub base: &'a str,
    pub sandbox: &'a Sandbox,
    /// Where the repository's datasets are.
    pub datasets: &'a Path,
    pub limits: ReadLimits,
    /// Record the current outcomes as approved.
    pub accept: bool,
}

/// The check a change to `policies/` runs:
///
/// 1. `build --check`: committed modules match their sources;
/// 2. `lint`: metadata rules;
/// 3. `test`: every fixture case passes;
/// 4. outcomes: every dataset of the repository, evaluated under every set that applies
///    to it, gives exactly the approved expectations (`policies/expectations/<set>.json`);
///    the diff from the base is given so a reviewer sees which rule change moved what.
///
/// With `accept`, the expectations are rewritten from the current outcomes (all of
/// them or none).
pub fn gate(inputs: &GateInputs<'_>) -> Result<GateReport, crate::Error> {
    let ids = inputs.sets.ids()?;
    let build = build_check(inputs.sets, &ids);
    let (lint, findings) = lint_check(inputs.sets, &ids, inputs.sandbox)?;
    let (test, tests) = test_check(inputs.sets, &ids, inputs.sandbox)?;
    let (outcomes_check, outcomes) = outcomes_check(inputs, &ids)?;
    Ok(GateReport {
        base: inputs.base.to_string(),
        checks: vec![build, lint, test, outcomes_check],
        findings,
        tests,
        outcomes,
    })
}

/// 1. Stale modules.
fn build_check(sets: &SetsDir, ids: &[String]) -> Check {
    let workspace = sets
        .root()
        .parent()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let workspace = if workspace.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        workspace
    };
    let mut build = Check::new("build --check");
    match super::build::build(&workspace, sets, ids, true) {
        Ok(reports) => {
            build.failures = reports
                .iter()
                .filter_map(|r| {
                    r.stale
                        .as_ref()
                        .map(|why| format!("{} {}: {why}", r.set, r.criterion))
                })
                .collect();
            build
                .info
                .push(format!("{} modules checked", reports.len()));
        }
        Err(e) => build.failures.push(e.to_string()),
    }
    build
}

/// 2. Lint.
fn lint_check(
    sets: &SetsDir,
    ids: &[String],
    sandbox: &Sandbox,
) -> Result<(Check, Vec<super::lint::Finding>), crate::Error> {
    let findings = super::lint::lint_sets(sets, ids, sandbox)?;
    let mut check = Check::new("lint");
    check.failures = findings
        .iter()
        .map(|f| format!("{} {} [{}] {}", f.set, f.criterion, f.rule, f.message))
        .collect();
    Ok((check, findings))
}

/// 3. Fixture cases.
fn test_check(
    sets: &SetsDir,
    ids: &[String],
    sandbox: &Sandbox,
) -> Result<(Check, Vec<super::fixtures::TestReport>), crate::Error> {
    let reports = super::fixtures::run_sets(sets, ids, sandbox)?;
    let mut test = Check::new("test");
    for r in &reports {
        test.failures
            .extend(r.cases.iter().filter(|c| !c.passed).map(|c| {
                format!(
                    "{} {}: {} — {}",
                    r.policy_set, c.criterion, c.name, c.failure
                )
            }));
        test.failures
            .extend(r.problems.iter().map(|p| format!("{}: {p}", r.policy_set)));
        let passed = r.cases.iter().filter(|c| c.passed).count();
        test.info
            .push(format!("{}: {passed} cases passed", r.policy_set));
        if !r.without_cases.is_empty() {
            test.info.push(format!(
                "{}: no case for {}",
                r.policy_set,
                r.without_cases.join(", ")
            ));
        }
    }
    Ok((test, reports))
}

/// The current outcomes of the datasets set `id` applies to, and a line saying what
/// changed since the base (the diff's "after" side is the current evaluation, so
/// nothing is evaluated twice).
fn current_outcomes(
    inputs: &GateInputs<'_>,
    id: &str,
    datasets: &[LoadedDataset],
    at_base: bool,
) -> Result<(Expectations, String), crate::Error> {
    let dictionary = DataDictionary::shipped()?;
    let loaded = inputs.sets.load_with_communes(id, inputs.sandbox)?;
    // The datasets the set applies to: its level of government and, for a year-keyed
    // set, a year it has targets for.
    let now = Evaluation::new(&loaded, None, Basis::Appraised);
    let targets: Vec<&LoadedDataset> = datasets
        .iter()
        .filter(|d| crate::plan::applies(&now.fit(), &d.dataset))
        .collect();
    let mut current = Expectations {
        policy_set: id.to_string(),
        datasets: Default::default(),
    };
    let mut expect = |r: &LocalityResult| {
        current
            .datasets
            .insert(r.file.clone(), DatasetExpectation::of(r));
    };
    if !at_base {
        let plan = Plan::new(vec![now], dictionary, inputs.limits);
        plan.run_loaded(&targets, &mut Session::new(), |results| {
            results.iter().for_each(&mut expect);
        });
        return Ok((current, format!("{id}: new since {}", inputs.base)));
    }
    let base = inputs.base_sets.load_with_communes(id, inputs.sandbox)?;
    let then = Evaluation::new(&base, None, Basis::Appraised);
    let plan = Plan::new(vec![then, now], dictionary, inputs.limits);
    let from = Side {
        set: &base.set,
        year: None,
        basis: Basis::Appraised,
    };
    let to = Side {
        set: &loaded.set,
        year: None,
        basis: Basis::Appraised,
    };
    let differ = Differ::new(&from, &to, None);
    let mut localities = Vec::with_capacity(targets.len());
    plan.run_loaded(&targets, &mut Session::new(), |results| {
        if let [before, after] = results.as_slice() {
            localities.push(differ.compare(before, after));
            expect(after);
        }
    });
    let d = differ.report(localities, Vec::new());
    let since = format!(
        "{id}: since {}: {} rule change{}, {} outcome change{}, {} verdict change{}",
        inputs.base,
        d.rule_changes.len(),
        crate::render::plural(d.rule_changes.len()),
        d.summary.outcome_changes,
        crate::render::plural(d.summary.outcome_changes),
        d.summary.verdict_changes,
        crate::render::plural(d.summary.verdict_changes)
    );
    Ok((current, since))
}

/// The approved expectations at `rel` (below `policies/`), if there are any.
fn approved(sets: &SetsDir, rel: &Path) -> Result<Option<Expectations>, crate::Error> {
    let Some(bytes) = sets.read_policies_file(rel)? else {
        return Ok(None);
    };
    let approved = serde_json::from_slice(&bytes).map_err(|e| GateError::Invalid {
        file: rel.display().to_string(),
        message: e.to_string(),
    })?;
    Ok(Some(approved))
}

/// 4. Outcomes against the approved expectations, with the diff from the base.
fn outcomes_check(
    inputs: &GateInputs<'_>,
    ids: &[String],
) -> Result<(Check, Vec<OutcomeCase>), crate::Error> {
    let sets = inputs.sets;
    let dictionary = DataDictionary::shipped()?;
    let mut datasets = Vec::new();
    for file in crate::plan::expand_datasets(&[inputs.datasets.to_path_buf()])? {
        datasets.push(crate::plan::admit(&file, dictionary, inputs.limits, &[])?);
    }
    let base_ids = inputs.base_sets.ids()?;
    let mut outcomes = Check::new("outcomes");
    let mut accepted = Vec::new();
    // An `--accept` interrupted while renaming its files into place is completed
    // before anything is read.
    let journal = sets
        .root()
        .parent()
        .unwrap_or(Path::new("."))
        .join(ACCEPT_JOURNAL);
    crate::finish_interrupted(&journal).map_err(|source| GateError::Journal {
        file: journal.clone(),
        source,
    })?;
    let mut to_accept: Vec<(std::path::PathBuf, Vec<u8>)> = Vec::new();
    let mut compared = Vec::new();
    for id in ids {
        let (current, since_base) = current_outcomes(inputs, id, &datasets, base_ids.contains(id))?;
        outcomes.info.push(since_base);
        let rel = Path::new(EXPECTATIONS_DIR).join(format!("{id}.json"));
        let approved = approved(sets, &rel)?;
        let unapproved: Vec<OutcomeCase> = match &approved {
            Some(a) => {
                let matched = cases(a, &current);
                let changes = compare(a, &current, &matched);
                compared.extend(matched);
                changes
            }
            None => vec![OutcomeCase::new(
                id,
                &format!("policies/{}", rel.display()),
                "expectations",
                true,
                "an approved expectations file".into(),
                "none (run `dtcheck gate --accept`)".into(),
            )],
        };
        if inputs.accept {
            let path = sets.root().parent().unwrap_or(Path::new(".")).join(&rel);
            to_accept.push((path, crate::to_pretty_json(&current).into_bytes()));
            accepted.push(format!(
                "{id}: {} changes accepted into policies/{}",
                unapproved.len(),
                rel.display()
            ));
        } else {
            outcomes.failures.extend(unapproved.iter().map(|u| {
                format!(
                    "{} {} {}: {} → {}",
                    u.policy_set, u.dataset, u.what, u.approved, u.now
                )
            }));
        }
    }
    // Every set's expectations or none: written aside, then renamed into place.
    crate::write_all_or_nothing(&to_accept, &journal).map_err(GateError::Accept)?;
    outcomes.info.extend(accepted);
    Ok((outcomes, compared))
}
