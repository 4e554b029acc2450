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
/// The text width of a portrait page, for which the forms' columns are drawn, and of a
/// landscape one, where an annex's table is set (its columns widened in proportion).
const TEXT_W: u32 = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT;
const TEXT_W_LANDSCAPE: u32 = PAGE_H - MARGIN_LEFT - MARGIN_RIGHT;

/// A section's properties: A4 portrait or landscape, the decree's margins, the page
/// number's header; the first page of the document shows no number.
fn section(landscape: bool, first: bool) -> String {
    let (w, h, orient) = if landscape {
        (PAGE_H, PAGE_W, r#" w:orient="landscape""#)
    } else {
        (PAGE_W, PAGE_H, "")
    };
    format!(
        r#"<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:pgSz w:w="{w}" w:h="{h}"{orient}/><w:pgMar w:top="{MARGIN_TOP}" w:right="{MARGIN_RIGHT}" w:bottom="{MARGIN_BOTTOM}" w:left="{MARGIN_LEFT}" w:header="567" w:footer="567" w:gutter="0"/>{}</w:sectPr>"#,
        if first { "<w:titlePg/>" } else { "" }
    )
}

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
    /// Kept on the page of the next paragraph (or table).
    keep_next: bool,
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
    keep_next: false,
    upper: false,
    left: false,
};

use super::escape_markup as esc;

/// One paragraph of one run.
fn p(out: &mut String, text: &str, s: Style) {
    out.push_str("<w:p><w:pPr>");
    if s.keep_next {
        out.push_str("<w:keepNext/>");
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
    // A line break in a cell's text starts a new paragraph of the cell.
    for (text, s) in paragraphs {
        for line in text.split('\n') {
            p(out, line, *s);
        }
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

/// An official form (`render/forms/`) as a DOCX document.
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
    let half = TEXT_W / 2;
    let mut landscape = false;
    // The national motto at 12 pt on one line needs the wider column.
    let (left, right) = (3_700, 2 * half - 3_700);
    for (i, block) in doc.blocks.iter().enumerate() {
        // A heading stays with what follows it, and the last lines before the
        // signature with the signature: a page never starts with a lone signature.
        // So does a criterion's list of documents with its assessment, and the
        // conclusion with its verdict.
        let keep = matches!(block, Block::Heading(_) | Block::Note(_))
            || matches!(
                doc.blocks.get(i + 1),
                Some(
                    Block::Columns {
                        recipients: true,
                        ..
                    } | Block::Strong(_)
                )
            );
        let k = |s: Style| Style {
            keep_next: keep,
            ..s
        };
        match block {
            Block::Columns {
                left: l,
                right: r,
                recipients,
            } => {
                table_start(&mut body, &[left, right], false);
                // On one page: the signature is never parted from its recipients.
                body.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
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
            Block::Title(t) => p(&mut body, t, k(center_b)),
            Block::Centered(t) => p(
                &mut body,
                t,
                k(Style {
                    italic: true,
                    ..center
                }),
            ),
            Block::Heading(t) => p(&mut body, t, k(B)),
            Block::Plain(t) => p(&mut body, t, k(Style::default())),
            Block::Para(t) => p(&mut body, t, k(prose)),
            Block::Strong(t) => p(
                &mut body,
                t,
                k(Style {
                    bold: true,
                    ..prose
                }),
            ),
            Block::Dots => p(&mut body, DOTS, k(Style::default())),
            Block::Note(t) => p(
                &mut body,
                t,
                k(Style {
                    italic: true,
                    ..Style::default()
                }),
            ),
            Block::Annex {
                headings,
                subtitle,
                columns,
                rows,
                new_page,
            } => {
                // An annex starts a landscape section (Nghị định 30/2020 lets a
                // document with tables be set across the page): the portrait section
                // ends here, and the annex's columns are widened to the landscape width.
                if *new_page && !landscape {
                    let _ = write!(body, "<w:p><w:pPr>{}</w:pPr></w:p>", section(false, true));
                    landscape = true;
                }
                let scaled: Vec<Column> = columns
                    .iter()
                    .map(|c| Column {
                        width: if landscape {
                            c.width * TEXT_W_LANDSCAPE / TEXT_W
                        } else {
                            c.width
                        },
                        ..c.clone()
                    })
                    .collect();
                annex(&mut body, headings, subtitle, &scaled, rows);
            }
        }
    }
    body.push_str(&section(landscape, !landscape));
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{body}</w:body></w:document>"#
    );
    package(&document, &doc.title)
}

/// Phụ lục 02: its heading on a new page, then the table, whose header row repeats on
/// every page.
fn annex(body: &mut String, headings: &[String], subtitle: &str, columns: &[Column], rows: &[Row]) {
    let center_b = Style {
        bold: true,
        center: true,
        ..Style::default()
    };
    for h in headings {
        p(body, h, center_b);
    }
    // One paragraph per line of the subtitle.
    for line in subtitle.lines() {
        p(
            body,
            line,
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
        cell(body, c.width, 1, &[(&c.header, head)]);
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
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#;
    const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;
    const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>"#;
    // The page number, centred at the top from the second page on, 13 pt (Nghị định
    // 30/2020/NĐ-CP, Phụ lục I: the first page shows none; `titlePg` in the section).
    const HEADER: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>"#;
    let styles = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="{BODY}"/><w:szCs w:val="{BODY}"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>"#
    );
    let core = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{}</dc:title><dc:creator>dtcheck</dc:creator><dc:language>vi-VN</dc:language></cp:coreProperties>"#,
        esc(title)
    );
    let parts: [(&str, &str); 6] = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/styles.xml", &styles),
        ("word/header1.xml", HEADER),
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
