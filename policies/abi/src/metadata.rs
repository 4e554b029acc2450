//! The criterion contract: the metadata a module returns from `dtcheck_metadata`
//! (`ABI.md`, "Metadata"), defined once for both sides.
//!
//! A guest describes its row with the borrowed types here ([`Target`], [`Group`],
//! [`Evidence`], [`Judgement`], ...) and [`write`] turns them into the JSON document,
//! by hand (no serde in guests: it would dwarf the criterion). The host reads the same
//! document into [`Metadata`] (feature `host`, with serde), refusing unknown keys, and
//! checks its version against the module's. A test writes a row and reads it back, so
//! the two sides cannot drift apart.

use alloc::string::String;

/// The metadata version a module of this ABI writes (`"abi_version"`); the host
/// refuses a module whose metadata names another version than its export.
pub const METADATA_VERSION: i32 = crate::ABI_VERSION;

/// A target as written in the source.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Target {
    /// A percentage minimum ("75%" is `Min(75.0)`): met when the measured share is ≥ it.
    Min(f64),
    /// A text target that is a judgement or a yes/no ("Có", "Sử dụng hiệu quả").
    Text(&'static str),
    /// A count in disguise ("Tối thiểu 02 nhân sự"): at least `count`, or with `or_all`
    /// every one of the population ("Có 3 doanh nghiệp, hợp tác xã trở lên hoặc 100%
    /// …"). `text` is the source wording, shown in reports.
    AtLeast {
        count: u32,
        or_all: bool,
        text: &'static str,
    },
    /// `*` in a year column or "Không áp dụng" at a level: not assessed.
    NotAssessed,
}

/// Targets of a criterion, keyed by assessment year or by maturity level.
pub enum Targets {
    /// Thanh Hóa sets: one target per assessment year.
    ByYear(&'static [(u16, Target)]),
    /// National framework 2361: targets at levels 1..=5, in order.
    ByLevel(&'static [Target; 5]),
}

/// A criteria group ("1 Chính quyền số").
pub struct Group {
    pub id: &'static str,
    pub name: &'static str,
}

/// A required evidence document: an id of the data dictionary and its Vietnamese title
/// as in the source ("Thành phần hồ sơ chứng minh").
pub struct Evidence {
    pub id: &'static str,
    pub title: &'static str,
}

/// The wording of a criterion-specific judgement (a reason outside the shared
/// vocabulary), in Vietnamese and English; `{0}`, `{1}` … stand for its parameters.
pub struct Judgement {
    pub vi: &'static str,
    pub en: &'static str,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LevelOfGovernment {
    Commune,
    District,
}

/// Everything the metadata document holds, borrowed from a guest's constant.
pub struct Row<'a> {
    pub id: &'a str,
    pub group: &'a Group,
    pub name: &'a str,
    pub unit: &'a str,
    pub targets: &'a Targets,
    pub agency: &'a str,
    pub legal_basis: &'a str,
    pub source: &'a str,
    pub data_source: &'a str,
    pub level_of_government: LevelOfGovernment,
    pub evidence: &'a [Evidence],
    pub facts: &'a [&'a str],
    pub notes: &'a [&'a str],
    pub judgements: &'a [Judgement],
}

/// Writes the metadata document of `ABI.md`. `num` renders a number as the guest's text
/// module does (shortest form, no `core::fmt` floats).
pub fn write(row: &Row<'_>, num: fn(&mut String, f64)) -> String {
    let mut j = Json(String::with_capacity(1024), num);
    j.raw("{\"abi_version\":");
    num(&mut j.0, f64::from(METADATA_VERSION));
    j.key("id");
    j.string(row.id);
    j.key("group");
    j.raw("{\"id\":");
    j.string(row.group.id);
    j.raw(",\"name\":");
    j.string(row.group.name);
    j.raw("}");
    j.key("name");
    j.string(row.name);
    j.key("unit");
    j.string(row.unit);
    j.key("schedule");
    j.string(match row.targets {
        Targets::ByYear(_) => "year",
        Targets::ByLevel(_) => "level",
    });
    j.key("targets");
    j.raw("[");
    let mut put = |i: usize, key: f64, t: &Target| {
        j.sep(i);
        j.raw("[\"");
        num(&mut j.0, key);
        j.raw("\",");
        j.target(t);
        j.raw("]");
    };
    match row.targets {
        Targets::ByYear(rows) => {
            for (i, (year, t)) in rows.iter().enumerate() {
                put(i, f64::from(*year), t);
            }
        }
        Targets::ByLevel(levels) => {
            for (i, t) in levels.iter().enumerate() {
                put(i, (i + 1) as f64, t);
            }
        }
    }
    j.raw("]");
    j.key("agency");
    j.string(row.agency);
    j.key("legal_basis");
    j.string(row.legal_basis);
    j.key("source");
    j.string(row.source);
    j.key("data_source");
    j.string(row.data_source);
    j.key("level_of_government");
    j.string(match row.level_of_government {
        LevelOfGovernment::Commune => "commune",
        LevelOfGovernment::District => "district",
    });
    j.key("evidence");
    j.raw("[");
    for (i, e) in row.evidence.iter().enumerate() {
        j.sep(i);
        j.raw("{\"id\":");
        j.string(e.id);
        j.raw(",\"title\":");
        j.string(e.title);
        j.raw("}");
    }
    j.raw("]");
    j.key("facts");
    j.strings(row.facts);
    j.key("notes");
    j.strings(row.notes);
    j.key("judgements");
    j.raw("[");
    for (i, w) in row.judgements.iter().enumerate() {
        j.sep(i);
        j.raw("{\"vi\":");
        j.string(w.vi);
        j.raw(",\"en\":");
        j.string(w.en);
        j.raw("}");
    }
    j.raw("]}");
    j.0
}

