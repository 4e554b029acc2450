//! Reading a plainly valid dataset straight into a [`Dataset`], without building the
//! JSON tree the schema validator needs: the common case of every batch run, where a
//! file's facts and documents are the bulk of its reading cost (a tree of maps and
//! strings built, validated, then moved and dropped).
//!
//! The direct reader is an optimisation, never a second judge. It accepts a document
//! only when every part of it is of a form the schema plainly accepts (an integer fact
//! at or above its minimum, a document with a non-empty title, ...) and gives up at the
//! first thing it does not recognise: an unknown or repeated key, a float where an
//! integer is declared, an escaped key, an inline commune, anything else. The caller
//! then takes the full path (tree plus JSON Schema), which alone decides and reports
//! problems. So what the direct reader accepts is a subset of what the schema accepts,
//! and it yields the same [`Dataset`] the full path would (both checked by
//! `tests/datasets.rs` on every bundled file and on edits of them).
//!
//! The structure of a document (top-level members, locality, DTI, document) is written
//! out here; the facts and evidence ids are read from the schema. The reader is only
//! enabled when the schema's structure, without its annotations, is exactly
//! `STRUCTURE`: edit the schema's structure and the direct reader switches itself
//! off (a unit test then says so) until it is updated to match.

use crate::dataset::Document;
use crate::dataset::model::{
    CommuneRef, Dataset, Dti, DtiScore, EvidenceIds, FactKey, Facts, Locality, Points, interned,
};
use rustc_hash::FxHashMap;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::fmt;

/// The schema's structure this reader implements: the schema with annotations
/// (`title`, `description`, `x-*`, ...) removed and the fact and evidence properties
/// emptied (those are read from the schema itself).
const STRUCTURE: &str = r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://dtcheck.example/schema/dataset.v1.schema.json",
  "type": "object",
  "additionalProperties": false,
  "required": ["dataset_version", "locality", "year", "facts", "evidence"],
  "properties": {
    "$schema": {"type": "string"},
    "dataset_version": {"const": 1},
    "synthetic": {"type": "boolean"},
    "note": {"type": "string"},
    "locality": {"$ref": "#/$defs/locality"},
    "year": {"type": "integer", "minimum": 2000, "maximum": 2100},
    "facts": {"$ref": "#/$defs/facts"},
    "appraised_facts": {"$ref": "#/$defs/facts"},
    "evidence": {"$ref": "#/$defs/evidence"},
    "dti": {"$ref": "#/$defs/dti"},
    "derived": {"type": "object", "additionalProperties": {"$ref": "#/$defs/derivation"}},
    "communes": {
      "type": "array",
      "items": {"anyOf": [{"type": "string", "minLength": 1}, {"$ref": "#"}]}
    }
  },
  "$defs": {
    "locality": {
      "type": "object",
      "additionalProperties": false,
      "required": ["code", "name", "level", "province"],
      "properties": {
        "code": {"type": "string", "pattern": "^[0-9]{3,5}$"},
        "name": {"type": "string", "minLength": 1},
        "level": {"enum": ["commune", "district"]},
        "province": {"type": "string", "minLength": 1},
        "district": {"type": "string", "minLength": 1}
      },
      "if": {"properties": {"level": {"const": "commune"}}, "required": ["level"]},
      "then": {"required": ["district"]}
    },
    "dti": {
      "type": "object",
      "additionalProperties": false,
      "required": ["max"],
      "properties": {
        "max": {"type": "number", "exclusiveMinimum": 0},
        "self_assessed": {"type": "number", "minimum": 0},
        "appraised": {"type": "number", "minimum": 0},
        "previous_year": {
          "type": "object",
          "additionalProperties": false,
          "required": ["points", "max"],
          "properties": {
            "points": {"type": "number", "minimum": 0},
            "max": {"type": "number", "exclusiveMinimum": 0}
          }
        }
      }
    },
    "facts": {"type": "object", "additionalProperties": false, "properties": {}},
    "evidence": {"type": "object", "additionalProperties": false, "properties": {}},
    "document": {
      "type": "object",
      "additionalProperties": false,
      "required": ["title"],
      "properties": {
        "title": {"type": "string", "minLength": 1},
        "reference": {"type": "string"},
        "url": {"type": "string"},
        "issued": {"type": "string"}
      }
    },
    "derivation": {
      "type": "object",
      "additionalProperties": false,
      "required": ["form", "sheet", "rows", "counted"],
      "properties": {
        "form": {"type": "string", "minLength": 1},
        "sheet": {"type": "string", "minLength": 1},
        "rows": {"type": "integer", "minimum": 0},
        "counted": {"type": "integer", "minimum": 0},
        "what": {"type": "string"},
        "workbook_sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"}
      }
    }
  }
}"##;

