//! `dtcheck template`: the workbook a province sends to its communes (see
//! `forms/template.rs`).

use super::{Exit, Global};
use crate::Error;
use crate::dataset::DataDictionary;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct TemplateArgs {
    /// The policy set whose figures and evidence the workbook asks for
    #[arg(long, value_name = "ID")]
    pub policy_set: String,
    /// The year assessed (a year-keyed set asks only for the criteria assessed that
    /// year; the locality sheet is pre-filled with it)
    #[arg(long)]
    pub year: Option<u16>,
    /// commune (xã) or district (huyện)
    #[arg(long, value_enum, default_value_t = Level::Commune)]
    pub level: Level,
    /// Pre-fill the locality's identity (code, name, district, province) from this
    /// dataset
    #[arg(long, value_name = "DATASET")]
    pub locality_from: Option<PathBuf>,
    /// Where to write the workbook (.xlsx); refused if it exists, unless --force
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Level {
    Commune,
    District,
}

pub fn template(g: &Global, args: &TemplateArgs) -> Result<Exit, Error> {
    if !crate::forms::is_workbook(&args.out) {
        return Err(Error::usage(format!(
            "`{}`: the template is an .xlsx workbook",
            args.out.display()
        )));
    }
    if args.out.exists() && !args.force {
        return Err(Error::usage(format!(
            "`{}` exists: a filled workbook is never overwritten by accident (--force to replace it)",
            args.out.display()
        )));
    }
    let dictionary = DataDictionary::shipped()?;
    let set = g.sets_at(None)?.load(&args.policy_set, &g.sandbox()?)?;
    let identity = match &args.locality_from {
        Some(path) => Some(crate::dataset::load(path, dictionary)?.dataset.locality),
        None => None,
    };
    let level = match args.level {
        Level::Commune => "commune",
        Level::District => "district",
    };
    let reads = crate::forms::template::Reads::of(&set, level, args.year);
    let bytes = crate::forms::template::workbook(
        &set,
        &reads,
        level,
        args.year,
        identity.as_ref(),
        dictionary,
    )?;
    super::write_file(&args.out, &bytes)?;
    outln!(
        "wrote {}: {} figures, {} evidence documents, lists {}",
        args.out.display(),
        reads.facts.len(),
        reads.evidence.len(),
        reads
            .forms()
            .iter()
            .map(|f| f.sheet)
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(Exit::Ok)
}
