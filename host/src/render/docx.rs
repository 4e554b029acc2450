//! DOCX: the official forms as Word documents an office files and edits.
//!
//! Written as WordprocessingML directly (a zip of a few XML parts), because the layout
//! the state's rules for administrative documents ask for (Nghị định 30/2020/NĐ-CP: A4,
//! margins, Times New Roman, a table's header row repeated on every page) needs parts
//! of the format (`w:tblHeader`) that the Rust DOCX writers do not offer. The bytes are
//! the same for the same form: no clock, fixed entry times, fixed metadata.

use super::forms::{Block, Column, DOTS, Document, Row};
use std::fmt::Write as _;
use std::io::Write as _;

/// A4 in twentieths of a point, and the margins of Nghị định 30/2020 (top and bottom
/// 20 mm, left 30 mm, right 15 mm).
const PAGE_W: u32 = 11_906;
const PAGE_H: u32 = 16_838;
const MARGIN_TOP: u32 = 1_134;
const MARGIN_BOTTOM: u32 = 1_134;
const MARGIN_LEFT: u32 = 1_701;
const MARGIN_RIGHT: u32 = 851;
/// Body text 13 pt, tables 11 pt (half-points).
const BODY: u32 = 26;
const TABLE: u32 = 22;

/// How a paragraph looks.
#[derive(Clone, Copy, Default)]
struct Style {
    bold: bool,
    italic: bool,
    center: bool,
    /// First-line indent (1 cm), as administrative prose is set.
    indent: bool,
    size: Option<u32>,
    page_break_before: bool,
    upper: bool,
    /// Left-aligned (table cells), not justified.
    left: bool,
}

const B: Style = Style {
    bold: true,
    italic: false,
    center: false,
    indent: false,
    size: None,
    page_break_before: false,
    upper: false,
    left: false,
};

use super::escape_markup as esc;

