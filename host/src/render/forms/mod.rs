//! The official forms of seed 001, as content: what each cell and line of a form says
//! for one locality, whatever the file format it is written in (each format's renderer,
//! `docx.rs` and `html.rs`, lays it out); `levels.rs`, 2361's level report in the same
//! layout. Wording as the seed writes it; what dtcheck cannot know
//! (document number, date, signer, the narrative sections) is the form's dotted
//! placeholder unless given.

use super::{Lang, localized, measured_in, target_text};
use crate::aggregate::{LocalityResult, Verdict};
use crate::dataset::{Basis, FactSource};
use crate::eval::{CriterionResult, Outcome};
use crate::policyset::PolicySet;

mod levels;
pub use levels::{muc_do, summary as levels_summary};

/// The dotted placeholder of a line the office writes itself.
pub const DOTS: &str = "………………………………………………………………………………";

/// What only the office knows, given on the command line (`report --number …`).
#[derive(Debug, Clone, Default)]
pub struct Filled {
    pub number: Option<String>,
    /// YYYY-MM-DD.
    pub date: Option<String>,
    pub place: Option<String>,
    pub signer: Option<String>,
}

/// A row of an annex table: a group's heading (its number and name), or a criterion's
/// cells, one per column.
#[derive(Debug, Clone)]
pub struct Row {
    pub group: bool,
    pub cells: Vec<String>,
}

/// A column of an annex table: its header as the seed writes it, its width (twentieths
/// of a point, the A4 text width shared out), and whether its text is set left (names,
/// notes) rather than centred.
#[derive(Debug, Clone)]
pub struct Column {
    pub header: std::borrow::Cow<'static, str>,
    pub width: u32,
    pub left: bool,
}

const fn column(header: &'static str, width: u32, left: bool) -> Column {
    Column {
        header: std::borrow::Cow::Borrowed(header),
        width,
        left,
    }
}

/// Phụ lục 02 of Mẫu 02, as the seed writes its columns.
pub const ANNEX_02: [Column; 8] = [
    column("TT", 650, false),
    column("Tên chỉ tiêu", 2_500, true),
    column("Đơn vị tính", 700, false),
    column("Chỉ tiêu", 900, false),
    column("Kết quả tự đánh giá của UBND cấp xã", 950, false),
    column("Kết quả thẩm định của UBND cấp huyện", 950, false),
    column("Đánh giá (Đạt/Không đạt)", 900, false),
    column("Ghi chú", 1_804, true),
];

/// Phụ lục 01 of Mẫu 01, as the seed writes its columns.
pub const ANNEX_01: [Column; 8] = [
    column("TT", 650, false),
    column("Tên chỉ tiêu", 2_400, true),
    column("Đơn vị tính", 700, false),
    column("Chỉ tiêu", 900, false),
    column("Kết quả", 950, false),
    column("Đánh giá (Đạt/Không đạt)", 900, false),
    column("Tài liệu minh chứng", 1_854, true),
    column("Ghi chú", 1_000, true),
];

/// Why a form cannot be made for a result.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct FormError(pub String);

/// "ngày 20 tháng 9 năm 2024" from "2024-09-20"; the dotted form without a date.
fn vietnamese_date(date: Option<&str>) -> String {
    let parts: Option<(u32, u32, u32)> = date.and_then(|d| {
        let mut it = d.split('-').map(|p| p.parse::<u32>().ok());
        Some((it.next()??, it.next()??, it.next()??))
    });
    match parts {
        Some((y, m, d)) => format!("ngày {d} tháng {m} năm {y}"),
        None => "ngày ….. tháng ….. năm …..".into(),
    }
}

/// A target as the forms' "Chỉ tiêu" column writes it: "75%", "Có", "*".
fn form_target(target: &serde_json::Value, unit: &str) -> String {
    match target {
        serde_json::Value::Number(n) if unit == "%" => localized(&format!("{n}%"), Lang::Vi),
        serde_json::Value::Number(n) => n.to_string(),
        other => target_text(other, unit),
    }
}

/// What every form of a commune reads of its evaluation, checked and worked out once:
/// a commune under a Thanh Hóa commune set, on the basis the form reports.
struct Commune<'a> {
    r: &'a LocalityResult,
    v: &'a crate::aggregate::RecognitionVerdict,
    name: &'a str,
    district: String,
    year: u16,
    decision: &'a str,
    /// The set's title as a sentence cites it (first letter in lower case).
    set_title: String,
    /// The set's groups: ("1", "Chính quyền số"), …
    groups: Vec<(String, String)>,
    passed: usize,
    assessed: usize,
    /// "tỷ lệ đạt" as the forms write it ("77,14"), or the dotted "….." when nothing is
    /// assessed.
    percent: String,
}

impl<'a> Commune<'a> {
    fn of(
        set: &'a PolicySet,
        r: &'a LocalityResult,
        form: &str,
        basis: Basis,
    ) -> Result<Self, FormError> {
        let Verdict::Recognition(v) = &r.verdict else {
            return Err(FormError(format!(
                "{form} is for a commune under the Thanh Hóa commune criteria; `{}` is a set of maturity levels: use --form muc-do",
                set.id()
            )));
        };
        if r.locality.level != "commune" {
            return Err(FormError(format!(
                "{form} is about a commune; `{}` is a {}",
                r.file, r.locality.level
            )));
        }
        if r.basis != basis {
            return Err(FormError(match basis {
                Basis::Appraised => format!(
                    "{form} reports the district's appraisal: evaluate on the appraised basis (the default)"
                ),
                Basis::SelfAssessed => format!(
                    "{form} reports the commune's own assessment: evaluate on the self-assessed basis"
                ),
            }));
        }
        let set_title = lower_first(&set.manifest.title);
        let completion = r.completion.as_ref();
        let (passed, assessed) = completion.map_or((0, 0), |c| (c.passed, c.assessed));
        Ok(Commune {
            r,
            v,
            name: &r.locality.name,
            district: r.locality.district.clone().unwrap_or_default(),
            year: r.targets_year.unwrap_or(r.dataset_year),
            decision: &set.manifest.decision,
            set_title,
            groups: group_names(set, &r.locality.level),
            passed,
            assessed,
            percent: completion
                .and_then(|c| c.completion_percent)
                .map_or("…..".into(), |p| localized(&format!("{p}"), Lang::Vi)),
        })
    }

