//! Rendering results: formatting only, never a decision.

pub mod diff;
pub mod json;
pub mod writer;

/// `text` safe to print on a terminal: control characters (other than new line and
/// tab) and the bidirectional overrides that can disguise a line are shown as `\u{..}`
/// escapes. Module reasons and dataset strings reach text reports and messages this
/// way, never as raw ESC or CR sequences (JSON output escapes them already).
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    fn unsafe_char(c: char) -> bool {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    }
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

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
