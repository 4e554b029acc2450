//! What a run takes in: the dataset files named on the command line (directories walked
//! once, each file once) and, for each file, the one check every command shares (read,
//! validated, a district's communes attached, and the policy sets applying to it), so
//! that `validate` accepts exactly what `evaluate`, `diff` and `gate` accept.

use crate::aggregate::rollup;
use crate::dataset::read::{FileId, file_id};
use crate::dataset::{self, DataDictionary, DatasetError, LoadedDataset, ReadLimits};
use crate::policyset::{Manifest, ScheduleSpec};
use crate::sandbox::Session;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// A policy set a dataset must fit, and the year whose targets are applied (`None`:
/// the dataset's own).
#[derive(Debug, Clone, Copy)]
pub struct Fit<'a> {
    pub manifest: &'a Manifest,
    pub year: Option<u16>,
}

/// Reads and checks one dataset file, then checks that every set of `fits` applies to
/// it. The error names the file and every problem's place.
pub fn admit(
    file: &Path,
    dictionary: &DataDictionary,
    limits: ReadLimits,
    fits: &[Fit<'_>],
) -> Result<LoadedDataset, DatasetError> {
    let ds = dataset::load_with(file, dictionary, limits)?;
    let problems: Vec<dataset::Problem> = fits
        .iter()
        .filter_map(|fit| applicability(fit.manifest, &ds.dataset, fit.year))
        .collect();
    if problems.is_empty() {
        Ok(ds)
    } else {
        Err(DatasetError {
            file: file.to_path_buf(),
            problems,
        })
    }
}

/// Why a set cannot evaluate a dataset, if it cannot: the year has no targets, or the
/// locality's level has no criteria.
pub fn applicability(
    manifest: &Manifest,
    d: &dataset::Dataset,
    year: Option<u16>,
) -> Option<dataset::Problem> {
    let id = &manifest.id;
    if let ScheduleSpec::Year { years } = &manifest.schedule
        && let Some(p) = year_problem(id, years, year.unwrap_or(d.year))
    {
        return Some(dataset::Problem {
            pointer: "/year".into(),
            message: format!("{p} (use --year to choose the targets)"),
        });
    }
    let level = &d.locality.level;
    (!manifest.levels_of_government.contains(level)).then(|| dataset::Problem {
        pointer: "/locality/level".into(),
        message: format!(
            "`{id}` has no criteria for a {level} (it covers: {})",
            manifest.levels_of_government.join(", ")
        ),
    })
}

/// Why a year cannot be assessed under a set, if it cannot.
pub fn year_problem(set: &str, years: &[u16], year: u16) -> Option<String> {
    if years.contains(&year) {
        return None;
    }
    let range = match (years.first(), years.last()) {
        (Some(a), Some(b)) => format!("{a}–{b}"),
        _ => "none".into(),
    };
    Some(format!(
        "year {year} is outside the years `{set}` has targets for ({range})"
    ))
}

/// A chunk's files, read and evaluated a batch at a time in one session: each dataset
/// and its results are used while still in the cache, and a batch's datasets are
/// dropped before the next is read. A batch is [`rollup::BATCH`] localities, or fewer
/// when they bring their communes (a district is read with its communes): it closes
/// once the localities and their communes reach [`rollup::BATCH`] datasets, so that a
/// district's communes are evaluated right after they are read, not after fifteen other
/// districts' communes have pushed them out of the cache (measured: a district run
/// 30 % slower with batches of 16 districts). The batches depend on the data only, and
/// a result does not depend on its batch. `evaluate` gets a batch's readable datasets
/// and returns one result for each, in order; a file `load` refuses gives its problem
/// in its place.
pub fn in_batches<R>(
    files: &[PathBuf],
    load: impl Fn(&PathBuf) -> Result<LoadedDataset, String>,
    mut evaluate: impl FnMut(&[&LoadedDataset], &mut Session) -> Vec<R>,
) -> Vec<Result<R, String>> {
    let mut session = Session::new();
    let mut results = Vec::with_capacity(files.len());
    let mut batch: Vec<Result<LoadedDataset, String>> = Vec::with_capacity(rollup::BATCH);
    let mut weight = 0;
    let mut flush = |batch: &mut Vec<Result<LoadedDataset, String>>, results: &mut Vec<_>| {
        let valid: Vec<&LoadedDataset> = batch.iter().filter_map(|l| l.as_ref().ok()).collect();
        let mut done = evaluate(&valid, &mut session).into_iter();
        results.extend(batch.drain(..).map(|l| {
            match l {
                Err(problem) => Err(problem),
                Ok(_) => done
                    .next()
                    .ok_or_else(|| "internal error: no result".to_string()),
            }
        }));
    };
    for file in files {
        let loaded = load(file);
        weight += 1 + loaded.as_ref().map_or(0, |l| l.communes.len());
        batch.push(loaded);
        if batch.len() == rollup::BATCH || weight >= rollup::BATCH {
            flush(&mut batch, &mut results);
            weight = 0;
        }
    }
    if !batch.is_empty() {
        flush(&mut batch, &mut results);
    }
    results
}

/// The dataset files `args` name: files as given, directories walked for `*.json`
/// (schemas excepted) in sorted order. Each file is taken once, by its identity (a file
/// named twice, or reached again through a symlink or a hard link, is not evaluated
/// twice), and each directory is walked once (a symlink loop ends the walk, and links
/// to the same directory cannot multiply it). A directory without any dataset is an
/// error, as is a name that does not exist.
pub fn expand_datasets(args: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    let mut seen = HashSet::new();
    let mut walked = HashSet::new();
    for arg in args {
        let meta = std::fs::metadata(arg).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => format!("dataset `{}` does not exist", arg.display()),
            _ => format!("cannot read `{}`: {e}", arg.display()),
        })?;
        if meta.is_dir() {
            let mut found = Vec::new();
            walk(arg, &meta, &mut walked, &mut found)
                .map_err(|e| format!("cannot read `{}`: {e}", arg.display()))?;
            found.sort();
            let before = files.len();
            for (f, id) in found {
                if seen.insert(id) {
                    files.push(f);
                }
            }
            if files.len() == before {
                return Err(format!(
                    "directory `{}` holds no dataset (no *.json file in it or below it{})",
                    arg.display(),
                    if before > 0 {
                        " that was not already given"
                    } else {
                        ""
                    }
                ));
            }
        } else if seen.insert(file_id(&meta)) {
            // Whatever it is: reading it says what is wrong with it (a FIFO, a device).
            files.push(arg.clone());
        }
    }
    Ok(files)
}

