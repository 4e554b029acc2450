//! The `dtcheck` command line: argument definitions and dispatch. Each subcommand is a
//! file with an `XArgs` struct and `fn x(&Global, &XArgs) -> Result<Exit, Error>`.

/// `print!` to stdout that ends the process quietly when stdout is closed (output piped
/// to `head`), instead of panicking like `print!` does.
macro_rules! out {
    ($($arg:tt)*) => { $crate::cli::write_stdout(format_args!($($arg)*)) };
}

/// `println!` counterpart of [`out!`].
macro_rules! outln {
    ($($arg:tt)*) => { $crate::cli::write_stdout(format_args!("{}\n", format_args!($($arg)*))) };
}

mod build;
mod diff;
mod docs;
mod evaluate;
mod gate;
mod generate;
mod import;
mod lint;
mod list;
mod new;
mod progress;
mod report;
mod template;
mod test;
mod validate;

use crate::Error;
use crate::diag::{self, ErrorFormat};
use crate::policyset::SetsDir;
use crate::sandbox::{CodeCache, Limits, Sandbox};
use clap::{Parser, Subcommand};
use std::path::PathBuf;

const EXIT_CODES: &str = "\
Exit codes:
  0  done: evaluated (or listed, validated, built)
  1  evaluated, but a locality is not recognised or reaches no level (only with
     --fail-on-unrecognized); `diff`: a verdict changes (only with --fail-on-change);
     `build --check`: stale modules; `test`: a fixture case fails; `lint`: findings;
     `gate`: a check failed (stale module, lint finding, failing case, unapproved outcome)
  2  usage or input error (bad arguments, unreadable or invalid dataset, unknown set)
  3  evaluated, but some criterion ended in `error` (a module fault or a refused module)";

