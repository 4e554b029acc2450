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
    dtcheck_with_env(args, &[])
}

/// Runs `dtcheck` in the repository root with extra environment variables.
pub fn dtcheck_with_env(args: &[&str], env: &[(&str, &std::ffi::OsStr)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dtcheck"));
    cmd.current_dir(repo())
        .env("DTCHECK_CACHE_DIR", cache_dir())
        .env_remove("DTCHECK_POLICIES")
        .args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run dtcheck")
}

/// Replaces sha256 digests by `[sha256]` and commit ids by `[commit]`, and hides whether
/// the working tree is dirty, so snapshots show outcomes, not the state of the checkout
/// (hashes are checked by `build --check` and the manifest).
pub fn redact_hashes(s: &str) -> String {
    let s = s
        .replace("\"dirty\": true", "\"dirty\": \"[dirty]\"")
        .replace("\"dirty\": false", "\"dirty\": \"[dirty]\"")
        // Compact JSON (NDJSON) too.
        .replace("\"dirty\":true", "\"dirty\":\"[dirty]\"")
        .replace("\"dirty\":false", "\"dirty\":\"[dirty]\"")
        .replace(", with uncommitted changes)", ")")
        .replace(", có thay đổi chưa commit)", ")");
    redact_digests(&s)
}

fn redact_digests(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut run = String::new();
    for ch in s.chars().chain(std::iter::once('\0')) {
        if ch.is_ascii_hexdigit() && ch.is_ascii_lowercase() || ch.is_ascii_digit() {
            run.push(ch);
            continue;
        }
        match run.len() {
            64 => out.push_str("[sha256]"),
            // Commit ids, full or as shown in text reports.
            40 | 10 => out.push_str("[commit]"),
            _ => out.push_str(&run),
        }
        run.clear();
        if ch != '\0' {
            out.push(ch);
        }
    }
    out
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

/// Evaluates one locality with no commune-derived facts.
pub fn eval(
    set: &dtcheck::policyset::PolicySet,
    ds: &dtcheck::dataset::LoadedDataset,
    opts: dtcheck::eval::EvalOptions,
) -> dtcheck::aggregate::LocalityResult {
    let computed = dtcheck::eval::ComputedFacts::default();
    let input = dtcheck::eval::LocalityInput {
        dataset: ds,
        computed: &computed,
    };
    let assessed =
        dtcheck::eval::evaluate_locality(set, &input, opts, &mut dtcheck::sandbox::Session::new());
    let mut r = dtcheck::aggregate::conclude(set, ds, assessed, None, opts.basis);
    // Reasons in English, which these tests read (`--lang en`).
    dtcheck::render::explain::fill(&mut r, dtcheck::render::Lang::En);
    r
}

/// The Thanh Hóa verdict of a result.
pub fn recognition(
    r: &dtcheck::aggregate::LocalityResult,
) -> &dtcheck::aggregate::RecognitionVerdict {
    match &r.verdict {
        dtcheck::aggregate::Verdict::Recognition(v) => v,
        other => panic!("expected a recognition verdict, got {other:?}"),
    }
}
