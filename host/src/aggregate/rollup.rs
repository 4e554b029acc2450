//! Districts from their communes.
//!
//! Some district criteria are about the district's communes: the interim Thanh Hóa
//! criterion I.1 is the share of communes recognised under the commune criteria, and
//! 2361's district I.1 is a distribution of the communes' maturity levels. When a
//! district dataset names (or includes) its communes' datasets, they are validated and
//! evaluated first, under the set the manifest names, and the results become computed
//! facts of the district:
//!
//! - `communes.total`: the communes listed;
//! - `communes.recognized`: those recognised (Thanh Hóa commune rule);
//! - `communes.level_at_least_1` … `_5`: those whose 2361 level reached is at least k.
//!
//! Without commune datasets the district's declared figures are used, and the report
//! says so. When a commune dataset is invalid, nothing is computed: the criteria that
//! depend on the communes report the invalid commune instead of guessing.

use crate::aggregate::Standing;
use crate::dataset::{self, DataDictionary, LoadedDataset};
use crate::eval::{
    CommuneSummary, CommunesSummary, ComputedFacts, EvalOptions, LocalityInput, LocalityResult,
    evaluate_localities, evaluate_locality, standings,
};
use crate::policyset::PolicySet;
use crate::sandbox::Session;

pub const COMMUNES_TOTAL: &str = "communes.total";
pub const COMMUNES_RECOGNIZED: &str = "communes.recognized";

/// `communes.level_at_least_<k>`.
pub fn level_at_least_key(k: u8) -> String {
    format!("communes.level_at_least_{k}")
}

/// Evaluates one locality; a district of a set that rolls up its communes gets its
/// communes evaluated first (under `commune_set`). Modules run in `session`'s instances.
pub fn evaluate(
    set: &PolicySet,
    commune_set: Option<&PolicySet>,
    ds: &LoadedDataset,
    opts: EvalOptions,
    dictionary: &DataDictionary,
    session: &mut Session,
) -> LocalityResult {
    let (computed, summary) = derived(set, commune_set, ds, opts, dictionary, session);
    evaluate_locality(set, ds, opts, &computed, summary, session)
}

/// How many localities [`evaluate_many`] evaluates together, criterion by criterion,
/// before handing their results on. Few enough that a batch's results are still in
/// the cache when they are rendered (a 2361 commune's results are ~40 KB spread over
/// the heap: a whole chunk of 128 at once left them to be read back from memory,
/// measured ~15 % more CPU for a 2361 commune run in JSON); enough that each module's
/// code and instance stay warm over several calls (batches of 4, 8 and 16 measured
/// alike). Each instance still sees the session's localities in the same order, so
/// results do not depend on it.
pub const BATCH: usize = 16;

/// [`evaluate`] for several localities in one session, [`BATCH`] at a time criterion by
/// criterion (see [`evaluate_localities`]); `each` gets the results in the order given.
pub fn evaluate_many(
    set: &PolicySet,
    commune_set: Option<&PolicySet>,
    datasets: &[&LoadedDataset],
    opts: EvalOptions,
    dictionary: &DataDictionary,
    session: &mut Session,
    mut each: impl FnMut(LocalityResult),
) {
    for batch in datasets.chunks(BATCH) {
        let (computed, summaries): (Vec<ComputedFacts>, Vec<Option<CommunesSummary>>) = batch
            .iter()
            .map(|ds| derived(set, commune_set, ds, opts, dictionary, session))
            .unzip();
        let inputs = batch
            .iter()
            .zip(&computed)
            .zip(summaries)
            .map(|((ds, computed), communes)| LocalityInput {
                dataset: ds,
                computed,
                communes,
            })
            .collect();
        evaluate_localities(set, inputs, opts, session)
            .into_iter()
            .for_each(&mut each);
    }
}

/// What the host derives for a locality before its criteria run: for a district of a
/// set that rolls up its communes, the commune-derived facts and the communes' summary.
fn derived(
    set: &PolicySet,
    commune_set: Option<&PolicySet>,
    ds: &LoadedDataset,
    opts: EvalOptions,
    dictionary: &DataDictionary,
    session: &mut Session,
) -> (ComputedFacts, Option<CommunesSummary>) {
    let rollup = set
        .manifest
        .communes
        .as_ref()
        .filter(|_| ds.dataset.locality.level == "district");
    let Some(rollup) = rollup else {
        return (ComputedFacts::default(), None);
    };
    let (computed, summary) = match commune_set {
        Some(commune_set) if !ds.dataset.communes.is_empty() => communes(
            &rollup.policy_set,
            commune_set,
            ds,
            opts,
            dictionary,
            session,
        ),
        _ => declared(&rollup.policy_set),
    };
    (computed, Some(summary))
}

/// The keys a district's communes determine.
fn rollup_keys() -> Vec<String> {
    [COMMUNES_TOTAL.to_string(), COMMUNES_RECOGNIZED.to_string()]
        .into_iter()
        .chain((1..=5).map(level_at_least_key))
        .collect()
}

