//! Datasets: reading, schema validation against the shared data dictionary, and the
//! consistency checks a schema cannot express (a count above its total, DTI points
//! above the maximum, a year outside a set's range).
//!
//! Every problem is reported with the file and the JSON pointer it concerns, and all
//! problems of a file are reported at once.

mod communes;
pub(crate) mod model;
pub mod read;
mod schema;

pub use communes::COMMUNES_TOTAL;
pub use model::{
    Basis, CommuneRef, Dataset, Derivation, Document, Dti, DtiScore, EvidenceIds, FactKey,
    FactSource, Facts, Locality, Points,
};
pub use read::ReadLimits;
pub use schema::{DataDictionary, FactDef, SCHEMA_SOURCE, SchemaError};

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem in a dataset, located by JSON pointer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON pointer into the document ("" for the whole document).
    pub pointer: String,
    pub message: String,
}

/// A dataset that could not be read or is invalid: every problem found.
#[derive(Debug, Clone)]
pub struct DatasetError {
    pub file: PathBuf,
    pub problems: Vec<Problem>,
}

impl fmt::Display for DatasetError {
    /// File names and messages can quote a dataset's own strings: shown terminal-safe.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.unescaped();
        f.write_str(&crate::diag::terminal_safe(&text))
    }
}

impl DatasetError {
    /// The report as written, before it is made terminal-safe.
    fn unescaped(&self) -> String {
        use std::fmt::Write;
        let mut f = String::new();
        let n = self.problems.len();
        let _ = write!(
            f,
            "{}: {n} problem{}",
            self.file.display(),
            if n == 1 { "" } else { "s" }
        );
        for p in &self.problems {
            let at = if p.pointer.is_empty() {
                "(document)"
            } else {
                p.pointer.as_str()
            };
            let _ = write!(f, "\n  at {at}: {}", p.message);
        }
        f
    }

    /// One problem at `pointer`.
    pub fn at(file: &Path, pointer: &str, message: String) -> DatasetError {
        DatasetError {
            file: file.to_path_buf(),
            problems: vec![Problem {
                pointer: pointer.into(),
                message,
            }],
        }
    }

    /// The problems of a file, at most [`MAX_PROBLEMS`] of them, each message at most a
    /// few lines (a value quoted by the schema validator can be a whole document).
    fn capped(file: &Path, mut problems: Vec<Problem>) -> DatasetError {
        let n = problems.len();
        if n > MAX_PROBLEMS {
            problems.truncate(MAX_PROBLEMS - 1);
            problems.push(Problem {
                pointer: String::new(),
                message: format!("and {} more problems", n - (MAX_PROBLEMS - 1)),
            });
        }
        for p in &mut problems {
            clip(&mut p.message, 600);
        }
        DatasetError {
            file: file.to_path_buf(),
            problems,
        }
    }
}

impl std::error::Error for DatasetError {}

/// Cuts `text` to at most `max` characters, saying so.
fn clip(text: &mut String, max: usize) {
    if let Some((i, _)) = text.char_indices().nth(max) {
        text.truncate(i);
        text.push_str("… (cut)");
    }
}

/// A valid dataset and the file it came from; for a district, its communes' datasets
/// too (read, validated and checked against it when the district was loaded).
#[derive(Debug, Clone)]
pub struct LoadedDataset {
    pub file: PathBuf,
    pub dataset: Dataset,
    /// A district's communes, in the order listed (empty for a commune).
    pub communes: Vec<LoadedDataset>,
}

/// At most this many problems are reported per file (then "and N more"): a document of
/// 60,000 wrong keys gets a readable answer, quickly.
const MAX_PROBLEMS: usize = 50;

/// Reads, parses and validates a dataset file with the default limits.
pub fn load(path: &Path, dictionary: &DataDictionary) -> Result<LoadedDataset, DatasetError> {
    load_with(path, dictionary, ReadLimits::default())
}

/// Reads, parses and validates a dataset file, and a district's communes with it: the
/// one check `validate` and every evaluating command share, so that what one accepts
/// the others accept.
pub fn load_with(
    path: &Path,
    dictionary: &DataDictionary,
    limits: ReadLimits,
) -> Result<LoadedDataset, DatasetError> {
    // A workbook the officials filled (`dtcheck template`): read into a document, then
    // checked as any dataset is.
    if crate::forms::is_workbook(path) {
        let imported = crate::forms::import::import_path(path, dictionary).map_err(|e| {
            DatasetError::capped(
                path,
                e.problems
                    .into_iter()
                    .map(|p| Problem {
                        pointer: p.at,
                        message: p.message,
                    })
                    .collect(),
            )
        })?;
        return from_value(path, imported.document, dictionary);
    }
    let bytes =
        read::bounded(path, limits).map_err(|e| DatasetError::at(path, "", e.to_string()))?;
    let mut loaded = document(path, &bytes, dictionary)?;
    let problems = communes::attach(&mut loaded, dictionary, limits);
    if problems.is_empty() {
        Ok(loaded)
    } else {
        Err(DatasetError::capped(path, problems))
    }
}

