//! Markdown: diff and gate reports for pull-request comments, a set's catalogue.

use super::{
    Lang, brief, change_label, compact, rule_kind, safe, side, target_text, transition_text,
    value_change, verdict_change,
};
use crate::authoring::gate::GateReport;
use crate::diff::{CriterionChange, DiffReport};
use crate::policyset::{Metadata, PolicySet, Recognition};
use std::fmt::Write;

/// The Markdown report (for a pull-request comment), its labels in `lang`.
pub fn diff(r: &DiffReport, lang: Lang) -> String {
    let report = markdown_unchecked(r, lang);
    safe(&report).into_owned()
}

fn markdown_unchecked(r: &DiffReport, lang: Lang) -> String {
    let t = |vi, en| super::t(lang, vi, en);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "### dtcheck diff: `{}` → `{}`\n",
        side(&r.from, lang),
        side(&r.to, lang)
    );
    if let Some(cw) = &r.crosswalk {
        let _ = writeln!(
            out,
            "{} `{}` → `{}` ({} {}).\n",
            t(
                "Các chỉ tiêu được ghép theo bảng đối chiếu",
                "Criteria paired through crosswalk"
            ),
            cw.from,
            cw.to,
            t("phiên bản", "version"),
            cw.version
        );
    }
    let s = &r.summary;
    // The same counts as the text diff's headline.
    let _ = writeln!(out, "**{}**\n", super::diff_counts(r, lang));
    if r.is_empty() {
        let _ = writeln!(out, "{}", t("Không có khác biệt.", "No differences."));
        return out;
    }
    if s.verdict_changes > 0 {
        let _ = writeln!(
            out,
            "#### {}\n",
            t("Kết luận thay đổi", "Verdicts that change")
        );
        for line in super::verdicts_changed(r, lang) {
            let _ = writeln!(out, "- {}", cell(&line));
        }
        out.push('\n');
    }
    if !s.transitions.is_empty() {
        let _ = writeln!(
            out,
            "#### {}\n\n| {} | {} |\n|---|---|",
            t("Thay đổi đánh giá", "Outcome transitions"),
            t("thay đổi đánh giá", "transition"),
            t("số lượng", "count")
        );
        for (k, v) in &s.transitions {
            let _ = writeln!(out, "| {} | {v} |", cell(&transition_text(k, lang)));
        }
        let c: Vec<String> = super::criterion_changes(r, lang)
            .iter()
            .map(|(k, v, _)| format!("{k} ({v})"))
            .collect();
        let _ = writeln!(
            out,
            "\n{}: {}\n",
            t(
                "Chỉ tiêu có thay đổi (số địa phương)",
                "Criteria whose results change (localities)"
            ),
            cell(&c.join(", "))
        );
    }
    if !r.rule_changes.is_empty() {
        let _ = writeln!(
            out,
            "#### {}\n\n| {} | {} | {} | {} |\n|---|---|---|---|",
            t("Thay đổi quy tắc", "Rule changes"),
            t("chỉ tiêu", "criterion"),
            t("thay đổi", "change"),
            t("trước", "before"),
            t("sau", "after")
        );
        for rc in &r.rule_changes {
            if rc.fields.is_empty() {
                let _ = writeln!(
                    out,
                    "| {} | {} | | |",
                    cell(&rc.id),
                    rule_kind(&rc.kind, lang)
                );
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
    if let Some(cw) = r
        .crosswalk
        .as_ref()
        .filter(|cw| !cw.no_counterpart.is_empty())
    {
        let _ = writeln!(
            out,
            "#### {}\n",
            t("Không có chỉ tiêu tương ứng", "No counterpart")
        );
        for n in &cw.no_counterpart {
            let _ = writeln!(out, "- {}", cell(n));
        }
        out.push('\n');
    }
    // Per locality, as the text diff: the outcomes that change, then the changes of
    // value alone in one line.
    let _ = writeln!(out, "#### {}\n", t("Theo địa phương", "Per locality"));
    for l in &r.localities {
        let verdict = verdict_change(&l.before, &l.after, lang);
        let _ = writeln!(
            out,
            "**{} ({})** `{}`: {}\n",
            cell(&l.name),
            l.code,
            cell(&l.file),
            cell(&verdict)
        );
        let (outcome, value_only): (Vec<&CriterionChange>, Vec<&CriterionChange>) =
            l.changes.iter().partition(|c| c.outcome_changed());
        if !outcome.is_empty() {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |\n|---|---|---|---|",
                t("chỉ tiêu", "criterion"),
                t("thay đổi đánh giá", "transition"),
                t("trước", "before"),
                t("sau", "after")
            );
            for c in outcome {
                let mut after = brief(&c.after, lang);
                if let Some(note) = &c.note {
                    let _ = write!(after, " ({}: {note})", t("bảng đối chiếu", "crosswalk"));
                }
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} |",
                    cell(&change_label(c, lang)),
                    cell(&transition_text(&c.transition(), lang)),
                    cell(&brief(&c.before, lang)),
                    cell(&after)
                );
            }
            out.push('\n');
        }
        if !value_only.is_empty() {
            let items: Vec<String> = value_only.iter().map(|c| value_change(c, lang)).collect();
            let _ = writeln!(
                out,
                "{}: {}\n",
                t(
                    "Đánh giá không đổi; chỉ tiêu hoặc kết quả thay đổi",
                    "Same outcome, target or measured value changed"
                ),
                cell(&items.join("; "))
            );
        }
    }
    out
}

/// The gate report (for a pull-request comment).
pub fn gate(report: &GateReport) -> String {
    safe(&gate_unchecked(report)).into_owned()
}

