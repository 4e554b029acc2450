//! `dtcheck gate --base REV`: the check a pull request touching `policies/` runs.
//!
//! 1. `build --check`: committed modules match their sources;
//! 2. `lint`: metadata rules;
//! 3. `test`: every fixture case passes;
//! 4. outcomes: every dataset of the repository, evaluated under every set that applies
//!    to it, gives exactly the approved expectations (`policies/expectations/<set>.json`);
//!    the diff from `--base` is shown so a reviewer sees which rule change moved what.
//!
//! `--accept` rewrites the expectations from the current outcomes, so an intended change
//! is committed with the rule change and shows in review.

use super::{CliError, Exit, Global, expand_datasets};
use crate::aggregate::rollup;
use crate::dataset::{Basis, DataDictionary, LoadedDataset};
use crate::diff::{Side, diff as run_diff};
use crate::eval::EvalOptions;
use crate::gate::{
    ACCEPT_JOURNAL, DatasetExpectation, EXPECTATIONS_DIR, Expectations, Unapproved, compare,
};
use crate::policyset::{PolicySet, ScheduleSpec};
use crate::sandbox::Session;
use serde::Serialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GateFormat {
    Text,
    Markdown,
    Junit,
}

#[derive(Debug, clap::Args)]
pub struct GateArgs {
    /// The revision the change is compared with (e.g. the pull request's base branch)
    #[arg(long, value_name = "REV")]
    pub base: String,
    /// Accept the current outcomes: rewrite policies/expectations/*.json
    #[arg(long)]
    pub accept: bool,
    /// Where the repository's datasets are
    #[arg(long, value_name = "DIR", default_value = "datasets")]
    pub datasets: PathBuf,
    #[arg(long, value_enum, default_value_t = GateFormat::Text)]
    pub format: GateFormat,
}

/// One gate check and its findings.
#[derive(Debug, Serialize)]
struct Check {
    name: &'static str,
    /// Problems found (empty: the check passed).
    failures: Vec<String>,
    /// Context that does not fail the check.
    info: Vec<String>,
}

/// The datasets a set applies to: its level of government and, for year-keyed sets, a
/// year it has targets for.
fn applicable<'a>(set: &PolicySet, datasets: &'a [LoadedDataset]) -> Vec<&'a LoadedDataset> {
    datasets
        .iter()
        .filter(|d| {
            set.manifest
                .levels_of_government
                .contains(&d.dataset.locality.level)
        })
        .filter(|d| match &set.manifest.schedule {
            ScheduleSpec::Year { years } => years.contains(&d.dataset.year),
            ScheduleSpec::Level { .. } => true,
        })
        .collect()
}

