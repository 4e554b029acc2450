//! Reasons in the reader's language: the one catalogue of what a [`Why`] says, in
//! Vietnamese (the default: commune and district officials read it) and in English,
//! with the sources' own terms (Đạt / Không đạt, Không áp dụng, "nếu có", hồ sơ chứng
//! minh). Module and host faults keep their English detail after a Vietnamese lead:
//! they are for whoever maintains the criteria.

use crate::aggregate::{CommunesNote, DtiFigure, LocalityResult, Shortfall, Verdict};
use crate::dataset::FactSource;
use crate::eval::explanation::{FactValue, InconsistencyRule, Uncomputable, Why};
use crate::eval::{CriterionResult, Outcome, Uncomputed};
use serde::Serialize;
use std::fmt::Write as _;

/// The language of everything an official reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Tiếng Việt.
    #[default]
    Vi,
    /// English.
    En,
}

/// Fills every reason of a locality's results (criteria, their levels, the blockers of
/// the next level: their criterion's; why it is not recognised; where the figures about
/// a district's communes come from) from their data.
pub fn fill(result: &mut LocalityResult, lang: Lang) {
    for c in &mut result.criteria {
        fill_criterion(c, lang);
    }
    match &mut result.verdict {
        Verdict::Maturity(m) => {
            for b in &mut m.next_level_blockers {
                if let Some(c) = result.criteria.iter().find(|c| c.id == b.id) {
                    b.reason.clone_from(&c.reason);
                }
            }
        }
        Verdict::Recognition(r) => {
            r.recognition_reasons = r.shortfalls.iter().map(|s| shortfall(s, lang)).collect();
        }
    }
    if let Some(c) = &mut result.communes {
        c.note = communes_note(&c.figures, lang);
    }
}

/// Fills a criterion's reasons (its own and each level's).
pub fn fill_criterion(c: &mut CriterionResult, lang: Lang) {
    c.reason = reason(&c.explanation, lang);
    for l in c.levels.iter_mut().flatten() {
        l.reason = reason(&l.explanation, lang);
    }
}

/// A reason as one sentence.
pub fn reason(why: &Why, lang: Lang) -> String {
    let mut out = String::with_capacity(160);
    Writer {
        out: &mut out,
        lang,
    }
    .top(why);
    out
}

/// One condition of recognition not met, as a sentence.
pub fn shortfall(s: &Shortfall, lang: Lang) -> String {
    let mut out = String::new();
    let mut w = Writer {
        out: &mut out,
        lang,
    };
    match s {
        Shortfall::Criteria {
            not_passed,
            assessed,
            noun,
        } => {
            let _ = write!(w.out, "{}", not_passed.len());
            w.t("/", " of ");
            let _ = write!(w.out, "{assessed}");
            w.s(" ");
            w.s(noun.word(lang));
            w.t(
                " được đánh giá trong năm chưa đạt: ",
                " assessed in the year not passed: ",
            );
            for (i, c) in not_passed.iter().enumerate() {
                if i > 0 {
                    w.s(", ");
                }
                w.s(&c.id);
                w.s(" (");
                w.s(outcome_label(c.outcome, lang));
                w.s(")");
            }
        }
        Shortfall::DtiMissing {
            figure,
            required_percent,
            pointer,
        } => {
            w.t("thiếu ", "");
            w.s(dti_figure(*figure, lang));
            w.t(
                ": điều kiện công nhận là đạt từ ",
                " missing: recognition needs at least ",
            );
            w.num(&crate::eval::number_json(*required_percent));
            w.percent();
            w.t(" tổng số điểm trở lên (", " of the points (");
            w.key(pointer);
            w.s(")");
        }
        Shortfall::DtiBelow { figure, result } => {
            w.s(dti_figure(*figure, lang));
            w.s(" ");
            w.num(&crate::eval::number_json(result.points));
            w.t("/", " of ");
            w.num(&crate::eval::number_json(result.max));
            w.t(" điểm = ", " points = ");
            w.num(&crate::eval::number_json(result.percent));
            w.percent();
            w.t(" tổng số điểm, chưa đạt từ ", " < ");
            w.num(&crate::eval::number_json(result.required_percent));
            w.percent();
            w.t(" trở lên", " of the maximum");
        }
    }
    out
}

