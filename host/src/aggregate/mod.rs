//! From criterion outcomes to a locality's verdict, with no evaluation of its own:
//! the set-level rules ([`recognition`] for the Thanh Hóa sets, [`levels`] for 2361),
//! the result they conclude ([`result`]), where localities stand with as few answers
//! as the rule needs ([`standings`](mod@standings)), the facts a district's communes determine
//! ([`communes`]), the counts over a run ([`tally`]) and a run at a glance for the
//! reviewer's page ([`overview`]).

pub mod communes;
pub mod levels;
pub mod overview;
pub mod recognition;
pub mod result;
pub mod standings;
pub mod tally;

pub use levels::{Blocker, LevelStatus, MaturityVerdict};
pub use recognition::{
    CompletionSummary, DtiFigure, DtiResult, NotPassed, Noun, RecognitionVerdict, Shortfall,
    Standing, Verdict, recognise,
};
pub use result::{CommuneSummary, CommunesNote, CommunesSummary, LocalityResult, conclude};
pub use standings::standings;
pub use tally::Tally;
