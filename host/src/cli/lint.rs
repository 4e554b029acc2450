//! `dtcheck lint`: metadata checks over policy sets.

use super::{CliError, Exit, Format, Global};
use crate::dataset::DataDictionary;
use crate::lint::{Finding, lint};

#[derive(Debug, clap::Args)]
pub struct LintArgs {
    /// Lint only this set (default: every set)
    #[arg(long, value_name = "ID")]
    pub policy_set: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// Lints the given sets (all when `None`).
pub fn run_lint(g: &Global, only: Option<&str>) -> Result<Vec<Finding>, CliError> {
    let sets = g.sets()?;
    let ids = match only {
        Some(id) => vec![id.to_string()],
        None => sets.ids()?,
    };
    let dictionary = DataDictionary::shipped().map_err(CliError::new)?;
    let sandbox = g.sandbox()?;
    let mut findings = Vec::new();
    for id in ids {
        findings.extend(lint(&sets.load(&id, &sandbox)?, dictionary));
    }
    Ok(findings)
}

pub fn lint_cmd(g: &Global, args: &LintArgs) -> Result<Exit, CliError> {
    let findings = run_lint(g, args.policy_set.as_deref())?;
    match args.format {
        Format::Json => out!("{}", crate::render::json::to_pretty(&findings)),
        Format::Text => {
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
