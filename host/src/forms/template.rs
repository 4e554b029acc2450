//! `dtcheck template`: the workbook a province sends to its communes for one policy set
//! and year: the locality, every figure the set reads (with the commune's and the
//! district's columns), the evidence documents, and the row-level lists of seed 001
//! whose rows give figures the set reads.

use super::layout::{self, EVIDENCE, FACTS, GUIDE, LOCALITY};
use super::spec::{self, FORMS, Form, Kind};
use crate::dataset::{DataDictionary, Locality};
use crate::policyset::PolicySet;
use rust_xlsxwriter::{DataValidation, DataValidationRule, Format, Workbook, Worksheet, XlsxError};
use std::collections::BTreeMap;

/// What a set reads for one level of government and year: each fact with the criteria
/// that read it, each evidence document with the criteria that require it.
#[derive(Debug, Default)]
pub struct Reads {
    pub facts: BTreeMap<String, Vec<String>>,
    pub evidence: BTreeMap<String, (String, Vec<String>)>,
}

impl Reads {
    /// The facts and documents of `set`'s criteria for `level` ("commune", "district"),
    /// those assessed in `year` (all of them for a set keyed by maturity level).
    pub fn of(set: &PolicySet, level: &str, year: Option<u16>) -> Reads {
        let mut reads = Reads::default();
        // Only a year-keyed set has criteria not assessed in a year (`*`).
        let year = match set.manifest.schedule {
            crate::policyset::ScheduleSpec::Year { .. } => year,
            crate::policyset::ScheduleSpec::Level { .. } => None,
        };
        for c in &set.criteria {
            let Ok(u) = &c.loaded else { continue };
            let m = &u.meta;
            if m.level_of_government != level {
                continue;
            }
            if let Some(y) = year {
                let target = m.targets.iter().find(|(k, _)| *k == y.to_string());
                if matches!(target, Some((_, serde_json::Value::Null)) | None) {
                    continue;
                }
            }
            for f in &m.facts {
                reads
                    .facts
                    .entry(f.to_string())
                    .or_default()
                    .push(m.id.to_string());
            }
            for e in &m.evidence {
                reads
                    .evidence
                    .entry(e.id.to_string())
                    .or_insert_with(|| (e.title.to_string(), Vec::new()))
                    .1
                    .push(m.id.to_string());
            }
        }
        reads
    }

    /// The forms whose rows give a fact read (Mẫu 4.1's lists when the households it
    /// concerns are read, although they give no figure).
    pub fn forms(&self) -> Vec<&'static Form> {
        FORMS
            .iter()
            .filter(|f| {
                f.derives.iter().any(|d| self.facts.contains_key(d.fact))
                    || (f.derives_nothing.is_some()
                        && self.facts.contains_key(layout::HOUSEHOLDS_READY))
            })
            .collect()
    }
}

/// Why the template cannot be written.
#[derive(Debug, thiserror::Error)]
#[error("cannot write the workbook: {0}")]
pub struct TemplateError(String);

impl From<XlsxError> for TemplateError {
    fn from(e: XlsxError) -> Self {
        TemplateError(e.to_string())
    }
}

/// The template's bytes (an XLSX workbook) for what `reads` lists
/// ([`Reads::of`] the set, level and year).
pub fn workbook(
    set: &PolicySet,
    reads: &Reads,
    level: &str,
    year: Option<u16>,
    identity: Option<&Locality>,
    dictionary: &DataDictionary,
) -> Result<Vec<u8>, TemplateError> {
    let forms = reads.forms();
    let mut book = Workbook::new();
    // The same template for the same set and year: no clock in the document's
    // properties (the writer would stamp the time of writing).
    let created = rust_xlsxwriter::ExcelDateTime::from_ymd(year.unwrap_or(2000), 1, 1)?;
    book.set_properties(&rust_xlsxwriter::DocProperties::new().set_creation_datetime(&created));
    let bold = Format::new().set_bold();
    let title = Format::new().set_bold().set_font_size(13);
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_border(rust_xlsxwriter::FormatBorder::Thin)
        .set_background_color("#DDEBF7")
        .set_align(rust_xlsxwriter::FormatAlign::Center)
        .set_align(rust_xlsxwriter::FormatAlign::VerticalCenter);
    let wrap = Format::new().set_text_wrap();
    let derived_cell = Format::new().set_background_color("#EDEDED");

    guide(
        book.add_worksheet(),
        set,
        level,
        year,
        &forms,
        &title,
        &bold,
        &wrap,
    )?;
    locality(book.add_worksheet(), level, year, identity, &title, &bold)?;
    facts(
        book.add_worksheet(),
        reads,
        dictionary,
        &title,
        &header,
        &wrap,
        &derived_cell,
    )?;
    evidence(book.add_worksheet(), reads, &title, &header, &wrap)?;
    for form in forms {
        list(book.add_worksheet(), form, &title, &bold, &header)?;
    }
    Ok(book.save_to_buffer()?)
}