    /// "Cẩm Thủy, ngày 5 tháng 10 năm 2024": the place given, or `default`.
    fn place_date(&self, filled: &Filled, default: &str) -> String {
        format!(
            "{}, {}",
            filled.place.as_deref().unwrap_or(default),
            vietnamese_date(filled.date.as_deref())
        )
    }

    /// The DTI score against its rule, apart from the criteria completed, and whose
    /// score it is: an appraisal report says when the district has not scored it yet.
    fn dti_line(&self) -> String {
        match &self.v.dti {
            Some(d) => localized(
                &format!(
                    "Chỉ số xếp hạng mức độ chuyển đổi số (DTI): {}/{} điểm, đạt {}% tổng số điểm (yêu cầu đạt từ {}% tổng số điểm trở lên: {}), {}.",
                    d.points,
                    d.max,
                    d.percent,
                    d.required_percent,
                    if d.met { "đạt" } else { "chưa đạt" },
                    match (d.source, self.r.basis) {
                        (FactSource::Appraised, _) => "theo kết quả thẩm định của UBND huyện",
                        (FactSource::SelfAssessed, Basis::Appraised) =>
                            "theo kết quả tự đánh giá của UBND xã (chưa có điểm thẩm định)",
                        (FactSource::SelfAssessed, Basis::SelfAssessed) =>
                            "theo kết quả tự đánh giá",
                        // A commune's DTI is one of its own figures: not computed from
                        // other datasets.
                        _ => "theo số liệu của hồ sơ",
                    }
                ),
                Lang::Vi,
            ),
            None => "Chỉ số xếp hạng mức độ chuyển đổi số (DTI): chưa có số liệu.".into(),
        }
    }

    /// Whether the dataset has any figure of the district's own (Mẫu 02's column "Kết
    /// quả thẩm định" otherwise repeats the commune's figures, as the dataset's rule
    /// has it).
    fn has_appraised_figures(&self) -> bool {
        self.r
            .criteria
            .iter()
            .flat_map(|c| &c.facts)
            .any(|f| f.source == FactSource::Appraised)
    }

    /// Section II's items, one per group, each with room for the office's text. The
    /// narrative of Mẫu 02 and 03 names the fourth group "Hạ tầng và nền tảng số" where
    /// the tables say "Hạ tầng số".
    fn group_sections(&self, b: &mut Vec<Block>) {
        for (id, name) in &self.groups {
            let name = if name == "Hạ tầng số" {
                "Hạ tầng và nền tảng số"
            } else {
                name
            };
            b.push(Block::Plain(format!("{id}. {name}")));
            b.push(Block::Dots);
        }
    }

    /// "DỰ THẢO" above the title of an appraisal report whose dataset has no appraisal.
    fn draft_mark(&self, b: &mut Vec<Block>) {
        if self.r.basis == Basis::Appraised && !self.r.appraised {
            b.push(Block::Title("DỰ THẢO".into()));
        }
    }

    /// Under the title of such a report: on what figures it stands.
    fn draft_note(&self, b: &mut Vec<Block>) {
        if self.r.basis == Basis::Appraised && !self.r.appraised {
            b.push(Block::Centered(
                "(Hồ sơ chưa có kết quả thẩm định của UBND huyện: các kết quả dưới đây theo số liệu tự đánh giá của UBND xã)".into(),
            ));
        }
    }

    /// Sections I–III of Mẫu 02 and 03, as both forms have them: the file, the results
    /// by group (then `annex`, the line pointing to the annex, if the form has one), the
    /// model projects.
    fn sections_i_to_iii(&self, b: &mut Vec<Block>, annex: Option<&str>) {
        b.push(Block::Heading("I. Về hồ sơ, tài liệu minh chứng".into()));
        self.dossier(b);
        b.push(Block::Heading(
            "II. Về kết quả thực hiện các Chỉ tiêu chuyển đổi số".into(),
        ));
        self.group_sections(b);
        if let Some(line) = annex {
            b.push(Block::Centered(line.into()));
        }
        b.push(Block::Heading(
            "III. Mô hình nổi trội về chuyển đổi số".into(),
        ));
        b.push(Block::Dots);
    }

    /// Section I of Mẫu 02 and 03: the documents and figures the file still lacks,
    /// each with the criteria that need it, then room for the office's text.
    fn dossier(&self, b: &mut Vec<Block>) {
        let mut documents: Vec<(&str, Vec<&str>)> = Vec::new();
        let mut figures: Vec<&str> = Vec::new();
        for c in &self.r.criteria {
            for e in c.evidence.iter().filter(|e| e.supplied.is_none()) {
                match documents.iter_mut().find(|(d, _)| *d == &*e.required) {
                    Some((_, ids)) => ids.push(&c.id),
                    None => documents.push((&e.required, vec![&c.id])),
                }
            }
            if c.outcome == Outcome::MissingData {
                figures.push(&c.id);
            }
        }
        for (d, ids) in &documents {
            b.push(Block::Plain(format!(
                "- Còn thiếu tài liệu minh chứng: {d} (Chỉ tiêu {}).",
                ids.join(", ")
            )));
        }
        if !figures.is_empty() {
            b.push(Block::Plain(format!(
                "- Chưa có số liệu của Chỉ tiêu {}.",
                figures.join(", ")
            )));
        }
        b.push(Block::Dots);
    }

