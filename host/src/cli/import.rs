//! `dtcheck import`: a filled workbook (or a directory of its sheets as CSV) becomes a
//! dataset (see `forms/import.rs`).

use super::{Exit, Global};
use crate::Error;
use crate::dataset::DataDictionary;
use crate::diag::{self, Diagnostic};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The workbook (.xlsx), or a directory of CSV files, one per sheet
    #[arg(value_name = "WORKBOOK")]
    pub workbook: PathBuf,
    /// The dataset to write (.json); refused if it exists, unless --force
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    #[arg(long)]
    pub force: bool,
}

pub fn import(_g: &Global, args: &ImportArgs) -> Result<Exit, Error> {
    if args.out.exists() && !args.force {
        return Err(Error::usage(format!(
            "`{}` exists (--force to replace it)",
            args.out.display()
        )));
    }
    let dictionary = DataDictionary::shipped()?;
    let imported = crate::forms::import::import_path(&args.workbook, dictionary)?;
    // The document is checked as every dataset is before it is written: nothing that
    // `validate` would refuse is written.
    let text = crate::to_pretty_json(&imported.document);
    crate::dataset::from_value(&args.workbook, imported.document, dictionary)?;
    crate::write_file(&args.out, &text).map_err(|source| Error::Io {
        doing: "write",
        path: args.out.clone(),
        source,
    })?;
    for line in &imported.counted {
        diag::emit(&Diagnostic::note("import", line.clone()));
    }
    outln!("wrote {}", args.out.display());
    Ok(Exit::Ok)
}