pub fn gate(g: &Global, args: &GateArgs) -> Result<Exit, CliError> {
    let sets = g.sets()?;
    let ids = sets.ids()?;
    let mut checks = Vec::new();

    // 1. Stale modules.
    let workspace = sets
        .root()
        .parent()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let workspace = if workspace.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        workspace
    };
    let mut build = Check {
        name: "build --check",
        failures: Vec::new(),
        info: Vec::new(),
    };
    match crate::build::build(&workspace, &sets, &ids, true) {
        Ok(reports) => {
            build.failures = reports
                .iter()
                .filter_map(|r| {
                    r.stale
                        .as_ref()
                        .map(|why| format!("{} {}: {why}", r.set, r.criterion))
                })
                .collect();
            build
                .info
                .push(format!("{} modules checked", reports.len()));
        }
        Err(e) => build.failures.push(e.to_string()),
    }
    checks.push(build);

    // 2. Lint.
    let findings = super::lint::run_lint(g, None)?;
    checks.push(Check {
        name: "lint",
        failures: findings
            .iter()
            .map(|f| format!("{} {} [{}] {}", f.set, f.criterion, f.rule, f.message))
            .collect(),
        info: Vec::new(),
    });

    // 3. Fixture cases.
    let reports = super::test::run_tests(g, None)?;
    let mut test = Check {
        name: "test",
        failures: Vec::new(),
        info: Vec::new(),
    };
    for r in &reports {
        test.failures
            .extend(r.cases.iter().filter(|c| !c.passed).map(|c| {
                format!(
                    "{} {}: {} — {}",
                    r.policy_set, c.criterion, c.name, c.failure
                )
            }));
        test.failures
            .extend(r.problems.iter().map(|p| format!("{}: {p}", r.policy_set)));
        let passed = r.cases.iter().filter(|c| c.passed).count();
        test.info
            .push(format!("{}: {passed} cases passed", r.policy_set));
        if !r.without_cases.is_empty() {
            test.info.push(format!(
                "{}: no case for {}",
                r.policy_set,
                r.without_cases.join(", ")
            ));
        }
    }
    checks.push(test);

    // 4. Outcomes against the approved expectations, with the diff from the base.
    let dictionary = DataDictionary::shipped().map_err(CliError::new)?;
    let mut datasets = Vec::new();
    for file in expand_datasets(std::slice::from_ref(&args.datasets))? {
        datasets.push(
            crate::plan::admit(&file, dictionary, g.read_limits(), &[])
                .map_err(|e| CliError::new(e.to_string()))?,
        );
    }
    let sandbox = g.sandbox()?;
    let base_sets = g.sets_at(Some(&args.base))?;
    let base_ids = base_sets.ids()?;
    let mut outcomes = Check {
        name: "outcomes",
        failures: Vec::new(),
        info: Vec::new(),
    };
    let mut accepted = Vec::new();
    // An `--accept` interrupted while renaming its files into place is completed
    // before anything is read.
    let journal = sets
        .root()
        .parent()
        .unwrap_or(Path::new("."))
        .join(ACCEPT_JOURNAL);
    crate::finish_interrupted(&journal).map_err(|e| {
        CliError::new(format!(
            "an interrupted `gate --accept` left a journal that cannot be completed: {e}"
        ))
    })?;
    let mut to_accept: Vec<(std::path::PathBuf, Vec<u8>)> = Vec::new();
    for id in &ids {
        let loaded = sets.load_with_communes(id, &sandbox)?;
        let targets = applicable(&loaded.set, &datasets);
        let opts = EvalOptions {
            year: None,
            basis: Basis::Appraised,
        };
        let mut current = Expectations {
            policy_set: id.clone(),
            datasets: Default::default(),
        };
        // The current outcomes, and, when the set exists at the base, what the change
        // since then does to them (the diff's "after" side is the current evaluation,
        // so nothing is evaluated twice).
        if base_ids.contains(id) {
            let base = base_sets.load_with_communes(id, &sandbox)?;
            let from = Side {
                set: &base.set,
                commune_set: base.commune_set(),
                year: None,
            };
            let to = Side {
                set: &loaded.set,
                commune_set: loaded.commune_set(),
                year: None,
            };
            let d = run_diff(&from, &to, None, &targets, Basis::Appraised, true);
            outcomes.info.push(format!(
                "{id}: since {}: {} rule changes, {} outcome changes, {} verdict changes",
                args.base,
                d.rule_changes.len(),
                d.summary.outcome_changes,
                d.summary.verdict_changes
            ));
            for (_, now) in &d.results {
                current
                    .datasets
                    .insert(now.file.clone(), DatasetExpectation::of(now));
            }
        } else {
            outcomes.info.push(format!("{id}: new since {}", args.base));
            for ds in &targets {
                let r = rollup::evaluate(
                    &loaded.set,
                    loaded.commune_set(),
                    ds,
                    opts,
                    &mut Session::new(),
                );
                current
                    .datasets
                    .insert(ds.file.display().to_string(), DatasetExpectation::of(&r));
            }
        }
        let rel = Path::new(EXPECTATIONS_DIR).join(format!("{id}.json"));
        let approved: Option<Expectations> = match sets.read_policies_file(&rel)? {
            Some(bytes) => Some(serde_json::from_slice(&bytes).map_err(|e| {
                CliError::new(format!("`policies/{}` is not valid: {e}", rel.display()))
            })?),
            None => None,
        };
        let unapproved: Vec<Unapproved> = match &approved {
            Some(a) => compare(a, &current),
            None => vec![Unapproved {
                policy_set: id.clone(),
                dataset: format!("policies/{}", rel.display()),
                what: "expectations".into(),
                expected: "an approved expectations file".into(),
                actual: "none (run `dtcheck gate --accept`)".into(),
            }],
        };
        if args.accept {
            let path = sets.root().parent().unwrap_or(Path::new(".")).join(&rel);
            to_accept.push((path, crate::render::json::to_pretty(&current).into_bytes()));
            accepted.push(format!(
                "{id}: {} changes accepted into policies/{}",
                unapproved.len(),
                rel.display()
            ));
        } else {
            outcomes.failures.extend(unapproved.iter().map(|u| {
                format!(
                    "{} {} {}: approved {} → now {}",
                    u.policy_set, u.dataset, u.what, u.expected, u.actual
                )
            }));
        }
    }
    // Every set's expectations or none: written aside, then renamed into place.
    crate::write_all_or_nothing(&to_accept, &journal).map_err(|e| CliError::new(e.to_string()))?;
    outcomes.info.extend(accepted);
    checks.push(outcomes);

    match args.format {
        GateFormat::Text => out!("{}", text(&checks)),
        GateFormat::Markdown => out!("{}", markdown(&checks, &args.base)),
        GateFormat::Junit => out!("{}", junit(&checks)),
    }
    Ok(if checks.iter().any(|c| !c.failures.is_empty()) {
        Exit::NotRecognised
    } else {
        Exit::Ok
    })
}

