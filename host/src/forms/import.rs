//! `dtcheck import`: a filled workbook becomes a dataset document.
//!
//! What is read, sheet by sheet (the layout is `layout.rs`, the lists `spec.rs`):
//! the locality and its DTI points; each figure of the facts sheet (the commune's and
//! the district's columns); each evidence document; and each row-level list, whose rows
//! give the figures it counts (the totals and the counts of "Có"). A list's summary
//! lines, when filled in, must agree with its rows. Everything that is wrong is reported
//! at once, each problem at its sheet and cell; either the whole dataset is produced or
//! nothing is.
//!
//! Personal data stays in the workbook: names, phone numbers, addresses and e-mail
//! addresses are read only to tell a filled cell from a blank one and to find rows that
//! repeat a person or an enterprise; no message, no output and no cache holds them.

use super::book::{Book, Sheet};
use super::cells::{self, Cell, folded};
use super::layout::{self, EVIDENCE, FACTS, LOCALITY};
use super::spec::{Count, FORMS, Form, Kind, Says};
use crate::dataset::DataDictionary;
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::PathBuf;

/// One thing wrong in a workbook: where (sheet and cell, or the sheet) and what.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub at: String,
    pub message: String,
}

/// A workbook that cannot become a dataset, with every problem found.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportError {
    pub file: PathBuf,
    pub problems: Vec<Problem>,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len();
        write!(
            f,
            "{}: {n} problem{}",
            self.file.display(),
            if n == 1 { "" } else { "s" }
        )?;
        for p in &self.problems {
            write!(f, "\n  {}: {}", p.at, p.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for ImportError {}

/// At most this many problems are listed (then "and N more").
const MAX_PROBLEMS: usize = 60;

/// What an import produced: the dataset document and, per counted fact, a line saying
/// where it comes from (for the officer, on stderr).
#[derive(Debug)]
pub struct Imported {
    pub document: Value,
    pub counted: Vec<String>,
}

/// Reads the workbook at `path` (an `.xlsx` file or a directory of CSV files) into a
/// dataset document.
pub fn import_path(
    path: &std::path::Path,
    dictionary: &DataDictionary,
) -> Result<Imported, ImportError> {
    let book = super::book::read(path).map_err(|e| ImportError {
        file: path.to_path_buf(),
        problems: vec![Problem {
            at: "(file)".into(),
            message: e.0,
        }],
    })?;
    import(&book, dictionary)
}

/// The dataset document a workbook holds.
pub fn import(book: &Book, dictionary: &DataDictionary) -> Result<Imported, ImportError> {
    let mut p = Problems::default();
    let (locality, year, dti) = locality(book, &mut p);
    let (mut facts, appraised, fact_cells) = facts(book, dictionary, &mut p);
    let evidence = evidence(book, dictionary, &mut p);
    let mut derived = Map::new();
    let mut counted = Vec::new();
    for form in FORMS {
        let Some(sheet) = book.sheet(form.sheet) else {
            // A list the set needs but the workbook lacks: its figures must be on the
            // facts sheet, or they are missing.
            let needed: Vec<&str> = form
                .derives
                .iter()
                .map(|d| d.fact)
                .filter(|f| fact_cells.contains_key(*f) && !facts.contains_key(*f))
                .collect();
            if !needed.is_empty() {
                p.push(
                    form.sheet,
                    format!(
                        "sheet «{}» is missing: its rows give {} (or write those figures on sheet «{FACTS}»)",
                        form.sheet,
                        needed.join(", ")
                    ),
                );
            }
            continue;
        };
        let Some(list) = read_list(sheet, form, &mut p) else {
            continue;
        };
        if list.rows.is_empty() && !list.confirmed_empty {
            // No rows and no total of 0: the list was not filled in; its figures come
            // from the facts sheet, or are not supplied.
            continue;
        }
        for d in form.derives {
            if dictionary.fact(d.fact).is_none() {
                continue;
            }
            let n = list.count(d.count);
            if let Some(given) = facts.get(d.fact)
                && given.as_u64() != Some(n)
            {
                let cell = fact_cells
                    .get(d.fact)
                    .cloned()
                    .unwrap_or_else(|| FACTS.to_owned());
                p.push(
                        &cell,
                        format!(
                            "`{}` is {given} here but {} gives {n} ({}: {} rows, {n} {}); correct one or leave this cell empty",
                            d.fact,
                            sheet.label,
                            form_name(form),
                            list.rows.len(),
                            d.what
                        ),
                    );
            }
            facts.insert(d.fact.to_owned(), json!(n));
            let mut how = Map::new();
            how.insert("form".into(), json!(form_name(form)));
            how.insert("sheet".into(), json!(sheet.label));
            how.insert("rows".into(), json!(list.rows.len()));
            how.insert("counted".into(), json!(n));
            how.insert("what".into(), json!(d.what));
            how.insert("workbook_sha256".into(), json!(book.sha256));
            derived.insert(d.fact.to_owned(), Value::Object(how));
            counted.push(format!(
                "{}: {} = {n} ({}: {} rows{})",
                sheet.label,
                d.fact,
                form_name(form),
                list.rows.len(),
                if d.count == Count::Rows {
                    String::new()
                } else {
                    format!(", {n} {}", d.what)
                }
            ));
        }
    }
    if !p.0.is_empty() {
        return Err(p.into_error(book));
    }
    let mut doc = Map::new();
    doc.insert("dataset_version".into(), json!(1));
    doc.insert("locality".into(), locality);
    doc.insert("year".into(), year);
    doc.insert("facts".into(), Value::Object(facts.into_iter().collect()));
    if !appraised.is_empty() {
        doc.insert(
            "appraised_facts".into(),
            Value::Object(appraised.into_iter().collect()),
        );
    }
    doc.insert("evidence".into(), Value::Object(evidence));
    if let Some(dti) = dti {
        doc.insert("dti".into(), dti);
    }
    if !derived.is_empty() {
        doc.insert("derived".into(), Value::Object(derived));
    }
    Ok(Imported {
        document: Value::Object(doc),
        counted,
    })
}

/// "Mẫu 3.3".
fn form_name(form: &Form) -> String {
    format!("Mẫu {}", form.id)
}

#[derive(Default)]
struct Problems(Vec<Problem>);

impl Problems {
    fn push(&mut self, at: &str, message: String) {
        self.0.push(Problem {
            at: at.to_owned(),
            message,
        });
    }

    fn into_error(mut self, book: &Book) -> ImportError {
        let n = self.0.len();
        if n > MAX_PROBLEMS {
            self.0.truncate(MAX_PROBLEMS - 1);
            self.0.push(Problem {
                at: "…".into(),
                message: format!("and {} more problems", n - (MAX_PROBLEMS - 1)),
            });
        }
        ImportError {
            file: book.file.clone(),
            problems: self.0,
        }
    }
}

/// The locality sheet: identity, year and DTI points.
fn locality(book: &Book, p: &mut Problems) -> (Value, Value, Option<Value>) {
    let Some(sheet) = book.sheet(LOCALITY) else {
        p.push(
            LOCALITY,
            format!("sheet «{LOCALITY}» is missing: it gives the locality's code, name and year"),
        );
        return (Value::Null, Value::Null, None);
    };
    // Each field: the row whose column A holds its label.
    let mut found: HashMap<&str, usize> = HashMap::new();
    for row in 0..sheet.height() {
        let label = folded(&sheet.get(row, 0).text());
        let label = label.trim_end_matches(':').trim();
        if let Some(f) = layout::LOCALITY_FIELDS
            .iter()
            .find(|f| folded(f.label) == label)
        {
            found.entry(f.key).or_insert(row);
        }
    }
    let text = |key: &str| -> Option<(String, String)> {
        let row = *found.get(key)?;
        let cell = sheet.get(row, 1);
        let at = sheet.at(row, 1);
        match cell {
            Cell::Number(n) if n.fract() == 0.0 => Some((format!("{}", *n as i64), at)),
            c if c.is_blank() => None,
            c => Some((c.text(), at)),
        }
    };
    let mut loc = Map::new();
    for f in layout::LOCALITY_FIELDS.iter().filter(|f| !f.number) {
        match text(f.key) {
            Some((v, at)) => {
                let v = if f.key == "level" {
                    match folded(&v).as_str() {
                        "xa" | "commune" | "phuong" | "thi tran" => "commune".to_owned(),
                        "huyen" | "district" | "thi xa" | "thanh pho" => "district".to_owned(),
                        _ => {
                            p.push(&at, format!("expected «xã» or «huyện», found {v:?}"));
                            continue;
                        }
                    }
                } else {
                    v
                };
                loc.insert(f.key.to_owned(), json!(v));
            }
            None if f.required => {
                let at = found
                    .get(f.key)
                    .map_or_else(|| sheet.label.clone(), |r| sheet.at(*r, 1));
                p.push(&at, format!("«{}» is required", f.label));
            }
            None => {}
        }
    }
    if let Some(Value::String(code)) = loc.get("code")
        && !(3..=5).contains(&code.len())
    {
        let at = found
            .get("code")
            .map_or_else(String::new, |r| sheet.at(*r, 1));
        p.push(
            &at,
            format!("«Mã địa phương» is the administrative code: 5 digits for a commune, 3 for a district (found {code:?})"),
        );
    }
    let number = |key: &str, p: &mut Problems| -> Option<Value> {
        let row = *found.get(key)?;
        let cell = sheet.get(row, 1);
        match cell {
            Cell::Empty => None,
            Cell::Number(n) if *n >= 0.0 => Some(crate::eval::number_json(*n)),
            Cell::Text(t) if t.trim().is_empty() => None,
            Cell::Text(t) => {
                let t = t.trim().replace(',', ".");
                match t.parse::<f64>() {
                    Ok(n) if n >= 0.0 && n.is_finite() => {
                        // As written: "72.1" stays 72.1 (exact decimal points).
                        serde_json::from_str::<Value>(&t)
                            .ok()
                            .or(Some(crate::eval::number_json(n)))
                    }
                    _ => {
                        p.push(
                            &sheet.at(row, 1),
                            format!("expected a number ≥ 0, found {t:?}"),
                        );
                        None
                    }
                }
            }
            _ => {
                p.push(&sheet.at(row, 1), "expected a number ≥ 0".into());
                None
            }
        }
    };
    let year = number("year", p);
    let year = match year.as_ref().and_then(Value::as_u64) {
        Some(y) if (2000..=2100).contains(&y) => json!(y),
        Some(_) | None => {
            if year.is_some() {
                let at = found
                    .get("year")
                    .map_or_else(String::new, |r| sheet.at(*r, 1));
                p.push(&at, "«Năm số liệu» is a year between 2000 and 2100".into());
            }
            Value::Null
        }
    };
    let max = number("dti_max", p);
    let own = number("dti_self", p);
    let appraised = number("dti_appraised", p);
    let previous = number("dti_previous", p);
    let previous_max = number("dti_previous_max", p);
    let any = own.is_some() || appraised.is_some() || previous.is_some();
    let dti = match max {
        Some(max) => {
            let mut d = Map::new();
            d.insert("max".into(), max);
            if let Some(v) = own {
                d.insert("self_assessed".into(), v);
            }
            if let Some(v) = appraised {
                d.insert("appraised".into(), v);
            }
            if let Some(points) = previous {
                match previous_max {
                    Some(m) => {
                        d.insert("previous_year".into(), json!({"points": points, "max": m}));
                    }
                    None => {
                        let at = found
                            .get("dti_previous_max")
                            .map_or_else(|| sheet.label.clone(), |r| sheet.at(*r, 1));
                        p.push(
                            &at,
                            "the previous year's DTI result needs its maximum".into(),
                        );
                    }
                }
            }
            Some(Value::Object(d))
        }
        None if any => {
            let at = found
                .get("dti_max")
                .map_or_else(|| sheet.label.clone(), |r| sheet.at(*r, 1));
            p.push(
                &at,
                "DTI points are given without the index's maximum («Điểm tối đa của Bộ chỉ số DTI»)"
                    .into(),
            );
            None
        }
        None => None,
    };
    (Value::Object(loc), year, dti)
}

/// The facts sheet: each row's key, the commune's figure and the district's.
/// Returns the self-assessed and the appraised figures, and the cell of each fact's
/// self-assessed figure (to name it when it disagrees with a list).
type FactsRead = (
    BTreeMap<String, Value>,
    BTreeMap<String, Value>,
    HashMap<String, String>,
);

fn facts(book: &Book, dictionary: &DataDictionary, p: &mut Problems) -> FactsRead {
    let mut own = BTreeMap::new();
    let mut appraised = BTreeMap::new();
    let mut cells_of = HashMap::new();
    let Some(sheet) = book.sheet(FACTS) else {
        p.push(
            FACTS,
            format!("sheet «{FACTS}» is missing: it gives the figures the criteria read"),
        );
        return (own, appraised, cells_of);
    };
    let Some((header, cols)) = header_row(
        sheet,
        &layout::FACT_HEADERS[..1],
        &[
            layout::FACT_HEADERS[layout::FACT_KEY_COL],
            layout::SELF_ASSESSED,
            layout::APPRAISED,
        ],
        p,
    ) else {
        return (own, appraised, cells_of);
    };
    let (key_col, own_col, appraised_col) = (cols[0], cols[1], cols[2]);
    let mut seen: HashMap<String, usize> = HashMap::new();
    for row in header + 1..sheet.height() {
        let key_cell = sheet.get(row, key_col);
        if key_cell.is_blank() {
            continue;
        }
        let key = key_cell.text();
        let Some(def) = dictionary.fact(&key) else {
            p.push(
                &sheet.at(row, key_col),
                format!("unknown figure {key:?}: the keys are those the template lists (data dictionary)"),
            );
            continue;
        };
        if let Some(first) = seen.insert(key.clone(), row) {
            p.push(
                &sheet.at(row, key_col),
                format!("`{key}` is listed twice (also row {})", first + 1),
            );
            continue;
        }
        cells_of.insert(key.clone(), sheet.at(row, own_col));
        for (col, into) in [(own_col, &mut own), (appraised_col, &mut appraised)] {
            if formula(sheet, row, col, p) {
                continue;
            }
            match value_of(sheet.get(row, col), &def.kind) {
                Ok(Some(v)) => {
                    into.insert(key.clone(), v);
                }
                Ok(None) => {}
                Err(expected) => p.push(&sheet.at(row, col), expected),
            }
        }
    }
    (own, appraised, cells_of)
}

/// A facts-sheet figure of the dictionary's kind; `Ok(None)` for a blank cell (not
/// supplied: blank is never "Không" nor 0 here).
fn value_of(cell: &Cell, kind: &str) -> Result<Option<Value>, String> {
    if cell.is_blank() {
        return Ok(None);
    }
    match kind {
        "boolean" => cells::yes_no(cell)
            .map(|b| Some(json!(b)))
            .map_err(|found| format!("expected Có or Không, found {found}")),
        "integer" => cells::count(cell)
            .map(|n| n.map(|n| json!(n)))
            .map_err(|found| format!("expected a whole number ≥ 0, found {found}")),
        _ => match cell {
            Cell::Number(n) if *n >= 0.0 => Ok(Some(crate::eval::number_json(*n))),
            Cell::Text(t) => {
                let t = t.trim().replace(',', ".");
                match t.parse::<f64>() {
                    Ok(n) if n >= 0.0 && n.is_finite() => Ok(Some(crate::eval::number_json(n))),
                    _ => Err(format!("expected a number ≥ 0, found {t:?}")),
                }
            }
            _ => Err("expected a number ≥ 0".into()),
        },
    }
}

/// The evidence sheet: the document supplied for each evidence id.
fn evidence(book: &Book, dictionary: &DataDictionary, p: &mut Problems) -> Map<String, Value> {
    let mut out = Map::new();
    let Some(sheet) = book.sheet(EVIDENCE) else {
        p.push(
            EVIDENCE,
            format!("sheet «{EVIDENCE}» is missing: it lists the evidence documents"),
        );
        return out;
    };
    let h = layout::EVIDENCE_HEADERS;
    let wanted = [
        h[layout::EVIDENCE_ID_COL],
        h[layout::EVIDENCE_TITLE_COL],
        h[layout::EVIDENCE_REFERENCE_COL],
        h[layout::EVIDENCE_ISSUED_COL],
        h[layout::EVIDENCE_URL_COL],
    ];
    let Some((header, cols)) = header_row(sheet, &h[..1], &wanted, p) else {
        return out;
    };
    for row in header + 1..sheet.height() {
        let id_cell = sheet.get(row, cols[0]);
        if id_cell.is_blank() {
            continue;
        }
        let id = id_cell.text();
        if !dictionary.has_evidence(&id) {
            p.push(
                &sheet.at(row, cols[0]),
                format!("unknown evidence document {id:?}: the ids are those the template lists"),
            );
            continue;
        }
        let field = |i: usize| {
            let cell = sheet.get(row, cols[i]);
            match cell {
                Cell::Date(d) => Some(cells::iso_date(*d)),
                c if c.is_blank() => None,
                c => Some(c.text()),
            }
        };
        let (title, reference, issued, url) = (field(1), field(2), field(3), field(4));
        let Some(title) = title else {
            if reference.is_some() || issued.is_some() || url.is_some() {
                p.push(
                    &sheet.at(row, cols[1]),
                    "the document's title («Tên văn bản») is required when its number, date or link is given".into(),
                );
            }
            continue;
        };
        // Several documents for one requirement, on several rows: one entry, each
        // field joined with «; ».
        if let Some(Value::Object(doc)) = out.get_mut(&id) {
            let mut join = |field: &str, value: Option<String>| {
                if let Some(v) = value {
                    let joined = match doc.get(field).and_then(Value::as_str) {
                        Some(before) => format!("{before}; {v}"),
                        None => v,
                    };
                    doc.insert(field.into(), json!(joined));
                }
            };
            join("title", Some(title));
            join("reference", reference);
            join("url", url);
            if let Some(i) = issued {
                // The latest document's date.
                let i = cells::date_text(&i);
                let later = doc
                    .get("issued")
                    .and_then(Value::as_str)
                    .is_none_or(|before| i.as_str() > before);
                if later {
                    doc.insert("issued".into(), json!(i));
                }
            }
            continue;
        }
        let mut doc = Map::new();
        doc.insert("title".into(), json!(title));
        if let Some(r) = reference {
            doc.insert("reference".into(), json!(r));
        }
        if let Some(u) = url {
            doc.insert("url".into(), json!(u));
        }
        if let Some(i) = issued {
            doc.insert("issued".into(), json!(cells::date_text(&i)));
        }
        out.insert(id, Value::Object(doc));
    }
    out
}

/// Finds the header row of a fixed sheet (the first of the first 15 rows whose cells
/// include `first`), then the column of each of `wanted`; a missing header is a
/// problem naming the header expected.
fn header_row(
    sheet: &Sheet,
    first: &[&str],
    wanted: &[&str],
    p: &mut Problems,
) -> Option<(usize, Vec<usize>)> {
    let is = |row: usize, col: usize, h: &str| folded(&sheet.get(row, col).text()) == folded(h);
    let width = sheet.width();
    let Some(row) = (0..sheet.height().min(15))
        .find(|&r| first.iter().all(|h| (0..width).any(|c| is(r, c, h))))
    else {
        p.push(
            &sheet.label,
            format!(
                "the header row is missing (expected the headers {})",
                quoted(wanted)
            ),
        );
        return None;
    };
    let mut cols = Vec::new();
    for h in wanted {
        match (0..width).find(|&c| is(row, c, h)) {
            Some(c) => cols.push(c),
            None => {
                p.push(
                    &format!("{}!{}", sheet.label, row + 1),
                    format!(
                        "no column «{h}» in the header row (expected {})",
                        quoted(wanted)
                    ),
                );
                return None;
            }
        }
    }
    Some((row, cols))
}

fn quoted(headers: &[&str]) -> String {
    headers
        .iter()
        .map(|h| format!("«{h}»"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A formula where a value is expected: reported (dtcheck does not compute formulas,
/// and a file saved without its computed values would read as empty).
fn formula(sheet: &Sheet, row: usize, col: usize, p: &mut Problems) -> bool {
    if sheet.formulas.contains(&(row, col)) {
        p.push(
            &sheet.at(row, col),
            "holds a formula: type the value itself (copy, then paste as values)".into(),
        );
        return true;
    }
    false
}

/// A list as read: its data rows (0-based row numbers) and, per column, the rows that
/// say yes.
struct List {
    rows: Vec<usize>,
    yes: Vec<Vec<bool>>,
    /// No rows, and the total line says 0: the list is empty, not unfilled.
    confirmed_empty: bool,
}

impl List {
    fn count(&self, c: Count) -> u64 {
        let yes = |col: usize, i: usize| {
            self.yes
                .get(col)
                .and_then(|v| v.get(i))
                .copied()
                .unwrap_or(false)
        };
        (0..self.rows.len())
            .filter(|&i| match c {
                Count::Rows => true,
                Count::Yes(a) => yes(a, i),
                Count::Both(a, b) => yes(a, i) && yes(b, i),
            })
            .count() as u64
    }
}

/// Reads a row-level list: finds its headers, reads its rows, checks its summary lines.
fn read_list(sheet: &Sheet, form: &Form, p: &mut Problems) -> Option<List> {
    let grouped = form.columns.iter().any(|c| c.group.is_some());
    let width = sheet.width().max(form.columns.len());
    let text_at = |r: usize, c: usize| folded(&sheet.get(r, c).text());
    // The header row: the first row (of the first 15) holding the list's first
    // non-number header; for a grouped list, its sub-headers are on the next row.
    let probe = form
        .columns
        .iter()
        .find(|c| c.kind != Kind::RowNumber && c.group.is_none())
        .map_or("", |c| c.header);
    let Some(top) =
        (0..sheet.height().min(15)).find(|&r| (0..width).any(|c| text_at(r, c) == folded(probe)))
    else {
        p.push(
            &sheet.label,
            format!(
                "the list's header row is missing (expected the headers of {}: {})",
                form_name(form),
                quoted(&form.columns.iter().map(|c| c.header).collect::<Vec<_>>())
            ),
        );
        return None;
    };
    let sub = if grouped { top + 1 } else { top };
    // Each column of the form, found by its header (a grouped column's on the row
    // below its group's).
    let mut cols = Vec::with_capacity(form.columns.len());
    let mut missing = false;
    for c in form.columns {
        let row = if c.group.is_some() { sub } else { top };
        match (0..width).find(|&k| text_at(row, k) == folded(c.header) && !cols.contains(&k)) {
            Some(k) => cols.push(k),
            None => {
                missing = true;
                p.push(
                    &format!("{}!{}", sheet.label, row + 1),
                    format!(
                        "no column «{}»{} (the headers of {}, in order: {})",
                        c.header,
                        c.group.map_or(String::new(), |g| format!(" under «{g}»")),
                        form_name(form),
                        quoted(&form.columns.iter().map(|c| c.header).collect::<Vec<_>>())
                    ),
                );
            }
        }
    }
    // Headers that are none of the form's.
    for k in 0..width {
        let known = |row: usize| {
            let t = text_at(row, k);
            t.is_empty()
                || form
                    .columns
                    .iter()
                    .any(|c| folded(c.header) == t || c.group.is_some_and(|g| folded(g) == t))
        };
        if !known(top) || (grouped && !known(sub)) {
            let row = if known(top) { sub } else { top };
            p.push(
                &sheet.at(row, k),
                format!(
                    "unknown column {:?}: {} has the columns {}",
                    sheet.get(row, k).text(),
                    form_name(form),
                    quoted(&form.columns.iter().map(|c| c.header).collect::<Vec<_>>())
                ),
            );
            missing = true;
        }
    }
    if missing {
        return None;
    }
    let summary_labels: Vec<String> = form.summary.iter().map(|s| folded(s.label)).collect();
    let is_summary = |row: usize| -> Option<String> {
        let first = (0..width)
            .map(|k| text_at(row, k))
            .find(|t| !t.is_empty())?;
        let first = first.trim_start_matches(['-', '•', ' ']).to_owned();
        (first.starts_with("tong cong")
            || summary_labels.iter().any(|l| first.starts_with(l.as_str())))
        .then_some(first)
    };
    let mut list = List {
        rows: Vec::new(),
        yes: vec![Vec::new(); form.columns.len()],
        confirmed_empty: false,
    };
    let mut identities: HashMap<u64, usize> = HashMap::new();
    let mut end = sheet.height();
    for row in sub + 1..sheet.height() {
        if is_summary(row).is_some() {
            end = row;
            break;
        }
        let blank = form
            .columns
            .iter()
            .zip(&cols)
            .all(|(c, &k)| c.kind == Kind::RowNumber || sheet.get(row, k).is_blank());
        if blank {
            continue;
        }
        let mut row_ok = true;
        for (i, (c, &k)) in form.columns.iter().zip(&cols).enumerate() {
            if let Some((r0, c0, r1, c1)) = sheet.merged_at(row, k)
                && (r0, c0) != (r1, c1)
            {
                p.push(
                    &sheet.at(row, k),
                    format!(
                        "merged cells ({}:{}) in the list: one row is one {}, each cell on its own (unmerge them)",
                        cells::a1(r0, c0),
                        cells::a1(r1, c1),
                        unit_of(form)
                    ),
                );
                row_ok = false;
                break;
            }
            // The row number is never read: numbering by formula (=ROW()-3) is fine.
            if c.kind != Kind::RowNumber && formula(sheet, row, k, p) {
                row_ok = false;
                continue;
            }
            let yes = match c.kind {
                Kind::YesNo => match cells::yes_no(sheet.get(row, k)) {
                    Ok(b) => b,
                    Err(found) => {
                        p.push(
                            &sheet.at(row, k),
                            format!(
                                "expected Có or Không (or x, or blank for Không), found {found}"
                            ),
                        );
                        row_ok = false;
                        false
                    }
                },
                // An address filled in means yes; «Không», «chưa có», «-» … mean no.
                Kind::FilledMeansYes => {
                    let cell = sheet.get(row, k);
                    let said = folded(&cell.text());
                    !(cell.is_blank()
                        || cells::NO.contains(&said.as_str())
                        || said.starts_with("chua"))
                }
                _ => false,
            };
            list.yes[i].push(yes);
        }
        if !row_ok {
            // Keep the columns aligned with the rows counted.
            for v in &mut list.yes {
                v.truncate(list.rows.len());
            }
            continue;
        }
        // Both(a, b): b says yes only where a does (a security app needs a phone).
        for s in form.summary {
            if let Says::Percent(Count::Both(a, b), _) = s.says {
                let i = list.rows.len();
                if list.yes[b].get(i) == Some(&true) && list.yes[a].get(i) != Some(&true) {
                    p.push(
                        &sheet.at(row, cols[b]),
                        format!(
                            "«{}» is Có but «{}» is not: inconsistent row",
                            form.columns[b].header, form.columns[a].header
                        ),
                    );
                }
            }
        }
        // Rows that repeat a person or an enterprise (compared in memory, never shown).
        let id_cols: Vec<usize> = form
            .columns
            .iter()
            .zip(&cols)
            .filter(|(c, _)| c.identifies)
            .map(|(_, &k)| k)
            .collect();
        if !id_cols.is_empty() && id_cols.iter().all(|&k| !sheet.get(row, k).is_blank()) {
            use std::hash::{Hash, Hasher};
            let mut h = std::collections::hash_map::DefaultHasher::new();
            for &k in &id_cols {
                folded(&sheet.get(row, k).text()).hash(&mut h);
            }
            if let Some(first) = identities.insert(h.finish(), row) {
                p.push(
                    &sheet.at(row, id_cols[0]),
                    format!(
                        "row {} repeats row {} (same {}): each {} is listed once",
                        row + 1,
                        first + 1,
                        quoted(
                            &form
                                .columns
                                .iter()
                                .filter(|c| c.identifies)
                                .map(|c| c.header)
                                .collect::<Vec<_>>()
                        ),
                        unit_of(form)
                    ),
                );
            }
        }
        list.rows.push(row);
    }
    summary_lines(sheet, form, &cols, &mut list, end, &is_summary, p);
    // A list row typed below the summary lines would not be counted: said so.
    for row in end..sheet.height() {
        if is_summary(row).is_some() {
            continue;
        }
        let filled = |c: &super::spec::Column, k: usize| {
            c.kind != Kind::RowNumber && !sheet.get(row, k).is_blank()
        };
        let answers = form
            .columns
            .iter()
            .zip(&cols)
            .any(|(c, &k)| c.kind == Kind::YesNo && filled(c, k));
        let identified = form.columns.iter().any(|c| c.identifies)
            && form
                .columns
                .iter()
                .zip(&cols)
                .filter(|(c, _)| c.identifies)
                .all(|(c, &k)| filled(c, k));
        if answers || identified {
            p.push(
                &sheet.at(row, 0),
                format!(
                    "row {} is below the summary lines and is not counted: insert the rows of the list above «{}»",
                    row + 1,
                    form.summary.first().map_or("Tổng cộng", |s| s.label)
                ),
            );
        }
    }
    Some(list)
}

/// What one row of a list is ("người", "doanh nghiệp", "điểm").
fn unit_of(form: &Form) -> &'static str {
    match form.id {
        "2.5" | "2.6" => "doanh nghiệp",
        "4.5" => "điểm",
        "4.1" => "dòng",
        _ => "người",
    }
}

/// The lines under a list, from row `start`: the "Tổng cộng" row (its counts under the
/// yes/no columns) and each summary line, checked against the rows when filled in.
fn summary_lines(
    sheet: &Sheet,
    form: &Form,
    cols: &[usize],
    list: &mut List,
    start: usize,
    is_summary: &dyn Fn(usize) -> Option<String>,
    p: &mut Problems,
) {
    let span = match (list.rows.first(), list.rows.last()) {
        (Some(a), Some(b)) => format!("rows {}–{}", a + 1, b + 1),
        _ => "no rows".into(),
    };
    for row in start..sheet.height() {
        let Some(label) = is_summary(row) else {
            continue;
        };
        if label.starts_with("tong cong") {
            for (i, (c, &k)) in form.columns.iter().zip(cols).enumerate() {
                if !matches!(c.kind, Kind::YesNo | Kind::FilledMeansYes) {
                    continue;
                }
                if let Ok(Some(n)) = cells::count(sheet.get(row, k)) {
                    let want = list.count(Count::Yes(i));
                    if n != want {
                        p.push(
                            &sheet.at(row, k),
                            format!(
                                "«Tổng cộng» says {n} for «{}» but the list has {want} ({span})",
                                c.header
                            ),
                        );
                    }
                }
            }
            continue;
        }
        let Some(s) = form
            .summary
            .iter()
            .find(|s| label.starts_with(&folded(s.label)))
        else {
            continue;
        };
        // The value: after the colon in the same cell, or the next filled cell.
        let (value, at) = summary_value(sheet, row);
        let Some(value) = value else { continue };
        match s.says {
            Says::Count(c) => {
                let Some(n) = first_number(&value) else {
                    continue;
                };
                let want = list.count(c);
                if list.rows.is_empty() && n == 0 && c == Count::Rows {
                    list.confirmed_empty = true;
                } else if n != want {
                    p.push(
                        &at,
                        format!("«{}» says {n} but the list has {want} ({span})", s.label),
                    );
                }
            }
            Says::Percent(a, b) => {
                let cleaned = value.trim().trim_end_matches('%').trim().to_owned();
                if !cleaned.chars().any(|c| c.is_ascii_digit()) {
                    continue;
                }
                match cells::percent(&Cell::Text(cleaned.clone())) {
                    Ok(Some(w)) => {
                        let (part, whole) = (list.count(a), list.count(b));
                        // A cell formatted as a percentage holds the fraction: 100 % is
                        // stored as 1, which reads as "1" here.
                        let fraction = w.0 <= 10u128.pow(w.1)
                            && cells::states_share((w.0 * 100, w.1), part, whole);
                        if !cells::states_share(w, part, whole) && !fraction {
                            p.push(
                                &at,
                                format!(
                                    "«{}» says {cleaned}% but the list gives {part}/{whole} ({span})",
                                    s.label
                                ),
                            );
                        }
                    }
                    Ok(None) => {}
                    Err(found) => p.push(&at, format!("expected a percentage, found {found}")),
                }
            }
        }
    }
}

/// The value of a summary line: the text after its label's colon when the label cell
/// holds it ("Tổng số CBCC của cơ quan: 22 người"), else the next filled cell to the
/// right; with the cell it was read from.
fn summary_value(sheet: &Sheet, row: usize) -> (Option<String>, String) {
    let width = sheet.width();
    let Some(label_col) = (0..width).find(|&k| !sheet.get(row, k).is_blank()) else {
        return (None, sheet.at(row, 0));
    };
    let label = sheet.get(row, label_col).text();
    if let Some((_, after)) = label.split_once(':') {
        let after = after.trim().trim_matches('.').trim();
        if after.chars().any(|c| c.is_ascii_digit()) {
            return (Some(after.to_owned()), sheet.at(row, label_col));
        }
    }
    for k in label_col + 1..width {
        let cell = sheet.get(row, k);
        if !cell.is_blank() {
            let text = match cell {
                // A cell formatted as a percentage holds the fraction.
                Cell::Number(n) if *n <= 1.0 && *n > 0.0 && n.fract() != 0.0 => {
                    format!("{}", n * 100.0)
                }
                c => c.text(),
            };
            return (Some(text), sheet.at(row, k));
        }
    }
    (None, sheet.at(row, label_col))
}

/// The first whole number in a text ("22 người" → 22, "4.890" → 4890).
fn first_number(t: &str) -> Option<u64> {
    let start = t.find(|c: char| c.is_ascii_digit())?;
    let digits: String = t[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',' || *c == ' ')
        .collect();
    cells::count(&Cell::Text(
        digits.trim().trim_end_matches(['.', ',']).to_owned(),
    ))
    .ok()
    .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    /// Each problem as `where: what`.
    fn texts(p: &Problems) -> Vec<String> {
        p.0.iter()
            .map(|x| format!("{}: {}", x.at, x.message))
            .collect()
    }

    fn sheet_33(rows: Vec<Vec<Cell>>) -> Sheet {
        let mut all = vec![
            vec![t("Mẫu 3.3. …")],
            vec![],
            vec![
                t("TT"),
                t("Họ và tên"),
                t("Số điện thoại liên hệ"),
                t("Có điện thoại thông minh"),
                t("Có cài đặt PM ATTT"),
                t("Có chữ ký số"),
                t("Có sử dụng dịch vụ công trực tuyến"),
                t("Ghi chú"),
            ],
        ];
        all.extend(rows);
        Sheet::new("Mẫu 3.3", "Mẫu 3.3", all)
    }

    fn form_33() -> &'static Form {
        FORMS.iter().find(|f| f.id == "3.3").unwrap()
    }

    fn person(n: usize, phone: bool, app: bool) -> Vec<Cell> {
        vec![
            Cell::Number(n as f64),
            t(&format!("Người {n}")),
            t(&format!("09{n:08}")),
            t(if phone { "Có" } else { "Không" }),
            t(if app { "x" } else { "" }),
            Cell::Empty,
            t("có"),
        ]
    }

    #[test]
    fn a_list_counts_its_rows_and_yes_answers() {
        let s = sheet_33(vec![
            person(1, true, true),
            person(2, true, false),
            vec![],
            person(3, false, false),
        ]);
        let mut p = Problems::default();
        let list = read_list(&s, form_33(), &mut p).unwrap();
        assert!(p.0.is_empty(), "{:?}", p.0);
        assert_eq!(list.count(Count::Rows), 3);
        assert_eq!(list.count(Count::Yes(3)), 2);
        assert_eq!(list.count(Count::Both(3, 4)), 1);
        assert_eq!(list.count(Count::Yes(6)), 3);
    }

    #[test]
    fn summary_lines_must_agree_and_errors_never_quote_personal_data() {
        let mut rows = vec![
            person(1, true, true),
            person(2, true, false),
            person(1, true, true),
        ];
        rows.push(vec![Cell::Empty, t("Tổng dân số trưởng thành: 4 người")]);
        rows.push(vec![
            Cell::Empty,
            t("Tỷ lệ dân số trưởng thành có điện thoại thông minh:"),
            Cell::Number(1.0),
        ]);
        let s = sheet_33(rows);
        let mut p = Problems::default();
        read_list(&s, form_33(), &mut p);
        let text = texts(&p);
        assert!(
            text.iter()
                .any(|m| m.starts_with("Mẫu 3.3!B6: row 6 repeats row 4")),
            "{text:?}"
        );
        assert!(
            text.iter().any(|m| m
                .starts_with("Mẫu 3.3!B7: «Tổng dân số trưởng thành» says 4 but the list has 3")),
            "{text:?}"
        );
        assert!(
            !text
                .iter()
                .any(|m| m.contains("Người 1") || m.contains("0900000001")),
            "{text:?}"
        );
        // 100 % of 3 with a smartphone (written as the fraction 1, as a cell formatted as a
        // percentage stores it): agrees.
        assert!(
            !text
                .iter()
                .any(|m| m.contains("điện thoại thông minh» says")),
            "{text:?}"
        );
    }

    #[test]
    fn a_wrong_yes_no_and_an_app_without_a_phone_are_located() {
        let mut bad = person(2, true, false);
        bad[5] = t("có lẽ");
        let s = sheet_33(vec![person(1, false, true), bad]);
        let mut p = Problems::default();
        read_list(&s, form_33(), &mut p);
        let at: Vec<&str> = p.0.iter().map(|x| x.at.as_str()).collect();
        assert_eq!(at, ["Mẫu 3.3!E4", "Mẫu 3.3!F5"], "{:?}", p.0);
    }

    #[test]
    fn an_empty_list_counts_zero_only_when_its_total_says_so() {
        let s = sheet_33(vec![vec![
            Cell::Empty,
            t("Tổng dân số trưởng thành:"),
            Cell::Number(0.0),
        ]]);
        let mut p = Problems::default();
        assert!(read_list(&s, form_33(), &mut p).unwrap().confirmed_empty);
        let s = sheet_33(vec![vec![
            Cell::Empty,
            t("Tổng dân số trưởng thành: …… người"),
        ]]);
        assert!(!read_list(&s, form_33(), &mut p).unwrap().confirmed_empty);
        assert!(p.0.is_empty(), "{:?}", p.0);
    }

    #[test]
    fn a_mailbox_written_as_no_is_no_a_numbering_formula_is_fine_and_rows_below_the_totals_are_refused()
     {
        let header = vec![
            t("STT"),
            t("Họ tên"),
            t("Chức vụ"),
            t("Có máy tính làm việc"),
            t("Hộp thư điện tử công vụ (ghi địa chỉ hộp thư)"),
            t("Ghi chú"),
        ];
        let official = |n: usize, mail: &str| {
            vec![
                Cell::Number(n as f64),
                t(&format!("Cán bộ {n}")),
                t("Công chức"),
                t("Có"),
                t(mail),
            ]
        };
        let rows = vec![
            vec![t("Mẫu 1.4. …")],
            vec![],
            header,
            official(1, "a@thanhhoa.gov.vn"),
            official(2, "Không"),
            official(3, "chưa cấp"),
            vec![Cell::Empty, t("Tổng số CBCC của cơ quan: 3 người")],
            official(4, "d@thanhhoa.gov.vn"),
        ];
        let mut s = Sheet::new("Mẫu 1.4", "Mẫu 1.4", rows);
        s.formulas.insert((4, 0));
        let form = FORMS.iter().find(|f| f.id == "1.4").unwrap();
        let mut p = Problems::default();
        let list = read_list(&s, form, &mut p).unwrap();
        assert_eq!(list.count(Count::Rows), 3);
        assert_eq!(list.count(Count::Yes(4)), 1);
        let text = texts(&p);
        assert_eq!(
            text,
            [
                "Mẫu 1.4!A8: row 8 is below the summary lines and is not counted: insert the rows of the list above «Tổng số CBCC của cơ quan»"
            ]
        );
    }

    #[test]
    fn unknown_and_missing_columns_name_the_expected_headers() {
        let mut s = sheet_33(vec![]);
        s = Sheet::new("Mẫu 3.3", "Mẫu 3.3", {
            let mut rows: Vec<Vec<Cell>> = (0..s.height())
                .map(|r| (0..8).map(|c| s.get(r, c).clone()).collect())
                .collect();
            rows[2][5] = t("Chữ ký điện tử");
            rows
        });
        let mut p = Problems::default();
        assert!(read_list(&s, form_33(), &mut p).is_none());
        let text = texts(&p);
        assert!(
            text.iter()
                .any(|m| m.starts_with("Mẫu 3.3!3: no column «Có chữ ký số»")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|m| m.starts_with("Mẫu 3.3!F3: unknown column \"Chữ ký điện tử\"")),
            "{text:?}"
        );
    }
}
