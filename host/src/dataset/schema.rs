//! The data dictionary: `datasets/schema/dataset.v1.schema.json`, compiled into the
//! binary so that validation never depends on the working directory.
//!
//! Besides standard JSON Schema, each fact carries annotations the host reads:
//! `x-total` (the population a count is bounded by), `x-unit`, `x-population`,
//! `x-source-term` (the Vietnamese term of the source).

use super::Problem;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The schema document, as shipped in `datasets/schema/`.
pub const SCHEMA_SOURCE: &str = include_str!("../../../datasets/schema/dataset.v1.schema.json");

/// One fact of the dictionary.
#[derive(Debug, Clone, PartialEq)]
pub struct FactDef {
    pub key: String,
    /// `integer`, `number` or `boolean`.
    pub kind: String,
    pub title: String,
    /// The fact bounding this count, if any.
    pub total: Option<String>,
}

/// The compiled schema plus the fact and evidence definitions it declares.
pub struct DataDictionary {
    validator: jsonschema::Validator,
    /// Reads plainly valid documents without the validator (`None`: the schema's
    /// structure is not the one it implements).
    pub(super) direct: Option<super::direct::DirectReader>,
    facts: BTreeMap<String, FactDef>,
    /// Each count's total (`x-total`), hashed (fast hash: the keys are the dictionary's
    /// own): looked up for every fact of every file.
    totals: rustc_hash::FxHashMap<String, String>,
    evidence: BTreeMap<String, String>,
}

impl DataDictionary {
    /// The dictionary shipped with this binary (compiled once per process).
    pub fn shipped() -> Result<&'static DataDictionary, String> {
        static DICT: OnceLock<Result<DataDictionary, String>> = OnceLock::new();
        DICT.get_or_init(|| DataDictionary::from_source(SCHEMA_SOURCE))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Builds a dictionary from a schema document.
    pub fn from_source(source: &str) -> Result<DataDictionary, String> {
        let schema: serde_json::Value = serde_json::from_str(source)
            .map_err(|e| format!("the dataset schema is not JSON: {e}"))?;
        let validator = jsonschema::draft202012::new(&schema)
            .map_err(|e| format!("the dataset schema is invalid: {e}"))?;
        let mut facts = BTreeMap::new();
        let props = schema
            .pointer("/$defs/facts/properties")
            .and_then(|p| p.as_object());
        for (key, def) in props.into_iter().flatten() {
            let text = |k: &str| def.get(k).and_then(|v| v.as_str()).map(str::to_owned);
            facts.insert(
                key.clone(),
                FactDef {
                    key: key.clone(),
                    kind: text("type").unwrap_or_default(),
                    title: text("title").unwrap_or_default(),
                    total: text("x-total"),
                },
            );
        }
        let mut evidence = BTreeMap::new();
        let props = schema
            .pointer("/$defs/evidence/properties")
            .and_then(|p| p.as_object());
        for (id, def) in props.into_iter().flatten() {
            let title = def
                .get("title")
                .and_then(|v| v.as_str())
                .unwrap_or_default();
            evidence.insert(id.clone(), title.to_owned());
        }
        let totals = facts
            .values()
            .filter_map(|f| Some((f.key.clone(), f.total.clone()?)))
            .collect();
        Ok(DataDictionary {
            validator,
            direct: super::direct::DirectReader::for_schema(&schema),
            facts,
            totals,
            evidence,
        })
    }

    /// The dataset `text` holds, read directly when it is plainly valid; `None` when
    /// it must be parsed and validated in full (which alone reports problems).
    pub(super) fn read_directly(&self, text: &str) -> Option<super::Dataset> {
        self.direct.as_ref()?.read(text)
    }

    pub fn fact(&self, key: &str) -> Option<&FactDef> {
        self.facts.get(key)
    }

    /// The fact bounding the count `key`, if any.
    pub fn total_of(&self, key: &str) -> Option<&str> {
        self.totals.get(key).map(String::as_str)
    }

    pub fn facts(&self) -> impl Iterator<Item = &FactDef> {
        self.facts.values()
    }

    pub fn has_evidence(&self, id: &str) -> bool {
        self.evidence.contains_key(id)
    }

    /// Every schema violation, located by JSON pointer, in document order.
    pub fn schema_problems(&self, instance: &serde_json::Value) -> Vec<Problem> {
        // Most documents are valid: the boolean check is several times cheaper than
        // collecting errors, which only invalid documents then pay for.
        if self.validator.is_valid(instance) {
            return Vec::new();
        }
        let mut problems: Vec<Problem> = self
            .validator
            .iter_errors(instance)
            .map(|e| Problem {
                pointer: e.instance_path().to_string(),
                message: self.explain(&e),
            })
            .collect();
        problems.sort_by(|a, b| a.pointer.cmp(&b.pointer).then(a.message.cmp(&b.message)));
        problems.dedup();
        problems
    }

    /// The validator's message, plus a "did you mean" for misspelt fact keys.
    fn explain(&self, e: &jsonschema::ValidationError<'_>) -> String {
        let message = e.to_string();
        if let jsonschema::error::ValidationErrorKind::AdditionalProperties { unexpected } =
            e.kind()
        {
            let path = e.instance_path().to_string();
            if path.ends_with("/facts") || path.ends_with("/appraised_facts") {
                let hints: Vec<String> = unexpected
                    .iter()
                    .map(|k| match self.closest_fact(k) {
                        Some(best) => {
                            format!("`{k}` is not in the data dictionary (did you mean `{best}`?)")
                        }
                        None => format!("`{k}` is not in the data dictionary"),
                    })
                    .collect();
                return hints.join("; ");
            }
        }
        message
    }

    fn closest_fact(&self, key: &str) -> Option<&str> {
        self.facts
            .keys()
            .map(|k| (edit_distance(k, key), k))
            .filter(|(d, k)| *d <= 3.max(k.len() / 4))
            .min()
            .map(|(_, k)| k.as_str())
    }
}

/// Levenshtein distance, for "did you mean" hints.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(super::edit_distance("officials.total", "officals.total"), 1);
        assert_eq!(super::edit_distance("", "abc"), 3);
    }
}
