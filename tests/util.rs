//! Shared helpers: paths, running the binary, building policy sets in temp dirs.

use dtcheck::policyset::SetsDir;
use dtcheck::sandbox::{CodeCache, Limits, Sandbox};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root (the tests run the binary from there, as a user would).
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A compiled-code cache shared by the tests of this build, so each module is
/// compiled once per test run.
pub fn cache_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("dtcheck-cache")
}

pub fn sandbox() -> Sandbox {
    Sandbox::new(Limits::default(), Some(CodeCache::new(cache_dir()))).expect("sandbox")
}

pub fn sets() -> SetsDir {
    SetsDir::new(repo().join("policies").join("sets"))
}

pub const SET: &str = "thanh-hoa-1829-2023";
pub const SAMPLES: &str = "datasets/thanh-hoa/2024/cam-thuy";

/// Runs `dtcheck` in the repository root.
pub fn dtcheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dtcheck"))
        .current_dir(repo())
        .env("DTCHECK_CACHE_DIR", cache_dir())
        .env_remove("DTCHECK_POLICIES")
        .args(args)
        .output()
        .expect("run dtcheck")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn sample(name: &str) -> dtcheck::dataset::LoadedDataset {
    let dict = dtcheck::dataset::DataDictionary::shipped().expect("dictionary");
    let path = repo().join(SAMPLES).join(format!("{name}.json"));
    dtcheck::dataset::load(&path, dict).expect("valid sample")
}
