//! A district's communes, evaluated before the district: the commune pre-pass.
//!
//! For a district of a set whose criteria are about its communes (the manifest's
//! `communes`), the communes read with it are asked, under the commune set, only
//! where they stand ([`crate::aggregate::standings`], no explanation built); the
//! facts those standings determine ([`crate::aggregate::communes`]) then feed the
//! district's criteria.

use super::Evaluation;
use crate::aggregate::{self, CommunesSummary};
use crate::dataset::{Dataset, LoadedDataset};
use crate::eval::{ComputedFacts, EvalOptions, Probe};
use crate::sandbox::Session;

/// What the host derives for a locality before its criteria run: for a district of a
/// set that rolls up its communes, the commune-derived facts and the communes' summary.
pub(super) fn derived(
    ev: &Evaluation<'_>,
    ds: &LoadedDataset,
    session: &mut Session,
) -> (ComputedFacts, Option<CommunesSummary>) {
    let rollup = ev
        .set
        .manifest
        .communes
        .as_ref()
        .filter(|_| ds.dataset.locality.level == "district");
    let Some(rollup) = rollup else {
        return (ComputedFacts::default(), None);
    };
    let (computed, summary) = match ev.commune_set {
        Some(commune_set) if !ds.dataset.communes.is_empty() => {
            // The communes are assessed against the same year's targets as the district.
            let opts = EvalOptions {
                year: ev.opts.year.or(Some(ds.dataset.year)),
                basis: ev.opts.basis,
            };
            let listed: Vec<&LoadedDataset> = ds.communes.iter().collect();
            let datasets: Vec<&Dataset> = listed.iter().map(|c| &c.dataset).collect();
            let mut probe = Probe::new(commune_set, &listed, opts);
            let standings = aggregate::standings(
                &commune_set.manifest.recognition,
                commune_set.criteria.len(),
                &datasets,
                opts.basis,
                |criterion, locality, at| probe.met(criterion, locality, at, session),
            );
            aggregate::communes::from_standings(&rollup.policy_set, ds, &standings, opts.basis)
        }
        _ => aggregate::communes::declared(&rollup.policy_set),
    };
    (computed, Some(summary))
}