    /// The conclusion's lines after "đã hoàn thành X/Y …": the criteria not completed,
    /// the DTI.
    fn conclusion(&self, b: &mut Vec<Block>) {
        if let Some(ids) = not_completed(&self.r.criteria) {
            b.push(Block::Para(format!("Các Chỉ tiêu chưa hoàn thành: {ids}.")));
        }
        b.push(Block::Para(self.dti_line()));
    }
}

/// "Nơi nhận:" and the recipients under it.
fn recipients(lines: &[&str]) -> Vec<Line> {
    let mut out = vec![Line {
        text: "Nơi nhận:".into(),
        bold: true,
        italic: true,
    }];
    out.extend(lines.iter().map(|l| Line::plain(*l)));
    out
}

/// Mẫu số 02: the district's appraisal report of a commune (on the appraised basis),
/// with its Phụ lục 02.
pub fn mau02(set: &PolicySet, r: &LocalityResult, filled: &Filled) -> Result<Document, FormError> {
    let m = Commune::of(set, r, "Mẫu 02", Basis::Appraised)?;
    let (district, year) = (&m.district, m.year);
    let commune = format!("xã {}", m.name);
    let number = filled.number.clone().unwrap_or_else(|| "      ".into());
    let title_line = format!(
        "Về việc thẩm định hồ sơ đề nghị xét, công nhận xã hoàn thành các Chỉ tiêu chuyển đổi số cho {commune} năm {year}"
    );
    let mut b = vec![Block::Columns {
        left: vec![
            Line::bold("ỦY BAN NHÂN DÂN"),
            Line::bold(format!("HUYỆN {}", district.to_uppercase())),
            Line::plain(format!("Số: {number}/BC-UBND")),
        ],
        right: motto(&m.place_date(filled, district)),
        recipients: false,
    }];
    m.draft_mark(&mut b);
    b.extend([
        Block::Title("BÁO CÁO".into()),
        Block::Title(title_line.clone()),
    ]);
    m.draft_note(&mut b);
    b.extend([
        Block::Para(format!(
            "Thực hiện Quyết định số {} về việc ban hành {}; UBND huyện {district} báo cáo kết quả thẩm định như sau:",
            m.decision, m.set_title
        )),
    ]);
    m.sections_i_to_iii(
        &mut b,
        Some("(Kết quả thẩm định chi tiết theo Phụ lục số 02)"),
    );
    b.push(Block::Heading("IV. Kết luận".into()));
    b.push(Block::Para(format!(
        "Căn cứ {}: {commune}, huyện {district} đã hoàn thành {}/{} Chỉ tiêu chuyển đổi số cấp xã năm {year}, tỷ lệ đạt {}%.",
        if r.appraised {
            "kết quả thẩm định"
        } else {
            "kết quả tự đánh giá của UBND xã (chưa thẩm định)"
        },
        m.passed,
        m.assessed,
        m.percent
    )));
    m.conclusion(&mut b);
    b.push(Block::Strong(format!(
        "Kết quả: {}",
        if m.v.recognized {
            "ĐẠT"
        } else {
            "KHÔNG ĐẠT"
        }
    )));
    b.push(Block::Heading("V. Đề xuất, kiến nghị".into()));
    b.push(Block::Dots);
    b.push(closing("CHỦ TỊCH", filled));
    let rows = grouped_rows(&r.criteria, &m.groups, false, |c| {
        annex_row(c, year, r.appraised)
    });
    b.push(Block::Annex {
        headings: vec![
            "PHỤ LỤC 02".into(),
            format!(
                "KẾT QUẢ THẨM ĐỊNH CHI TIẾT THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ CHO {} NĂM {year}",
                commune.to_uppercase()
            ),
        ],
        subtitle: {
            let mut s = format!(
                "(Kèm theo Báo cáo số {number}/BC-UBND {} của UBND huyện {district})",
                vietnamese_date(filled.date.as_deref())
            );
            if !r.appraised {
                s.push_str("\n(UBND huyện chưa thẩm định hồ sơ: cột Kết quả thẩm định để trống; đánh giá theo số liệu tự đánh giá của UBND xã)");
            } else if !m.has_appraised_figures() {
                s.push_str("\n(UBND huyện không điều chỉnh số liệu nào: cột Kết quả thẩm định ghi số liệu UBND xã đã báo cáo)");
            }
            s
        },
        columns: ANNEX_02.to_vec(),
        rows,
        new_page: true,
    });
    Ok(Document {
        title: title_line,
        blocks: b,
    })
}

/// The groups of the set's criteria at one level of government, in order: ("1", "Chính
/// quyền số"), … (2361 numbers the groups of its commune and district criteria alike,
/// I, II, …, with other names).
fn group_names(set: &PolicySet, level: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for u in set.usable() {
        let g = &u.meta.group;
        if u.meta.level_of_government == level && !out.iter().any(|(id, _)| **id == *g.id) {
            out.push((g.id.to_string(), g.name.clone()));
        }
    }
    out
}

/// A criterion's row: the commune's own figure beside the district's, the assessment,
/// and a note where they differ, where evidence or figures are missing, or where the
/// criterion is not assessed that year.
fn annex_row(c: &CriterionResult, year: u16, appraisal_done: bool) -> Row {
    let shown = result_in(&c.measured, &c.unit);
    let own = match &c.other_basis {
        Some(o) if o.basis == Basis::SelfAssessed => result_in(&o.measured, &c.unit),
        _ => shown.clone(),
    };
    let appraised = if appraisal_done {
        shown
    } else {
        "Chưa thẩm định".into()
    };
    Row {
        group: false,
        cells: vec![
            c.id.to_string(),
            c.name.to_string(),
            c.unit.to_string(),
            form_target(&c.target, &c.unit),
            own,
            appraised,
            assessment(c.outcome).to_string(),
            notes(c, year, true, true).join(". "),
        ],
    }
}