fn gate_unchecked(report: &GateReport) -> String {
    let (checks, base) = (&report.checks, &report.base);
    let mut out = format!("### dtcheck gate (base `{base}`)\n\n| check | result |\n|---|---|\n");
    for c in checks {
        let r = if c.failures.is_empty() {
            "✅ passed".to_string()
        } else {
            format!("❌ {} problems", c.failures.len())
        };
        out.push_str(&format!("| {} | {r} |\n", c.name));
    }
    for c in checks.iter().filter(|c| !c.failures.is_empty()) {
        out.push_str(&format!("\n#### {}\n\n", c.name));
        for f in c.failures.iter().take(200) {
            out.push_str(&format!("- {}\n", f.replace('|', "\\|")));
        }
    }
    let info: Vec<&String> = checks.iter().flat_map(|c| &c.info).collect();
    if !info.is_empty() {
        out.push_str("\n<details><summary>context</summary>\n\n");
        for i in info {
            out.push_str(&format!("- {i}\n"));
        }
        out.push_str("\n</details>\n");
    }
    out.push_str("\nIf the outcome changes are intended, run `dtcheck gate --accept` and commit `policies/expectations/`.\n");
    out
}

/// The catalogue as Markdown.
pub fn catalogue(set: &PolicySet) -> String {
    let m = &set.manifest;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", m.title);
    let _ = writeln!(out, "- Policy set: `{}`", m.id);
    let _ = writeln!(out, "- Source: {}", m.decision);
    let _ = writeln!(
        out,
        "- Levels of government: {}",
        m.levels_of_government.join(", ")
    );
    let rule = match &m.recognition {
        Recognition::AllAssessedPassAndDti { basis, .. }
        | Recognition::AllPassAndDtiTwoYears { basis, .. }
        | Recognition::MaturityLevels { basis, .. } => basis,
    };
    let _ = writeln!(out, "- Verdict: {rule}");
    if let Recognition::MaturityLevels { levels, .. } = &m.recognition {
        let names: Vec<String> = levels
            .iter()
            .map(|l| format!("{} {}", l.level, l.name))
            .collect();
        let _ = writeln!(out, "- Levels: {}", names.join(", "));
    }
    let _ = writeln!(out, "- Criteria: {}\n", set.criteria.len());
    let metas: Vec<&Metadata> = set.usable().map(|u| &u.meta).collect();
    for (id, reason) in set.broken() {
        let _ = writeln!(out, "> **{id}**: module unavailable: {reason}\n");
    }
    let keys: Vec<String> = metas
        .first()
        .map(|m| m.targets.iter().map(|(k, _)| k.clone()).collect())
        .unwrap_or_default();
    // Overview table, grouped as in the source.
    let mut group = String::new();
    for meta in &metas {
        let gkey = format!("{}|{}", meta.level_of_government, meta.group.id);
        if gkey != group {
            group = gkey;
            let _ = writeln!(
                out,
                "\n## {} {} ({})\n",
                meta.group.id, meta.group.name, meta.level_of_government
            );
            let _ = writeln!(
                out,
                "| ID | Tên chỉ tiêu | Đơn vị tính | {} |",
                keys.join(" | ")
            );
            let _ = writeln!(out, "|---|---|---|{}", "---|".repeat(keys.len()));
        }
        let targets: Vec<String> = keys
            .iter()
            .map(|k| {
                meta.target(k)
                    .map_or("—".into(), |t| cell(&target_text(t, &meta.unit)))
            })
            .collect();
        let _ = writeln!(
            out,
            "| [{}](#{}) | {} | {} | {} |",
            meta.id,
            anchor(&meta.id),
            cell(&meta.name),
            cell(&meta.unit),
            targets.join(" | ")
        );
    }
    let _ = writeln!(out, "\n## Criteria\n");
    for meta in &metas {
        let _ = writeln!(out, "### {}\n", meta.id);
        let _ = writeln!(out, "**{}** ({})\n", meta.name, meta.unit);
        let _ = writeln!(out, "- Group: {} {}", meta.group.id, meta.group.name);
        if !meta.agency.is_empty() {
            let _ = writeln!(out, "- Agency: {}", meta.agency);
        }
        if !meta.legal_basis.is_empty() {
            let _ = writeln!(out, "- Legal basis: {}", meta.legal_basis);
        }
        if !meta.data_source.is_empty() {
            let _ = writeln!(out, "- Method / data source: {}", meta.data_source);
        }
        let _ = writeln!(out, "- Source: {}", meta.source);
        let targets: Vec<String> = meta
            .targets
            .iter()
            .map(|(k, t)| format!("{k}: {}", target_text(t, &meta.unit)))
            .collect();
        let _ = writeln!(out, "- Targets: {}", targets.join("; "));
        let facts: Vec<String> = meta.facts.iter().map(|f| format!("`{f}`")).collect();
        let _ = writeln!(out, "- Facts read: {}", facts.join(", "));
        if meta.evidence.is_empty() {
            let _ = writeln!(out, "- Evidence: none required");
        } else {
            let _ = writeln!(out, "- Evidence:");
            for e in &meta.evidence {
                let _ = writeln!(out, "  - `{}`: {}", e.id, e.title);
            }
        }
        if !meta.notes.is_empty() {
            let _ = writeln!(out, "- Notes:");
            for n in &meta.notes {
                let _ = writeln!(out, "  - {n}");
            }
        }
        out.push('\n');
    }
    out
}

/// Escapes a table cell for Markdown.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// The anchor GitHub gives the heading `### 1.6` ("16"; "xa.I.1" → "xai1").
pub(super) fn anchor(id: &str) -> String {
    id.to_lowercase().replace('.', "")
}
