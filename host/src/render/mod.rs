//! Rendering results: formatting only, never a decision. One file per format, each
//! rendering every report that has that format (evaluations, diffs, the gate, fixture
//! tests, a set's catalogue), each snapshot-tested (`tests/formats.rs` and the topic
//! tests): [`text`] (people, on a terminal), [`json`] and [`ndjson`] (tools),
//! [`markdown`] (pull-request comments, catalogues), [`junit`] (CI systems), [`html`]
//! (pages), [`review`] (the reviewer's page of a run or a diff), [`forms`] with
//! [`docx`] (official documents), [`sarif`] and [`github`] (code-scanning tools). The
//! phrases every format shares are here.

pub mod docx;
pub mod explain;
pub mod forms;
pub mod github;
pub mod html;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod ndjson;
pub mod review;
pub mod sarif;
pub mod text;

pub use crate::diag::terminal_safe;
pub use explain::Lang;

use crate::diff::{Brief, CriterionChange, SideInfo, VerdictBrief};
use crate::eval::Outcome;

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

/// Text as HTML or XML content or an attribute value: `& < > " '` escaped, and the
/// control characters XML 1.0 cannot hold left out (tab and line breaks stay).
pub(crate) fn escape_markup(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// A phrase opening a sentence: "xã Cẩm Tân" → "Xã Cẩm Tân".
pub(crate) fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .chain(chars)
        .collect()
}

/// One of two wordings.
pub(crate) fn t<'s>(lang: Lang, vi: &'s str, en: &'s str) -> &'s str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// An outcome in a diff: the forms' word in Vietnamese ("Không đạt"), the keyword in
/// English ("fail").
pub(crate) fn outcome_word(o: Outcome, lang: Lang) -> &'static str {
    t(lang, o.label(), o.keyword())
}

/// A number as Vietnamese writes it ("79,55%"), or as it is in English.
pub(crate) fn localized(s: &str, lang: Lang) -> String {
    match lang {
        Lang::En => s.to_owned(),
        // Only decimal points between digits: "79.55%" → "79,55%".
        Lang::Vi => {
            let chars: Vec<char> = s.chars().collect();
            chars
                .iter()
                .enumerate()
                .map(|(i, &ch)| {
                    let digit = |j: Option<usize>| {
                        j.and_then(|j| chars.get(j))
                            .is_some_and(char::is_ascii_digit)
                    };
                    if ch == '.' && digit(i.checked_sub(1)) && digit(Some(i + 1)) {
                        ','
                    } else {
                        ch
                    }
                })
                .collect()
        }
    }
}

/// A measured value in the reader's language: "Có"/"Không" or "yes"/"no" for a yes/no,
/// numbers as [`localized`] ("79,55%").
pub(crate) fn measured_in(measured: &serde_json::Value, unit: &str, lang: Lang) -> String {
    match measured {
        serde_json::Value::Bool(b) => t(
            lang,
            if *b { "Có" } else { "Không" },
            if *b { "yes" } else { "no" },
        )
        .to_owned(),
        other => localized(&measured_text(other, unit), lang),
    }
}

/// A diff side as a reviewer reads it: "thanh-hoa-1829-2023 @ HEAD~1 (0123456789), targets of 2024".
pub(crate) fn side(s: &SideInfo, lang: Lang) -> String {
    let p = &s.provenance;
    let tree = t(lang, "thư mục làm việc", "working tree");
    let at = match (&p.rev, &p.commit, p.dirty) {
        (Some(rev), Some(c), _) => format!("{rev} ({})", c.get(..10).unwrap_or(c)),
        (None, Some(c), Some(true)) => {
            format!(
                "{tree} ({}, {})",
                c.get(..10).unwrap_or(c),
                t(lang, "có thay đổi chưa commit", "with uncommitted changes")
            )
        }
        (None, Some(c), _) => format!("{tree} ({})", c.get(..10).unwrap_or(c)),
        _ => p.source.clone(),
    };
    let year = s.year.map_or(String::new(), |y| {
        format!(", {} {y}", t(lang, "chỉ tiêu năm", "targets of"))
    });
    let basis = match s.basis {
        None => "",
        Some(crate::dataset::Basis::SelfAssessed) => {
            t(lang, ", số liệu tự đánh giá", ", self-assessed figures")
        }
        Some(crate::dataset::Basis::Appraised) => {
            t(lang, ", số liệu thẩm định", ", appraised figures")
        }
    };
    format!("{} @ {at}{year}{basis}", s.policy_set)
}

