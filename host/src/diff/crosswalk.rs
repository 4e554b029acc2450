//! Crosswalks: versioned mappings between the criteria of two policy sets
//! (`policies/crosswalks/<from>__<to>.json`), so that outcomes can be compared across
//! sets honestly. Each mapping says how the criteria relate and, in `note`, where the
//! populations or the wording differ.

use serde::{Deserialize, Serialize};

/// How the criteria of a mapping relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The same indicator (possibly with different targets).
    OneToOne,
    /// One criterion of `from` is covered by several of `to`.
    OneToMany,
    /// Several criteria of `from` are covered by one of `to`.
    ManyToOne,
    /// Related, but measuring a different population or thing: compare with care.
    Partial,
    /// No counterpart on the other side.
    NoCounterpart,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    pub from: Vec<String>,
    pub to: Vec<String>,
    pub relation: Relation,
    /// Where populations, wording or units differ (required unless the two are identical).
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Crosswalk {
    pub from: String,
    pub to: String,
    /// Incremented whenever a mapping changes.
    pub version: u32,
    pub description: String,
    pub mappings: Vec<Mapping>,
}

impl Crosswalk {
    /// The file name of the crosswalk from `from` to `to`.
    pub fn file_name(from: &str, to: &str) -> String {
        format!("{from}__{to}.json")
    }

    /// The same crosswalk read in the other direction.
    pub fn reversed(&self) -> Crosswalk {
        let flip = |r: Relation| match r {
            Relation::OneToMany => Relation::ManyToOne,
            Relation::ManyToOne => Relation::OneToMany,
            other => other,
        };
        Crosswalk {
            from: self.to.clone(),
            to: self.from.clone(),
            version: self.version,
            description: self.description.clone(),
            mappings: self
                .mappings
                .iter()
                .map(|m| Mapping {
                    from: m.to.clone(),
                    to: m.from.clone(),
                    relation: flip(m.relation),
                    note: m.note.clone(),
                })
                .collect(),
        }
    }

    /// Checks the mapping against the criteria ids of both sets: every id exists, and
    /// every criterion appears somewhere. Returns the problems found.
    pub fn check(&self, from_ids: &[String], to_ids: &[String]) -> Vec<String> {
        let mut problems = Vec::new();
        for (side, ids, set) in [("from", from_ids, &self.from), ("to", to_ids, &self.to)] {
            for m in &self.mappings {
                let listed = if side == "from" { &m.from } else { &m.to };
                for id in listed {
                    if !ids.contains(id) {
                        problems.push(format!("criterion `{id}` is not in `{set}`"));
                    }
                }
            }
            for id in ids {
                let mapped = self
                    .mappings
                    .iter()
                    .any(|m| if side == "from" { &m.from } else { &m.to }.contains(id));
                if !mapped {
                    problems.push(format!("criterion `{id}` of `{set}` is in no mapping"));
                }
            }
        }
        for (i, m) in self.mappings.iter().enumerate() {
            let shape_ok = match m.relation {
                Relation::OneToOne => m.from.len() == 1 && m.to.len() == 1,
                Relation::OneToMany => m.from.len() == 1 && m.to.len() > 1,
                Relation::ManyToOne => m.from.len() > 1 && m.to.len() == 1,
                Relation::Partial => !m.from.is_empty() && !m.to.is_empty(),
                Relation::NoCounterpart => m.from.is_empty() != m.to.is_empty(),
            };
            if !shape_ok {
                problems.push(format!(
                    "mapping {i} ({:?} → {:?}) does not have the shape of `{:?}`",
                    m.from, m.to, m.relation
                ));
            }
        }
        problems
    }
}