/// A DTI figure a recognition rule reads.
pub fn dti_figure(f: DtiFigure, lang: Lang) -> &'static str {
    match (f, lang) {
        (DtiFigure::Score, Lang::Vi) => "điểm chỉ số DTI",
        (DtiFigure::Score, Lang::En) => "DTI index score",
        (DtiFigure::SelfAssessedScore, Lang::Vi) => {
            "điểm DTI tự đánh giá của năm đề nghị công nhận"
        }
        (DtiFigure::SelfAssessedScore, Lang::En) => "this year's self-assessed DTI score",
        (DtiFigure::PreviousYear, Lang::Vi) => "kết quả DTI của năm liền trước",
        (DtiFigure::PreviousYear, Lang::En) => "previous year's DTI result",
    }
}

/// Where a figure comes from: the district's appraisal, the commune's own assessment,
/// computed from the communes, or declared by the district.
pub fn source_label(s: FactSource, lang: Lang) -> &'static str {
    match (s, lang) {
        (FactSource::Appraised, Lang::Vi) => "thẩm định",
        (FactSource::Appraised, Lang::En) => "appraised",
        (FactSource::Computed, Lang::Vi) => "tính từ số liệu các xã",
        (FactSource::Computed, Lang::En) => "computed",
        (FactSource::Declared, Lang::Vi) => "huyện kê khai",
        (FactSource::Declared, Lang::En) => "declared",
        (_, Lang::Vi) => "tự đánh giá",
        (_, Lang::En) => "self-assessed",
    }
}

/// Where the figures about a district's communes come from, as a sentence.
pub fn communes_note(note: &CommunesNote, lang: Lang) -> String {
    let mut out = String::new();
    let mut w = Writer {
        out: &mut out,
        lang,
    };
    match note {
        CommunesNote::Declared => w.t(
            "chưa có bộ số liệu của từng xã; các tiêu chí liên quan đến các xã dùng số liệu do huyện kê khai (không tính từ số liệu của từng xã)",
            "no commune datasets given: criteria about the communes use the figures declared in the district dataset, not computed ones",
        ),
        CommunesNote::Computed { given } => {
            let _ = match lang {
                Lang::Vi => write!(
                    w.out,
                    "tính từ bộ số liệu của cả {given} xã của huyện"
                ),
                Lang::En => write!(
                    w.out,
                    "computed from the datasets of all {given} communes of the district"
                ),
            };
        }
        CommunesNote::Uncomputed { why } => w.uncomputed_why(why),
    }
    out
}

/// An outcome as the forms write it.
pub fn outcome_label(o: Outcome, lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => o.label(),
        Lang::En => match o {
            Outcome::Pass => "met",
            Outcome::Fail => "not met",
            Outcome::NotAssessed => "not assessed",
            Outcome::MissingData => "missing data",
            Outcome::MissingEvidence => "missing evidence",
            Outcome::Error => "error",
        },
    }
}

struct Writer<'a> {
    out: &'a mut String,
    lang: Lang,
}