#[allow(clippy::too_many_arguments)]
fn guide(
    ws: &mut Worksheet,
    set: &PolicySet,
    level: &str,
    year: Option<u16>,
    forms: &[&Form],
    title: &Format,
    bold: &Format,
    wrap: &Format,
) -> Result<(), TemplateError> {
    ws.set_name(GUIDE)?;
    ws.set_column_width(0, 110)?;
    ws.write_string_with_format(0, 0, "Biểu mẫu số liệu chuyển đổi số", title)?;
    let year_text = year.map_or("theo mức độ".to_string(), |y| format!("năm {y}"));
    let level_text = if level == "district" {
        "cấp huyện"
    } else {
        "cấp xã"
    };
    let lines = [
        format!(
            "Bộ tiêu chí: {}, ban hành kèm theo Quyết định số {} (mã bộ tiêu chí: {}). Cấp đánh giá: {level_text}. Năm đánh giá: {year_text}.",
            set.manifest.title,
            set.manifest.decision,
            set.id()
        ),
        String::new(),
        format!(
            "1. Trang «{LOCALITY}»: mã, tên địa phương, năm số liệu và điểm chỉ số DTI."
        ),
        format!(
            "2. Trang tính «{FACTS}»: mỗi dòng một số liệu mà các chỉ tiêu sử dụng, ghi số đếm theo cột «Đơn vị» (không ghi tỷ lệ %). Cột «{}» do xã điền; cột «{}» do huyện điền khi thẩm định. Ô màu xám («tính từ Mẫu …»): số liệu được tính từ các dòng của danh sách đó, không cần ghi; nếu ghi thì phải khớp với danh sách. Để trống là chưa có số liệu; nếu bằng 0 thì ghi 0.",
            layout::SELF_ASSESSED,
            layout::APPRAISED
        ),
        format!(
            "3. Trang tính «{EVIDENCE}»: với mỗi thành phần hồ sơ chứng minh, ghi tên văn bản, số, ký hiệu, ngày ban hành (ngày/tháng/năm) và đường dẫn (nếu có). Nếu gồm nhiều văn bản, ghi trong cùng ô, cách nhau bằng dấu «;» (hoặc ghi thêm dòng cùng mã hồ sơ). Chưa có thì để trống."
        ),
        "4. Các trang tính «Mẫu …»: danh sách theo các mẫu biểu do Sở Thông tin và Truyền thông phụ trách (Mẫu 1.4, 2.5, 2.6, 3.3, 4.1, 4.5). Liệt kê tất cả (mọi cán bộ, công chức; mọi doanh nghiệp; mọi người trưởng thành), mỗi người, doanh nghiệp, điểm một dòng, kể cả khi trả lời «Không». Ghi hoặc dán danh sách từ dòng ngay dưới tiêu đề cột; nếu không đủ dòng, chèn thêm dòng phía trên dòng «Tổng số …»; không ghi danh sách phía dưới các dòng tổng hợp. Các dòng tổng hợp (Tổng số …, Tỷ lệ …) có thể để trống; nếu ghi thì phải khớp với danh sách. Không dùng công thức trong danh sách và trang tính «Số liệu» (dán dạng giá trị).".into(),
        String::new(),
        "Cách ghi Có/Không: «Có», «Co», «x» hoặc «✓» là Có; «Không», «Khong», «-» hoặc để trống là Không (không phân biệt chữ hoa, chữ thường). Số liệu là số nguyên không âm (có thể viết 4.890 hoặc 4890).".into(),
        "Danh sách để trống: nếu dòng «Tổng số …» ghi 0 thì số liệu là 0; nếu không thì coi là chưa cung cấp số liệu.".into(),
        String::new(),
        "Mẫu 1.4, cột hộp thư: ghi địa chỉ hộp thư điện tử công vụ; để trống nếu chưa được cấp.".into(),
        "Bảo mật: họ tên, số điện thoại, địa chỉ và hộp thư trong các danh sách chỉ được lưu trong tệp này. Phần mềm kiểm tra (dtcheck) chỉ đếm số dòng, không sao chép các thông tin đó vào bộ số liệu, báo cáo hay thông báo lỗi. Tệp đã điền chứa dữ liệu cá nhân: chỉ gửi, lưu trữ theo quy định.".into(),
    ];
    for (i, line) in lines.iter().enumerate() {
        ws.write_string_with_format(2 + i as u32, 0, line, wrap)?;
    }
    let mut row = 3 + lines.len() as u32;
    ws.write_string_with_format(row, 0, "Số liệu tính từ các danh sách:", bold)?;
    let mut said_4_1 = false;
    for f in forms {
        if f.derives_nothing.is_some() {
            if said_4_1 {
                continue;
            }
            said_4_1 = true;
        }
        row += 1;
        let text = match f.derives_nothing {
            Some(why) => format!("Mẫu 4.1 (hộp cáp; trạm thu, phát sóng): {why}"),
            None => format!(
                "{}: {}",
                f.sheet,
                f.derives
                    .iter()
                    .map(|d| format!("{} ({})", d.fact, d.what))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        };
        ws.write_string_with_format(row, 0, &text, wrap)?;
    }
    Ok(())
}

fn locality(
    ws: &mut Worksheet,
    level: &str,
    year: Option<u16>,
    identity: Option<&Locality>,
    title: &Format,
    bold: &Format,
) -> Result<(), TemplateError> {
    ws.set_name(LOCALITY)?;
    ws.set_column_width(0, 36)?;
    ws.set_column_width(1, 40)?;
    ws.write_string_with_format(0, 0, "Thông tin địa phương", title)?;
    for (i, field) in layout::LOCALITY_FIELDS.iter().enumerate() {
        let row = 2 + i as u32;
        ws.write_string_with_format(row, 0, field.label, bold)?;
        let value = match (field.key, identity) {
            ("code", Some(l)) => Some(l.code.clone()),
            ("name", Some(l)) => Some(l.name.clone()),
            ("district", Some(l)) => l.district.clone(),
            ("province", Some(l)) => Some(l.province.clone()),
            ("level", _) => Some(
                if level == "district" {
                    "huyện"
                } else {
                    "xã"
                }
                .into(),
            ),
            _ => None,
        };
        if let Some(v) = value {
            ws.write_string(row, 1, &v)?;
        }
        if field.key == "year"
            && let Some(y) = year
        {
            ws.write_number(row, 1, f64::from(y))?;
        }
        if field.key == "level" {
            let v = DataValidation::new().allow_list_strings(&["xã", "huyện"])?;
            ws.add_data_validation(row, 1, row, 1, &v)?;
        } else if field.number {
            let v = DataValidation::new()
                .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0));
            ws.add_data_validation(row, 1, row, 1, &v)?;
        }
    }
    Ok(())
}

