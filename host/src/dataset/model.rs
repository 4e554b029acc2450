//! The dataset document: one locality, one year (see `datasets/schema/`).

use serde::{Deserialize, Serialize};

/// Figures by data-dictionary key. A hash map with a fast hash, not a tree: every
/// criterion of every locality looks its facts up here, and comparing long keys with
/// shared prefixes down a tree was a tenth of evaluating a 2361 commune (measured).
/// The keys are checked against the data dictionary before they get here, so a
/// non-keyed hash is no opening for crafted collisions. Unordered: whatever lists
/// facts sorts them.
pub type Facts = std::collections::HashMap<FactKey, serde_json::Value, rustc_hash::FxBuildHasher>;

/// A fact's key: borrowed from the process-wide table of the data dictionary's names
/// when a dataset is read directly (see `interned`), owned otherwise. A country's
/// files hold millions of facts; allocating, copying and freeing a key for each was a
/// twentieth of reading them (measured).
pub type FactKey = std::borrow::Cow<'static, str>;

/// `name`, stored once for the life of the process: the same text always gives the
/// same `&'static str`. For the names of a data dictionary, so what is kept is bounded
/// by the distinct names of the dictionaries loaded, not by the datasets read.
pub(crate) fn interned(name: &str) -> &'static str {
    use std::collections::BTreeSet;
    use std::sync::{Mutex, PoisonError};
    static NAMES: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
    let mut names = NAMES.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(&known) = names.get(name) {
        return known;
    }
    let name: &'static str = Box::leak(name.into());
    names.insert(name);
    name
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Dataset {
    pub dataset_version: u32,
    #[serde(default)]
    pub synthetic: bool,
    #[serde(default)]
    pub note: Option<String>,
    pub locality: Locality,
    pub year: u16,
    /// Self-assessed figures (the locality's own report).
    pub facts: Facts,
    /// Appraised figures (the higher level's appraisal, Mẫu 02); they override `facts`
    /// when evaluating on the appraised basis.
    #[serde(default)]
    pub appraised_facts: Facts,
    /// The evidence documents supplied, by data-dictionary evidence id (the schema
    /// checks each document's form): whether one is present decides an outcome; what
    /// it is (title, reference, date, link) is shown beside the criterion.
    #[serde(deserialize_with = "evidence_ids")]
    pub evidence: EvidenceIds,
    #[serde(default)]
    pub dti: Option<Dti>,
    /// Facts counted from the rows of a seed-001 list (`dtcheck import`), by key: where
    /// each comes from, shown beside the fact.
    #[serde(default)]
    pub derived: std::collections::BTreeMap<String, std::sync::Arc<Derivation>>,
    /// For districts: the communes' datasets (paths or inline documents).
    #[serde(default)]
    pub communes: Vec<CommuneRef>,
}

/// Where a counted fact comes from: the form, the sheet and the rows counted.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
pub struct Derivation {
    pub form: String,
    pub sheet: String,
    pub rows: u64,
    pub counted: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub what: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workbook_sha256: Option<String>,
}

/// One entry of a district's `communes`: a path relative to the district's file, or a
/// whole commune document written inline (kept as its text, read like a file).
#[derive(Debug, Clone)]
pub enum CommuneRef {
    Path(String),
    Inline(Box<serde_json::value::RawValue>),
}

impl PartialEq for CommuneRef {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (CommuneRef::Path(a), CommuneRef::Path(b)) => a == b,
            (CommuneRef::Inline(a), CommuneRef::Inline(b)) => a.get() == b.get(),
            _ => false,
        }
    }
}

impl<'de> Deserialize<'de> for CommuneRef {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Box::<serde_json::value::RawValue>::deserialize(d)?;
        if raw.get().starts_with('"') {
            let path = serde_json::from_str(raw.get()).map_err(serde::de::Error::custom)?;
            Ok(CommuneRef::Path(path))
        } else {
            Ok(CommuneRef::Inline(raw))
        }
    }
}

/// The ids of an `evidence` object (each document's form is the schema's to check).
fn evidence_ids<'de, D: serde::Deserializer<'de>>(d: D) -> Result<EvidenceIds, D::Error> {
    struct Ids;
    impl<'de> serde::de::Visitor<'de> for Ids {
        type Value = EvidenceIds;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("evidence documents by id")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<EvidenceIds, A::Error> {
            let mut ids = EvidenceIds::default();
            while let Some(id) = map.next_key::<String>()? {
                let document: Document = map.next_value()?;
                ids.insert(id, std::sync::Arc::new(document));
            }
            Ok(ids)
        }
    }
    d.deserialize_map(Ids)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Locality {
    pub code: String,
    pub name: String,
    pub level: String,
    pub province: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
}

/// The evidence documents a dataset supplies, by evidence id (shared, not copied,
/// into the results of the criteria that require them).
pub type EvidenceIds =
    std::collections::HashMap<String, std::sync::Arc<Document>, rustc_hash::FxBuildHasher>;

/// One evidence document as supplied (schema `$defs/document`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Document {
    /// Title of the document as issued.
    pub title: String,
    /// Number, symbol and date ("Kế hoạch số 15/KH-UBND ngày 12/01/2024").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Where it can be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Date of issue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<String>,
}

