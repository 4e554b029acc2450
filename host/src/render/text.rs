//! Human-readable reports: a table per locality and a verdict (Thanh Hóa sets), or a
//! criteria × levels matrix and the level ladder (2361).

use super::{brief, compact, measured_text, plural, safe, side, target_text, value_change};
use crate::aggregate::{CommunesSummary, LocalityResult, Tally};
use crate::aggregate::{MaturityVerdict, RecognitionVerdict, Verdict};
use crate::authoring::fixtures::TestReport;
use crate::authoring::gate::GateReport;
use crate::dataset::{Basis, FactSource};
use crate::diff::{Brief, CriterionChange, DiffReport, LocalityDiff};
use crate::eval::Outcome;
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
    bases(&mut out, r);
    // Module reasons and dataset strings are in it: nothing raw reaches a terminal.
    match super::terminal_safe(&out) {
        std::borrow::Cow::Borrowed(_) => out,
        std::borrow::Cow::Owned(safe) => safe,
    }
}

/// Where the district's appraisal changed the commune's own figures: each criterion
/// with the figures on both bases ("tự đánh giá → thẩm định") and its outcome on each,
/// flagged when the outcome changes (Mẫu 02, Phụ lục 02).
fn bases(out: &mut String, r: &LocalityResult) {
    let changed: Vec<&crate::eval::CriterionResult> = r
        .criteria
        .iter()
        .filter(|c| {
            c.facts.iter().any(|f| {
                f.bases
                    .as_ref()
                    .is_some_and(|b| b.self_assessed != b.appraised)
            })
        })
        .collect();
    if changed.is_empty() {
        return;
    }
    let flips = changed.iter().filter(|c| c.bases_disagree()).count();
    let _ = writeln!(
        out,
        "  Kết quả tự đánh giá → Kết quả thẩm định (self-assessed → appraised): {} criteria with appraised figures, {flips} whose outcome changes",
        changed.len()
    );
    for c in changed {
        let figures: Vec<String> = c
            .facts
            .iter()
            .filter_map(|f| {
                let b = f
                    .bases
                    .as_ref()
                    .filter(|b| b.self_assessed != b.appraised)?;
                Some(format!(
                    "{} {} → {}",
                    f.key,
                    compact(&b.self_assessed),
                    compact(&b.appraised)
                ))
            })
            .collect();
        let (own, appraised) = match (&c.other_basis, r.basis) {
            (Some(o), Basis::Appraised) => (o.outcome, c.outcome),
            (Some(o), Basis::SelfAssessed) => (c.outcome, o.outcome),
            (None, _) => (c.outcome, c.outcome),
        };
        let flag = if c.bases_disagree() {
            "  ⚠ outcome changes"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "    {}  {} · {} → {}{flag}",
            c.id,
            figures.join(", "),
            own.label(),
            appraised.label()
        );
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

/// The closing line of a run: its counts.
pub fn summary(t: &Tally) -> String {
    let mut s = format!("{} localities evaluated", t.localities);
    if t.recognition > 0 {
        let _ = write!(
            s,
            ": {} recognised, {} not",
            t.recognised,
            t.recognition - t.recognised
        );
    }
    if t.maturity > 0 {
        let levels: Vec<String> = t
            .by_level
            .iter()
            .enumerate()
            .filter(|(_, n)| **n > 0)
            .map(|(l, n)| format!("level {l}: {n}"))
            .collect();
        let _ = write!(s, "; {}", levels.join(", "));
    }
    if t.bases_disagree > 0 {
        let _ = write!(
            s,
            "; {} criteria whose outcome the appraisal changes",
            t.bases_disagree
        );
    }
    if t.errors > 0 {
        let _ = write!(s, "; {} criterion evaluations ended in error", t.errors);
    }
    s.push('\n');
    s
}

// Diffs: the first screen is the answer; colored on a terminal unless NO_COLOR is set.

/// ANSI styling, or none.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
}

impl Style {
    /// Colored when stdout is a terminal and `NO_COLOR` is unset (<https://no-color.org>).
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

/// Whether a change makes things worse (to color it).
fn worse(c: &CriterionChange) -> bool {
    let met = |b: &Option<Brief>| b.as_ref().is_some_and(|b| b.outcome.counts_as_met());
    met(&c.before) && !met(&c.after)
}

fn better(c: &CriterionChange) -> bool {
    let met = |b: &Option<Brief>| b.as_ref().is_some_and(|b| b.outcome.counts_as_met());
    !met(&c.before) && met(&c.after)
}

/// The diff report.
pub fn diff(r: &DiffReport, st: Style) -> String {
    let mut out = String::new();
    diff_headline(&mut out, r, st);
    if r.is_empty() {
        let _ = writeln!(out, "{}", st.green("no differences"));
        return out;
    }
    diff_summary(&mut out, r, st);
    let _ = writeln!(out, "\nPer locality:");
    for l in &r.localities {
        diff_locality(&mut out, l, st);
    }
    out
}

/// The sides compared and the counts, in one line (red when a verdict changes).
fn diff_headline(out: &mut String, r: &DiffReport, st: Style) {
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
}

/// What changes over all localities: verdicts, transitions, rules, criteria without
/// a counterpart.
fn diff_summary(out: &mut String, r: &DiffReport, st: Style) {
    let s = &r.summary;
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
        let c: Vec<String> = s
            .changes_in_id_order()
            .iter()
            .map(|(k, v)| format!("{k} ({v})"))
            .collect();
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
}

/// One locality: its verdict before and after, each outcome that changes (red when
/// worse, green when better), then the changes of value alone.
fn diff_locality(out: &mut String, l: &LocalityDiff, st: Style) {
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

/// A unified line diff of two rendered reports.
pub fn unified(before: &str, after: &str, from_label: &str, to_label: &str) -> String {
    similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(2)
        .header(from_label, to_label)
        .to_string()
}

// The gate's checks.

/// The gate report.
pub fn gate(report: &GateReport) -> String {
    let checks = &report.checks;
    let mut out = String::new();
    for c in checks {
        let status = if c.failures.is_empty() {
            "ok"
        } else {
            "FAILED"
        };
        out.push_str(&format!(
            "{status:<6} {} ({} problems)\n",
            c.name,
            c.failures.len()
        ));
        for f in &c.failures {
            out.push_str(&format!("         {}\n", safe(f)));
        }
        for i in &c.info {
            out.push_str(&format!("         · {}\n", safe(i)));
        }
    }
    let failed = checks.iter().filter(|c| !c.failures.is_empty()).count();
    out.push_str(&format!(
        "gate: {} passed, {failed} failed\n",
        checks.len() - failed
    ));
    out
}

/// The text form of test reports.
pub fn tests(reports: &[TestReport]) -> String {
    // Failures quote modules' reasons: shown terminal-safe.
    safe(&tests_unchecked(reports)).into_owned()
}

fn tests_unchecked(reports: &[TestReport]) -> String {
    let mut out = String::new();
    for r in reports {
        for c in &r.cases {
            if c.passed {
                out.push_str(&format!(
                    "PASS  {} {}: {}\n",
                    r.policy_set, c.criterion, c.name
                ));
            } else {
                out.push_str(&format!(
                    "FAIL  {} {}: {} — {}\n",
                    r.policy_set, c.criterion, c.name, c.failure
                ));
            }
        }
        for p in &r.problems {
            out.push_str(&format!("ERROR {}: {p}\n", r.policy_set));
        }
        if !r.without_cases.is_empty() {
            out.push_str(&format!(
                "note  {}: no case for {}\n",
                r.policy_set,
                r.without_cases.join(", ")
            ));
        }
        if !r.one_sided.is_empty() {
            out.push_str(&format!(
                "note  {}: numeric target without both a passing and a failing case: {}\n",
                r.policy_set,
                r.one_sided.join(", ")
            ));
        }
        let passed = r.cases.iter().filter(|c| c.passed).count();
        out.push_str(&format!(
            "{}: {passed} passed, {} failed\n",
            r.policy_set,
            r.failed()
        ));
    }
    out
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
