//! `dtcheck diff`: the same datasets under two rule versions.

use super::evaluate::Progress;
use super::{CliError, Exit, Global, expand_datasets};
use crate::dataset::{Basis, DataDictionary, LoadedDataset};
use crate::diff::{Crosswalk, Differ, LocalityDiff, Side};
use crate::eval::LocalityResult;
use crate::plan::in_batches;
use crate::plan::{self, Fit};
use crate::policyset::{PolicySet, SetWithCommunes, SetsDir};
use crate::render;
use crate::sandbox::Sandbox;
use std::path::{Path, PathBuf};

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
    #[arg(long, value_enum, default_value_t = Basis::Appraised)]
    pub basis: Basis,
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
fn load_side(sets: &SetsDir, id: &str, sandbox: &Sandbox) -> Result<SetWithCommunes, CliError> {
    let loaded = sets.load_with_communes(id, sandbox)?;
    for (criterion, reason) in loaded.set.broken() {
        eprintln!("warning: {id} criterion {criterion}: {reason}");
    }
    Ok(loaded)
}

fn side(loaded: &SetWithCommunes, year: Option<u16>) -> Side<'_> {
    Side {
        set: &loaded.set,
        commune_set: loaded.commune_set(),
        year,
    }
}

fn crosswalk(
    args: &DiffArgs,
    to_sets: &SetsDir,
    from: &str,
    to: &str,
) -> Result<Crosswalk, CliError> {
    let parse = |bytes: &[u8], label: &str| -> Result<Crosswalk, CliError> {
        serde_json::from_slice(bytes)
            .map_err(|e| CliError::new(format!("`{label}` is not a valid crosswalk: {e}")))
    };
    if let Some(file) = &args.crosswalk {
        let bytes = std::fs::read(file)
            .map_err(|e| CliError::new(format!("cannot read `{}`: {e}", file.display())))?;
        let cw = parse(&bytes, &file.display().to_string())?;
        return orient(cw, from, to);
    }
    for (a, b) in [(from, to), (to, from)] {
        let rel = Path::new("crosswalks").join(Crosswalk::file_name(a, b));
        if let Some(bytes) = to_sets.read_policies_file(&rel)? {
            return orient(parse(&bytes, &rel.display().to_string())?, from, to);
        }
    }
    Err(CliError::new(format!(
        "no crosswalk between `{from}` and `{to}` (looked for policies/crosswalks/{} and its reverse); pass --crosswalk FILE",
        Crosswalk::file_name(from, to)
    )))
}

fn orient(cw: Crosswalk, from: &str, to: &str) -> Result<Crosswalk, CliError> {
    if cw.from == from && cw.to == to {
        Ok(cw)
    } else if cw.from == to && cw.to == from {
        Ok(cw.reversed())
    } else {
        Err(CliError::new(format!(
            "the crosswalk maps `{}` → `{}`, not `{from}` → `{to}`",
            cw.from, cw.to
        )))
    }
}

/// Criteria ids of a set that apply at the given levels of government.
fn ids_at(set: &PolicySet, levels: &[String]) -> Vec<String> {
    set.criteria
        .iter()
        .filter(|c| {
            c.loaded
                .as_ref()
                .map_or(true, |u| levels.contains(&u.meta.level_of_government))
        })
        .map(|c| c.entry.criterion.clone())
        .collect()
}

pub fn diff(g: &Global, args: &DiffArgs) -> Result<Exit, CliError> {
    let from_id = args.from_set.clone().or_else(|| args.policy_set.clone());
    let to_id = args.to_set.clone().or_else(|| args.policy_set.clone());
    let (Some(from_id), Some(to_id)) = (from_id, to_id) else {
        return Err(CliError::new(
            "say which rules to compare: --policy-set ID, or --from-set and --to-set",
        ));
    };
    let (from_year, to_year) = (args.from_year.or(args.year), args.to_year.or(args.year));
    let sandbox = g.sandbox()?;
    let from_sets = g.sets_at(args.from_rev.as_deref())?;
    let to_sets = g.sets_at(args.to_rev.as_deref())?;
    let from = load_side(&from_sets, &from_id, &sandbox)?;
    let to = load_side(&to_sets, &to_id, &sandbox)?;
    let cw = if from_id == to_id {
        None
    } else {
        let cw = crosswalk(args, &to_sets, &from_id, &to_id)?;
        let shared: Vec<String> = from
            .set
            .manifest
            .levels_of_government
            .iter()
            .filter(|l| to.set.manifest.levels_of_government.contains(l))
            .cloned()
            .collect();
        let problems = cw.check(&ids_at(&from.set, &shared), &ids_at(&to.set, &shared));
        let (fatal, warnings): (Vec<_>, Vec<_>) = problems
            .into_iter()
            .partition(|p| !p.contains("in no mapping"));
        for w in warnings {
            eprintln!("warning: crosswalk: {w}");
        }
        if !fatal.is_empty() {
            return Err(CliError::new(format!(
                "the crosswalk does not fit the sets: {}",
                fatal.join("; ")
            )));
        }
        Some(cw)
    };
    let dictionary = DataDictionary::shipped().map_err(CliError::new)?;
    let files = expand_datasets(&args.datasets)?;
    let (from_side, to_side) = (side(&from, from_year), side(&to, to_year));
    let differ = Differ::new(&from_side, &to_side, cw.as_ref(), args.basis);
    // Each dataset is read and checked, evaluated under both sides and compared on
    // every core, a batch at a time (see `rollup::BATCH`); only the comparisons are
    // kept (and, for --unified, the line diffs of localities whose report changed),
    // never the datasets or their results.
    let limits = g.read_limits();
    let fits = [
        Fit {
            manifest: &from.set.manifest,
            year: from_year,
        },
        Fit {
            manifest: &to.set.manifest,
            year: to_year,
        },
    ];
    let load_one = |file: &PathBuf| -> Result<LoadedDataset, String> {
        plan::admit(file, dictionary, limits, &fits).map_err(|e| e.to_string())
    };
    let compare = |a: LocalityResult, b: LocalityResult| -> Compared {
        let unified = args.unified.then(|| {
            render::diff::unified(
                &render::text::locality(&from.set, &a),
                &render::text::locality(&to.set, &b),
                &format!("{} (before)", a.file),
                &format!("{} (after)", b.file),
            )
        });
        Compared {
            diff: differ.compare(&a, &b),
            unified: unified.filter(|u| !u.is_empty()),
        }
    };
    let compare_chunk = |files: &[PathBuf]| -> Vec<Result<Compared, String>> {
        in_batches(files, load_one, |valid, session| {
            let mut compared = Vec::with_capacity(valid.len());
            differ.evaluate_many(valid, session, |a, b| compared.push(compare(a, b)));
            compared
        })
    };
    let mut localities = Vec::new();
    let mut unified = Vec::new();
    let mut input_errors = 0;
    let progress = Progress::new(files.len());
    crate::parallel::for_each_chunk_ordered(&files, compare_chunk, |compared| {
        match compared {
            Err(problem) => {
                input_errors += 1;
                eprintln!("{problem}");
            }
            Ok(c) => {
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
        DiffFormat::Markdown => out!("{}", render::diff::markdown(&report)),
        DiffFormat::Text => out!(
            "{}",
            render::diff::text(&report, render::diff::Style::detect())
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