/// The DTI index score (Bộ chỉ số đánh giá, xếp hạng mức độ chuyển đổi số): points
/// obtained out of the index's maximum.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Dti {
    pub max: Points,
    #[serde(default)]
    pub self_assessed: Option<Points>,
    #[serde(default)]
    pub appraised: Option<Points>,
    #[serde(default)]
    pub previous_year: Option<DtiScore>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DtiScore {
    pub points: Points,
    pub max: Points,
}

/// A number of DTI points exactly as the file writes it (`exact`), for the verdict,
/// and as the nearest double (`shown`), for display only. "72.1 of 103 points" is
/// exactly 70 %; no double can say so (72.1 is not one), so verdicts compare `exact`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Points {
    pub exact: rust_decimal::Decimal,
    pub shown: f64,
}

/// DTI points that cannot be compared exactly.
#[derive(Debug, Clone, thiserror::Error)]
#[error(
    "`{0}` cannot be compared exactly: DTI points are written as a decimal number of at most 28 significant digits"
)]
pub struct InexactPoints(pub String);

impl Points {
    /// A JSON number's text as points; an error when it has more significant digits
    /// than can be compared exactly (28).
    pub fn parse(text: &str) -> Result<Points, InexactPoints> {
        let text = text.trim();
        let exact = plain_decimal(text)
            .and_then(|plain| rust_decimal::Decimal::from_str_exact(&plain).ok());
        let shown = serde_json::from_str::<f64>(text).ok();
        match (exact, shown) {
            (Some(exact), Some(shown)) => Ok(Points {
                exact: exact.normalize(),
                shown,
            }),
            _ => Err(InexactPoints(text.to_string())),
        }
    }
}

/// A JSON number's text without its exponent ("7.21e1" → "72.1"), so that it can be
/// read exactly; `None` when it is not a JSON number or its exponent is beyond any
/// exact decimal (28 digits).
fn plain_decimal(text: &str) -> Option<String> {
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(i) => (&text[..i], text[i + 1..].parse::<i32>().ok()?),
        None => return Some(text.to_owned()),
    };
    if exponent.unsigned_abs() > 60 {
        return None;
    }
    let (negative, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mantissa),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int.is_empty() || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = format!("{int}{frac}");
    // The decimal point sits `point` digits from the left of `digits`.
    let point = int.len() as i64 + i64::from(exponent);
    let plain = if point <= 0 {
        format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize))
    } else if point as usize >= digits.len() {
        format!("{digits}{}", "0".repeat(point as usize - digits.len()))
    } else {
        let (a, b) = digits.split_at(point as usize);
        format!("{a}.{b}")
    };
    Some(if negative { format!("-{plain}") } else { plain })
}

impl<'de> Deserialize<'de> for Points {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Box::<serde_json::value::RawValue>::deserialize(d)?;
        Points::parse(raw.get()).map_err(serde::de::Error::custom)
    }
}

/// Which figures an evaluation uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Appraised figures where the dataset has them, self-assessed ones otherwise.
    Appraised,
    /// Only the locality's self-assessed figures.
    SelfAssessed,
}

/// Where a fact value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactSource {
    SelfAssessed,
    Appraised,
    /// Computed by the host from other datasets (a district's communes).
    Computed,
    /// A figure the host could compute from other datasets, declared in the dataset
    /// instead (a district without its communes' data; a previous year's result).
    Declared,
    /// Should have been computed, but could not be (the reason is in the outcome).
    Unavailable,
    Absent,
}

impl Dataset {
    /// The value of a fact on the given basis, and where it came from.
    pub fn fact(&self, key: &str, basis: Basis) -> (Option<&serde_json::Value>, FactSource) {
        if basis == Basis::Appraised
            && let Some(v) = self.appraised_facts.get(key).filter(|v| !v.is_null())
        {
            return (Some(v), FactSource::Appraised);
        }
        match self.facts.get(key).filter(|v| !v.is_null()) {
            Some(v) => (Some(v), FactSource::SelfAssessed),
            None => (None, FactSource::Absent),
        }
    }

    /// The DTI points on the given basis, and where they came from.
    pub fn dti_points(&self, basis: Basis) -> Option<(Points, Points, FactSource)> {
        let dti = self.dti.as_ref()?;
        if basis == Basis::Appraised
            && let Some(p) = dti.appraised
        {
            return Some((p, dti.max, FactSource::Appraised));
        }
        dti.self_assessed
            .map(|p| (p, dti.max, FactSource::SelfAssessed))
    }
}
