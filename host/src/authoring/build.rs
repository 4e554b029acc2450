//! Building policy modules from their sources, and checking the committed ones.
//!
//! Each criterion is a binary target of its set's crate (`src/bin/<file>.rs`); cargo
//! builds it for `wasm32-unknown-unknown` with the workspace's `wasm` profile. The
//! module is copied next to the sources (`modules/<file>.wasm`) and its sha256 written
//! to the manifest. Builds are reproducible: the toolchain is pinned, paths are
//! workspace-relative, debug info is stripped and RUSTFLAGS from the environment are
//! ignored, so `--check` can demand byte-identical output.

use crate::policyset::{MANIFEST_FILE, Manifest, ModuleEntry, SetsDir};
use crate::sandbox::{Limits, Sandbox, hex};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::Command;

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error("{0}")]
    Set(#[from] crate::policyset::SetError),
    #[error("cannot run cargo: {0}")]
    Spawn(std::io::Error),
    #[error(
        "cargo failed to build `{krate}` for {WASM_TARGET} (is the target installed? `rustup target add {WASM_TARGET}`)"
    )]
    Cargo { krate: String },
    #[error("cannot read or write `{path}`: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("built module `{path}` is unusable: {reason}")]
    Module { path: PathBuf, reason: String },
}

impl BuildError {
    /// The file at fault, if one is.
    pub fn path(&self) -> Option<String> {
        match self {
            BuildError::Io { path, .. } | BuildError::Module { path, .. } => {
                Some(path.display().to_string())
            }
            BuildError::Set(_) | BuildError::Spawn(_) | BuildError::Cargo { .. } => None,
        }
    }
}

/// What happened to one module.
#[derive(Debug, Clone, Serialize)]
pub struct ModuleReport {
    pub set: String,
    pub criterion: String,
    pub file: String,
    pub size: usize,
    pub sha256: String,
    /// For `--check`: why the committed module does not match its source.
    pub stale: Option<String>,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> BuildError + '_ {
    move |source| BuildError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The criterion binaries of a set: `src/bin/*.rs` file stems, sorted.
fn bin_names(set_dir: &Path) -> Result<Vec<String>, BuildError> {
    let dir = set_dir.join("src").join("bin");
    let entries = std::fs::read_dir(&dir).map_err(io(&dir))?;
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let p = e.path();
            (p.extension()? == "rs").then(|| p.file_stem()?.to_str().map(str::to_owned))?
        })
        .collect();
    names.sort();
    Ok(names)
}

/// Builds the modules of the given sets. With `check`, nothing is written: the report
/// marks each committed module that differs from a fresh build.
pub fn build(
    workspace: &Path,
    sets: &SetsDir,
    ids: &[String],
    check: bool,
) -> Result<Vec<ModuleReport>, BuildError> {
    let target_dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace.join("target"));
    let crates: Vec<String> = ids.iter().map(|id| format!("dtcheck-set-{id}")).collect();
    let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.current_dir(workspace)
        .args([
            "build",
            "--profile",
            "wasm",
            "--target",
            WASM_TARGET,
            "--bins",
            "--target-dir",
        ])
        .arg(&target_dir)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS");
    for krate in &crates {
        cmd.args(["-p", krate]);
    }
    let status = cmd.status().map_err(BuildError::Spawn)?;
    if !status.success() {
        return Err(BuildError::Cargo {
            krate: crates.join(", "),
        });
    }
    let out_dir = target_dir.join(WASM_TARGET).join("wasm");
    // Metadata is read through the sandbox itself, so a module that builds but breaks
    // the ABI fails here, at build time.
    let sandbox = Sandbox::new(Limits::default(), None).map_err(|e| BuildError::Module {
        path: out_dir.clone(),
        reason: e.to_string(),
    })?;
    let mut reports = Vec::new();
    for id in ids {
        reports.extend(build_set(sets, id, &out_dir, &sandbox, check)?);
    }
    Ok(reports)
}

fn build_set(
    sets: &SetsDir,
    id: &str,
    out_dir: &Path,
    sandbox: &Sandbox,
    check: bool,
) -> Result<Vec<ModuleReport>, BuildError> {
    let mut manifest: Manifest = sets.manifest(id)?;
    let set_dir = sets.root().join(id);
    let mut reports = Vec::new();
    let mut entries = Vec::new();
    let mut pending: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    for bin in bin_names(&set_dir)? {
        let built = out_dir.join(format!("{bin}.wasm"));
        let bytes = std::fs::read(&built).map_err(io(&built))?;
        let module = sandbox.load(&bytes).map_err(|e| BuildError::Module {
            path: built.clone(),
            reason: e.to_string(),
        })?;
        let meta = crate::policyset::Metadata::parse(&module.metadata_json, module.abi_version)
            .map_err(|e| BuildError::Module {
                path: built.clone(),
                reason: format!("malformed metadata: {e}"),
            })?;
        let file = format!("modules/{bin}.wasm");
        let sha256 = hex(&Sha256::digest(&bytes));
        let committed_path = set_dir.join(&file);
        let stale = if check {
            let committed = std::fs::read(&committed_path).ok();
            let recorded = manifest.modules.iter().find(|m| m.file == file);
            match (committed, recorded) {
                (None, _) => Some(format!("`{file}` is not committed")),
                (Some(c), _) if c != bytes => {
                    Some(format!("`{file}` differs from a build of its source"))
                }
                (_, None) => Some(format!("`{file}` is not in the manifest")),
                (_, Some(r)) if r.sha256 != sha256 || *r.criterion != *meta.id => {
                    Some(format!("the manifest entry of `{file}` is out of date"))
                }
                _ => None,
            }
        } else {
            pending.push((committed_path, bytes.clone()));
            None
        };
        entries.push(ModuleEntry {
            criterion: meta.id.to_string(),
            file: file.clone(),
            sha256: sha256.clone(),
        });
        reports.push(ModuleReport {
            set: id.into(),
            criterion: meta.id.to_string(),
            file,
            size: bytes.len(),
            sha256,
            stale,
        });
    }
    entries.sort_by(|a, b| crate::policyset::id_order(&a.criterion, &b.criterion));
    reports.sort_by(|a, b| crate::policyset::id_order(&a.criterion, &b.criterion));
    if check {
        for extra in manifest
            .modules
            .iter()
            .filter(|m| !entries.iter().any(|e| e.file == m.file))
        {
            reports.push(ModuleReport {
                set: id.into(),
                criterion: extra.criterion.clone(),
                file: extra.file.clone(),
                size: 0,
                sha256: extra.sha256.clone(),
                stale: Some(format!(
                    "the manifest lists `{}` but no source builds it",
                    extra.file
                )),
            });
        }
    } else {
        manifest.modules = entries;
        let path = set_dir.join(MANIFEST_FILE);
        let text = crate::to_pretty_json(&manifest);
        // The set's modules and its manifest replaced as one step: every file written
        // aside first, renamed into place only once all are written (the manifest
        // last), under a journal that the next reader of the set completes, so an
        // interrupted or failed build leaves the old set or the new one.
        pending.push((path.clone(), text.into_bytes()));
        crate::write_all_or_nothing(&pending, &set_dir.join(crate::policyset::BUILD_JOURNAL))
            .map_err(io(&path))?;
    }
    Ok(reports)
}
