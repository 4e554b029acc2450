//! Human-readable reports: a table per locality and a verdict (Thanh Hóa sets), or a
//! criteria × levels matrix and the level ladder (2361).

use super::{
    brief, change_label, compact, measured_in, rule_kind, safe, side, target_text, transition_text,
    value_change, verdict_change,
};
use crate::aggregate::DtiFigure;
use crate::aggregate::{CommunesSummary, LocalityResult, Tally};
use crate::aggregate::{MaturityVerdict, RecognitionVerdict, Verdict};
use crate::authoring::fixtures::TestReport;
use crate::authoring::gate::GateReport;
use crate::dataset::Basis;
use crate::diff::{Brief, CriterionChange, DiffReport, LocalityDiff};
use crate::eval::Outcome;
use crate::policyset::PolicySet;
use crate::render::explain::{dti_figure, outcome_label, source_label};
use crate::render::{Lang, localized};
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

/// The evaluation report of one locality.
pub fn locality(set: &PolicySet, r: &LocalityResult, st: Style) -> String {
    locality_under(
        set.id(),
        crate::aggregate::Noun::of(&set.manifest.recognition),
        r,
        st,
    )
}

/// [`locality`] with only what it needs of the set: its id and its word for a
/// criterion (a saved result is reported without loading the set's modules).
pub fn locality_under(
    set_id: &str,
    noun: crate::aggregate::Noun,
    r: &LocalityResult,
    st: Style,
) -> String {
    let mut out = String::new();
    let l = &r.locality;
    let mut place = l.name.clone();
    if let Some(d) = &l.district {
        place.push_str(", ");
        place.push_str(d);
    }
    place.push_str(", ");
    place.push_str(&l.province);
    let level = match (st.lang, l.level.as_str()) {
        (Lang::Vi, "commune") => "xã",
        (Lang::Vi, "district") => "huyện",
        (_, level) => level,
    };
    let code = match st.lang {
        Lang::Vi => format!("{level}, mã {}", l.code),
        Lang::En => format!("{level} {}", l.code),
    };
    let _ = writeln!(
        out,
        "{place} ({code}){}",
        if r.synthetic {
            st.t(" [dữ liệu giả lập]", " [synthetic data]")
        } else {
            ""
        }
    );
    let targets = match (r.targets_year, st.lang) {
        (Some(y), Lang::Vi) => format!("chỉ tiêu năm {y}"),
        (Some(y), Lang::En) => format!("targets of {y}"),
        (None, _) => st
            .t("chỉ tiêu theo mức độ", "targets by maturity level")
            .to_string(),
    };
    let basis = match r.basis {
        Basis::Appraised => st.t(
            "căn cứ: kết quả thẩm định (nếu có)",
            "basis: appraised where available",
        ),
        Basis::SelfAssessed => st.t("căn cứ: kết quả tự đánh giá", "basis: self-assessed"),
    };
    let _ = writeln!(
        out,
        "{} · {} {} · {targets} · {basis} · {}",
        set_id,
        st.t("số liệu năm", "data of"),
        r.dataset_year,
        r.file
    );
    if let Some(c) = &r.communes {
        out.push_str(&communes(c, st));
    }
    // Module reasons and dataset strings are in it: made terminal-safe before the
    // only escape sequences, the colours, are added.
    let mut out = fold(&safe(&out), st.width);
    match &r.verdict {
        Verdict::Recognition(v) => recognition(&mut out, r, v, noun, st),
        Verdict::Maturity(v) => maturity(&mut out, r, v, st),
    }
    let mut rest = String::new();
    bases(&mut rest, r, st);
    out.push_str(&fold(&safe(&rest), st.width));
    out
}

