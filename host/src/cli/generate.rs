//! `dtcheck generate`: a synthetic country of datasets (see `generate.rs`).

use super::{Exit, Global};
use crate::Error;
use crate::authoring::generate::{Plan, generate as run};
use crate::dataset::DataDictionary;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct GenerateArgs {
    /// Where to write `districts/` (created; a directory that holds anything is refused
    /// unless --force)
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Write into a non-empty output directory, replacing files of the same names
    #[arg(long)]
    pub force: bool,
    /// The same seed always gives the same bytes
    #[arg(long, default_value_t = Plan::default().seed)]
    pub seed: u64,
    /// How many communes in all, shared out over the districts (the country has 10,599)
    #[arg(long, default_value_t = Plan::default().communes)]
    pub communes: usize,
    /// How many districts, each with its dataset and a directory of its communes
    #[arg(long, default_value_t = Plan::default().districts)]
    pub districts: usize,
    /// The year the generated datasets describe
    #[arg(long, default_value_t = Plan::default().year)]
    pub year: u16,
}

pub fn generate(_g: &Global, args: &GenerateArgs) -> Result<Exit, Error> {
    let dictionary = DataDictionary::shipped()?;
    // Datasets someone keeps are never overwritten by accident.
    let holds_something = std::fs::read_dir(&args.out).is_ok_and(|mut d| d.next().is_some());
    if holds_something && !args.force {
        return Err(Error::usage(format!(
            "`{}` is not empty: generate writes into an empty or new directory (--force to write into it anyway)",
            args.out.display()
        )));
    }
    let plan = Plan {
        seed: args.seed,
        communes: args.communes,
        districts: args.districts,
        year: args.year,
    };
    let (c, d) = run(&args.out, &plan, dictionary).map_err(|e| Error::usage(e.to_string()))?;
    let districts = args.out.join("districts");
    outln!(
        "wrote {d} districts ({}/*.json) and their {c} communes ({}/*/): evaluate the communes with `{}/*/`, the districts with `{}/*.json`",
        districts.display(),
        districts.display(),
        districts.display(),
        districts.display()
    );
    Ok(Exit::Ok)
}
