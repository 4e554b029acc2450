//! The official forms of seed 001, as content: what each cell and line of a form says
//! for one locality, whatever the file format it is written in (HTML now; each format's
//! renderer lays it out). Wording as the seed writes it; what dtcheck cannot know
//! (document number, date, signer, the narrative sections) is the form's dotted
//! placeholder unless given.

use super::{Lang, localized, measured_text, target_text};
use crate::aggregate::{LocalityResult, Verdict};
use crate::dataset::Basis;
use crate::eval::{CriterionResult, Outcome};
use crate::policyset::PolicySet;

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

/// Mẫu số 02: the district's appraisal report of a commune, with its Phụ lục 02.
#[derive(Debug)]
pub struct Mau02 {
    pub authority_above: String,
    pub authority: String,
    pub number: String,
    pub place_date: String,
    pub title_line: String,
    pub preamble: String,
    /// Section II's headings: "1. Chính quyền số", …
    pub groups: Vec<String>,
    pub conclusion: String,
    pub dti_lines: Vec<String>,
    pub verdict: &'static str,
    pub signer: String,
    pub annex_place: String,
    pub annex_date: String,
    pub rows: Vec<AnnexRow>,
}

/// A row of Phụ lục 02: a group's heading, or a criterion with both results.
#[derive(Debug)]
pub struct AnnexRow {
    pub group: bool,
    pub id: String,
    pub name: String,
    pub unit: String,
    pub target: String,
    pub own: String,
    pub appraised: String,
    pub assessment: String,
    pub note: String,
}

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

