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
    /// The source's Vietnamese term (`x-source-term`).
    pub source_term: String,
    /// The unit (`x-unit`: "người", "hộ", …).
    pub unit: String,
    /// The population the fact is about (`x-population`).
    pub population: String,
    /// The row-level form of seed 001 the fact can be counted from
    /// (`x-derivable-from`: "Mẫu 3.3").
    pub derivable_from: Option<String>,
    /// The facts whose sum bounds this count (`x-total`: one fact, or a list of them:
    /// community teams are at most one per commune and village); empty when nothing
    /// bounds it.
    pub total_terms: Vec<String>,
}

/// The compiled schema plus the fact and evidence definitions it declares.
pub struct DataDictionary {
    validator: jsonschema::Validator,
    /// Reads plainly valid documents without the validator (`None`: the schema's
    /// structure is not the one it implements).
    pub(crate) direct: Option<crate::fast::direct_reader::DirectReader>,
    facts: BTreeMap<String, FactDef>,
    /// Each count's total (`x-total`), hashed (fast hash: the keys are the dictionary's
    /// own): looked up for every fact of every file. Several terms: their sum.
    totals: rustc_hash::FxHashMap<String, Vec<String>>,
    evidence: BTreeMap<String, String>,
}

/// The dataset schema (`datasets/schema/`) cannot be used: what is wrong with it.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub struct SchemaError(pub String);

