//! HTML: a set's catalogue as a standalone page.
//!
//! Pages are askama templates (`host/templates/*.html`, compiled in, every value
//! HTML-escaped by the template engine); what they show is prepared here.

use super::target_text;
use crate::policyset::PolicySet;
use askama::Template;
use std::fmt::Write as _;

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

/// The style of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): A4
/// (an annex's table across the page);
/// margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman 13 pt; the
/// annex table's header row repeated on every printed page.
const FORM_STYLE: &str = r#"@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
@page annex { size: A4 landscape; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.3; }
table.cols { width: 100%; border-collapse: collapse; margin-bottom: 10pt; }
table.cols td { vertical-align: top; text-align: center; padding: 0; }
table.cols td.left { width: 40%; }
table.cols td.recipients { text-align: left; font-size: 11pt; }
.b { font-weight: bold; }
.i { font-style: italic; }
.center { text-align: center; }
.title { font-weight: bold; text-align: center; font-size: 14pt; margin: 4pt 0; }
h3 { font-size: 13pt; margin: 10pt 0 4pt; }
p { margin: 4pt 0; text-align: justify; }
p.para { text-indent: 1cm; }
.annex { page-break-before: always; page: annex; }
table.grid { width: 100%; border-collapse: collapse; font-size: 11pt; }
table.grid th, table.grid td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: top; }
table.grid thead { display: table-header-group; }
table.grid tr { page-break-inside: avoid; }
table.grid td.c { text-align: center; }
tr.group td { font-weight: bold; }"#;

use super::escape_markup as esc;

fn lines(out: &mut String, lines: &[super::forms::Line]) {
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        let class = match (l.bold, l.italic) {
            (true, true) => " class=\"b i\"",
            (true, false) => " class=\"b\"",
            (false, true) => " class=\"i\"",
            (false, false) => "",
        };
        let _ = write!(out, "<span{class}>{}</span>", esc(&l.text));
    }
}

/// An official form (`render/forms/`) as an HTML page ready to print on A4.
pub fn document(doc: &super::forms::Document) -> String {
    use super::forms::Block;
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n{FORM_STYLE}\n</style>\n</head>\n<body>\n",
        esc(&doc.title)
    );
    for block in &doc.blocks {
        match block {
            Block::Columns {
                left,
                right,
                recipients,
            } => {
                out.push_str(if *recipients {
                    "<table class=\"cols\"><tr><td class=\"left recipients\">"
                } else {
                    "<table class=\"cols\"><tr><td class=\"left\">"
                });
                lines(&mut out, left);
                out.push_str("</td><td>");
                lines(&mut out, right);
                out.push_str("</td></tr></table>\n");
            }
            Block::Title(t) => {
                let _ = writeln!(out, "<p class=\"title\">{}</p>", esc(t));
            }
            Block::Centered(t) => {
                let _ = writeln!(out, "<p class=\"i center\">{}</p>", esc(t));
            }
            Block::Heading(t) => {
                let _ = writeln!(out, "<h3>{}</h3>", esc(t));
            }
            Block::Plain(t) => {
                let _ = writeln!(out, "<p>{}</p>", esc(t));
            }
            Block::Para(t) => {
                let _ = writeln!(out, "<p class=\"para\">{}</p>", esc(t));
            }
            Block::Strong(t) => {
                let _ = writeln!(out, "<p class=\"para b\">{}</p>", esc(t));
            }
            Block::Note(t) => {
                let _ = writeln!(out, "<p class=\"i\">{}</p>", esc(t));
            }
            Block::Dots => {
                let _ = writeln!(out, "<p>{}</p>", super::forms::DOTS);
            }
            Block::Annex {
                headings,
                subtitle,
                columns,
                rows,
                new_page,
            } => {
                out.push_str(if *new_page {
                    "<div class=\"annex\">\n"
                } else {
                    "<div>\n"
                });
                for h in headings {
                    let _ = writeln!(out, "<p class=\"b center\">{}</p>", esc(h));
                }
                for line in subtitle.lines() {
                    let _ = writeln!(out, "<p class=\"i center\">{}</p>", esc(line));
                }
                out.push_str("<table class=\"grid\">\n<thead><tr>");
                for c in columns.iter() {
                    let _ = write!(out, "<th>{}</th>", esc(&c.header));
                }
                out.push_str("</tr></thead>\n<tbody>\n");
                for r in rows {
                    let cell = |i: usize| r.cells.get(i).map_or("", String::as_str);
                    if r.group {
                        let _ = writeln!(
                            out,
                            "<tr class=\"group\"><td class=\"c\">{}</td><td colspan=\"{}\">{}</td></tr>",
                            esc(cell(0)),
                            columns.len() - 1,
                            esc(cell(1))
                        );
                        continue;
                    }
                    out.push_str("<tr>");
                    for (i, c) in columns.iter().enumerate() {
                        let class = if c.left { "" } else { " class=\"c\"" };
                        let _ = write!(
                            out,
                            "<td{class}>{}</td>",
                            esc(cell(i)).replace('\n', "<br>")
                        );
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n</div>\n");
            }
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}
