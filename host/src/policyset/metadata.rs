//! A criterion's metadata, as its module returns it (`ABI.md`, "Metadata").

use serde::{Deserialize, Serialize};
// Shared, not copied: every result of every locality names its criterion and facts.
use std::sync::Arc;

/// What targets are keyed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Schedule {
    /// Assessment year ("2024").
    Year,
    /// Maturity level ("1".."5").
    Level,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupMeta {
    pub id: Arc<str>,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvidenceMeta {
    pub id: String,
    pub title: String,
}

/// The row of the source table a module implements.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    pub abi_version: u32,
    pub id: Arc<str>,
    pub group: GroupMeta,
    pub name: Arc<str>,
    pub unit: Arc<str>,
    pub schedule: Schedule,
    /// `(year or level, target as written)`: a number for a percentage, a string for a
    /// text target, `null` for `*` / "Không áp dụng".
    pub targets: Vec<(String, serde_json::Value)>,
    pub agency: String,
    pub legal_basis: String,
    pub source: String,
    /// "Phương pháp tính/nguồn thu thập số liệu", where the source has it.
    #[serde(default)]
    pub data_source: String,
    pub level_of_government: String,
    pub evidence: Vec<EvidenceMeta>,
    pub facts: Vec<Arc<str>>,
    pub notes: Vec<String>,
}

impl Metadata {
    /// The target written for a year or level key; `None` when the key is not in the
    /// table at all, `Some(Null)` for `*` / "Không áp dụng".
    pub fn target(&self, key: &str) -> Option<&serde_json::Value> {
        self.targets.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Targets as a JSON object keyed by year or level, in table order.
    pub fn targets_object(&self) -> serde_json::Map<String, serde_json::Value> {
        self.targets.iter().cloned().collect()
    }
}
