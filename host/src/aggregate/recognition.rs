//! Recognition under the Thanh Hóa rules, and the completion count of the forms.
//!
//! Two different percentages live here and must never be confused (DOMAIN.md §11):
//! the DTI score as a percentage of the index's maximum points (the "≥ 70 %" of the
//! recognition rules), and the share of criteria completed ("tỷ lệ đạt" of Mẫu 02/03).

use super::levels::{MaturityVerdict, maturity};
use crate::dataset::{Basis, Dataset, FactSource, Points};
use crate::eval::{CriterionResult, Outcome};
use crate::policyset::Recognition;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

/// "Đã hoàn thành X/Y chỉ tiêu, tỷ lệ đạt Z %": criteria passed out of those assessed.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct CompletionSummary {
    /// Criteria assessed this year (all but `not_assessed`).
    pub assessed: usize,
    pub passed: usize,
    /// `passed / assessed` in percent, two decimals; null when nothing is assessed.
    pub completion_percent: Option<f64>,
    /// Count of each outcome, in the order of the outcome vocabulary.
    pub outcomes: serde_json::Map<String, serde_json::Value>,
}

impl CompletionSummary {
    pub fn of(criteria: &[CriterionResult]) -> Self {
        let count = |o: Outcome| criteria.iter().filter(|c| c.outcome == o).count();
        let assessed = criteria.len() - count(Outcome::NotAssessed);
        let passed = count(Outcome::Pass);
        let completion_percent =
            (assessed > 0).then(|| (passed as f64 * 10000.0 / assessed as f64).round() / 100.0);
        let outcomes = Outcome::ALL
            .iter()
            .map(|o| (o.keyword().to_string(), count(*o).into()))
            .collect();
        CompletionSummary {
            assessed,
            passed,
            completion_percent,
            outcomes,
        }
    }
}

/// A DTI condition as evaluated.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct DtiResult {
    pub points: f64,
    pub max: f64,
    /// `points / max` in percent, two decimals, for display: rounded, except that a
    /// share just below the minimum is cut (69.999 % shows as 69.99 %, never as the
    /// 70 % it does not reach).
    pub percent: f64,
    pub required_percent: f64,
    /// Decided exactly on the decimals written: points × 100 ≥ minimum × max.
    pub met: bool,
    pub source: FactSource,
}

impl DtiResult {
    fn new(points: Points, max: Points, required_percent: f64, source: FactSource) -> Self {
        let required = exact_percent(required_percent);
        let hundred = Decimal::ONE_HUNDRED;
        // Points and maxima have at most 28 digits: a product that does not fit in a
        // decimal cannot be decided exactly, and is not met (the reason shows the figures).
        let met = match (
            points.exact.checked_mul(hundred),
            required.and_then(|r| r.checked_mul(max.exact)),
        ) {
            (Some(lhs), Some(rhs)) => lhs >= rhs,
            _ => false,
        };
        let percent = points
            .exact
            .checked_mul(hundred)
            .and_then(|p| p.checked_div(max.exact))
            .map(|p| {
                let rounded = p.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
                let contradicts = required.is_some_and(|r| !met && rounded >= r);
                let shown = if contradicts {
                    p.round_dp_with_strategy(2, RoundingStrategy::ToZero)
                } else {
                    rounded
                };
                shown.to_f64().unwrap_or(f64::NAN)
            })
            .unwrap_or(f64::NAN);
        DtiResult {
            points: points.shown,
            max: max.shown,
            percent,
            required_percent,
            met,
            source,
        }
    }
}

/// A percentage written in a manifest (70.0) as the decimal it stands for.
fn exact_percent(p: f64) -> Option<Decimal> {
    p.is_finite()
        .then(|| Decimal::from_str_exact(&p.to_string()).ok())
        .flatten()
}

/// The Thanh Hóa verdict: recognised or not, and why not.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct RecognitionVerdict {
    pub recognized: bool,
    /// Why not, one line per unmet condition in the report's language
    /// (`render::explain::fill`; empty when recognised) ...
    pub recognition_reasons: Vec<String>,
    /// ... and the same as data.
    pub shortfalls: Vec<Shortfall>,
    /// This year's DTI score (appraised or self-assessed per the rule and basis).
    pub dti: Option<DtiResult>,
    /// The previous year's DTI result (district rule only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dti_previous_year: Option<DtiResult>,
}

/// One condition of recognition that a locality does not meet.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Shortfall {
    /// Criteria assessed this year and not passed, each with its outcome, out of the
    /// `assessed` ones.
    Criteria {
        not_passed: Vec<NotPassed>,
        assessed: usize,
        /// The source's word for a criterion (not in the JSON).
        #[serde(skip)]
        noun: Noun,
    },
    /// A DTI figure the rule needs is not in the dataset (at `pointer`).
    DtiMissing {
        figure: DtiFigure,
        required_percent: f64,
        pointer: std::borrow::Cow<'static, str>,
    },
    /// A DTI figure below the rule's minimum.
    DtiBelow {
        figure: DtiFigure,
        result: DtiResult,
    },
}

/// The word a source uses for a criterion: 1829 and its forms say "chỉ tiêu"; the
/// interim district criteria and 2361 say "tiêu chí" (2361 keeps "chỉ tiêu" for a
/// level's target).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Noun {
    #[default]
    ChiTieu,
    TieuChi,
}

