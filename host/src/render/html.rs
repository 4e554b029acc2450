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
    /// The levels of government, in Vietnamese ("xã, huyện").
    levels: String,
    /// The source's word for a criterion: "chỉ tiêu" (1829) or "tiêu chí".
    noun: &'static str,
    count: usize,
    broken: Vec<(&'a str, String)>,
    /// The years or levels the targets are given for ("2024", "Mức độ 1").
    keys: Vec<String>,
    groups: Vec<GroupTable<'a>>,
    details: Vec<Detail<'a>>,
}

/// A group of the source's table ("1 Chính quyền số (xã)") and its criteria.
struct GroupTable<'a> {
    heading: String,
    rows: Vec<Row<'a>>,
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
    anchor: String,
    id: &'a str,
    name: &'a str,
    about: Vec<(&'static str, &'a str)>,
    evidence: Vec<(&'a str, &'a str)>,
    /// Each note as text and `code` spans (the notes are written in Markdown).
    notes: Vec<Vec<(bool, &'a str)>>,
}

/// A note's text and its `code` spans, alternately: the Markdown backticks become
/// `<code>` in the template (every piece still escaped).
fn spans(note: &str) -> Vec<(bool, &str)> {
    note.split('`')
        .enumerate()
        .filter(|(_, s)| !s.is_empty())
        .map(|(i, s)| (i % 2 == 1, s))
        .collect()
}

/// "xã", "huyện" for a level of government.
fn level_word(level: &str) -> &str {
    match level {
        "commune" => "xã",
        "district" => "huyện",
        other => other,
    }
}

/// The catalogue as a standalone HTML page: the Markdown catalogue's structure (groups
/// as in the source), in Vietnamese.
pub fn catalogue(set: &PolicySet) -> String {
    let m = &set.manifest;
    let by_level = matches!(m.schedule, crate::policyset::ScheduleSpec::Level { .. });
    let raw_keys: Vec<String> = set
        .usable()
        .next()
        .map(|u| u.meta.targets.iter().map(|(k, _)| k.clone()).collect())
        .unwrap_or_default();
    let keys = raw_keys
        .iter()
        .map(|k| {
            if by_level {
                format!("Mức độ {k}")
            } else {
                k.clone()
            }
        })
        .collect();
    let mut groups: Vec<GroupTable> = Vec::new();
    let mut current = String::new();
    for u in set.usable() {
        let meta = &u.meta;
        let key = format!("{}|{}", meta.level_of_government, meta.group.id);
        if key != current {
            current = key;
            groups.push(GroupTable {
                heading: format!(
                    "{} {} ({})",
                    meta.group.id,
                    meta.group.name,
                    level_word(&meta.level_of_government)
                ),
                rows: Vec::new(),
            });
        }
        if let Some(g) = groups.last_mut() {
            g.rows.push(Row {
                anchor: super::markdown::anchor(&meta.id),
                id: &meta.id,
                name: &meta.name,
                unit: &meta.unit,
                targets: raw_keys
                    .iter()
                    .map(|k| {
                        meta.target(k)
                            .map_or("—".into(), |t| target_text(t, &meta.unit))
                    })
                    .collect(),
            });
        }
    }
    let details = set
        .usable()
        .map(|u| {
            let meta = &u.meta;
            Detail {
                anchor: super::markdown::anchor(&meta.id),
                id: &meta.id,
                name: &meta.name,
                about: [
                    ("Cơ quan chủ trì", meta.agency.as_str()),
                    ("Căn cứ", meta.legal_basis.as_str()),
                    (
                        "Phương pháp tính / nguồn số liệu",
                        meta.data_source.as_str(),
                    ),
                    ("Trích từ", meta.source.as_str()),
                ]
                .into_iter()
                .filter(|(_, v)| !v.is_empty())
                .collect(),
                evidence: meta.evidence.iter().map(|e| (&*e.id, &*e.title)).collect(),
                notes: meta.notes.iter().map(|n| spans(n)).collect(),
            }
        })
        .collect();
    let page = Catalogue {
        title: &m.title,
        id: set.id(),
        decision: &m.decision,
        levels: m
            .levels_of_government
            .iter()
            .map(|l| level_word(l))
            .collect::<Vec<_>>()
            .join(", "),
        noun: crate::aggregate::Noun::of(&m.recognition).word(super::Lang::Vi),
        count: set.criteria.len(),
        broken: set
            .broken()
            .map(|(id, why)| (id, why.to_string()))
            .collect(),
        keys,
        groups,
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