fn text(checks: &[Check]) -> String {
    let mut out = String::new();
    for c in checks {
        let status = if c.failures.is_empty() {
            "ok"
        } else {
            "FAILED"
        };
        out.push_str(&format!(
            "{status:<6} {} ({} problems)\n",
            c.name,
            c.failures.len()
        ));
        for f in &c.failures {
            out.push_str(&format!("         {f}\n"));
        }
        for i in &c.info {
            out.push_str(&format!("         · {i}\n"));
        }
    }
    let failed = checks.iter().filter(|c| !c.failures.is_empty()).count();
    out.push_str(&format!(
        "gate: {} passed, {failed} failed\n",
        checks.len() - failed
    ));
    out
}

fn markdown(checks: &[Check], base: &str) -> String {
    let mut out = format!("### dtcheck gate (base `{base}`)\n\n| check | result |\n|---|---|\n");
    for c in checks {
        let r = if c.failures.is_empty() {
            "✅ passed".to_string()
        } else {
            format!("❌ {} problems", c.failures.len())
        };
        out.push_str(&format!("| {} | {r} |\n", c.name));
    }
    for c in checks.iter().filter(|c| !c.failures.is_empty()) {
        out.push_str(&format!("\n#### {}\n\n", c.name));
        for f in c.failures.iter().take(200) {
            out.push_str(&format!("- {}\n", f.replace('|', "\\|")));
        }
    }
    let info: Vec<&String> = checks.iter().flat_map(|c| &c.info).collect();
    if !info.is_empty() {
        out.push_str("\n<details><summary>context</summary>\n\n");
        for i in info {
            out.push_str(&format!("- {i}\n"));
        }
        out.push_str("\n</details>\n");
    }
    out.push_str("\nIf the outcome changes are intended, run `dtcheck gate --accept` and commit `policies/expectations/`.\n");
    out
}

fn junit(checks: &[Check]) -> String {
    let esc = crate::render::xml_escape;
    let failures: usize = checks.iter().filter(|c| !c.failures.is_empty()).count();
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n  <testsuite name=\"dtcheck gate\" tests=\"{}\" failures=\"{failures}\">\n",
        checks.len()
    );
    for c in checks {
        if c.failures.is_empty() {
            out.push_str(&format!(
                "    <testcase classname=\"dtcheck.gate\" name=\"{}\"/>\n",
                esc(c.name)
            ));
        } else {
            out.push_str(&format!(
                "    <testcase classname=\"dtcheck.gate\" name=\"{}\">\n      <failure message=\"{} problems\">{}</failure>\n    </testcase>\n",
                esc(c.name),
                c.failures.len(),
                esc(&c.failures.join("\n"))
            ));
        }
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}