fn facts(
    ws: &mut Worksheet,
    reads: &Reads,
    dictionary: &DataDictionary,
    title: &Format,
    header: &Format,
    wrap: &Format,
    derived_cell: &Format,
) -> Result<(), TemplateError> {
    ws.set_name(FACTS)?;
    for (i, w) in [34.0, 48.0, 10.0, 30.0, 16.0, 22.0, 16.0, 16.0]
        .iter()
        .enumerate()
    {
        ws.set_column_width(i as u16, *w)?;
    }
    ws.write_string_with_format(0, 0, "Số liệu các chỉ tiêu", title)?;
    for (i, h) in layout::FACT_HEADERS.iter().enumerate() {
        ws.write_string_with_format(2, i as u16, *h, header)?;
    }
    ws.set_freeze_panes(3, 2)?;
    let whole = DataValidation::new()
        .allow_whole_number(DataValidationRule::GreaterThanOrEqualTo(0))
        .set_error_message("Số nguyên không âm")?;
    let decimal = DataValidation::new()
        .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0))
        .set_error_message("Số không âm")?;
    // A warning, not a refusal: «x», «Co» … are accepted too (see the guide).
    let yes_no = DataValidation::new()
        .allow_list_strings(&["Có", "Không"])?
        .set_error_style(rust_xlsxwriter::DataValidationErrorStyle::Warning)
        .set_input_message("Chọn Có hoặc Không (có thể ghi x cho Có)")?;
    for (i, (key, criteria)) in reads.facts.iter().enumerate() {
        let row = 3 + i as u32;
        let def = dictionary.fact(key);
        let text = |f: fn(&crate::dataset::FactDef) -> &str| def.map_or("", f).to_owned();
        ws.write_string(row, 0, key)?;
        ws.write_string_with_format(row, 1, text(|d| &d.source_term), wrap)?;
        ws.write_string(row, 2, text(|d| &d.unit))?;
        ws.write_string_with_format(row, 3, text(|d| &d.population), wrap)?;
        ws.write_string_with_format(row, 4, criteria.join(", "), wrap)?;
        let source = match spec::deriving(key) {
            Some((form, _)) => format!("tính từ {}", form.sheet),
            None => "nhập trực tiếp".into(),
        };
        ws.write_string(row, 5, &source)?;
        if spec::deriving(key).is_some() {
            ws.write_blank(row, 6, derived_cell)?;
        }
        let rule = match def.map(|d| d.kind.as_str()) {
            Some("boolean") => &yes_no,
            Some("integer") => &whole,
            _ => &decimal,
        };
        ws.add_data_validation(row, 6, row, 7, rule)?;
    }
    Ok(())
}

