//! The outcome vocabulary and the result of one criterion for one locality.

use crate::dataset::FactSource;
use crate::policyset::EvidenceMeta;
use serde::Serialize;
use std::sync::Arc;

/// Exactly six outcomes. Missing data or evidence is never silently a pass or a fail.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Đạt: the target is met.
    Pass,
    /// Không đạt: the target is not met.
    Fail,
    /// `*` year, "Không áp dụng" level, or nothing to assess (the reason says which).
    NotAssessed,
    /// A fact the criterion reads is absent from the dataset.
    MissingData,
    /// A document the criterion requires is absent from the dataset.
    MissingEvidence,
    /// The criterion could not be evaluated (module fault, refused module, or
    /// self-contradictory data); the reason says which.
    Error,
}

impl Outcome {
    pub const ALL: [Outcome; 6] = [
        Outcome::Pass,
        Outcome::Fail,
        Outcome::NotAssessed,
        Outcome::MissingData,
        Outcome::MissingEvidence,
        Outcome::Error,
    ];

    /// The machine keyword (as in JSON output).
    pub fn keyword(self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Fail => "fail",
            Outcome::NotAssessed => "not_assessed",
            Outcome::MissingData => "missing_data",
            Outcome::MissingEvidence => "missing_evidence",
            Outcome::Error => "error",
        }
    }

    /// The report label: Đạt / Không đạt as in the forms (Mẫu 01, 02); the others say
    /// why there is no Đạt/Không đạt.
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Pass => "Đạt",
            Outcome::Fail => "Không đạt",
            Outcome::NotAssessed => "Không đánh giá",
            Outcome::MissingData => "Thiếu số liệu",
            Outcome::MissingEvidence => "Thiếu hồ sơ chứng minh",
            Outcome::Error => "Lỗi",
        }
    }

    /// Whether the outcome lets a locality be recognised (Thanh Hóa rules: every
    /// criterion *assessed that year* passes).
    pub fn counts_as_met(self) -> bool {
        matches!(self, Outcome::Pass | Outcome::NotAssessed)
    }
}

/// A fact the criterion read, with its value and where the value came from.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct FactRead {
    pub key: Arc<str>,
    pub value: serde_json::Value,
    pub source: FactSource,
    /// Both figures, when the dataset has appraised ones (null where a side has none):
    /// what Mẫu 02 puts side by side.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bases: Option<Bases>,
    /// Where a self-assessed count comes from, when it was counted from a list's rows
    /// (`dtcheck import`): "Mẫu 3.3: 4890 rows, 3960 counted".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derived: Option<Arc<crate::dataset::Derivation>>,
}

/// A fact's two figures: the commune's own ("Kết quả tự đánh giá của UBND cấp xã") and
/// the district's ("Kết quả thẩm định của UBND cấp huyện"; the commune's own where the
/// district gave none: it stands as appraised).
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Bases {
    pub self_assessed: serde_json::Value,
    pub appraised: serde_json::Value,
}

/// A document a criterion requires ("Thành phần hồ sơ chứng minh"), and the one the
/// locality supplied (title, reference number and date, link), or none.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct EvidenceStatus {
    pub id: Arc<str>,
    /// The document as the source requires it.
    pub required: Arc<str>,
    pub supplied: Option<Arc<crate::dataset::Document>>,
}

/// A criterion's result on the other basis than the one evaluated (the self-assessed
/// figures alone, or the appraised ones over them), when the dataset has appraised
/// figures.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct OtherBasis {
    pub basis: crate::dataset::Basis,
    pub outcome: Outcome,
    pub measured: serde_json::Value,
}

/// One criterion evaluated for one locality.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct CriterionResult {
    pub id: Arc<str>,
    pub group: Arc<str>,
    pub name: Arc<str>,
    pub unit: Arc<str>,
    pub outcome: Outcome,
    /// What the criterion computed (a percentage, a count, a yes/no), or null.
    pub measured: serde_json::Value,
    /// The target applied, as written in the source (null for `*`).
    pub target: serde_json::Value,
    /// Why, in the reader's language (rendered from `explanation`).
    pub reason: String,
    /// Why, as data.
    pub explanation: super::Why,
    /// The facts read, with their values (null when absent).
    pub facts: Vec<FactRead>,
    pub missing_facts: Vec<Arc<str>>,
    pub missing_evidence: Vec<EvidenceMeta>,
    /// Every document the criterion requires, with the one supplied or none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceStatus>,
    /// Fuel the module used (deterministic cost); null when it did not run.
    pub fuel: Option<u64>,
    /// Level-keyed sets: the result at every level (the fields above are those at the
    /// level that matters: the next one to reach).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub levels: Option<Vec<LevelResult>>,
    /// The result on the other basis, when the dataset has appraised figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_basis: Option<OtherBasis>,
}

/// A criterion's result at one maturity level.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct LevelResult {
    pub level: u8,
    pub outcome: Outcome,
    pub measured: serde_json::Value,
    pub target: serde_json::Value,
    pub reason: String,
    /// As data in memory; JSON carries it for the level shown at the top (the
    /// criterion's `explanation`), each level its `reason`: a country's 2361 results
    /// would otherwise be half explanations.
    #[serde(skip)]
    pub explanation: super::Why,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_basis: Option<OtherBasis>,
}

impl CriterionResult {
    /// A result with nothing known yet but its id: `error` until filled in.
    pub fn empty(id: &str) -> Self {
        let none: Arc<str> = Arc::from("");
        Self::named(id.into(), none.clone(), none.clone(), none)
    }

    /// A result for the criterion `meta` describes, `error` until filled in (its
    /// names are shared with the metadata, not copied).
    pub fn of(meta: &crate::policyset::Metadata) -> Self {
        Self::named(
            meta.id.clone(),
            meta.group.id.clone(),
            meta.name.clone(),
            meta.unit.clone(),
        )
    }

    fn named(id: Arc<str>, group: Arc<str>, name: Arc<str>, unit: Arc<str>) -> Self {
        CriterionResult {
            id,
            group,
            name,
            unit,
            outcome: Outcome::Error,
            measured: serde_json::Value::Null,
            target: serde_json::Value::Null,
            reason: String::new(),
            explanation: super::Why::Unexplained,
            facts: Vec::new(),
            missing_facts: Vec::new(),
            missing_evidence: Vec::new(),
            evidence: Vec::new(),
            fuel: None,
            levels: None,
            other_basis: None,
        }
    }

    /// Whether the self-assessed and the appraised figures give different outcomes.
    pub fn bases_disagree(&self) -> bool {
        self.other_basis
            .as_ref()
            .is_some_and(|o| o.outcome != self.outcome)
    }

    /// Shows the result at `level` (or, without one, at the first level) in the
    /// top-level fields (level-keyed sets).
    pub fn focus_level(&mut self, level: u8) {
        if let Some(r) = self
            .levels
            .as_ref()
            .and_then(|ls| ls.iter().find(|r| r.level == level).or(ls.first()))
        {
            self.outcome = r.outcome;
            self.measured = r.measured.clone();
            self.target = r.target.clone();
            self.reason = r.reason.clone();
            self.explanation = r.explanation.clone();
            self.other_basis = r.other_basis.clone();
        }
    }
}
