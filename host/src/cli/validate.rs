//! `dtcheck validate`: schema and consistency checks, no evaluation.

use super::{Exit, Global, expand_datasets};
use crate::Error;
use crate::dataset::DataDictionary;
use crate::plan::{Fit, Plan};
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

pub fn validate(g: &Global, args: &ValidateArgs) -> Result<Exit, Error> {
    let dictionary = DataDictionary::shipped()?;
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
    fits.iter().try_for_each(Fit::check_year)?;
    let files = expand_datasets(&args.datasets)?;
    // Every file is checked on its own, on every core, by the very check `evaluate`
    // makes; reports come out in file order.
    let mut invalid = 0;
    Plan::checking(fits, dictionary, g.read_limits()).check(
        &files,
        |file, checked| match checked {
            Ok(_) => outln!("{}: valid", file.display()),
            Err(problems) => {
                invalid += 1;
                crate::diag::emit_dataset(&problems);
            }
        },
    );
    if invalid > 0 {
        crate::diag::summary(&format!("{invalid} of {} datasets invalid", files.len()));
        return Ok(Exit::InputError);
    }
    Ok(Exit::Ok)
}