/// A result as the forms' columns write it: a count with its unit ("3 kênh giao tiếp",
/// "1 hệ thống"), a percentage, Có/Không; "—" for none.
fn result_in(measured: &serde_json::Value, unit: &str) -> String {
    match measured {
        // A count with a unit of its own; not a percentage, nor a yes/no unit ("Có/
        // không").
        serde_json::Value::Number(n)
            if unit != "%" && n.is_u64() && !unit.to_lowercase().starts_with("có") =>
        {
            format!("{} {}", figure(measured), lower_first(unit))
        }
        _ => measured_in(measured, unit, Lang::Vi),
    }
}

/// A unit or a title inside a sentence: "Kênh giao tiếp" → "kênh giao tiếp".
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .into_iter()
        .flat_map(char::to_lowercase)
        .chain(chars)
        .collect()
}

/// Line b) of Mẫu 01, as a document reads it: the result and, for a share, the
/// figures it is of ("85,62% (2.012/2.350)"); the figures missing, by their source's
/// terms. Never a fact's key.
fn result_of(c: &CriterionResult) -> String {
    fn shares(why: &crate::eval::Why) -> Option<String> {
        use crate::eval::Why;
        match why {
            Why::Share { part, total, .. } => {
                let sum = |facts: &[crate::eval::explanation::FactValue]| {
                    let mut whole = 0i64;
                    for f in facts {
                        whole += f.value.as_i64()?;
                    }
                    Some(whole)
                };
                Some(format!(
                    "{}/{}",
                    figure(&sum(part)?.into()),
                    figure(&sum(total)?.into())
                ))
            }
            Why::MissingEvidence { figures, .. } => shares(figures),
            _ => None,
        }
    }
    if c.outcome == Outcome::MissingData {
        return format!("chưa có số liệu ({})", missing_figures(c));
    }
    if c.measured.is_null() {
        return c.outcome.label().to_lowercase();
    }
    let measured = result_in(&c.measured, &c.unit);
    match shares(&c.explanation) {
        Some(of) => format!("{measured} ({of})"),
        None => measured,
    }
}

/// The figures a criterion lacks, as a document says it: each by its source's term,
/// and the figures about a district's communes that could not be computed, with why
/// ("4/20 xã của huyện có bộ số liệu, còn thiếu 16 xã; …").
fn missing_figures(c: &CriterionResult) -> String {
    let uncomputed = match &c.explanation {
        crate::eval::Why::MissingFacts { uncomputed, .. } => uncomputed.as_slice(),
        _ => &[],
    };
    let mut parts: Vec<String> = c
        .missing_facts
        .iter()
        .filter(|k| !uncomputed.iter().any(|u| u.facts.contains(k)))
        .map(|k| term(k))
        .collect();
    for u in uncomputed {
        let part = format!(
            "số liệu về các xã chưa tính được ({})",
            uncomputed_why(&u.why)
        );
        if !parts.contains(&part) {
            parts.push(part);
        }
    }
    parts.join("; ")
}

/// Why a district's figures about its communes are not computed, as a document says
/// it (no fact key).
fn uncomputed_why(why: &crate::eval::Uncomputed) -> String {
    use crate::eval::Uncomputed;
    match why {
        Uncomputed::Incomplete { given, registered } => format!(
            "{given}/{registered} xã của huyện có bộ số liệu, còn thiếu {} xã",
            registered.saturating_sub(*given as u64)
        ),
        Uncomputed::Unregistered { given } => {
            format!("huyện chưa kê khai tổng số xã; có {given} bộ số liệu xã")
        }
        Uncomputed::RegisteredNotACount { value } => {
            format!("tổng số xã huyện kê khai ({value}) không phải là số xã")
        }
    }
}

/// Where a district's figures about its communes come from, as a document says it.
fn communes_sentence(note: &crate::aggregate::CommunesNote) -> String {
    use crate::aggregate::CommunesNote;
    match note {
        CommunesNote::Declared => "Chưa có bộ số liệu của từng xã: các tiêu chí liên quan đến các xã dùng số liệu do huyện kê khai.".into(),
        CommunesNote::Computed { given } => {
            format!("Số liệu về các xã được tính từ bộ số liệu của cả {given} xã của huyện.")
        }
        CommunesNote::Uncomputed { why } => format!(
            "Số liệu về các xã chưa tính được: {}; số liệu về các xã chỉ được tính khi có đủ bộ số liệu của tất cả các xã.",
            uncomputed_why(why)
        ),
    }
}

/// The criteria assessed and not completed, for a conclusion or a summary: "1.6, 3.5
/// (thiếu số liệu)"; `None` when every one is.
fn not_completed(criteria: &[CriterionResult]) -> Option<String> {
    let ids: Vec<String> = criteria
        .iter()
        .filter(|c| !c.outcome.counts_as_met())
        .map(|c| match c.outcome {
            Outcome::Fail => c.id.to_string(),
            other => format!("{} ({})", c.id, other.label().to_lowercase()),
        })
        .collect();
    (!ids.is_empty()).then(|| ids.join(", "))
}

/// An annex's rows: each group's row (its id and name, in capitals for 2361's tables)
/// before its first criterion, then `row` of each criterion, in the set's order.
fn grouped_rows(
    criteria: &[CriterionResult],
    groups: &[(String, String)],
    capitals: bool,
    row: impl Fn(&CriterionResult) -> Row,
) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut current: Option<&str> = None;
    for c in criteria {
        if current != Some(&c.group) {
            current = Some(&c.group);
            let name = groups
                .iter()
                .find(|(id, _)| **id == *c.group)
                .map_or(String::new(), |(_, n)| n.clone());
            rows.push(Row {
                group: true,
                cells: vec![
                    c.group.to_string(),
                    if capitals { name.to_uppercase() } else { name },
                ],
            });
        }
        rows.push(row(c));
    }
    rows
}

