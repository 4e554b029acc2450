//! A locality's result: its criterion results with the verdict its set's rule gives.

use super::{CompletionSummary, Verdict, recognise};
use crate::dataset::{Basis, LoadedDataset, Locality};
use crate::eval::{Assessed, CriterionResult};
use crate::policyset::PolicySet;
use serde::Serialize;

/// What happened to a district's communes (present for districts of sets whose
/// criteria depend on their communes).
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct CommunesSummary {
    /// The set the communes were evaluated under.
    pub policy_set: String,
    /// True when commune-derived facts were computed from the communes' datasets; false
    /// when none were given and the district's declared figures were used.
    pub computed: bool,
    /// Where the figures about the communes come from, as data ...
    pub figures: CommunesNote,
    /// ... and as a sentence in the report's language (`render::explain::fill`).
    pub note: String,
    pub communes: Vec<CommuneSummary>,
}

/// Where the figures about a district's communes come from.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CommunesNote {
    /// No commune datasets were given: the district's declared figures are used.
    Declared,
    /// Computed from the datasets of all `given` communes of the district.
    Computed { given: usize },
    /// Not computed, for this reason (the criteria reading them are `missing_data`).
    /// (`why` is an object of its own: its `kind` is not the note's.)
    Uncomputed { why: crate::eval::Uncomputed },
}

/// One commune of a district.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct CommuneSummary {
    pub file: String,
    pub code: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recognized: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
}

/// A locality evaluated against a set.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct LocalityResult {
    /// The dataset file, as given.
    pub file: String,
    pub locality: Locality,
    pub synthetic: bool,
    /// The year the data describes.
    pub dataset_year: u16,
    /// The year whose targets were applied (year-keyed sets).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targets_year: Option<u16>,
    pub basis: Basis,
    pub criteria: Vec<CriterionResult>,
    /// Criteria completed ("đã hoàn thành X/Y chỉ tiêu, tỷ lệ đạt Z %", Mẫu 02/03):
    /// not the DTI percentage. Year-keyed sets only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion: Option<CompletionSummary>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub communes: Option<CommunesSummary>,
    #[serde(flatten)]
    pub verdict: Verdict,
    /// Whether the dataset carries the district's appraisal at all (appraised figures or
    /// an appraised DTI score): without it, the appraised basis is the locality's own
    /// figures, and an appraisal report can only be a draft. Not in the JSON, whose
    /// facts say where each figure comes from.
    #[serde(skip)]
    pub appraised: bool,
}

/// Applies the set's rule to a locality's criterion results.
pub fn conclude(
    set: &PolicySet,
    ds: &LoadedDataset,
    assessed: Assessed,
    communes: Option<CommunesSummary>,
    basis: Basis,
) -> LocalityResult {
    let d = &ds.dataset;
    let Assessed {
        mut criteria,
        targets_year,
    } = assessed;
    let verdict = recognise(&set.manifest.recognition, &mut criteria, d, basis);
    // A maturity verdict has pointed each criterion's top-level fields at the level
    // that matters; under any other rule they show the first level.
    if !matches!(verdict, Verdict::Maturity(_)) {
        for c in &mut criteria {
            if let Some(first) = c.levels.as_ref().and_then(|l| l.first()).map(|l| l.level) {
                c.focus_level(first);
            }
        }
    }
    let completion = targets_year
        .is_some()
        .then(|| CompletionSummary::of(&criteria));
    LocalityResult {
        file: ds.file.display().to_string(),
        locality: d.locality.clone(),
        synthetic: d.synthetic,
        dataset_year: d.year,
        targets_year,
        basis,
        criteria,
        completion,
        communes,
        verdict,
        appraised: !d.appraised_facts.is_empty()
            || d.dti.as_ref().is_some_and(|t| t.appraised.is_some()),
    }
}
