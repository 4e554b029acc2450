//! # dtcheck: digital-transformation criteria as sandboxed policy code
//!
//! The pipeline, one module per stage (data flows one way):
//!
//! 1. [`policyset`] reads a policy set (`policies/sets/<id>/manifest.json` plus one
//!    WebAssembly module per criterion), verifies each module's sha256 and loads it
//!    through the [`sandbox`].
//! 2. [`sandbox`] is wasmtime with no capabilities: modules import nothing, run under a
//!    deterministic fuel budget and a memory cap, and speak the ABI of
//!    `policies/abi/ABI.md`. Compiled code is cached between runs.
//! 3. [`dataset`] reads one JSON document per locality and year (regular files only,
//!    bounded, each key once), validates it against the shared data dictionary
//!    (`datasets/schema/`) and checks its consistency; a district's communes are read and
//!    checked with it. [`plan`] is what every command admits: each file once, checked the
//!    same way everywhere.
//! 4. [`eval`] runs every criterion over a dataset: six outcomes (`pass`, `fail`,
//!    `not_assessed`, `missing_data`, `missing_evidence`, `error`), each explained.
//! 5. [`aggregate`] applies the set's rule (recognition) to the outcomes.
//! 6. [`render`] prints text, JSON or Markdown; it decides nothing.
//!
//! [`diff`] evaluates the same datasets under two rule versions (revisions, years or
//! sets, through a crosswalk) and reports what changes.
//!
//! [`build`], [`scaffold`], [`fixtures`], [`lint`], [`docs`] and [`gate`] are the
//! authoring workflow; [`build`] builds modules from their Rust sources and checks committed ones; [`cli`]
//! is the command line.

pub mod aggregate;
pub mod build;
pub mod cli;
pub mod dataset;
pub mod diff;
pub mod docs;
pub mod eval;
pub mod fixtures;
pub mod gate;
pub mod generate;
pub mod lint;
pub mod parallel;
pub mod plan;
pub mod policyset;
pub mod render;
pub mod sandbox;
pub mod scaffold;

/// Any fatal error of the library, for callers that only need a message.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Set(#[from] policyset::SetError),
    #[error(transparent)]
    Dataset(#[from] dataset::DatasetError),
    #[error(transparent)]
    Load(#[from] sandbox::LoadError),
    #[error(transparent)]
    Build(#[from] build::BuildError),
}

/// Writes a file, creating its directory first.
pub(crate) fn write_file(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, text)
}

/// The process's peak resident memory in KiB (Linux; `None` elsewhere), for `DTCHECK_STATS`
/// and the benchmark.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
