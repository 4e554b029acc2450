//! `dtcheck validate`: schema and consistency checks, no evaluation.

use super::{CliError, Exit, Global, expand_datasets};
use crate::dataset::DataDictionary;
use crate::plan::{self, Fit};
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
    let sets = args.policy_set.as_ref().map(|_| g.sets()).transpose()?;
    let manifest = match (&sets, &args.policy_set) {
        (Some(sets), Some(id)) => Some(sets.manifest(id)?),
        _ => None,
    };
    let fits: Vec<Fit<'_>> = manifest
        .iter()
        .map(|manifest| Fit {
            manifest,
            year: args.year,
        })
        .collect();
    let files = expand_datasets(&args.datasets)?;
    let limits = g.read_limits();
    // Every file is checked on its own, on every core, by the very check `evaluate`
    // makes; reports come out in file order. Ok: the line for a valid file; Err: its
    // problems.
    let check = |_: &mut (), file: &PathBuf| -> Result<String, String> {
        plan::admit(file, dictionary, limits, &fits)
            .map(|_| format!("{}: valid", file.display()))
            .map_err(|e| e.to_string())
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
