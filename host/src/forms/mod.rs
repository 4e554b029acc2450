//! The officials' workbooks, a way into datasets: the template a province sends to its
//! communes (`template`), and the filled workbook (or its sheets exported as CSV) read
//! back into a dataset (`import`), with every problem located at its sheet and cell.
//!
//! - [`spec`]: the row-level lists of seed 001 (Mẫu 1.4, 2.5, 2.6, 3.3, 4.1, 4.5), their
//!   columns, summary lines and the facts their rows give;
//! - [`layout`]: where everything is in the workbook (the one place both sides share);
//! - [`cells`]: cells as people fill them (Có/Không spellings, counts, percentages);
//! - [`book`]: an XLSX workbook or a directory of CSV files, as sheets of cells;
//! - [`template`] writes, [`import`] reads.
//!
//! Personal data (names, phone numbers, addresses) never leaves the workbook: the
//! import counts rows and never copies, prints or caches what they say.

pub mod book;
pub mod cells;
pub mod import;
pub mod layout;
pub mod spec;
pub mod template;

/// Whether `path` names a workbook (by its extension) rather than a JSON dataset.
pub fn is_workbook(path: &std::path::Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
}
