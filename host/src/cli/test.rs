//! `dtcheck test`: run each criterion's fixture cases against its built module.

use super::{Exit, Global};
use crate::Error;
use crate::authoring::fixtures::{self, TestReport};

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
fn run_tests(g: &Global, only: Option<&str>) -> Result<Vec<TestReport>, Error> {
    let sets = g.sets()?;
    let ids = match only {
        Some(id) => vec![id.to_string()],
        None => sets.ids()?,
    };
    fixtures::run_sets(&sets, &ids, &g.sandbox()?)
}

pub fn test(g: &Global, args: &TestArgs) -> Result<Exit, Error> {
    let reports = run_tests(g, args.policy_set.as_deref())?;
    match args.format {
        TestFormat::Text => out!("{}", crate::render::text::tests(&reports)),
        TestFormat::Json => out!("{}", crate::render::json::to_pretty(&reports)),
        TestFormat::Junit => out!("{}", crate::render::junit::tests(&reports)),
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
