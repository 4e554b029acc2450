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
        labels: labels(lang),
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
pub fn diff(report: &DiffReport, lang: Lang) -> String {
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
        labels: labels(lang),
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
                    .map(|(f, (a, b))| (f.clone(), compact(a), compact(b)))
                    .collect(),
            })
            .collect(),
        outcomes,
        matrix,
        verdicts_changed: super::verdicts_changed(report, lang),
        by_criterion: report
            .summary
            .changes_in_id_order()
            .into_iter()
            .map(|(k, n)| {
                let outcome = report
                    .localities
                    .iter()
                    .flat_map(|l| &l.changes)
                    .filter(|c| c.outcome_changed() && c.label() == k)
                    .count();
                (k.to_owned(), n, outcome)
            })
            .collect(),
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

/// Every word of the page, in the reader's language.
fn labels(lang: Lang) -> serde_json::Value {
    let pairs: &[(&str, &str, &str)] = &[
        ("overview", "Tổng quan", "Overview"),
        ("by_district", "Theo huyện", "By district"),
        ("by_province", "Theo tỉnh", "By province"),
        ("province", "Tỉnh", "Province"),
        ("district", "Huyện", "District"),
        ("whole", "Toàn bộ", "All"),
        ("criteria", "Theo chỉ tiêu", "By criterion"),
        ("localities", "Danh sách địa phương", "Localities"),
        ("locality", "Địa phương", "Locality"),
        ("code", "Mã", "Code"),
        (
            "evaluated",
            "Số địa phương được đánh giá",
            "Localities evaluated",
        ),
        ("count", "Số địa phương", "Localities"),
        ("recognized", "Đạt", "Recognised"),
        ("not_recognized", "Không đạt", "Not recognised"),
        ("share_recognized", "Tỷ lệ đạt", "Share recognised"),
        ("level", "Mức độ", "Level"),
        ("level_0", "Chưa đạt mức độ nào", "No level"),
        ("next_level", "Mức độ tiếp theo", "Next level"),
        ("with_errors", "Có lỗi", "With errors"),
        (
            "with_missing",
            "Thiếu số liệu/hồ sơ",
            "Missing data/evidence",
        ),
        ("blocking", "Chưa đạt", "Blocking"),
        (
            "blocking_recognition",
            "Chỉ tiêu chưa đạt",
            "Criteria not met",
        ),
        (
            "blocking_level",
            "Tiêu chí chặn mức độ tiếp theo",
            "Blocking the next level",
        ),
        ("id", "TT", "No."),
        ("name", "Tên chỉ tiêu", "Criterion"),
        ("target", "Chỉ tiêu", "Target"),
        ("unit", "Đơn vị tính", "Unit"),
        ("values", "Phân bố giá trị đo được", "Measured values"),
        ("below", "dưới chỉ tiêu", "below the target"),
        ("no_value", "không có giá trị", "no value"),
        ("other_value", "giá trị khác", "other value"),
        ("excluded", "không kể cận trên", "upper bound excluded"),
        ("yes", "Có", "Yes"),
        ("no", "Không", "No"),
        ("at_level", "Tại mức độ", "At level"),
        ("year", "Năm", "Year"),
        (
            "search",
            "Tìm theo tên, mã, huyện…",
            "Search by name, code, district…",
        ),
        ("all", "Tất cả", "All"),
        ("shown", "Hiển thị", "Showing"),
        ("of", "trên", "of"),
        ("previous", "Trước", "Previous"),
        ("next", "Sau", "Next"),
        ("open", "Xem", "Open"),
        ("close", "Đóng", "Close"),
        ("report", "Báo cáo chi tiết", "Full report"),
        ("loading", "Đang mở…", "Opening…"),
        (
            "failing",
            "địa phương không đạt chỉ tiêu này",
            "localities failing this criterion",
        ),
        (
            "filter_criterion",
            "Lọc theo chỉ tiêu",
            "Filtered by criterion",
        ),
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
        ("source", "Số liệu", "Data"),
        (
            "unreadable",
            "tệp số liệu không được đánh giá, không có trong báo cáo (xem thông báo lỗi)",
            "dataset files were not evaluated and are not in this report (see the error messages)",
        ),
        ("set", "Bộ tiêu chí", "Policy set"),
        ("years", "Năm", "Years"),
        ("outcomes", "Kết quả", "Outcomes"),
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
        ("rule_changes", "Thay đổi của chỉ tiêu", "Rule changes"),
        (
            "no_rule_changes",
            "Không có chỉ tiêu nào thay đổi.",
            "No criterion changed.",
        ),
        ("kind", "Thay đổi", "Change"),
        ("field", "Trường", "Field"),
        ("before", "Trước", "Before"),
        ("after", "Sau", "After"),
        ("added", "thêm mới", "added"),
        ("removed", "bỏ", "removed"),
        ("changed", "sửa đổi", "changed"),
        (
            "transitions",
            "Kết quả thay đổi (trước → sau)",
            "Outcome transitions (before → after)",
        ),
        (
            "verdict_changes",
            "Địa phương thay đổi kết quả chung",
            "Localities whose verdict changes",
        ),
        (
            "changes_by_criterion",
            "Số địa phương thay đổi theo chỉ tiêu",
            "Localities changed, per criterion",
        ),
        (
            "outcome_changes",
            "Thay đổi đánh giá (Đạt/Không đạt)",
            "Outcome changes",
        ),
        (
            "other_changes",
            "Chỉ thay đổi chỉ tiêu hoặc kết quả",
            "Target/value-only changes",
        ),
        ("verdict", "Kết quả chung", "Verdict"),
        ("unchanged", "Không thay đổi", "Unchanged"),
        (
            "changed_only",
            "Chỉ địa phương có thay đổi",
            "Only localities that change",
        ),
        ("measured", "Kết quả", "Measured"),
        ("reason", "Lý do", "Reason"),
        ("note", "Ghi chú", "Note"),
        ("crosswalk", "Bảng đối chiếu", "Crosswalk"),
        (
            "no_counterpart",
            "Không có chỉ tiêu tương ứng",
            "No counterpart",
        ),
        ("nothing_changes", "Không có thay đổi.", "Nothing changes."),
    ];
    let mut map = serde_json::Map::new();
    for (key, vi, en) in pairs {
        map.insert(
            (*key).to_owned(),
            serde_json::Value::String(t(lang, vi, en).to_owned()),
        );
    }
    serde_json::Value::Object(map)
}