/// A fact as the source names it, quoted (the dictionary's `x-source-term`: “tiếp
/// nhận, giải quyết trực tuyến”), or its key where the dictionary has no term.
fn term(key: &str) -> String {
    crate::dataset::DataDictionary::shipped()
        .ok()
        .and_then(|d| d.fact(key))
        .map(|f| f.source_term.trim())
        .filter(|t| !t.is_empty())
        .map_or_else(|| key.to_string(), |t| format!("“{t}”"))
}

/// A figure as a Vietnamese document writes it: "2.350", "85,5", "Có".
fn figure(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Bool(b) => if *b { "Có" } else { "Không" }.into(),
        serde_json::Value::Number(n) => {
            let text = n.to_string();
            let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
            let (sign, digits) = whole.strip_prefix('-').map_or(("", whole), |d| ("-", d));
            let mut grouped = String::new();
            for (i, ch) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    grouped.push('.');
                }
                grouped.push(ch);
            }
            if fraction.is_empty() {
                format!("{sign}{grouped}")
            } else {
                format!("{sign}{grouped},{fraction}")
            }
        }
        serde_json::Value::Null => "—".into(),
        other => other.to_string(),
    }
}

/// The "Đánh giá (Đạt/Không đạt)" column: a criterion assessed and not passed is "Không
/// đạt" whatever the cause (its Ghi chú says which figures or documents are missing);
/// a criterion not assessed that year, or one whose module failed, says so.
fn assessment(o: Outcome) -> &'static str {
    match o {
        Outcome::Pass => "Đạt",
        Outcome::Fail | Outcome::MissingData | Outcome::MissingEvidence => "Không đạt",
        Outcome::NotAssessed | Outcome::Error => o.label(),
    }
}

/// A criterion's "Ghi chú": where the appraisal differs from the self-assessment, the
/// figures or documents missing, a criterion not assessed that year.
/// The figures the appraisal changed only in an appraisal (`appraisal`), the documents
/// missing only where no column lists them (`evidence`).
fn notes(c: &CriterionResult, year: u16, appraisal: bool, evidence: bool) -> Vec<String> {
    let mut notes = Vec::new();
    // Each figure the district changed, as the source names it: "số hồ sơ … (xã báo
    // cáo 2.012, thẩm định 1.998)".
    let changed: Vec<String> = c
        .facts
        .iter()
        .filter(|_| appraisal)
        .filter_map(|f| {
            let b = f.bases.as_ref()?;
            (b.self_assessed != b.appraised).then(|| {
                format!(
                    "{} xã báo cáo {}, thẩm định {}",
                    term(&f.key),
                    figure(&b.self_assessed),
                    figure(&b.appraised)
                )
            })
        })
        .collect();
    if !changed.is_empty() {
        notes.push(format!(
            "Kết quả thẩm định khác kết quả tự đánh giá{}: {}",
            if c.bases_disagree() {
                ", đánh giá thay đổi"
            } else {
                ""
            },
            changed.join("; ")
        ));
    }
    match c.outcome {
        Outcome::NotAssessed if c.target.is_null() => {
            notes.push(format!("Chỉ tiêu có dấu *: không đánh giá năm {year}"));
        }
        Outcome::MissingData => {
            notes.push(format!("Thiếu số liệu: {}", missing_figures(c)));
        }
        _ => {}
    }
    let missing: Vec<&str> = c
        .evidence
        .iter()
        .filter(|e| e.supplied.is_none())
        .map(|e| &*e.required)
        .collect();
    if evidence && !missing.is_empty() {
        notes.push(format!("Thiếu hồ sơ chứng minh: {}", missing.join("; ")));
    }
    notes
}

/// A form as a sequence of blocks, the same for every file format: each format's
/// renderer (`html.rs`, `docx.rs`) lays the blocks out.
#[derive(Debug)]
pub struct Document {
    pub title: String,
    pub blocks: Vec<Block>,
}

/// One line of a block with two columns (the header block, the signature block).
#[derive(Debug, Clone)]
pub struct Line {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
}

impl Line {
    fn plain(t: impl Into<String>) -> Line {
        Line {
            text: t.into(),
            bold: false,
            italic: false,
        }
    }
    fn bold(t: impl Into<String>) -> Line {
        Line {
            text: t.into(),
            bold: true,
            italic: false,
        }
    }
    fn italic(t: impl Into<String>) -> Line {
        Line {
            text: t.into(),
            bold: false,
            italic: true,
        }
    }
}

impl Block {
    /// A table where it stands, without headings of its own.
    fn table(columns: Vec<Column>, rows: Vec<Row>) -> Block {
        Block::Annex {
            headings: Vec::new(),
            subtitle: String::new(),
            columns,
            rows,
            new_page: false,
        }
    }
}

/// A part of an administrative document.
#[derive(Debug)]
pub enum Block {
    /// Two columns: the issuing authority (left), the national motto with the place
    /// and date (right); or the recipients (left) and the signature (right).
    Columns {
        left: Vec<Line>,
        right: Vec<Line>,
        /// The left column is the list of recipients ("Nơi nhận"), set left and small.
        recipients: bool,
    },
    /// A centred bold title line.
    Title(String),
    /// A centred italic line.
    Centered(String),
    /// An italic line set as prose (justified): the documents attached to a criterion.
    Note(String),
    /// A section heading ("I. …").
    Heading(String),
    /// A line as it is (an item of a section).
    Plain(String),
    /// Prose: justified, first line indented.
    Para(String),
    /// Prose in bold (the verdict).
    Strong(String),
    /// The office's own text to come: a dotted line.
    Dots,
    /// The annex, on a new page: its headings, then the table of criteria.
    Annex {
        headings: Vec<String>,
        subtitle: String,
        columns: Vec<Column>,
        rows: Vec<Row>,
        /// On a new page (an annex), or where it stands (a summary table).
        new_page: bool,
    },
}

