//! Policy sets: a directory `policies/sets/<id>/` holding `manifest.json` and one
//! `.wasm` module per criterion. Loading verifies each module's sha256 against the
//! manifest before compiling it, and reads each criterion's metadata from its module.
//!
//! A module that cannot be used (missing, hash mismatch, refused by the ABI check) does
//! not stop the set: its criterion is kept with the reason and evaluates to `error`.

mod ids;
mod manifest;
mod metadata;

pub use ids::id_order;
pub use manifest::{
    CommuneRollup, LevelName, MANIFEST_FILE, Manifest, ModuleEntry, Recognition, ScheduleSpec,
};
pub use metadata::{EvidenceMeta, GroupMeta, Metadata, Schedule};

use crate::sandbox::{CriterionModule, Sandbox};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Where policy sets are read from: a `policies/sets` directory of the working tree, or
/// the same path in a git revision (read from the object database with git2, without a
/// checkout).
/// Left in a set's directory while `build` renames its new files into place; its
/// presence means the renames are to be completed (see `crate::finish_interrupted`).
pub const BUILD_JOURNAL: &str = ".build-journal";

pub struct SetsDir {
    /// The directory (working tree) or the path inside the repository (git revision).
    root: PathBuf,
    backend: Backend,
}

enum Backend {
    Fs,
    Git {
        repo: git2::Repository,
        tree: git2::Oid,
        commit: String,
        rev: String,
    },
}

/// Errors that make a whole policy set unusable.
#[derive(Debug, thiserror::Error)]
pub enum SetError {
    #[error("no policy set `{id}` in {root}{hint}")]
    Unknown {
        id: String,
        root: String,
        hint: String,
    },
    #[error("cannot read `{path}`: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("`{path}` is not a valid manifest: {message}")]
    Manifest { path: String, message: String },
    #[error("git: {0}")]
    Git(String),
}

impl SetError {
    /// The error with where it is.
    pub fn diagnostic(&self) -> crate::diag::Diagnostic {
        let d = crate::diag::Diagnostic::error("policy_set", self.to_string());
        match self {
            SetError::Unknown { id, .. } => d.policy_set(id.clone()),
            SetError::Io { path, .. } => d.file(path.display().to_string()),
            SetError::Manifest { path, .. } => d.file(path.clone()),
            SetError::Git(_) => d,
        }
    }
}

