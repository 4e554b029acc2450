//! Recognition under the Thanh Hóa rules, and the completion count of the forms.
//!
//! Two different percentages live here and must never be confused (DOMAIN.md §11):
//! the DTI score as a percentage of the index's maximum points (the "≥ 70 %" of the
//! recognition rule), and the share of criteria completed ("tỷ lệ đạt" of Mẫu 02/03).

use crate::dataset::{Basis, Dataset, FactSource};
use crate::eval::{CriterionResult, Outcome};
use crate::policyset::Recognition;
use serde::Serialize;

/// "Đã hoàn thành X/Y chỉ tiêu, tỷ lệ đạt Z %": criteria passed out of those assessed.
#[derive(Debug, Clone, PartialEq, Serialize)]
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

/// The DTI condition as evaluated.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DtiResult {
    pub points: f64,
    pub max: f64,
    /// `points / max` in percent, two decimals (display only; the test is exact).
    pub percent: f64,
    pub required_percent: f64,
    pub met: bool,
    pub source: FactSource,
}

/// A locality's verdict under its set's rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    pub recognized: bool,
    /// Why not, one line per unmet condition (empty when recognised).
    pub recognition_reasons: Vec<String>,
    pub dti: Option<DtiResult>,
}

/// Applies a set's recognition rule.
pub fn recognise(
    rule: &Recognition,
    criteria: &[CriterionResult],
    d: &Dataset,
    basis: Basis,
) -> Verdict {
    match rule {
        Recognition::AllAssessedPassAndDti {
            dti_min_percent, ..
        } => {
            let mut reasons = Vec::new();
            let blocking: Vec<String> = criteria
                .iter()
                .filter(|c| !c.outcome.counts_as_met())
                .map(|c| format!("{} {}", c.id, c.outcome.keyword()))
                .collect();
            if !blocking.is_empty() {
                reasons.push(format!(
                    "{} of {} criteria assessed this year not passed: {}",
                    blocking.len(),
                    criteria
                        .iter()
                        .filter(|c| c.outcome != Outcome::NotAssessed)
                        .count(),
                    blocking.join(", ")
                ));
            }
            let dti = d.dti_points(basis).map(|(points, max, source)| DtiResult {
                points,
                max,
                percent: (points * 10000.0 / max).round() / 100.0,
                required_percent: *dti_min_percent,
                // Exact: points × 100 ≥ min × max.
                met: points * 100.0 >= dti_min_percent * max,
                source,
            });
            match &dti {
                None => reasons.push(format!(
                    "DTI index score missing: recognition needs at least {dti_min_percent} % of the index's points (`/dti`)"
                )),
                Some(r) if !r.met => reasons.push(format!(
                    "DTI index score {} of {} points = {} % < {} % of the maximum",
                    r.points, r.max, r.percent, r.required_percent
                )),
                Some(_) => {}
            }
            Verdict {
                recognized: reasons.is_empty(),
                recognition_reasons: reasons,
                dti,
            }
        }
    }
}