impl Noun {
    /// The plural noun in `lang` ("chỉ tiêu", "criteria").
    pub fn word(self, lang: crate::render::Lang) -> &'static str {
        match (self, lang) {
            (Noun::ChiTieu, crate::render::Lang::Vi) => "chỉ tiêu",
            (Noun::TieuChi, crate::render::Lang::Vi) => "tiêu chí",
            (_, crate::render::Lang::En) => "criteria",
        }
    }

    /// The noun of a set's source, from its rule.
    pub fn of(rule: &Recognition) -> Noun {
        match rule {
            Recognition::AllAssessedPassAndDti { .. } => Noun::ChiTieu,
            _ => Noun::TieuChi,
        }
    }
}

/// A criterion that blocks recognition.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct NotPassed {
    pub id: std::sync::Arc<str>,
    pub outcome: Outcome,
}

/// Which DTI figure a recognition rule reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DtiFigure {
    /// This year's index score (appraised or self-assessed per the basis): 1829.
    Score,
    /// This year's self-assessed score: the interim district rule, Article 2.
    SelfAssessedScore,
    /// The previous year's result: the interim district rule.
    PreviousYear,
}

/// A locality's verdict under its set's rule.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Verdict {
    Recognition(RecognitionVerdict),
    Maturity(MaturityVerdict),
}

/// Where a locality stands under its set's rule, without the explanation: what a
/// district needs of its communes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Thanh Hóa rules: recognised or not.
    Recognized(bool),
    /// National framework 2361: the maturity level reached (0: none).
    Level(u8),
}

impl Verdict {
    /// Whether the locality is recognised (Thanh Hóa sets) or reached level 1 at least
    /// (2361): what `--fail-on-unrecognized` gates on.
    pub fn is_positive(&self) -> bool {
        match self {
            Verdict::Recognition(r) => r.recognized,
            Verdict::Maturity(m) => m.level > 0,
        }
    }
}

/// Applies a set's rule. For level-keyed sets it also points each criterion's top-level
/// fields at the level that matters (the next one to reach).
pub fn recognise(
    rule: &Recognition,
    criteria: &mut [CriterionResult],
    d: &Dataset,
    basis: Basis,
) -> Verdict {
    match rule {
        Recognition::AllAssessedPassAndDti {
            dti_min_percent, ..
        } => {
            let mut shortfalls = blocking_criteria(criteria, Noun::of(rule));
            let dti = d
                .dti_points(basis)
                .map(|(p, max, source)| DtiResult::new(p, max, *dti_min_percent, source));
            dti_condition(
                &mut shortfalls,
                DtiFigure::Score,
                &dti,
                *dti_min_percent,
                "/dti",
            );
            recognition(shortfalls, dti, None)
        }
        Recognition::AllPassAndDtiTwoYears {
            dti_min_percent, ..
        } => {
            let mut shortfalls = blocking_criteria(criteria, Noun::of(rule));
            // Article 2 names this year's *self-assessed* score, whatever the basis.
            let this_year = d.dti.as_ref().and_then(|t| {
                t.self_assessed
                    .map(|p| DtiResult::new(p, t.max, *dti_min_percent, FactSource::SelfAssessed))
            });
            let previous = d
                .dti
                .as_ref()
                .and_then(|t| t.previous_year.as_ref())
                .map(|p| DtiResult::new(p.points, p.max, *dti_min_percent, FactSource::Declared));
            dti_condition(
                &mut shortfalls,
                DtiFigure::PreviousYear,
                &previous,
                *dti_min_percent,
                "/dti/previous_year",
            );
            dti_condition(
                &mut shortfalls,
                DtiFigure::SelfAssessedScore,
                &this_year,
                *dti_min_percent,
                "/dti/self_assessed",
            );
            recognition(shortfalls, this_year, previous)
        }
        Recognition::MaturityLevels { levels, .. } => Verdict::Maturity(maturity(levels, criteria)),
    }
}

fn recognition(
    shortfalls: Vec<Shortfall>,
    dti: Option<DtiResult>,
    dti_previous_year: Option<DtiResult>,
) -> Verdict {
    Verdict::Recognition(RecognitionVerdict {
        recognized: shortfalls.is_empty(),
        recognition_reasons: Vec::new(),
        shortfalls,
        dti,
        dti_previous_year,
    })
}

/// The shortfall of a DTI figure, if it is missing or below the minimum.
fn dti_condition(
    shortfalls: &mut Vec<Shortfall>,
    figure: DtiFigure,
    result: &Option<DtiResult>,
    required_percent: f64,
    pointer: &'static str,
) {
    match result {
        None => shortfalls.push(Shortfall::DtiMissing {
            figure,
            required_percent,
            pointer: pointer.into(),
        }),
        Some(r) if !r.met => shortfalls.push(Shortfall::DtiBelow {
            figure,
            result: r.clone(),
        }),
        Some(_) => {}
    }
}

/// The criteria assessed this year and not passed, or nothing.
fn blocking_criteria(criteria: &[CriterionResult], noun: Noun) -> Vec<Shortfall> {
    let not_passed: Vec<NotPassed> = criteria
        .iter()
        .filter(|c| !c.outcome.counts_as_met())
        .map(|c| NotPassed {
            id: c.id.clone(),
            outcome: c.outcome,
        })
        .collect();
    if not_passed.is_empty() {
        return Vec::new();
    }
    vec![Shortfall::Criteria {
        not_passed,
        assessed: criteria
            .iter()
            .filter(|c| c.outcome != Outcome::NotAssessed)
            .count(),
        noun,
    }]
}
