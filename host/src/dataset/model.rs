//! The dataset document: one locality, one year (see `datasets/schema/`).

use serde::{Deserialize, Serialize};

/// Figures by data-dictionary key. A hash map with a fast hash, not a tree: every
/// criterion of every locality looks its facts up here, and comparing long keys with
/// shared prefixes down a tree was a tenth of evaluating a 2361 commune (measured).
/// The keys are checked against the data dictionary before they get here, so a
/// non-keyed hash is no opening for crafted collisions. Unordered: whatever lists
/// facts sorts them.
pub type Facts = std::collections::HashMap<FactKey, serde_json::Value, rustc_hash::FxBuildHasher>;

/// A fact's key: borrowed from the process-wide table of the data dictionary's names
/// when a dataset is read directly (see `interned`), owned otherwise. A country's
/// files hold millions of facts; allocating, copying and freeing a key for each was a
/// twentieth of reading them (measured).
pub type FactKey = std::borrow::Cow<'static, str>;

/// `name`, stored once for the life of the process: the same text always gives the
/// same `&'static str`. For the names of a data dictionary, so what is kept is bounded
/// by the distinct names of the dictionaries loaded, not by the datasets read.
pub(super) fn interned(name: &str) -> &'static str {
    use std::collections::BTreeSet;
    use std::sync::{Mutex, PoisonError};
    static NAMES: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
    let mut names = NAMES.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(&known) = names.get(name) {
        return known;
    }
    let name: &'static str = Box::leak(name.into());
    names.insert(name);
    name
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Dataset {
    pub dataset_version: u32,
    #[serde(default)]
    pub synthetic: bool,
    #[serde(default)]
    pub note: Option<String>,
    pub locality: Locality,
    pub year: u16,
    /// Self-assessed figures (the locality's own report).
    pub facts: Facts,
    /// Appraised figures (the higher level's appraisal, Mẫu 02); they override `facts`
    /// when evaluating on the appraised basis.
    #[serde(default)]
    pub appraised_facts: Facts,
    /// The evidence documents supplied, by data-dictionary evidence id: the schema
    /// checks each document's form, the criteria only need to know which are present.
    #[serde(skip)]
    pub evidence: EvidenceIds,
    #[serde(default)]
    pub dti: Option<Dti>,
    /// For districts: the communes' datasets (paths or inline documents).
    #[serde(default)]
    pub communes: Vec<serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Locality {
    pub code: String,
    pub name: String,
    pub level: String,
    pub province: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
}

/// The ids of the evidence documents a dataset supplies.
pub type EvidenceIds = std::collections::HashSet<String, rustc_hash::FxBuildHasher>;

/// The DTI index score (Bộ chỉ số đánh giá, xếp hạng mức độ chuyển đổi số): points
/// obtained out of the index's maximum.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Dti {
    pub max: f64,
    #[serde(default)]
    pub self_assessed: Option<f64>,
    #[serde(default)]
    pub appraised: Option<f64>,
    #[serde(default)]
    pub previous_year: Option<DtiScore>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DtiScore {
    pub points: f64,
    pub max: f64,
}

/// Which figures an evaluation uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Appraised figures where the dataset has them, self-assessed ones otherwise.
    Appraised,
    /// Only the locality's self-assessed figures.
    SelfAssessed,
}

/// Where a fact value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FactSource {
    SelfAssessed,
    Appraised,
    /// Computed by the host from other datasets (a district's communes).
    Computed,
    /// A figure the host could compute from other datasets, declared in the dataset
    /// instead (a district without its communes' data; a previous year's result).
    Declared,
    /// Should have been computed, but could not be (the reason is in the outcome).
    Unavailable,
    Absent,
}

impl Dataset {
    /// The value of a fact on the given basis, and where it came from.
    pub fn fact(&self, key: &str, basis: Basis) -> (Option<&serde_json::Value>, FactSource) {
        if basis == Basis::Appraised
            && let Some(v) = self.appraised_facts.get(key).filter(|v| !v.is_null())
        {
            return (Some(v), FactSource::Appraised);
        }
        match self.facts.get(key).filter(|v| !v.is_null()) {
            Some(v) => (Some(v), FactSource::SelfAssessed),
            None => (None, FactSource::Absent),
        }
    }

    /// The DTI points on the given basis, and where they came from.
    pub fn dti_points(&self, basis: Basis) -> Option<(f64, f64, FactSource)> {
        let dti = self.dti.as_ref()?;
        if basis == Basis::Appraised
            && let Some(p) = dti.appraised
        {
            return Some((p, dti.max, FactSource::Appraised));
        }
        dti.self_assessed
            .map(|p| (p, dti.max, FactSource::SelfAssessed))
    }
}