/// Reads documents of the schema it was built from; see the module documentation.
pub(crate) struct DirectReader {
    /// The facts the reader can check, by key. A fact whose definition uses anything
    /// else than `type` and `minimum`/`maximum` is left out: the full path checks it.
    facts: FxHashMap<&'static str, FactRule>,
    /// Evidence ids whose definition is exactly a reference to `document`.
    evidence: FxHashMap<String, ()>,
}

/// What a fact definition requires of a value.
#[derive(Debug, Clone, Copy, PartialEq)]
enum FactRule {
    Boolean,
    /// `integer` (only integers written without a fraction are read directly).
    Integer(Bounds),
    Number(Bounds),
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Bounds {
    minimum: Option<f64>,
    maximum: Option<f64>,
}

impl Bounds {
    fn admit(&self, x: f64) -> bool {
        self.minimum.is_none_or(|m| x >= m) && self.maximum.is_none_or(|m| x <= m)
    }
}

impl DirectReader {
    /// The reader for `schema`, or `None` when the schema's structure is not the one
    /// this reader implements.
    pub(crate) fn for_schema(schema: &Value) -> Option<DirectReader> {
        let expected: Value = serde_json::from_str(STRUCTURE).ok()?;
        if structure_of(schema) != expected {
            return None;
        }
        let properties = |pointer: &str| {
            schema
                .pointer(pointer)
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
        };
        let facts = properties("/$defs/facts/properties")
            .filter_map(|(key, def)| Some((interned(key), fact_rule(def)?)))
            .collect();
        let evidence = properties("/$defs/evidence/properties")
            .filter(|(_, def)| is_document_ref(def))
            .map(|(id, _)| (id.clone(), ()))
            .collect();
        Some(DirectReader { facts, evidence })
    }

    /// The dataset `text` holds when it is plainly valid; `None` when the full path
    /// must decide (see the module documentation).
    pub(crate) fn read(&self, text: &str) -> Option<Dataset> {
        let mut de = serde_json::Deserializer::from_str(text);
        let dataset = DocumentSeed(self).deserialize(&mut de).ok()?;
        de.end().ok()?;
        Some(dataset)
    }
}

/// Whether a key names an annotation: no effect on validation.
fn is_annotation(key: &str) -> bool {
    matches!(
        key,
        "title" | "description" | "$comment" | "examples" | "default" | "deprecated"
    ) || key.starts_with("x-")
}

/// `schema` without annotations, its fact and evidence properties emptied.
fn structure_of(schema: &Value) -> Value {
    fn strip(v: &Value) -> Value {
        let Value::Object(map) = v else {
            return v.clone();
        };
        let mut out = serde_json::Map::new();
        for (k, v) in map {
            if is_annotation(k) {
                continue;
            }
            // Maps of named subschemas: the names are data, not keywords.
            let stripped = match (k.as_str(), v) {
                ("properties" | "$defs" | "patternProperties", Value::Object(named)) => {
                    Value::Object(named.iter().map(|(n, s)| (n.clone(), strip(s))).collect())
                }
                (_, Value::Array(items)) => Value::Array(items.iter().map(strip).collect()),
                _ => strip(v),
            };
            out.insert(k.clone(), stripped);
        }
        Value::Object(out)
    }
    let mut structure = strip(schema);
    for pointer in ["/$defs/facts/properties", "/$defs/evidence/properties"] {
        if let Some(p) = structure.pointer_mut(pointer) {
            *p = Value::Object(serde_json::Map::new());
        }
    }
    structure
}

/// The rule of a fact definition, if it uses nothing but `type`, `minimum` and
/// `maximum` besides annotations.
fn fact_rule(def: &Value) -> Option<FactRule> {
    let mut kind = None;
    let mut bounds = Bounds::default();
    for (k, v) in def.as_object()? {
        match k.as_str() {
            "type" => kind = Some(v.as_str()?),
            "minimum" => bounds.minimum = Some(v.as_f64()?),
            "maximum" => bounds.maximum = Some(v.as_f64()?),
            k if is_annotation(k) => {}
            _ => return None,
        }
    }
    match kind? {
        "boolean" if bounds == Bounds::default() => Some(FactRule::Boolean),
        "integer" => Some(FactRule::Integer(bounds)),
        "number" => Some(FactRule::Number(bounds)),
        _ => None,
    }
}

fn is_document_ref(def: &Value) -> bool {
    def.as_object().is_some_and(|m| {
        m.iter().all(|(k, v)| match k.as_str() {
            "$ref" => v == "#/$defs/document",
            k => is_annotation(k),
        }) && m.contains_key("$ref")
    })
}

/// Gives up: the reason is never shown (the full path reports problems).
fn give_up<E: de::Error>() -> E {
    E::custom("not read directly")
}

/// Marks each member of an object as seen, giving up on a repeated one.
#[derive(Default)]
struct Seen(u32);

impl Seen {
    fn first<E: de::Error>(&mut self, member: usize) -> Result<(), E> {
        let bit = 1 << member;
        if self.0 & bit != 0 {
            return Err(give_up());
        }
        self.0 |= bit;
        Ok(())
    }

