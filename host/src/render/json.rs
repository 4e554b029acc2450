//! Machine-readable reports. Field order is fixed by the structs, so the same rules and
//! data always give byte-identical JSON.

use crate::aggregate::LocalityResult;
use crate::fast::json_writer as writer;
use crate::policyset::{Metadata, PolicySet, Provenance};
use serde::Serialize;

/// Identity of the rules that produced a report.
#[derive(Debug, Serialize)]
pub struct SetInfo<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub decision: &'a str,
    pub provenance: &'a Provenance,
    /// Each module's criterion and sha256, in set order.
    pub modules: Vec<ModuleInfo<'a>>,
}

#[derive(Debug, Serialize)]
pub struct ModuleInfo<'a> {
    pub criterion: &'a str,
    pub sha256: &'a str,
}

impl<'a> SetInfo<'a> {
    pub fn of(set: &'a PolicySet) -> Self {
        SetInfo {
            id: set.id(),
            title: &set.manifest.title,
            decision: &set.manifest.decision,
            provenance: &set.provenance,
            modules: set
                .manifest
                .modules
                .iter()
                .map(|m| ModuleInfo {
                    criterion: &m.criterion,
                    sha256: &m.sha256,
                })
                .collect(),
        }
    }
}

/// The `evaluate --format json` document, streamed so that a country-sized run never
/// holds every result: [`evaluation_open`], one [`evaluation_item_into`] per locality, then
/// [`evaluation_close`] give the same bytes as pretty-printing
/// `{"policy_set": SetInfo, "localities": [LocalityResult, …]}` at once.
pub fn evaluation_open(set: &PolicySet) -> String {
    let mut info = Vec::new();
    or_empty_object(&mut info, |out| {
        writer::pretty_into(&SetInfo::of(set), 1, out)
    });
    format!(
        "{{\n  \"policy_set\": {},\n  \"localities\": [",
        String::from_utf8_lossy(&info)
    )
}

/// One locality of the streamed document, written into `out` (emptied first; its
/// capacity is what a caller recycling buffers gains).
/// (The item is rendered on its own, e.g. on a worker thread; [`evaluation_separator`]
/// goes before it when it is printed.)
/// Bytes, not a `String`: they go straight to the output, and checking tens of
/// kilobytes of UTF-8 per locality was 3 % of a JSON run (serde_json writes only UTF-8).
pub fn evaluation_item_into(r: &LocalityResult, out: &mut Vec<u8>) {
    or_empty_object(out, |out| writer::pretty_into(r, 2, out));
}

/// `out` emptied, then written by `write`, or `{}` if it fails (serialising our own
/// plain structs does not; an empty object keeps the document valid if it ever did).
pub(super) fn or_empty_object(
    out: &mut Vec<u8>,
    write: impl FnOnce(&mut Vec<u8>) -> Result<(), writer::Error>,
) {
    out.clear();
    if write(out).is_err() {
        out.clear();
        out.extend_from_slice(b"{}");
    }
}

/// What precedes an item: a comma unless it is the first.
pub fn evaluation_separator(first: bool) -> &'static str {
    if first { "\n    " } else { ",\n    " }
}

/// The end of the streamed document; `empty` when no locality was printed.
pub fn evaluation_close(empty: bool) -> String {
    if empty {
        "]\n}\n".into()
    } else {
        "\n  ]\n}\n".into()
    }
}

/// One criterion as `list --format json` shows it.
#[derive(Serialize)]
pub struct CriterionListing<'a> {
    pub id: &'a str,
    pub group: &'a str,
    pub group_name: &'a str,
    pub level_of_government: &'a str,
    pub name: &'a str,
    pub unit: &'a str,
    /// Year (or level) → target as written: number for %, string for text, null for `*`.
    pub targets: serde_json::Map<String, serde_json::Value>,
    pub agency: &'a str,
    pub legal_basis: &'a str,
    pub source: &'a str,
    pub data_source: &'a str,
    pub evidence: &'a [crate::policyset::EvidenceMeta],
    pub facts: &'a [std::sync::Arc<str>],
    pub notes: &'a [String],
}

impl<'a> CriterionListing<'a> {
    pub fn of(m: &'a Metadata) -> Self {
        CriterionListing {
            id: &m.id,
            group: &m.group.id,
            group_name: &m.group.name,
            level_of_government: &m.level_of_government,
            name: &m.name,
            unit: &m.unit,
            targets: m.targets_object(),
            agency: &m.agency,
            legal_basis: &m.legal_basis,
            source: &m.source,
            data_source: &m.data_source,
            evidence: &m.evidence,
            facts: &m.facts,
            notes: &m.notes,
        }
    }
}

pub use crate::to_pretty_json as to_pretty;
