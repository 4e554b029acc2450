//! Compiled-code cache: a second run does not recompile.
//!
//! Entries are keyed by the module's sha256 (already verified against the manifest)
//! and by the engine's compatibility hash (wasmtime version, target and configuration)
//! and the rewriting's source (`reset.rs`),
//! so a stale or foreign entry is never looked up, only ignored. Each entry names its
//! module and the sha256 of its code, both checked before the code is deserialised: an
//! entry copied from another module, corrupted or cut short is compiled afresh.

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
        // What is compiled is the module as `reset.rs` rewrites it: a change to the
        // rewriting (its source, hashed here) is a change of key, so an entry of a
        // former rewriting is never looked up.
        h.0.update(super::reset::SOURCE);
        self.engine_key = hex(&h.0.finalize()[..8]);
        self
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, sha256: &str) -> PathBuf {
        // `v2`: the entry format (header, then the code of the module as rewritten by
        // `reset.rs`); entries of another format are simply never looked up.
        self.dir
            .join(format!("{}-{}.v2.cwasm", self.engine_key, sha256))
    }

    /// A cached compilation of the module with this hash, if a sound one exists. An
    /// entry that is not what its name says (another module's code copied over it, a
    /// corrupted or truncated file) is never deserialised: it is reported on stderr and
    /// the module is compiled again (and the entry replaced).
    pub(crate) fn get(&self, engine: &Engine, sha256: &str) -> Option<Module> {
        let path = self.path(sha256);
        let bytes = std::fs::read(&path).ok()?;
        let code = match entry_code(&bytes, sha256) {
            Ok(code) => code,
            Err(why) => {
                crate::diag::emit(
                    &crate::diag::Diagnostic::warning(
                        "cache",
                        format!(
                            "compiled-code cache entry `{}` {why}: compiling the module again",
                            path.display()
                        ),
                    )
                    .file(path.display().to_string()),
                );
                return None;
            }
        };
        // SAFETY: `Module::deserialize` trusts its input to be wasmtime's own output for
        // this engine. `code` is exactly what `put` stored for the module with this
        // sha256 (the entry's header names that module and the sha256 of the code, both
        // checked above, so a swapped, corrupted or truncated entry never gets here)
        // under a name that includes the engine's compatibility hash; wasmtime also
        // checks the code's own header and version and errors out on a mismatch, in
        // which case we compile.
        #[allow(unsafe_code)]
        let module = unsafe { Module::deserialize(engine, code) };
        module.ok()
    }

    /// Stores a compiled module; failures only cost a recompilation next time. The
    /// entry is written to a temporary file and renamed into place, in a directory only
    /// the user can write.
    pub(crate) fn put(&self, module: &Module, sha256: &str) {
        let Ok(code) = module.serialize() else {
            return;
        };
        if !self.private_dir() {
            return;
        }
        let mut entry = Vec::with_capacity(HEADER_LEN + code.len());
        entry.extend_from_slice(MAGIC);
        entry.extend_from_slice(sha256.as_bytes());
        entry.push(b'\n');
        entry.extend_from_slice(hex(&Sha256::digest(&code)).as_bytes());
        entry.push(b'\n');
        entry.extend_from_slice(&code);
        let _ = crate::write_bytes_atomically(&self.path(sha256), &entry);
    }

    /// Creates the cache directory readable and writable by the user only; `false`
    /// (the cache is not written) when it exists writable by others.
    fn private_dir(&self) -> bool {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        let _ = std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&self.dir);
        match std::fs::metadata(&self.dir) {
            Ok(m) if m.is_dir() && m.permissions().mode() & 0o022 == 0 => true,
            Ok(_) => {
                crate::diag::emit(
                    &crate::diag::Diagnostic::warning(
                        "cache",
                        format!(
                            "compiled-code cache `{}` is writable by others: not written (use --cache-dir)",
                            self.dir.display()
                        ),
                    )
                    .file(self.dir.display().to_string()),
                );
                false
            }
            Err(_) => false,
        }
    }
}

/// The first line of a cache entry; then the module's sha256 and the code's sha256,
/// a line each, then the code.
const MAGIC: &[u8] = b"dtcheck compiled module v2\n";
const HEADER_LEN: usize = MAGIC.len() + 65 + 65;

/// The code of a cache entry for the module `sha256`, or why the entry is unsound.
fn entry_code<'a>(entry: &'a [u8], sha256: &str) -> Result<&'a [u8], &'static str> {
    let rest = entry
        .strip_prefix(MAGIC)
        .ok_or("is not a dtcheck cache entry")?;
    if rest.len() < 130 || rest[64] != b'\n' || rest[129] != b'\n' {
        return Err("is truncated");
    }
    if &rest[..64] != sha256.as_bytes() {
        return Err("holds another module's code");
    }
    let code = &rest[130..];
    if rest[65..129] != *hex(&Sha256::digest(code)).as_bytes() {
        return Err("is corrupted (its code does not match its checksum)");
    }
    Ok(code)
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