    fn has(&self, member: usize) -> bool {
        self.0 & (1 << member) != 0
    }
}

/// The next member of an object whose members are `names`, as its index; gives up on
/// any other or a repeated one.
fn next_member<'de, A: MapAccess<'de>>(
    map: &mut A,
    names: &[&str],
    seen: &mut Seen,
) -> Result<Option<usize>, A::Error> {
    let Some(member) = map.next_key_seed(StrWith(|k: &str| names.iter().position(|m| *m == k)))?
    else {
        return Ok(None);
    };
    seen.first(member)?;
    Ok(Some(member))
}

/// Implements `DeserializeSeed` for a seed that is its own visitor, asking the
/// deserializer for what it reads with `$method` (`deserialize_map` for an object).
macro_rules! seed {
    ($seed:ty, $value:ty, $method:ident) => {
        impl<'de> DeserializeSeed<'de> for $seed {
            type Value = $value;
            fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<$value, D::Error> {
                d.$method(self)
            }
        }
    };
}

/// Reads a string, borrowed or not (an escaped one too), through `F`; gives up when
/// `F` does not accept it. For keys and for string values alike.
struct StrWith<F>(F);

impl<'de, T, F: FnOnce(&str) -> Option<T>> DeserializeSeed<'de> for StrWith<F> {
    type Value = T;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de, T, F: FnOnce(&str) -> Option<T>> Visitor<'de> for StrWith<F> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<T, E> {
        (self.0)(s).ok_or_else(give_up)
    }
}

/// A string value, kept; given up on when empty and `non_empty`.
fn text<'de, A: MapAccess<'de>>(map: &mut A, non_empty: bool) -> Result<String, A::Error> {
    map.next_value_seed(StrWith(|s: &str| {
        (!non_empty || !s.is_empty()).then(|| s.to_owned())
    }))
}

/// A string value, checked only (never allocated).
fn check_text<'de, A: MapAccess<'de>>(map: &mut A, non_empty: bool) -> Result<(), A::Error> {
    map.next_value_seed(StrWith(|s: &str| {
        (!non_empty || !s.is_empty()).then_some(())
    }))
}

/// An integer written without fraction or sign, within `range`.
struct Whole(std::ops::RangeInclusive<u64>);

seed!(Whole, u64, deserialize_u64);

impl Visitor<'_> for Whole {
    type Value = u64;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer")
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<u64, E> {
        if self.0.contains(&n) {
            Ok(n)
        } else {
            Err(give_up())
        }
    }
}

