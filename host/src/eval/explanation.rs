//! Why a criterion has its outcome, as data: what a module said (ABI v3's vocabulary,
//! with fact indices resolved to keys) and what the host added (missing documents,
//! facts it could not compute, a module that failed). `render::explain` turns it into
//! a sentence in the reader's language; JSON carries it as it is.

use crate::policyset::{EvidenceMeta, Metadata};
use dtcheck_abi::{Explanation as GuestExplanation, FactRef, Inconsistency, Reason, Selector};
use serde::Serialize;
use std::sync::Arc;

/// A fact named in a reason, with the value the criterion used.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct FactValue {
    pub key: Arc<str>,
    pub value: serde_json::Value,
}

/// A reason, as data. The variants up to `Prose` are the ABI's vocabulary (`ABI.md`,
/// "Reasons"); the rest are the host's.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, Default)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Why {
    /// A share of a population against a minimum percentage.
    Share {
        met: bool,
        share: serde_json::Value,
        min: serde_json::Value,
        part: Vec<FactValue>,
        total: Vec<FactValue>,
    },
    /// A count against a minimum.
    Count {
        met: bool,
        min: serde_json::Value,
        fact: FactValue,
    },
    /// A yes/no fact that must hold.
    Flag { fact: FactValue },
    /// Every condition must be met.
    All { conditions: Vec<Why> },
    /// One condition is enough.
    Any { conditions: Vec<Why> },
    /// The year is marked `*`.
    StarYear { year: u16 },
    /// The level is "Không áp dụng".
    NotApplicable { level: u8 },
    /// The population is empty: a share of nothing.
    EmptyPopulation { total: Vec<FactValue> },
    /// "nếu có": the thing the criterion is about does not exist.
    IfAny { facts: Vec<FactValue> },
    /// The figures contradict each other.
    Inconsistent {
        rule: InconsistencyRule,
        facts: Vec<FactValue>,
    },
    /// The figures cannot be decided exactly.
    NotExact { facts: Vec<FactValue> },
    /// Facts are absent (or could not be computed, with why); documents may be missing
    /// too.
    MissingFacts {
        facts: Vec<Arc<str>>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        uncomputed: Vec<Uncomputable>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        evidence_missing: Vec<EvidenceMeta>,
    },
    /// A criterion-specific judgement, with its wording from the criterion's metadata.
    Judgement {
        vi: String,
        en: String,
        params: Vec<serde_json::Value>,
    },
    /// The criterion's table has no target for the year or level.
    NoTarget,
    /// A bug in the criterion (English, for maintainers).
    CriterionBug { detail: String },
    /// The module could not read its input (English).
    MalformedInput { detail: String },
    /// A reason in prose, from a module of ABI v1 or v2 (English).
    Prose { text: String },
    /// The figures alone would give `figures_alone`, but required documents are missing.
    MissingEvidence {
        documents: Vec<EvidenceMeta>,
        figures_alone: crate::eval::Outcome,
        figures: Box<Why>,
    },
    /// The module failed or could not be used (English detail: a trap, exhausted fuel,
    /// malformed output, a refused module).
    ModuleFault { detail: String },
    /// No reason: none was asked for (a district's communes), or nothing ran.
    #[default]
    Unexplained,
}

/// How figures contradict each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InconsistencyRule {
    /// A count is negative.
    Negative,
    /// The first figure exceeds the sum of the others.
    Exceeds,
    /// Counts at successive levels are not in order.
    Order,
}

/// Facts the host could not compute, and why.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Uncomputable {
    pub facts: Vec<Arc<str>>,
    pub why: super::Uncomputed,
}

impl Why {
    /// What a module said, its fact indices resolved against the criterion's facts.
    /// `missing` are the absent facts the output named (already resolved).
    /// `selector` is the year or level the module evaluated.
    pub fn from_guest(reason: &GuestExplanation<'_>, meta: &Metadata, selector: Selector) -> Why {
        match reason {
            GuestExplanation::Prose(text) => Why::Prose {
                text: (*text).to_owned(),
            },
            GuestExplanation::Data(r) => Why::from_reason(r, meta, selector),
        }
    }

