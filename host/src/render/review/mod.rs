//! The reviewer's page: a whole run ([`overview`]) or a rule change ([`diff`]) as one
//! self-contained HTML file. The page carries its data as JSON and draws itself
//! (tables, inline SVG charts) with the script beside this file: no network, no
//! library, so it opens from a USB stick. Each locality's full report (the text
//! report's content) is embedded in zlib-compressed chunks that the browser inflates
//! only when the locality is opened ([`Packed`]): a country's reports are ~270 MB of
//! text, ~10 MB packed.
//!
//! Every word a reader sees comes from here ([`labels`]), in Vietnamese by default.

use super::{Lang, escape_markup, t};
use crate::aggregate::Noun;
use crate::aggregate::overview::Overview;
use crate::diff::DiffReport;
use serde::Serialize;
use std::io::Write as _;

const SCRIPT: &str = include_str!("review.js");
const STYLE: &str = include_str!("review.css");

/// How many localities' reports are packed together: enough for the repetition
/// between neighbours to compress (~27×), few enough to inflate at once on a click.
pub const PER_CHUNK: usize = 32;

/// Strings packed in zlib-compressed, base64-encoded chunks of [`PER_CHUNK`], each
/// compressed on a thread of its own while the strings keep coming (as many at once as
/// there are cores; compressing a country's reports on one thread took longer than
/// evaluating them).
pub struct Packed {
    pending: Vec<String>,
    compressing: std::collections::VecDeque<std::thread::JoinHandle<String>>,
    done: Vec<String>,
    at_once: usize,
}

impl Default for Packed {
    fn default() -> Self {
        Self::new()
    }
}

impl Packed {
    pub fn new() -> Self {
        Packed {
            pending: Vec::with_capacity(PER_CHUNK),
            compressing: std::collections::VecDeque::new(),
            done: Vec::new(),
            at_once: std::thread::available_parallelism().map_or(2, |n| n.get()),
        }
    }

    pub fn push(&mut self, s: String) {
        self.pending.push(s);
        if self.pending.len() == PER_CHUNK {
            self.send();
        }
    }

    fn send(&mut self) {
        let chunk = std::mem::replace(&mut self.pending, Vec::with_capacity(PER_CHUNK));
        if self.compressing.len() >= self.at_once {
            self.join_oldest();
        }
        self.compressing
            .push_back(std::thread::spawn(move || pack(&chunk)));
    }

    fn join_oldest(&mut self) {
        if let Some(oldest) = self.compressing.pop_front() {
            // `pack` cannot panic but by running out of memory, which aborts anyway.
            self.done.push(oldest.join().unwrap_or_default());
        }
    }

    /// The chunks, in order.
    pub fn finish(mut self) -> Vec<String> {
        if !self.pending.is_empty() {
            self.send();
        }
        while !self.compressing.is_empty() {
            self.join_oldest();
        }
        self.done
    }
}

/// A chunk: its strings as a JSON array, zlib-compressed, in base64.
fn pack(chunk: &[String]) -> String {
    use base64::Engine as _;
    let json = serde_json::to_vec(chunk).unwrap_or_else(|_| b"[]".to_vec());
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(9));
    // Level 9: zlib-rs's level 6 packed a country's reports to 61 KB a chunk where
    // level 9 gives 35 KB (measured), and was no faster.
    // Writing into a Vec cannot fail.
    let _ = z.write_all(&json);
    let bytes = z.finish().unwrap_or_default();
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// The input a page describes, for its header.
#[derive(Debug, Clone, Serialize)]
pub struct About {
    pub set_id: String,
    pub set_title: String,
    pub decision: String,
    /// "appraised" or "self_assessed".
    pub basis: String,
    /// Where the results come from (the dataset arguments, or the saved result file).
    pub source: String,
    /// Dataset files that could not be read (each reported on stderr).
    pub unreadable: usize,
    /// The set's word for a criterion.
    #[serde(skip)]
    pub noun: Noun,
}

#[derive(Serialize)]
struct OverviewData<'a> {
    kind: &'static str,
    lang: &'static str,
    labels: serde_json::Value,
    about: &'a About,
    overview: &'a Overview,
    /// Per criterion (in the overview's order), each target as the reports write it
    /// ("≥ 75%"), beside what it applies to.
    target_texts: Vec<Vec<(String, String)>>,
    per_chunk: usize,
    reports: &'a [String],
}

