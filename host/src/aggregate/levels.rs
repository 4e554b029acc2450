//! Maturity levels (national framework 2361): "Mức độ chuyển đổi số đạt được khi đạt
//! 100% tiêu chí thành phần của mức độ chuyển đổi số tương ứng."
//!
//! A level is reached when every criterion that applies at it is met (`pass`, or
//! `not_assessed` for "Không áp dụng") and every lower level is reached. Level 0 means
//! none is reached, a valid result.

use crate::eval::{CriterionResult, Outcome};
use crate::policyset::LevelName;
use serde::Serialize;
use std::sync::Arc;

/// One rung of the ladder.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct LevelStatus {
    pub level: u8,
    pub name: String,
    pub reached: bool,
    /// Criteria with a target at this level (not "Không áp dụng").
    pub applicable: usize,
    /// Of those, how many are met.
    pub met: usize,
    /// Ids of the applicable criteria not met.
    pub not_met: Vec<Arc<str>>,
}

/// A criterion that blocks the next level, with what it measured against what.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Blocker {
    pub id: Arc<str>,
    pub name: Arc<str>,
    pub outcome: Outcome,
    pub measured: serde_json::Value,
    pub target: serde_json::Value,
    pub unit: Arc<str>,
    /// Why, in the reader's language: the criterion's reason (filled with it).
    pub reason: String,
}

/// The 2361 verdict.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct MaturityVerdict {
    /// The level reached, 0–5 (0 = none).
    pub level: u8,
    pub level_name: Option<String>,
    /// The level above, if any.
    pub next_level: Option<u8>,
    /// Exactly the criteria that keep the next level from being reached.
    pub next_level_blockers: Vec<Blocker>,
    pub ladder: Vec<LevelStatus>,
}

/// Computes the ladder and points each criterion's top-level fields at the next level.
pub fn maturity(names: &[LevelName], criteria: &mut [CriterionResult]) -> MaturityVerdict {
    let name_of = |l: u8| names.iter().find(|n| n.level == l).map(|n| n.name.clone());
    let mut ladder = Vec::new();
    let mut reached_so_far = true;
    let mut level = 0;
    for n in names {
        let mut applicable = 0;
        let mut not_met = Vec::new();
        for c in criteria.iter() {
            let o = outcome_at(c, n.level);
            if o != Outcome::NotAssessed || target_at(c, n.level) {
                applicable += 1;
            }
            if !o.counts_as_met() {
                not_met.push(c.id.clone());
            }
        }
        let reached = reached_so_far && not_met.is_empty();
        if reached {
            level = n.level;
        }
        reached_so_far = reached;
        ladder.push(LevelStatus {
            level: n.level,
            name: n.name.clone(),
            reached,
            applicable,
            met: applicable - not_met.len(),
            not_met,
        });
    }
    let next_level = names.iter().map(|n| n.level).find(|&l| l > level);
    let focus = next_level.unwrap_or(level);
    for c in criteria.iter_mut() {
        c.focus_level(focus);
    }
    let next_level_blockers = match next_level {
        None => Vec::new(),
        Some(_) => criteria
            .iter()
            .filter(|c| !c.outcome.counts_as_met())
            .map(|c| Blocker {
                id: c.id.clone(),
                name: c.name.clone(),
                outcome: c.outcome,
                measured: c.measured.clone(),
                target: c.target.clone(),
                unit: c.unit.clone(),
                reason: String::new(),
            })
            .collect(),
    };
    MaturityVerdict {
        level,
        level_name: name_of(level),
        next_level,
        next_level_blockers,
        ladder,
    }
}

fn outcome_at(c: &CriterionResult, level: u8) -> Outcome {
    c.levels
        .as_ref()
        .and_then(|ls| ls.iter().find(|r| r.level == level))
        .map_or(c.outcome, |r| r.outcome)
}

/// Whether the criterion has a target at this level (a `not_assessed` outcome with a
/// target means "nothing to assess", which is still an applicable criterion).
fn target_at(c: &CriterionResult, level: u8) -> bool {
    c.levels
        .as_ref()
        .and_then(|ls| ls.iter().find(|r| r.level == level))
        .is_some_and(|r| !r.target.is_null())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::LevelResult;

    fn criterion(id: &str, outcomes: [Outcome; 5]) -> CriterionResult {
        let mut c = CriterionResult::empty(id);
        c.levels = Some(
            outcomes
                .iter()
                .enumerate()
                .map(|(i, &outcome)| LevelResult {
                    level: i as u8 + 1,
                    outcome,
                    measured: serde_json::Value::Null,
                    target: if outcome == Outcome::NotAssessed {
                        serde_json::Value::Null
                    } else {
                        50.into()
                    },
                    reason: String::new(),
                    explanation: crate::eval::Why::Unexplained,
                    other_basis: None,
                })
                .collect(),
        );
        c
    }

    fn names() -> Vec<LevelName> {
        ["Khởi động", "Kết nối", "Cơ bản", "Nâng cao", "Toàn diện"]
            .iter()
            .enumerate()
            .map(|(i, n)| LevelName {
                level: i as u8 + 1,
                name: n.to_string(),
            })
            .collect()
    }

    use Outcome::{Fail as F, MissingData as M, NotAssessed as N, Pass as P};

    #[test]
    fn the_level_is_the_highest_contiguous_level_fully_met() {
        let mut cs = vec![
            criterion("a", [P, P, P, F, F]),
            criterion("b", [N, N, P, P, F]),
        ];
        let v = maturity(&names(), &mut cs);
        assert_eq!(v.level, 3);
        assert_eq!(v.next_level, Some(4));
        let blockers: Vec<_> = v.next_level_blockers.iter().map(|b| &*b.id).collect();
        assert_eq!(blockers, vec!["a"]);
        assert_eq!(
            (v.ladder[0].applicable, v.ladder[0].met),
            (1, 1),
            "b is not applicable at level 1"
        );
        // Top-level fields now show level 4.
        assert_eq!(cs[0].outcome, F);
        assert_eq!(cs[1].outcome, P);
    }

    #[test]
    fn a_gap_stops_the_ladder_even_if_higher_levels_are_met() {
        let mut cs = vec![criterion("a", [P, F, P, P, P])];
        let v = maturity(&names(), &mut cs);
        assert_eq!(v.level, 1);
        assert!(
            !v.ladder[2].reached,
            "level 3 is met but level 2 is not reached"
        );
    }

    #[test]
    fn no_level_reached_is_a_valid_result_and_missing_data_blocks() {
        let mut cs = vec![
            criterion("a", [M, M, M, M, M]),
            criterion("b", [P, P, P, P, P]),
        ];
        let v = maturity(&names(), &mut cs);
        assert_eq!(
            (v.level, v.level_name.clone(), v.next_level),
            (0, None, Some(1))
        );
        assert_eq!(v.next_level_blockers.len(), 1);
        assert_eq!(v.next_level_blockers[0].outcome, M);
    }

    #[test]
    fn all_five_levels_reached_leaves_no_blockers() {
        let mut cs = vec![
            criterion("a", [P, P, P, P, P]),
            criterion("b", [N, N, N, N, P]),
        ];
        let v = maturity(&names(), &mut cs);
        assert_eq!((v.level, v.next_level), (5, None));
        assert_eq!(v.level_name.as_deref(), Some("Toàn diện"));
        assert!(v.next_level_blockers.is_empty());
    }
}