/// A criterion's result on one side of a diff: "fail (target ≥ 75%, measured 72%)".
pub(crate) fn brief(b: &Option<Brief>, lang: Lang) -> String {
    match b {
        None => "—".into(),
        Some(b) => format!(
            "{} ({} {}, {} {})",
            outcome_word(b.outcome, lang),
            t(lang, "chỉ tiêu", "target"),
            localized(&target_text(&b.target, &b.unit), lang),
            t(lang, "kết quả", "measured"),
            localized(&measured_text(&b.measured, &b.unit), lang)
        ),
    }
}

/// The id shown for a change ("1.6", "4.9 (added)"; across sets with the pair's
/// relation: "1.6 → xa.I.2 [chỉ liên quan]", so that a change between related measures
/// never reads as a change of the same one).
pub(crate) fn change_label(c: &CriterionChange, lang: Lang) -> String {
    let label = match (&c.before, &c.after) {
        (Some(a), None) => format!("{} {}", a.id, t(lang, "(bãi bỏ)", "(removed)")),
        (None, Some(b)) => format!("{} {}", b.id, t(lang, "(bổ sung)", "(added)")),
        _ => c.label(),
    };
    match c.relation {
        Some(r) => format!("{label} [{}]", relation_text(r, lang)),
        None => label,
    }
}

/// Per criterion, in the source tables' order: its label, with the pair's relation
/// across sets ("1.6 → xa.I.2 [chỉ liên quan]"), the localities whose result changed
/// and, of those, the ones whose outcome changed (text, Markdown and the HTML page
/// alike). One pass over the changes.
pub(crate) fn criterion_changes(
    r: &crate::diff::DiffReport,
    lang: Lang,
) -> Vec<(String, usize, usize)> {
    let mut seen: std::collections::HashMap<String, (Option<crate::diff::Relation>, usize)> =
        std::collections::HashMap::new();
    for c in r.localities.iter().flat_map(|l| &l.changes) {
        let entry = seen.entry(c.label()).or_default();
        entry.0 = entry.0.or(c.relation);
        entry.1 += usize::from(c.outcome_changed());
    }
    r.summary
        .changes_in_id_order()
        .into_iter()
        .map(|(k, n)| {
            let (relation, outcome) = seen.get(k).copied().unwrap_or_default();
            let label = match relation {
                Some(rel) => format!("{k} [{}]", relation_text(rel, lang)),
                None => k.to_owned(),
            };
            (label, n, outcome)
        })
        .collect()
}

/// A crosswalk relation as a reviewer reads it.
pub(crate) fn relation_text(r: crate::diff::Relation, lang: Lang) -> &'static str {
    use crate::diff::Relation;
    match r {
        Relation::OneToOne => t(lang, "tương ứng một–một", "one-to-one"),
        Relation::OneToMany => t(lang, "một–nhiều", "one-to-many"),
        Relation::ManyToOne => t(lang, "nhiều–một", "many-to-one"),
        Relation::Partial => t(lang, "chỉ liên quan", "partial"),
        Relation::NoCounterpart => t(lang, "không có tương ứng", "no counterpart"),
    }
}

/// "1.6 pass: target ≥ 70% → ≥ 75%" for a change that kept its outcome.
pub(crate) fn value_change(c: &CriterionChange, lang: Lang) -> String {
    let (Some(a), Some(b)) = (&c.before, &c.after) else {
        return change_label(c, lang);
    };
    let mut parts = Vec::new();
    if a.target != b.target {
        parts.push(format!(
            "{} {} → {}",
            t(lang, "chỉ tiêu", "target"),
            localized(&target_text(&a.target, &a.unit), lang),
            localized(&target_text(&b.target, &b.unit), lang)
        ));
    }
    if a.measured != b.measured {
        parts.push(format!(
            "{} {} → {}",
            t(lang, "kết quả", "measured"),
            localized(&measured_text(&a.measured, &a.unit), lang),
            localized(&measured_text(&b.measured, &b.unit), lang)
        ));
    }
    format!(
        "{} {}: {}",
        change_label(c, lang),
        outcome_word(b.outcome, lang),
        parts.join(", ")
    )
}