/// The whole document.
struct DocumentSeed<'r>(&'r DirectReader);
seed!(DocumentSeed<'_>, Dataset, deserialize_map);

impl<'de> Visitor<'de> for DocumentSeed<'_> {
    type Value = Dataset;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a dataset")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Dataset, A::Error> {
        #[derive(Clone, Copy)]
        enum Member {
            Schema,
            Version,
            Synthetic,
            Note,
            Locality,
            Year,
            Facts,
            AppraisedFacts,
            Evidence,
            Dti,
            Communes,
        }
        let reader = self.0;
        let mut seen = Seen::default();
        let (mut version, mut synthetic, mut note, mut locality, mut year) =
            (None, false, None, None, None);
        let (mut facts, mut appraised_facts, mut evidence, mut dti, mut communes) =
            (None, Facts::default(), None, None, Vec::new());
        while let Some(member) = map.next_key_seed(StrWith(|k: &str| {
            Some(match k {
                "$schema" => Member::Schema,
                "dataset_version" => Member::Version,
                "synthetic" => Member::Synthetic,
                "note" => Member::Note,
                "locality" => Member::Locality,
                "year" => Member::Year,
                "facts" => Member::Facts,
                "appraised_facts" => Member::AppraisedFacts,
                "evidence" => Member::Evidence,
                "dti" => Member::Dti,
                "communes" => Member::Communes,
                _ => return None,
            })
        }))? {
            seen.first(member as usize)?;
            match member {
                Member::Schema => check_text(&mut map, false)?,
                Member::Version => version = Some(map.next_value_seed(Whole(1..=1))?),
                Member::Synthetic => synthetic = map.next_value()?,
                Member::Note => note = Some(text(&mut map, false)?),
                Member::Locality => locality = Some(map.next_value_seed(LocalitySeed)?),
                Member::Year => year = Some(map.next_value_seed(Whole(2000..=2100))?),
                Member::Facts => facts = Some(map.next_value_seed(FactsSeed(reader, true))?),
                Member::AppraisedFacts => {
                    appraised_facts = map.next_value_seed(FactsSeed(reader, false))?
                }
                Member::Evidence => evidence = Some(map.next_value_seed(EvidenceSeed(reader))?),
                Member::Dti => dti = Some(map.next_value_seed(DtiSeed)?),
                Member::Communes => communes = map.next_value_seed(CommunePathsSeed)?,
            }
        }
        let (Some(dataset_version), Some(locality), Some(year), Some(facts), Some(evidence)) =
            (version, locality, year, facts, evidence)
        else {
            return Err(give_up());
        };
        Ok(Dataset {
            dataset_version: dataset_version as u32,
            synthetic,
            note,
            locality,
            year: year as u16,
            facts,
            appraised_facts,
            evidence,
            dti,
            derived: Default::default(),
            communes,
        })
    }
}

struct LocalitySeed;
seed!(LocalitySeed, Locality, deserialize_map);

impl<'de> Visitor<'de> for LocalitySeed {
    type Value = Locality;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a locality")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Locality, A::Error> {
        let mut seen = Seen::default();
        let (mut code, mut name, mut level, mut province, mut district) =
            (None, None, None, None, None);
        let names = ["code", "name", "level", "province", "district"];
        while let Some(member) = next_member(&mut map, &names, &mut seen)? {
            let value = text(&mut map, true)?;
            match member {
                0 if (3..=5).contains(&value.len())
                    && value.bytes().all(|b| b.is_ascii_digit()) =>
                {
                    code = Some(value)
                }
                1 => name = Some(value),
                2 if value == "commune" || value == "district" => level = Some(value),
                3 => province = Some(value),
                4 => district = Some(value),
                _ => return Err(give_up()),
            }
        }
        let (Some(code), Some(name), Some(level), Some(province)) = (code, name, level, province)
        else {
            return Err(give_up());
        };
        if level == "commune" && district.is_none() {
            return Err(give_up());
        }
        Ok(Locality {
            code,
            name,
            level,
            province,
            district,
        })
    }
}