    fn from_reason(r: &Reason<'_>, meta: &Metadata, selector: Selector) -> Why {
        let facts = |fs: &[FactRef]| fs.iter().map(|f| fact(f, meta)).collect();
        let each = |rs: &[Reason<'_>]| {
            rs.iter()
                .map(|r| Why::from_reason(r, meta, selector))
                .collect()
        };
        match r {
            Reason::None => Why::Unexplained,
            Reason::Share {
                met,
                shown,
                min,
                part,
                total,
            } => Why::Share {
                met: *met,
                share: crate::eval::number_json(*shown),
                min: crate::eval::number_json(*min),
                part: facts(part),
                total: facts(total),
            },
            Reason::Count { met, min, fact: f } => Why::Count {
                met: *met,
                min: crate::eval::number_json(*min),
                fact: fact(f, meta),
            },
            Reason::Flag { fact: index, value } => Why::Flag {
                fact: FactValue {
                    key: key(*index, meta),
                    value: serde_json::Value::Bool(*value),
                },
            },
            Reason::All(rs) => Why::All {
                conditions: each(rs),
            },
            Reason::Any(rs) => Why::Any {
                conditions: each(rs),
            },
            Reason::StarYear => Why::StarYear {
                year: match selector {
                    Selector::Year(y) => y,
                    Selector::Level(_) | Selector::Levels(_) => 0,
                },
            },
            Reason::NotApplicable => Why::NotApplicable {
                level: match selector {
                    Selector::Level(l) => l,
                    Selector::Year(_) | Selector::Levels(_) => 0,
                },
            },
            Reason::EmptyPopulation { total } => Why::EmptyPopulation {
                total: facts(total),
            },
            Reason::IfAny { facts: fs } => Why::IfAny { facts: facts(fs) },
            Reason::Inconsistent { rule, facts: fs } => Why::Inconsistent {
                rule: match rule {
                    Inconsistency::Negative => InconsistencyRule::Negative,
                    Inconsistency::Exceeds => InconsistencyRule::Exceeds,
                    Inconsistency::Order => InconsistencyRule::Order,
                },
                facts: facts(fs),
            },
            Reason::NotExact { facts: fs } => Why::NotExact { facts: facts(fs) },
            // The host fills in the facts from the output's `missing`.
            Reason::MissingFacts => Why::MissingFacts {
                facts: Vec::new(),
                uncomputed: Vec::new(),
                evidence_missing: Vec::new(),
            },
            Reason::Judgement { key, params } => match meta.judgements.get(usize::from(*key)) {
                Some(w) => Why::Judgement {
                    vi: w.vi.clone(),
                    en: w.en.clone(),
                    params: params.iter().map(crate::eval::to_json).collect(),
                },
                None => Why::CriterionBug {
                    detail: format!(
                        "judgement {key} is not among the {} the metadata words",
                        meta.judgements.len()
                    ),
                },
            },
            Reason::NoTarget => Why::NoTarget,
            Reason::Bug(text) => Why::CriterionBug {
                detail: text.to_string(),
            },
            Reason::MalformedInput(text) => Why::MalformedInput {
                detail: text.to_string(),
            },
        }
    }
}

/// A fact index a module named; one outside the declared facts is shown as such
/// rather than dropped (the output is untrusted).
fn key(index: u16, meta: &Metadata) -> Arc<str> {
    meta.facts
        .get(usize::from(index))
        .cloned()
        .unwrap_or_else(|| Arc::from(format!("#{index}?")))
}

fn fact(f: &FactRef, meta: &Metadata) -> FactValue {
    FactValue {
        key: key(f.index, meta),
        value: crate::eval::number_json(f.value),
    }
}