/// Each line of `text` longer than `width` folded at words, its continuation lines
/// indented two more than it.
fn fold(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for line in text.lines() {
        if line.chars().count() <= width {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let mut first = true;
        for part in wrap(line.trim_start(), width.saturating_sub(indent + 2).max(20)) {
            let pad = if first { indent } else { indent + 2 };
            out.extend(std::iter::repeat_n(' ', pad));
            out.push_str(&part);
            out.push('\n');
            first = false;
        }
    }
    out
}

/// Words of `text` in lines of at most `width` characters (a word longer than that
/// stands alone on its line).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut len = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let n = word.chars().count();
        if len > 0 && len + 1 + n > width {
            lines.push(std::mem::take(&mut line));
            len = 0;
        }
        if len > 0 {
            line.push(' ');
            len += 1;
        }
        line.push_str(word);
        len += n;
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A row of the criteria table: fixed columns (each wrapped to its width, the cells'
/// extra lines under them), the outcome last, then the reason wrapped to the report's
/// width under the name. `cells` are plain text; `outcome` may be coloured.
fn record(
    out: &mut String,
    widths: &[usize],
    cells: &[&str],
    outcome: &str,
    reason: Option<&str>,
    st: Style,
) {
    let columns: Vec<Vec<String>> = cells
        .iter()
        .zip(widths)
        .map(|(c, &w)| wrap(&safe(c), w))
        .collect();
    let height = columns.iter().map(Vec::len).max().unwrap_or(1);
    for i in 0..height {
        let start = out.len();
        out.push_str("  ");
        for (col, &w) in columns.iter().zip(widths) {
            let cell = col.get(i).map_or("", String::as_str);
            out.push_str(cell);
            out.extend(std::iter::repeat_n(
                ' ',
                w.saturating_sub(cell.chars().count()) + 2,
            ));
        }
        if i == 0 {
            out.push_str(outcome);
        }
        let kept = out[start..].trim_end().len();
        out.truncate(start + kept);
        out.push('\n');
    }
    if let Some(reason) = reason.filter(|r| !r.is_empty()) {
        under(out, widths.first().copied().unwrap_or(0), reason, st);
    }
}

/// Text under a row, from its second column on, wrapped to the report's width.
fn under(out: &mut String, first_width: usize, text: &str, st: Style) {
    let indent = 2 + first_width + 2;
    let width = st.width.saturating_sub(indent).max(30);
    for line in wrap(&safe(text), width) {
        out.extend(std::iter::repeat_n(' ', indent));
        out.push_str(&st.dim(&line));
        out.push('\n');
    }
}

/// Where the criterion's counted figures come from ("Nguồn số liệu: Mẫu 3.3 (trang Mẫu
/// 3.3): 4.890 dòng, 3.960 có điện thoại thông minh"), for figures imported from a list.
fn counted_from(c: &crate::eval::CriterionResult, st: Style) -> Option<String> {
    let items: Vec<String> = c
        .facts
        .iter()
        .filter_map(|f| {
            let d = f.derived.as_ref()?;
            let n = |x: u64| match st.lang {
                Lang::Vi => group_thousands(x, '.'),
                Lang::En => group_thousands(x, ','),
            };
            let what = d.what.as_deref().unwrap_or("");
            // The sheet is named when it is not the form's own (a CSV file, a renamed sheet).
            let from = if crate::forms::book::key(&d.sheet) == crate::forms::book::key(&d.form) {
                d.form.clone()
            } else {
                format!("{}, {}", d.form, d.sheet)
            };
            let rows = format!("{} {}", n(d.rows), st.t("dòng", "rows"));
            Some(if d.counted == d.rows {
                format!("`{}` = {} ({from}: {rows})", f.key, n(d.rows))
            } else {
                format!(
                    "`{}` = {} ({from}: {rows}, {} {what})",
                    f.key,
                    n(d.counted),
                    n(d.counted)
                )
            })
        })
        .collect();
    (!items.is_empty()).then(|| {
        format!(
            "{}: {}",
            st.t("Tính từ danh sách", "Counted from the lists"),
            items.join("; ")
        )
    })
}

/// 4890 → "4.890" (Vietnamese) or "4,890".
fn group_thousands(n: u64, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// The documents a criterion requires, each with the one supplied ("✓ Kế hoạch số
/// 15/KH-UBND ngày 12/01/2024, 2024-01-12") or its absence.
fn documents(c: &crate::eval::CriterionResult, st: Style) -> Option<String> {
    if c.evidence.is_empty() {
        return None;
    }
    let items: Vec<String> = c
        .evidence
        .iter()
        .map(|e| match &e.supplied {
            Some(d) => {
                let mut s = format!("✓ {}", d.title);
                for extra in [&d.reference, &d.issued, &d.url].into_iter().flatten() {
                    s.push_str(", ");
                    s.push_str(extra);
                }
                s
            }
            None => format!("✗ {} ({})", e.required, st.t("chưa có", "not supplied")),
        })
        .collect();
    Some(format!(
        "{}: {}",
        st.t("Hồ sơ chứng minh", "Evidence"),
        items.join("; ")
    ))
}

/// Where the district's appraisal changed the commune's own figures: each criterion
/// with the figures on both bases ("tự đánh giá → thẩm định") and its outcome on each,
/// flagged when the outcome changes (Mẫu 02, Phụ lục 02).
fn bases(out: &mut String, r: &LocalityResult, st: Style) {
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
    let _ = match st.lang {
        Lang::Vi => writeln!(
            out,
            "  Kết quả tự đánh giá → Kết quả thẩm định: {} chỉ tiêu có kết quả thẩm định khác kết quả tự đánh giá, trong đó {flips} chỉ tiêu thay đổi đánh giá (Đạt/Không đạt)",
            changed.len()
        ),
        Lang::En => writeln!(
            out,
            "  Self-assessed → appraised (Kết quả tự đánh giá → Kết quả thẩm định): {} {} with appraised figures, {flips} whose outcome changes",
            changed.len(),
            if changed.len() == 1 {
                "criterion"
            } else {
                "criteria"
            }
        ),
    };
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
            st.t("  ⚠ đánh giá thay đổi", "  ⚠ outcome changes")
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "    {}  {} · {} → {}{flag}",
            c.id,
            figures.join(", "),
            outcome_label(own, st.lang),
            outcome_label(appraised, st.lang)
        );
    }
}

fn communes(c: &CommunesSummary, st: Style) -> String {
    let mut out = match st.lang {
        Lang::Vi => format!("  Các xã, đánh giá theo {}: {}\n", c.policy_set, c.note),
        Lang::En => format!("  Communes, evaluated under {}: {}\n", c.policy_set, c.note),
    };
    for s in &c.communes {
        let status = match (s.level, s.recognized) {
            (Some(0), _) => st.t("chưa đạt mức độ nào", "no level reached").into(),
            (Some(level), _) => format!("{} {level}", st.t("mức độ", "level")),
            (None, Some(true)) => st.t("đủ điều kiện công nhận", "recognised").into(),
            (None, _) => st.t("chưa đủ điều kiện công nhận", "not recognised").into(),
        };
        let _ = writeln!(out, "    {} {} — {status}", s.code, s.name);
    }
    out
}

fn recognition(
    out: &mut String,
    r: &LocalityResult,
    v: &RecognitionVerdict,
    noun: crate::aggregate::Noun,
    st: Style,
) {
    // Mẫu 01, Phụ lục 01: TT | Tên chỉ tiêu | Đơn vị tính | Chỉ tiêu | Kết quả | Đánh giá;
    // the interim district criteria: STT | tiêu chí thành phần | Đơn vị tính | …
    let district = noun == crate::aggregate::Noun::TieuChi;
    let header = [
        if district {
            st.t("STT", "No.")
        } else {
            st.t("TT", "No.")
        },
        if district {
            st.t("Tiêu chí", "Criterion")
        } else {
            st.t("Tên chỉ tiêu", "Criterion")
        },
        st.t("Đơn vị tính", "Unit"),
        st.t("Chỉ tiêu", "Target"),
        st.t("Kết quả", "Result"),
    ];
    let id_width = r
        .criteria
        .iter()
        .map(|c| c.id.chars().count())
        .max()
        .unwrap_or(2)
        .max(header[0].chars().count());
    // The name takes what the other columns leave, within reason.
    let fixed = [id_width, 0, 11, 14, 9];
    let used: usize = 2 + fixed.iter().map(|w| w + 2).sum::<usize>() + 16;
    let name_width = st.width.saturating_sub(used).clamp(24, 48);
    let widths = [id_width, name_width, 11, 14, 9];
    let outcome_header = st.t("Đánh giá", "Assessment");
    record(out, &widths, &header, &st.bold(outcome_header), None, st);
    for c in &r.criteria {
        let target = localized(&target_text(&c.target, &c.unit), st.lang);
        let measured = measured_in(&c.measured, &c.unit, st.lang);
        record(
            out,
            &widths,
            &[&c.id, &c.name, &c.unit, &target, &measured],
            &st.outcome(c.outcome),
            Some(&c.reason),
            st,
        );
        if let Some(from) = counted_from(c, st) {
            under(out, widths[0], &from, st);
        }
        if let Some(docs) = documents(c, st) {
            under(out, widths[0], &docs, st);
        }
    }
    let mut tail = String::new();
    recognition_verdict(&mut tail, r, v, noun, st);
    out.push_str(&fold(&safe(&tail), st.width));
}

/// The completion line, the DTI scores and the verdict of a Thanh Hóa set.
fn recognition_verdict(
    out: &mut String,
    r: &LocalityResult,
    v: &RecognitionVerdict,
    noun: crate::aggregate::Noun,
    st: Style,
) {
    if let Some(c) = &r.completion {
        let percent = c.completion_percent.map_or("—".into(), |p| match st.lang {
            Lang::Vi => localized(&format!("{p}%"), st.lang),
            Lang::En => format!("{p} %"),
        });
        // Mẫu 02, IV: "Căn cứ kết quả thẩm định: … đã hoàn thành …/… Chỉ tiêu chuyển đổi
        // số cấp xã năm …, tỷ lệ đạt … %" (a share of criteria, not the DTI score).
        let _ = match st.lang {
            Lang::Vi => {
                let basis = match r.basis {
                    Basis::Appraised => "Căn cứ kết quả thẩm định (nếu có)",
                    Basis::SelfAssessed => "Căn cứ kết quả tự đánh giá",
                };
                let level = if noun == crate::aggregate::Noun::TieuChi {
                    "cấp huyện"
                } else {
                    "cấp xã"
                };
                let year = r
                    .targets_year
                    .map_or(String::new(), |y| format!(" năm {y}"));
                let word = noun.word(st.lang);
                writeln!(
                    out,
                    "  {basis}: đã hoàn thành {}/{} {word} chuyển đổi số {level}{year} được đánh giá, tỷ lệ đạt {percent} (tỷ lệ số {word} đạt, không phải điểm DTI)",
                    c.passed, c.assessed
                )
            }
            Lang::En => writeln!(
                out,
                "  Criteria completed: {}/{} assessed ({percent}): the forms' \"tỷ lệ đạt\", not the DTI score",
                c.passed, c.assessed
            ),
        };
    }
    let this_year = if v.dti_previous_year.is_some() {
        DtiFigure::SelfAssessedScore
    } else {
        DtiFigure::Score
    };
    for (figure, d) in [
        (DtiFigure::PreviousYear, &v.dti_previous_year),
        (this_year, &v.dti),
    ] {
        if let Some(d) = d {
            // Capitalised at the start of its line ("Điểm chỉ số DTI").
            let mut chars = dti_figure(figure, st.lang).chars();
            let what: String = chars
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(chars)
                .collect();
            let line = match st.lang {
                // "Đạt từ 70% tổng số điểm trở lên" (1829 and the interim rule, Art. 2).
                Lang::Vi => format!(
                    "  {what}: {}/{} điểm = {}% tổng số điểm ({} từ {}% trở lên; nguồn: {})",
                    d.points,
                    d.max,
                    d.percent,
                    if d.met { "đạt" } else { "chưa đạt" },
                    d.required_percent,
                    source_label(d.source, st.lang)
                ),
                Lang::En => format!(
                    "  {what}: {} / {} points = {} % ({} {} %, {})",
                    d.points,
                    d.max,
                    d.percent,
                    if d.met { "≥" } else { "<" },
                    d.required_percent,
                    source_label(d.source, st.lang)
                ),
            };
            let _ = writeln!(out, "{}", localized(&line, st.lang));
        }
    }
    if v.recognized {
        let _ = writeln!(
            out,
            "  {}",
            st.t("Kết quả: ĐẠT", "Result: recognised (ĐẠT)")
        );
    } else {
        // Missing figures are not a failed target: said so, the verdict unchanged.
        let only_missing = v.shortfalls.iter().all(|s| match s {
            crate::aggregate::Shortfall::Criteria { not_passed, .. } => not_passed
                .iter()
                .all(|c| c.outcome == crate::eval::Outcome::MissingData),
            crate::aggregate::Shortfall::DtiMissing { .. } => true,
            crate::aggregate::Shortfall::DtiBelow { .. } => false,
        });
        let lead = match (st.lang, only_missing) {
            (Lang::Vi, false) => "Kết quả: KHÔNG ĐẠT —",
            (Lang::Vi, true) => "Kết quả: KHÔNG ĐẠT (chưa đủ số liệu để kết luận) —",
            (Lang::En, false) => "Result: not recognised (KHÔNG ĐẠT):",
            (Lang::En, true) => {
                "Result: not recognised (KHÔNG ĐẠT; figures missing, nothing failed):"
            }
        };
        let _ = writeln!(out, "  {lead} {}", v.recognition_reasons.join("; "));
    }
}

fn maturity(out: &mut String, r: &LocalityResult, v: &MaturityVerdict, st: Style) {
    let focus = v.next_level.unwrap_or(v.level);
    let id_width = r
        .criteria
        .iter()
        .map(|c| c.id.chars().count())
        .max()
        .unwrap_or(2)
        .max(2);
    let levels_width = 3 * v.ladder.len();
    let used = 2 + (id_width + 2) + (levels_width + 2) + (11 + 2);
    let name_width = st.width.saturating_sub(used).clamp(24, 48);
    let widths = [id_width, name_width, 11];
    let ladder: String = v.ladder.iter().map(|l| format!("{:<3}", l.level)).collect();
    record(
        out,
        &widths,
        &[
            st.t("TT", "No."),
            st.t("Tên chỉ tiêu", "Criterion"),
            st.t("Đơn vị tính", "Unit"),
        ],
        &st.bold(ladder.trim_end()),
        None,
        st,
    );
    for c in &r.criteria {
        let symbols: Vec<String> = v
            .ladder
            .iter()
            .map(|level| {
                let o = c
                    .levels
                    .as_ref()
                    .and_then(|ls| ls.iter().find(|x| x.level == level.level))
                    .map_or(c.outcome, |x| x.outcome);
                st.symbol(o)
            })
            .collect();
        // A level's target "Không áp dụng" (2361 writes it in the cell; `*` is 1829's).
        let target = if c.target.is_null() {
            st.t("Không áp dụng", "not applicable").to_owned()
        } else {
            localized(&target_text(&c.target, &c.unit), st.lang)
        };
        let at = match st.lang {
            Lang::Vi => format!(
                "Mức độ {focus}: Chỉ tiêu {target} · Kết quả {} · {}",
                measured_in(&c.measured, &c.unit, st.lang),
                c.reason
            ),
            Lang::En => format!(
                "Level {focus}: target {target} · result {} · {}",
                measured_in(&c.measured, &c.unit, st.lang),
                c.reason
            ),
        };
        record(
            out,
            &widths,
            &[&c.id, &c.name, &c.unit],
            &symbols.join("  "),
            Some(&at),
            st,
        );
    }
    let mut tail = String::new();
    maturity_ladder(&mut tail, v, st);
    out.push_str(&fold(&safe(&tail), st.width));
}

/// The legend, the ladder of levels and what blocks the next one.
fn maturity_ladder(out: &mut String, v: &MaturityVerdict, st: Style) {
    let _ = writeln!(
        out,
        "  {}",
        st.t(
            "(✓ Đạt, ✗ Không đạt, – Không áp dụng / Không đánh giá, ? Thiếu số liệu, ! Thiếu hồ sơ chứng minh, E Lỗi)",
            "(✓ met, ✗ not met, – not applicable / not assessed, ? missing data, ! missing evidence, E error)"
        )
    );
    let _ = writeln!(out, "  {}", st.t("Các mức độ:", "Maturity ladder:"));
    for l in &v.ladder {
        let mark = if l.reached {
            "✓"
        } else if Some(l.level) == v.next_level {
            "✗"
        } else {
            "·"
        };
        let mut line = format!(
            "    {mark} {} {}  {}/{} {}",
            l.level,
            pad(&l.name, 10),
            l.met,
            l.applicable,
            st.t("tiêu chí áp dụng đã đạt", "applicable criteria met")
        );
        if !l.reached && Some(l.level) == v.next_level {
            let _ = write!(
                line,
                " — {}: {}",
                st.t("chưa đạt", "not met"),
                l.not_met.join(", ")
            );
        }
        let _ = writeln!(out, "{line}");
    }
    let reached = match &v.level_name {
        Some(name) => format!("{} ({name})", v.level),
        None => st
            .t("0 (chưa đạt mức độ nào)", "0 (no level reached)")
            .into(),
    };
    let _ = writeln!(
        out,
        "  {}: {reached}",
        st.t("Mức độ đạt được", "Level reached")
    );
    if let Some(next) = v.next_level {
        let name = v
            .ladder
            .iter()
            .find(|l| l.level == next)
            .map_or("", |l| l.name.as_str());
        let n = v.next_level_blockers.len();
        let _ = match st.lang {
            Lang::Vi => writeln!(
                out,
                "  Để đạt mức độ {next} ({name}), còn {n} tiêu chí chưa đạt:"
            ),
            Lang::En => writeln!(out, "  Level {next} ({name}) is blocked by {n} criteria:"),
        };
        for b in &v.next_level_blockers {
            let _ = writeln!(
                out,
                "    {}  {} {} · {} {} · {}",
                b.id,
                st.t("Chỉ tiêu", "target"),
                localized(&target_text(&b.target, &b.unit), st.lang),
                st.t("Kết quả", "measured"),
                measured_in(&b.measured, &b.unit, st.lang),
                b.reason
            );
        }
    }
}

/// The closing line of a run: its counts.
pub fn summary(t: &Tally, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    let mut s = if vi {
        format!("Đã đánh giá {} địa phương", t.localities)
    } else {
        format!(
            "{} {} evaluated",
            t.localities,
            if t.localities == 1 {
                "locality"
            } else {
                "localities"
            }
        )
    };
    if t.recognition > 0 {
        let (yes, no) = (t.recognised, t.recognition - t.recognised);
        let _ = if vi {
            write!(s, ": {yes} đạt, {no} không đạt")
        } else {
            write!(s, ": {yes} recognised, {no} not")
        };
    }
    if t.maturity > 0 {
        let levels: Vec<String> = t
            .by_level
            .iter()
            .enumerate()
            .filter(|(_, n)| **n > 0)
            .map(|(l, n)| match (vi, l) {
                (true, 0) => format!("{n} chưa đạt mức độ nào"),
                (true, l) => format!("{n} đạt mức độ {l}"),
                (false, l) => format!("level {l}: {n}"),
            })
            .collect();
        let _ = write!(s, "{}{}", if vi { ": " } else { "; " }, levels.join(", "));
    }
    if t.bases_disagree > 0 {
        let n = t.bases_disagree;
        let _ = if vi {
            write!(
                s,
                "; {n} chỉ tiêu có đánh giá (Đạt/Không đạt) theo kết quả thẩm định khác với theo kết quả tự đánh giá"
            )
        } else {
            write!(
                s,
                "; {n} {} whose outcome the appraisal changes",
                if n == 1 { "criterion" } else { "criteria" }
            )
        };
    }
    if t.errors > 0 {
        let n = t.errors;
        let _ = if vi {
            write!(s, "; {n} lượt đánh giá chỉ tiêu bị lỗi")
        } else {
            write!(s, "; {n} criterion evaluations ended in error")
        };
    }
    s.push('\n');
    s
}

// Diffs: the first screen is the answer; colored on a terminal unless NO_COLOR is set.

/// When to colour: `--color auto|always|never`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)
    #[default]
    Auto,
    Always,
    Never,
}

