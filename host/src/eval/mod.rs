//! Evaluation: one criterion module × one locality, and a locality against a whole set
//! ([`evaluate_locality`]). Nothing here prints; rendering is `render`'s job.

mod outcome;
mod run;

pub use outcome::{CriterionResult, FactRead, LevelResult, Outcome};
pub use run::{
    CommuneSummary, CommunesSummary, ComputedFacts, EvalOptions, LocalityInput, LocalityResult,
    abi_value, evaluate_localities, evaluate_locality, evaluate_one, standings,
};
