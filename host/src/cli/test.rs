//! `dtcheck test`: run each criterion's fixture cases against its built module.

use super::{CliError, Exit, Global};
use crate::fixtures::{self, TestReport};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TestFormat {
    Text,
    Json,
    Junit,
}

#[derive(Debug, clap::Args)]
pub struct TestArgs {
    /// Test only this set (default: every set)
    #[arg(long, value_name = "ID")]
    pub policy_set: Option<String>,
    #[arg(long, value_enum, default_value_t = TestFormat::Text)]
    pub format: TestFormat,
    /// Also fail (exit 1) when a criterion has no case, or a numeric target without a
    /// passing and a failing case
    #[arg(long)]
    pub strict: bool,
}

/// Runs the fixture cases of the given sets (all when `None`).
pub fn run_tests(g: &Global, only: Option<&str>) -> Result<Vec<TestReport>, CliError> {
    let sets = g.sets()?;
    let ids = match only {
        Some(id) => vec![id.to_string()],
        None => sets.ids()?,
    };
    let sandbox = g.sandbox()?;
    let mut reports = Vec::new();
    for id in ids {
        let set = sets.load(&id, &sandbox)?;
        reports.push(fixtures::run(&sets, &set));
    }
    Ok(reports)
}

/// The text form of test reports.
pub fn text(reports: &[TestReport]) -> String {
    let mut out = String::new();
    for r in reports {
        for c in &r.cases {
            if c.passed {
                out.push_str(&format!(
                    "PASS  {} {}: {}\n",
                    r.policy_set, c.criterion, c.name
                ));
            } else {
                out.push_str(&format!(
                    "FAIL  {} {}: {} — {}\n",
                    r.policy_set, c.criterion, c.name, c.failure
                ));
            }
        }
        for p in &r.problems {
            out.push_str(&format!("ERROR {}: {p}\n", r.policy_set));
        }
        if !r.without_cases.is_empty() {
            out.push_str(&format!(
                "note  {}: no case for {}\n",
                r.policy_set,
                r.without_cases.join(", ")
            ));
        }
        if !r.one_sided.is_empty() {
            out.push_str(&format!(
                "note  {}: numeric target without both a passing and a failing case: {}\n",
                r.policy_set,
                r.one_sided.join(", ")
            ));
        }
        let passed = r.cases.iter().filter(|c| c.passed).count();
        out.push_str(&format!(
            "{}: {passed} passed, {} failed\n",
            r.policy_set,
            r.failed()
        ));
    }
    out
}

pub fn test(g: &Global, args: &TestArgs) -> Result<Exit, CliError> {
    let reports = run_tests(g, args.policy_set.as_deref())?;
    match args.format {
        TestFormat::Text => out!("{}", text(&reports)),
        TestFormat::Json => out!("{}", crate::render::json::to_pretty(&reports)),
        TestFormat::Junit => out!("{}", fixtures::junit(&reports)),
    }
    let failed: usize = reports.iter().map(TestReport::failed).sum();
    let gaps = reports
        .iter()
        .any(|r| !r.without_cases.is_empty() || !r.one_sided.is_empty());
    Ok(if failed > 0 || (args.strict && gaps) {
        Exit::NotRecognised
    } else {
        Exit::Ok
    })
}
