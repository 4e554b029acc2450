//! Districts from their communes.
//!
//! Some district criteria are about the district's communes: the interim Thanh Hóa
//! criterion I.1 is the share of communes recognised under the commune criteria, and
//! 2361's district I.1 is a distribution of the communes' maturity levels. Both are
//! over all the district's communes: its registered number, `communes.total`, is
//! declared by the district. When a district dataset names (or includes) its communes'
//! datasets (read and checked with the district: see `dataset::communes`), they are
//! evaluated first, under the set the manifest names, and once every registered commune
//! has a dataset the results become computed facts of the district:
//!
//! - `communes.recognized`: those recognised (Thanh Hóa commune rule);
//! - `communes.level_at_least_1` … `_5`: those whose 2361 level reached is at least k.
//!
//! Until then those facts are unavailable (the criteria reading them are
//! `missing_data`, saying how many communes are missing): a share over the communes a
//! file happens to list is not the district's. Without commune datasets the district's
//! declared figures are used, and the report says so.

use crate::aggregate::Standing;
use crate::dataset::LoadedDataset;
use crate::eval::{
    CommuneSummary, CommunesSummary, ComputedFacts, EvalOptions, LocalityInput, LocalityResult,
    evaluate_localities, evaluate_locality, standings,
};
use crate::policyset::PolicySet;
use crate::sandbox::Session;

pub use crate::dataset::COMMUNES_TOTAL;
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
    session: &mut Session,
) -> LocalityResult {
    let (computed, summary) = derived(set, commune_set, ds, opts, session);
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
    session: &mut Session,
    mut each: impl FnMut(LocalityResult),
) {
    for batch in datasets.chunks(BATCH) {
        let (computed, summaries): (Vec<ComputedFacts>, Vec<Option<CommunesSummary>>) = batch
            .iter()
            .map(|ds| derived(set, commune_set, ds, opts, session))
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
        Some(commune_set) if !ds.dataset.communes.is_empty() => {
            communes(&rollup.policy_set, commune_set, ds, opts, session)
        }
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

/// Evaluates a district's communes (read and checked with the district: see
/// `dataset::communes`); returns the computed facts.
///
/// The figures are over the district's communes, not over those it happens to list:
/// the district registers its number of communes (`communes.total`, declared), and
/// until every one of them has a dataset the figures about them are not computed
/// (the criteria reading them are `missing_data`, saying how many are missing).
pub fn communes(
    commune_set_id: &str,
    commune_set: &PolicySet,
    district: &LoadedDataset,
    opts: EvalOptions,
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
    // Only where each commune stands counts here, not why.
    let listed: Vec<&LoadedDataset> = district.communes.iter().collect();
    let standings = standings(commune_set, &listed, commune_opts, session);
    let summaries: Vec<CommuneSummary> = listed
        .iter()
        .zip(&standings)
        .map(|(c, standing)| {
            let (recognized, level) = match *standing {
                Standing::Recognized(r) => (Some(r), None),
                Standing::Level(l) => (None, Some(l)),
            };
            CommuneSummary {
                file: c.file.display().to_string(),
                code: c.dataset.locality.code.clone(),
                name: c.dataset.locality.name.clone(),
                recognized,
                level,
            }
        })
        .collect();
    let given = summaries.len();
    let registered = match d.fact(COMMUNES_TOTAL, opts.basis).0 {
        Some(v) => v.as_u64().ok_or_else(|| {
            format!("the district's registered number of communes `{COMMUNES_TOTAL}` = {v} is not a count")
        }),
        None => Err(format!(
            "the district does not declare its registered number of communes `{COMMUNES_TOTAL}`: {given} commune datasets are given, but whether they are all of its communes cannot be told"
        )),
    };
    // `communes.total` itself is the district's declared figure, always.
    let mut computed = ComputedFacts {
        values: Default::default(),
        declared: [COMMUNES_TOTAL.to_string()].into_iter().collect(),
    };
    let keys: Vec<String> = rollup_keys()
        .into_iter()
        .filter(|k| k != COMMUNES_TOTAL)
        .collect();
    let complete = match registered {
        Ok(m) if m == given as u64 => Ok(()),
        Ok(m) => Err(format!(
            "{given} of the district's {m} communes (`{COMMUNES_TOTAL}`) have a dataset, {} missing: the figures about its communes are computed once every commune is supplied",
            m.saturating_sub(given as u64)
        )),
        Err(why) => Err(why),
    };
    let note = match complete {
        Ok(()) => {
            if standings
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
            if standings.iter().all(|v| matches!(v, Standing::Level(_))) {
                for k in 1..=5u8 {
                    let n = summaries
                        .iter()
                        .filter(|s| s.level.is_some_and(|l| l >= k))
                        .count();
                    computed.values.insert(level_at_least_key(k), Ok(n.into()));
                }
            }
            format!(
                "computed from the datasets of all {given} communes of the district, evaluated under `{commune_set_id}`"
            )
        }
        Err(why) => {
            for k in keys {
                computed.values.insert(k, Err(why.clone()));
            }
            why
        }
    };
    let summary = CommunesSummary {
        policy_set: commune_set_id.into(),
        computed: computed.values.values().any(Result::is_ok),
        note,
        communes: summaries,
    };
    (computed, summary)
}
