//! Newline-delimited JSON (`evaluate --format ndjson`), for streaming consumers: a first
//! line `{"policy_set": …}`, then one compact line per locality.

use super::json::{SetInfo, or_empty_object};
use crate::aggregate::LocalityResult;
use crate::fast::json_writer as writer;
use crate::policyset::PolicySet;
use serde::Serialize;

/// The first line: `{"policy_set": …}`.
pub fn header(set: &PolicySet) -> String {
    #[derive(Serialize)]
    struct Header<'a> {
        policy_set: SetInfo<'a>,
    }
    let header = Header {
        policy_set: SetInfo::of(set),
    };
    let mut line = serde_json::to_string(&header).unwrap_or_else(|_| "{}".into());
    line.push('\n');
    line
}

/// One locality as one compact line of `evaluate --format ndjson`, written into `out`
/// (as [`super::json::evaluation_item_into`]).
pub fn line_into(r: &LocalityResult, out: &mut Vec<u8>) {
    or_empty_object(out, |out| writer::compact_into(r, out));
    out.push(b'\n');
}
