//! From criterion outcomes to a locality's verdict: the set-level rules
//! ([`recognition`] for the Thanh Hóa sets, [`levels`] for 2361) and districts computed
//! from their communes ([`rollup`]).

pub mod levels;
pub mod recognition;
pub mod rollup;

pub use levels::{Blocker, LevelStatus, MaturityVerdict};
pub use recognition::{
    CompletionSummary, DtiResult, RecognitionVerdict, Standing, Verdict, recognise,
};
