//! `dtcheck lint`: checks of a set's metadata that no evaluation would catch. Each
//! finding names the set, the criterion and the rule broken.
//!
//! | rule | what it checks |
//! |---|---|
//! | `unique-id` | no two criteria share an id |
//! | `module-loads` | every module loads (hash, ABI, metadata) |
//! | `manifest-id` | the module implements the criterion the manifest names |
//! | `target-per-key` | a target (possibly `*` / "Không áp dụng") for every year or level of the set's schedule, and no other |
//! | `targets-never-decrease` | numeric targets do not decrease from one year or level to the next, unless a note explains it (mentions "decrease") |
//! | `unit-matches-targets` | unit "%" ⇔ numeric targets, unless a note explains it (mentions the "unit") |
//! | `evidence-named` | every required document has an id of the data dictionary and a title |
//! | `facts-in-dictionary` | every fact read is in the data dictionary |
//! | `population-of-total` | a count bounded by one total (`x-total`) is about the same population as its total (`x-population` alike): "of households.total, those covered" is the description, not the population |
//! | `vietnamese-name-and-unit` | the name and unit are present, and the name is Vietnamese as in the source |
//! | `source-cited` | the source row is cited |

use crate::dataset::DataDictionary;
use crate::policyset::{Metadata, PolicySet, ScheduleSpec};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub set: String,
    pub criterion: String,
    pub rule: &'static str,
    pub message: String,
    /// Where to look: the criterion's source file and the line of the field the rule is
    /// about (the manifest when the module is the problem), when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

/// A place in the repository: a file (as the sets' root is given) and a line (1-based).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    pub file: String,
    pub line: u32,
}

/// The rules, with what each checks (the table above), for tools that list them
/// (SARIF).
pub const RULES: &[(&str, &str)] = &[
    ("unique-id", "no two criteria share an id"),
    ("module-loads", "every module loads (hash, ABI, metadata)"),
    (
        "manifest-id",
        "the module implements the criterion the manifest names",
    ),
    (
        "target-per-key",
        "a target (possibly `*` / \"Không áp dụng\") for every year or level of the set's schedule, and no other",
    ),
    (
        "targets-never-decrease",
        "numeric targets do not decrease from one year or level to the next, unless a note explains it",
    ),
    (
        "unit-matches-targets",
        "unit \"%\" ⇔ numeric targets, unless a note explains it",
    ),
    (
        "evidence-named",
        "every required document has an id of the data dictionary and a title",
    ),
    (
        "facts-in-dictionary",
        "every fact read is in the data dictionary",
    ),
    (
        "population-of-total",
        "a count bounded by one total is about the same population as its total (x-population)",
    ),
    (
        "vietnamese-name-and-unit",
        "the name and unit are present, and the name is Vietnamese as in the source",
    ),
    ("source-cited", "the source row is cited"),
];

/// The field of a criterion's source a rule is about.
fn field_of(rule: &str) -> &'static str {
    match rule {
        "unique-id" | "manifest-id" => "id:",
        "target-per-key" | "targets-never-decrease" | "unit-matches-targets" => "targets:",
        "evidence-named" => "evidence:",
        "facts-in-dictionary" | "population-of-total" => "facts:",
        "vietnamese-name-and-unit" => "name:",
        "source-cited" => "source:",
        _ => "pub const CRITERION",
    }
}

/// Locates a finding in the set's files: the criterion's source at the field its rule
/// is about, or the set's manifest for a module that does not load.
pub fn locate(sets: &crate::policyset::SetsDir, f: &Finding) -> Location {
    let set_dir = std::path::Path::new(&f.set);
    let source = set_dir
        .join("src")
        .join(format!("{}.rs", super::scaffold::module_name(&f.criterion)));
    let (rel, field) = if f.rule == "module-loads" {
        (
            set_dir.join("manifest.json"),
            format!("\"{}\"", f.criterion),
        )
    } else {
        (source, format!("    {}", field_of(f.rule)))
    };
    let line = sets
        .read_file(&rel)
        .ok()
        .flatten()
        .and_then(|bytes| {
            String::from_utf8_lossy(&bytes)
                .lines()
                .position(|l| l.starts_with(&field) || l.contains(field.trim()))
        })
        .map_or(1, |i| u32::try_from(i + 1).unwrap_or(1));
    Location {
        file: sets.root().join(rel).display().to_string(),
        line,
    }
}

