//! The `dtcheck` binary: parse, run, exit. Everything else is in the library.

use clap::Parser;

/// mimalloc: batch runs allocate many small strings on every core (see Cargo.toml).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let cli = dtcheck::cli::Cli::parse();
    let code = dtcheck::cli::run(cli);
    // For benchmarks: `DTCHECK_STATS=1` reports the process's peak memory on stderr.
    if std::env::var_os("DTCHECK_STATS").is_some()
        && let Some(kb) = dtcheck::peak_rss_kib()
    {
        eprintln!("dtcheck: peak RSS {} MiB", kb / 1024);
    }
    std::process::ExitCode::from(code as u8)
}
