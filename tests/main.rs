//! dtcheck's integration tests: one binary, one module per topic.
//!
//! - `cli`: the `dtcheck` executable on the bundled samples (insta snapshots).
//! - `outcomes`: one test per outcome kind, through the library.
//! - `sandbox`: hostile modules (WebAssembly text) that must fail alone.
//! - `authoring`: scaffold, build, test, lint and gate in a scratch workspace.
//! - `batch`: the synthetic-country generator and batch evaluation.
//! - `build`: the committed modules are not stale against their sources.
//! - `revisions`: policy sets at git revisions in scratch repositories, and `diff`.
//! - `datasets`: schema and consistency errors name the file and the JSON pointer.
//! - `bases`: a commune's own figures and the district's appraisal side by side.
//! - `formats`: one snapshot per output format and report, and diagnostics for tools.
//! - `review`: the reviewer's HTML page, against the JSON and in headless Chromium.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code may panic

mod authoring;
mod bases;
mod batch;
mod build;
mod cli;
mod corpus;
mod datasets;
mod districts;
mod formats;
mod forms;
mod levels;
mod outcomes;
mod reports;
mod review;
mod revisions;
mod sandbox;
mod thresholds;
mod util;
