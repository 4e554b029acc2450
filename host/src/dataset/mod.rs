//! Datasets: reading, schema validation against the shared data dictionary, and the
//! consistency checks a schema cannot express (a count above its total, DTI points
//! above the maximum, a year outside a set's range).
//!
//! Every problem is reported with the file and the JSON pointer it concerns, and all
//! problems of a file are reported at once.

mod direct;
mod model;
mod schema;

pub use model::{Basis, Dataset, Dti, DtiScore, EvidenceIds, FactKey, FactSource, Facts, Locality};
pub use schema::{DataDictionary, FactDef, SCHEMA_SOURCE};

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
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len();
        write!(
            f,
            "{}: {n} problem{}",
            self.file.display(),
            if n == 1 { "" } else { "s" }
        )?;
        for p in &self.problems {
            let at = if p.pointer.is_empty() {
                "(document)"
            } else {
                p.pointer.as_str()
            };
            write!(f, "\n  at {at}: {}", p.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for DatasetError {}

/// A valid dataset and the file it came from.
#[derive(Debug, Clone)]
pub struct LoadedDataset {
    pub file: PathBuf,
    pub dataset: Dataset,
}

/// Reads, parses and validates a dataset file.
pub fn load(path: &Path, dictionary: &DataDictionary) -> Result<LoadedDataset, DatasetError> {
    let fail = |pointer: &str, message: String| DatasetError {
        file: path.to_path_buf(),
        problems: vec![Problem {
            pointer: pointer.into(),
            message,
        }],
    };
    let bytes = std::fs::read(path).map_err(|e| fail("", format!("cannot read the file: {e}")))?;
    // The whole file is checked as UTF-8 at SIMD speed, then parsed as text, which
    // spares the parser its own byte-by-byte check of every string (a tenth of loading,
    // measured). Not UTF-8: the parser's error says where.
    let parsed = match simdutf8::basic::from_utf8(&bytes) {
        Ok(text) => {
            // A plainly valid document is read straight into a dataset (see `direct`).
            if let Some(dataset) = dictionary.read_directly(text) {
                return checked(path, dataset, Vec::new(), dictionary);
            }
            serde_json::from_str(text)
        }
        Err(_) => serde_json::from_slice(&bytes),
    };
    let value: serde_json::Value = parsed.map_err(|e| {
        fail(
            "",
            format!(
                "not valid JSON (line {}, column {}): {e}",
                e.line(),
                e.column()
            ),
        )
    })?;
    from_value(path, value, dictionary)
}

/// Validates an already parsed document (used for inline commune datasets too).
pub fn from_value(
    path: &Path,
    value: serde_json::Value,
    dictionary: &DataDictionary,
) -> Result<LoadedDataset, DatasetError> {
    let mut problems = dictionary.schema_problems(&value);
    if problems.is_empty() {
        match into_dataset(value) {
            Ok(dataset) => return checked(path, dataset, problems, dictionary),
            Err(e) => problems.push(Problem {
                pointer: String::new(),
                message: e.to_string(),
            }),
        }
    }
    Err(DatasetError {
        file: path.to_path_buf(),
        problems,
    })
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
        })
    } else {
        Err(DatasetError {
            file: path.to_path_buf(),
            problems,
        })
    }
}

/// A schema-valid document as a [`Dataset`]. The facts and the evidence, most of a
/// document, are maps already: their keys and values are moved out (into hashed maps),
/// not deserialized again field by field.
fn into_dataset(mut value: serde_json::Value) -> Result<Dataset, serde_json::Error> {
    // An empty map stays in place, so that the rest deserializes as before.
    let empty = || serde_json::Value::Object(serde_json::Map::new());
    let mut take = |member: &str| match value.get_mut(member).map(|v| std::mem::replace(v, empty()))
    {
        Some(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    let (facts, appraised_facts, evidence) =
        (take("facts"), take("appraised_facts"), take("evidence"));
    let mut dataset: Dataset = serde_json::from_value(value)?;
    let keyed = |facts: serde_json::Map<String, serde_json::Value>| {
        facts
            .into_iter()
            .map(|(k, v)| (FactKey::Owned(k), v))
            .collect()
    };
    dataset.facts = keyed(facts);
    dataset.appraised_facts = keyed(appraised_facts);
    dataset.evidence = evidence.into_iter().map(|(id, _)| id).collect();
    Ok(dataset)
}

/// The communes a district dataset lists, each resolved (a path is relative to the
/// district's file; an inline document is labelled `file#/communes/i`) and validated.
pub fn communes_of(
    district: &LoadedDataset,
    dictionary: &DataDictionary,
) -> Vec<(String, Result<LoadedDataset, DatasetError>)> {
    let base = district.file.parent().unwrap_or(Path::new("."));
    district
        .dataset
        .communes
        .iter()
        .enumerate()
        .map(|(i, entry)| match entry {
            serde_json::Value::String(rel) => {
                let path = base.join(rel);
                (path.display().to_string(), load(&path, dictionary))
            }
            inline => {
                let label = format!("{}#/communes/{i}", district.file.display());
                let loaded = from_value(Path::new(&label), inline.clone(), dictionary);
                (label, loaded)
            }
        })
        .collect()
}

/// Checks the schema cannot express.
fn consistency_problems(d: &Dataset, dictionary: &DataDictionary) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (member, facts) in [("facts", &d.facts), ("appraised_facts", &d.appraised_facts)] {
        let first = problems.len();
        for (key, value) in facts {
            let Some(total_key) = dictionary.total_of(key) else {
                continue;
            };
            // Compare with the total of the same member, falling back to the other one
            // for appraised figures (an appraisal may correct only the numerator).
            let total = facts.get(total_key).or_else(|| d.facts.get(total_key));
            if let (Some(n), Some(t)) = (value.as_f64(), total.and_then(|t| t.as_f64()))
                && n > t
            {
                problems.push(Problem {
                    pointer: format!("/{member}/{}", escape_pointer(key)),
                    message: format!(
                        "`{key}` = {n} exceeds its total `{total_key}` = {t}: a count cannot be above the population it counts"
                    ),
                });
            }
        }
        // By key, whatever the document's order.
        problems[first..].sort_by(|a, b| a.pointer.cmp(&b.pointer));
    }
    if let Some(dti) = &d.dti {
        for (field, points) in [
            ("self_assessed", dti.self_assessed),
            ("appraised", dti.appraised),
        ] {
            if let Some(p) = points.filter(|p| *p > dti.max) {
                problems.push(Problem {
                    pointer: format!("/dti/{field}"),
                    message: format!("DTI points {p} exceed the index maximum {}", dti.max),
                });
            }
        }
        if let Some(prev) = dti.previous_year.as_ref().filter(|p| p.points > p.max) {
            problems.push(Problem {
                pointer: "/dti/previous_year/points".into(),
                message: format!(
                    "DTI points {} exceed the index maximum {}",
                    prev.points, prev.max
                ),
            });
        }
    }
    problems
}

/// Escapes a key for use in a JSON pointer (RFC 6901).
pub fn escape_pointer(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}
