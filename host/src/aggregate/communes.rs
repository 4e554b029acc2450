//! Districts from their communes: the facts a district's communes determine, from
//! where each of them stands.
//!
//! Some district criteria are about the district's communes: the interim Thanh Hóa
//! criterion I.1 is the share of communes recognised under the commune criteria, and
//! 2361's district I.1 is a distribution of the communes' maturity levels. Both are
//! over all the district's communes: its registered number, `communes.total`, is
//! declared by the district. When a district dataset names (or includes) its communes'
//! datasets (read and checked with the district: see `dataset::communes`), `plan`
//! has them evaluated first, under the set the manifest names, and once every
//! registered commune has a dataset their standings become computed facts of the
//! district:
//!
//! - `communes.recognized`: those recognised (Thanh Hóa commune rule);
//! - `communes.level_at_least_1` … `_5`: those whose 2361 level reached is at least k.
//!
//! Until then those facts are unavailable (the criteria reading them are
//! `missing_data`, saying how many communes are missing): a share over the communes a
//! file happens to list is not the district's. Without commune datasets the district's
//! declared figures are used, and the report says so.

use super::{CommuneSummary, CommunesNote, CommunesSummary, Standing};
use crate::dataset::{Basis, LoadedDataset};
use crate::eval::{ComputedFacts, Uncomputed};

pub use crate::dataset::COMMUNES_TOTAL;
pub const COMMUNES_RECOGNIZED: &str = "communes.recognized";

/// `communes.level_at_least_<k>`.
pub fn level_at_least_key(k: u8) -> String {
    format!("communes.level_at_least_{k}")
}

/// The keys a district's communes determine.
fn rollup_keys() -> Vec<String> {
    [COMMUNES_TOTAL.to_string(), COMMUNES_RECOGNIZED.to_string()]
        .into_iter()
        .chain((1..=5).map(level_at_least_key))
        .collect()
}

/// No commune datasets: the district's own figures are used, labelled `declared`.
pub fn declared(commune_set_id: &str) -> (ComputedFacts, CommunesSummary) {
    let note = CommunesNote::Declared;
    let computed = ComputedFacts {
        values: Default::default(),
        declared: rollup_keys().into_iter().collect(),
    };
    (
        computed,
        CommunesSummary {
            policy_set: commune_set_id.into(),
            computed: false,
            figures: note,
            note: String::new(),
            communes: Vec::new(),
        },
    )
}

/// The facts a district's communes determine, from their `standings` (one for each of
/// `district`'s communes, in order; `declared` when it lists none).
///
/// The figures are over the district's communes, not over those it happens to list:
/// the district registers its number of communes (`communes.total`, declared), and
/// until every one of them has a dataset the figures about them are not computed
/// (the criteria reading them are `missing_data`, saying how many are missing).
pub fn from_standings(
    commune_set_id: &str,
    district: &LoadedDataset,
    standings: &[Standing],
    basis: Basis,
) -> (ComputedFacts, CommunesSummary) {
    let d = &district.dataset;
    if d.communes.is_empty() {
        return declared(commune_set_id);
    }
    let listed = &district.communes;
    let summaries: Vec<CommuneSummary> = listed
        .iter()
        .zip(standings)
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
    let registered = match d.fact(COMMUNES_TOTAL, basis).0 {
        Some(v) => v
            .as_u64()
            .ok_or_else(|| Uncomputed::RegisteredNotACount { value: v.clone() }),
        None => Err(Uncomputed::Unregistered { given }),
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
        Ok(m) => Err(Uncomputed::Incomplete {
            given,
            registered: m,
        }),
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
            CommunesNote::Computed { given }
        }
        Err(why) => {
            for k in keys {
                computed.values.insert(k, Err(why.clone()));
            }
            CommunesNote::Uncomputed { why }
        }
    };
    let summary = CommunesSummary {
        policy_set: commune_set_id.into(),
        computed: computed.values.values().any(Result::is_ok),
        figures: note,
        note: String::new(),
        communes: summaries,
    };
    (computed, summary)
}
