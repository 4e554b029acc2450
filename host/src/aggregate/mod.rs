//! From criterion outcomes to a locality's verdict: the set-level rules.

mod recognition;

pub use recognition::{CompletionSummary, DtiResult, Verdict, recognise};