impl DataDictionary {
    /// The dictionary shipped with this binary (compiled once per process).
    pub fn shipped() -> Result<&'static DataDictionary, SchemaError> {
        static DICT: OnceLock<Result<DataDictionary, SchemaError>> = OnceLock::new();
        DICT.get_or_init(|| DataDictionary::from_source(SCHEMA_SOURCE))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Builds a dictionary from a schema document.
    pub fn from_source(source: &str) -> Result<DataDictionary, SchemaError> {
        let schema: serde_json::Value = serde_json::from_str(source)
            .map_err(|e| SchemaError(format!("the dataset schema is not JSON: {e}")))?;
        let validator = jsonschema::draft202012::new(&schema)
            .map_err(|e| SchemaError(format!("the dataset schema is invalid: {e}")))?;
        let mut facts = BTreeMap::new();
        let props = schema
            .pointer("/$defs/facts/properties")
            .and_then(|p| p.as_object());
        for (key, def) in props.into_iter().flatten() {
            let text = |k: &str| def.get(k).and_then(|v| v.as_str()).map(str::to_owned);
            let total_terms = match def.get("x-total") {
                Some(serde_json::Value::String(t)) => vec![t.clone()],
                Some(serde_json::Value::Array(terms)) => terms
                    .iter()
                    .filter_map(|t| t.as_str().map(str::to_owned))
                    .collect(),
                _ => Vec::new(),
            };
            facts.insert(
                key.clone(),
                FactDef {
                    key: key.clone(),
                    kind: text("type").unwrap_or_default(),
                    title: text("title").unwrap_or_default(),
                    source_term: text("x-source-term").unwrap_or_default(),
                    unit: text("x-unit").unwrap_or_default(),
                    population: text("x-population").unwrap_or_default(),
                    derivable_from: text("x-derivable-from"),
                    total_terms,
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
            .filter(|f| !f.total_terms.is_empty())
            .map(|f| (f.key.clone(), f.total_terms.clone()))
            .collect();
        Ok(DataDictionary {
            validator,
            direct: crate::fast::direct_reader::DirectReader::for_schema(&schema),
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

    /// The fact bounding the count `key`, if one fact does.
    pub fn total_of(&self, key: &str) -> Option<&str> {
        match self.totals.get(key).map(Vec::as_slice) {
            Some([total]) => Some(total.as_str()),
            _ => None,
        }
    }

    /// The facts whose sum bounds the count `key` (one, or several), if any.
    pub fn total_terms(&self, key: &str) -> Option<&[String]> {
        self.totals.get(key).map(Vec::as_slice)
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
        let mut problems = Vec::new();
        self.collect_problems(instance, "", &mut problems);
        problems.sort_by(|a, b| {
            super::pointer_order(&a.pointer)
                .cmp(&super::pointer_order(&b.pointer))
                .then(a.message.cmp(&b.message))
        });
        problems.dedup();
        problems
    }

    /// The violations of `instance`, their pointers prefixed by `at` (an inline commune
    /// is validated as the document it is, so that its problems are located in it
    /// instead of "this whole document is not valid under any of the schemas").
    fn collect_problems(&self, instance: &serde_json::Value, at: &str, out: &mut Vec<Problem>) {
        for e in self.validator.iter_errors(instance) {
            let pointer = format!("{at}{}", e.instance_path());
            let inline_commune = matches!(
                e.kind(),
                jsonschema::error::ValidationErrorKind::AnyOf { .. }
            ) && is_commune_entry(&e.instance_path().to_string());
            if inline_commune && e.instance().is_object() && at.is_empty() {
                self.collect_problems(e.instance(), &pointer, out);
                continue;
            }
            let message = if inline_commune {
                "a commune is a non-empty path (a string) or a whole commune dataset (an object)"
                    .to_string()
            } else {
                self.explain(&e)
            };
            out.push(Problem { pointer, message });
        }
    }

    /// The validator's message, plus a "did you mean" for misspelt fact keys (for the
    /// first few only: the hints cost a comparison with every fact of the dictionary).
    fn explain(&self, e: &jsonschema::ValidationError<'_>) -> String {
        const HINTED: usize = 5;
        if let jsonschema::error::ValidationErrorKind::AdditionalProperties { unexpected } =
            e.kind()
        {
            let path = e.instance_path().to_string();
            let facts = path.ends_with("/facts") || path.ends_with("/appraised_facts");
            let mut parts: Vec<String> = unexpected
                .iter()
                .take(HINTED)
                .map(|k| {
                    let shown = shown_key(k);
                    match self.closest_fact(k).filter(|_| facts) {
                        Some(best) => {
                            format!(
                                "`{shown}` is not in the data dictionary (did you mean `{best}`?)"
                            )
                        }
                        None if facts => format!("`{shown}` is not in the data dictionary"),
                        None => format!("`{shown}` is not a known member here"),
                    }
                })
                .collect();
            if unexpected.len() > HINTED {
                parts.push(format!(
                    "and {} more unknown keys",
                    unexpected.len() - HINTED
                ));
            }
            return parts.join("; ");
        }
        // The validator quotes the value first ("[…] is not of type \"object\""): a
        // long one (a whole document) is described instead of reprinted.
        let message = e.to_string();
        let quoted = e.instance().to_string();
        match message.strip_prefix(&quoted) {
            Some(rest) if quoted.chars().count() > 80 => {
                format!("{}{rest}", describe(e.instance()))
            }
            _ => message,
        }
    }

    fn closest_fact(&self, key: &str) -> Option<&str> {
        // A key far longer than any fact's name is nothing's misspelling.
        if key.chars().count() > 80 {
            return None;
        }
        self.facts
            .keys()
            .map(|k| (edit_distance(k, key), k))
            .filter(|(d, k)| *d <= 3.max(k.len() / 4))
            .min()
            .map(|(_, k)| k.as_str())
    }
}

/// A JSON value in a few words, for a message.
fn describe(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Object(m) => format!("an object of {} members", m.len()),
        serde_json::Value::Array(a) => format!("an array of {} items", a.len()),
        serde_json::Value::String(t) => format!("a string of {} characters", t.chars().count()),
        other => other.to_string(),
    }
}

/// `/communes/<i>`.
fn is_commune_entry(pointer: &str) -> bool {
    pointer
        .strip_prefix("/communes/")
        .is_some_and(|i| !i.is_empty() && i.bytes().all(|b| b.is_ascii_digit()))
}

/// A key as shown in a message: control characters escaped, at most 80 characters.
fn shown_key(key: &str) -> String {
    let mut shown: String = key.chars().take(80).flat_map(char::escape_debug).collect();
    if key.chars().count() > 80 {
        shown.push('…');
    }
    shown
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
