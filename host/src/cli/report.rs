//! `dtcheck report`: an official form of seed 001 filled from the evaluation (see
//! `render/forms.rs`). Mẫu 02 as HTML ready to print, for now.

use super::{Exit, Global};
use crate::Error;
use crate::dataset::{Basis, DataDictionary};
use crate::plan::{Evaluation, Plan, expand_datasets};
use crate::render::Lang;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Form {
    /// Mẫu số 01: the commune's report on its results (self-assessed), with Phụ lục 01
    #[value(name = "mau-01")]
    Mau01,
    /// Mẫu số 02: the district's appraisal of a commune, with Phụ lục 02
    #[value(name = "mau-02")]
    Mau02,
    /// Mẫu số 03: a steering-committee member's opinion on a commune's file and results
    #[value(name = "mau-03")]
    Mau03,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    #[arg(long, value_enum)]
    pub form: Form,
    #[arg(long, value_name = "ID")]
    pub policy_set: String,
    /// The targets' year (default: the dataset's)
    #[arg(long)]
    pub year: Option<u16>,
    /// The commune's dataset (or workbook)
    #[arg(value_name = "DATASET")]
    pub dataset: PathBuf,
    /// Where to write the form: .docx (Word) or .html (ready to print); refused if it
    /// exists, unless --force
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    #[arg(long)]
    pub force: bool,
    /// The document's number ("Số: …/BC-UBND"); dotted when not given
    #[arg(long)]
    pub number: Option<String>,
    /// The document's date, YYYY-MM-DD; dotted when not given (no clock is read)
    #[arg(long)]
    pub date: Option<String>,
    /// The place before the date (default: the district)
    #[arg(long)]
    pub place: Option<String>,
    /// Who signs (CHỦ TỊCH)
    #[arg(long)]
    pub signer: Option<String>,
}

pub fn report(g: &Global, args: &ReportArgs) -> Result<Exit, Error> {
    if args.out.exists() && !args.force {
        return Err(Error::usage(format!(
            "`{}` exists (--force to replace it)",
            args.out.display()
        )));
    }
    if let Some(d) = &args.date
        && !is_iso_date(d)
    {
        return Err(Error::usage(format!("--date {d:?}: expected YYYY-MM-DD")));
    }
    let dictionary = DataDictionary::shipped()?;
    let files = expand_datasets(std::slice::from_ref(&args.dataset))?;
    let basis = match args.form {
        Form::Mau01 => Basis::SelfAssessed,
        Form::Mau02 | Form::Mau03 => Basis::Appraised,
    };
    let sandbox = g.sandbox()?;
    let loaded = g
        .sets_at(None)?
        .load_with_communes(&args.policy_set, &sandbox)?;
    let plan = Plan::new(
        // Mẫu 01 is the commune's own report; the others are the district's appraisal.
        vec![Evaluation::new(&loaded, args.year, basis).in_lang(Lang::Vi)],
        dictionary,
        g.read_limits(),
    );
    let mut made = Vec::new();
    let mut failed = None;
    plan.run(
        &files,
        |results| results,
        |r| match r {
            Ok(results) => made.extend(results),
            Err(e) => failed = Some(e),
        },
    );
    if let Some(e) = failed {
        return Err(e.into());
    }
    let Some(result) = made.first() else {
        return Err(Error::usage("no dataset to report on"));
    };
    let filled = crate::render::forms::Filled {
        number: args.number.clone(),
        date: args.date.clone(),
        place: args.place.clone(),
        signer: args.signer.clone(),
    };
    let docx = args
        .out
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("docx"));
    let document = match args.form {
        Form::Mau02 => {
            crate::render::forms::mau02(&loaded.set, result, &filled).map(|f| f.document())
        }
        Form::Mau03 => crate::render::forms::mau03(&loaded.set, result, &filled),
        Form::Mau01 => crate::render::forms::mau01(&loaded.set, result, &filled),
    }
    .map_err(|e| Error::usage(e.0))?;
    let bytes = if docx {
        crate::render::docx::document(&document)
    } else {
        crate::render::html::document(&document).into_bytes()
    };
    crate::write_bytes_atomically(&args.out, &bytes).map_err(|source| Error::Io {
        doing: "write",
        path: args.out.clone(),
        source,
    })?;
    outln!("wrote {}", args.out.display());
    Ok(Exit::Ok)
}

fn is_iso_date(d: &str) -> bool {
    let parts: Vec<&str> = d.split('-').collect();
    matches!(parts.as_slice(), [y, m, day] if y.len() == 4 && m.len() == 2 && day.len() == 2
        && [y, m, day].iter().all(|p| p.chars().all(|c| c.is_ascii_digit())))
}