/// A figure as the form shows it: "79,55%", "Có", "—".
fn figure(v: &serde_json::Value, unit: &str) -> String {
    match v {
        serde_json::Value::Bool(true) => "Có".into(),
        serde_json::Value::Bool(false) => "Không".into(),
        other => localized(&measured_text(other, unit), Lang::Vi),
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

/// Mẫu số 02 for one commune evaluated under a Thanh Hóa commune set, on the appraised
/// basis (the appraisal is the district's).
pub fn mau02(set: &PolicySet, r: &LocalityResult, filled: &Filled) -> Result<Mau02, FormError> {
    let Verdict::Recognition(v) = &r.verdict else {
        return Err(FormError(format!(
            "Mẫu 02 is the district's appraisal of a commune under the Thanh Hóa commune criteria; `{}` is a set of maturity levels",
            set.id()
        )));
    };
    if r.locality.level != "commune" {
        return Err(FormError(format!(
            "Mẫu 02 appraises a commune; `{}` is a {}",
            r.file, r.locality.level
        )));
    }
    if r.basis != Basis::Appraised {
        return Err(FormError(
            "Mẫu 02 reports the district's appraisal: evaluate on the appraised basis (the default)".into(),
        ));
    }
    let district = r.locality.district.clone().unwrap_or_default();
    let year = r.targets_year.unwrap_or(r.dataset_year);
    let commune = format!("xã {}", r.locality.name);
    let decision = &set.manifest.decision;
    let mut title = set.manifest.title.clone();
    if let Some(first) = title.get(..1) {
        let lower = first.to_lowercase();
        title.replace_range(..1, &lower);
    }
    let groups = group_names(set);
    let completion = r.completion.as_ref();
    let (passed, assessed) = completion.map_or((0, 0), |c| (c.passed, c.assessed));
    let percent = completion
        .and_then(|c| c.completion_percent)
        .map_or("…..".into(), |p| localized(&format!("{p}"), Lang::Vi));
    let conclusion = format!(
        "Căn cứ kết quả thẩm định: {commune}, huyện {district} đã hoàn thành {passed}/{assessed} Chỉ tiêu chuyển đổi số cấp xã năm {year}, tỷ lệ đạt {percent} %."
    );
    let mut dti_lines = Vec::new();
    if let Some(d) = &v.dti {
        dti_lines.push(localized(
            &format!(
                "Điểm chỉ số DTI: {}/{} điểm, đạt {}% tổng số điểm ({} từ {}% tổng số điểm trở lên; nguồn: {}).",
                d.points,
                d.max,
                d.percent,
                if d.met { "đạt" } else { "chưa đạt" },
                d.required_percent,
                super::explain::source_label(d.source, Lang::Vi)
            ),
            Lang::Vi,
        ));
    } else {
        dti_lines.push("Điểm chỉ số DTI: chưa có số liệu.".into());
    }
    let mut rows = Vec::new();
    let mut current_group: Option<&str> = None;
    for c in &r.criteria {
        if current_group != Some(&c.group) {
            current_group = Some(&c.group);
            let name = groups
                .iter()
                .find(|(id, _)| **id == *c.group)
                .map_or(String::new(), |(_, n)| n.clone());
            rows.push(AnnexRow {
                group: true,
                id: c.group.to_string(),
                name,
                unit: String::new(),
                target: String::new(),
                own: String::new(),
                appraised: String::new(),
                assessment: String::new(),
                note: String::new(),
            });
        }
        rows.push(annex_row(c, year));
    }
    Ok(Mau02 {
        authority_above: "ỦY BAN NHÂN DÂN".into(),
        authority: format!("HUYỆN {}", district.to_uppercase()),
        number: filled.number.clone().unwrap_or_else(|| "      ".into()),
        place_date: format!(
            "{}, {}",
            filled.place.clone().unwrap_or_else(|| district.clone()),
            vietnamese_date(filled.date.as_deref())
        ),
        title_line: format!(
            "Về việc thẩm định hồ sơ đề nghị xét, công nhận xã hoàn thành các Chỉ tiêu chuyển đổi số cho {commune} năm {year}"
        ),
        preamble: format!(
            "Thực hiện Quyết định số {decision} về việc ban hành {title}; UBND huyện {district} báo cáo kết quả thẩm định như sau:"
        ),
        groups: groups
            .iter()
            .map(|(id, name)| format!("{id}. {name}"))
            .collect(),
        conclusion,
        dti_lines,
        verdict: if v.recognized {
            "ĐẠT"
        } else {
            "KHÔNG ĐẠT"
        },
        signer: filled.signer.clone().unwrap_or_default(),
        annex_place: commune.to_uppercase(),
        annex_date: match &filled.date {
            Some(_) => vietnamese_date(filled.date.as_deref()),
            None => "ngày ….. tháng ….. năm …..".into(),
        },
        rows,
    })
}

/// The set's groups, in order: ("1", "Chính quyền số"), …
fn group_names(set: &PolicySet) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for u in set.usable() {
        let g = &u.meta.group;
        if !out.iter().any(|(id, _)| **id == *g.id) {
            out.push((g.id.to_string(), g.name.clone()));
        }
    }
    out
}

/// A criterion's row: the commune's own figure beside the district's, the assessment,
/// and a note where they differ, where evidence or figures are missing, or where the
/// criterion is not assessed that year.
fn annex_row(c: &CriterionResult, year: u16) -> AnnexRow {
    let appraised = figure(&c.measured, &c.unit);
    let own = match &c.other_basis {
        Some(o) if o.basis == Basis::SelfAssessed => figure(&o.measured, &c.unit),
        _ => appraised.clone(),
    };
    let mut notes = Vec::new();
    if c.facts.iter().any(|f| {
        f.bases
            .as_ref()
            .is_some_and(|b| b.self_assessed != b.appraised)
    }) {
        notes.push(if c.bases_disagree() {
            "Kết quả thẩm định khác kết quả tự đánh giá; đánh giá thay đổi".to_string()
        } else {
            "Kết quả thẩm định khác kết quả tự đánh giá".to_string()
        });
    }
    match c.outcome {
        Outcome::NotAssessed if c.target.is_null() => {
            notes.push(format!("Chỉ tiêu có dấu *: không đánh giá năm {year}"));
        }
        Outcome::MissingData => {
            let keys: Vec<&str> = c.missing_facts.iter().map(|k| &**k).collect();
            notes.push(format!("Thiếu số liệu: {}", keys.join(", ")));
        }
        _ => {}
    }
    let missing: Vec<&str> = c
        .evidence
        .iter()
        .filter(|e| e.supplied.is_none())
        .map(|e| &*e.required)
        .collect();
    if !missing.is_empty() {
        notes.push(format!("Thiếu hồ sơ chứng minh: {}", missing.join("; ")));
    }
    AnnexRow {
        group: false,
        id: c.id.to_string(),
        name: c.name.to_string(),
        unit: c.unit.to_string(),
        target: form_target(&c.target, &c.unit),
        own,
        appraised,
        assessment: c.outcome.label().to_string(),
        note: notes.join(". "),
    }
}
