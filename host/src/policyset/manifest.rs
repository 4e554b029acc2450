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
    /// For sets with criteria computed from a district's communes: the set under which
    /// the communes are evaluated first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub communes: Option<CommuneRollup>,
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
    /// Thanh Hóa district rule (interim 2024, Article 2): every criterion met, and both
    /// the previous year's DTI result and this year's self-assessed DTI score are at
    /// least `dti_min_percent` % of their maximum.
    AllPassAndDtiTwoYears { dti_min_percent: f64, basis: String },
    /// National framework 2361: a level is reached when every criterion that applies at
    /// it is met and every lower level is reached.
    MaturityLevels {
        levels: Vec<LevelName>,
        basis: String,
    },
}

/// A maturity level and its Vietnamese name ("1", "Khởi động").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelName {
    pub level: u8,
    pub name: String,
}

/// Where a district's commune-derived facts come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommuneRollup {
    /// The policy set the communes are evaluated under (may be this set itself).
    pub policy_set: String,
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