fn evidence(
    ws: &mut Worksheet,
    reads: &Reads,
    title: &Format,
    header: &Format,
    wrap: &Format,
) -> Result<(), TemplateError> {
    ws.set_name(EVIDENCE)?;
    for (i, w) in [26.0, 50.0, 16.0, 50.0, 30.0, 16.0, 36.0]
        .iter()
        .enumerate()
    {
        ws.set_column_width(i as u16, *w)?;
    }
    ws.write_string_with_format(0, 0, "Hồ sơ chứng minh", title)?;
    for (i, h) in layout::EVIDENCE_HEADERS.iter().enumerate() {
        ws.write_string_with_format(2, i as u16, *h, header)?;
    }
    ws.set_freeze_panes(3, 1)?;
    for (i, (id, (required, criteria))) in reads.evidence.iter().enumerate() {
        let row = 3 + i as u32;
        ws.write_string(row, 0, id)?;
        ws.write_string_with_format(row, 1, required, wrap)?;
        ws.write_string(row, 2, criteria.join(", "))?;
    }
    Ok(())
}

/// A row-level list: the title, the headers as the seed has them (a grouped column
/// under its merged group), a few empty rows, then the summary lines.
fn list(
    ws: &mut Worksheet,
    form: &Form,
    title: &Format,
    bold: &Format,
    header: &Format,
) -> Result<(), TemplateError> {
    ws.set_name(form.sheet)?;
    ws.write_string_with_format(0, 0, form.title, title)?;
    if let Some(h) = form.heading {
        ws.write_string_with_format(1, 0, h, bold)?;
    }
    let grouped = form.columns.iter().any(|c| c.group.is_some());
    let top = layout::HEADER_ROW;
    let bottom = if grouped { top + 1 } else { top };
    let mut col = 0u16;
    while let Some(c) = form.columns.get(usize::from(col)) {
        let width = match c.kind {
            Kind::RowNumber => 6.0,
            Kind::YesNo => 14.0,
            _ => 28.0,
        };
        ws.set_column_width(col, width)?;
        match c.group {
            Some(group) => {
                let span = form.columns[usize::from(col)..]
                    .iter()
                    .take_while(|d| d.group == Some(group))
                    .count() as u16;
                if span > 1 {
                    ws.merge_range(top, col, top, col + span - 1, group, header)?;
                } else {
                    ws.write_string_with_format(top, col, group, header)?;
                }
                for k in 0..span {
                    let sub = &form.columns[usize::from(col + k)];
                    ws.write_string_with_format(bottom, col + k, sub.header, header)?;
                }
                col += span;
            }
            None => {
                if grouped {
                    ws.merge_range(top, col, bottom, col, c.header, header)?;
                } else {
                    ws.write_string_with_format(top, col, c.header, header)?;
                }
                col += 1;
            }
        }
    }
    ws.set_freeze_panes(bottom + 1, 0)?;
    let yes_no = DataValidation::new()
        .allow_list_strings(&["Có", "Không"])?
        .ignore_blank(true)
        .set_error_style(rust_xlsxwriter::DataValidationErrorStyle::Warning)
        .set_input_message("Chọn Có hoặc Không (có thể ghi x cho Có, để trống là Không)")?;
    let first = bottom + 1;
    let last = first + layout::LIST_ROWS_FOR_VALIDATION;
    for (i, c) in form.columns.iter().enumerate() {
        if c.kind == Kind::YesNo {
            ws.add_data_validation(first, i as u16, last, i as u16, &yes_no)?;
        }
    }
    for (row, s) in (first + layout::EMPTY_ROWS..).zip(form.summary) {
        ws.write_string_with_format(row, 1, format!("{}:", s.label), bold)?;
    }
    Ok(())
}