/// Validates an already parsed document (its text is validated as a file's would be).
pub fn from_value(
    path: &Path,
    value: serde_json::Value,
    dictionary: &DataDictionary,
) -> Result<LoadedDataset, DatasetError> {
    let text =
        serde_json::to_string(&value).map_err(|e| DatasetError::at(path, "", e.to_string()))?;
    let loaded = document(path, text.as_bytes(), dictionary)?;
    if loaded.dataset.communes.is_empty() {
        Ok(loaded)
    } else {
        Err(DatasetError::at(
            path,
            "/communes",
            "a document given without its file cannot list communes (their paths are relative to the district's file)".into(),
        ))
    }
}

/// One document, on its own (a district's communes are not read here).
fn document(
    label: &Path,
    bytes: &[u8],
    dictionary: &DataDictionary,
) -> Result<LoadedDataset, DatasetError> {
    // The whole file is checked as UTF-8 at SIMD speed, then parsed as text, which
    // spares the parser its own byte-by-byte check of every string (a tenth of loading,
    // measured).
    let text = match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => {
            let e = std::str::from_utf8(bytes).err();
            let at = e.map_or(0, |e| e.valid_up_to());
            let before = &bytes[..at];
            let line = before.iter().filter(|b| **b == b'\n').count() + 1;
            let column = at
                - before
                    .iter()
                    .rposition(|b| *b == b'\n')
                    .map_or(0, |i| i + 1)
                + 1;
            return Err(DatasetError::at(
                label,
                "",
                format!(
                    "not UTF-8 text (line {line}, column {column}): a dataset is JSON written in UTF-8"
                ),
            ));
        }
    };
    // A plainly valid document is read straight into a dataset (see `direct`).
    if let Some(dataset) = dictionary.read_directly(text) {
        return checked(label, dataset, Vec::new(), dictionary);
    }
    full(label, text, dictionary)
}

/// The full path for one document: a JSON tree (repeated keys refused), the JSON
/// Schema, then the typed document read from the text; this alone reports problems.
pub(super) fn full(
    label: &Path,
    text: &str,
    dictionary: &DataDictionary,
) -> Result<LoadedDataset, DatasetError> {
    let value =
        read::parse_unique(text).map_err(|p| DatasetError::at(label, &p.pointer, p.message))?;
    let problems = dictionary.schema_problems(&value);
    if !problems.is_empty() {
        return Err(DatasetError::capped(label, problems));
    }
    drop(value);
    // Schema-valid: the typed document is read from the text (DTI points as written).
    // It can still fail on a DTI figure that cannot be held exactly: then those are
    // located (the typed reader only knows the line).
    match serde_json::from_str::<Dataset>(text) {
        Ok(dataset) => checked(label, dataset, Vec::new(), dictionary),
        Err(e) => {
            let inexact = dti_problems(text);
            if !inexact.is_empty() {
                return Err(DatasetError::capped(label, inexact));
            }
            Err(DatasetError::at(
                label,
                "",
                format!(
                    "{} (line {}, column {})",
                    read::without_position(&e),
                    e.line(),
                    e.column()
                ),
            ))
        }
    }
}

/// DTI figures that cannot be read exactly, at their pointers.
fn dti_problems(text: &str) -> Vec<Problem> {
    use serde_json::value::RawValue;
    #[derive(serde::Deserialize)]
    struct Doc {
        dti: Option<DtiText>,
    }
    #[derive(serde::Deserialize)]
    struct DtiText {
        max: Option<Box<RawValue>>,
        self_assessed: Option<Box<RawValue>>,
        appraised: Option<Box<RawValue>>,
        previous_year: Option<Score>,
    }
    #[derive(serde::Deserialize)]
    struct Score {
        points: Option<Box<RawValue>>,
        max: Option<Box<RawValue>>,
    }
    let Ok(Doc { dti: Some(dti) }) = serde_json::from_str::<Doc>(text) else {
        return Vec::new();
    };
    let (points, max) = dti
        .previous_year
        .map_or((None, None), |p| (p.points, p.max));
    [
        ("/dti/max", dti.max),
        ("/dti/self_assessed", dti.self_assessed),
        ("/dti/appraised", dti.appraised),
        ("/dti/previous_year/points", points),
        ("/dti/previous_year/max", max),
    ]
    .into_iter()
    .filter_map(|(pointer, raw)| {
        let message = Points::parse(raw?.get()).err()?.to_string();
        Some(Problem {
            pointer: pointer.into(),
            message,
        })
    })
    .collect()
}

