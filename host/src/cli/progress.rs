//! The progress line of a long run, on stderr.
//!
//! Drawn by indicatif (rate-limited, cleared at the end) and only when stderr is a
//! terminal, the run is long, and diagnostics are for people. What the run prints on
//! stdout goes through [`Progress::print`], which takes the line away while the report
//! is written and draws it again below: when stdout and stderr are the same terminal,
//! the report and the line never run into each other.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// Runs shorter than this many files show no line.
const MIN_FILES: usize = 200;

pub struct Progress(Option<ProgressBar>);

impl Progress {
    pub fn new(total: usize) -> Self {
        let show = total >= MIN_FILES
            && std::io::stderr().is_terminal()
            && crate::diag::format() == crate::diag::ErrorFormat::Human;
        Progress(show.then(|| {
            let bar =
                ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
            if let Ok(style) =
                ProgressStyle::with_template("{pos}/{len} localities {wide_bar} {eta}")
            {
                bar.set_style(style);
            }
            bar
        }))
    }

    /// One more locality done.
    pub fn tick(&self) {
        if let Some(bar) = &self.0 {
            bar.inc(1);
        }
    }

    /// Runs `write` (which prints on stdout) with the line out of the way.
    pub fn print<R>(&self, write: impl FnOnce() -> R) -> R {
        match &self.0 {
            Some(bar) => bar.suspend(write),
            None => write(),
        }
    }

    /// The run is over: the line is cleared.
    pub fn done(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}