/// The national motto, then the place and date.
fn motto(place_date: &str) -> Vec<Line> {
    vec![
        Line::bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        Line::bold("Độc lập - Tự do - Hạnh phúc"),
        Line::italic(place_date),
    ]
}

/// A signature block: the title(s), what the form says under them, room to sign, the
/// signer's name when given.
fn signature(title: &str, under: &[&str], signer: &str) -> Vec<Line> {
    let mut lines: Vec<Line> = title.lines().map(Line::bold).collect();
    lines.extend(under.iter().map(|u| Line::italic(*u)));
    lines.extend([Line::plain(""), Line::plain(""), Line::plain("")]);
    lines.push(Line::bold(signer));
    lines
}

/// The recipients the office lists itself ("- …..;") and the signature block of
/// `title`.
fn closing(title: &str, filled: &Filled) -> Block {
    Block::Columns {
        left: recipients(&["- .....;", "- .....;", "- Lưu: VT, VP."]),
        right: signature(title, &[], filled.signer.as_deref().unwrap_or("")),
        recipients: true,
    }
}

/// Mẫu số 03: a member of the district's steering committee's opinion on a commune's
/// file and results, with the same conclusion line ("ĐẠT YÊU CẦU / KHÔNG ĐẠT YÊU CẦU").
pub fn mau03(set: &PolicySet, r: &LocalityResult, filled: &Filled) -> Result<Document, FormError> {
    let m = Commune::of(set, r, "Mẫu 03", Basis::Appraised)?;
    let (name, district, title) = (m.name, &m.district, &m.set_title);
    let (passed, assessed, percent, year) = (m.passed, m.assessed, &m.percent, m.year);
    let mut b = vec![
        Block::Columns {
            left: vec![
                // The parent body in regular type, the issuing one in bold (Nghị
                // định 30/2020/NĐ-CP, Phụ lục I).
                Line::plain(format!("UBND HUYỆN {}", district.to_uppercase())),
                Line::bold("(phòng, ban được phân công)"),
                Line::plain(format!(
                    "Số: {}",
                    filled.number.clone().unwrap_or_else(|| ".....".into())
                )),
                Line::plain(format!(
                    "V/v ý kiến về hồ sơ và kết quả thực hiện các Chỉ tiêu chuyển đổi số của UBND xã {name}"
                )),
            ],
            right: motto(&m.place_date(filled, district)),
            recipients: false,
        },
        Block::Centered(format!("Kính gửi: UBND xã {name}.")),
    ];
    m.draft_note(&mut b);
    b.extend([
        Block::Para(format!(
            "Thực hiện Quyết định số {} về việc ban hành {title}; Công văn số ….. ngày ….. của UBND huyện {district} về việc giao chỉ tiêu hoàn thành chuyển đổi số cấp xã trên địa bàn, giai đoạn 2022 - 2025; Thành viên Ban chỉ đạo chuyển đổi số huyện {district} có ý kiến về hồ sơ và kết quả thực hiện các Chỉ tiêu chuyển đổi số của UBND xã như sau:",
            m.decision
        )),
    ]);
    m.sections_i_to_iii(&mut b, None);
    b.push(Block::Heading("IV. Kết luận".into()));
    b.push(Block::Para(format!(
        "Căn cứ kết quả kiểm tra: UBND xã {name}, huyện {district} đã hoàn thành {passed}/{assessed} Chỉ tiêu chuyển đổi số cấp xã năm {year}, tỷ lệ đạt {percent}%."
    )));
    m.conclusion(&mut b);
    b.push(Block::Strong(format!(
        "Kết quả: {}",
        if m.v.recognized {
            "ĐẠT YÊU CẦU"
        } else {
            "KHÔNG ĐẠT YÊU CẦU"
        }
    )));
    b.push(Block::Columns {
        left: recipients(&[
            "- Như trên;",
            "- BCĐ chuyển đổi số huyện (để b/c);",
            "- Phòng VH&TT (để tổng hợp);",
            "- Lưu: VT, ...",
        ]),
        right: signature(
            "THÀNH VIÊN\nBAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ HUYỆN",
            &["(Ký tên, đóng dấu)"],
            filled.signer.as_deref().unwrap_or(""),
        ),
        recipients: true,
    });
    Ok(Document {
        title: format!(
            "Ý kiến về hồ sơ và kết quả thực hiện các Chỉ tiêu chuyển đổi số của UBND xã {name}"
        ),
        blocks: b,
    })
}

