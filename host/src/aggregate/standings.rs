//! Where each locality stands under a set's rule, without the explanation: what a
//! district needs of its communes.

use super::{Standing, recognise};
use crate::dataset::{Basis, Dataset};
use crate::eval::At;
use crate::policyset::Recognition;

/// Where each of `datasets` stands under `rule`, asking `met(criterion, locality, at)`
/// (criterion: an index into the set's `criteria` of them) no more than the rule
/// needs, and in a fixed order (criterion by criterion, then locality by locality):
///
/// - Thanh Hóa rules: a locality below the rule's DTI threshold needs no criterion,
///   and one stops at its first criterion not met;
/// - 2361: a locality is tried level by level and stops at its first criterion not met
///   at the lowest level not yet reached (a level counts only when every level below
///   it is reached too).
///
/// The result is the verdict's `recognized` or `level`, exactly as `conclude` would
/// give it after evaluating everything.
pub fn standings(
    rule: &Recognition,
    criteria: usize,
    datasets: &[&Dataset],
    basis: Basis,
    mut met: impl FnMut(usize, usize, At) -> bool,
) -> Vec<Standing> {
    let mut close_unmet = |open: &mut [bool], at: At| {
        for c in 0..criteria {
            for (i, open) in open.iter_mut().enumerate() {
                if *open && !met(c, i, at) {
                    *open = false;
                }
            }
        }
    };
    match rule {
        Recognition::MaturityLevels { levels, .. } => {
            let mut open = vec![true; datasets.len()];
            let mut reached = vec![0u8; datasets.len()];
            for name in levels {
                close_unmet(&mut open, At::Level(name.level));
                for (reached, _) in reached.iter_mut().zip(&open).filter(|(_, o)| **o) {
                    *reached = name.level;
                }
            }
            reached.into_iter().map(Standing::Level).collect()
        }
        rule => {
            // The rule's own checks beyond the criteria (the DTI scores): the rule
            // applied to no criterion at all.
            let mut open: Vec<bool> = datasets
                .iter()
                .map(|d| recognise(rule, &mut [], d, basis).is_positive())
                .collect();
            close_unmet(&mut open, At::Main);
            open.into_iter().map(Standing::Recognized).collect()
        }
    }
}
