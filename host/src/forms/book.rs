//! A workbook as the import sees it, whatever file it came from: an XLSX workbook
//! (read with calamine) or a directory of CSV files, one per sheet (as spreadsheet
//! programs export them: UTF-8 with or without a byte-order mark, comma or semicolon).
//! Cells keep their absolute positions, so that every error names the cell an officer
//! sees ("Mẫu 3.3!E17").

use super::cells::{Cell, a1, folded};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The largest workbook (or CSV file) read: a commune's lists are a few megabytes.
pub const MAX_BYTES: u64 = 64 << 20;

/// One sheet: its cells by (row, column), the merged regions and the cells that hold a
/// formula.
#[derive(Debug, Default)]
pub struct Sheet {
    pub name: String,
    /// How errors name it: the sheet's name, or the CSV file's name.
    pub label: String,
    rows: Vec<Vec<Cell>>,
    /// (first row, first column, last row, last column), inclusive.
    pub merged: Vec<(usize, usize, usize, usize)>,
    pub formulas: std::collections::BTreeSet<(usize, usize)>,
}

impl Sheet {
    pub fn new(name: &str, label: &str, rows: Vec<Vec<Cell>>) -> Sheet {
        Sheet {
            name: name.to_owned(),
            label: label.to_owned(),
            rows,
            ..Sheet::default()
        }
    }

    pub fn height(&self) -> usize {
        self.rows.len()
    }

    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }

    pub fn get(&self, row: usize, col: usize) -> &Cell {
        static EMPTY: Cell = Cell::Empty;
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .unwrap_or(&EMPTY)
    }

    /// "Mẫu 3.3!E17".
    pub fn at(&self, row: usize, col: usize) -> String {
        format!("{}!{}", self.label, a1(row, col))
    }

    /// The merged region that covers (row, col) and more than that cell, if any.
    pub fn merged_at(&self, row: usize, col: usize) -> Option<(usize, usize, usize, usize)> {
        self.merged
            .iter()
            .copied()
            .find(|&(r0, c0, r1, c1)| (r0..=r1).contains(&row) && (c0..=c1).contains(&col))
    }
}

/// A workbook: where it came from, its sha256, its sheets.
#[derive(Debug)]
pub struct Book {
    pub file: PathBuf,
    pub sha256: String,
    pub sheets: Vec<Sheet>,
}

impl Book {
    /// The sheet named `name` (compared without case or diacritics); for CSV files, also
    /// the file LibreOffice writes for it, "<workbook>-<sheet>.csv".
    pub fn sheet(&self, name: &str) -> Option<&Sheet> {
        let want = key(name);
        let suffix = format!("-{}", folded(name));
        self.sheets
            .iter()
            .find(|s| key(&s.name) == want)
            .or_else(|| {
                self.sheets
                    .iter()
                    .find(|s| s.label != s.name && folded(&s.name).ends_with(&suffix))
            })
    }
}

/// A sheet or file name reduced to letters and digits, without diacritics: "Mẫu 3.3",
/// "mau-3.3.csv" (without its extension) and "MAU_3_3" are the same sheet.
pub fn key(name: &str) -> String {
    folded(name)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// Why a workbook cannot be read at all.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable(pub String);

/// Reads `path`: an `.xlsx` workbook, or a directory of `.csv` files.
pub fn read(path: &Path) -> Result<Book, Unreadable> {
    let meta = std::fs::metadata(path).map_err(|e| Unreadable(e.to_string()))?;
    if meta.is_dir() {
        return read_csv_dir(path);
    }
    let bytes = bounded(path)?;
    read_xlsx(path, bytes)
}

fn bounded(path: &Path) -> Result<Vec<u8>, Unreadable> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| Unreadable(e.to_string()))?;
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Unreadable(e.to_string()))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Unreadable(format!(
            "larger than {} MiB: not a commune's workbook",
            MAX_BYTES >> 20
        )));
    }
    Ok(bytes)
}

fn sha256_hex(chunks: &[&[u8]]) -> String {
    let mut h = Sha256::new();
    for c in chunks {
        h.update(c);
    }
    crate::sandbox::hex(&h.finalize())
}

