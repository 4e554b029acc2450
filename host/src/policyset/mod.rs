//! Policy sets: a directory `policies/sets/<id>/` holding `manifest.json` and one
//! `.wasm` module per criterion. Loading verifies each module's sha256 against the
//! manifest before compiling it, and reads each criterion's metadata from its module.
//!
//! A module that cannot be used (missing, hash mismatch, refused by the ABI check) does
//! not stop the set: its criterion is kept with the reason and evaluates to `error`.

mod manifest;
mod metadata;

pub use manifest::{
    CommuneRollup, LevelName, MANIFEST_FILE, Manifest, ModuleEntry, Recognition, ScheduleSpec,
};
pub use metadata::{EvidenceMeta, GroupMeta, Metadata, Schedule};

use crate::sandbox::{CriterionModule, Sandbox};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Where policy sets are read from.
#[derive(Debug, Clone)]
pub struct SetsDir {
    root: PathBuf,
}

/// Errors that make a whole policy set unusable.
#[derive(Debug, thiserror::Error)]
pub enum SetError {
    #[error("no policy set `{id}` in `{root}`{hint}")]
    Unknown {
        id: String,
        root: PathBuf,
        hint: String,
    },
    #[error("cannot read `{path}`: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("`{path}` is not a valid manifest: {message}")]
    Manifest { path: PathBuf, message: String },
    #[error("cannot start the sandbox: {0}")]
    Sandbox(String),
}

impl SetsDir {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        SetsDir { root: root.into() }
    }

    /// Finds `policies/sets` in the current directory or one of its ancestors.
    pub fn discover() -> Option<Self> {
        // Kept relative to the current directory so that reports (which show where a
        // set came from) do not depend on where the repository is cloned.
        let cwd = std::env::current_dir().ok()?;
        let (up, _) = cwd
            .ancestors()
            .enumerate()
            .find(|(_, dir)| dir.join("policies").join("sets").is_dir())?;
        let mut root = PathBuf::new();
        for _ in 0..up {
            root.push("..");
        }
        Some(SetsDir::new(root.join("policies").join("sets")))
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Ids of the sets present (directories with a manifest), sorted.
    pub fn ids(&self) -> Result<Vec<String>, SetError> {
        let entries = std::fs::read_dir(&self.root).map_err(|source| SetError::Io {
            path: self.root.clone(),
            source,
        })?;
        let mut ids: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|e| e.path().join(MANIFEST_FILE).is_file())
            .filter_map(|e| e.file_name().to_str().map(str::to_owned))
            .collect();
        ids.sort();
        Ok(ids)
    }

    /// Reads and parses a set's manifest.
    pub fn manifest(&self, id: &str) -> Result<Manifest, SetError> {
        let path = self.root.join(id).join(MANIFEST_FILE);
        if !path.is_file() {
            let known = self.ids().unwrap_or_default();
            let hint = if known.is_empty() {
                String::new()
            } else {
                format!(" (known sets: {})", known.join(", "))
            };
            return Err(SetError::Unknown {
                id: id.into(),
                root: self.root.clone(),
                hint,
            });
        }
        let text = std::fs::read(&path).map_err(|source| SetError::Io {
            path: path.clone(),
            source,
        })?;
        let manifest: Manifest = serde_json::from_slice(&text).map_err(|e| SetError::Manifest {
            path: path.clone(),
            message: e.to_string(),
        })?;
        if manifest.id != id {
            return Err(SetError::Manifest {
                path,
                message: format!("its id is `{}` but its directory is `{id}`", manifest.id),
            });
        }
        Ok(manifest)
    }

    /// Loads a set: verifies, compiles (or fetches from the cache) and checks every module.
    pub fn load(&self, id: &str, sandbox: &Sandbox) -> Result<PolicySet, SetError> {
        let manifest = self.manifest(id)?;
        let dir = self.root.join(id);
        let criteria = load_parallel(&manifest.modules, |entry| {
            let path = dir.join(&entry.file);
            let bytes = std::fs::read(&path)
                .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
            Ok(load_criterion(entry, &bytes, sandbox))
        });
        Ok(PolicySet {
            provenance: Provenance {
                source: "working tree".into(),
                path: dir.display().to_string(),
            },
            manifest,
            criteria,
        })
    }
}

