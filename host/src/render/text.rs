//! Human-readable reports: a table per locality and a verdict (Thanh Hóa sets), or a
//! criteria × levels matrix and the level ladder (2361).

use super::{measured_text, target_text};
use crate::aggregate::{MaturityVerdict, RecognitionVerdict, Verdict};
use crate::dataset::{Basis, FactSource};
use crate::eval::{CommunesSummary, LocalityResult, Outcome};
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

/// Lays out rows as aligned columns; the last column is free text.
fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let n = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row).take(n - 1) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let mut s = String::from("  ");
        for (i, cell) in cells.iter().enumerate() {
            if i + 1 < n {
                s.push_str(&pad(cell, widths[i]));
                s.push_str("  ");
            } else {
                s.push_str(cell);
            }
        }
        s.trim_end().to_string()
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        line(&header.iter().map(|h| h.to_string()).collect::<Vec<_>>())
    );
    for row in rows {
        let _ = writeln!(out, "{}", line(row));
    }
    out
}

/// One character per outcome, for the level matrix.
fn symbol(o: Outcome) -> &'static str {
    match o {
        Outcome::Pass => "✓",
        Outcome::Fail => "✗",
        Outcome::NotAssessed => "–",
        Outcome::MissingData => "?",
        Outcome::MissingEvidence => "!",
        Outcome::Error => "E",
    }
}

fn source_label(s: FactSource) -> &'static str {
    match s {
        FactSource::Appraised => "appraised",
        FactSource::Computed => "computed",
        FactSource::Declared => "declared",
        _ => "self-assessed",
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
    let targets = r
        .targets_year
        .map_or("targets by maturity level".to_string(), |y| {
            format!("targets of {y}")
        });
    let basis = match r.basis {
        Basis::Appraised => "appraised where available",
        Basis::SelfAssessed => "self-assessed",
    };
    let _ = writeln!(
        out,
        "{} · data of {} · {targets} · basis: {basis} · {}",
        set.id(),
        r.dataset_year,
        r.file
    );
    if let Some(c) = &r.communes {
        out.push_str(&communes(c));
    }
    match &r.verdict {
        Verdict::Recognition(v) => recognition(&mut out, r, v),
        Verdict::Maturity(v) => maturity(&mut out, r, v),
    }
    out
}

fn communes(c: &CommunesSummary) -> String {
    let mut out = format!("  Communes, evaluated under {}: {}\n", c.policy_set, c.note);
    for s in &c.communes {
        let status = if !s.problems.is_empty() {
            format!("INVALID: {}", s.problems.join("; "))
        } else if let Some(level) = s.level {
            format!("level {level}")
        } else if s.recognized == Some(true) {
            "recognised".into()
        } else {
            "not recognised".into()
        };
        let who = match (&s.code, &s.name) {
            (Some(code), Some(name)) => format!("{code} {name}"),
            _ => s.file.clone(),
        };
        let _ = writeln!(out, "    {} — {status}", who);
    }
    out
}

fn recognition(out: &mut String, r: &LocalityResult, v: &RecognitionVerdict) {
    let rows: Vec<Vec<String>> = r
        .criteria
        .iter()
        .map(|c| {
            vec![
                c.id.to_string(),
                clip(&target_text(&c.target, &c.unit), 24),
                measured_text(&c.measured, &c.unit),
                format!("{} ({})", c.outcome.label(), c.outcome.keyword()),
                c.reason.clone(),
            ]
        })
        .collect();
    out.push_str(&table(
        &[
            "ID",
            "Chỉ tiêu (target)",
            "Kết quả",
            "Đánh giá (outcome)",
            "Reason",
        ],
        &rows,
    ));
    if let Some(c) = &r.completion {
        let _ = writeln!(
            out,
            "  Criteria completed: {}/{} assessed ({}) — the forms' \"tỷ lệ đạt\", not the DTI score",
            c.passed,
            c.assessed,
            c.completion_percent
                .map_or("n/a".into(), |p| format!("{p} %"))
        );
    }
    let this_year = if v.dti_previous_year.is_some() {
        "DTI self-assessed score, this year"
    } else {
        "DTI index score"
    };
    for (what, d) in [
        ("DTI result, previous year", &v.dti_previous_year),
        (this_year, &v.dti),
    ] {
        if let Some(d) = d {
            let _ = writeln!(
                out,
                "  {what}: {} / {} points = {} % ({} {} %, {})",
                d.points,
                d.max,
                d.percent,
                if d.met { "≥" } else { "<" },
                d.required_percent,
                source_label(d.source)
            );
        }
    }
    if v.recognized {
        let _ = writeln!(out, "  Kết quả: ĐẠT — recognised");
    } else {
        let _ = writeln!(
            out,
            "  Kết quả: KHÔNG ĐẠT — not recognised: {}",
            v.recognition_reasons.join("; ")
        );
    }
}

