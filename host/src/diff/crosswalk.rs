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

/// Why no usable crosswalk pairs two sets.
#[derive(Debug, thiserror::Error)]
pub enum CrosswalkError {
    #[error("cannot read `{}`: {source}", file.display())]
    Unreadable {
        file: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error("`{file}` is not a valid crosswalk: {message}")]
    Invalid { file: String, message: String },
    #[error(
        "no crosswalk between `{from}` and `{to}` (looked for policies/crosswalks/{} and its reverse); pass --crosswalk FILE",
        Crosswalk::file_name(from, to)
    )]
    Missing { from: String, to: String },
    #[error("the crosswalk maps `{found_from}` → `{found_to}`, not `{from}` → `{to}`")]
    Direction {
        file: String,
        found_from: String,
        found_to: String,
        from: String,
        to: String,
    },
    #[error("the crosswalk does not fit the sets: {}", problems.join("; "))]
    Misfit { file: String, problems: Vec<String> },
    #[error(transparent)]
    Set(#[from] crate::policyset::SetError),
}

impl CrosswalkError {
    /// The crosswalk file at fault, if one was read.
    pub fn file(&self) -> Option<String> {
        match self {
            CrosswalkError::Unreadable { file, .. } => Some(file.display().to_string()),
            CrosswalkError::Invalid { file, .. }
            | CrosswalkError::Direction { file, .. }
            | CrosswalkError::Misfit { file, .. } => Some(file.clone()),
            CrosswalkError::Missing { .. } | CrosswalkError::Set(_) => None,
        }
    }
}

/// A crosswalk read and oriented `from` → `to`, with the file it came from.
pub struct Found {
    pub crosswalk: Crosswalk,
    pub file: String,
}

impl Crosswalk {
    /// The crosswalk from `from` to `to`: `file` when given, else
    /// `policies/crosswalks/<from>__<to>.json` of `sets` (or the reverse one, read the
    /// other way).
    pub fn between(
        sets: &crate::policyset::SetsDir,
        file: Option<&std::path::Path>,
        from: &str,
        to: &str,
    ) -> Result<Found, CrosswalkError> {
        let parse = |bytes: &[u8], file: String| -> Result<Found, CrosswalkError> {
            let cw: Crosswalk =
                serde_json::from_slice(bytes).map_err(|e| CrosswalkError::Invalid {
                    file: file.clone(),
                    message: e.to_string(),
                })?;
            let crosswalk = if cw.from == from && cw.to == to {
                cw
            } else if cw.from == to && cw.to == from {
                cw.reversed()
            } else {
                return Err(CrosswalkError::Direction {
                    file,
                    found_from: cw.from,
                    found_to: cw.to,
                    from: from.into(),
                    to: to.into(),
                });
            };
            Ok(Found { crosswalk, file })
        };
        if let Some(file) = file {
            let bytes = std::fs::read(file).map_err(|source| CrosswalkError::Unreadable {
                file: file.to_path_buf(),
                source,
            })?;
            return parse(&bytes, file.display().to_string());
        }
        for (a, b) in [(from, to), (to, from)] {
            let rel = std::path::Path::new("crosswalks").join(Crosswalk::file_name(a, b));
            if let Some(bytes) = sets.read_policies_file(&rel)? {
                return parse(&bytes, rel.display().to_string());
            }
        }
        Err(CrosswalkError::Missing {
            from: from.into(),
            to: to.into(),
        })
    }
}

impl Found {
    /// Checks the crosswalk against the criteria the two sets have at the levels of
    /// government they share: an id that is in no set is an error; a criterion in no
    /// mapping is returned as a warning.
    pub fn fit(
        self,
        from: &crate::policyset::PolicySet,
        to: &crate::policyset::PolicySet,
    ) -> Result<(Crosswalk, Vec<String>), CrosswalkError> {
        let shared: Vec<String> = from
            .manifest
            .levels_of_government
            .iter()
            .filter(|l| to.manifest.levels_of_government.contains(l))
            .cloned()
            .collect();
        let problems = self
            .crosswalk
            .check(&from.ids_at(&shared), &to.ids_at(&shared));
        let (fatal, warnings): (Vec<_>, Vec<_>) = problems
            .into_iter()
            .partition(|p| !p.contains("in no mapping"));
        if fatal.is_empty() {
            Ok((self.crosswalk, warnings))
        } else {
            Err(CrosswalkError::Misfit {
                file: self.file,
                problems: fatal,
            })
        }
    }
}