/// All findings for one loaded set.
/// Lints the sets `ids` of `sets`.
pub fn lint_sets(
    sets: &crate::policyset::SetsDir,
    ids: &[String],
    sandbox: &crate::sandbox::Sandbox,
) -> Result<Vec<Finding>, crate::Error> {
    let dictionary = DataDictionary::shipped()?;
    let mut findings = Vec::new();
    for id in ids {
        findings.extend(lint(&sets.load(id, sandbox)?, dictionary));
    }
    for f in &mut findings {
        f.location = Some(locate(sets, f));
    }
    Ok(findings)
}

pub fn lint(set: &PolicySet, dictionary: &DataDictionary) -> Vec<Finding> {
    let finding = |criterion: &str, (rule, message): Found| Finding {
        set: set.id().to_string(),
        criterion: criterion.to_string(),
        rule,
        message,
        location: None,
    };
    let mut out = Vec::new();
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &set.criteria {
        *seen.entry(c.entry.criterion.as_str()).or_default() += 1;
    }
    for (id, n) in seen.iter().filter(|(_, n)| **n > 1) {
        out.push(finding(
            id,
            (
                "unique-id",
                format!("{n} manifest entries share the id `{id}`"),
            ),
        ));
    }
    let keys: Vec<String> = match &set.manifest.schedule {
        ScheduleSpec::Year { years } => years.iter().map(u16::to_string).collect(),
        ScheduleSpec::Level { levels } => levels.iter().map(u8::to_string).collect(),
    };
    for c in &set.criteria {
        let id = c.entry.criterion.as_str();
        let m = match &c.loaded {
            Ok(u) => &u.meta,
            Err(reason) => {
                out.push(finding(id, ("module-loads", reason.to_string())));
                continue;
            }
        };
        let found = [
            manifest_id(id, m),
            target_per_key(m, &keys),
            targets_never_decrease(m),
            unit_matches_targets(m),
            evidence_named(m, dictionary),
            facts_in_dictionary(m, dictionary),
            population_of_total(m, dictionary),
            vietnamese_name_and_unit(m),
            source_cited(m),
        ];
        out.extend(found.into_iter().flatten().map(|f| finding(id, f)));
    }
    out
}