/// Collects the `*.json` files under `dir` (whose metadata is `meta`) with their
/// identities; `walked` holds the directories already walked.
fn walk(
    dir: &Path,
    meta: &std::fs::Metadata,
    walked: &mut HashSet<FileId>,
    out: &mut Vec<(PathBuf, FileId)>,
) -> std::io::Result<()> {
    if !walked.insert(file_id(meta)) {
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        // `metadata` follows symlinks: a dangling one is skipped like any non-dataset.
        let Ok(meta) = std::fs::metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            walk(&path, &meta, walked, out)?;
        } else if path.extension().is_some_and(|e| e == "json")
            && !path.to_string_lossy().ends_with(".schema.json")
        {
            out.push((path, file_id(&meta)));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symlink_loops_end_and_each_file_is_taken_once() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir(root.join("a")).unwrap();
        std::fs::write(root.join("a/x.json"), "{}").unwrap();
        std::os::unix::fs::symlink(root, root.join("a/loop")).unwrap();
        std::os::unix::fs::symlink(root.join("a"), root.join("a/loop2")).unwrap();
        std::os::unix::fs::symlink(root.join("a/x.json"), root.join("y.json")).unwrap();
        let files = expand_datasets(&[root.to_path_buf(), root.join("a/x.json")]).unwrap();
        assert_eq!(files, vec![root.join("a/x.json")]);
    }

    #[test]
    fn an_empty_directory_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("notes.txt"), "").unwrap();
        let e = expand_datasets(&[dir.path().to_path_buf()]).unwrap_err();
        assert!(e.contains("holds no dataset"), "{e}");
        let e = expand_datasets(&[dir.path().join("nope.json")]).unwrap_err();
        assert!(e.contains("does not exist"), "{e}");
    }
}
