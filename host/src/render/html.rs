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

/// Mẫu số 02 as an HTML page ready to print on A4 (see `templates/mau02.html`).
#[derive(Template)]
#[template(path = "mau02.html")]
struct Mau02Page<'a> {
    authority_above: &'a str,
    authority: &'a str,
    number: &'a str,
    place_date: &'a str,
    title_line: &'a str,
    preamble: &'a str,
    groups: &'a [String],
    dots: &'static str,
    conclusion: &'a str,
    dti_lines: &'a [String],
    verdict: &'a str,
    signer: &'a str,
    annex_place: &'a str,
    annex_date: &'a str,
    rows: &'a [super::forms::AnnexRow],
}

/// Mẫu số 02 (the district's appraisal of a commune, with Phụ lục 02) as HTML.
pub fn mau02(form: &super::forms::Mau02) -> String {
    let page = Mau02Page {
        authority_above: &form.authority_above,
        authority: &form.authority,
        number: &form.number,
        place_date: &form.place_date,
        title_line: &form.title_line,
        preamble: &form.preamble,
        groups: &form.groups,
        dots: super::forms::DOTS,
        conclusion: &form.conclusion,
        dti_lines: &form.dti_lines,
        verdict: form.verdict,
        signer: &form.signer,
        annex_place: &form.annex_place,
        annex_date: &form.annex_date,
        rows: &form.rows,
    };
    page.render().unwrap_or_default()
}