/// `facts` or `appraised_facts`; the flag says the first, whose map is sized for a
/// report of every fact.
struct FactsSeed<'r>(&'r DirectReader, bool);
seed!(FactsSeed<'_>, Facts, deserialize_map);

impl<'de> Visitor<'de> for FactsSeed<'_> {
    type Value = Facts;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("facts")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Facts, A::Error> {
        let FactsSeed(reader, full_report) = self;
        let mut facts = Facts::default();
        if full_report {
            // Sized once for a report of every fact, instead of growing step by step.
            facts.reserve(reader.facts.len());
        }
        while let Some((key, rule)) = map.next_key_seed(StrWith(|k: &str| {
            reader
                .facts
                .get_key_value(k)
                .map(|(&k, rule)| (FactKey::Borrowed(k), *rule))
        }))? {
            let value = map.next_value_seed(FactValue(rule))?;
            if facts.insert(key, value).is_some() {
                return Err(give_up());
            }
        }
        Ok(facts)
    }
}

/// A fact's value, admitted by its rule.
struct FactValue(FactRule);

seed!(FactValue, Value, deserialize_any);

impl Visitor<'_> for FactValue {
    type Value = Value;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a fact value")
    }
    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Value, E> {
        match self.0 {
            FactRule::Boolean => Ok(Value::Bool(b)),
            _ => Err(give_up()),
        }
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Value, E> {
        // Beyond 2^53 a bound compared as f64 could round: left to the full path.
        match self.0 {
            FactRule::Integer(b) | FactRule::Number(b) if n < 1 << 53 && b.admit(n as f64) => {
                Ok(Value::from(n))
            }
            _ => Err(give_up()),
        }
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Value, E> {
        match self.0 {
            FactRule::Integer(b) | FactRule::Number(b) if n > -(1 << 53) && b.admit(n as f64) => {
                Ok(Value::from(n))
            }
            _ => Err(give_up()),
        }
    }
    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Value, E> {
        // An integer fact written with a fraction ("3.0") is the full path's to judge.
        match self.0 {
            FactRule::Number(b) if b.admit(n) => Ok(Value::from(n)),
            _ => Err(give_up()),
        }
    }
}

/// The evidence documents supplied, by id, each document's form checked.
struct EvidenceSeed<'r>(&'r DirectReader);
seed!(EvidenceSeed<'_>, EvidenceIds, deserialize_map);

impl<'de> Visitor<'de> for EvidenceSeed<'_> {
    type Value = EvidenceIds;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("evidence")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<EvidenceIds, A::Error> {
        let reader = self.0;
        let mut ids = EvidenceIds::default();
        while let Some(id) = map.next_key_seed(StrWith(|k: &str| {
            reader.evidence.get_key_value(k).map(|(id, ())| id.clone())
        }))? {
            let document = map.next_value_seed(DocumentFormSeed)?;
            if ids.insert(id, std::sync::Arc::new(document)).is_some() {
                return Err(give_up());
            }
        }
        Ok(ids)
    }
}

/// One evidence document: a non-empty `title`, optional `reference`, `url`, `issued`.
struct DocumentFormSeed;
seed!(DocumentFormSeed, Document, deserialize_map);

impl<'de> Visitor<'de> for DocumentFormSeed {
    type Value = Document;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a document")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Document, A::Error> {
        let mut seen = Seen::default();
        let names = ["title", "reference", "url", "issued"];
        let mut document = Document::default();
        while let Some(member) = next_member(&mut map, &names, &mut seen)? {
            let text = map.next_value_seed(StrWith(|s: &str| {
                (member != 0 || !s.is_empty()).then(|| s.to_owned())
            }))?;
            match member {
                0 => document.title = text,
                1 => document.reference = Some(text),
                2 => document.url = Some(text),
                _ => document.issued = Some(text),
            }
        }
        if !seen.has(0) {
            return Err(give_up());
        }
        Ok(document)
    }
}

struct DtiSeed;
seed!(DtiSeed, Dti, deserialize_map);

/// DTI points as written (see [`Points`]), when at least `minimum` (or above it, when
/// `strictly`); anything else is the full path's to judge.
fn points<'de, A: MapAccess<'de>>(map: &mut A, strictly: bool) -> Result<Points, A::Error> {
    let raw = map.next_value::<&'de serde_json::value::RawValue>()?;
    let p = Points::parse(raw.get()).map_err(|_| give_up())?;
    let zero = rust_decimal::Decimal::ZERO;
    let admitted = if strictly {
        p.exact > zero
    } else {
        p.exact >= zero
    };
    if admitted && raw.get().starts_with(|c: char| c.is_ascii_digit()) {
        Ok(p)
    } else {
        Err(give_up())
    }
}