impl Writer<'_> {
    fn s(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// One of two wordings.
    fn t(&mut self, vi: &str, en: &str) {
        let s = match self.lang {
            Lang::Vi => vi,
            Lang::En => en,
        };
        self.out.push_str(s);
    }

    /// A number: decimal comma in Vietnamese ("79,55"), point in English.
    fn num(&mut self, n: &serde_json::Value) {
        let start = self.out.len();
        match n {
            serde_json::Value::Number(n) => {
                let _ = write!(self.out, "{n}");
            }
            serde_json::Value::Bool(b) => self.yes_no(*b),
            other => {
                let _ = write!(self.out, "{other}");
            }
        }
        if self.lang == Lang::Vi
            && let Some(dot) = self.out[start..].find('.')
        {
            self.out.replace_range(start + dot..start + dot + 1, ",");
        }
    }

    /// "%": written against the number in Vietnamese ("75%", as the sources do).
    fn percent(&mut self) {
        self.t("%", " %");
    }

    fn yes_no(&mut self, b: bool) {
        match (self.lang, b) {
            (Lang::Vi, true) => self.s("Có"),
            (Lang::Vi, false) => self.s("Không"),
            (Lang::En, b) => self.s(if b { "true" } else { "false" }),
        }
    }

    fn key(&mut self, key: &str) {
        self.s("`");
        self.s(key);
        self.s("`");
    }

    /// "`a` = 3, `b` = 10"
    fn facts(&mut self, facts: &[FactValue]) {
        for (i, f) in facts.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            self.key(&f.key);
            self.s(" = ");
            self.num(&f.value);
        }
    }

    /// "`a`" or "`a` + `b`"
    fn sum_keys(&mut self, facts: &[FactValue]) {
        for (i, f) in facts.iter().enumerate() {
            if i > 0 {
                self.s(" + ");
            }
            self.key(&f.key);
        }
    }

    /// The value of a sum of facts.
    fn sum(&mut self, facts: &[FactValue]) {
        let total: f64 = facts.iter().filter_map(|f| f.value.as_f64()).sum();
        self.num(&crate::eval::number_json(total));
    }

    fn met(&mut self, met: bool) {
        if met {
            self.t("Đạt: ", "met: ");
        } else {
            self.t("Không đạt: ", "not met: ");
        }
    }

    fn top(&mut self, why: &Why) {
        match why {
            Why::Share { met, .. } | Why::Count { met, .. } => {
                self.met(*met);
                self.condition(why);
            }
            Why::Flag { fact } => {
                self.met(fact.value == serde_json::Value::Bool(true));
                self.condition(why);
            }
            Why::All { conditions } | Why::Any { conditions } => {
                let met = if matches!(why, Why::All { .. }) {
                    conditions.iter().all(condition_met)
                } else {
                    conditions.iter().any(condition_met)
                };
                self.met(met);
                self.condition(why);
            }
            other => self.condition(other),
        }
    }

    /// A reason without its lead ("Đạt: ").
    fn condition(&mut self, why: &Why) {
        match why {
            Why::Share {
                met,
                share,
                min,
                part,
                total,
            } => {
                self.t("tỷ lệ ", "");
                self.num(share);
                self.percent();
                self.s(" = ");
                self.sum(part);
                self.t("/", " / ");
                self.sum(total);
                self.s(" (");
                self.facts(part);
                self.s(", ");
                self.facts(total);
                self.s(if *met { ") ≥ " } else { ") < " });
                self.num(min);
                self.percent();
            }
            Why::Count { met, min, fact } => {
                self.facts(std::slice::from_ref(fact));
                self.s(if *met { " ≥ " } else { " < " });
                self.num(min);
            }
            Why::Flag { fact } => self.facts(std::slice::from_ref(fact)),
            Why::All { conditions } => self.list(conditions, "; ", "; "),
            Why::Any { conditions } => self.list(conditions, "; hoặc ", "; or "),
            // 1829/QĐ-UBND, footnote 1: "Các tiêu chí có dấu * … năm nào thì sẽ không
            // tiến hành đánh giá tiêu chí này trong năm đó".
            Why::StarYear { year } => match self.lang {
                Lang::Vi => {
                    let _ = write!(
                        self.out,
                        "Chỉ tiêu năm {year} có dấu *: không tiến hành đánh giá tiêu chí này trong năm {year}"
                    );
                }
                Lang::En => {
                    let _ = write!(
                        self.out,
                        "the target for year {year} is marked `*`: not assessed that year"
                    );
                }
            },
            // 2361/QĐ-BTTTT: "Mức độ 3 - Cơ bản", a level's target "Không áp dụng".
            Why::NotApplicable { level } => match self.lang {
                Lang::Vi => {
                    let _ = write!(
                        self.out,
                        "Chỉ tiêu ở mức độ {level} là \"Không áp dụng\": không xét tiêu chí này ở mức độ này"
                    );
                }
                Lang::En => {
                    let _ = write!(
                        self.out,
                        "the target for level {level} is \"Không áp dụng\": not applicable at that level"
                    );
                }
            },
            Why::EmptyPopulation { total } => {
                self.t("tổng số (", "");
                self.sum_keys(total);
                self.t(
                    ") = 0: không có đối tượng để tính tỷ lệ nên không đánh giá",
                    " is 0: the share is undefined, nothing to assess",
                );
            }
            Why::IfAny { facts } => {
                self.t(
                    "Tiêu chí ghi \"(nếu có)\" và trên địa bàn không có (",
                    "the criterion applies \"nếu có\" (if any) and there is none (",
                );
                self.facts(facts);
                self.t("): không đánh giá", "): nothing to assess");
            }
            Why::Inconsistent { rule, facts } => {
                self.t("số liệu không thống nhất: ", "inconsistent data: ");
                match (rule, facts.split_first()) {
                    (InconsistencyRule::Negative, _) | (_, None) => {
                        self.t("có số liệu âm", "a count is negative")
                    }
                    (InconsistencyRule::Exceeds, Some((first, rest))) => {
                        self.key(&first.key);
                        self.t(" lớn hơn ", " exceeds ");
                        self.sum_keys(rest);
                    }
                    (InconsistencyRule::Order, _) => self.t(
                        "số xã đạt từ mức độ cao hơn trở lên không được lớn hơn số xã đạt từ mức độ thấp hơn trở lên, và không được lớn hơn tổng số xã",
                        "the count at a level must be at most the count at the level below and the total",
                    ),
                }
                self.s(" (");
                self.facts(facts);
                self.s(")");
            }
            Why::NotExact { facts } => {
                self.t(
                    "không thể đánh giá chính xác: số lượng phải là số nguyên không âm (tối đa 2^53) và chỉ tiêu tỷ lệ có tối đa hai chữ số thập phân (",
                    "cannot be decided exactly: counts must be whole numbers from 0 to 2^53 and a percentage target has at most two decimals (",
                );
                self.facts(facts);
                self.s(")");
            }
            Why::MissingFacts {
                facts,
                uncomputed,
                evidence_missing,
            } => {
                self.t("thiếu số liệu: ", "missing data: ");
                for (i, f) in facts.iter().enumerate() {
                    if i > 0 {
                        self.s(", ");
                    }
                    self.key(f);
                }
                for u in uncomputed {
                    self.s("; ");
                    self.uncomputed(u);
                }
                if !evidence_missing.is_empty() {
                    self.t(
                        "; đồng thời thiếu hồ sơ chứng minh: ",
                        "; evidence also missing: ",
                    );
                    self.documents(evidence_missing);
                }
            }
            Why::Judgement { vi, en, params } => {
                let wording = match self.lang {
                    Lang::Vi => vi,
                    Lang::En => en,
                };
                self.judgement(wording, params);
            }
            Why::NoTarget => self.t(
                "không có chỉ tiêu cho năm hoặc mức độ này",
                "the criterion has no target for this year or level",
            ),
            Why::CriterionBug { detail } => {
                self.t(
                    "lỗi lập trình trong mô-đun tiêu chí (criterion bug): ",
                    "criterion bug: ",
                );
                self.s(detail);
            }
            Why::MalformedInput { detail } => {
                self.t(
                    "dữ liệu đầu vào không hợp lệ (malformed input): ",
                    "malformed input: ",
                );
                self.s(detail);
            }
            Why::Prose { text } => self.s(text),
            Why::MissingEvidence {
                documents,
                figures_alone,
                figures,
            } => {
                self.t("thiếu hồ sơ chứng minh: ", "missing evidence: ");
                self.documents(documents);
                self.t(
                    "; nếu chỉ căn cứ số liệu: ",
                    "; the figures alone would give ",
                );
                match self.lang {
                    Lang::Vi => self.s(figures_alone.label()),
                    Lang::En => self.s(figures_alone.keyword()),
                }
                self.s(" (");
                self.condition(figures);
                self.s(")");
            }
            Why::ModuleFault { detail } => {
                self.t("lỗi phần mềm khi chạy mô-đun tiêu chí: ", "");
                self.s(detail);
            }
            Why::Unexplained => {}
        }
    }

    fn list(&mut self, conditions: &[Why], vi: &str, en: &str) {
        for (i, c) in conditions.iter().enumerate() {
            if i > 0 {
                self.t(vi, en);
            }
            self.condition(c);
            if matches!(c, Why::Share { .. } | Why::Count { .. } | Why::Flag { .. }) {
                if condition_met(c) {
                    self.t(" (đạt)", " (met)");
                } else {
                    self.t(" (không đạt)", " (not met)");
                }
            }
        }
    }

    fn uncomputed(&mut self, u: &Uncomputable) {
        for (i, f) in u.facts.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            self.key(f);
        }
        self.t(" không tính được: ", " could not be computed: ");
        self.uncomputed_why(&u.why);
    }

    fn uncomputed_why(&mut self, why: &Uncomputed) {
        let total = crate::dataset::COMMUNES_TOTAL;
        let _ = match (why, self.lang) {
            (Uncomputed::RegisteredNotACount { value }, Lang::Vi) => write!(
                self.out,
                "tổng số xã của huyện `{total}` = {value} không phải là số nguyên không âm"
            ),
            (Uncomputed::RegisteredNotACount { value }, Lang::En) => write!(
                self.out,
                "the district's registered number of communes `{total}` = {value} is not a count"
            ),
            (Uncomputed::Unregistered { given }, Lang::Vi) => write!(
                self.out,
                "huyện không kê khai tổng số xã `{total}`: có {given} bộ số liệu xã nhưng không xác định được đó có phải là tất cả các xã của huyện hay không"
            ),
            (Uncomputed::Unregistered { given }, Lang::En) => write!(
                self.out,
                "the district does not declare its registered number of communes `{total}`: {given} commune datasets are given, but whether they are all of its communes cannot be told"
            ),
            (Uncomputed::Incomplete { given, registered }, Lang::Vi) => write!(
                self.out,
                "{given}/{registered} xã của huyện (`{total}`) có bộ số liệu, còn thiếu {} xã; số liệu về các xã chỉ được tính khi có đủ bộ số liệu của tất cả các xã",
                registered.saturating_sub(*given as u64)
            ),
            (Uncomputed::Incomplete { given, registered }, Lang::En) => write!(
                self.out,
                "{given} of the district's {registered} communes (`{total}`) have a dataset, {} missing: the figures about its communes are computed once every commune is supplied",
                registered.saturating_sub(*given as u64)
            ),
        };
    }

    /// "`id` (title), …"
    fn documents(&mut self, docs: &[crate::policyset::EvidenceMeta]) {
        for (i, d) in docs.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            self.key(&d.id);
            self.s(" (");
            self.s(&d.title);
            self.s(")");
        }
    }

    /// A criterion's own wording, `{0}`, `{1}` … replaced by its parameters.
    fn judgement(&mut self, wording: &str, params: &[serde_json::Value]) {
        let mut rest = wording;
        while let Some(open) = rest.find('{') {
            self.s(&rest[..open]);
            let after = &rest[open + 1..];
            match after
                .find('}')
                .and_then(|close| Some((close, after[..close].parse::<usize>().ok()?)))
            {
                Some((close, i)) => {
                    match params.get(i) {
                        Some(serde_json::Value::String(s)) => self.s(s),
                        Some(v) => self.num(v),
                        None => self.s("?"),
                    }
                    rest = &after[close + 1..];
                }
                None => {
                    self.s("{");
                    rest = after;
                }
            }
        }
        self.s(rest);
    }
}

