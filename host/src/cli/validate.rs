//! `dtcheck validate`: schema and consistency checks, no evaluation.

use super::{CliError, Exit, Global, expand_datasets};
use crate::dataset::{self, DataDictionary};
use crate::policyset::ScheduleSpec;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    /// Also check that the year (or --year) is one the set has targets for
    #[arg(long, value_name = "ID")]
    pub policy_set: Option<String>,
    /// The targets year to check against the set (default: each dataset's year)
    #[arg(long, value_name = "YYYY", requires = "policy_set")]
    pub year: Option<u16>,
    /// Dataset files or directories
    #[arg(required = true, value_name = "DATASET")]
    pub datasets: Vec<PathBuf>,
}

pub fn validate(g: &Global, args: &ValidateArgs) -> Result<Exit, CliError> {
    let dictionary = DataDictionary::shipped().map_err(CliError::new)?;
    let years = match &args.policy_set {
        Some(id) => match g.sets()?.manifest(id)?.schedule {
            ScheduleSpec::Year { years } => Some((id.clone(), years)),
            ScheduleSpec::Level { .. } => None,
        },
        None => None,
    };
    let files = expand_datasets(&args.datasets)?;
    // Every file is checked on its own, on every core; reports come out in file order.
    // Ok: the line for a valid file; Err: its problems.
    let check = |_: &mut (), file: &PathBuf| -> Result<String, String> {
        let ds = dataset::load(file, dictionary).map_err(|e| e.to_string())?;
        // A district's communes are part of it: an invalid commune is a problem of the
        // district dataset too.
        let communes: Vec<String> = dataset::communes_of(&ds, dictionary)
            .into_iter()
            .filter_map(|(label, c)| {
                c.err()
                    .map(|e| format!("  at /communes: commune `{label}` is invalid:\n{e}"))
            })
            .collect();
        let year = years.as_ref().and_then(|(id, years)| {
            year_problem(id, years, args.year.unwrap_or(ds.dataset.year))
                .map(|p| format!("  at /year: {p}"))
        });
        let all: Vec<String> = year.into_iter().chain(communes).collect();
        if all.is_empty() {
            return Ok(format!("{}: valid", file.display()));
        }
        Err(format!(
            "{}: {} problem(s)\n{}",
            file.display(),
            all.len(),
            all.join("\n")
        ))
    };
    let mut invalid = 0;
    crate::parallel::for_each_ordered(
        &files,
        || (),
        check,
        |checked| match checked {
            Ok(line) => outln!("{line}"),
            Err(problems) => {
                invalid += 1;
                eprintln!("{problems}");
            }
        },
    );
    if invalid > 0 {
        eprintln!("{invalid} of {} datasets invalid", files.len());
        return Ok(Exit::InputError);
    }
    Ok(Exit::Ok)
}

/// Why a year cannot be assessed under a set, if it cannot.
pub fn year_problem(set: &str, years: &[u16], year: u16) -> Option<String> {
    if years.contains(&year) {
        return None;
    }
    let range = match (years.first(), years.last()) {
        (Some(a), Some(b)) => format!("{a}–{b}"),
        _ => "none".into(),
    };
    Some(format!(
        "year {year} is outside the years `{set}` has targets for ({range})"
    ))
}
