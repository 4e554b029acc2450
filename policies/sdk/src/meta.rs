//! The criterion metadata as the JSON document described in `ABI.md`, written by hand
//! (no serde in guests: it would dwarf the criterion).

use crate::text::push_num;
use crate::{Criterion, LevelOfGovernment, Target, Targets};
use alloc::string::String;

pub(crate) fn to_json(c: &Criterion) -> String {
    let mut j = Json(String::with_capacity(1024));
    j.raw("{\"abi_version\":");
    j.raw("1");
    j.key("id");
    j.string(c.id);
    j.key("group");
    j.raw("{\"id\":");
    j.string(c.group.id);
    j.raw(",\"name\":");
    j.string(c.group.name);
    j.raw("}");
    j.key("name");
    j.string(c.name);
    j.key("unit");
    j.string(c.unit);
    j.key("schedule");
    j.string(match c.targets {
        Targets::ByYear(_) => "year",
        Targets::ByLevel(_) => "level",
    });
    j.key("targets");
    j.raw("[");
    match &c.targets {
        Targets::ByYear(rows) => {
            for (i, (year, t)) in rows.iter().enumerate() {
                j.sep(i);
                j.raw("[\"");
                push_num(&mut j.0, f64::from(*year));
                j.raw("\",");
                j.target(t);
                j.raw("]");
            }
        }
        Targets::ByLevel(levels) => {
            for (i, t) in levels.iter().enumerate() {
                j.sep(i);
                j.raw("[\"");
                push_num(&mut j.0, (i + 1) as f64);
                j.raw("\",");
                j.target(t);
                j.raw("]");
            }
        }
    }
    j.raw("]");
    j.key("agency");
    j.string(c.agency);
    j.key("legal_basis");
    j.string(c.legal_basis);
    j.key("source");
    j.string(c.source);
    j.key("data_source");
    j.string(c.data_source);
    j.key("level_of_government");
    j.string(match c.level_of_government {
        LevelOfGovernment::Commune => "commune",
        LevelOfGovernment::District => "district",
    });
    j.key("evidence");
    j.raw("[");
    for (i, e) in c.evidence.iter().enumerate() {
        j.sep(i);
        j.raw("{\"id\":");
        j.string(e.id);
        j.raw(",\"title\":");
        j.string(e.title);
        j.raw("}");
    }
    j.raw("]");
    j.key("facts");
    j.strings(c.facts);
    j.key("notes");
    j.strings(c.notes);
    j.raw("}");
    j.0
}

struct Json(String);

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
            Target::Min(n) => push_num(&mut self.0, *n),
            Target::Text(s) => self.string(s),
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