/// Whether a condition is met, as the module said.
fn condition_met(c: &Why) -> bool {
    match c {
        Why::Share { met, .. } | Why::Count { met, .. } => *met,
        Why::Flag { fact } => fact.value == serde_json::Value::Bool(true),
        Why::All { conditions } => conditions.iter().all(condition_met),
        Why::Any { conditions } => conditions.iter().any(condition_met),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn f(key: &str, value: serde_json::Value) -> FactValue {
        FactValue {
            key: key.into(),
            value,
        }
    }

    #[test]
    fn a_share_in_both_languages() {
        let why = Why::Share {
            met: true,
            share: json!(79.55),
            min: json!(75),
            part: vec![f("admin_dossiers.online", json!(2100))],
            total: vec![f("admin_dossiers.received", json!(2640))],
        };
        assert_eq!(
            reason(&why, Lang::Vi),
            "Đạt: tỷ lệ 79,55% = 2100/2640 (`admin_dossiers.online` = 2100, `admin_dossiers.received` = 2640) ≥ 75%"
        );
        assert_eq!(
            reason(&why, Lang::En),
            "met: 79.55 % = 2100 / 2640 (`admin_dossiers.online` = 2100, `admin_dossiers.received` = 2640) ≥ 75 %"
        );
    }

    #[test]
    fn conditions_say_which_is_not_met() {
        let why = Why::All {
            conditions: vec![
                Why::Flag {
                    fact: f("a", json!(true)),
                },
                Why::Flag {
                    fact: f("b", json!(false)),
                },
            ],
        };
        assert_eq!(
            reason(&why, Lang::Vi),
            "Không đạt: `a` = Có (đạt); `b` = Không (không đạt)"
        );
        assert_eq!(
            reason(&why, Lang::En),
            "not met: `a` = true (met); `b` = false (not met)"
        );
    }

    #[test]
    fn a_judgement_takes_its_parameters() {
        let why = Why::Judgement {
            vi: "có {0} hệ thống, cần {1}".into(),
            en: "{0} systems, {1} needed {".into(),
            params: vec![json!(2), json!(3)],
        };
        assert_eq!(reason(&why, Lang::Vi), "có 2 hệ thống, cần 3");
        assert_eq!(reason(&why, Lang::En), "2 systems, 3 needed {");
    }

    #[test]
    fn why_a_locality_is_not_recognised_in_both_languages() {
        use crate::aggregate::{DtiResult, NotPassed, Noun};
        let criteria = Shortfall::Criteria {
            not_passed: vec![NotPassed {
                id: "2.5".into(),
                outcome: Outcome::MissingData,
            }],
            assessed: 35,
            noun: Noun::ChiTieu,
        };
        assert_eq!(
            shortfall(&criteria, Lang::Vi),
            "1/35 chỉ tiêu được đánh giá trong năm chưa đạt: 2.5 (Thiếu số liệu)"
        );
        assert_eq!(
            shortfall(&criteria, Lang::En),
            "1 of 35 criteria assessed in the year not passed: 2.5 (missing data)"
        );
        let below = Shortfall::DtiBelow {
            figure: DtiFigure::Score,
            result: DtiResult {
                points: 69.99,
                max: 100.0,
                percent: 69.99,
                required_percent: 70.0,
                met: false,
                source: FactSource::Appraised,
            },
        };
        assert_eq!(
            shortfall(&below, Lang::Vi),
            "điểm chỉ số DTI 69,99/100 điểm = 69,99% tổng số điểm, chưa đạt từ 70% trở lên"
        );
        assert_eq!(
            shortfall(&below, Lang::En),
            "DTI index score 69.99 of 100 points = 69.99 % < 70 % of the maximum"
        );
        let missing = Shortfall::DtiMissing {
            figure: DtiFigure::PreviousYear,
            required_percent: 70.0,
            pointer: "/dti/previous_year".into(),
        };
        assert_eq!(
            shortfall(&missing, Lang::Vi),
            "thiếu kết quả DTI của năm liền trước: điều kiện công nhận là đạt từ 70% tổng số điểm trở lên (`/dti/previous_year`)"
        );
    }

    #[test]
    fn where_a_districts_commune_figures_come_from() {
        let incomplete = CommunesNote::Uncomputed {
            why: Uncomputed::Incomplete {
                given: 4,
                registered: 20,
            },
        };
        assert_eq!(
            communes_note(&incomplete, Lang::Vi),
            "4/20 xã của huyện (`communes.total`) có bộ số liệu, còn thiếu 16 xã; số liệu về các xã chỉ được tính khi có đủ bộ số liệu của tất cả các xã"
        );
        assert_eq!(
            communes_note(&CommunesNote::Computed { given: 20 }, Lang::En),
            "computed from the datasets of all 20 communes of the district"
        );
    }

    #[test]
    fn missing_evidence_keeps_what_the_figures_say() {
        let why = Why::MissingEvidence {
            documents: vec![crate::policyset::EvidenceMeta {
                id: "plan".into(),
                title: "Kế hoạch".into(),
            }],
            figures_alone: Outcome::Pass,
            figures: Box::new(Why::Count {
                met: true,
                min: json!(1),
                fact: f("x", json!(2)),
            }),
        };
        assert_eq!(
            reason(&why, Lang::Vi),
            "thiếu hồ sơ chứng minh: `plan` (Kế hoạch); nếu chỉ căn cứ số liệu: Đạt (`x` = 2 ≥ 1)"
        );
        assert_eq!(
            reason(&why, Lang::En),
            "missing evidence: `plan` (Kế hoạch); the figures alone would give pass (`x` = 2 ≥ 1)"
        );
    }
}