struct Json(String, fn(&mut String, f64));

impl Json {
    fn raw(&mut self, s: &str) {
        self.0.push_str(s);
    }

    fn key(&mut self, k: &str) {
        self.0.push(',');
        self.string(k);
        self.0.push(':');
    }

    fn sep(&mut self, i: usize) {
        if i > 0 {
            self.0.push(',');
        }
    }

    fn strings(&mut self, items: &[&str]) {
        self.0.push('[');
        for (i, s) in items.iter().enumerate() {
            self.sep(i);
            self.string(s);
        }
        self.0.push(']');
    }

    fn target(&mut self, t: &Target) {
        match t {
            Target::Min(n) => (self.1)(&mut self.0, *n),
            Target::Text(s) => self.string(s),
            Target::AtLeast {
                count,
                or_all,
                text,
            } => {
                self.raw("{\"text\":");
                self.string(text);
                self.raw(",\"at_least\":");
                (self.1)(&mut self.0, f64::from(*count));
                if *or_all {
                    self.raw(",\"or_all\":true");
                }
                self.raw("}");
            }
            Target::NotAssessed => self.0.push_str("null"),
        }
    }

    fn string(&mut self, s: &str) {
        self.0.push('"');
        for ch in s.chars() {
            match ch {
                '"' => self.0.push_str("\\\""),
                '\\' => self.0.push_str("\\\\"),
                '\n' => self.0.push_str("\\n"),
                '\r' => self.0.push_str("\\r"),
                '\t' => self.0.push_str("\\t"),
                c if (c as u32) < 0x20 => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.0.push_str("\\u00");
                    self.0.push(char::from(HEX[(c as usize) >> 4]));
                    self.0.push(char::from(HEX[(c as usize) & 0xf]));
                }
                c => self.0.push(c),
            }
        }
        self.0.push('"');
    }
}

#[cfg(feature = "host")]
pub use host::*;

/// The host's reading of the document: the same keys, owned.
#[cfg(feature = "host")]
mod host {
    extern crate std;
    use alloc::string::String;
    use alloc::vec::Vec;
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
    #[serde(deny_unknown_fields)]
    pub struct GroupMeta {
        pub id: Arc<str>,
        pub name: String,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct EvidenceMeta {
        // Shared into the results of every locality.
        pub id: Arc<str>,
        pub title: Arc<str>,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct JudgementMeta {
        pub vi: String,
        pub en: String,
    }

    /// A count in disguise, as the metadata states it (`Target::AtLeast`).
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct CountTarget {
        pub text: String,
        pub at_least: u32,
        #[serde(default)]
        pub or_all: bool,
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
        /// `(year or level, target as written)`: a number for a percentage, a string
        /// for a text target, `null` for `*` / "Không áp dụng". A count target is its
        /// source text here; its rule is in `counts`.
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
        /// Wording of the criterion's own judgements (ABI v3; absent before).
        #[serde(default)]
        pub judgements: Vec<JudgementMeta>,
        /// The count targets, by year or level key (filled by [`Metadata::parse`]).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub counts: Vec<(String, CountTarget)>,
    }

    /// Why a metadata document was refused.
    #[derive(Debug)]
    pub enum MetadataError {
        Json(serde_json::Error),
        Version {
            metadata: u32,
            module: i32,
        },
        Target {
            key: String,
            error: serde_json::Error,
        },
    }

    impl core::fmt::Display for MetadataError {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self {
                Self::Json(e) => write!(f, "{e}"),
                Self::Version { metadata, module } => write!(
                    f,
                    "metadata says abi_version {metadata} but the module exports version {module}"
                ),
                Self::Target { key, error } => write!(f, "target for `{key}`: {error}"),
            }
        }
    }