/// A locality's verdict on one side of a diff: "không đạt", "mức độ 2 (Kết nối)".
pub(crate) fn verdict_text(v: &VerdictBrief, lang: Lang) -> String {
    match (v.recognized, v.level, lang) {
        (Some(true), _, Lang::Vi) => "đạt".into(),
        (Some(false), _, Lang::Vi) => "không đạt".into(),
        (_, Some(level), Lang::Vi) => match &v.level_name {
            Some(name) => format!("mức độ {level} ({name})"),
            None => format!("mức độ {level} (chưa đạt mức độ nào)"),
        },
        _ => v.text.clone(),
    }
}

/// "before → after", or the one verdict when it does not change.
pub(crate) fn verdict_change(before: &VerdictBrief, after: &VerdictBrief, lang: Lang) -> String {
    let (a, b) = (verdict_text(before, lang), verdict_text(after, lang));
    if a == b { a } else { format!("{a} → {b}") }
}

/// An outcome transition ("pass→fail") as a reader reads it ("Đạt→Không đạt").
pub(crate) fn transition_text(key: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return key.to_owned();
    }
    let word = |k: &str| {
        Outcome::ALL
            .iter()
            .find(|o| o.keyword() == k)
            .map_or_else(|| k.to_owned(), |o| o.label().to_owned())
    };
    match key.split_once('→') {
        Some((a, b)) => format!("{}→{}", word(a), word(b)),
        None => key.to_owned(),
    }
}

/// A rule change's kind ("added", "removed", "changed") as a reader reads it.
pub(crate) fn rule_kind(kind: &str, lang: Lang) -> &str {
    match (kind, lang) {
        ("added", Lang::Vi) => "bổ sung",
        ("removed", Lang::Vi) => "bãi bỏ",
        ("changed", Lang::Vi) => "điều chỉnh",
        (k, _) => k,
    }
}

/// The localities whose verdict changes, one line each: "Cẩm Vân (99402): đạt → không
/// đạt" (text and Markdown alike).
pub(crate) fn verdicts_changed(r: &crate::diff::DiffReport, lang: Lang) -> Vec<String> {
    r.localities
        .iter()
        .filter(|l| l.verdict_changed)
        .map(|l| {
            format!(
                "{} ({}): {}",
                l.name,
                l.code,
                verdict_change(&l.before, &l.after, lang)
            )
        })
        .collect()
}

/// A diff's counts, as its headline says them (text and Markdown alike): localities,
/// verdict changes, outcome changes, changes of target or value alone, rule changes.
pub(crate) fn diff_counts(r: &crate::diff::DiffReport, lang: Lang) -> String {
    let s = &r.summary;
    let changed: usize = s.changes_by_criterion.values().sum();
    let value_only = changed - s.outcome_changes;
    let rules = r.rule_changes.len();
    let split = match (s.comparability, lang) {
        (None, _) => String::new(),
        (Some(c), Lang::Vi) => format!(
            " · trong đó {} giữa hai chỉ tiêu tương ứng một–một (cùng thước đo), {} giữa các chỉ tiêu chỉ liên quan (khác đối tượng hoặc thước đo; một–nhiều, nhiều–một)",
            c.comparable, c.related
        ),
        (Some(c), Lang::En) => format!(
            " · of which {} comparable (one-to-one pairs), {} between related measures (partial, one-to-many, many-to-one)",
            c.comparable, c.related
        ),
    };
    match lang {
        Lang::Vi => format!(
            "{} địa phương · {} thay đổi kết luận · {} thay đổi đánh giá (Đạt/Không đạt){split} · {} chỉ thay đổi chỉ tiêu hoặc kết quả · {} thay đổi quy tắc",
            s.localities, s.verdict_changes, s.outcome_changes, value_only, rules
        ),
        Lang::En => format!(
            "{} localit{} · {} verdict change{} · {} outcome change{}{split} · {} target/value-only change{} · {} rule change{}",
            s.localities,
            if s.localities == 1 { "y" } else { "ies" },
            s.verdict_changes,
            plural(s.verdict_changes),
            s.outcome_changes,
            plural(s.outcome_changes),
            value_only,
            plural(value_only),
            rules,
            plural(rules)
        ),
    }
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
