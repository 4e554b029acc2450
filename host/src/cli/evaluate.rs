//! `dtcheck evaluate`: datasets × a policy set → outcomes and verdicts.

use super::validate::year_problem;
use super::{CliError, Exit, Format, Global, expand_datasets};
use crate::dataset::{self, Basis, DataDictionary};
use crate::eval::{EvalOptions, Outcome, evaluate_locality};
use crate::policyset::ScheduleSpec;
use crate::render;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct EvaluateArgs {
    /// The policy set to apply (see `dtcheck list`)
    #[arg(long, value_name = "ID")]
    pub policy_set: String,
    /// Apply the targets of this year (default: each dataset's own year)
    #[arg(long, value_name = "YYYY")]
    pub year: Option<u16>,
    /// Which figures to use: the appraised ones where present, or only self-assessed
    #[arg(long, value_enum, default_value_t = Basis::Appraised)]
    pub basis: Basis,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Exit with 1 when a locality is evaluated but not recognised (for CI gates)
    #[arg(long)]
    pub fail_on_unrecognized: bool,
    /// Dataset files or directories (searched for *.json)
    #[arg(required = true, value_name = "DATASET")]
    pub datasets: Vec<PathBuf>,
}

pub fn evaluate(g: &Global, args: &EvaluateArgs) -> Result<Exit, CliError> {
    let sets = g.sets()?;
    let manifest = sets.manifest(&args.policy_set)?;
    let years = match &manifest.schedule {
        ScheduleSpec::Year { years } => years.clone(),
        ScheduleSpec::Level { .. } => {
            return Err(CliError::new(format!(
                "`{}` is keyed by maturity level; level evaluation is not supported yet",
                args.policy_set
            )));
        }
    };
    let dictionary = DataDictionary::shipped().map_err(CliError::new)?;
    let files = expand_datasets(&args.datasets)?;
    // Validate everything first: all problems of all files are reported, and valid
    // datasets are still evaluated.
    let mut datasets = Vec::new();
    let mut input_errors = 0;
    for file in &files {
        match dataset::load(file, dictionary) {
            Ok(ds) => match year_problem(
                &args.policy_set,
                &years,
                args.year.unwrap_or(ds.dataset.year),
            ) {
                Some(p) => {
                    input_errors += 1;
                    eprintln!(
                        "{}: 1 problem\n  at /year: {p} (use --year to choose the targets)",
                        file.display()
                    );
                }
                None => datasets.push(ds),
            },
            Err(e) => {
                input_errors += 1;
                eprintln!("{e}");
            }
        }
    }
    let set = sets.load(&args.policy_set, &g.sandbox()?)?;
    for (criterion, reason) in set.broken() {
        eprintln!("warning: criterion {criterion}: {reason}");
    }
    let opts = EvalOptions {
        year: args.year,
        basis: args.basis,
    };
    let results: Vec<_> = datasets
        .iter()
        .map(|ds| evaluate_locality(&set, ds, opts))
        .collect();
    match args.format {
        Format::Json => print!("{}", render::json::evaluation(&set, &results)),
        Format::Text => {
            for r in &results {
                println!("{}", render::text::locality(&set, r));
            }
            print!("{}", render::text::summary(&results));
        }
    }
    let any_error = results
        .iter()
        .any(|r| r.criteria.iter().any(|c| c.outcome == Outcome::Error));
    Ok(if input_errors > 0 {
        Exit::InputError
    } else if any_error {
        Exit::CriterionError
    } else if args.fail_on_unrecognized && results.iter().any(|r| !r.verdict.recognized) {
        Exit::NotRecognised
    } else {
        Exit::Ok
    })
}
