//! `dtcheck evaluate`: datasets × a policy set → outcomes and verdicts.

use super::{CliError, Exit, Global, expand_datasets, write_stdout_bytes};
use crate::aggregate::rollup;
use crate::dataset::{Basis, DataDictionary, LoadedDataset};
use crate::eval::{EvalOptions, LocalityResult};
use crate::plan::in_batches;
use crate::plan::{self, Fit};
use crate::policyset::ScheduleSpec;
use crate::render;
use std::path::PathBuf;

/// How `evaluate` prints its results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum EvaluateFormat {
    /// A report per locality, then a summary
    Text,
    /// One JSON document: `{"policy_set": …, "localities": […]}`
    Json,
    /// Newline-delimited JSON, for streaming consumers: a first line
    /// `{"policy_set": …}`, then one compact line per locality
    Ndjson,
}

/// What the printing thread needs of one locality (made on the worker, so that the
/// full result is dropped there).
struct Evaluated {
    rendered: Vec<u8>,
    summary: render::text::Summary,
    positive: bool,
}

#[derive(Debug, clap::Args)]
pub struct EvaluateArgs {
    /// Read the policy sets as they are at this git revision (commit, tag, branch,
    /// `HEAD~3`), without a checkout
    #[arg(long, value_name = "REV")]
    pub rev: Option<String>,
    /// The policy set to apply (see `dtcheck list`)
    #[arg(long, value_name = "ID")]
    pub policy_set: String,
    /// Apply the targets of this year (default: each dataset's own year)
    #[arg(long, value_name = "YYYY")]
    pub year: Option<u16>,
    /// Which figures to use: the appraised ones where present, or only self-assessed
    #[arg(long, value_enum, default_value_t = Basis::Appraised)]
    pub basis: Basis,
    #[arg(long, value_enum, default_value_t = EvaluateFormat::Text)]
    pub format: EvaluateFormat,
    /// Exit with 1 when a locality is evaluated but not recognised (Thanh Hóa sets) or
    /// reaches no maturity level (2361), for CI gates
    #[arg(long)]
    pub fail_on_unrecognized: bool,
    /// Dataset files or directories (searched for *.json)
    #[arg(required = true, value_name = "DATASET")]
    pub datasets: Vec<PathBuf>,
}