fn read_xlsx(path: &Path, bytes: Vec<u8>) -> Result<Book, Unreadable> {
    use calamine::{Data, Reader, Xlsx};
    let sha256 = sha256_hex(&[&bytes]);
    // An encrypted workbook is an OLE container, as is an old .xls: neither is a zip.
    if !bytes.starts_with(b"PK") {
        let what = if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
            "an old-format (.xls) or password-protected workbook: save it as an unprotected .xlsx"
        } else {
            "not an XLSX workbook (save it as .xlsx, or export each sheet as CSV UTF-8)"
        };
        return Err(Unreadable(what.into()));
    }
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes))
        .map_err(|e| Unreadable(format!("not a readable XLSX workbook: {e}")))?;
    let mut sheets = Vec::new();
    for name in book.sheet_names() {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| Unreadable(format!("sheet «{name}» cannot be read: {e}")))?;
        let (r0, c0) = range
            .start()
            .map_or((0, 0), |(r, c)| (r as usize, c as usize));
        let mut rows: Vec<Vec<Cell>> = Vec::new();
        for (r, row) in range.rows().enumerate() {
            for (c, value) in row.iter().enumerate() {
                let cell = match value {
                    Data::Empty => continue,
                    Data::String(s) => Cell::Text(s.clone()),
                    Data::Int(i) => Cell::Number(*i as f64),
                    Data::Float(f) => Cell::Number(*f),
                    Data::Bool(b) => Cell::Bool(*b),
                    Data::DateTime(d) => Cell::Date(d.as_f64()),
                    Data::DateTimeIso(s) => Cell::Text(s.clone()),
                    Data::DurationIso(_) => Cell::Other("a duration"),
                    Data::Error(_) => Cell::Other("an error value (#DIV/0!, #VALUE! …)"),
                };
                let (row, col) = (r0 + r, c0 + c);
                if rows.len() <= row {
                    rows.resize_with(row + 1, Vec::new);
                }
                if rows[row].len() <= col {
                    rows[row].resize(col + 1, Cell::Empty);
                }
                rows[row][col] = cell;
            }
        }
        let mut sheet = Sheet::new(&name, &name, rows);
        sheet.merged = book
            .merge_cells_by_sheet_name(&name)
            .unwrap_or_default()
            .iter()
            .map(|d| {
                (
                    d.start.0 as usize,
                    d.start.1 as usize,
                    d.end.0 as usize,
                    d.end.1 as usize,
                )
            })
            .collect();
        if let Ok(formulas) = book.worksheet_formula(&name) {
            let (f0, g0) = formulas
                .start()
                .map_or((0, 0), |(r, c)| (r as usize, c as usize));
            for (r, c, f) in formulas.used_cells() {
                if !f.is_empty() {
                    sheet.formulas.insert((f0 + r, g0 + c));
                }
            }
        }
        sheets.push(sheet);
    }
    Ok(Book {
        file: path.to_path_buf(),
        sha256,
        sheets,
    })
}

/// One CSV file per sheet, named after it ("Mẫu 3.3.csv", "mau-3.3.csv", "Số liệu.csv").
fn read_csv_dir(dir: &Path) -> Result<Book, Unreadable> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Unreadable(e.to_string()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(Unreadable(
            "no .csv file in this directory (one file per sheet of the template, e.g. «Mẫu 3.3.csv»)"
                .into(),
        ));
    }
    let mut contents = Vec::new();
    let mut sheets = Vec::new();
    for file in &files {
        let bytes = bounded(file)?;
        let label = file
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let stem = file
            .file_stem()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let rows = csv_rows(&bytes).map_err(|e| Unreadable(format!("{label}: {e}")))?;
        sheets.push(Sheet::new(&stem, &label, rows));
        contents.push(bytes);
    }
    let chunks: Vec<&[u8]> = contents.iter().map(Vec::as_slice).collect();
    Ok(Book {
        file: dir.to_path_buf(),
        sha256: sha256_hex(&chunks),
        sheets,
    })
}

/// The rows of a CSV file: UTF-8 (a byte-order mark is dropped), fields separated by
/// commas or semicolons (whichever the first line uses more, outside quotes).
pub fn csv_rows(bytes: &[u8]) -> Result<Vec<Vec<Cell>>, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Err(e) = std::str::from_utf8(bytes) {
        let at = e.valid_up_to();
        let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
        return Err(format!(
            "not UTF-8 text (line {line}): save it as «CSV UTF-8» (Excel) or choose the character set «Unicode (UTF-8)» (LibreOffice)"
        ));
    }
    let delimiter = delimiter_of(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(bytes);
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| match e.position() {
            Some(p) => format!("line {}: {e}", p.line()),
            None => e.to_string(),
        })?;
        rows.push(
            record
                .iter()
                .map(|f| {
                    if f.trim().is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(f.to_owned())
                    }
                })
                .collect(),
        );
    }
    Ok(rows)
}

/// `;` when the first lines (50 of them) have more semicolons than commas outside
/// quotes (the export of spreadsheet programs set to a locale whose decimal mark is a
/// comma), else `,`. A sheet's first line is often its title alone, without either.
fn delimiter_of(bytes: &[u8]) -> u8 {
    let (mut commas, mut semicolons, mut quoted, mut lines) = (0, 0, false, 0);
    for &b in bytes {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semicolons += 1,
            b'\n' if !quoted => {
                lines += 1;
                if lines == 50 {
                    break;
                }
            }
            _ => {}
        }
    }
    if semicolons > commas { b';' } else { b',' }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_as_spreadsheet_programs_export_it() {
        let comma = "\u{feff}TT,Họ và tên,\"Có, hoặc không\"\n1,\"Nguyễn Văn A\",Có\n";
        let rows = csv_rows(comma.as_bytes()).unwrap();
        assert_eq!(rows[0][2], Cell::Text("Có, hoặc không".into()));
        assert_eq!(rows[1][1], Cell::Text("Nguyễn Văn A".into()));
        let semicolon = "TT;Họ và tên;Có điện thoại thông minh\r\n1;B;x\r\n2;C;\r\n";
        let rows = csv_rows(semicolon.as_bytes()).unwrap();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[1][2], Cell::Text("x".into()));
        assert_eq!(rows[2][2], Cell::Empty);
        let latin = b"TT,H\xe4\n";
        assert!(csv_rows(latin).unwrap_err().contains("UTF-8"));
    }

    #[test]
    fn sheet_names_match_without_diacritics_or_punctuation() {
        assert_eq!(key("Mẫu 3.3"), key("mau-3.3"));
        assert_eq!(key("MAU_3_3"), key("Mẫu 3.3"));
        assert_eq!(key("Số liệu"), "solieu");
        assert_ne!(key("Mẫu 3.3"), key("Mẫu 3.4"));
    }
}
