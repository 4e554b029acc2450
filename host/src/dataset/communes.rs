//! A district's `communes`: each read, validated and checked against the district when
//! the district is loaded, so that a commune can be counted once and only once.
//!
//! - a path is relative to the district's file and stays inside that file's directory
//!   (no absolute path, no `..` out of it, symlinks resolved before the check);
//! - each file is listed once (by its canonical path), each commune code once, and the
//!   district never lists itself;
//! - each is a commune dataset of the district's year, not a district;
//! - no more are listed than the communes the district registers (`communes.total`).
//!
//! Anything wrong is a problem of the district dataset, located at `/communes/<i>`.

use super::{
    CommuneRef, DataDictionary, LoadedDataset, Problem, ReadLimits, document, escape_pointer, read,
};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The registered number of communes a district declares.
pub const COMMUNES_TOTAL: &str = "communes.total";

/// Reads the communes `district` lists into it; the problems found, if any.
pub(super) fn attach(
    district: &mut LoadedDataset,
    dictionary: &DataDictionary,
    limits: ReadLimits,
) -> Vec<Problem> {
    let d = &district.dataset;
    if d.locality.level != "district" || d.communes.is_empty() {
        return Vec::new();
    }
    let mut problems = Vec::new();
    let base = district
        .file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let root = match base.canonicalize() {
        Ok(root) => root,
        Err(e) => {
            return vec![Problem {
                pointer: "/communes".into(),
                message: format!(
                    "cannot resolve the district file's directory `{}`: {e}",
                    base.display()
                ),
            }];
        }
    };
    let itself = std::fs::metadata(&district.file)
        .ok()
        .map(|m| read::file_id(&m));
    let mut inside = Confinement::new(base, root);
    let mut files: HashMap<read::FileId, usize> = HashMap::new();
    let mut codes: HashMap<String, usize> = HashMap::new();
    let mut communes = Vec::with_capacity(d.communes.len());
    for (i, entry) in d.communes.iter().enumerate() {
        let at = format!("/communes/{i}");
        let mut problem = |message: String| {
            problems.push(Problem {
                pointer: at.clone(),
                message,
            })
        };
        let loaded = match entry {
            CommuneRef::Path(rel) => {
                let path = Path::new(rel);
                if path.is_absolute() {
                    problem(format!(
                        "`{rel}` is an absolute path: a commune's path is relative to the district's file"
                    ));
                    continue;
                }
                let joined = base.join(path);
                let meta = match inside.check(path) {
                    Ok(meta) => meta,
                    Err(why) => {
                        problem(format!("`{rel}` {why}"));
                        continue;
                    }
                };
                let read = match meta {
                    Some(meta) => read::bounded_with(&joined, limits, meta),
                    None => read::bounded_file(&joined, limits),
                };
                let (bytes, id) = match read {
                    Ok(read) => read,
                    Err(e) => {
                        problem(format!("commune dataset `{}`: {e}", joined.display()));
                        continue;
                    }
                };
                if itself == Some(id) {
                    problem(format!(
                        "`{rel}` is the district's own file: a district cannot list itself"
                    ));
                    continue;
                }
                if let Some(first) = files.get(&id) {
                    problem(format!(
                        "`{rel}` is the same file as /communes/{first}: each commune is listed once"
                    ));
                    continue;
                }
                files.insert(id, i);
                document(&joined, &bytes, dictionary)
            }
            CommuneRef::Inline(raw) => {
                let label = PathBuf::from(format!("{}#{at}", district.file.display()));
                document(&label, raw.get().as_bytes(), dictionary)
            }
        };
        let commune = match loaded {
            Ok(c) => c,
            Err(e) => {
                let label = e.file.display().to_string();
                for p in e.problems {
                    let inner = if p.pointer.is_empty() {
                        "(document)"
                    } else {
                        &p.pointer
                    };
                    problem(format!(
                        "commune dataset `{label}` is invalid: at {inner}: {}",
                        p.message
                    ));
                }
                continue;
            }
        };
        let c = &commune.dataset;
        let label = commune.file.display().to_string();
        if c.locality.level != "commune" {
            problem(format!(
                "`{label}` is a {} (`/locality/level`), not a commune: a district lists its communes only",
                c.locality.level
            ));
            continue;
        }
        if c.year != d.year {
            problem(format!(
                "`{label}` holds the commune's data for {}, the district's are for {}",
                c.year, d.year
            ));
        }
        if c.locality.code == d.locality.code {
            problem(format!(
                "`{label}` has the district's own code {}",
                c.locality.code
            ));
        }
        match codes.get(&c.locality.code) {
            Some(first) => problem(format!(
                "`{label}` is commune {} again (already /communes/{first}): each commune is counted once",
                c.locality.code
            )),
            None => {
                codes.insert(c.locality.code.clone(), i);
            }
        }
        communes.push(commune);
    }
    // More communes than the district has: an input error, whatever else is wrong.
    for member in ["facts", "appraised_facts"] {
        let facts = if member == "facts" {
            &d.facts
        } else {
            &d.appraised_facts
        };
        if let Some(registered) = facts.get(COMMUNES_TOTAL).and_then(|v| v.as_u64())
            && d.communes.len() as u64 > registered
        {
            problems.push(Problem {
                pointer: "/communes".into(),
                message: format!(
                    "{} commune datasets listed, more than the {registered} communes the district registers (/{member}/{})",
                    d.communes.len(),
                    escape_pointer(COMMUNES_TOTAL)
                ),
            });
        }
    }
    // `/communes` first, then `/communes/<i>` by number, each entry's in the order found.
    problems
        .sort_by(|a, b| super::pointer_order(&a.pointer).cmp(&super::pointer_order(&b.pointer)));
    if problems.is_empty() {
        district.communes = communes;
    }
    problems
}