/// A rule's finding: the rule and what it found.
type Found = (&'static str, String);

fn manifest_id(id: &str, m: &Metadata) -> Vec<Found> {
    if *m.id == *id {
        return Vec::new();
    }
    vec![("manifest-id", format!("the module implements `{}`", m.id))]
}

/// A target for every year or level of the set's schedule, in order.
fn target_per_key(m: &Metadata, keys: &[String]) -> Vec<Found> {
    let written: Vec<&str> = m.targets.iter().map(|(k, _)| k.as_str()).collect();
    if written.iter().copied().eq(keys.iter().map(String::as_str)) {
        return Vec::new();
    }
    vec![(
        "target-per-key",
        format!(
            "targets are given for [{}], the set's schedule is [{}]",
            written.join(", "),
            keys.join(", ")
        ),
    )]
}

/// Numeric targets never fall from one key to the next, unless a note says why.
fn targets_never_decrease(m: &Metadata) -> Vec<Found> {
    let explains_decrease = m
        .notes
        .iter()
        .any(|n| n.to_lowercase().contains("decrease"));
    let numeric: Vec<(&String, f64)> = m
        .targets
        .iter()
        .filter_map(|(k, t)| t.as_f64().map(|v| (k, v)))
        .collect();
    let mut found = Vec::new();
    for pair in numeric.windows(2) {
        if let [(ka, a), (kb, b)] = pair
            && b < a
            && !explains_decrease
        {
            found.push((
                "targets-never-decrease",
                format!(
                    "the target falls from {a} ({ka}) to {b} ({kb}) and no note explains the decrease"
                ),
            ));
        }
    }
    found
}

/// "%" goes with numeric targets and only with them, unless a note explains the unit.
fn unit_matches_targets(m: &Metadata) -> Vec<Found> {
    let has_number = m.targets.iter().any(|(_, t)| t.is_number());
    let has_text = m.targets.iter().any(|(_, t)| t.is_string());
    let explains_unit = m.notes.iter().any(|n| n.to_lowercase().contains("unit"));
    let mut found = Vec::new();
    if &*m.unit == "%" && has_text && !has_number && !explains_unit {
        found.push((
            "unit-matches-targets",
            "the unit is \"%\" but every target is text".into(),
        ));
    }
    if &*m.unit != "%" && has_number && !explains_unit {
        found.push((
            "unit-matches-targets",
            format!(
                "numeric targets need the unit \"%\", the unit is \"{}\"",
                m.unit
            ),
        ));
    }
    found
}

/// Every required document has a title and is in the data dictionary.
fn evidence_named(m: &Metadata, dictionary: &DataDictionary) -> Vec<Found> {
    let mut found = Vec::new();
    for e in &m.evidence {
        if e.title.trim().is_empty() {
            found.push((
                "evidence-named",
                format!("evidence `{}` has no title", e.id),
            ));
        }
        if !dictionary.has_evidence(&e.id) {
            found.push((
                "evidence-named",
                format!("evidence `{}` is not in the data dictionary", e.id),
            ));
        }
    }
    found
}

fn facts_in_dictionary(m: &Metadata, dictionary: &DataDictionary) -> Vec<Found> {
    m.facts
        .iter()
        .filter(|f| dictionary.fact(f).is_none())
        .map(|f| {
            (
                "facts-in-dictionary",
                format!("fact `{f}` is not in the data dictionary"),
            )
        })
        .collect()
}

/// Each count the criterion reads, bounded by one total, names the population of its
/// total (a count out of several totals, e.g. teams per commune and village, has a
/// population of its own).
fn population_of_total(m: &Metadata, dictionary: &DataDictionary) -> Vec<Found> {
    m.facts
        .iter()
        .filter_map(|f| other_population(dictionary, f))
        .map(|message| ("population-of-total", message))
        .collect()
}

/// Why a count names another population than its one total, if it does.
fn other_population(dictionary: &DataDictionary, f: &str) -> Option<String> {
    let fact = dictionary.fact(f)?;
    let [total] = dictionary.total_terms(f)? else {
        return None;
    };
    let of = dictionary.fact(total)?;
    (fact.population != of.population).then(|| {
        format!(
            "fact `{f}` counts part of `{total}` but names another population: {:?}, where `{total}` names {:?} (datasets/schema/dataset.v1.schema.json, `x-population`)",
            fact.population, of.population
        )
    })
}

/// The name and unit as the source writes them, in Vietnamese.
fn vietnamese_name_and_unit(m: &Metadata) -> Vec<Found> {
    if m.name.trim().is_empty() || m.unit.trim().is_empty() {
        vec![(
            "vietnamese-name-and-unit",
            "the name or the unit is empty".into(),
        )]
    } else if m.name.is_ascii() {
        vec![(
            "vietnamese-name-and-unit",
            format!("the name `{}` is not Vietnamese as in the source", m.name),
        )]
    } else {
        Vec::new()
    }
}

fn source_cited(m: &Metadata) -> Vec<Found> {
    if m.source.trim().is_empty() {
        vec![("source-cited", "no source row is cited".into())]
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_count_names_the_population_of_its_total() {
        let shipped = DataDictionary::shipped().expect("the shipped dictionary");
        let wrong: Vec<String> = shipped
            .facts()
            .filter_map(|f| other_population(shipped, &f.key))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
        // A count that describes itself instead of its population is found.
        let source = crate::dataset::SCHEMA_SOURCE.replacen(
            "\"x-population\": \"households in the locality\"",
            "\"x-population\": \"Of households.total: those paying electricity cashless\"",
            2,
        );
        let edited = DataDictionary::from_source(&source).expect("still a dictionary");
        let found: Vec<String> = edited
            .facts()
            .filter_map(|f| other_population(&edited, &f.key))
            .collect();
        assert!(!found.is_empty());
        assert!(
            found.iter().all(|m| m.contains("households.total")),
            "{found:#?}"
        );
    }
}
