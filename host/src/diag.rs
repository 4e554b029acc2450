//! Diagnostics: every error, warning and note dtcheck reports, with where it is,
//! rendered in one place.
//!
//! Each layer has its own error type carrying its location (a dataset's file and JSON
//! pointers, a set's manifest at a git revision, a criterion, a module file);
//! [`crate::Error`] wraps them as they travel up. This module turns them into
//! [`Diagnostic`]s and writes them on stderr, for people (`human`, the default: the
//! sentences dtcheck has always printed) or for tools (`json`: one JSON object per
//! line, with `severity`, `kind`, `message` and whichever of `file`, `rev`, `pointer`,
//! `policy_set`, `criterion` locate it). The format is chosen once per process:
//! `--error-format` or `DTCHECK_ERROR_FORMAT`.

use crate::dataset::DatasetError;
use serde::Serialize;
use std::io::Write;
use std::sync::OnceLock;

/// How diagnostics are written on stderr.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ErrorFormat {
    /// Sentences for people
    #[default]
    Human,
    /// One JSON object per line, for CI and editors
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Note,
}

impl Severity {
    fn label(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// One thing reported, and where.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// What it is about, stable for tools: `usage`, `dataset`, `policy_set`, `module`,
    /// `crosswalk`, `expectations`, `cache`, `build`, `io`, `output`.
    pub kind: &'static str,
    /// The sentence a person reads (terminal-safe when printed for people).
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The git revision `file` was read at.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rev: Option<String>,
    /// A JSON pointer into `file`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
    /// A sheet and cell of a workbook `file` ("Mẫu 3.3!E17").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy_set: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub criterion: Option<String>,
}

impl Diagnostic {
    pub fn new(severity: Severity, kind: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            kind,
            message: message.into(),
            file: None,
            rev: None,
            pointer: None,
            cell: None,
            policy_set: None,
            criterion: None,
        }
    }

    pub fn error(kind: &'static str, message: impl Into<String>) -> Self {
        Diagnostic::new(Severity::Error, kind, message)
    }

    pub fn warning(kind: &'static str, message: impl Into<String>) -> Self {
        Diagnostic::new(Severity::Warning, kind, message)
    }

    pub fn note(kind: &'static str, message: impl Into<String>) -> Self {
        Diagnostic::new(Severity::Note, kind, message)
    }

    pub fn file(mut self, file: impl Into<String>) -> Self {
        self.file = Some(file.into());
        self
    }

    pub fn rev(mut self, rev: Option<&str>) -> Self {
        self.rev = rev.map(str::to_owned);
        self
    }

    pub fn pointer(mut self, pointer: impl Into<String>) -> Self {
        self.pointer = Some(pointer.into());
        self
    }

    pub fn cell(mut self, cell: impl Into<String>) -> Self {
        self.cell = Some(cell.into());
        self
    }

    pub fn policy_set(mut self, id: impl Into<String>) -> Self {
        self.policy_set = Some(id.into());
        self
    }

    pub fn criterion(mut self, id: impl Into<String>) -> Self {
        self.criterion = Some(id.into());
        self
    }
}

static FORMAT: OnceLock<ErrorFormat> = OnceLock::new();

/// Chooses the format for the rest of the process (the first choice holds).
pub fn set_format(format: ErrorFormat) {
    let _ = FORMAT.set(format);
}

pub fn format() -> ErrorFormat {
    FORMAT.get().copied().unwrap_or_default()
}

/// Writes one diagnostic: `<severity>: <message>` for people.
pub fn emit(d: &Diagnostic) {
    match format() {
        ErrorFormat::Human => write_err(&format!(
            "{}: {}\n",
            d.severity.label(),
            terminal_safe(&d.message)
        )),
        ErrorFormat::Json => emit_json(d),
    }
}

/// Writes a fatal error: `error: <message>` for people, one line per located problem
/// for tools.
pub fn emit_error(e: &crate::Error) {
    match (format(), e) {
        (ErrorFormat::Human, _) => {
            write_err(&format!("error: {}\n", terminal_safe(&e.to_string())))
        }
        (ErrorFormat::Json, e) => e.diagnostics().iter().for_each(emit_json),
    }
}

/// Writes a dataset a run could not take (the run goes on without it): the file and
/// each problem at its pointer.
pub fn emit_dataset(e: &DatasetError) {
    match format() {
        ErrorFormat::Human => write_err(&format!("{e}\n")),
        ErrorFormat::Json => dataset_diagnostics(e, Severity::Error)
            .iter()
            .for_each(emit_json),
    }
}

/// A closing count for people ("2 of 9 datasets invalid"); tools count the
/// diagnostics themselves, so the JSON format leaves it out.
pub fn summary(line: &str) {
    if format() == ErrorFormat::Human {
        write_err(&format!("{line}\n"));
    }
}

/// A dataset's problems, one diagnostic each.
pub fn dataset_diagnostics(e: &DatasetError, severity: Severity) -> Vec<Diagnostic> {
    e.problems
        .iter()
        .map(|p| {
            let d = Diagnostic::new(severity, "dataset", p.message.clone())
                .file(e.file.display().to_string());
            if p.pointer.is_empty() {
                d
            } else if crate::forms::is_workbook(&e.file) {
                // A workbook's problems are at a sheet and cell, not a JSON pointer.
                d.cell(p.pointer.clone())
            } else {
                d.pointer(p.pointer.clone())
            }
        })
        .collect()
}

fn emit_json(d: &Diagnostic) {
    let mut line = serde_json::to_string(d).unwrap_or_default();
    line.push('\n');
    write_err(&line);
}

/// One write per diagnostic, so that lines from several threads never interleave.
fn write_err(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// `text` safe to print on a terminal: control characters (other than new line and
/// tab) and the bidirectional overrides that can disguise a line are shown as `\u{..}`
/// escapes. Module reasons and dataset strings reach text reports and messages this
/// way, never as raw ESC or CR sequences (JSON output escapes them already).
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    fn unsafe_char(c: char) -> bool {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    }
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_diagnostic_serialises_only_the_places_it_has() {
        let d = Diagnostic::error("dataset", "year 2031 is outside")
            .file("a.json")
            .pointer("/year");
        assert_eq!(
            serde_json::to_string(&d).unwrap(),
            r#"{"severity":"error","kind":"dataset","message":"year 2031 is outside","file":"a.json","pointer":"/year"}"#
        );
    }
}
