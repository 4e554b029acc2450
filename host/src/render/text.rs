//! Human-readable reports: a table per locality and a verdict line.

use super::{measured_text, target_text};
use crate::eval::{LocalityResult, Outcome};
use crate::policyset::PolicySet;
use std::fmt::Write;

/// Pads `s` to `width` characters (not bytes: Vietnamese text is multi-byte).
fn pad(s: &str, width: usize) -> String {
    let n = s.chars().count();
    if n >= width {
        s.to_string()
    } else {
        format!("{s}{}", " ".repeat(width - n))
    }
}

/// Shortens `s` to `width` characters with an ellipsis.
fn clip(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(width.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// The evaluation report of one locality.
pub fn locality(set: &PolicySet, r: &LocalityResult) -> String {
    let mut out = String::new();
    let l = &r.locality;
    let mut place = l.name.clone();
    if let Some(d) = &l.district {
        place.push_str(", ");
        place.push_str(d);
    }
    place.push_str(", ");
    place.push_str(&l.province);
    let _ = writeln!(
        out,
        "{place} ({} {}){}",
        l.level,
        l.code,
        if r.synthetic { " [synthetic data]" } else { "" }
    );
    let _ = writeln!(
        out,
        "{} · data of {} · targets of {} · basis: {} · {}",
        set.id(),
        r.dataset_year,
        r.targets_year,
        match r.basis {
            crate::dataset::Basis::Appraised => "appraised where available",
            crate::dataset::Basis::SelfAssessed => "self-assessed",
        },
        r.file
    );
    let rows: Vec<[String; 5]> = r
        .criteria
        .iter()
        .map(|c| {
            [
                c.id.clone(),
                clip(&target_text(&c.target, &c.unit), 24),
                measured_text(&c.measured, &c.unit),
                format!("{} ({})", c.outcome.label(), c.outcome.keyword()),
                c.reason.clone(),
            ]
        })
        .collect();
    let header = [
        "ID",
        "Chỉ tiêu (target)",
        "Kết quả",
        "Đánh giá (outcome)",
        "Reason",
    ];
    let mut widths = header.map(|h| h.chars().count());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row.iter()).take(4) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[String; 5]| {
        let mut s = String::from("  ");
        for (i, cell) in cells.iter().enumerate().take(4) {
            s.push_str(&pad(cell, widths[i]));
            s.push_str("  ");
        }
        s.push_str(&cells[4]);
        s.trim_end().to_string()
    };
    let _ = writeln!(out, "{}", line(&header.map(String::from)));
    for row in &rows {
        let _ = writeln!(out, "{}", line(row));
    }
    let c = &r.completion;
    let _ = writeln!(
        out,
        "  Criteria completed: {}/{} assessed ({}) — the forms' \"tỷ lệ đạt\", not the DTI score",
        c.passed,
        c.assessed,
        c.completion_percent
            .map_or("n/a".into(), |p| format!("{p} %"))
    );
    if let Some(d) = &r.verdict.dti {
        let _ = writeln!(
            out,
            "  DTI index score: {} / {} points = {} % ({} {} %, {})",
            d.points,
            d.max,
            d.percent,
            if d.met { "≥" } else { "<" },
            d.required_percent,
            match d.source {
                crate::dataset::FactSource::Appraised => "appraised",
                _ => "self-assessed",
            }
        );
    }
    if r.verdict.recognized {
        let _ = writeln!(out, "  Kết quả: ĐẠT — recognised");
    } else {
        let _ = writeln!(
            out,
            "  Kết quả: KHÔNG ĐẠT — not recognised: {}",
            r.verdict.recognition_reasons.join("; ")
        );
    }
    out
}

/// A closing summary over several localities.
pub fn summary(results: &[LocalityResult]) -> String {
    let recognised = results.iter().filter(|r| r.verdict.recognized).count();
    let errors: usize = results
        .iter()
        .map(|r| {
            r.criteria
                .iter()
                .filter(|c| c.outcome == Outcome::Error)
                .count()
        })
        .sum();
    let mut s = format!(
        "{} localities evaluated: {recognised} recognised, {} not",
        results.len(),
        results.len() - recognised
    );
    if errors > 0 {
        let _ = write!(s, "; {errors} criterion evaluations ended in error");
    }
    s.push('\n');
    s
}
