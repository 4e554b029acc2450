//! Code that exists for speed, and nothing else: each module does what a plainer path
//! does (and what that path would give is the contract), measured to matter, and
//! guarded by a differential test against the plainer path. Change one only with its
//! test and a measurement.
//!
//! | module | does faster what | measured | guarded by |
//! |---|---|---|---|
//! | [`direct_reader`] | reading a dataset through a JSON tree and the JSON Schema validator | the bulk of reading a batch | `fast::direct_reader::tests::what_the_direct_reader_reads_the_full_path_reads_the_same`, `tests/datasets.rs` (every bundled file and edits of them) |
//! | [`json_writer`] | `serde_json`'s serializer, byte for byte | half of rendering a 2361 commune's JSON | `fast::json_writer::tests::values_of_every_kind_are_written_as_serde_json_writes_them`, `…::strings_are_escaped_as_serde_json_escapes_them` |
//! | [`ordered`] | a loop over the items on one core | every batch run on every core | `fast::ordered::tests::results_come_in_order_with_a_fresh_state_per_chunk`, `tests/batch.rs` (a locality alone and in a batch) |

pub mod direct_reader;
pub mod json_writer;
pub mod ordered;
