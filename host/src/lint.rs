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
//! | `vietnamese-name-and-unit` | the name and unit are present, and the name is Vietnamese as in the source |
//! | `source-cited` | the source row is cited |

use crate::dataset::DataDictionary;
use crate::policyset::{PolicySet, ScheduleSpec};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub set: String,
    pub criterion: String,
    pub rule: &'static str,
    pub message: String,
}

/// All findings for one loaded set.
pub fn lint(set: &PolicySet, dictionary: &DataDictionary) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut push = |criterion: &str, rule: &'static str, message: String| {
        out.push(Finding {
            set: set.id().to_string(),
            criterion: criterion.to_string(),
            rule,
            message,
        });
    };
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &set.criteria {
        *seen.entry(c.entry.criterion.as_str()).or_default() += 1;
    }
    for (id, n) in seen.iter().filter(|(_, n)| **n > 1) {
        push(
            id,
            "unique-id",
            format!("{n} manifest entries share the id `{id}`"),
        );
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
                push(id, "module-loads", reason.clone());
                continue;
            }
        };
        if *m.id != *id {
            push(
                id,
                "manifest-id",
                format!("the module implements `{}`", m.id),
            );
        }
        let written: Vec<&String> = m.targets.iter().map(|(k, _)| k).collect();
        if written
            .iter()
            .map(|k| k.as_str())
            .ne(keys.iter().map(String::as_str))
        {
            push(
                id,
                "target-per-key",
                format!(
                    "targets are given for [{}], the set's schedule is [{}]",
                    written
                        .iter()
                        .map(|k| k.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                    keys.join(", ")
                ),
            );
        }
        let explains_decrease = m
            .notes
            .iter()
            .any(|n| n.to_lowercase().contains("decrease"));
        let numeric: Vec<(&String, f64)> = m
            .targets
            .iter()
            .filter_map(|(k, t)| t.as_f64().map(|v| (k, v)))
            .collect();
        for pair in numeric.windows(2) {
            if let [(ka, a), (kb, b)] = pair
                && b < a
                && !explains_decrease
            {
                push(
                    id,
                    "targets-never-decrease",
                    format!(
                        "the target falls from {a} ({ka}) to {b} ({kb}) and no note explains the decrease"
                    ),
                );
            }
        }
        let has_number = m.targets.iter().any(|(_, t)| t.is_number());
        let has_text = m.targets.iter().any(|(_, t)| t.is_string());
        let explains_unit = m.notes.iter().any(|n| n.to_lowercase().contains("unit"));
        if &*m.unit == "%" && has_text && !has_number && !explains_unit {
            push(
                id,
                "unit-matches-targets",
                "the unit is \"%\" but every target is text".into(),
            );
        }
        if &*m.unit != "%" && has_number && !explains_unit {
            push(
                id,
                "unit-matches-targets",
                format!(
                    "numeric targets need the unit \"%\", the unit is \"{}\"",
                    m.unit
                ),
            );
        }
        for e in &m.evidence {
            if e.title.trim().is_empty() {
                push(
                    id,
                    "evidence-named",
                    format!("evidence `{}` has no title", e.id),
                );
            }
            if !dictionary.has_evidence(&e.id) {
                push(
                    id,
                    "evidence-named",
                    format!("evidence `{}` is not in the data dictionary", e.id),
                );
            }
        }
        for f in &m.facts {
            if dictionary.fact(f).is_none() {
                push(
                    id,
                    "facts-in-dictionary",
                    format!("fact `{f}` is not in the data dictionary"),
                );
            }
        }
        if m.name.trim().is_empty() || m.unit.trim().is_empty() {
            push(
                id,
                "vietnamese-name-and-unit",
                "the name or the unit is empty".into(),
            );
        } else if m.name.is_ascii() {
            push(
                id,
                "vietnamese-name-and-unit",
                format!("the name `{}` is not Vietnamese as in the source", m.name),
            );
        }
        if m.source.trim().is_empty() {
            push(id, "source-cited", "no source row is cited".into());
        }
    }
    out
}
