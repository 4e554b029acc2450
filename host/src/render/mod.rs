//! Rendering results: formatting only, never a decision. One file per format, each
//! rendering every report that has that format (evaluations, diffs, the gate, fixture
//! tests, a set's catalogue), each snapshot-tested (`tests/formats.rs` and the topic
//! tests): [`text`] (people, on a terminal), [`json`] and [`ndjson`] (tools),
//! [`markdown`] (pull-request comments, catalogues), [`junit`] (CI systems), [`html`]
//! (pages). The phrases every format shares are here.

pub mod explain;
pub mod html;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod ndjson;
pub mod text;

pub use crate::diag::terminal_safe;
pub use explain::Lang;

use crate::diff::{Brief, CriterionChange, SideInfo};

/// A target as a reader expects it: "≥ 75%" for a percentage minimum, the text as
/// written otherwise, `*` for a year not assessed.
pub fn target_text(target: &serde_json::Value, unit: &str) -> String {
    match target {
        serde_json::Value::Null => "*".into(),
        serde_json::Value::Number(n) if unit == "%" => format!("≥ {n}%"),
        serde_json::Value::Number(n) => format!("≥ {n}"),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A measured value: "72.5%" for shares, "có"/"không" for yes/no, "—" when absent.
pub fn measured_text(measured: &serde_json::Value, unit: &str) -> String {
    match measured {
        serde_json::Value::Null => "—".into(),
        serde_json::Value::Bool(true) => "có".into(),
        serde_json::Value::Bool(false) => "không".into(),
        serde_json::Value::Number(n) if unit == "%" => format!("{n}%"),
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A diff side as a reviewer reads it: "thanh-hoa-1829-2023 @ HEAD~1 (0123456789), targets of 2024".
pub(crate) fn side(s: &SideInfo) -> String {
    let p = &s.provenance;
    let at = match (&p.rev, &p.commit, p.dirty) {
        (Some(rev), Some(c), _) => format!("{rev} ({})", c.get(..10).unwrap_or(c)),
        (None, Some(c), Some(true)) => {
            format!(
                "working tree ({}, with uncommitted changes)",
                c.get(..10).unwrap_or(c)
            )
        }
        (None, Some(c), _) => format!("working tree ({})", c.get(..10).unwrap_or(c)),
        _ => p.source.clone(),
    };
    let year = s
        .year
        .map_or(String::new(), |y| format!(", targets of {y}"));
    let basis = match s.basis {
        None => "",
        Some(crate::dataset::Basis::SelfAssessed) => ", self-assessed figures",
        Some(crate::dataset::Basis::Appraised) => ", appraised figures",
    };
    format!("{} @ {at}{year}{basis}", s.policy_set)
}

/// A criterion's result on one side of a diff: "fail (target ≥ 75%, measured 72%)".
pub(crate) fn brief(b: &Option<Brief>) -> String {
    match b {
        None => "—".into(),
        Some(b) => format!(
            "{} (target {}, measured {})",
            b.outcome.keyword(),
            target_text(&b.target, &b.unit),
            measured_text(&b.measured, &b.unit)
        ),
    }
}

/// "1.6 pass: target ≥ 70% → ≥ 75%" for a change that kept its outcome.
pub(crate) fn value_change(c: &CriterionChange) -> String {
    let (Some(a), Some(b)) = (&c.before, &c.after) else {
        return c.label();
    };
    let mut parts = Vec::new();
    if a.target != b.target {
        parts.push(format!(
            "target {} → {}",
            target_text(&a.target, &a.unit),
            target_text(&b.target, &b.unit)
        ));
    }
    if a.measured != b.measured {
        parts.push(format!(
            "measured {} → {}",
            measured_text(&a.measured, &a.unit),
            measured_text(&b.measured, &b.unit)
        ));
    }
    format!(
        "{} {}: {}",
        c.label(),
        b.outcome.keyword(),
        parts.join(", ")
    )
}

pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

pub(crate) fn compact(v: &serde_json::Value) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

/// Module and dataset text made terminal-safe (see [`terminal_safe`]).
pub(crate) fn safe(s: &str) -> std::borrow::Cow<'_, str> {
    terminal_safe(s)
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_characters_are_shown_not_sent() {
        assert_eq!(super::terminal_safe("Đạt\tok\n"), "Đạt\tok\n");
        assert_eq!(
            super::terminal_safe("a\u{1b}[2Jb\rc\u{202e}d"),
            "a\\u{1b}[2Jb\\u{d}c\\u{202e}d"
        );
    }
}
