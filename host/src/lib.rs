//! # dtcheck: digital-transformation criteria as sandboxed policy code
//!
//! Data flows one way, one module per layer:
//!
//! ```text
//! cli ─▶ plan ─▶ { policyset, dataset, sandbox } ─▶ eval ─▶ aggregate ─▶ (diff) ─▶ render
//! ```
//!
//! - [`cli`]: the command line, a thin layer: parse, build a [`plan::Plan`], call it,
//!   render, map the run's counts to an exit code.
//! - [`plan`]: the one entry point for "evaluate these datasets under this set": dataset
//!   arguments walked once, the admission check every command shares (applicability
//!   included), chunks on every core with one sandbox session each, batches of 16
//!   localities criterion by criterion, a district's communes first; results in input
//!   order as a stream.
//! - [`policyset`]: a set (`policies/sets/<id>/manifest.json` and one WebAssembly module
//!   per criterion) from the working tree or any git revision, each module verified
//!   against its sha256; criterion ids in the source tables' order.
//! - [`dataset`]: one JSON document per locality and year, read bounded, validated
//!   against the data dictionary (`datasets/schema/`) and checked for consistency; a
//!   district's communes read and checked with it.
//! - [`sandbox`]: wasmtime with no capabilities: modules import nothing, run under fuel,
//!   memory and wall-clock budgets, speak the ABI of `policies/abi/ABI.md`, and no call
//!   sees another's writes. Compiled code is cached between runs.
//! - [`eval`]: criterion modules × localities → criterion results with six outcomes
//!   (`pass`, `fail`, `not_assessed`, `missing_data`, `missing_evidence`, `error`), each
//!   explained. Never a verdict.
//! - [`aggregate`]: pure: the set's rule over the outcomes (recognition, 2361 levels),
//!   standings with as few answers as the rule needs, a district's facts from its
//!   communes' standings, a run's counts.
//! - [`diff`]: the results of the same datasets under two rule versions (revisions,
//!   years, or sets through a crosswalk), compared.
//! - [`render`]: one file per format (text, json, ndjson, markdown, junit, html); it
//!   decides nothing.
//!
//! Beside the pipeline: [`forms`] turns the officials' workbooks into datasets (and
//! writes the template they fill), a way into [`dataset`]; [`diag`] prints every error, warning and note (for people, or as
//! JSON lines for tools), [`Error`] wraps each layer's typed error; [`fast`] holds the
//! code that exists for speed, each module guarded by its differential test;
//! [`authoring`] is the maintainer's workflow (build, scaffold, fixtures, lint, gate,
//! generate), which uses the pipeline and never changes it.

pub mod aggregate;
pub mod authoring;
pub mod cli;
pub mod dataset;
pub mod diag;
pub mod diff;
mod error;
pub mod eval;
pub mod fast;
pub mod forms;
pub mod plan;
pub mod policyset;
pub mod render;
pub mod sandbox;

pub use error::Error;

/// `value` as pretty JSON with a final new line: reports, and the files dtcheck writes
/// (manifests, expectations) in one canonical form.
pub fn to_pretty_json<T: serde::Serialize>(value: &T) -> String {
    // Serialising our own plain structs cannot fail; an empty object is a safe fallback.
    let mut s = serde_json::to_string_pretty(value).unwrap_or_else(|_| "{}".into());
    s.push('\n');
    s
}

/// Writes a text file atomically (see [`write_bytes_atomically`]), creating its
/// directory first.
pub(crate) fn write_file(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    write_bytes_atomically(path, text.as_bytes())
}

/// Writes several files as one step: every file is first written whole to a temporary
/// file beside it; if any of those writes fails, the temporary files are removed and
/// nothing is changed. Then `journal` is written (atomically: its existence is the
/// commit point) listing the renames to make, the files are renamed into place in the
/// order given, and the journal is removed. A run interrupted during the renames
/// leaves the journal, and [`finish_interrupted`] completes them: whoever reads the
/// files next sees all the old ones or all the new ones.
pub(crate) fn write_all_or_nothing(
    files: &[(std::path::PathBuf, Vec<u8>)],
    journal: &std::path::Path,
) -> std::io::Result<()> {
    let files: Vec<(&std::path::Path, &[u8])> = files
        .iter()
        .map(|(p, b)| (p.as_path(), b.as_slice()))
        .collect();
    replace_all(&files, Some(journal)).map_err(|(path, stage, e)| {
        let verb = if stage == Stage::Write {
            "write"
        } else {
            "replace"
        };
        std::io::Error::new(e.kind(), format!("cannot {verb} `{}`: {e}", path.display()))
    })
}