pub fn evaluate(g: &Global, args: &EvaluateArgs) -> Result<Exit, CliError> {
    let sets = g.sets_at(args.rev.as_deref())?;
    let manifest = sets.manifest(&args.policy_set)?;
    if matches!(manifest.schedule, ScheduleSpec::Level { .. }) && args.year.is_some() {
        return Err(CliError::new(format!(
            "`{}` has targets per maturity level, not per year: --year does not apply",
            args.policy_set
        )));
    }
    let dictionary = DataDictionary::shipped().map_err(CliError::new)?;
    let files = expand_datasets(&args.datasets)?;
    let sandbox = g.sandbox()?;
    let loaded = sets.load_with_communes(&args.policy_set, &sandbox)?;
    let (set, commune_set) = (&loaded.set, loaded.commune_set());
    for (criterion, reason) in set.broken() {
        eprintln!(
            "warning: criterion {criterion}: {}",
            crate::render::terminal_safe(reason)
        );
    }
    let opts = EvalOptions {
        year: args.year,
        basis: args.basis,
    };
    // The files are taken in chunks, one chunk per core at a time: each dataset is read
    // and checked, the valid ones are evaluated together (criterion by criterion, in
    // one sandbox session), each result is rendered there, and results are printed in
    // file order as soon as their turn comes. A country-sized run holds only the chunks
    // in flight, never the whole country.
    let (limits, fits) = (
        g.read_limits(),
        [Fit {
            manifest: &manifest,
            year: args.year,
        }],
    );
    let load_one = |file: &PathBuf| -> Result<LoadedDataset, String> {
        plan::admit(file, dictionary, limits, &fits).map_err(|e| e.to_string())
    };
    // Rendered localities go back to this pool once printed and are rendered into
    // again: a 2361 commune is ~90 KB of JSON, and fresh buffers growing to that size
    // for every locality were a tenth of a JSON run (copies on growth, page faults).
    let spare_buffers = std::sync::Mutex::new(Vec::<Vec<u8>>::new());
    let render_one = |result: LocalityResult| -> Evaluated {
        let mut rendered = spare_buffers
            .lock()
            .ok()
            .and_then(|mut spare| spare.pop())
            .unwrap_or_default();
        match args.format {
            EvaluateFormat::Json => render::json::evaluation_item_into(&result, &mut rendered),
            EvaluateFormat::Ndjson => render::json::ndjson_line_into(&result, &mut rendered),
            EvaluateFormat::Text => rendered = render::text::locality(set, &result).into_bytes(),
        }
        Evaluated {
            rendered,
            summary: render::text::Summary::of(&result),
            positive: result.verdict.is_positive(),
        }
    };
    let run_chunk = |files: &[PathBuf]| -> Vec<Result<Evaluated, String>> {
        in_batches(files, load_one, |valid, session| {
            let mut rendered = Vec::with_capacity(valid.len());
            rollup::evaluate_many(set, commune_set, valid, opts, session, |result| {
                rendered.push(render_one(result))
            });
            rendered
        })
    };
    let mut input_errors = 0;
    let mut any_error = false;
    let mut any_negative = false;
    let mut summary = render::text::Summary::default();
    let mut first = true;
    match args.format {
        EvaluateFormat::Json => out!("{}", render::json::evaluation_open(set)),
        EvaluateFormat::Ndjson => out!("{}", render::json::ndjson_header(set)),
        EvaluateFormat::Text => {}
    }
    let progress = Progress::new(files.len());
    crate::parallel::for_each_chunk_ordered(&files, run_chunk, |evaluated| {
        match evaluated {
            Err(problem) => {
                input_errors += 1;
                eprintln!("{problem}");
            }
            Ok(e) => {
                any_error |= e.summary.errors() > 0;
                any_negative |= !e.positive;
                summary.merge(&e.summary);
                let rendered = e.rendered.as_slice();
                match args.format {
                    EvaluateFormat::Json => write_stdout_bytes(&[
                        render::json::evaluation_separator(first).as_bytes(),
                        rendered,
                    ]),
                    EvaluateFormat::Ndjson => write_stdout_bytes(&[rendered]),
                    EvaluateFormat::Text => write_stdout_bytes(&[rendered, b"\n"]),
                }
                first = false;
                if let Ok(mut spare) = spare_buffers.lock() {
                    spare.push(e.rendered);
                }
            }
        }
        progress.tick();
    });
    progress.done();
    match args.format {
        EvaluateFormat::Json => out!("{}", render::json::evaluation_close(first)),
        EvaluateFormat::Ndjson => {}
        EvaluateFormat::Text => out!("{}", summary.render()),
    }
    Ok(if input_errors > 0 {
        Exit::InputError
    } else if any_error {
        Exit::CriterionError
    } else if args.fail_on_unrecognized && any_negative {
        Exit::NotRecognised
    } else {
        Exit::Ok
    })
}

/// A progress line on stderr, only when stderr is a terminal and the run is long.
pub struct Progress {
    total: usize,
    done: std::cell::Cell<usize>,
    show: bool,
}

impl Progress {
    pub fn new(total: usize) -> Self {
        use std::io::IsTerminal;
        Progress {
            total,
            done: 0.into(),
            show: total >= 200 && std::io::stderr().is_terminal(),
        }
    }

    pub fn tick(&self) {
        let done = self.done.get() + 1;
        self.done.set(done);
        if self.show && (done.is_multiple_of(100) || done == self.total) {
            eprint!("\r{done}/{} localities", self.total);
        }
    }

    pub fn done(&self) {
        if self.show {
            eprintln!();
        }
    }
}
