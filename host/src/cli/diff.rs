//! `dtcheck diff`: the same datasets under two rule versions.

use super::progress::Progress;
use super::{Exit, Global, expand_datasets};
use crate::Error;
use crate::aggregate::LocalityResult;
use crate::dataset::{Basis, DataDictionary};
use crate::diag::{self, Diagnostic};
use crate::diff::{Crosswalk, Differ, LocalityDiff, Side};
use crate::plan::{Evaluation, Plan};
use crate::policyset::{SetWithCommunes, SetsDir};
use crate::render;
use crate::sandbox::Sandbox;
use std::path::PathBuf;

/// One locality compared (on a worker).
struct Compared {
    diff: LocalityDiff,
    /// The line diff of its two reports, when asked for and not empty.
    unified: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    Text,
    Json,
    Markdown,
    /// The reviewer's page (one self-contained file): rule changes, the transition
    /// matrix, the verdicts that change, every locality before and after
    Html,
}

#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The policy set on both sides (unless --from-set / --to-set say otherwise)
    #[arg(long, value_name = "ID")]
    pub policy_set: Option<String>,
    /// The set before (cross-set diffs pair criteria through a crosswalk)
    #[arg(long, value_name = "ID")]
    pub from_set: Option<String>,
    /// The set after
    #[arg(long, value_name = "ID")]
    pub to_set: Option<String>,
    /// The git revision before (default: the working tree)
    #[arg(long, value_name = "REV")]
    pub from_rev: Option<String>,
    /// The git revision after (default: the working tree)
    #[arg(long, value_name = "REV")]
    pub to_rev: Option<String>,
    /// Apply this year's targets on both sides (default: each dataset's own year)
    #[arg(long, value_name = "YYYY")]
    pub year: Option<u16>,
    /// Targets year before
    #[arg(long, value_name = "YYYY")]
    pub from_year: Option<u16>,
    /// Targets year after
    #[arg(long, value_name = "YYYY")]
    pub to_year: Option<u16>,
    /// Crosswalk file for a cross-set diff (default: `policies/crosswalks/<from>__<to>.json`
    /// of the `to` side, or the reverse one)
    #[arg(long, value_name = "FILE")]
    pub crosswalk: Option<PathBuf>,
    /// Which figures both sides use: the appraised ones where present, or only the
    /// self-assessed
    #[arg(long, value_enum, default_value_t = Basis::Appraised)]
    pub basis: Basis,
    /// The figures before (default: --basis): `self-assessed` against `--to-basis
    /// appraised` compares a commune's own figures with the district's appraisal
    #[arg(long, value_enum)]
    pub from_basis: Option<Basis>,
    /// The figures after (default: --basis)
    #[arg(long, value_enum)]
    pub to_basis: Option<Basis>,
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    /// Also show a unified line diff of the two rendered evaluation reports
    #[arg(long)]
    pub unified: bool,
    /// Exit with 1 when any locality's verdict changes (recognition or level)
    #[arg(long)]
    pub fail_on_change: bool,
    /// Dataset files or directories
    #[arg(required = true, value_name = "DATASET")]
    pub datasets: Vec<PathBuf>,
}

/// Loads one side's set (and its communes' set), warning about unusable modules.
fn load_side(sets: &SetsDir, id: &str, sandbox: &Sandbox) -> Result<SetWithCommunes, Error> {
    let loaded = sets.load_with_communes(id, sandbox)?;
    super::warn_unusable(&loaded.set, &format!("{id} criterion"));
    Ok(loaded)
}

fn side(loaded: &SetWithCommunes, year: Option<u16>, basis: Basis) -> Side<'_> {
    Side {
        set: &loaded.set,
        year,
        basis,
    }
}

