//! `dtcheck docs`: a set's catalogue generated from its modules' metadata (groups,
//! criteria, targets per year or level, evidence, legal basis, notes), so the
//! documentation can never drift from the rules.

use crate::policyset::{Metadata, PolicySet, Recognition};
use crate::render::target_text;
use std::fmt::Write;

/// The catalogue as Markdown.
pub fn markdown(set: &PolicySet) -> String {
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

/// The catalogue as a standalone HTML page (the Markdown structure, rendered simply).
pub fn html(set: &PolicySet) -> String {
    let esc = crate::render::xml_escape;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head><meta charset=\"utf-8\"><title>{}</title>",
        esc(&set.manifest.title)
    );
    let _ = writeln!(
        out,
        "<style>body{{font-family:sans-serif;max-width:70em;margin:auto}}table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:.2em .4em;vertical-align:top}}</style></head><body>"
    );
    let _ = writeln!(
        out,
        "<h1>{}</h1>\n<p><code>{}</code> — {}</p>",
        esc(&set.manifest.title),
        esc(set.id()),
        esc(&set.manifest.decision)
    );
    let keys: Vec<String> = set
        .usable()
        .next()
        .map(|u| u.meta.targets.iter().map(|(k, _)| k.clone()).collect())
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "<table><tr><th>ID</th><th>Tên chỉ tiêu</th><th>Đơn vị tính</th>{}</tr>",
        keys.iter()
            .map(|k| format!("<th>{}</th>", esc(k)))
            .collect::<String>()
    );
    for u in set.usable() {
        let m = &u.meta;
        let targets: String = keys
            .iter()
            .map(|k| {
                format!(
                    "<td>{}</td>",
                    esc(&m.target(k).map_or("—".into(), |t| target_text(t, &m.unit)))
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "<tr><td id=\"{}\">{}</td><td>{}</td><td>{}</td>{targets}</tr>",
            anchor(&m.id),
            esc(&m.id),
            esc(&m.name),
            esc(&m.unit)
        );
    }
    let _ = writeln!(out, "</table>");
    for u in set.usable() {
        let m = &u.meta;
        let _ = writeln!(out, "<h3>{} — {}</h3><ul>", esc(&m.id), esc(&m.name));
        for (label, value) in [
            ("Agency", &m.agency),
            ("Legal basis", &m.legal_basis),
            ("Method / data source", &m.data_source),
            ("Source", &m.source),
        ] {
            if !value.is_empty() {
                let _ = writeln!(out, "<li>{label}: {}</li>", esc(value));
            }
        }
        for e in &m.evidence {
            let _ = writeln!(
                out,
                "<li>Evidence <code>{}</code>: {}</li>",
                esc(&e.id),
                esc(&e.title)
            );
        }
        for n in &m.notes {
            let _ = writeln!(out, "<li>Note: {}</li>", esc(n));
        }
        let _ = writeln!(out, "</ul>");
    }
    let _ = writeln!(out, "</body></html>");
    out
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// The anchor GitHub gives the heading `### 1.6` ("16"; "xa.I.1" → "xai1").
fn anchor(id: &str) -> String {
    id.to_lowercase().replace('.', "")
}