/// No commune datasets: the district's own figures are used, labelled `declared`.
fn declared(commune_set_id: &str) -> (ComputedFacts, CommunesSummary) {
    let note = "no commune datasets given: criteria about the communes use the figures declared in the district dataset, not computed ones".to_string();
    let computed = ComputedFacts {
        values: Default::default(),
        declared: rollup_keys().into_iter().collect(),
    };
    (
        computed,
        CommunesSummary {
            policy_set: commune_set_id.into(),
            computed: false,
            note,
            communes: Vec::new(),
        },
    )
}

/// Validates and evaluates a district's communes; returns the computed facts.
pub fn communes(
    commune_set_id: &str,
    commune_set: &PolicySet,
    district: &LoadedDataset,
    opts: EvalOptions,
    dictionary: &DataDictionary,
    session: &mut Session,
) -> (ComputedFacts, CommunesSummary) {
    let d = &district.dataset;
    if d.communes.is_empty() {
        return declared(commune_set_id);
    }
    // The communes are assessed against the same year's targets as the district.
    let commune_opts = EvalOptions {
        year: opts.year.or(Some(d.year)),
        basis: opts.basis,
    };
    // Read and check every commune, then evaluate the valid ones together.
    let loaded: Vec<(String, Result<LoadedDataset, Vec<String>>)> =
        dataset::communes_of(district, dictionary)
            .into_iter()
            .map(|(file, loaded)| {
                let loaded = loaded
                    .map_err(|e| {
                        e.problems
                            .iter()
                            .map(|p| format!("{}: {}", pointer(&p.pointer), p.message))
                            .collect()
                    })
                    .and_then(|c| check_commune(&c, d.year).map(|()| c));
                (file, loaded)
            })
            .collect();
    // Only where each commune stands counts here, not why.
    let valid: Vec<&LoadedDataset> = loaded.iter().filter_map(|(_, l)| l.as_ref().ok()).collect();
    let mut results = standings(commune_set, &valid, commune_opts, session).into_iter();
    let mut summaries = Vec::new();
    let mut verdicts = Vec::new();
    for (file, loaded) in &loaded {
        match loaded {
            Err(problems) => summaries.push(CommuneSummary {
                file: file.clone(),
                code: None,
                name: None,
                problems: problems.clone(),
                recognized: None,
                level: None,
            }),
            Ok(c) => {
                let Some(standing) = results.next() else {
                    continue;
                };
                let (recognized, level) = match standing {
                    Standing::Recognized(r) => (Some(r), None),
                    Standing::Level(l) => (None, Some(l)),
                };
                verdicts.push(standing);
                summaries.push(CommuneSummary {
                    file: file.clone(),
                    code: Some(c.dataset.locality.code.clone()),
                    name: Some(c.dataset.locality.name.clone()),
                    problems: Vec::new(),
                    recognized,
                    level,
                });
            }
        }
    }
    let invalid: Vec<&CommuneSummary> = summaries
        .iter()
        .filter(|s| !s.problems.is_empty())
        .collect();
    let mut computed = ComputedFacts::default();
    let note = if invalid.is_empty() {
        let total = summaries.len();
        computed
            .values
            .insert(COMMUNES_TOTAL.into(), Ok(total.into()));
        if verdicts
            .iter()
            .all(|v| matches!(v, Standing::Recognized(_)))
        {
            let n = summaries
                .iter()
                .filter(|s| s.recognized == Some(true))
                .count();
            computed
                .values
                .insert(COMMUNES_RECOGNIZED.into(), Ok(n.into()));
        }
        if verdicts.iter().all(|v| matches!(v, Standing::Level(_))) {
            for k in 1..=5u8 {
                let n = summaries
                    .iter()
                    .filter(|s| s.level.is_some_and(|l| l >= k))
                    .count();
                computed.values.insert(level_at_least_key(k), Ok(n.into()));
            }
        }
        format!("computed from {total} commune datasets evaluated under `{commune_set_id}`")
    } else {
        let why = format!(
            "{} of {} commune datasets failed validation ({}); nothing about the communes is computed",
            invalid.len(),
            summaries.len(),
            invalid
                .iter()
                .map(|s| format!(
                    "`{}`: {}",
                    s.file,
                    s.problems.first().map_or("", String::as_str)
                ))
                .collect::<Vec<_>>()
                .join("; ")
        );
        for k in rollup_keys() {
            computed.values.insert(k, Err(why.clone()));
        }
        why
    };
    let summary = CommunesSummary {
        policy_set: commune_set_id.into(),
        computed: invalid.is_empty(),
        note,
        communes: summaries,
    };
    (computed, summary)
}

fn pointer(p: &str) -> &str {
    if p.is_empty() { "(document)" } else { p }
}

/// A commune of a district must be a commune dataset of the same year.
fn check_commune(c: &LoadedDataset, district_year: u16) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    if c.dataset.locality.level != "commune" {
        problems.push(format!(
            "/locality/level: `{}` listed as a commune of a district",
            c.dataset.locality.level
        ));
    }
    if c.dataset.year != district_year {
        problems.push(format!(
            "/year: the commune's data is for {}, the district's for {district_year}",
            c.dataset.year
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}
