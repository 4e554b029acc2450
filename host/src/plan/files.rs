//! The dataset files a command line names: directories walked once, each file once.

use crate::dataset::read::{FileId, file_id};
use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

/// The dataset files `args` name: files as given, directories walked for `*.json`
/// (schemas excepted) in sorted order. Each file is taken once, by its identity (a file
/// named twice, or reached again through a symlink or a hard link, is not evaluated
/// twice), and each directory is walked once (a symlink loop ends the walk, and links
/// to the same directory cannot multiply it). A directory without any dataset is an
/// error, as is a name that does not exist.
pub fn expand_datasets(args: &[PathBuf]) -> Result<Vec<PathBuf>, FilesError> {
    let mut files = Vec::new();
    let mut seen = HashSet::new();
    let mut walked = HashSet::new();
    for arg in args {
        let meta = std::fs::metadata(arg).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => FilesError::NotFound(arg.clone()),
            _ => FilesError::Unreadable(arg.clone(), e),
        })?;
        if meta.is_dir() {
            let mut found = Vec::new();
            walk(arg, &meta, &mut walked, &mut found)
                .map_err(|e| FilesError::Unreadable(arg.clone(), e))?;
            found.sort();
            let before = files.len();
            for (f, id) in found {
                if seen.insert(id) {
                    files.push(f);
                }
            }
            if files.len() == before {
                return Err(FilesError::NoDataset {
                    dir: arg.clone(),
                    already_given: before > 0,
                });
            }
        } else if seen.insert(file_id(&meta)) {
            // Whatever it is: reading it says what is wrong with it (a FIFO, a device).
            files.push(arg.clone());
        }
    }
    Ok(files)
}

/// Why the dataset arguments do not name datasets.
#[derive(Debug)]
pub enum FilesError {
    NotFound(PathBuf),
    Unreadable(PathBuf, std::io::Error),
    /// A directory with no `*.json` file in it or below it (or none not already given).
    NoDataset {
        dir: PathBuf,
        already_given: bool,
    },
}

impl FilesError {
    /// The argument at fault.
    pub fn path(&self) -> String {
        match self {
            FilesError::NotFound(p) | FilesError::Unreadable(p, _) => p,
            FilesError::NoDataset { dir, .. } => dir,
        }
        .display()
        .to_string()
    }
}

impl fmt::Display for FilesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FilesError::NotFound(p) => write!(f, "dataset `{}` does not exist", p.display()),
            FilesError::Unreadable(p, e) => write!(f, "cannot read `{}`: {e}", p.display()),
            FilesError::NoDataset { dir, already_given } => write!(
                f,
                "directory `{}` holds no dataset (no *.json file in it or below it{})",
                dir.display(),
                if *already_given {
                    " that was not already given"
                } else {
                    ""
                }
            ),
        }
    }
}

impl std::error::Error for FilesError {}

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
        assert!(e.to_string().contains("holds no dataset"), "{e}");
        let e = expand_datasets(&[dir.path().join("nope.json")]).unwrap_err();
        assert!(e.to_string().contains("does not exist"), "{e}");
    }
}