impl<'de> Visitor<'de> for DtiSeed {
    type Value = Dti;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a DTI score")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Dti, A::Error> {
        let mut seen = Seen::default();
        let (mut max, mut self_assessed, mut appraised, mut previous_year) =
            (None, None, None, None);
        let names = ["max", "self_assessed", "appraised", "previous_year"];
        while let Some(member) = next_member(&mut map, &names, &mut seen)? {
            match member {
                0 => max = Some(points(&mut map, true)?),
                1 => self_assessed = Some(points(&mut map, false)?),
                2 => appraised = Some(points(&mut map, false)?),
                _ => previous_year = Some(map.next_value_seed(DtiScoreSeed)?),
            }
        }
        let Some(max) = max else {
            return Err(give_up());
        };
        Ok(Dti {
            max,
            self_assessed,
            appraised,
            previous_year,
        })
    }
}

struct DtiScoreSeed;
seed!(DtiScoreSeed, DtiScore, deserialize_map);

impl<'de> Visitor<'de> for DtiScoreSeed {
    type Value = DtiScore;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a DTI result")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<DtiScore, A::Error> {
        let mut seen = Seen::default();
        let (mut points_, mut max) = (None, None);
        while let Some(member) = next_member(&mut map, &["points", "max"], &mut seen)? {
            if member == 0 {
                points_ = Some(points(&mut map, false)?);
            } else {
                max = Some(points(&mut map, true)?);
            }
        }
        match (points_, max) {
            (Some(points), Some(max)) => Ok(DtiScore { points, max }),
            _ => Err(give_up()),
        }
    }
}

/// A district's communes, when every entry is a path (an inline dataset is the full
/// path's to read).
struct CommunePathsSeed;

seed!(CommunePathsSeed, Vec<CommuneRef>, deserialize_seq);

