//! Evaluation: criterion modules × localities, giving each locality's criterion
//! results ([`evaluate_localities`]); the verdict is `aggregate`'s. Nothing here
//! prints; rendering is `render`'s job.

pub mod explanation;
mod outcome;
mod run;

pub use explanation::Why;
pub use outcome::{
    Bases, CriterionResult, EvidenceStatus, FactRead, LevelResult, OtherBasis, Outcome,
};
pub use run::{
    Assessed, At, ComputedFacts, EvalOptions, LocalityInput, Probe, Uncomputed, abi_value,
    evaluate_localities, evaluate_locality, evaluate_one,
};
pub(crate) use run::{number_json, to_json};
