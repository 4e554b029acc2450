//! Diff reports: text (the first screen is the answer; colored on a terminal unless
//! NO_COLOR is set), Markdown (for pull-request comments) and the unified line diff of
//! the two rendered evaluation reports.

use super::{measured_text, target_text};
use crate::diff::{Brief, CriterionChange, DiffReport, SideInfo};
use std::fmt::Write;

/// ANSI styling, or none.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
}

impl Style {
    /// Colored when stdout is a terminal and `NO_COLOR` is unset (https://no-color.org).
    pub fn detect() -> Self {
        use std::io::IsTerminal;
        Style {
            color: std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }

    fn paint(&self, code: &str, s: &str) -> String {
        // What is painted may come from a module or a dataset: made terminal-safe
        // first, so that the only escape sequences are these.
        let s = safe(s);
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.into_owned()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    fn red(&self, s: &str) -> String {
        self.paint("31", s)
    }
    fn green(&self, s: &str) -> String {
        self.paint("32", s)
    }
    fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
}

fn side(s: &SideInfo) -> String {
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
    format!("{} @ {at}{year}", s.policy_set)
}

fn brief(b: &Option<Brief>) -> String {
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

/// Whether a change makes things worse (to color it).
fn worse(c: &CriterionChange) -> bool {
    let met = |b: &Option<Brief>| b.as_ref().is_some_and(|b| b.outcome.counts_as_met());
    met(&c.before) && !met(&c.after)
}

fn better(c: &CriterionChange) -> bool {
    let met = |b: &Option<Brief>| b.as_ref().is_some_and(|b| b.outcome.counts_as_met());
    !met(&c.before) && met(&c.after)
}

/// The text report.
pub fn text(r: &DiffReport, st: Style) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        st.bold(&format!(
            "dtcheck diff: {}  →  {}",
            side(&r.from),
            side(&r.to)
        ))
    );
    if let Some(cw) = &r.crosswalk {
        let _ = writeln!(
            out,
            "criteria paired through crosswalk {} → {} (version {})",
            cw.from, cw.to, cw.version
        );
    }
    let s = &r.summary;
    let changed: usize = s.changes_by_criterion.values().sum();
    let headline = format!(
        "{} localities · {} verdict change{} · {} outcome change{} · {} target/value-only change{} · {} rule change{}",
        s.localities,
        s.verdict_changes,
        plural(s.verdict_changes),
        s.outcome_changes,
        plural(s.outcome_changes),
        changed - s.outcome_changes,
        plural(changed - s.outcome_changes),
        r.rule_changes.len(),
        plural(r.rule_changes.len())
    );
    let _ = writeln!(
        out,
        "{}",
        if s.verdict_changes > 0 {
            st.red(&headline)
        } else {
            headline
        }
    );
    if r.is_empty() {
        let _ = writeln!(out, "{}", st.green("no differences"));
        return out;
    }
    if !s.verdict_flips.is_empty() {
        let _ = writeln!(out, "\nVerdicts that change:");
        for f in &s.verdict_flips {
            let _ = writeln!(out, "  {}", safe(f));
        }
    }
    if !s.transitions.is_empty() {
        let t: Vec<String> = s
            .transitions
            .iter()
            .map(|(k, v)| format!("{k} ×{v}"))
            .collect();
        let _ = writeln!(out, "\nOutcome transitions: {}", t.join(", "));
        let mut by: Vec<(&String, &usize)> = s.changes_by_criterion.iter().collect();
        by.sort_by(|a, b| crate::build::natural_cmp(a.0, b.0));
        let c: Vec<String> = by.iter().map(|(k, v)| format!("{k} ({v})")).collect();
        let _ = writeln!(
            out,
            "Criteria whose results change (localities): {}",
            c.join(", ")
        );
    }
    if !r.rule_changes.is_empty() {
        let _ = writeln!(out, "\nRule changes:");
        for rc in &r.rule_changes {
            let id = safe(&rc.id);
            if rc.fields.is_empty() {
                let _ = writeln!(out, "  {id} {}", rc.kind);
            }
            for (field, (a, b)) in &rc.fields {
                let _ = writeln!(out, "  {id} {field}: {} → {}", compact(a), compact(b));
            }
        }
    }
    if let Some(cw) = r
        .crosswalk
        .as_ref()
        .filter(|cw| !cw.no_counterpart.is_empty())
    {
        let _ = writeln!(out, "\nNo counterpart:");
        for n in &cw.no_counterpart {
            let _ = writeln!(out, "  {}", st.dim(n));
        }
    }
    let _ = writeln!(out, "\nPer locality:");
    for l in &r.localities {
        let verdict = if l.before.text == l.after.text {
            l.before.text.clone()
        } else {
            format!("{} → {}", l.before.text, l.after.text)
        };
        let verdict = if l.verdict_changed {
            st.red(&verdict)
        } else {
            safe(&verdict).into_owned()
        };
        let _ = writeln!(
            out,
            "  {} ({}) {}: {verdict}",
            safe(&l.name),
            safe(&l.code),
            st.dim(&l.file)
        );
        let (outcome, value_only): (Vec<&CriterionChange>, Vec<&CriterionChange>) =
            l.changes.iter().partition(|c| c.outcome_changed());
        for c in outcome {
            let line = format!(
                "    {}  {}: {} → {}",
                c.label(),
                c.transition(),
                brief(&c.before),
                brief(&c.after)
            );
            let line = if worse(c) {
                st.red(&line)
            } else if better(c) {
                st.green(&line)
            } else {
                safe(&line).into_owned()
            };
            let _ = writeln!(out, "{line}");
            if let Some(b) = &c.after {
                let _ = writeln!(out, "      {}", st.dim(&format!("now: {}", b.reason)));
            }
            if let Some(note) = &c.note {
                let _ = writeln!(out, "      {}", st.dim(&format!("crosswalk: {note}")));
            }
        }
        if !value_only.is_empty() {
            let items: Vec<String> = value_only.iter().map(|c| value_change(c)).collect();
            let _ = writeln!(
                out,
                "    same outcome, target or measured value changed: {}",
                safe(&items.join("; "))
            );
        }
    }
    out
}

/// "1.6 pass: target ≥ 70% → ≥ 75%" for a change that kept its outcome.
fn value_change(c: &CriterionChange) -> String {
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

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn compact(v: &serde_json::Value) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

/// Escapes a table cell for Markdown.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// Module and dataset text made terminal-safe (see [`super::terminal_safe`]).
fn safe(s: &str) -> std::borrow::Cow<'_, str> {
    super::terminal_safe(s)
}

/// The Markdown report (for a pull-request comment).
pub fn markdown(r: &DiffReport) -> String {
    let report = markdown_unchecked(r);
    safe(&report).into_owned()
}

fn markdown_unchecked(r: &DiffReport) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "### dtcheck diff: `{}` → `{}`\n",
        side(&r.from),
        side(&r.to)
    );
    if let Some(cw) = &r.crosswalk {
        let _ = writeln!(
            out,
            "Criteria paired through crosswalk `{}` → `{}` (version {}).\n",
            cw.from, cw.to, cw.version
        );
    }
    let s = &r.summary;
    let _ = writeln!(
        out,
        "**{} localities · {} verdict changes · {} criterion results changed · {} rule changes**\n",
        s.localities,
        s.verdict_changes,
        s.changes_by_criterion.values().sum::<usize>(),
        r.rule_changes.len()
    );
    if r.is_empty() {
        let _ = writeln!(out, "No differences.");
        return out;
    }
    if !s.verdict_flips.is_empty() {
        let _ = writeln!(out, "#### Verdicts that change\n");
        for f in &s.verdict_flips {
            let _ = writeln!(out, "- {}", cell(f));
        }
        out.push('\n');
    }
    if !s.transitions.is_empty() {
        let _ = writeln!(out, "| transition | count |\n|---|---|");
        for (k, v) in &s.transitions {
            let _ = writeln!(out, "| {} | {v} |", cell(k));
        }
        out.push('\n');
    }
    if !r.rule_changes.is_empty() {
        let _ = writeln!(
            out,
            "#### Rule changes\n\n| criterion | change | before | after |\n|---|---|---|---|"
        );
        for rc in &r.rule_changes {
            if rc.fields.is_empty() {
                let _ = writeln!(out, "| {} | {} | | |", cell(&rc.id), rc.kind);
            }
            for (field, (a, b)) in &rc.fields {
                let _ = writeln!(
                    out,
                    "| {} | {field} | `{}` | `{}` |",
                    cell(&rc.id),
                    cell(&compact(a)),
                    cell(&compact(b))
                );
            }
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "#### Per locality\n\n| locality | verdict | criterion | before | after |\n|---|---|---|---|---|"
    );
    for l in &r.localities {
        let verdict = if l.before.text == l.after.text {
            l.before.text.clone()
        } else {
            format!("{} → {}", l.before.text, l.after.text)
        };
        if l.changes.is_empty() {
            let _ = writeln!(
                out,
                "| {} ({}) | {} | | | |",
                cell(&l.name),
                l.code,
                cell(&verdict)
            );
        }
        for c in &l.changes {
            let _ = writeln!(
                out,
                "| {} ({}) | {} | {} | {} | {} |",
                cell(&l.name),
                l.code,
                cell(&verdict),
                cell(&c.label()),
                cell(&brief(&c.before)),
                cell(&brief(&c.after))
            );
        }
    }
    out
}

/// A unified line diff of two rendered reports.
pub fn unified(before: &str, after: &str, from_label: &str, to_label: &str) -> String {
    similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(2)
        .header(from_label, to_label)
        .to_string()
}