/// The width of a report that is not printed on a terminal (files, pipes, tests).
pub const FIXED_WIDTH: usize = 100;

/// How a text report looks: ANSI colours or none, the width it wraps to, and the
/// language of what an official reads.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub width: usize,
    pub lang: Lang,
}

impl Style {
    /// For stdout: coloured per `choice`, as wide as the terminal (at least 60
    /// columns), or [`FIXED_WIDTH`] when stdout is not a terminal.
    pub fn for_stdout(choice: ColorChoice, lang: Lang) -> Self {
        use std::io::IsTerminal;
        let terminal = std::io::stdout().is_terminal();
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        };
        let width = terminal
            .then(|| terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)))
            .flatten()
            .map_or(FIXED_WIDTH, |w| w.max(60));
        Style { color, width, lang }
    }

    /// Plain, [`FIXED_WIDTH`] wide: what tests and files get.
    pub fn plain(lang: Lang) -> Self {
        Style {
            color: false,
            width: FIXED_WIDTH,
            lang,
        }
    }

    /// One of two wordings.
    fn t<'s>(&self, vi: &'s str, en: &'s str) -> &'s str {
        match self.lang {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }

    /// `s`, coloured by what the outcome `o` means.
    fn by_outcome(&self, o: Outcome, s: &str) -> String {
        let code = match o {
            Outcome::Pass => "32",
            Outcome::Fail | Outcome::Error => "31",
            Outcome::MissingData | Outcome::MissingEvidence => "33",
            Outcome::NotAssessed => "2",
        };
        self.paint(code, s)
    }

    /// An outcome's label, coloured.
    fn outcome(&self, o: Outcome) -> String {
        self.by_outcome(o, super::explain::outcome_label(o, self.lang))
    }

    /// An outcome's symbol in the level matrix, coloured.
    fn symbol(&self, o: Outcome) -> String {
        self.by_outcome(o, symbol(o))
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
        let _ = writeln!(
            out,
            "{}",
            st.green(st.t("không có khác biệt", "no differences"))
        );
        return out;
    }
    diff_summary(&mut out, r, st);
    let _ = writeln!(out, "\n{}", st.t("Theo địa phương:", "Per locality:"));
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
            side(&r.from, st.lang),
            side(&r.to, st.lang)
        ))
    );
    if let Some(cw) = &r.crosswalk {
        let _ = match st.lang {
            Lang::Vi => writeln!(
                out,
                "các chỉ tiêu được ghép theo bảng đối chiếu {} → {} (phiên bản {})",
                cw.from, cw.to, cw.version
            ),
            Lang::En => writeln!(
                out,
                "criteria paired through crosswalk {} → {} (version {})",
                cw.from, cw.to, cw.version
            ),
        };
    }
    let s = &r.summary;
    let headline = super::diff_counts(r, st.lang);
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
    if s.verdict_changes > 0 {
        let _ = writeln!(
            out,
            "\n{}",
            st.t("Kết luận thay đổi:", "Verdicts that change:")
        );
        for line in super::verdicts_changed(r, st.lang) {
            let _ = writeln!(out, "  {}", safe(&line));
        }
    }
    if !s.transitions.is_empty() {
        let t: Vec<String> = s
            .transitions
            .iter()
            .map(|(k, v)| format!("{} ×{v}", transition_text(k, st.lang)))
            .collect();
        let _ = writeln!(
            out,
            "\n{}: {}",
            st.t("Thay đổi đánh giá", "Outcome transitions"),
            t.join(", ")
        );
        let c: Vec<String> = super::criterion_changes(r, st.lang)
            .iter()
            .map(|(k, v, _)| format!("{k} ({v})"))
            .collect();
        let _ = writeln!(
            out,
            "{}: {}",
            st.t(
                "Chỉ tiêu có thay đổi (số địa phương)",
                "Criteria whose results change (localities)"
            ),
            c.join(", ")
        );
    }
    if !r.rule_changes.is_empty() {
        let _ = writeln!(out, "\n{}", st.t("Thay đổi quy tắc:", "Rule changes:"));
        for rc in &r.rule_changes {
            let id = safe(&rc.id);
            if rc.fields.is_empty() {
                let _ = writeln!(out, "  {id} {}", rule_kind(&rc.kind, st.lang));
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
        let _ = writeln!(
            out,
            "\n{}",
            st.t("Không có chỉ tiêu tương ứng:", "No counterpart:")
        );
        for n in &cw.no_counterpart {
            let _ = writeln!(out, "  {}", st.dim(n));
        }
    }
}

/// One locality: its verdict before and after, each outcome that changes (red when
/// worse, green when better), then the changes of value alone.
fn diff_locality(out: &mut String, l: &LocalityDiff, st: Style) {
    let verdict = verdict_change(&l.before, &l.after, st.lang);
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
            change_label(c, st.lang),
            transition_text(&c.transition(), st.lang),
            brief(&c.before, st.lang),
            brief(&c.after, st.lang)
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
            let now = format!("{}: {}", st.t("sau", "now"), b.reason);
            let _ = writeln!(out, "      {}", st.dim(&now));
        }
        if let Some(note) = &c.note {
            let note = format!("{}: {note}", st.t("bảng đối chiếu", "crosswalk"));
            let _ = writeln!(out, "      {}", st.dim(&note));
        }
    }
    if !value_only.is_empty() {
        let items: Vec<String> = value_only
            .iter()
            .map(|c| value_change(c, st.lang))
            .collect();
        let _ = writeln!(
            out,
            "    {}: {}",
            st.t(
                "đánh giá không đổi; chỉ tiêu hoặc kết quả thay đổi",
                "same outcome, target or measured value changed"
            ),
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
    fn wrap_counts_characters_and_keeps_long_words_whole() {
        assert_eq!(wrap("Đạt đủ chỉ tiêu", 7), ["Đạt đủ", "chỉ", "tiêu"]);
        assert_eq!(
            wrap("`officials.working_electronically` = 22", 10),
            ["`officials.working_electronically`", "= 22"]
        );
        assert_eq!(wrap("", 10), [""]);
    }

    #[test]
    fn a_record_aligns_by_characters_and_puts_the_reason_under_the_name() {
        let mut out = String::new();
        let st = Style::plain(Lang::Vi);
        record(
            &mut out,
            &[3, 8],
            &["1.1", "Tên chỉ tiêu dài"],
            "Đạt",
            Some("Đạt: lý do"),
            st,
        );
        assert_eq!(
            out,
            "  1.1  Tên chỉ   Đạt\n       tiêu dài\n       Đạt: lý do\n"
        );
    }

    #[test]
    fn numbers_take_a_decimal_comma_in_vietnamese() {
        assert_eq!(localized("79.55%", Lang::Vi), "79,55%");
        assert_eq!(localized("≥ 75%", Lang::Vi), "≥ 75%");
        assert_eq!(localized("v1.2 a.b", Lang::Vi), "v1,2 a.b");
        assert_eq!(localized("79.55%", Lang::En), "79.55%");
    }
}
