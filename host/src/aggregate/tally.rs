//! The counts over a run: how many localities, recognised or at each level, and how
//! many criterion evaluations ended in error. The exit code is decided from them, the
//! text report's closing line shows them.

use super::{LocalityResult, Verdict};
use crate::eval::Outcome;

/// Counts over the localities of a run, accumulated locality by locality.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub localities: usize,
    /// Localities under a recognition rule (Thanh Hóa sets), and those recognised.
    pub recognition: usize,
    pub recognised: usize,
    /// Localities under the maturity rule (2361), and how many reached each level 0–5.
    pub maturity: usize,
    pub by_level: [usize; 6],
    /// Criterion evaluations that ended in `error`.
    pub errors: usize,
    /// Localities evaluated but not recognised, or at no level (`--fail-on-unrecognized`).
    pub negative: usize,
    /// Criteria whose outcome differs between the self-assessed and the appraised
    /// figures.
    pub bases_disagree: usize,
}

impl Tally {
    pub fn add(&mut self, r: &LocalityResult) {
        self.localities += 1;
        self.errors += r
            .criteria
            .iter()
            .filter(|c| c.outcome == Outcome::Error)
            .count();
        self.negative += usize::from(!r.verdict.is_positive());
        self.bases_disagree += r.criteria.iter().filter(|c| c.bases_disagree()).count();
        match &r.verdict {
            Verdict::Recognition(v) => {
                self.recognition += 1;
                self.recognised += usize::from(v.recognized);
            }
            Verdict::Maturity(m) => {
                self.maturity += 1;
                if let Some(slot) = self.by_level.get_mut(usize::from(m.level)) {
                    *slot += 1;
                }
            }
        }
    }

    /// The counts of one locality.
    pub fn of(r: &LocalityResult) -> Self {
        let mut t = Tally::default();
        t.add(r);
        t
    }

    /// Adds another tally's counts (e.g. one locality's, made on a worker).
    pub fn merge(&mut self, other: &Tally) {
        self.localities += other.localities;
        self.recognition += other.recognition;
        self.recognised += other.recognised;
        self.maturity += other.maturity;
        self.errors += other.errors;
        self.negative += other.negative;
        self.bases_disagree += other.bases_disagree;
        for (a, b) in self.by_level.iter_mut().zip(other.by_level) {
            *a += b;
        }
    }
}
