//! `dtcheck evaluate`: datasets × a policy set → outcomes and verdicts.

use super::progress::Progress;
use super::{Exit, Global, expand_datasets, write_stdout_bytes};
use crate::Error;
use crate::aggregate::{LocalityResult, Tally};
use crate::dataset::{Basis, DataDictionary};
use crate::plan::{Evaluation, Plan};
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

pub fn evaluate(g: &Global, args: &EvaluateArgs) -> Result<Exit, Error> {
    let sets = g.sets_at(args.rev.as_deref())?;
    let manifest = sets.manifest(&args.policy_set)?;
    if matches!(manifest.schedule, ScheduleSpec::Level { .. }) && args.year.is_some() {
        return Err(Error::usage(format!(
            "`{}` has targets per maturity level, not per year: --year does not apply",
            args.policy_set
        )));
    }
    let dictionary = DataDictionary::shipped()?;
    let files = expand_datasets(&args.datasets)?;
    let sandbox = g.sandbox()?;
    let loaded = sets.load_with_communes(&args.policy_set, &sandbox)?;
    let set = &loaded.set;
    super::warn_unusable(set, "criterion");
    let plan = Plan::new(
        vec![Evaluation::new(&loaded, args.year, args.basis).in_lang(g.lang)],
        dictionary,
        g.read_limits(),
    );
    plan.check_years()?;
    // Each result is rendered on the worker that made it, and printed in file order
    // as soon as its turn comes (see `Plan::run_rendered`).
    let style = render::text::Style::for_stdout(g.color, g.lang);
    let render_one = |results: &[LocalityResult], out: &mut Vec<u8>| {
        for result in results {
            match args.format {
                EvaluateFormat::Json => render::json::evaluation_item_into(result, out),
                EvaluateFormat::Ndjson => render::ndjson::line_into(result, out),
                EvaluateFormat::Text => {
                    out.extend_from_slice(render::text::locality(set, result, style).as_bytes())
                }
            }
        }
    };
    let mut input_errors = 0;
    let mut tally = Tally::default();
    let mut first = true;
    match args.format {
        EvaluateFormat::Json => out!("{}", render::json::evaluation_open(set)),
        EvaluateFormat::Ndjson => out!("{}", render::ndjson::header(set)),
        EvaluateFormat::Text => {}
    }
    let progress = Progress::new(files.len());
    plan.run_rendered(&files, render_one, |evaluated| {
        match evaluated {
            Err(problem) => {
                input_errors += 1;
                progress.print(|| crate::diag::emit_dataset(&problem));
            }
            Ok((rendered, counts)) => {
                tally.merge(&counts);
                progress.print(|| match args.format {
                    EvaluateFormat::Json => write_stdout_bytes(&[
                        render::json::evaluation_separator(first).as_bytes(),
                        rendered,
                    ]),
                    EvaluateFormat::Ndjson => write_stdout_bytes(&[rendered]),
                    EvaluateFormat::Text => write_stdout_bytes(&[rendered, b"\n"]),
                });
                first = false;
            }
        }
        progress.tick();
    });
    progress.done();
    match args.format {
        EvaluateFormat::Json => out!("{}", render::json::evaluation_close(first)),
        EvaluateFormat::Ndjson => {}
        EvaluateFormat::Text => out!("{}", render::text::summary(&tally, g.lang)),
    }
    Ok(Exit::of_evaluation(
        input_errors,
        &tally,
        args.fail_on_unrecognized,
    ))
}