impl SetsDir {
    /// Sets in a directory of the working tree.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        SetsDir {
            root: root.into(),
            backend: Backend::Fs,
        }
    }

    /// Sets as they are at a git revision (commit, tag, branch, `HEAD~3`) of the
    /// repository containing `repo`.
    pub fn at_rev(repo: &Path, rev: &str) -> Result<Self, SetError> {
        let git = |e: git2::Error| SetError::Git(e.message().to_string());
        let repository = git2::Repository::discover(repo).map_err(|e| {
            SetError::Git(format!(
                "`{}` is not in a git repository: {}",
                repo.display(),
                e.message()
            ))
        })?;
        let (tree, commit) = {
            let commit = repository
                .revparse_single(rev)
                .and_then(|o| o.peel_to_commit())
                .map_err(|e| {
                    SetError::Git(format!("cannot resolve revision `{rev}`: {}", e.message()))
                })?;
            (commit.tree().map_err(git)?.id(), commit.id().to_string())
        };
        Ok(SetsDir {
            root: PathBuf::from("policies").join("sets"),
            backend: Backend::Git {
                repo: repository,
                tree,
                commit,
                rev: rev.to_string(),
            },
        })
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

    /// The sets directory (working tree), or its path inside the repository.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// "working tree" or "git revision `REV`", for messages.
    pub fn describe(&self) -> String {
        match &self.backend {
            Backend::Fs => format!("`{}`", self.root.display()),
            Backend::Git { rev, commit, .. } => format!(
                "`{}` at revision `{rev}` ({})",
                self.root.display(),
                short(commit)
            ),
        }
    }

    /// Reads a file below the sets root; `None` when it does not exist.
    fn read(&self, rel: &Path) -> Result<Option<Vec<u8>>, SetError> {
        self.read_path(self.root.join(rel))
    }

    /// Reads a module file below the sets root: a regular file (not a symlink, at a
    /// revision not a link either) of at most [`MAX_MODULE_BYTES`]; `None` when absent.
    fn read_module(&self, rel: &Path) -> Result<Option<Vec<u8>>, Unusable> {
        let path = self.root.join(rel);
        let too_big = |n: u64| {
            Unusable::File(format!(
                "module `{}` is {n} bytes, more than the {} MiB a module may have",
                rel.display(),
                MAX_MODULE_BYTES >> 20
            ))
        };
        match &self.backend {
            Backend::Fs => {
                let meta = match std::fs::symlink_metadata(&path) {
                    Ok(meta) => meta,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
                    Err(e) => {
                        return Err(Unusable::File(format!(
                            "cannot read `{}`: {e}",
                            path.display()
                        )));
                    }
                };
                if !meta.is_file() {
                    return Err(Unusable::File(format!(
                        "module `{}` is not a regular file ({}): a set's modules are plain files in its `modules/` directory",
                        rel.display(),
                        if meta.file_type().is_symlink() {
                            "a symlink"
                        } else {
                            crate::dataset::read::kind_of(&meta)
                        }
                    )));
                }
                if meta.len() > MAX_MODULE_BYTES {
                    return Err(too_big(meta.len()));
                }
                let limits = crate::dataset::ReadLimits {
                    max_bytes: MAX_MODULE_BYTES,
                };
                crate::dataset::read::bounded_with(&path, limits, meta)
                    .map(|(bytes, _)| Some(bytes))
                    .map_err(|e| Unusable::File(format!("module `{}`: {e}", rel.display())))
            }
            Backend::Git { repo, tree, .. } => {
                let Some(entry) = git_entry(repo, *tree, &path)
                    .map_err(|e| Unusable::File(e.message().to_string()))?
                else {
                    return Ok(None);
                };
                // 0o100644 / 0o100755: a file; a link (0o120000) or a tree is refused.
                if entry.filemode() & 0o170000 != 0o100000 {
                    return Err(Unusable::File(format!(
                        "module `{}` is not a regular file at this revision (mode {:o})",
                        rel.display(),
                        entry.filemode()
                    )));
                }
                let blob = entry
                    .to_object(repo)
                    .and_then(|o| o.peel_to_blob())
                    .map_err(|e| Unusable::File(e.message().to_string()))?;
                if blob.size() as u64 > MAX_MODULE_BYTES {
                    return Err(too_big(blob.size() as u64));
                }
                Ok(Some(blob.content().to_vec()))
            }
        }
    }

    /// Reads a file of the `policies/` directory that holds the sets (e.g.
    /// `crosswalks/…`), from the same working tree or revision.
    pub fn read_policies_file(&self, rel: &Path) -> Result<Option<Vec<u8>>, SetError> {
        let base = self.root.parent().unwrap_or(Path::new(""));
        self.read_path(base.join(rel))
    }

    fn read_path(&self, path: PathBuf) -> Result<Option<Vec<u8>>, SetError> {
        match &self.backend {
            Backend::Fs => match std::fs::read(&path) {
                Ok(bytes) => Ok(Some(bytes)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(source) => Err(SetError::Io { path, source }),
            },
            Backend::Git { repo, tree, .. } => {
                let git = |e: git2::Error| SetError::Git(e.message().to_string());
                let Some(entry) = git_entry(repo, *tree, &path).map_err(git)? else {
                    return Ok(None);
                };
                let blob = entry.to_object(repo).and_then(|o| o.peel_to_blob());
                match blob {
                    Ok(blob) => Ok(Some(blob.content().to_vec())),
                    Err(_) => Ok(None),
                }
            }
        }
    }

    /// Reads a file below the sets root (`<set>/fixtures/…`); `None` when absent.
    pub fn read_file(&self, rel: &Path) -> Result<Option<Vec<u8>>, SetError> {
        self.read(rel)
    }

    /// Names of the files in a directory below the sets root, sorted; empty when the
    /// directory does not exist.
    pub fn list_files(&self, rel: &Path) -> Result<Vec<String>, SetError> {
        let path = self.root.join(rel);
        let mut names: Vec<String> = match &self.backend {
            Backend::Fs => match std::fs::read_dir(&path) {
                Ok(entries) => entries
                    .filter_map(Result::ok)
                    .filter(|e| e.path().is_file())
                    .filter_map(|e| e.file_name().to_str().map(str::to_owned))
                    .collect(),
                Err(_) => Vec::new(),
            },
            Backend::Git { repo, tree, .. } => {
                let git = |e: git2::Error| SetError::Git(e.message().to_string());
                let tree = repo.find_tree(*tree).map_err(git)?;
                match tree
                    .get_path(&path)
                    .and_then(|e| e.to_object(repo))
                    .and_then(|o| o.peel_to_tree())
                {
                    Ok(dir) => dir
                        .iter()
                        .filter(|e| e.kind() == Some(git2::ObjectType::Blob))
                        .filter_map(|e| e.name().ok().map(str::to_owned))
                        .collect(),
                    Err(_) => Vec::new(),
                }
            }
        };
        names.sort();
        Ok(names)
    }

    /// Ids of the sets present (directories with a manifest), sorted.
    pub fn ids(&self) -> Result<Vec<String>, SetError> {
        let mut names: Vec<String> = match &self.backend {
            Backend::Fs => std::fs::read_dir(&self.root)
                .map_err(|source| SetError::Io {
                    path: self.root.clone(),
                    source,
                })?
                .filter_map(Result::ok)
                .filter_map(|e| e.file_name().to_str().map(str::to_owned))
                .collect(),
            Backend::Git { repo, tree, .. } => {
                let git = |e: git2::Error| SetError::Git(e.message().to_string());
                let tree = repo.find_tree(*tree).map_err(git)?;
                match tree
                    .get_path(&self.root)
                    .and_then(|e| e.to_object(repo))
                    .and_then(|o| o.peel_to_tree())
                {
                    Ok(sets) => sets
                        .iter()
                        .filter_map(|e| e.name().ok().map(str::to_owned))
                        .collect(),
                    Err(_) => Vec::new(),
                }
            }
        };
        names.retain(|id| {
            self.read(&Path::new(id).join(MANIFEST_FILE))
                .ok()
                .flatten()
                .is_some()
        });
        names.sort();
        Ok(names)
    }

    /// Reads and parses a set's manifest (in the working tree, after completing a
    /// `build` of the set that was interrupted while replacing its files).
    pub fn manifest(&self, id: &str) -> Result<Manifest, SetError> {
        let rel = Path::new(id).join(MANIFEST_FILE);
        if matches!(self.backend, Backend::Fs) {
            let journal = self.root.join(id).join(BUILD_JOURNAL);
            match crate::finish_interrupted(&journal) {
                Ok(false) => {}
                Ok(true) => crate::diag::emit(
                    &crate::diag::Diagnostic::note(
                        "policy_set",
                        format!(
                            "completed the interrupted `build` of set `{id}` (all its new modules and manifest are in place)"
                        ),
                    )
                    .policy_set(id),
                ),
                Err(e) => {
                    return Err(SetError::Manifest {
                        path: journal.display().to_string(),
                        message: format!(
                            "an interrupted `build` left this journal, which cannot be completed ({e}): run `dtcheck build` again"
                        ),
                    });
                }
            }
        }
        let label = self.root.join(&rel).display().to_string();
        let Some(text) = self.read(&rel)? else {
            let known = self.ids().unwrap_or_default();
            let hint = if known.is_empty() {
                String::new()
            } else {
                format!(" (known sets: {})", known.join(", "))
            };
            return Err(SetError::Unknown {
                id: id.into(),
                root: self.describe(),
                hint,
            });
        };
        let manifest: Manifest = serde_json::from_slice(&text).map_err(|e| SetError::Manifest {
            path: label.clone(),
            message: e.to_string(),
        })?;
        if manifest.id != id {
            return Err(SetError::Manifest {
                path: label,
                message: format!("its id is `{}` but its directory is `{id}`", manifest.id),
            });
        }
        Ok(manifest)
    }

    /// Loads a set: verifies, compiles (or fetches from the cache) and checks every module.
    pub fn load(&self, id: &str, sandbox: &Sandbox) -> Result<PolicySet, SetError> {
        let manifest = self.manifest(id)?;
        // Read every module first (git objects are read on this thread), then compile
        // them on all cores.
        let mut modules = Vec::with_capacity(manifest.modules.len());
        for entry in &manifest.modules {
            let bytes = match module_file_problem(&entry.file) {
                Some(problem) => Err(Unusable::File(problem)),
                None => match self.read_module(&Path::new(id).join(&entry.file)) {
                    Ok(Some(bytes)) => Ok(bytes),
                    Ok(None) => Err(Unusable::File(format!(
                        "module `{}` is missing from {}",
                        entry.file,
                        self.describe()
                    ))),
                    Err(e) => Err(e),
                },
            };
            modules.push((entry, bytes));
        }
        let criteria = load_parallel(&modules, |(entry, bytes)| match bytes {
            Ok(bytes) => load_criterion(entry, bytes, sandbox),
            Err(reason) => LoadedCriterion {
                entry: (*entry).clone(),
                loaded: Err(reason.clone()),
            },
        });
        Ok(PolicySet {
            provenance: self.provenance(id),
            manifest,
            criteria,
        })
    }

    /// Loads a set and, when its district criteria are computed from communes evaluated
    /// under another set (manifest `communes`), that set too.
    pub fn load_with_communes(
        &self,
        id: &str,
        sandbox: &Sandbox,
    ) -> Result<SetWithCommunes, SetError> {
        let set = self.load(id, sandbox)?;
        let other = match &set.manifest.communes {
            Some(c) if c.policy_set != id => Some(self.load(&c.policy_set, sandbox)?),
            _ => None,
        };
        Ok(SetWithCommunes { set, other })
    }

    /// Where a set comes from: the commit, or the working tree with its HEAD commit and
    /// whether the set's files differ from it.
    pub fn provenance(&self, id: &str) -> Provenance {
        let path = self.root.join(id).display().to_string();
        match &self.backend {
            Backend::Git { commit, rev, .. } => Provenance {
                source: "git".into(),
                rev: Some(rev.clone()),
                commit: Some(commit.clone()),
                dirty: None,
                path,
            },
            Backend::Fs => {
                let (commit, dirty) = working_tree_state(&self.root.join(id)).unzip();
                Provenance {
                    source: "working tree".into(),
                    rev: None,
                    commit,
                    dirty,
                    path,
                }
            }
        }
    }
}

/// HEAD's commit and whether `dir` differs from it, when `dir` is in a git repository.
fn working_tree_state(dir: &Path) -> Option<(String, bool)> {
    let repo = git2::Repository::discover(dir).ok()?;
    let head = repo.head().ok()?.peel_to_commit().ok()?.id().to_string();
    let workdir = repo.workdir()?.canonicalize().ok()?;
    let rel = dir
        .canonicalize()
        .ok()?
        .strip_prefix(&workdir)
        .ok()?
        .to_path_buf();
    let mut opts = git2::StatusOptions::new();
    opts.pathspec(rel.to_string_lossy().as_ref())
        .include_untracked(true)
        .recurse_untracked_dirs(true);
    let dirty = repo
        .statuses(Some(&mut opts))
        .map(|s| !s.is_empty())
        .unwrap_or(true);
    Some((head, dirty))
}

fn short(commit: &str) -> &str {
    commit.get(..12).unwrap_or(commit)
}

/// Where a loaded set came from, reported with every result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Provenance {
    /// "working tree" or "git".
    pub source: String,
    /// The revision asked for (git).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rev: Option<String>,
    /// The commit: the revision's, or the working tree's HEAD.
    pub commit: Option<String>,
    /// Working tree only: whether the set's files differ from HEAD (uncommitted changes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dirty: Option<bool>,
    pub path: String,
}