fn maturity(out: &mut String, r: &LocalityResult, v: &MaturityVerdict) {
    let focus = v.next_level.unwrap_or(v.level);
    let rows: Vec<Vec<String>> = r
        .criteria
        .iter()
        .map(|c| {
            let mut row = vec![c.id.to_string(), clip(&c.name, 44)];
            for level in &v.ladder {
                let o = c
                    .levels
                    .as_ref()
                    .and_then(|ls| ls.iter().find(|x| x.level == level.level))
                    .map_or(c.outcome, |x| x.outcome);
                row.push(symbol(o).to_string());
            }
            row.push(format!(
                "{} · {} · {}",
                target_text(&c.target, &c.unit),
                measured_text(&c.measured, &c.unit),
                c.reason
            ));
            row
        })
        .collect();
    let focus_header = format!("At level {focus}: target · measured · reason");
    let mut header: Vec<String> = vec!["ID".into(), "Tên chỉ tiêu".into()];
    header.extend(v.ladder.iter().map(|l| l.level.to_string()));
    header.push(focus_header);
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    out.push_str(&table(&header, &rows));
    let _ = writeln!(
        out,
        "  (✓ Đạt, ✗ Không đạt, – không áp dụng / không đánh giá, ? thiếu số liệu, ! thiếu hồ sơ, E lỗi)"
    );
    let _ = writeln!(out, "  Maturity ladder:");
    for l in &v.ladder {
        let mark = if l.reached {
            "✓"
        } else if Some(l.level) == v.next_level {
            "✗"
        } else {
            "·"
        };
        let mut line = format!(
            "    {mark} {} {}  {}/{} applicable criteria met",
            l.level,
            pad(&l.name, 10),
            l.met,
            l.applicable
        );
        if !l.reached && Some(l.level) == v.next_level {
            let _ = write!(line, " — not met: {}", l.not_met.join(", "));
        }
        let _ = writeln!(out, "{line}");
    }
    let reached = match &v.level_name {
        Some(name) => format!("{} ({name})", v.level),
        None => "0 (no level reached)".into(),
    };
    let _ = writeln!(out, "  Mức độ đạt được: {reached}");
    if let Some(next) = v.next_level {
        let name = v
            .ladder
            .iter()
            .find(|l| l.level == next)
            .map_or("", |l| l.name.as_str());
        let _ = writeln!(
            out,
            "  Level {next} ({name}) is blocked by {} criteria:",
            v.next_level_blockers.len()
        );
        for b in &v.next_level_blockers {
            let _ = writeln!(
                out,
                "    {}  target {} · measured {} · {} ({}): {}",
                b.id,
                target_text(&b.target, &b.unit),
                measured_text(&b.measured, &b.unit),
                b.outcome.label(),
                b.outcome.keyword(),
                b.reason
            );
        }
    }
}

/// The closing summary of a run, accumulated locality by locality.
#[derive(Debug, Default, Clone, Copy)]
pub struct Summary {
    localities: usize,
    recognition: usize,
    recognised: usize,
    by_level: [usize; 6],
    maturity: usize,
    errors: usize,
}

impl Summary {
    pub fn add(&mut self, r: &LocalityResult) {
        self.localities += 1;
        self.errors += r
            .criteria
            .iter()
            .filter(|c| c.outcome == Outcome::Error)
            .count();
        match &r.verdict {
            Verdict::Recognition(v) => {
                self.recognition += 1;
                self.recognised += usize::from(v.recognized);
            }
            Verdict::Maturity(m) => {
                self.maturity += 1;
                if let Some(slot) = self.by_level.get_mut(usize::from(m.level)) {
                    *slot += 1;
                }
            }
        }
    }

    /// The summary of one locality.
    pub fn of(r: &LocalityResult) -> Self {
        let mut s = Summary::default();
        s.add(r);
        s
    }

    /// Adds another summary's counts (e.g. one locality's, made on a worker).
    pub fn merge(&mut self, other: &Summary) {
        self.localities += other.localities;
        self.recognition += other.recognition;
        self.recognised += other.recognised;
        self.maturity += other.maturity;
        self.errors += other.errors;
        for (a, b) in self.by_level.iter_mut().zip(other.by_level) {
            *a += b;
        }
    }

    /// Criterion evaluations that ended in error.
    pub fn errors(&self) -> usize {
        self.errors
    }

    pub fn render(&self) -> String {
        let mut s = format!("{} localities evaluated", self.localities);
        if self.recognition > 0 {
            let _ = write!(
                s,
                ": {} recognised, {} not",
                self.recognised,
                self.recognition - self.recognised
            );
        }
        if self.maturity > 0 {
            let levels: Vec<String> = self
                .by_level
                .iter()
                .enumerate()
                .filter(|(_, n)| **n > 0)
                .map(|(l, n)| format!("level {l}: {n}"))
                .collect();
            let _ = write!(s, "; {}", levels.join(", "));
        }
        if self.errors > 0 {
            let _ = write!(s, "; {} criterion evaluations ended in error", self.errors);
        }
        s.push('\n');
        s
    }
}
