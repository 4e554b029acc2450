//! Markdown: diff and gate reports for pull-request comments, a set's catalogue.

use super::{
    Lang, brief, change_label, compact, rule_kind, safe, side, target_text, transition_text,
    verdict_change,
};
use crate::authoring::gate::GateReport;
use crate::diff::DiffReport;
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
                "Các chỉ tiêu được đối chiếu theo bảng tương ứng",
                "Criteria paired through crosswalk"
            ),
            cw.from,
            cw.to,
            t("phiên bản", "version"),
            cw.version
        );
    }
    let s = &r.summary;
    let changed = s.changes_by_criterion.values().sum::<usize>();
    let _ = match lang {
        Lang::Vi => writeln!(
            out,
            "**{} địa phương · {} thay đổi kết luận · {} chỉ tiêu có thay đổi · {} thay đổi quy tắc**\n",
            s.localities,
            s.verdict_changes,
            changed,
            r.rule_changes.len()
        ),
        Lang::En => writeln!(
            out,
            "**{} localit{} · {} verdict change{} · {} criterion result{} changed · {} rule change{}**\n",
            s.localities,
            if s.localities == 1 { "y" } else { "ies" },
            s.verdict_changes,
            super::plural(s.verdict_changes),
            changed,
            super::plural(changed),
            r.rule_changes.len(),
            super::plural(r.rule_changes.len())
        ),
    };
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
        for l in r.localities.iter().filter(|l| l.verdict_changed) {
            let line = format!(
                "{} ({}): {}",
                l.name,
                l.code,
                verdict_change(&l.before, &l.after, lang)
            );
            let _ = writeln!(out, "- {}", cell(&line));
        }
        out.push('\n');
    }
    if !s.transitions.is_empty() {
        let _ = writeln!(
            out,
            "| {} | {} |\n|---|---|",
            t("thay đổi đánh giá", "transition"),
            t("số lượng", "count")
        );
        for (k, v) in &s.transitions {
            let _ = writeln!(out, "| {} | {v} |", cell(&transition_text(k, lang)));
        }
        out.push('\n');
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
    let _ = writeln!(
        out,
        "#### {}\n\n| {} | {} | {} | {} | {} |\n|---|---|---|---|---|",
        t("Theo địa phương", "Per locality"),
        t("địa phương", "locality"),
        t("kết luận", "verdict"),
        t("chỉ tiêu", "criterion"),
        t("trước", "before"),
        t("sau", "after")
    );
    for l in &r.localities {
        let verdict = verdict_change(&l.before, &l.after, lang);
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
                cell(&change_label(c, lang)),
                cell(&brief(&c.before, lang)),
                cell(&brief(&c.after, lang))
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
