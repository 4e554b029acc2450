//! HTML: a set's catalogue as a standalone page.
//!
//! Pages are askama templates (`host/templates/*.html`, compiled in, every value
//! HTML-escaped by the template engine); what they show is prepared here.

use super::target_text;
use crate::policyset::PolicySet;
use askama::Template;

#[derive(Template)]
#[template(path = "catalogue.html")]
struct Catalogue<'a> {
    title: &'a str,
    id: &'a str,
    decision: &'a str,
    /// The years or levels the targets are given for.
    keys: Vec<String>,
    rows: Vec<Row<'a>>,
    details: Vec<Detail<'a>>,
}

/// A criterion's line of the table: its targets per key.
struct Row<'a> {
    anchor: String,
    id: &'a str,
    name: &'a str,
    unit: &'a str,
    targets: Vec<String>,
}

/// A criterion's section: where it comes from, its evidence and notes.
struct Detail<'a> {
    id: &'a str,
    name: &'a str,
    about: Vec<(&'static str, &'a str)>,
    evidence: Vec<(&'a str, &'a str)>,
    notes: &'a [String],
}

/// The catalogue as a standalone HTML page (the Markdown structure, rendered simply).
pub fn catalogue(set: &PolicySet) -> String {
    let keys: Vec<String> = set
        .usable()
        .next()
        .map(|u| u.meta.targets.iter().map(|(k, _)| k.clone()).collect())
        .unwrap_or_default();
    let rows = set
        .usable()
        .map(|u| {
            let m = &u.meta;
            Row {
                anchor: super::markdown::anchor(&m.id),
                id: &m.id,
                name: &m.name,
                unit: &m.unit,
                targets: keys
                    .iter()
                    .map(|k| m.target(k).map_or("—".into(), |t| target_text(t, &m.unit)))
                    .collect(),
            }
        })
        .collect();
    let details = set
        .usable()
        .map(|u| {
            let m = &u.meta;
            Detail {
                id: &m.id,
                name: &m.name,
                about: [
                    ("Agency", m.agency.as_str()),
                    ("Legal basis", m.legal_basis.as_str()),
                    ("Method / data source", m.data_source.as_str()),
                    ("Source", m.source.as_str()),
                ]
                .into_iter()
                .filter(|(_, v)| !v.is_empty())
                .collect(),
                evidence: m.evidence.iter().map(|e| (&*e.id, &*e.title)).collect(),
                notes: &m.notes,
            }
        })
        .collect();
    let page = Catalogue {
        title: &set.manifest.title,
        id: set.id(),
        decision: &set.manifest.decision,
        keys,
        rows,
        details,
    };
    // Rendering into a String fails only if a value's Display does.
    page.render().unwrap_or_default()
}
