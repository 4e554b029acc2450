//! GitHub Actions workflow commands: one annotation per problem, at its file and line,
//! shown on the pull request's changed files (`::error file=…,line=…,title=…::…`).

use crate::authoring::gate::GateReport;
use crate::authoring::lint::Finding;
use std::fmt::Write as _;

/// A message as a workflow command carries it: `%`, CR and LF escaped.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value: also `:` and `,`.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

fn error(out: &mut String, file: Option<(&str, u32)>, title: &str, message: &str) {
    let _ = match file {
        Some((file, line)) => writeln!(
            out,
            "::error file={},line={line},title={}::{}",
            property(&file.replace('\\', "/")),
            property(title),
            data(message)
        ),
        None => writeln!(out, "::error title={}::{}", property(title), data(message)),
    };
}

fn finding(out: &mut String, f: &Finding) {
    error(
        out,
        f.location.as_ref().map(|l| (l.file.as_str(), l.line)),
        &format!("dtcheck lint: {}", f.rule),
        &format!("{} {}: {}", f.set, f.criterion, f.message),
    );
}

/// `lint`'s findings.
pub fn lint(findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        finding(&mut out, f);
    }
    out
}

/// The gate's problems, as the SARIF log has them; a notice with the result.
pub fn gate(report: &GateReport, sets_root: &str) -> String {
    let mut out = String::new();
    for f in &report.findings {
        finding(&mut out, f);
    }
    for t in &report.tests {
        for c in t.cases.iter().filter(|c| !c.passed) {
            error(
                &mut out,
                Some((&format!("{sets_root}/{}", c.file), 1)),
                &format!("dtcheck test: {} {}", t.policy_set, c.criterion),
                &format!("{} — {}", c.name, c.failure),
            );
        }
    }
    for o in report.outcomes.iter().filter(|o| o.changed) {
        error(
            &mut out,
            Some((&o.dataset, 1)),
            &format!("dtcheck gate: {} {} changed", o.policy_set, o.what),
            &format!(
                "{} → {} (run `dtcheck gate --accept` if intended)",
                o.approved, o.now
            ),
        );
    }
    for (check, failure) in report.other_failures() {
        error(&mut out, None, &format!("dtcheck gate: {check}"), failure);
    }
    let _ = writeln!(
        out,
        "::notice title=dtcheck gate::{}",
        data(&if report.passed() {
            format!("passed (base {})", report.base)
        } else {
            format!(
                "{} of {} checks failed (base {})",
                report
                    .checks
                    .iter()
                    .filter(|c| !c.failures.is_empty())
                    .count(),
                report.checks.len(),
                report.base
            )
        })
    );
    out
}