/// The page of a run: `reports` are the packed text reports, one per row of the
/// overview, in order.
pub fn overview(about: &About, overview: &Overview, reports: &[String], lang: Lang) -> String {
    let title = format!(
        "{} — {}",
        t(lang, "Tổng hợp kết quả đánh giá", "Evaluation overview"),
        about.set_title
    );
    let data = OverviewData {
        kind: "overview",
        lang: lang_code(lang),
        labels: labels(lang, about.noun),
        about,
        overview,
        target_texts: overview
            .criteria
            .iter()
            .map(|c| {
                c.targets
                    .iter()
                    .map(|t| {
                        let text = super::target_text(&t.target, &c.unit);
                        (t.applies_to.clone(), super::localized(&text, lang))
                    })
                    .collect()
            })
            .collect(),
        per_chunk: PER_CHUNK,
        reports,
    };
    page(&title, lang, &data)
}

#[derive(Serialize)]
struct DiffData {
    kind: &'static str,
    lang: &'static str,
    labels: serde_json::Value,
    /// The headline, as the text diff says it.
    headline: String,
    from: String,
    to: String,
    crosswalk: Option<String>,
    no_counterpart: Vec<String>,
    rule_changes: Vec<RuleRow>,
    /// Outcome keys in the matrix's order; "" stands for "no such criterion".
    outcomes: Vec<&'static str>,
    /// `matrix[before][after]`: how many criterion results went from one to the other.
    matrix: Vec<Vec<usize>>,
    verdicts_changed: Vec<String>,
    /// Per criterion (label as the summary has it): localities whose result changed,
    /// and of those, whose outcome changed.
    by_criterion: Vec<(String, usize, usize)>,
    rows: Vec<DiffRow>,
    /// Each locality's changes (a JSON array of [`ChangeView`]), packed as the
    /// overview packs its reports.
    per_chunk: usize,
    changes: Vec<String>,
}

#[derive(Serialize)]
struct RuleRow {
    id: String,
    kind: String,
    /// Field, before, after.
    fields: Vec<(String, String, String)>,
}

#[derive(Serialize)]
struct DiffRow {
    code: String,
    name: String,
    verdict: String,
    verdict_changed: bool,
    outcome_changes: usize,
    other_changes: usize,
}

#[derive(Serialize)]
struct ChangeView {
    label: String,
    outcome_changed: bool,
    before: String,
    after: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<String>,
}

/// The page of a diff: rule changes first, then the transitions, the verdicts that
/// change, the criteria that change most, and every locality before and after. Its
/// sentences are the text diff's (`render::{side, brief, diff_counts, …}`).
/// `noun`: the set's word for a criterion (cross-set diffs: "tiêu chí", the word all
/// three decisions use in their articles).
pub fn diff(report: &DiffReport, noun: Noun, lang: Lang) -> String {
    use super::{brief, change_label, compact, rule_kind, side, verdict_change};
    let title = format!(
        "{} — {} → {}",
        t(lang, "So sánh kết quả", "Comparison of results"),
        report.from.policy_set,
        report.to.policy_set
    );
    let mut packed = Packed::new();
    let mut rows = Vec::with_capacity(report.localities.len());
    for l in &report.localities {
        let changes: Vec<ChangeView> = l
            .changes
            .iter()
            .map(|c| ChangeView {
                label: change_label(c, lang),
                outcome_changed: c.outcome_changed(),
                before: brief(&c.before, lang),
                after: brief(&c.after, lang),
                note: c.note.clone(),
            })
            .collect();
        packed.push(serde_json::to_string(&changes).unwrap_or_else(|_| "[]".into()));
        let outcome_changes = changes.iter().filter(|c| c.outcome_changed).count();
        rows.push(DiffRow {
            code: l.code.clone(),
            name: l.name.clone(),
            verdict: verdict_change(&l.before, &l.after, lang),
            verdict_changed: l.verdict_changed,
            outcome_changes,
            other_changes: changes.len() - outcome_changes,
        });
    }
    let mut outcomes: Vec<&'static str> = crate::eval::Outcome::ALL
        .iter()
        .map(|o| o.keyword())
        .collect();
    outcomes.push("");
    let mut matrix = vec![vec![0; outcomes.len()]; outcomes.len()];
    for (key, n) in &report.summary.transitions {
        let (a, b) = key.split_once('→').unwrap_or((key.as_str(), ""));
        let at = |k: &str| outcomes.iter().position(|o| *o == k);
        if let (Some(i), Some(j)) = (at(a), at(b)) {
            matrix[i][j] += n;
        }
    }
    let data = DiffData {
        kind: "diff",
        lang: lang_code(lang),
        labels: labels(lang, noun),
        headline: super::diff_counts(report, lang),
        from: side(&report.from, lang),
        to: side(&report.to, lang),
        crosswalk: report
            .crosswalk
            .as_ref()
            .map(|c| format!("{} → {} (v{})", c.from, c.to, c.version)),
        no_counterpart: report
            .crosswalk
            .as_ref()
            .map(|c| c.no_counterpart.clone())
            .unwrap_or_default(),
        rule_changes: report
            .rule_changes
            .iter()
            .map(|r| RuleRow {
                id: r.id.clone(),
                kind: rule_kind(&r.kind, lang).to_owned(),
                fields: r
                    .fields
                    .iter()
                    .map(|(f, (a, b))| (field_label(f, lang), compact(a), compact(b)))
                    .collect(),
            })
            .collect(),
        outcomes,
        matrix,
        verdicts_changed: super::verdicts_changed(report, lang),
        by_criterion: super::criterion_changes(report, lang),
        rows,
        per_chunk: PER_CHUNK,
        changes: packed.finish(),
    };
    page(&title, lang, &data)
}

fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "vi",
        Lang::En => "en",
    }
}

/// The page around its data. The JSON sits in a `<script type="application/json">`,
/// with `</` written `<\/` so that no string in it can end the element.
fn page(title: &str, lang: Lang, data: &impl Serialize) -> String {
    let json = serde_json::to_string(data)
        .unwrap_or_else(|_| "{}".into())
        .replace("</", "<\\/");
    let noscript = t(
        lang,
        "Trang này cần JavaScript để hiển thị số liệu.",
        "This page needs JavaScript to show its figures.",
    );
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
         <noscript><p>{noscript}</p></noscript>\n<main id=\"app\"></main>\n\
         <pre id=\"page-errors\" hidden></pre>\n\
         <script type=\"application/json\" id=\"data\">{json}</script>\n\
         <script>\n{SCRIPT}</script>\n</body>\n</html>\n",
        lang = lang_code(lang),
        title = escape_markup(title),
    )
}

/// Every word of the page, in the reader's language; `noun` is the set's word for a
/// criterion ("chỉ tiêu" in 1829, "tiêu chí" in the interim district set and 2361,
/// whose tables also head the target column "Chỉ tiêu").
fn labels(lang: Lang, noun: Noun) -> serde_json::Value {
    let ct = noun.word(Lang::Vi);
    let big = super::upper_first(ct);
    let tt = if noun == Noun::ChiTieu { "TT" } else { "STT" };
    let owned: Vec<(&str, String, &str)> = vec![
        ("criteria", format!("Theo {ct}"), "By criterion"),
        ("name", format!("Tên {ct}"), "Criterion"),
        ("id", tt.to_owned(), "No."),
        (
            "blocking_recognition",
            format!("{big} chưa đạt"),
            "Criteria not met",
        ),
        ("criteria_pass", format!("{big} đạt"), "Criteria met"),
        (
            "criteria_fail",
            format!("{big} không đạt"),
            "Criteria not met",
        ),
        (
            "filter_criterion",
            format!("Lọc theo {ct}"),
            "Filtered by criterion",
        ),
        (
            "rule_changes",
            format!("Thay đổi nội dung {ct}"),
            "Rule changes",
        ),
        (
            "no_rule_changes",
            format!("Không có {ct} nào thay đổi nội dung."),
            "No criterion changed.",
        ),
        (
            "no_counterpart",
            format!("Không có {ct} tương ứng"),
            "No counterpart",
        ),
        (
            "changes_by_criterion",
            format!("Số địa phương có thay đổi, theo từng {ct}"),
            "Localities changed, per criterion",
        ),
        (
            "transitions",
            format!("Thay đổi đánh giá {ct} (trước → sau)"),
            "Outcome transitions (before → after)",
        ),
    ];
    let fixed: &[(&str, &str, &str)] = &[
        ("overview", "Tổng quan", "Overview"),
        ("by_district", "Theo huyện", "By district"),
        ("by_province", "Theo tỉnh", "By province"),
        ("province", "Tỉnh", "Province"),
        ("district", "Huyện", "District"),
        ("localities", "Danh sách địa phương", "Localities"),
        ("locality", "Địa phương", "Locality"),
        ("code", "Mã", "Code"),
        (
            "evaluated",
            "Số địa phương được đánh giá",
            "Localities evaluated",
        ),
        ("count", "Số địa phương", "Localities"),
        // The conditions of recognition are met; recognising is the province's decision.
        ("recognized", "Đủ điều kiện công nhận", "Recognised"),
        (
            "not_recognized",
            "Chưa đủ điều kiện công nhận",
            "Not recognised",
        ),
        (
            "share_recognized",
            "Tỷ lệ đủ điều kiện công nhận",
            "Share recognised",
        ),
        ("verdict_recognition", "Kết luận", "Verdict"),
        ("verdict_level", "Mức độ đạt được", "Level reached"),
        ("level", "Mức độ", "Level"),
        ("level_short", "Mức", "L"),
        ("level_0", "Chưa đạt mức độ nào", "No level"),
        ("with_errors", "Có lỗi khi đánh giá", "With errors"),
        (
            "with_missing",
            "Thiếu số liệu/hồ sơ",
            "Missing data/evidence",
        ),
        (
            "blocking_level",
            "Tiêu chí chưa đạt ở mức độ tiếp theo",
            "Blocking the next level",
        ),
        ("target", "Chỉ tiêu", "Target"),
        ("target_year", "Chỉ tiêu năm", "Target of"),
        ("target_level", "Chỉ tiêu mức độ", "Target at level"),
        ("values", "Phân bố kết quả thực hiện", "Measured values"),
        ("below", "địa phương thấp hơn chỉ tiêu", "below the target"),
        ("no_value", "địa phương không có số liệu", "without a value"),
        (
            "other_value",
            "địa phương có kết quả khác",
            "with another value",
        ),
        ("range_from", "từ", "from"),
        ("range_to", "đến", "to"),
        ("range_to_under", "đến dưới", "to under"),
        ("yes", "Có", "Yes"),
        ("no", "Không", "No"),
        ("at_level", "Mức độ", "Level"),
        ("year", "Năm", "Year"),
        (
            "search",
            "Tìm theo tên, mã, huyện…",
            "Search by name, code, district…",
        ),
        ("all", "Tất cả", "All"),
        ("shown", "Hiển thị", "Showing"),
        ("of", "trong tổng số", "of"),
        ("previous", "Trang trước", "Previous"),
        ("next", "Trang sau", "Next"),
        ("close", "Đóng", "Close"),
        ("report", "Báo cáo chi tiết", "Full report"),
        ("loading", "Đang mở…", "Opening…"),
        ("clear", "Bỏ lọc", "Clear filter"),
        (
            "basis_appraised",
            "căn cứ: kết quả thẩm định (nếu có)",
            "basis: appraised where available",
        ),
        (
            "basis_self_assessed",
            "căn cứ: kết quả tự đánh giá",
            "basis: self-assessed",
        ),
        ("source", "Nguồn số liệu", "Data"),
        (
            "unreadable",
            "tệp số liệu không đọc được hoặc không thuộc phạm vi bộ tiêu chí, không được đánh giá và không có trong báo cáo (xem thông báo lỗi)",
            "dataset files could not be read or are outside the set, were not evaluated and are not in this report (see the error messages)",
        ),
        ("set", "Bộ tiêu chí", "Policy set"),
        ("years", "Năm", "Years"),
        ("pass", "Đạt", "pass"),
        ("fail", "Không đạt", "fail"),
        ("not_assessed", "Không đánh giá", "not assessed"),
        ("missing_data", "Thiếu số liệu", "missing data"),
        (
            "missing_evidence",
            "Thiếu hồ sơ chứng minh",
            "missing evidence",
        ),
        ("error", "Lỗi", "error"),
        ("none", "—", "—"),
        // The diff page.
        ("kind", "Thay đổi", "Change"),
        ("field", "Nội dung", "Field"),
        ("before", "Trước", "Before"),
        ("after", "Sau", "After"),
        (
            "verdict_changes",
            "Địa phương có kết luận thay đổi",
            "Localities whose verdict changes",
        ),
        (
            "outcome_changes",
            "Thay đổi đánh giá (Đạt/Không đạt)",
            "Outcome changes",
        ),
        (
            "other_changes",
            "Đánh giá không đổi; chỉ tiêu hoặc kết quả thay đổi",
            "Target/value-only changes",
        ),
        ("verdict", "Kết luận", "Verdict"),
        ("unchanged", "Không thay đổi", "Unchanged"),
        (
            "changed_only",
            "Chỉ hiện địa phương có thay đổi",
            "Only localities that change",
        ),
        ("note", "Ghi chú", "Note"),
        ("crosswalk", "Bảng đối chiếu", "Crosswalk"),
        ("nothing_changes", "Không có thay đổi.", "Nothing changes."),
    ];
    let mut map = serde_json::Map::new();
    for (key, vi, en) in &owned {
        map.insert((*key).to_owned(), t(lang, vi, en).into());
    }
    for (key, vi, en) in fixed {
        map.insert((*key).to_owned(), t(lang, vi, en).into());
    }
    serde_json::Value::Object(map)
}

/// A criterion's field as the sources name it ("targets" → "Chỉ tiêu"), for the diff's
/// rule changes; a field without a name here shows its key.
fn field_label(field: &str, lang: Lang) -> String {
    let vi = match field {
        "name" => "Tên",
        "unit" => "Đơn vị tính",
        "targets" => "Chỉ tiêu",
        "evidence" => "Hồ sơ chứng minh",
        "facts" => "Số liệu đầu vào",
        "group" => "Nhóm",
        "agency" => "Cơ quan chủ trì",
        "legal_basis" => "Căn cứ",
        "source" => "Nguồn",
        "data_source" => "Nguồn số liệu",
        "notes" => "Ghi chú",
        "module" | "sha256" => "Mô-đun đánh giá",
        other => other,
    };
    t(lang, vi, field).to_owned()
}