/// A set and the set its districts' communes are evaluated under (see
/// [`SetsDir::load_with_communes`]).
pub struct SetWithCommunes {
    pub set: PolicySet,
    other: Option<PolicySet>,
}

impl SetWithCommunes {
    /// The set communes are evaluated under: this set itself, another one, or none.
    pub fn commune_set(&self) -> Option<&PolicySet> {
        match &self.set.manifest.communes {
            Some(c) if c.policy_set == self.set.id() => Some(&self.set),
            Some(_) => self.other.as_ref(),
            None => None,
        }
    }
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
    pub loaded: Result<Usable, Unusable>,
}

/// Why a criterion's module cannot be used: its criterion is kept, and evaluates to
/// `error` with this reason.
#[derive(Debug, Clone, thiserror::Error)]
pub enum Unusable {
    /// The module file: not a plain name in the set's directory, missing, not a
    /// regular file, too large or unreadable.
    #[error("{0}")]
    File(String),
    #[error(
        "module `{file}` has sha256 {actual}, the manifest records {recorded}: refusing to run an unverified module (rebuild with `dtcheck build`)"
    )]
    Unverified {
        file: String,
        actual: String,
        recorded: String,
    },
    #[error("module `{file}` refused: {reason}")]
    Refused { file: String, reason: String },
    #[error("module `{file}` returned malformed metadata: {reason}")]
    Metadata { file: String, reason: String },
    #[error(
        "module `{file}` declares {facts} facts, more than the {MAX_FACTS} a criterion may read"
    )]
    TooManyFacts { file: String, facts: usize },
    #[error("module `{file}` implements criterion `{implements}`, the manifest says `{expected}`")]
    WrongCriterion {
        file: String,
        implements: String,
        expected: String,
    },
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

    /// The ids of the criteria that apply at the given levels of government (a
    /// criterion whose module did not load is counted everywhere).
    pub fn ids_at(&self, levels: &[String]) -> Vec<String> {
        self.criteria
            .iter()
            .filter(|c| {
                c.loaded
                    .as_ref()
                    .map_or(true, |u| levels.contains(&u.meta.level_of_government))
            })
            .map(|c| c.entry.criterion.clone())
            .collect()
    }

    /// The criteria that loaded, with their metadata.
    pub fn usable(&self) -> impl Iterator<Item = &Usable> {
        self.criteria.iter().filter_map(|c| c.loaded.as_ref().ok())
    }

    /// Criteria that could not be loaded, with the reason.
    pub fn broken(&self) -> impl Iterator<Item = (&str, &Unusable)> {
        self.criteria.iter().filter_map(|c| {
            c.loaded
                .as_ref()
                .err()
                .map(|e| (c.entry.criterion.as_str(), e))
        })
    }
}

