//! Evaluation: one criterion module × one locality ([`run`]), and a locality against
//! a whole set ([`evaluate_locality`]). Nothing here prints; rendering is `render`'s job.

mod outcome;
mod run;

pub use outcome::{CriterionResult, FactRead, Outcome};
pub use run::{EvalOptions, LocalityResult, evaluate_criterion, evaluate_locality};