/// dtcheck: evaluate Vietnamese digital-transformation criteria, written as sandboxed
/// WebAssembly policy modules, against locality datasets.
#[derive(Debug, Parser)]
#[command(name = "dtcheck", version, after_help = EXIT_CODES)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Options shared by every subcommand.
#[derive(Debug, clap::Args)]
pub struct Global {
    /// Directory holding the policy sets (default: `policies/sets` in the current
    /// directory or an ancestor, or in --repo)
    #[arg(long, global = true, value_name = "DIR", env = "DTCHECK_POLICIES")]
    pub policies: Option<PathBuf>,
    /// A repository holding policy sets under `policies/sets` (default: the current one);
    /// `--rev` revisions are read from it
    #[arg(long, global = true, value_name = "PATH")]
    pub repo: Option<PathBuf>,
    /// Where compiled modules are cached (default: $DTCHECK_CACHE_DIR,
    /// $XDG_CACHE_HOME/dtcheck or ~/.cache/dtcheck)
    #[arg(long, global = true, value_name = "DIR")]
    pub cache_dir: Option<PathBuf>,
    /// Compile every module afresh; do not read or write the cache
    #[arg(long, global = true)]
    pub no_cache: bool,
    /// Fuel budget per criterion evaluation (deterministic instruction metering)
    #[arg(long, global = true, value_name = "UNITS", default_value_t = Limits::default().fuel,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub fuel: u64,
    /// Fuel one criterion module may use over the localities a worker evaluates in a
    /// row (64 to 128 files); past it the module is stopped for those localities
    #[arg(long, global = true, value_name = "UNITS", default_value_t = Limits::default().session_fuel,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub session_fuel: u64,
    /// Wall-clock limit per criterion evaluation, in milliseconds (a backstop for what
    /// fuel does not meter)
    #[arg(long, global = true, value_name = "MS", default_value_t = Limits::default().call_millis,
          value_parser = clap::value_parser!(u64).range(10..=3_600_000))]
    pub call_millis: u64,
    /// Memory cap per criterion module, in MiB
    #[arg(long, global = true, value_name = "MIB", default_value_t = Limits::default().memory_bytes >> 20,
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=64))]
    pub memory_mib: usize,
    /// How errors and warnings are written on stderr: sentences, or one JSON object per
    /// line (`severity`, `kind`, `message`, and `file`, `rev`, `pointer`, `policy_set`,
    /// `criterion` where known) for CI and editors
    #[arg(long, global = true, value_enum, default_value_t = ErrorFormat::Human,
          env = "DTCHECK_ERROR_FORMAT")]
    pub error_format: ErrorFormat,
    /// Language of what officials read (reasons, labels, verdicts): Vietnamese, or
    /// English on request. Messages, JSON keys and codes stay English
    #[arg(long, global = true, value_enum, default_value_t = crate::render::Lang::Vi,
          env = "DTCHECK_LANG")]
    pub lang: crate::render::Lang,
    /// Colour outcomes in text reports: on a terminal unless NO_COLOR is set (auto),
    /// always, or never
    #[arg(long, global = true, value_enum, default_value_t = crate::render::text::ColorChoice::Auto)]
    pub color: crate::render::text::ColorChoice,
    /// Largest dataset file read, in MiB (devices, FIFOs and sockets are never read)
    #[arg(long, global = true, value_name = "MIB", default_value_t = crate::dataset::read::DEFAULT_MAX_MIB,
          value_parser = clap::value_parser!(u64).range(1..=4096))]
    pub max_dataset_mib: u64,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the policy sets, or the criteria of one set
    List(list::ListArgs),
    /// Evaluate datasets against a policy set
    #[command(after_help = EXIT_CODES)]
    Evaluate(evaluate::EvaluateArgs),
    /// Check datasets against the schema and for consistency, without evaluating
    #[command(after_help = EXIT_CODES)]
    Validate(validate::ValidateArgs),
    /// Evaluate the same datasets under two rule versions (revisions, years or sets)
    /// and report what changes
    #[command(after_help = EXIT_CODES)]
    Diff(diff::DiffArgs),
    /// Scaffold a new policy set, or a new criterion of a set (source file with its
    /// metadata, export, fixture file, library and manifest entries)
    New(new::NewArgs),
    /// The CI check for a change to policies/: build --check, lint, test, and the
    /// repository's datasets against the approved expectations (with the diff from
    /// --base); --accept records the current outcomes as approved
    #[command(after_help = EXIT_CODES)]
    Gate(gate::GateArgs),
    /// Write a synthetic country of datasets (deterministic for a seed), for batch runs
    /// and benchmarks
    Generate(generate::GenerateArgs),
    /// Write the workbook a province sends to its communes for one set and year: the
    /// locality, every figure the set reads, the evidence documents, and the lists of
    /// seed 001 (Mẫu 1.4, 2.5, 2.6, 3.3, 4.1, 4.5) whose rows give figures
    Template(template::TemplateArgs),
    /// Read a filled workbook (or a directory of its sheets as CSV) into a dataset; every
    /// problem is reported at its sheet and cell; names and phone numbers are never copied
    #[command(after_help = EXIT_CODES)]
    Import(import::ImportArgs),
    /// Fill an official form from the evaluation (--form: Mẫu 01/02/03 of seed 001, or
    /// 2361's level report), as DOCX or as HTML ready to print on A4; or, without
    /// --form, write the reviewer's HTML page of a whole run (also from a saved result:
    /// --results)
    Report(report::ReportArgs),
    /// Generate a set's catalogue (groups, criteria, targets, evidence, legal basis,
    /// notes) from its modules' metadata
    Docs(docs::DocsArgs),
    /// Check the sets' metadata: unique ids, a target for every year or level, targets
    /// that never decrease (unless a note says why), units, evidence, facts, names
    #[command(after_help = EXIT_CODES)]
    Lint(lint::LintArgs),
    /// Run each criterion's fixture cases (`policies/sets/<id>/fixtures/*.json`) against
    /// its built module
    #[command(after_help = EXIT_CODES)]
    Test(test::TestArgs),
    /// Build policy modules from source and update manifest hashes (needs the
    /// wasm32-unknown-unknown target: `rustup target add wasm32-unknown-unknown`)
    #[command(after_help = EXIT_CODES)]
    Build(build::BuildArgs),
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// Process exit status (see `EXIT_CODES`).
/// Writes a file the command produces, atomically; an error names the file.
pub(crate) fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<(), Error> {
    crate::write_bytes_atomically(path, bytes).map_err(|source| Error::Io {
        doing: "write",
        path: path.to_path_buf(),
        source,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Ok = 0,
    NotRecognised = 1,
    InputError = 2,
    CriterionError = 3,
}

impl Exit {
    /// The status of a run that evaluated localities: input errors first, then
    /// criteria in error, then (when asked) a locality not recognised or at no level.
    pub fn of_evaluation(
        input_errors: usize,
        tally: &crate::aggregate::Tally,
        fail_on_negative: bool,
    ) -> Exit {
        if input_errors > 0 {
            Exit::InputError
        } else if tally.errors > 0 {
            Exit::CriterionError
        } else if fail_on_negative && tally.negative > 0 {
            Exit::NotRecognised
        } else {
            Exit::Ok
        }
    }
}

impl Global {
    /// The policy sets of the working tree.
    pub fn sets(&self) -> Result<SetsDir, Error> {
        self.sets_at(None)
    }

    /// The policy sets at a git revision (read without a checkout), or of the working
    /// tree when `rev` is `None`.
    pub fn sets_at(&self, rev: Option<&str>) -> Result<SetsDir, Error> {
        if let Some(rev) = rev {
            let repo = self.repo.clone().unwrap_or_else(|| PathBuf::from("."));
            return Ok(SetsDir::at_rev(&repo, rev)?);
        }
        match (&self.policies, &self.repo) {
            (Some(dir), _) if dir.is_dir() => Ok(SetsDir::new(dir)),
            (Some(dir), _) => Err(Error::usage(format!("`{}` is not a directory", dir.display()))),
            (None, Some(repo)) => {
                let dir = repo.join("policies").join("sets");
                if dir.is_dir() {
                    Ok(SetsDir::new(dir))
                } else {
                    Err(Error::usage(format!("`{}` has no `policies/sets` directory", repo.display())))
                }
            }
            (None, None) => SetsDir::discover().ok_or_else(|| {
                Error::usage("no `policies/sets` directory here or in a parent directory; pass --policies DIR or --repo PATH")
            }),
        }
    }

    /// What reading a dataset may take (`--max-dataset-mib`).
    pub fn read_limits(&self) -> crate::dataset::ReadLimits {
        crate::dataset::ReadLimits {
            max_bytes: self.max_dataset_mib << 20,
        }
    }

    pub fn sandbox(&self) -> Result<Sandbox, Error> {
        let limits = Limits {
            fuel: self.fuel,
            memory_bytes: self.memory_mib << 20,
            session_fuel: self.session_fuel,
            call_millis: self.call_millis,
        };
        let cache = if self.no_cache {
            None
        } else {
            self.cache_dir
                .clone()
                .or_else(CodeCache::default_dir)
                .map(CodeCache::new)
        };
        Ok(Sandbox::new(limits, cache)?)
    }
}

/// Warns about each criterion of `set` whose module cannot be used (it evaluates to
/// `error`): "warning: <what> <id>: <reason>".
fn warn_unusable(set: &crate::policyset::PolicySet, what: &str) {
    for (criterion, reason) in set.broken() {
        diag::emit(
            &diag::Diagnostic::warning("module", format!("{what} {criterion}: {reason}"))
                .policy_set(set.id())
                .criterion(criterion),
        );
    }
}

/// Runs a parsed command line; returns the exit status.
pub fn run(cli: Cli) -> Exit {
    diag::set_format(cli.global.error_format);
    let result = match &cli.command {
        Command::List(args) => list::list(&cli.global, args),
        Command::Evaluate(args) => evaluate::evaluate(&cli.global, args),
        Command::Validate(args) => validate::validate(&cli.global, args),
        Command::Build(args) => build::build(&cli.global, args),
        Command::Diff(args) => diff::diff(&cli.global, args),
        Command::Test(args) => test::test(&cli.global, args),
        Command::Lint(args) => lint::lint_cmd(&cli.global, args),
        Command::Docs(args) => docs::docs(&cli.global, args),
        Command::Gate(args) => gate::gate(&cli.global, args),
        Command::New(args) => new::new(&cli.global, args),
        Command::Generate(args) => generate::generate(&cli.global, args),
        Command::Template(args) => template::template(&cli.global, args),
        Command::Import(args) => import::import(&cli.global, args),
        Command::Report(args) => report::report(&cli.global, args),
    };
    match result {
        Ok(exit) => exit,
        Err(e) => {
            diag::emit_error(&e);
            Exit::InputError
        }
    }
}

/// Writes to stdout; a closed pipe ends the process with success (the reader has all it
/// wanted), any other write error with exit code 2.
pub(crate) fn write_stdout(args: std::fmt::Arguments<'_>) {
    use std::io::Write;
    stdout_result(std::io::stdout().lock().write_fmt(args));
}

/// [`out!`] for output already rendered as bytes.
pub(crate) fn write_stdout_bytes(parts: &[&[u8]]) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    for part in parts {
        stdout_result(stdout.write_all(part));
    }
}

/// A closed pipe ends the run quietly (`dtcheck … | head`); any other write error
/// ends it with a message.
fn stdout_result(written: std::io::Result<()>) {
    if let Err(e) = written {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        diag::emit(&diag::Diagnostic::error(
            "output",
            format!("cannot write the output: {e}"),
        ));
        std::process::exit(Exit::InputError as i32);
    }
}

/// Expands dataset arguments (see [`crate::plan::expand_datasets`]).
pub fn expand_datasets(args: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    Ok(crate::plan::expand_datasets(args)?)
}