/// One paragraph of one run.
fn p(out: &mut String, text: &str, s: Style) {
    out.push_str("<w:p><w:pPr>");
    if s.page_break_before {
        out.push_str("<w:pageBreakBefore/>");
    }
    out.push_str(r#"<w:spacing w:before="40" w:after="40"/>"#);
    if s.indent {
        out.push_str(r#"<w:ind w:firstLine="567"/>"#);
    }
    out.push_str(if s.center {
        r#"<w:jc w:val="center"/>"#
    } else if s.left {
        r#"<w:jc w:val="left"/>"#
    } else {
        r#"<w:jc w:val="both"/>"#
    });
    out.push_str("</w:pPr>");
    run(out, text, s);
    out.push_str("</w:p>");
}

fn run(out: &mut String, text: &str, s: Style) {
    out.push_str("<w:r><w:rPr>");
    if s.bold {
        out.push_str("<w:b/>");
    }
    if s.italic {
        out.push_str("<w:i/>");
    }
    if s.upper {
        out.push_str("<w:caps/>");
    }
    if let Some(size) = s.size {
        let _ = write!(out, r#"<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>"#);
    }
    let _ = write!(
        out,
        r#"</w:rPr><w:t xml:space="preserve">{}</w:t></w:r>"#,
        esc(text)
    );
}

/// A table cell holding paragraphs; `span` columns wide.
fn cell(out: &mut String, width: u32, span: u32, paragraphs: &[(&str, Style)]) {
    let _ = write!(out, r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>"#);
    if span > 1 {
        let _ = write!(out, r#"<w:gridSpan w:val="{span}"/>"#);
    }
    out.push_str("</w:tcPr>");
    if paragraphs.is_empty() {
        out.push_str("<w:p/>");
    }
    for (text, s) in paragraphs {
        p(out, text, *s);
    }
    out.push_str("</w:tc>");
}

fn table_start(out: &mut String, widths: &[u32], borders: bool) {
    out.push_str("<w:tbl><w:tblPr>");
    let total: u32 = widths.iter().sum();
    let _ = write!(out, r#"<w:tblW w:w="{total}" w:type="dxa"/>"#);
    if borders {
        out.push_str("<w:tblBorders>");
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            let _ = write!(
                out,
                r#"<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#
            );
        }
        out.push_str("</w:tblBorders>");
    }
    out.push_str(r#"<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>"#);
    for w in widths {
        let _ = write!(out, r#"<w:gridCol w:w="{w}"/>"#);
    }
    out.push_str("</w:tblGrid>");
}

/// An official form (`render/forms.rs`) as a DOCX document.
pub fn document(doc: &Document) -> Vec<u8> {
    let mut body = String::new();
    let center = Style {
        center: true,
        ..Style::default()
    };
    let center_b = Style {
        bold: true,
        ..center
    };
    let prose = Style {
        indent: true,
        ..Style::default()
    };
    let half = (PAGE_W - MARGIN_LEFT - MARGIN_RIGHT) / 2;
    // The national motto at 12 pt on one line needs the wider column.
    let (left, right) = (3_700, 2 * half - 3_700);
    for block in &doc.blocks {
        match block {
            Block::Columns {
                left: l,
                right: r,
                recipients,
            } => {
                table_start(&mut body, &[left, right], false);
                body.push_str("<w:tr>");
                for (i, (width, lines)) in [(left, l), (right, r)].into_iter().enumerate() {
                    // Recipients: left-aligned, 11 pt (as the decree sets "Nơi nhận").
                    let listed = *recipients && i == 0;
                    let styled: Vec<(&str, Style)> = lines
                        .iter()
                        .map(|line| {
                            let size = match (listed, line.bold) {
                                (true, true) => 24,
                                (true, false) => 22,
                                (false, true) => 24,
                                (false, false) => 26,
                            };
                            (
                                line.text.as_str(),
                                Style {
                                    bold: line.bold,
                                    italic: line.italic,
                                    size: Some(size),
                                    center: !listed,
                                    left: listed,
                                    ..Style::default()
                                },
                            )
                        })
                        .collect();
                    cell(&mut body, width, 1, &styled);
                }
                body.push_str("</w:tr></w:tbl>");
                p(&mut body, "", Style::default());
            }
            Block::Title(t) => p(&mut body, t, center_b),
            Block::Centered(t) => p(
                &mut body,
                t,
                Style {
                    italic: true,
                    ..center
                },
            ),
            Block::Heading(t) => p(&mut body, t, B),
            Block::Plain(t) => p(&mut body, t, Style::default()),
            Block::Para(t) => p(&mut body, t, prose),
            Block::Strong(t) => p(
                &mut body,
                t,
                Style {
                    bold: true,
                    ..prose
                },
            ),
            Block::Dots => p(&mut body, DOTS, Style::default()),
            Block::Annex {
                headings,
                subtitle,
                columns,
                rows,
                new_page,
            } => annex(&mut body, headings, subtitle, columns, rows, *new_page),
        }
    }
    let _ = write!(
        body,
        r#"<w:sectPr><w:pgSz w:w="{PAGE_W}" w:h="{PAGE_H}"/><w:pgMar w:top="{MARGIN_TOP}" w:right="{MARGIN_RIGHT}" w:bottom="{MARGIN_BOTTOM}" w:left="{MARGIN_LEFT}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>"#
    );
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    package(&document, &doc.title)
}

/// Phụ lục 02: its heading on a new page, then the table, whose header row repeats on
/// every page.
fn annex(
    body: &mut String,
    headings: &[String],
    subtitle: &str,
    columns: &[Column],
    rows: &[Row],
    new_page: bool,
) {
    let center_b = Style {
        bold: true,
        center: true,
        ..Style::default()
    };
    for (i, h) in headings.iter().enumerate() {
        p(
            body,
            h,
            Style {
                page_break_before: new_page && i == 0,
                ..center_b
            },
        );
    }
    if !subtitle.is_empty() {
        p(
            body,
            subtitle,
            Style {
                italic: true,
                center: true,
                ..Style::default()
            },
        );
    }
    let widths: Vec<u32> = columns.iter().map(|c| c.width).collect();
    table_start(body, &widths, true);
    let head = Style {
        bold: true,
        center: true,
        size: Some(TABLE),
        ..Style::default()
    };
    body.push_str(r#"<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"#);
    for c in columns {
        cell(body, c.width, 1, &[(c.header, head)]);
    }
    body.push_str("</w:tr>");
    let text = Style {
        size: Some(TABLE),
        left: true,
        ..Style::default()
    };
    let centered = Style {
        center: true,
        left: false,
        ..text
    };
    for r in rows {
        body.push_str(r#"<w:tr><w:trPr><w:cantSplit/></w:trPr>"#);
        let at = |i: usize| r.cells.get(i).map_or("", String::as_str);
        if r.group {
            cell(
                body,
                widths[0],
                1,
                &[(
                    at(0),
                    Style {
                        bold: true,
                        ..centered
                    },
                )],
            );
            let rest: u32 = widths[1..].iter().sum();
            let span = u32::try_from(widths.len() - 1).unwrap_or(1);
            cell(body, rest, span, &[(at(1), Style { bold: true, ..text })]);
        } else {
            for (i, c) in columns.iter().enumerate() {
                cell(
                    body,
                    c.width,
                    1,
                    &[(at(i), if c.left { text } else { centered })],
                );
            }
        }
        body.push_str("</w:tr>");
    }
    body.push_str("</w:tbl>");
}

/// The parts of a DOCX package around `document`, zipped with fixed entry times.
fn package(document: &str, title: &str) -> Vec<u8> {
    const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#;
    const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;
    const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;
    let styles = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="{BODY}"/><w:szCs w:val="{BODY}"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>"#
    );
    let core = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{}</dc:title><dc:creator>dtcheck</dc:creator><dc:language>vi-VN</dc:language></cp:coreProperties>"#,
        esc(title)
    );
    let parts: [(&str, &str); 5] = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/styles.xml", &styles),
        ("docProps/core.xml", &core),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    // Writing into memory fails only on an impossible zip (too many entries).
    for (name, text) in parts
        .iter()
        .copied()
        .chain(std::iter::once(("word/document.xml", document)))
    {
        if zip.start_file(name, options).is_err() || zip.write_all(text.as_bytes()).is_err() {
            return Vec::new();
        }
    }
    zip.finish().map(|c| c.into_inner()).unwrap_or_default()
}
