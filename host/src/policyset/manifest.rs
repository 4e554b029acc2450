//! `manifest.json`: a policy set's identity, set-level rules and the hash of each module.

use serde::{Deserialize, Serialize};

pub const MANIFEST_FILE: &str = "manifest.json";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The set id; equals its directory name under `policies/sets/`.
    pub id: String,
    /// Vietnamese title of the source document.
    pub title: String,
    /// The issuing decision ("1829/QĐ-UBND ngày 30/5/2023").
    pub decision: String,
    /// `commune`, `district`, or both for frameworks with two appendices.
    pub levels_of_government: Vec<String>,
    /// What targets are keyed by, and which keys exist.
    pub schedule: ScheduleSpec,
    /// How a locality's verdict follows from its criteria outcomes.
    pub recognition: Recognition,
    /// One entry per criterion module, in source-table order. Written by `dtcheck build`.
    pub modules: Vec<ModuleEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum ScheduleSpec {
    /// Targets per assessment year.
    Year { years: Vec<u16> },
    /// Targets per maturity level.
    Level { levels: Vec<u8> },
}

/// The set-level verdict rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case", deny_unknown_fields)]
pub enum Recognition {
    /// Thanh Hóa commune rule (1829, Article 2): every criterion assessed that year
    /// passes, and the DTI index score is at least `dti_min_percent` % of its maximum.
    AllAssessedPassAndDti {
        dti_min_percent: f64,
        /// The source text of the rule, verbatim.
        basis: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModuleEntry {
    /// The criterion id, as in the source ("1.6").
    pub criterion: String,
    /// Path of the module, relative to the set directory.
    pub file: String,
    /// Hex sha256 of the module bytes.
    pub sha256: String,
}
