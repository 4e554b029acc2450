//! The policy maintainer's workflow, beside the evaluation pipeline (which it uses and
//! never changes): [`build`] modules from their Rust sources and check committed ones,
//! [`scaffold`] a new set or criterion (`dtcheck new`), run each criterion's
//! [`fixtures`], [`lint`] the sets' metadata, the CI [`gate`] over all of these and the approved expectations, and [`generate`] a
//! synthetic country for batch runs and benchmarks.

pub mod build;
pub mod fixtures;
pub mod gate;
pub mod generate;
pub mod lint;
pub mod scaffold;
