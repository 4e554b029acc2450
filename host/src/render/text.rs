//! Human-readable reports: a table per locality and a verdict (Thanh Hóa sets), or a
//! criteria × levels matrix and the level ladder (2361).

use super::{measured_text, target_text};
use crate::aggregate::{MaturityVerdict, RecognitionVerdict, Verdict};
use crate::dataset::{Basis, FactSource};
use crate::eval::{CommunesSummary, LocalityResult, Outcome};
use crate::policyset::PolicySet;
use std::borrow::Cow;
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

/// Shortens `s` to `width` characters with an ellipsis (borrowed when it fits).
fn clip(s: &str, width: usize) -> Cow<'_, str> {
    if s.char_indices().nth(width).is_none() {
        return Cow::Borrowed(s);
    }
    // The first `width - 1` characters, then the ellipsis.
    let cut = s
        .char_indices()
        .nth(width.saturating_sub(1))
        .map_or(s.len(), |(i, _)| i);
    let mut t = String::with_capacity(cut + '…'.len_utf8());
    t.push_str(&s[..cut]);
    t.push('…');
    Cow::Owned(t)
}

/// Lays out rows as aligned columns, appended to `out`; the last column is free text.
/// Every line is trimmed at its end. Written in place: a country's reports are
/// hundreds of thousands of these lines.
fn table<S: AsRef<str>>(out: &mut String, header: &[&str], rows: &[Vec<S>]) {
    let n = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row).take(n - 1) {
            *w = (*w).max(cell.as_ref().chars().count());
        }
    }
    let mut line = |cells: &mut dyn Iterator<Item = &str>| {
        let start = out.len();
        out.push_str("  ");
        for (i, cell) in cells.enumerate() {
            out.push_str(cell);
            if i + 1 < n {
                let missing = widths[i].saturating_sub(cell.chars().count());
                out.extend(std::iter::repeat_n(' ', missing + 2));
            }
        }
        let kept = out[start..].trim_end().len();
        out.truncate(start + kept);
        out.push('\n');
    };
    line(&mut header.iter().copied());
    for row in rows {
        line(&mut row.iter().map(AsRef::as_ref));
    }
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
    // Module reasons and dataset strings are in it: nothing raw reaches a terminal.
    match super::terminal_safe(&out) {
        std::borrow::Cow::Borrowed(_) => out,
        std::borrow::Cow::Owned(safe) => safe,
    }
}

fn communes(c: &CommunesSummary) -> String {
    let mut out = format!("  Communes, evaluated under {}: {}\n", c.policy_set, c.note);
    for s in &c.communes {
        let status = if let Some(level) = s.level {
            format!("level {level}")
        } else if s.recognized == Some(true) {
            "recognised".into()
        } else {
            "not recognised".into()
        };
        let _ = writeln!(out, "    {} {} — {status}", s.code, s.name);
    }
    out
}

fn recognition(out: &mut String, r: &LocalityResult, v: &RecognitionVerdict) {
    let rows: Vec<Vec<Cow<'_, str>>> = r
        .criteria
        .iter()
        .map(|c| {
            vec![
                Cow::Borrowed(&*c.id),
                Cow::Owned(clip(&target_text(&c.target, &c.unit), 24).into_owned()),
                Cow::Owned(measured_text(&c.measured, &c.unit)),
                Cow::Owned(format!("{} ({})", c.outcome.label(), c.outcome.keyword())),
                Cow::Borrowed(c.reason.as_str()),
            ]
        })
        .collect();
    table(
        out,
        &[
            "ID",
            "Chỉ tiêu (target)",
            "Kết quả",
            "Đánh giá (outcome)",
            "Reason",
        ],
        &rows,
    );
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
    let rows: Vec<Vec<Cow<'_, str>>> = r
        .criteria
        .iter()
        .map(|c| {
            let mut row = vec![Cow::Borrowed(&*c.id), clip(&c.name, 44)];
            for level in &v.ladder {
                let o = c
                    .levels
                    .as_ref()
                    .and_then(|ls| ls.iter().find(|x| x.level == level.level))
                    .map_or(c.outcome, |x| x.outcome);
                row.push(Cow::Borrowed(symbol(o)));
            }
            row.push(Cow::Owned(format!(
                "{} · {} · {}",
                target_text(&c.target, &c.unit),
                measured_text(&c.measured, &c.unit),
                c.reason
            )));
            row
        })
        .collect();
    let focus_header = format!("At level {focus}: target · measured · reason");
    let mut header: Vec<String> = vec!["ID".into(), "Tên chỉ tiêu".into()];
    header.extend(v.ladder.iter().map(|l| l.level.to_string()));
    header.push(focus_header);
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    table(out, &header, &rows);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_counts_characters_not_bytes() {
        assert_eq!(clip("abc", 3), "abc");
        assert_eq!(clip("abcd", 3), "ab…");
        assert_eq!(clip("Đạt đủ", 6), "Đạt đủ");
        assert_eq!(clip("Không đạt", 4), "Khô…");
        assert_eq!(clip("", 0), "");
        assert_eq!(clip("a", 0), "…");
        assert!(matches!(clip("short", 44), Cow::Borrowed(_)));
    }

    #[test]
    fn table_aligns_by_characters_and_trims_line_ends() {
        let mut out = String::from("before\n");
        let rows = vec![vec!["1.1", "Đạt", "free text"], vec!["10.12", "x", ""]];
        table(&mut out, &["ID", "Kết quả", "Reason"], &rows);
        assert_eq!(
            out,
            "before\n  ID     Kết quả  Reason\n  1.1    Đạt      free text\n  10.12  x\n"
        );
    }
}