    impl Metadata {
        /// Reads a module's metadata and checks it against the version the module
        /// exports. Modules of ABI v1 and v2 wrote `"abi_version": 1` whatever they
        /// were: their number is not checked.
        pub fn parse(json: &[u8], module_version: i32) -> Result<Self, MetadataError> {
            let mut meta: Metadata = serde_json::from_slice(json).map_err(MetadataError::Json)?;
            if module_version >= 3 && i64::from(meta.abi_version) != i64::from(module_version) {
                return Err(MetadataError::Version {
                    metadata: meta.abi_version,
                    module: module_version,
                });
            }
            meta.counts.clear();
            for (key, target) in &mut meta.targets {
                if target.is_object() {
                    let count: CountTarget =
                        serde_json::from_value(target.take()).map_err(|error| {
                            MetadataError::Target {
                                key: key.clone(),
                                error,
                            }
                        })?;
                    *target = serde_json::Value::String(count.text.clone());
                    meta.counts.push((key.clone(), count));
                }
            }
            Ok(meta)
        }

        /// The target written for a year or level key; `None` when the key is not in
        /// the table at all, `Some(Null)` for `*` / "Không áp dụng".
        pub fn target(&self, key: &str) -> Option<&serde_json::Value> {
            self.targets.iter().find(|(k, _)| k == key).map(|(_, v)| v)
        }

        /// Targets as a JSON object keyed by year or level, in table order.
        pub fn targets_object(&self) -> serde_json::Map<String, serde_json::Value> {
            self.targets.iter().cloned().collect()
        }
    }
}

#[cfg(all(test, feature = "host"))]
mod tests {
    use super::*;

    fn num(out: &mut String, n: f64) {
        // Whole numbers only in this test's row.
        let mut buf = [0u8; 20];
        let mut i = buf.len();
        let mut v = n as u64;
        loop {
            i -= 1;
            buf[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        out.push_str(core::str::from_utf8(&buf[i..]).unwrap_or(""));
    }

    #[test]
    fn what_a_guest_writes_the_host_reads() {
        let row = Row {
            id: "xa.I.7",
            group: &Group {
                id: "I",
                name: "Chính quyền số",
            },
            name: "Có bố trí người làm công tác chuyên trách",
            unit: "Nhân sự",
            targets: &Targets::ByLevel(&[
                Target::NotAssessed,
                Target::Min(50.0),
                Target::Text("Có"),
                Target::AtLeast {
                    count: 1,
                    or_all: false,
                    text: "Tối thiểu 01 nhân sự",
                },
                Target::AtLeast {
                    count: 3,
                    or_all: true,
                    text: "Có 3 trở lên hoặc 100%",
                },
            ]),
            agency: "",
            legal_basis: "Chỉ thị \"18\"",
            source: "2361/QĐ-BTTTT, Phụ lục I, dòng I.7",
            data_source: "",
            level_of_government: LevelOfGovernment::Commune,
            evidence: &[Evidence {
                id: "doc",
                title: "Quyết định",
            }],
            facts: &["a.b", "c.d"],
            notes: &["note"],
            judgements: &[Judgement {
                vi: "{0} người",
                en: "{0} people",
            }],
        };
        let json = write(&row, num);
        let meta = Metadata::parse(json.as_bytes(), 3).expect(&json);
        assert_eq!(meta.abi_version, 3);
        assert_eq!(&*meta.id, "xa.I.7");
        assert_eq!(meta.target("1"), Some(&serde_json::Value::Null));
        assert_eq!(meta.target("2"), Some(&serde_json::json!(50)));
        assert_eq!(
            meta.target("4"),
            Some(&serde_json::json!("Tối thiểu 01 nhân sự"))
        );
        assert_eq!(meta.counts.len(), 2);
        assert_eq!(meta.counts[1].1.at_least, 3);
        assert!(meta.counts[1].1.or_all);
        assert_eq!(meta.judgements[0].en, "{0} people");
        assert_eq!(meta.legal_basis, "Chỉ thị \"18\"");
        // The version in the document must be the module's.
        assert!(matches!(
            Metadata::parse(json.as_bytes(), 4),
            Err(MetadataError::Version { .. })
        ));
        // And an older module's `1` is not held against it.
        let old = json.replacen("\"abi_version\":3", "\"abi_version\":1", 1);
        assert!(Metadata::parse(old.as_bytes(), 2).is_ok());
    }
}
