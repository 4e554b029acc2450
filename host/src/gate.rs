//! Approved expectations for `dtcheck gate`: the outcomes every dataset of the
//! repository is expected to get under every set that applies to it, committed in
//! `policies/expectations/<set>.json`. A rule change that moves an outcome fails the
//! gate until the new outcomes are accepted (`dtcheck gate --accept`), so the intended
//! change is committed with the rule change and shows in review.

use crate::eval::LocalityResult;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const EXPECTATIONS_DIR: &str = "expectations";
/// Left beside it while `gate --accept` renames expectation files into place (see
/// `crate::finish_interrupted`).
pub const ACCEPT_JOURNAL: &str = ".gate-journal";

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

/// One difference between the approved expectations and the current outcomes.
#[derive(Debug, Clone, Serialize)]
pub struct Unapproved {
    pub policy_set: String,
    pub dataset: String,
    /// The criterion, or "verdict", or "dataset" (a dataset with no expectation, or an
    /// expectation for a dataset that is gone).
    pub what: String,
    pub expected: String,
    pub actual: String,
}

fn show(e: Option<&Expected>) -> String {
    match e {
        None => "—".into(),
        Some(e) => format!(
            "{} (measured {}, target {})",
            e.outcome.keyword(),
            e.measured,
            e.target
        ),
    }
}

/// Compares current expectations with the approved ones.
pub fn compare(approved: &Expectations, current: &Expectations) -> Vec<Unapproved> {
    let set = &current.policy_set;
    let mut out = Vec::new();
    let mk = |dataset: &str, what: &str, expected: String, actual: String| Unapproved {
        policy_set: set.clone(),
        dataset: dataset.into(),
        what: what.into(),
        expected,
        actual,
    };
    for (file, now) in &current.datasets {
        let Some(was) = approved.datasets.get(file) else {
            out.push(mk(
                file,
                "dataset",
                "no approved expectation".into(),
                now.verdict.clone(),
            ));
            continue;
        };
        if was.verdict != now.verdict {
            out.push(mk(
                file,
                "verdict",
                was.verdict.clone(),
                now.verdict.clone(),
            ));
        }
        let ids: std::collections::BTreeSet<&String> =
            was.criteria.keys().chain(now.criteria.keys()).collect();
        for id in ids {
            let (a, b) = (was.criteria.get(id), now.criteria.get(id));
            if a != b {
                out.push(mk(file, id, show(a), show(b)));
            }
        }
    }
    for file in approved
        .datasets
        .keys()
        .filter(|f| !current.datasets.contains_key(*f))
    {
        out.push(mk(
            file,
            "dataset",
            "approved".into(),
            "no longer evaluated".into(),
        ));
    }
    out
}
