//! SARIF 2.1.0, for code-scanning tools: `lint`'s findings and the gate's problems,
//! each at its file and line (a criterion's source at the field a rule is about, a
//! fixture file, a dataset whose outcome changed). Validated against the OASIS schema in
//! the tests.

use crate::authoring::gate::GateReport;
use crate::authoring::lint::{Finding, Location, RULES};
use serde_json::{Value, json};

/// The gate's own rules, besides lint's.
const GATE_RULES: &[(&str, &str)] = &[
    (
        "outcome-changed",
        "a dataset's outcome differs from its approved expectation",
    ),
    ("fixture-case-failed", "a criterion's fixture case fails"),
    (
        "gate-check-failed",
        "a check of the gate failed (stale module, unreadable fixture, missing expectations)",
    ),
];

/// A file path as a SARIF artifact URI: relative, with forward slashes.
fn uri(file: &str) -> String {
    let file = file.replace('\\', "/");
    file.strip_prefix("./").unwrap_or(&file).to_string()
}

fn result(rule: &str, level: &str, message: &str, at: Option<&Location>) -> Value {
    let mut r = json!({
        "ruleId": rule,
        "level": level,
        "message": { "text": message },
    });
    if let Some(at) = at {
        r["locations"] = json!([{
            "physicalLocation": {
                "artifactLocation": { "uri": uri(&at.file) },
                "region": { "startLine": at.line.max(1) }
            }
        }]);
    }
    r
}

fn log(rules: &[(&str, &str)], results: Vec<Value>) -> String {
    let rules: Vec<Value> = rules
        .iter()
        .map(|(id, text)| json!({ "id": id, "shortDescription": { "text": text } }))
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "dtcheck",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules
            }},
            "results": results
        }]
    });
    crate::render::json::to_pretty(&log)
}

fn finding(f: &Finding) -> Value {
    result(
        f.rule,
        "error",
        &format!("{} {}: {}", f.set, f.criterion, f.message),
        f.location.as_ref(),
    )
}

/// `lint`'s findings.
pub fn lint(findings: &[Finding]) -> String {
    log(RULES, findings.iter().map(finding).collect())
}

/// The gate's problems: lint findings, failing fixture cases, changed outcomes, and the
/// other failures of its checks.
pub fn gate(report: &GateReport, sets_root: &str) -> String {
    let mut results: Vec<Value> = report.findings.iter().map(finding).collect();
    for t in &report.tests {
        for c in t.cases.iter().filter(|c| !c.passed) {
            let at = Location {
                file: format!("{sets_root}/{}", c.file),
                line: 1,
            };
            results.push(result(
                "fixture-case-failed",
                "error",
                &format!(
                    "{} {}: {} — {}",
                    t.policy_set, c.criterion, c.name, c.failure
                ),
                Some(&at),
            ));
        }
    }
    for o in report.outcomes.iter().filter(|o| o.changed) {
        let at = Location {
            file: o.dataset.clone(),
            line: 1,
        };
        results.push(result(
            "outcome-changed",
            "error",
            &format!(
                "{} {}: {} → {} (run `dtcheck gate --accept` if intended)",
                o.policy_set, o.what, o.approved, o.now
            ),
            Some(&at),
        ));
    }
    for (check, failure) in report.other_failures() {
        results.push(result(
            "gate-check-failed",
            "error",
            &format!("{check}: {failure}"),
            None,
        ));
    }
    let rules: Vec<(&str, &str)> = RULES.iter().chain(GATE_RULES).copied().collect();
    log(&rules, results)
}
