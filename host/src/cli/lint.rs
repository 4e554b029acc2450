//! `dtcheck lint`: metadata checks over policy sets.

use super::{Exit, Global};
use crate::Error;
use crate::authoring::lint::{Finding, lint_sets};

#[derive(Debug, clap::Args)]
pub struct LintArgs {
    /// Lint only this set (default: every set)
    #[arg(long, value_name = "ID")]
    pub policy_set: Option<String>,
    #[arg(long, value_enum, default_value_t = LintFormat::Text)]
    pub format: LintFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LintFormat {
    Text,
    Json,
    /// SARIF 2.1.0 (code scanning), each finding at its criterion's source line
    Sarif,
    /// GitHub Actions annotations (workflow commands)
    Github,
}

/// Lints the given sets (all when `None`).
fn run_lint(g: &Global, only: Option<&str>) -> Result<Vec<Finding>, Error> {
    let sets = g.sets()?;
    let ids = match only {
        Some(id) => vec![id.to_string()],
        None => sets.ids()?,
    };
    lint_sets(&sets, &ids, &g.sandbox()?)
}

pub fn lint_cmd(g: &Global, args: &LintArgs) -> Result<Exit, Error> {
    let findings = run_lint(g, args.policy_set.as_deref())?;
    match args.format {
        LintFormat::Json => out!("{}", crate::render::json::to_pretty(&findings)),
        LintFormat::Sarif => out!("{}", crate::render::sarif::lint(&findings)),
        LintFormat::Github => out!("{}", crate::render::github::lint(&findings)),
        LintFormat::Text => {
            for f in &findings {
                outln!("{} {} [{}] {}", f.set, f.criterion, f.rule, f.message);
            }
            outln!(
                "{} finding{}",
                findings.len(),
                if findings.len() == 1 { "" } else { "s" }
            );
        }
    }
    Ok(if findings.is_empty() {
        Exit::Ok
    } else {
        Exit::NotRecognised
    })
}