/// Mẫu số 01: the commune's report on its results (self-assessed), with Phụ lục 01.
pub fn mau01(set: &PolicySet, r: &LocalityResult, filled: &Filled) -> Result<Document, FormError> {
    let m = Commune::of(set, r, "Mẫu 01", Basis::SelfAssessed)?;
    let (name, year, title) = (m.name, m.year, &m.set_title);
    let place_date = m.place_date(filled, name);
    let number = filled.number.clone().unwrap_or_else(|| "      ".into());
    let mut b = vec![
        Block::Columns {
            left: vec![
                Line::bold("ỦY BAN NHÂN DÂN"),
                Line::bold(format!("XÃ {}", name.to_uppercase())),
                Line::plain(format!("Số: {number}/BC-UBND")),
            ],
            right: motto(&place_date),
            recipients: false,
        },
        Block::Title("BÁO CÁO".into()),
        Block::Title("Kết quả thực hiện các Chỉ tiêu chuyển đổi số".into()),
        Block::Title(format!("trên địa bàn xã {name}")),
        Block::Para(format!(
            "Thực hiện Quyết định số 969/QĐ-UBND ngày 18/3/2022 của Chủ tịch UBND tỉnh về việc giao chỉ tiêu hoàn thành chuyển đổi số cấp huyện, cấp xã trên địa bàn tỉnh Thanh Hóa, giai đoạn 2022 - 2025; Quyết định số {} về việc ban hành {title}; Văn bản của huyện ….. ; UBND xã {name} báo cáo kết quả thực hiện, cụ thể như sau:",
            m.decision
        )),
        Block::Heading("I. CÔNG TÁC TỔ CHỨC TRIỂN KHAI THỰC HIỆN".into()),
        Block::Plain("1. Công tác lãnh đạo, chỉ đạo tổ chức triển khai thực hiện".into()),
        Block::Dots,
        Block::Plain("2. Công tác thông tin, tuyên truyền".into()),
        Block::Dots,
        Block::Plain("3. Công tác ban hành các cơ chế, chính sách, văn bản, quy định".into()),
        Block::Dots,
        Block::Heading("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU".into()),
    ];
    let groups = &m.groups;
    let list = |ids: Vec<String>| {
        if ids.is_empty() {
            "không có".to_string()
        } else {
            ids.join(", ")
        }
    };
    for (gid, gname) in groups {
        let of: Vec<&CriterionResult> = r.criteria.iter().filter(|c| *c.group == **gid).collect();
        if of.is_empty() {
            continue;
        }
        b.push(Block::Heading(format!("{gid}. {gname}")));
        let passed: Vec<String> = of
            .iter()
            .filter(|c| c.outcome == Outcome::Pass)
            .map(|c| c.id.to_string())
            .collect();
        let not: Vec<String> = of
            .iter()
            .filter(|c| !matches!(c.outcome, Outcome::Pass | Outcome::NotAssessed))
            .map(|c| format!("{} ({})", c.id, c.outcome.label()))
            .collect();
        let starred: Vec<String> = of
            .iter()
            .filter(|c| c.outcome == Outcome::NotAssessed)
            .map(|c| c.id.to_string())
            .collect();
        b.push(Block::Plain(format!("- Chỉ tiêu đạt: {}.", list(passed))));
        // Whether a criterion is "being implemented" is the commune's to say.
        b.push(Block::Plain("- Chỉ tiêu đang triển khai: …..".into()));
        b.push(Block::Plain(format!(
            "- Chỉ tiêu không hoàn thành: {}.",
            list(not)
        )));
        if !starred.is_empty() {
            b.push(Block::Plain(format!(
                "- Chỉ tiêu không đánh giá năm {year} (chỉ tiêu có dấu *): {}.",
                starred.join(", ")
            )));
        }
        b.push(Block::Plain("Cụ thể, kết quả đạt như sau:".into()));
        for c in of {
            b.push(Block::Plain(format!(
                "{}. Chỉ tiêu số {}: {}",
                c.id, c.id, c.name
            )));
            if c.outcome == Outcome::NotAssessed && c.target.is_null() {
                b.push(Block::Plain(format!(
                    "a) Yêu cầu chỉ tiêu: không giao năm {year} (dấu *)."
                )));
                b.push(Block::Plain("b) Kết quả: không đánh giá.".into()));
                b.push(Block::Plain(format!(
                    "c) Đánh giá: Không đánh giá năm {year}."
                )));
                continue;
            }
            b.push(Block::Plain(format!(
                "a) Yêu cầu chỉ tiêu: {}.",
                form_target(&c.target, &c.unit)
            )));
            b.push(Block::Plain(format!("b) Kết quả: {}.", result_of(c))));
            if let Some(d) = documents(c) {
                b.push(Block::Note(format!(
                    "{}. Tài liệu minh chứng kèm theo: {d}.",
                    c.id
                )));
            }
            b.push(Block::Plain(format!(
                "c) Đánh giá: {}.",
                match c.outcome {
                    Outcome::MissingData => "Không đạt (thiếu số liệu)",
                    Outcome::MissingEvidence => "Không đạt (thiếu hồ sơ chứng minh)",
                    o => assessment(o),
                }
            )));
        }
    }
    b.push(Block::Centered(
        "(Kết quả đánh giá cụ thể các Chỉ tiêu chuyển đổi số như phụ lục 01 kèm theo)".into(),
    ));
    b.push(Block::Heading("III. ĐÁNH GIÁ CHUNG".into()));
    b.push(Block::Plain("1. Đánh giá chung".into()));
    for item in [
        "1.1. Thuận lợi",
        "1.2. Khó khăn, tồn tại",
        "1.3. Nguyên nhân",
    ] {
        b.push(Block::Plain(item.into()));
        b.push(Block::Dots);
    }
    b.push(Block::Plain(
        "2. Một số mô hình chuyển đổi số nổi bật".into(),
    ));
    for model in 1..=2 {
        b.push(Block::Plain(format!("2.{model}. Tên mô hình {model}: …..")));
        b.push(Block::Plain("- Mô tả: …..".into()));
        b.push(Block::Plain(
            "- Nhận xét (tính hiệu quả): Từ việc ….. theo cách truyền thống sang ứng dụng công nghệ số thì hiệu quả như thế nào …..".into(),
        ));
    }
    b.push(Block::Heading("IV. NHIỆM VỤ, GIẢI PHÁP TIẾP THEO".into()));
    b.push(Block::Dots);
    b.push(Block::Heading("V. KIẾN NGHỊ, ĐỀ XUẤT".into()));
    b.push(Block::Dots);
    b.push(closing("CHỦ TỊCH", filled));
    let rows = grouped_rows(&r.criteria, groups, false, |c| Row {
        group: false,
        cells: vec![
            c.id.to_string(),
            c.name.to_string(),
            c.unit.to_string(),
            form_target(&c.target, &c.unit),
            result_in(&c.measured, &c.unit),
            assessment(c.outcome).to_string(),
            documents(c).unwrap_or_default(),
            // The documents missing are in their own column.
            notes(c, year, false, false).join(". "),
        ],
    });
    b.push(Block::Annex {
        headings: vec![
            "PHỤ LỤC 01".into(),
            format!(
                "CHI TIẾT TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ XÃ {} NĂM {year}",
                name.to_uppercase()
            ),
        ],
        subtitle: format!(
            "(Kèm theo Báo cáo số {number}/BC-UBND {} của UBND xã {name})",
            vietnamese_date(filled.date.as_deref())
        ),
        columns: ANNEX_01.to_vec(),
        rows,
        new_page: true,
    });
    Ok(Document {
        title: format!(
            "Báo cáo kết quả thực hiện các Chỉ tiêu chuyển đổi số trên địa bàn xã {name}"
        ),
        blocks: b,
    })
}

