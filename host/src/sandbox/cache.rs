//! Compiled-code cache: a second run does not recompile.
//!
//! Entries are keyed by the module's sha256 (already verified against the manifest)
//! and by the engine's compatibility hash (wasmtime version, target and configuration),
//! so a stale or foreign entry is never looked up, only ignored.

use sha2::{Digest, Sha256};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use wasmtime::{Engine, Module};

#[derive(Clone, Debug)]
pub struct CodeCache {
    dir: PathBuf,
    engine_key: String,
}

impl CodeCache {
    /// A cache rooted at `dir` (created on first write).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        CodeCache {
            dir: dir.into(),
            engine_key: String::new(),
        }
    }

    /// The default location: `$DTCHECK_CACHE_DIR`, else `$XDG_CACHE_HOME/dtcheck`, else
    /// `~/.cache/dtcheck`; `None` when none can be determined.
    pub fn default_dir() -> Option<PathBuf> {
        if let Some(dir) = std::env::var_os("DTCHECK_CACHE_DIR") {
            return Some(PathBuf::from(dir));
        }
        if let Some(dir) = std::env::var_os("XDG_CACHE_HOME") {
            return Some(PathBuf::from(dir).join("dtcheck"));
        }
        std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache").join("dtcheck"))
    }

    pub(crate) fn for_engine(mut self, engine: &Engine) -> Self {
        // A stable hash of the engine's compatibility key. `Sha256` is used as a
        // `Hasher` through a tiny adapter so the key does not depend on std's SipHash
        // keys or version.
        let mut h = Sha256Hasher(Sha256::new());
        engine.precompile_compatibility_hash().hash(&mut h);
        self.engine_key = hex(&h.0.finalize()[..8]);
        self
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, sha256: &str) -> PathBuf {
        self.dir
            .join(format!("{}-{}.cwasm", self.engine_key, sha256))
    }

    /// A cached compilation of the module with this hash, if any usable one exists.
    pub(crate) fn get(&self, engine: &Engine, sha256: &str) -> Option<Module> {
        let path = self.path(sha256);
        if !path.is_file() {
            return None;
        }
        // SAFETY: `Module::deserialize_file` trusts its input to be wasmtime's own
        // output. We only read files we wrote ourselves under a key that includes the
        // engine's compatibility hash and the sha256 of the verified module bytes; a
        // foreign engine or module can never map to this path. wasmtime additionally
        // checks the header and version of the file and errors out on mismatch, in
        // which case we fall back to compiling.
        #[allow(unsafe_code)]
        let module = unsafe { Module::deserialize_file(engine, &path) };
        module.ok()
    }

    /// Stores a compiled module; failures only cost a recompilation next time.
    pub(crate) fn put(&self, module: &Module, sha256: &str) {
        let Ok(bytes) = module.serialize() else {
            return;
        };
        if std::fs::create_dir_all(&self.dir).is_err() {
            return;
        }
        // Write-then-rename so that a concurrent reader never sees a partial file.
        let path = self.path(sha256);
        let tmp = path.with_extension(format!("tmp{}", std::process::id()));
        if std::fs::write(&tmp, bytes).is_ok() && std::fs::rename(&tmp, &path).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}

struct Sha256Hasher(Sha256);

impl Hasher for Sha256Hasher {
    fn finish(&self) -> u64 {
        0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(HEX[usize::from(b >> 4)]));
        s.push(char::from(HEX[usize::from(b & 0xf)]));
    }
    s
}
