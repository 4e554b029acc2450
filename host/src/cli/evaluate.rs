//! `dtcheck evaluate`: datasets × a policy set → outcomes and verdicts.

use super::validate::year_problem;
use super::{CliError, Exit, Format, Global, expand_datasets};
use crate::aggregate::rollup;
use crate::dataset::{self, Basis, DataDictionary};
use crate::eval::{EvalOptions, Outcome};
use crate::policyset::ScheduleSpec;
use crate::render;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct EvaluateArgs {
    /// Read the policy sets as they are at this git revision (commit, tag, branch,
    /// `HEAD~3`), without a checkout
    #[arg(long, value_name = "REV")]
    pub rev: Option<String>,
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
    /// Exit with 1 when a locality is evaluated but not recognised (Thanh Hóa sets) or
    /// reaches no maturity level (2361), for CI gates
    #[arg(long)]
    pub fail_on_unrecognized: bool,
    /// Dataset files or directories (searched for *.json)
    #[arg(required = true, value_name = "DATASET")]
    pub datasets: Vec<PathBuf>,
}

pub fn evaluate(g: &Global, args: &EvaluateArgs) -> Result<Exit, CliError> {
    let sets = g.sets_at(args.rev.as_deref())?;
    let manifest = sets.manifest(&args.policy_set)?;
    let years = match &manifest.schedule {
        ScheduleSpec::Year { years } => Some(years.clone()),
        ScheduleSpec::Level { .. } if args.year.is_some() => {
            return Err(CliError::new(format!(
                "`{}` has targets per maturity level, not per year: --year does not apply",
                args.policy_set
            )));
        }
        ScheduleSpec::Level { .. } => None,
    };
    let dictionary = DataDictionary::shipped().map_err(CliError::new)?;
    let files = expand_datasets(&args.datasets)?;
    // Validate everything first: all problems of all files are reported, and valid
    // datasets are still evaluated.
    let mut datasets = Vec::new();
    let mut input_errors = 0;
    for file in &files {
        let problem = match dataset::load(file, dictionary) {
            Err(e) => Some(e.to_string()),
            Ok(ds) => {
                let year = args.year.unwrap_or(ds.dataset.year);
                let level = ds.dataset.locality.level.clone();
                let problem = years
                    .as_ref()
                    .and_then(|years| year_problem(&args.policy_set, years, year))
                    .map(|p| format!("at /year: {p} (use --year to choose the targets)"))
                    .or_else(|| {
                        (!manifest.levels_of_government.contains(&level)).then(|| {
                            format!(
                                "at /locality/level: `{}` has no criteria for a {level} (it covers: {})",
                                args.policy_set,
                                manifest.levels_of_government.join(", ")
                            )
                        })
                    });
                match problem {
                    Some(p) => Some(format!("{}: 1 problem\n  {p}", file.display())),
                    None => {
                        datasets.push(ds);
                        None
                    }
                }
            }
        };
        if let Some(p) = problem {
            input_errors += 1;
            eprintln!("{p}");
        }
    }
    let sandbox = g.sandbox()?;
    let set = sets.load(&args.policy_set, &sandbox)?;
    for (criterion, reason) in set.broken() {
        eprintln!("warning: criterion {criterion}: {reason}");
    }
    // Districts whose criteria depend on their communes need the communes' set.
    let needs_communes = datasets.iter().any(|d| !d.dataset.communes.is_empty());
    let commune_set = match &manifest.communes {
        Some(c) if needs_communes && c.policy_set != args.policy_set => {
            Some(sets.load(&c.policy_set, &sandbox)?)
        }
        _ => None,
    };
    let commune_set = match &manifest.communes {
        Some(c) if c.policy_set == args.policy_set => Some(&set),
        _ => commune_set.as_ref(),
    };
    let opts = EvalOptions {
        year: args.year,
        basis: args.basis,
    };
    let results: Vec<_> = datasets
        .iter()
        .map(|ds| rollup::evaluate(&set, commune_set, ds, opts, dictionary))
        .collect();
    match args.format {
        Format::Json => out!("{}", render::json::evaluation(&set, &results)),
        Format::Text => {
            for r in &results {
                outln!("{}", render::text::locality(&set, r));
            }
            out!("{}", render::text::summary(&results));
        }
    }
    let any_error = results
        .iter()
        .any(|r| r.criteria.iter().any(|c| c.outcome == Outcome::Error));
    Ok(if input_errors > 0 {
        Exit::InputError
    } else if any_error {
        Exit::CriterionError
    } else if args.fail_on_unrecognized && results.iter().any(|r| !r.verdict.is_positive()) {
        Exit::NotRecognised
    } else {
        Exit::Ok
    })
}