/// Where a loaded set came from, reported with every result.
#[derive(Debug, Clone, Serialize)]
pub struct Provenance {
    /// "working tree" (later also a git commit).
    pub source: String,
    pub path: String,
}

/// A loaded policy set.
pub struct PolicySet {
    pub manifest: Manifest,
    pub provenance: Provenance,
    /// One per manifest entry, in manifest (source-table) order.
    pub criteria: Vec<LoadedCriterion>,
}

/// A criterion of a loaded set: usable, or broken with the reason.
pub struct LoadedCriterion {
    pub entry: ModuleEntry,
    pub loaded: Result<Usable, String>,
}

/// A verified, ABI-checked module and its metadata.
pub struct Usable {
    pub meta: Metadata,
    pub module: CriterionModule,
}

impl PolicySet {
    pub fn id(&self) -> &str {
        &self.manifest.id
    }

    /// The criteria that loaded, with their metadata.
    pub fn usable(&self) -> impl Iterator<Item = &Usable> {
        self.criteria.iter().filter_map(|c| c.loaded.as_ref().ok())
    }

    /// Criteria that could not be loaded, with the reason.
    pub fn broken(&self) -> impl Iterator<Item = (&str, &str)> {
        self.criteria.iter().filter_map(|c| {
            c.loaded
                .as_ref()
                .err()
                .map(|e| (c.entry.criterion.as_str(), e.as_str()))
        })
    }
}

/// Verifies the hash, loads the module and parses its metadata.
pub fn load_criterion(entry: &ModuleEntry, bytes: &[u8], sandbox: &Sandbox) -> LoadedCriterion {
    LoadedCriterion {
        entry: entry.clone(),
        loaded: try_load(entry, bytes, sandbox),
    }
}

fn try_load(entry: &ModuleEntry, bytes: &[u8], sandbox: &Sandbox) -> Result<Usable, String> {
    let actual = crate::sandbox::hex(&Sha256::digest(bytes));
    if actual != entry.sha256 {
        return Err(format!(
            "module `{}` has sha256 {actual}, the manifest records {}: refusing to run an unverified module (rebuild with `dtcheck build`)",
            entry.file, entry.sha256
        ));
    }
    let module = sandbox
        .load(bytes)
        .map_err(|e| format!("module `{}` refused: {e}", entry.file))?;
    let meta: Metadata = serde_json::from_slice(&module.metadata_json)
        .map_err(|e| format!("module `{}` returned malformed metadata: {e}", entry.file))?;
    if meta.id != entry.criterion {
        return Err(format!(
            "module `{}` implements criterion `{}`, the manifest says `{}`",
            entry.file, meta.id, entry.criterion
        ));
    }
    Ok(Usable { meta, module })
}

/// Loads modules on all cores (compilation dominates a cold start), keeping order.
fn load_parallel<F>(entries: &[ModuleEntry], load: F) -> Vec<LoadedCriterion>
where
    F: Fn(&ModuleEntry) -> Result<LoadedCriterion, String> + Sync,
{
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(entries.len().max(1));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut slots: Vec<Option<LoadedCriterion>> = (0..entries.len()).map(|_| None).collect();
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(entry) = entries.get(i) else { break };
                    let loaded = load(entry).unwrap_or_else(|reason| LoadedCriterion {
                        entry: entry.clone(),
                        loaded: Err(reason),
                    });
                    if let Ok(mut r) = results.lock() {
                        r.push((i, loaded));
                    }
                }
            });
        }
    });
    for (i, loaded) in results.into_inner().unwrap_or_default() {
        if let Some(slot) = slots.get_mut(i) {
            *slot = Some(loaded);
        }
    }
    slots
        .into_iter()
        .zip(entries)
        .map(|(slot, entry)| {
            slot.unwrap_or_else(|| LoadedCriterion {
                entry: entry.clone(),
                loaded: Err("internal error: module was not loaded".into()),
            })
        })
        .collect()
}