/// Writes `bytes` to a temporary file in `path`'s directory, then renames it into
/// place: a reader (or a later run, after an interruption) sees the old file or the new
/// one, never half of one.
pub(crate) fn write_bytes_atomically(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    replace_all(&[(path, bytes)], None).map_err(|(_, _, e)| e)
}

/// Completes the renames of a [`write_all_or_nothing`] that was interrupted after its
/// commit point (`journal` exists); `Ok(false)` when there was nothing to complete. A
/// journal that cannot be read is left in place, with an error that names it.
pub(crate) fn finish_interrupted(journal: &std::path::Path) -> std::io::Result<bool> {
    let text = match std::fs::read(journal) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(e),
    };
    let bad = |why: String| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("`{}`: {why}", journal.display()),
        )
    };
    let renames: Vec<(std::path::PathBuf, std::path::PathBuf)> =
        serde_json::from_slice(&text).map_err(|e| bad(e.to_string()))?;
    for (tmp, path) in &renames {
        // A temporary file that is gone was renamed before the interruption.
        if std::fs::symlink_metadata(tmp).is_ok() {
            std::fs::rename(tmp, path)
                .map_err(|e| bad(format!("cannot rename `{}`: {e}", tmp.display())))?;
        }
    }
    std::fs::remove_file(journal)?;
    Ok(true)
}

/// Test hook: `DTCHECK_ABORT_AFTER_RENAMES=n` aborts the process after the n-th rename
/// of a journaled write, as a kill at that point would (the integration tests use it to
/// interrupt `build` where they choose).
fn abort_after(renamed: usize) {
    if let Some(n) = std::env::var_os("DTCHECK_ABORT_AFTER_RENAMES")
        && n.to_str().and_then(|n| n.parse::<usize>().ok()) == Some(renamed)
    {
        std::process::abort();
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Write,
    Rename,
}

/// Writes each file aside, then renames them all into place; on failure, the file (or
/// journal) that failed, the stage and the error, with no temporary file left behind
/// before the commit point. No fsync: the
/// rename is what keeps an interrupted run from leaving half a file (a power cut is
/// another matter, and syncing each of a generated country's 11,000 files would cost
/// more than the run).
fn replace_all(
    files: &[(&std::path::Path, &[u8])],
    journal: Option<&std::path::Path>,
) -> Result<(), (std::path::PathBuf, Stage, std::io::Error)> {
    if files.is_empty() {
        return Ok(());
    }
    let mut staged = Vec::with_capacity(files.len());
    let mut done = Ok(());
    for (path, bytes) in files {
        let tmp = temp_path(path);
        let written = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| injected_failure(path))
            .and_then(|()| std::fs::write(&tmp, bytes));
        staged.push(tmp);
        if let Err(e) = written {
            done = Err((path.to_path_buf(), Stage::Write, e));
            break;
        }
    }
    if done.is_ok()
        && let Some(journal) = journal
    {
        let renames: Vec<(&std::path::Path, &std::path::Path)> = staged
            .iter()
            .zip(files)
            .map(|(tmp, (path, _))| (tmp.as_path(), *path))
            .collect();
        let text = serde_json::to_vec(&renames).unwrap_or_default();
        if let Err(e) = write_bytes_atomically(journal, &text) {
            done = Err((journal.to_path_buf(), Stage::Write, e));
        }
    }
    if done.is_err() {
        // Nothing renamed yet: remove what was written aside, and nothing changed.
        for tmp in &staged {
            let _ = std::fs::remove_file(tmp);
        }
        return done;
    }
    for (i, (tmp, (path, _))) in staged.iter().zip(files).enumerate() {
        if let Err(e) = std::fs::rename(tmp, path) {
            // Past the commit point: the journal and the files not yet renamed stay,
            // for the next reader to complete (`finish_interrupted`).
            return Err((path.to_path_buf(), Stage::Rename, e));
        }
        if journal.is_some() {
            abort_after(i + 1);
        }
    }
    if let Some(journal) = journal {
        let _ = std::fs::remove_file(journal);
    }
    Ok(())
}