/// A schema-valid dataset, once the checks a schema cannot express pass too.
pub(super) fn checked(
    path: &Path,
    dataset: Dataset,
    mut problems: Vec<Problem>,
    dictionary: &DataDictionary,
) -> Result<LoadedDataset, DatasetError> {
    problems.extend(consistency_problems(&dataset, dictionary));
    if problems.is_empty() {
        Ok(LoadedDataset {
            file: path.to_path_buf(),
            dataset,
            communes: Vec::new(),
        })
    } else {
        Err(DatasetError::capped(path, problems))
    }
}

/// The largest count compared exactly (see the ABI): above 2^53 a double, what crosses
/// into a criterion module, cannot tell n from n + 1.
pub use dtcheck_abi::MAX_EXACT_COUNT;

/// Each counted fact's derivation says the count the fact holds (a derivation that
/// does not is refused: provenance that does not match would mislead).
fn derivations_match_their_facts(d: &Dataset, problems: &mut Vec<Problem>) {
    for (key, how) in &d.derived {
        let value = d.facts.get(key.as_str());
        let matches = value.and_then(serde_json::Value::as_u64) == Some(how.counted);
        if !matches || how.counted > how.rows {
            problems.push(Problem {
                pointer: format!("/derived/{}", escape_pointer(key)),
                message: match value {
                    None => format!("`{key}` is not among the facts, but its derivation is given"),
                    Some(v) if !matches => format!(
                        "the derivation counts {} rows but the fact `{key}` is {v}",
                        how.counted
                    ),
                    Some(_) => format!(
                        "the derivation counts {} of {} rows: more rows counted than the list has",
                        how.counted, how.rows
                    ),
                },
            });
        }
    }
}

/// Checks the schema cannot express.
fn consistency_problems(d: &Dataset, dictionary: &DataDictionary) -> Vec<Problem> {
    let mut problems = Vec::new();
    counts_beyond_exact(d, dictionary, &mut problems);
    self_assessed_counts_above_totals(d, dictionary, &mut problems);
    appraised_counts_above_totals(d, dictionary, &mut problems);
    dti_points_above_max(d, &mut problems);
    derivations_match_their_facts(d, &mut problems);
    if d.locality.level != "district" && !d.communes.is_empty() {
        problems.push(Problem {
            pointer: "/communes".into(),
            message: format!(
                "a {} does not list communes: only a district does",
                d.locality.level
            ),
        });
    }
    problems
}

/// A figure as a count (an integer, or a number written with a fraction).
fn as_count(v: &serde_json::Value) -> Option<f64> {
    v.as_u64().map(|n| n as f64).or_else(|| v.as_f64())
}

/// A total of several terms (`x-total` as a list) is their sum.
fn sum_of(terms: &[String], get: &dyn Fn(&str) -> Option<f64>) -> Option<f64> {
    terms.iter().map(|t| get(t)).sum()
}

/// "`a` + `b`".
fn named(terms: &[String]) -> String {
    terms
        .iter()
        .map(|t| format!("`{t}`"))
        .collect::<Vec<_>>()
        .join(" + ")
}

/// Counts above 2^53, which cannot be compared exactly, on each basis.
fn counts_beyond_exact(d: &Dataset, dictionary: &DataDictionary, problems: &mut Vec<Problem>) {
    for (member, facts) in [("facts", &d.facts), ("appraised_facts", &d.appraised_facts)] {
        let first = problems.len();
        for (key, value) in facts {
            let too_big = match value.as_u64() {
                Some(n) => n > MAX_EXACT_COUNT,
                None => value.as_f64().is_some_and(|x| x > MAX_EXACT_COUNT as f64),
            };
            // The dictionary is asked only about the rare large figure.
            if too_big && dictionary.fact(key).is_some_and(|f| f.kind == "integer") {
                problems.push(Problem {
                    pointer: format!("/{member}/{}", escape_pointer(key)),
                    message: format!(
                        "`{key}` = {value} is above 2^53 = {MAX_EXACT_COUNT}, the largest count dtcheck compares exactly"
                    ),
                });
            }
        }
        problems[first..].sort_by(|a, b| a.pointer.cmp(&b.pointer));
    }
}