impl<'de> Visitor<'de> for CommunePathsSeed {
    type Value = Vec<CommuneRef>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("commune paths")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<CommuneRef>, A::Error> {
        let mut paths = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(path) = seq.next_element_seed(StrWith(|s: &str| {
            (!s.is_empty()).then(|| CommuneRef::Path(s.to_owned()))
        }))? {
            paths.push(path);
        }
        Ok(paths)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_shipped_schema_has_the_structure_the_direct_reader_implements() {
        let schema: Value = serde_json::from_str(crate::dataset::SCHEMA_SOURCE).unwrap();
        let expected: Value = serde_json::from_str(STRUCTURE).unwrap();
        assert_eq!(
            structure_of(&schema),
            expected,
            "the dataset schema's structure changed: update the direct reader (and STRUCTURE) to match"
        );
        let reader = DirectReader::for_schema(&schema).expect("enabled");
        // Every fact and every evidence id of the shipped schema is read directly.
        let all = |p: &str| schema.pointer(p).and_then(Value::as_object).unwrap().len();
        assert_eq!(reader.facts.len(), all("/$defs/facts/properties"));
        assert_eq!(reader.evidence.len(), all("/$defs/evidence/properties"));
    }

    #[test]
    fn a_changed_structure_switches_the_direct_reader_off() {
        let mut schema: Value = serde_json::from_str(crate::dataset::SCHEMA_SOURCE).unwrap();
        schema["$defs"]["document"]["properties"]["title"]["minLength"] = 2.into();
        assert!(DirectReader::for_schema(&schema).is_none());
    }

    /// Every bundled dataset, a small generated country, and edits of them that make
    /// documents invalid or unusual: whatever the direct reader reads, the full path
    /// (tree, JSON Schema, typed reading) accepts too, as the same dataset.
    #[test]
    fn what_the_direct_reader_reads_the_full_path_reads_the_same() {
        let dictionary = crate::dataset::DataDictionary::shipped().unwrap();
        let reader = dictionary
            .direct
            .as_ref()
            .expect("enabled for the shipped schema");
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut texts = Vec::new();
        for dir in [
            "datasets/thanh-hoa/2024",
            "datasets/thanh-hoa/2024/cam-thuy",
        ] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "json") {
                    texts.push(std::fs::read_to_string(path).unwrap());
                }
            }
        }
        let country = tempfile::tempdir().unwrap();
        let plan = crate::authoring::generate::Plan {
            seed: 7,
            communes: 60,
            districts: 3,
            year: 2024,
        };
        crate::authoring::generate::generate(country.path(), &plan, dictionary).unwrap();
        for entry in walk(&country.path().join("districts")) {
            texts.push(std::fs::read_to_string(entry).unwrap());
        }
        let originals = texts.len();
        assert!(originals > 60);
        let mut edited = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            let doc: Value = serde_json::from_str(text).unwrap();
            // Every edit on the bundled samples, one edit in turn on generated files.
            for (j, edit) in EDITS.iter().enumerate() {
                if i < 6 || j % (originals - 5) == i % (originals - 5) {
                    edited.extend(edit(&doc));
                }
            }
            // Edits of the text itself: a repeated member, an escaped key, trailing
            // content, a truncated document.
            edited.push(text.replacen('{', "{\"year\": 2024,", 1));
            edited.push(text.replacen("\"facts\": {", "\"facts\": {\"officials.total\": 1,", 1));
            edited.push(text.replacen("\"officials.total\"", "\"officials\\u002etotal\"", 1));
            edited.push(format!("{text} {{}}"));
            let half = (0..=text.len() / 2)
                .rev()
                .find(|&i| text.is_char_boundary(i));
            edited.push(text[..half.unwrap_or(0)].to_owned());
        }
        let mut read = 0;
        let at = std::path::Path::new("t");
        for (n, text) in texts.iter().chain(&edited).enumerate() {
            let direct = reader.read(text);
            if n < originals {
                assert!(
                    direct.is_some(),
                    "a valid bundled or generated file is read directly"
                );
            }
            let Some(dataset) = direct else { continue };
            read += 1;
            // Both readings then get the checks a schema cannot express.
            match (
                crate::dataset::checked(at, dataset, Vec::new(), dictionary),
                crate::dataset::full(at, text, dictionary),
            ) {
                (Ok(direct), Ok(full)) => assert_eq!(direct.dataset, full.dataset, "{text}"),
                (Err(direct), Err(full)) => assert_eq!(direct.problems, full.problems, "{text}"),
                (direct, full) => panic!("direct {direct:?}, full {full:?}: {text}"),
            }
        }
        // The edits do exercise both sides.
        assert!(read > originals, "some edited documents are still valid");
        assert!(
            read < texts.len() + edited.len(),
            "invalid documents are given up on"
        );
    }

    fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                out.extend(walk(&path));
            } else {
                out.push(path);
            }
        }
        out.sort();
        out
    }

    type Edit = fn(&Value) -> Vec<String>;

    /// Edits of a parsed document, each giving the edited documents as text.
    const EDITS: &[Edit] = &[
        // Each member removed, each member's value replaced by values of other kinds.
        |doc| {
            let mut out = Vec::new();
            for key in doc.as_object().unwrap().keys() {
                let mut d = doc.clone();
                d.as_object_mut().unwrap().remove(key);
                out.push(d.to_string());
                for v in [
                    json!(null),
                    json!("x"),
                    json!(1.5),
                    json!(1),
                    json!([]),
                    json!({}),
                ] {
                    let mut d = doc.clone();
                    d[key] = v;
                    out.push(d.to_string());
                }
            }
            let mut d = doc.clone();
            d["unknown"] = json!(1);
            out.push(d.to_string());
            out
        },
        // Scalars at their bounds and beyond.
        |doc| {
            let mut out = Vec::new();
            let values = [
                json!(1999),
                json!(2000),
                json!(2100),
                json!(2101),
                json!(2024.0),
                json!(-1),
                json!(0),
                json!(0.0),
                json!(-0.5),
                json!(1e300),
                json!(9007199254740993u64),
                json!(true),
                json!(""),
                json!("2024"),
            ];
            for pointer in [
                "/year",
                "/dataset_version",
                "/dti/max",
                "/dti/self_assessed",
                "/dti/appraised",
                "/dti/previous_year/points",
                "/dti/previous_year/max",
                "/synthetic",
                "/note",
                "/$schema",
            ] {
                for v in &values {
                    let mut d = doc.clone();
                    if let Some(slot) = d.pointer_mut(pointer) {
                        *slot = v.clone();
                        out.push(d.to_string());
                    }
                }
            }
            out
        },
        // Facts: each kind of value in place of a few facts; unknown and removed keys.
        |doc| {
            let mut out = Vec::new();
            for member in ["facts", "appraised_facts"] {
                let Some(facts) = doc[member].as_object() else {
                    continue;
                };
                for key in facts.keys().step_by(7) {
                    for v in [
                        json!(-1),
                        json!(0),
                        json!(3),
                        json!(3.0),
                        json!(2.5),
                        json!(9007199254740993u64),
                        json!(-9007199254740993i64),
                        json!(true),
                        json!(false),
                        json!(null),
                        json!("3"),
                        json!([1]),
                        json!({}),
                    ] {
                        let mut d = doc.clone();
                        d[member][key] = v;
                        out.push(d.to_string());
                    }
                    let mut d = doc.clone();
                    d[member].as_object_mut().unwrap().remove(key);
                    out.push(d.to_string());
                }
                let mut d = doc.clone();
                d[member]["officials.totl"] = json!(3);
                out.push(d.to_string());
            }
            out
        },
        // Evidence: documents of every wrong form, unknown ids.
        |doc| {
            let mut out = Vec::new();
            let Some(evidence) = doc["evidence"].as_object() else {
                return out;
            };
            for id in evidence.keys().step_by(5) {
                for v in [
                    json!({}),
                    json!({"title": ""}),
                    json!({"title": "t", "extra": 1}),
                    json!({"title": 5}),
                    json!({"title": "t", "url": null}),
                    json!({"title": "t", "issued": "2024-01-01", "reference": "r", "url": "u"}),
                    json!("t"),
                    json!(null),
                    json!(true),
                ] {
                    let mut d = doc.clone();
                    d["evidence"][id] = v;
                    out.push(d.to_string());
                }
            }
            let mut d = doc.clone();
            d["evidence"]["no_such_document"] = json!({"title": "t"});
            out.push(d.to_string());
            out
        },
        // Locality: codes, levels, names, a commune without its district.
        |doc| {
            let mut out = Vec::new();
            for (key, values) in [
                (
                    "code",
                    vec![
                        json!("12"),
                        json!("123"),
                        json!("12345"),
                        json!("123456"),
                        json!("12a45"),
                        json!("１２３"),
                        json!(12345),
                    ],
                ),
                (
                    "level",
                    vec![
                        json!("commune"),
                        json!("district"),
                        json!("province"),
                        json!(1),
                    ],
                ),
                ("name", vec![json!(""), json!("x"), json!(null)]),
                ("province", vec![json!(""), json!("x")]),
                ("district", vec![json!(""), json!("x"), json!(5)]),
                ("extra", vec![json!("x")]),
            ] {
                for v in values {
                    let mut d = doc.clone();
                    d["locality"][key] = v;
                    out.push(d.to_string());
                }
                let mut d = doc.clone();
                d["locality"].as_object_mut().unwrap().remove(key);
                out.push(d.to_string());
            }
            out
        },
        // Communes: paths, empty paths, inline documents, other values.
        |doc| {
            let mut out = Vec::new();
            for v in [
                json!(["a.json"]),
                json!([""]),
                json!([5]),
                json!([{"year": 2024}]),
                json!([]),
                json!("a.json"),
            ] {
                let mut d = doc.clone();
                d["communes"] = v;
                out.push(d.to_string());
            }
            out
        },
    ];

    #[test]
    fn fact_rules_outside_type_and_bounds_are_left_to_the_full_path() {
        let rule = |v: Value| fact_rule(&v);
        assert_eq!(
            rule(serde_json::json!({"type": "integer", "minimum": 0, "title": "x"})),
            Some(FactRule::Integer(Bounds {
                minimum: Some(0.0),
                maximum: None
            }))
        );
        assert_eq!(
            rule(serde_json::json!({"type": "integer", "multipleOf": 2})),
            None
        );
        assert_eq!(rule(serde_json::json!({"type": "string"})), None);
        assert_eq!(
            rule(serde_json::json!({"type": "boolean", "minimum": 0})),
            None
        );
    }
}