/// Test hook: `DTCHECK_FAIL_WRITE=<file name>` makes writing a file of that name fail
/// (the integration tests use it for a failure in the middle of `build` and `gate
/// --accept`; they run as root in CI, where permissions cannot make a write fail).
fn injected_failure(path: &std::path::Path) -> std::io::Result<()> {
    match std::env::var_os("DTCHECK_FAIL_WRITE") {
        Some(name) if path.file_name() == Some(name.as_os_str()) => Err(std::io::Error::other(
            "injected failure (DTCHECK_FAIL_WRITE)",
        )),
        _ => Ok(()),
    }
}

/// A temporary name beside `path`, unique in this process.
fn temp_path(path: &std::path::Path) -> std::path::PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let name = path
        .file_name()
        .map_or_else(Default::default, |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!(
        ".{name}.{}.{}.tmp",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ))
}

/// The process's peak resident memory in KiB (Linux; `None` elsewhere), for `DTCHECK_STATS`
/// and the benchmark.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[cfg(test)]
mod tests {
    /// A write that fails leaves every file as it was: none of the others is replaced.
    #[test]
    fn several_files_are_written_all_or_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.json"), dir.path().join("b.json"));
        std::fs::write(&a, "old a").unwrap();
        std::fs::write(&b, "old b").unwrap();
        // `c` cannot be written: its directory is a file.
        std::fs::write(dir.path().join("sub"), "").unwrap();
        let c = dir.path().join("sub").join("c.json");
        let files = vec![
            (a.clone(), b"new a".to_vec()),
            (c, b"new c".to_vec()),
            (b.clone(), b"new b".to_vec()),
        ];
        let journal = dir.path().join(".journal");
        assert!(super::write_all_or_nothing(&files, &journal).is_err());
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "old a");
        assert_eq!(std::fs::read_to_string(&b).unwrap(), "old b");
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 3, "no temporary file left behind");
        let files = vec![
            (a.clone(), b"new a".to_vec()),
            (b.clone(), b"new b".to_vec()),
        ];
        super::write_all_or_nothing(&files, &journal).unwrap();
        assert_eq!(std::fs::read_to_string(&b).unwrap(), "new b");
        assert!(
            !journal.exists(),
            "the journal goes once the renames are done"
        );
        super::write_bytes_atomically(&a, b"newer a").unwrap();
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "newer a");
    }

    /// Renames cut short after the commit point are completed by the next reader: a
    /// journal naming temporary files, some already renamed, some not.
    #[test]
    fn an_interrupted_replacement_is_completed() {
        let dir = tempfile::tempdir().unwrap();
        let path = |n: &str| dir.path().join(n);
        std::fs::write(path("a"), "new a").unwrap(); // renamed before the interruption
        std::fs::write(path("b"), "old b").unwrap();
        std::fs::write(path(".b.tmp"), "new b").unwrap();
        let renames = vec![(path(".a.tmp"), path("a")), (path(".b.tmp"), path("b"))];
        let journal = path(".journal");
        std::fs::write(&journal, serde_json::to_vec(&renames).unwrap()).unwrap();
        assert!(super::finish_interrupted(&journal).unwrap());
        assert_eq!(std::fs::read_to_string(path("a")).unwrap(), "new a");
        assert_eq!(std::fs::read_to_string(path("b")).unwrap(), "new b");
        assert!(!journal.exists() && !path(".b.tmp").exists());
        assert!(
            !super::finish_interrupted(&journal).unwrap(),
            "nothing left"
        );
        std::fs::write(&journal, "not json").unwrap();
        let e = super::finish_interrupted(&journal).unwrap_err();
        assert!(e.to_string().contains(".journal"), "{e}");
    }
}