/// A count above its total, on the self-assessed figures alone.
fn self_assessed_counts_above_totals(
    d: &Dataset,
    dictionary: &DataDictionary,
    problems: &mut Vec<Problem>,
) {
    let first = problems.len();
    let own = |k: &str| d.facts.get(k).and_then(as_count);
    for (key, value) in &d.facts {
        let Some(terms) = dictionary.total_terms(key) else {
            continue;
        };
        if let (Some(n), Some(t)) = (as_count(value), sum_of(terms, &own))
            && n > t
        {
            problems.push(Problem {
                pointer: format!("/facts/{}", escape_pointer(key)),
                message: format!(
                    "`{key}` = {n} exceeds its total {} = {t}: a count cannot be above the population it counts",
                    named(terms)
                ),
            });
        }
    }
    problems[first..].sort_by(|a, b| a.pointer.cmp(&b.pointer));
}

/// A count above its total on the appraised figures over the self-assessed ones (an
/// appraisal that lowers a total below a count it leaves in place contradicts itself
/// as surely as one that raises the count).
fn appraised_counts_above_totals(
    d: &Dataset,
    dictionary: &DataDictionary,
    problems: &mut Vec<Problem>,
) {
    // Without appraised figures the evaluated ones are the self-assessed, checked apart.
    if d.appraised_facts.is_empty() {
        return;
    }
    let first = problems.len();
    let appraised = |k: &str| d.appraised_facts.contains_key(k);
    let effective = |k: &str| {
        d.appraised_facts
            .get(k)
            .or_else(|| d.facts.get(k))
            .and_then(as_count)
    };
    let at = |k: &str| {
        format!(
            "/{}/{}",
            if appraised(k) {
                "appraised_facts"
            } else {
                "facts"
            },
            escape_pointer(k)
        )
    };
    let counts = d
        .appraised_facts
        .keys()
        .chain(d.facts.keys().filter(|k| !appraised(k)));
    for key in counts {
        let Some(terms) = dictionary.total_terms(key) else {
            continue;
        };
        let total_appraised: Vec<&String> = terms.iter().filter(|t| appraised(t)).collect();
        if !appraised(key) && total_appraised.is_empty() {
            continue; // the self-assessed figures alone, checked apart
        }
        let (Some(n), Some(t)) = (effective(key), sum_of(terms, &effective)) else {
            continue;
        };
        if n <= t {
            continue;
        }
        let total_at: Vec<String> = terms.iter().map(|t| at(t)).collect();
        let (pointer, message) = if appraised(key) {
            (
                at(key),
                format!(
                    "`{key}` = {n} exceeds its total {} = {t} ({}) on the appraised figures: a count cannot be above the population it counts",
                    named(terms),
                    total_at.join(", ")
                ),
            )
        } else {
            (
                at(total_appraised[0]),
                format!(
                    "the appraised total {} = {t} ({}) is below `{key}` = {n} ({}), which the appraisal leaves in place: on the appraised figures a count would exceed its total",
                    named(terms),
                    total_at.join(", "),
                    at(key)
                ),
            )
        };
        problems.push(Problem { pointer, message });
    }
    problems[first..].sort_by(|a, b| a.pointer.cmp(&b.pointer).then(a.message.cmp(&b.message)));
    problems.dedup();
}

/// DTI points above the index's maximum.
fn dti_points_above_max(d: &Dataset, problems: &mut Vec<Problem>) {
    let Some(dti) = &d.dti else {
        return;
    };
    let above = |p: &Points, max: &Points| p.exact > max.exact;
    for (field, points) in [
        ("self_assessed", &dti.self_assessed),
        ("appraised", &dti.appraised),
    ] {
        if let Some(p) = points.as_ref().filter(|p| above(p, &dti.max)) {
            problems.push(Problem {
                pointer: format!("/dti/{field}"),
                message: format!(
                    "DTI points {} exceed the index maximum {}",
                    p.exact, dti.max.exact
                ),
            });
        }
    }
    if let Some(prev) = dti
        .previous_year
        .as_ref()
        .filter(|p| above(&p.points, &p.max))
    {
        problems.push(Problem {
            pointer: "/dti/previous_year/points".into(),
            message: format!(
                "DTI points {} exceed the index maximum {}",
                prev.points.exact, prev.max.exact
            ),
        });
    }
}

/// Escapes a key for use in a JSON pointer (RFC 6901).
pub fn escape_pointer(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// A pointer's segments, array indices by number (`/communes/2` before `/communes/10`).
pub(super) fn pointer_order(pointer: &str) -> Vec<(u8, u64, &str)> {
    pointer
        .split('/')
        .map(|seg| match seg.parse::<u64>() {
            Ok(i) => (0, i, ""),
            Err(_) => (1, 0, seg),
        })
        .collect()
}