/// The entry at `path` in the tree `tree` of a revision; `None` when absent.
fn git_entry(
    repo: &git2::Repository,
    tree: git2::Oid,
    path: &Path,
) -> Result<Option<git2::TreeEntry<'static>>, git2::Error> {
    match repo.find_tree(tree)?.get_path(path) {
        Ok(entry) => Ok(Some(entry)),
        Err(e) if e.code() == git2::ErrorCode::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// The most facts a module may declare (the shipped ones read at most 6): what crosses
/// the boundary per call is bounded, and the count fits the ABI's 16-bit field.
pub const MAX_FACTS: usize = 256;

/// The largest module file read: the shipped ones are 20–60 KB.
pub const MAX_MODULE_BYTES: u64 = 16 << 20;

/// Why a manifest's module `file` is not one of the set's own modules, if it is not: a
/// plain name in the set's `modules/` directory (`modules/c1_6.wasm`), never an
/// absolute path, `..`, or another directory.
pub fn module_file_problem(file: &str) -> Option<String> {
    let plain = |name: &str| {
        !name.is_empty()
            && !name.starts_with('.')
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
    };
    match file.split('/').collect::<Vec<_>>().as_slice() {
        ["modules", name] if plain(name) && name.ends_with(".wasm") => None,
        _ => Some(format!(
            "manifest entry `{}` is not a module of the set: a module file is `modules/<name>.wasm` (letters, digits, `_`, `-`, `.`)",
            file.escape_debug()
        )),
    }
}

/// Verifies the hash, loads the module and parses its metadata.
pub fn load_criterion(entry: &ModuleEntry, bytes: &[u8], sandbox: &Sandbox) -> LoadedCriterion {
    LoadedCriterion {
        entry: entry.clone(),
        loaded: try_load(entry, bytes, sandbox),
    }
}

fn try_load(entry: &ModuleEntry, bytes: &[u8], sandbox: &Sandbox) -> Result<Usable, Unusable> {
    let file = || entry.file.clone();
    let actual = crate::sandbox::hex(&Sha256::digest(bytes));
    if actual != entry.sha256 {
        return Err(Unusable::Unverified {
            file: file(),
            actual,
            recorded: entry.sha256.clone(),
        });
    }
    let module = sandbox.load(bytes).map_err(|e| Unusable::Refused {
        file: file(),
        reason: e.to_string(),
    })?;
    let meta = Metadata::parse(&module.metadata_json, module.abi_version).map_err(|e| {
        Unusable::Metadata {
            file: file(),
            reason: e.to_string(),
        }
    })?;
    if meta.facts.len() > MAX_FACTS {
        return Err(Unusable::TooManyFacts {
            file: file(),
            facts: meta.facts.len(),
        });
    }
    if *meta.id != *entry.criterion {
        return Err(Unusable::WrongCriterion {
            file: file(),
            implements: meta.id.to_string(),
            expected: entry.criterion.clone(),
        });
    }
    Ok(Usable { meta, module })
}

/// Loads modules on all cores (compilation dominates a cold start), keeping order.
fn load_parallel<T, F>(items: &[T], load: F) -> Vec<LoadedCriterion>
where
    T: Sync,
    F: Fn(&T) -> LoadedCriterion + Sync,
{
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len().max(1));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(Vec::with_capacity(items.len()));
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    let loaded = load(item);
                    if let Ok(mut r) = results.lock() {
                        r.push((i, loaded));
                    }
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_default();
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, loaded)| loaded).collect()
}
