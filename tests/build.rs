//! The committed modules must be what their sources build to (reproducible builds),
//! and the build refuses to accept a module that breaks the ABI.

use crate::util::{dtcheck_with_env, stderr, stdout};
use std::path::Path;

#[test]
fn committed_modules_are_not_stale() {
    // A separate target directory: the outer `cargo test` owns the default one.
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("wasm-build");
    let out = dtcheck_with_env(
        &["build", "--check"],
        &[("CARGO_TARGET_DIR", target.as_os_str())],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "`dtcheck build --check` failed (needs `rustup target add wasm32-unknown-unknown`):\n{}\n{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(!stdout(&out).contains("STALE"), "{}", stdout(&out));
}