/// The documents supplied for a criterion ("Kế hoạch …, số …; …"), and those still
/// missing ("chưa có: …"); `None` when it lists none.
fn documents(c: &CriterionResult) -> Option<String> {
    if c.evidence.is_empty() {
        return None;
    }
    let supplied: Vec<String> = c
        .evidence
        .iter()
        .filter_map(|e| {
            let d = e.supplied.as_ref()?;
            // The reference and the address where it can be read: for a web portal
            // (1.9) the address is the evidence.
            let about: Vec<&str> = [d.reference.as_deref(), d.url.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            Some(if about.is_empty() {
                d.title.to_string()
            } else {
                format!("{} ({})", d.title, about.join("; "))
            })
        })
        .collect();
    let missing: Vec<&str> = c
        .evidence
        .iter()
        .filter(|e| e.supplied.is_none())
        .map(|e| &*e.required)
        .collect();
    let mut parts = Vec::new();
    if !supplied.is_empty() {
        parts.push(supplied.join("; "));
    }
    if !missing.is_empty() {
        parts.push(format!("còn thiếu {}", missing.join("; ")));
    }
    Some(parts.join("; "))
}

/// The district's summary table of its communes (the batch of `report`), in input order.
pub const SUMMARY: [Column; 7] = [
    column("TT", 500, false),
    column("Xã, thị trấn", 1_500, true),
    column("Chỉ tiêu đã hoàn thành", 1_200, false),
    column("Tỷ lệ đạt", 1_000, false),
    column("Điểm chỉ số DTI", 1_700, false),
    column("Chỉ tiêu chưa hoàn thành", 2_054, true),
    column("Kết quả", 1_400, false),
];

/// A district's summary of its communes' results: commune, criteria completed X/Y,
/// tỷ lệ đạt, the DTI score against its rule, ĐẠT/KHÔNG ĐẠT.
pub fn district_summary(
    set: &PolicySet,
    results: &[LocalityResult],
    filled: &Filled,
) -> Result<Document, FormError> {
    let first = results
        .first()
        .ok_or_else(|| FormError("no commune to summarise".into()))?;
    let district = first.locality.district.clone().unwrap_or_default();
    let year = first.targets_year.unwrap_or(first.dataset_year);
    let mut rows = Vec::new();
    for (i, r) in results.iter().enumerate() {
        let Verdict::Recognition(v) = &r.verdict else {
            return Err(FormError(format!(
                "the summary is of the Thanh Hóa commune criteria; `{}` is a set of maturity levels",
                set.id()
            )));
        };
        let c = r.completion.as_ref();
        rows.push(Row {
            group: false,
            cells: vec![
                (i + 1).to_string(),
                r.locality.name.clone(),
                c.map_or("—".into(), |c| format!("{}/{}", c.passed, c.assessed)),
                c.and_then(|c| c.completion_percent)
                    .map_or("—".into(), |p| localized(&format!("{p}%"), Lang::Vi)),
                v.dti.as_ref().map_or("—".into(), |d| {
                    localized(
                        &format!(
                            "{}/{} ({}%, {}){}",
                            d.points,
                            d.max,
                            d.percent,
                            if d.met { "đạt" } else { "chưa đạt" },
                            if d.source == FactSource::SelfAssessed {
                                "\ntự đánh giá, chưa thẩm định"
                            } else {
                                ""
                            }
                        ),
                        Lang::Vi,
                    )
                }),
                not_completed(&r.criteria).unwrap_or_else(|| "—".into()),
                format!(
                    "{}{}",
                    if v.recognized {
                        "ĐẠT"
                    } else {
                        "KHÔNG ĐẠT"
                    },
                    if r.appraised {
                        ""
                    } else {
                        "\n(chưa thẩm định)"
                    }
                ),
            ],
        });
    }
    let recognised = results
        .iter()
        .filter(|r| matches!(&r.verdict, Verdict::Recognition(v) if v.recognized))
        .count();
    let place_date = format!(
        "{}, {}",
        filled.place.clone().unwrap_or_else(|| district.clone()),
        vietnamese_date(filled.date.as_deref())
    );
    let blocks = vec![
        Block::Columns {
            left: vec![
                Line::bold("ỦY BAN NHÂN DÂN"),
                Line::bold(format!("HUYỆN {}", district.to_uppercase())),
            ],
            right: motto(&place_date),
            recipients: false,
        },
        Block::Title(format!(
            "BẢNG TỔNG HỢP KẾT QUẢ THẨM ĐỊNH CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ CẤP XÃ NĂM {year}"
        )),
        Block::Centered(format!("(Theo Quyết định số {})", set.manifest.decision)),
        Block::Centered(format!(
            "Tổng số: {} xã; đạt: {recognised} xã; không đạt: {} xã.",
            results.len(),
            results.len() - recognised
        )),
        Block::table(SUMMARY.to_vec(), rows),
    ];
    Ok(Document {
        title: format!("Bảng tổng hợp kết quả thẩm định huyện {district} năm {year}"),
        blocks,
    })
}
