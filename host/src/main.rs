//! The `dtcheck` binary: parse, run, exit. Everything else is in the library.

use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = dtcheck::cli::Cli::parse();
    std::process::ExitCode::from(dtcheck::cli::run(cli) as u8)
}