pub fn diff(g: &Global, args: &DiffArgs) -> Result<Exit, Error> {
    if args.unified && args.format == DiffFormat::Html {
        return Err(Error::usage(
            "--unified prints text line diffs; the HTML page shows each locality before and after instead",
        ));
    }
    let from_id = args.from_set.clone().or_else(|| args.policy_set.clone());
    let to_id = args.to_set.clone().or_else(|| args.policy_set.clone());
    let (Some(from_id), Some(to_id)) = (from_id, to_id) else {
        return Err(Error::usage(
            "say which rules to compare: --policy-set ID, or --from-set and --to-set",
        ));
    };
    let (from_year, to_year) = (args.from_year.or(args.year), args.to_year.or(args.year));
    let sandbox = g.sandbox()?;
    let from_sets = g.sets_at(args.from_rev.as_deref())?;
    let to_sets = g.sets_at(args.to_rev.as_deref())?;
    let from = load_side(&from_sets, &from_id, &sandbox)?;
    let to = load_side(&to_sets, &to_id, &sandbox)?;
    // The word for a criterion on the HTML page: the set's, or across sets "tiêu chí".
    let noun = if from_id == to_id {
        crate::aggregate::Noun::of(&to.set.manifest.recognition)
    } else {
        crate::aggregate::Noun::TieuChi
    };
    let cw = if from_id == to_id {
        None
    } else {
        let found = Crosswalk::between(&to_sets, args.crosswalk.as_deref(), &from_id, &to_id)?;
        let (cw, warnings) = found.fit(&from.set, &to.set)?;
        for w in warnings {
            diag::emit(&Diagnostic::warning("crosswalk", format!("crosswalk: {w}")));
        }
        Some(cw)
    };
    let dictionary = DataDictionary::shipped()?;
    let files = expand_datasets(&args.datasets)?;
    let from_basis = args.from_basis.unwrap_or(args.basis);
    let to_basis = args.to_basis.unwrap_or(args.basis);
    let (from_side, to_side) = (
        side(&from, from_year, from_basis),
        side(&to, to_year, to_basis),
    );
    let differ = Differ::new(&from_side, &to_side, cw.as_ref());
    // Each dataset is read and checked, evaluated under both sides and compared on
    // every core (see `Plan::run`); only the comparisons are kept (and, for
    // --unified, the line diffs of localities whose report changed), never the
    // datasets or their results.
    let plan = Plan::new(
        vec![
            Evaluation::new(&from, from_year, from_basis).in_lang(g.lang),
            Evaluation::new(&to, to_year, to_basis).in_lang(g.lang),
        ],
        dictionary,
        g.read_limits(),
    );
    plan.check_years()?;
    let compare = |results: Vec<LocalityResult>| -> Option<Compared> {
        let mut results = results.into_iter();
        let (a, b) = (results.next()?, results.next()?);
        let unified = args.unified.then(|| {
            render::text::unified(
                &render::text::locality(&from.set, &a, render::text::Style::plain(g.lang)),
                &render::text::locality(&to.set, &b, render::text::Style::plain(g.lang)),
                &format!("{} (before)", a.file),
                &format!("{} (after)", b.file),
            )
        });
        Some(Compared {
            diff: differ.compare(&a, &b),
            unified: unified.filter(|u| !u.is_empty()),
        })
    };
    let mut localities = Vec::new();
    let mut unified = Vec::new();
    let mut input_errors = 0;
    let progress = Progress::new(files.len());
    plan.run(&files, compare, |compared| {
        match compared {
            Err(problem) => {
                input_errors += 1;
                progress.print(|| crate::diag::emit_dataset(&problem));
            }
            Ok(None) => {}
            Ok(Some(c)) => {
                localities.push(c.diff);
                unified.extend(c.unified);
            }
        }
        progress.tick();
    });
    progress.done();
    let report = differ.report(localities, Vec::new());
    match args.format {
        DiffFormat::Json => out!("{}", render::json::to_pretty(&report)),
        DiffFormat::Markdown => out!("{}", render::markdown::diff(&report, g.lang)),
        DiffFormat::Html => out!("{}", render::review::diff(&report, noun, g.lang)),
        DiffFormat::Text => out!(
            "{}",
            render::text::diff(&report, render::text::Style::for_stdout(g.color, g.lang))
        ),
    }
    for u in &unified {
        out!("{u}");
    }
    Ok(if input_errors > 0 {
        Exit::InputError
    } else if args.fail_on_change && report.summary.verdict_changes > 0 {
        Exit::NotRecognised
    } else {
        Exit::Ok
    })
}