/// Why a commune path is not taken, as a sentence following the path.
#[derive(Debug, thiserror::Error)]
enum Outside {
    #[error("cannot be read ({}): {source}", path.display())]
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "resolves to `{}`, outside the district file's directory `{}`: a district's commune datasets are kept in its own dataset tree",
        resolved.display(),
        root.display()
    )]
    Escapes { resolved: PathBuf, root: PathBuf },
}

/// Whether relative paths stay inside the district file's directory once symlinks are
/// resolved. Most paths (`cam-thuy/cam-tan.json`) go down through plain directories to
/// a plain file: each of those is looked at once (`lstat`), the directories cached per
/// district. A path with `..` or through a symlink is resolved in full and compared.
struct Confinement<'a> {
    base: &'a Path,
    root: PathBuf,
    /// Directories under `base` known to be plain (not symlinks).
    plain_dirs: std::collections::HashSet<PathBuf>,
}

impl<'a> Confinement<'a> {
    fn new(base: &'a Path, root: PathBuf) -> Self {
        Confinement {
            base,
            root,
            plain_dirs: Default::default(),
        }
    }

    /// `Ok` when `rel` (relative) stays inside, with the file's metadata when it was
    /// looked at on the way (a plain file); otherwise why not, as a sentence following
    /// the path.
    fn check(&mut self, rel: &Path) -> Result<Option<std::fs::Metadata>, Outside> {
        use std::path::Component;
        let plain_components = rel.components().all(|c| matches!(c, Component::Normal(_)));
        if plain_components && let Some(meta) = self.plain_path(rel) {
            return Ok(Some(meta));
        }
        let joined = self.base.join(rel);
        let canonical = joined
            .canonicalize()
            .map_err(|source| Outside::Unreadable {
                path: joined.clone(),
                source,
            })?;
        if canonical.starts_with(&self.root) {
            Ok(None)
        } else {
            Err(Outside::Escapes {
                resolved: canonical,
                root: self.root.clone(),
            })
        }
    }

    /// When no directory on the way to `rel` nor `rel` itself is a symlink: `rel`'s
    /// metadata.
    fn plain_path(&mut self, rel: &Path) -> Option<std::fs::Metadata> {
        let plain = |p: &Path| {
            std::fs::symlink_metadata(p)
                .ok()
                .filter(|m| !m.file_type().is_symlink())
        };
        let mut dir = PathBuf::new();
        let parents: Vec<_> = rel
            .parent()
            .into_iter()
            .flat_map(Path::components)
            .collect();
        for c in parents {
            dir.push(c);
            if !self.plain_dirs.contains(&dir) {
                plain(&self.base.join(&dir))?;
                self.plain_dirs.insert(dir.clone());
            }
        }
        plain(&self.base.join(rel))
    }
}
