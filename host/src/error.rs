//! The library's fatal error: one variant per layer's own error type, each carrying
//! where it happened, plus the few a command line itself can make. [`Error::diagnostics`]
//! gives its located form (rendered by [`crate::diag`]).

use crate::diag::Diagnostic;
use crate::{authoring, dataset, diff, plan, policyset, sandbox};
use std::path::PathBuf;

/// Any fatal error of the library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Set(#[from] policyset::SetError),
    #[error(transparent)]
    Dataset(#[from] dataset::DatasetError),
    #[error(transparent)]
    Files(#[from] plan::FilesError),
    #[error(transparent)]
    Saved(#[from] plan::saved::SavedError),
    #[error(transparent)]
    Dictionary(#[from] dataset::SchemaError),
    #[error(transparent)]
    Load(#[from] sandbox::LoadError),
    #[error(transparent)]
    Crosswalk(#[from] diff::CrosswalkError),
    #[error(transparent)]
    Build(#[from] authoring::build::BuildError),
    #[error(transparent)]
    Scaffold(#[from] authoring::scaffold::ScaffoldError),
    #[error(transparent)]
    Generate(#[from] authoring::generate::GenerateError),
    #[error(transparent)]
    Gate(#[from] authoring::gate::GateError),
    #[error(transparent)]
    Import(#[from] crate::forms::import::ImportError),
    #[error(transparent)]
    Template(#[from] crate::forms::template::TemplateError),
    /// A command line that cannot run as given.
    #[error("{0}")]
    Usage(String),
    /// A file that cannot be read or written.
    #[error("cannot {doing} `{}`: {source}", path.display())]
    Io {
        doing: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
}

impl Error {
    pub fn usage(message: impl Into<String>) -> Self {
        Error::Usage(message.into())
    }

    /// The error with its location, one diagnostic per problem.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        let message = self.to_string();
        match self {
            Error::Dataset(e) => crate::diag::dataset_diagnostics(e, crate::diag::Severity::Error),
            Error::Set(e) => vec![e.diagnostic()],
            Error::Files(e) => vec![Diagnostic::error("dataset", message).file(e.path())],
            Error::Saved(e) => located("results", message, Some(e.path().display().to_string())),
            Error::Dictionary(_) => vec![Diagnostic::error("schema", message)],
            Error::Load(_) => vec![Diagnostic::error("module", message)],
            Error::Crosswalk(e) => located("crosswalk", message, e.file()),
            Error::Build(e) => located("build", message, e.path()),
            Error::Scaffold(e) => located("scaffold", message, e.path()),
            Error::Generate(e) => located("generate", message, e.path()),
            Error::Gate(e) => located("expectations", message, e.path()),
            Error::Import(e) => e
                .problems
                .iter()
                .map(|p| {
                    Diagnostic::error("workbook", p.message.clone())
                        .file(e.file.display().to_string())
                        .cell(p.at.clone())
                })
                .collect(),
            Error::Template(_) => vec![Diagnostic::error("template", message)],
            Error::Usage(_) => vec![Diagnostic::error("usage", message)],
            Error::Io { path, .. } => {
                vec![Diagnostic::error("io", message).file(path.display().to_string())]
            }
        }
    }
}

/// One error diagnostic, at `file` when there is one.
fn located(kind: &'static str, message: String, file: Option<String>) -> Vec<Diagnostic> {
    let d = Diagnostic::error(kind, message);
    vec![match file {
        Some(file) => d.file(file),
        None => d,
    }]
}
