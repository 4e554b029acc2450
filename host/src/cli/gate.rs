//! `dtcheck gate --base REV`: the check a pull request touching `policies/` runs.
//!
//! 1. `build --check`: committed modules match their sources;
//! 2. `lint`: metadata rules;
//! 3. `test`: every fixture case passes;
//! 4. outcomes: every dataset of the repository, evaluated under every set that applies
//!    to it, gives exactly the approved expectations (`policies/expectations/<set>.json`);
//!    the diff from `--base` is shown so a reviewer sees which rule change moved what.
//!
//! `--accept` rewrites the expectations from the current outcomes, so an intended change
//! is committed with the rule change and shows in review.

use super::{Exit, Global};
use crate::Error;
use crate::authoring::gate::{GateInputs, gate as run_gate};
use crate::render;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GateFormat {
    Text,
    Markdown,
    Junit,
    /// SARIF 2.1.0 (code scanning)
    Sarif,
    /// GitHub Actions annotations (workflow commands)
    Github,
}

#[derive(Debug, clap::Args)]
pub struct GateArgs {
    /// The revision the change is compared with (e.g. the pull request's base branch;
    /// default: the last commit, HEAD)
    #[arg(long, value_name = "REV", default_value = "HEAD")]
    pub base: String,
    /// Accept the current outcomes: rewrite policies/expectations/*.json
    #[arg(long)]
    pub accept: bool,
    /// Where the repository's datasets are
    #[arg(long, value_name = "DIR", default_value = "datasets")]
    pub datasets: PathBuf,
    /// What to print on stdout
    #[arg(long, value_enum, default_value_t = GateFormat::Text)]
    pub format: GateFormat,
    /// Also write the JUnit report to FILE (one run, several outputs)
    #[arg(long, value_name = "FILE")]
    pub junit: Option<PathBuf>,
    /// Also write the Markdown summary to FILE (for a pull-request comment)
    #[arg(long, value_name = "FILE")]
    pub markdown: Option<PathBuf>,
    /// Also write the SARIF log to FILE (for code scanning)
    #[arg(long, value_name = "FILE")]
    pub sarif: Option<PathBuf>,
}

pub fn gate(g: &Global, args: &GateArgs) -> Result<Exit, Error> {
    let sets = g.sets()?;
    let sandbox = g.sandbox()?;
    let base_sets = g.sets_at(Some(&args.base))?;
    let report = run_gate(&GateInputs {
        sets: &sets,
        base_sets: &base_sets,
        base: &args.base,
        sandbox: &sandbox,
        datasets: &args.datasets,
        limits: g.read_limits(),
        accept: args.accept,
    })?;
    let root = sets.root().display().to_string();
    let render = |format: GateFormat| match format {
        GateFormat::Text => render::text::gate(&report),
        GateFormat::Markdown => render::markdown::gate(&report),
        GateFormat::Junit => render::junit::gate(&report),
        GateFormat::Sarif => render::sarif::gate(&report, &root),
        GateFormat::Github => render::github::gate(&report, &root),
    };
    // Every report is made before any is written; each file is written whole.
    let files: Vec<(PathBuf, Vec<u8>)> = [
        (&args.junit, GateFormat::Junit),
        (&args.markdown, GateFormat::Markdown),
        (&args.sarif, GateFormat::Sarif),
    ]
    .into_iter()
    .filter_map(|(path, format)| {
        path.as_ref()
            .map(|p| (p.clone(), render(format).into_bytes()))
    })
    .collect();
    for (path, bytes) in &files {
        super::write_file(path, bytes)?;
    }
    out!("{}", render(args.format));
    Ok(if report.passed() {
        Exit::Ok
    } else {
        Exit::NotRecognised
    })
}
