//! Rendering results: formatting only, never a decision.

pub mod diff;
pub mod json;
pub mod writer;

/// Escapes text for XML and HTML (JUnit reports, the HTML catalogue).
pub fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub mod text;

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
