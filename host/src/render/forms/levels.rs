//! The report of the national framework 2361 (`report --form muc-do`). The seeds carry
//! no form for it, so it takes the administrative layout of seed 001's Mẫu 02 (header
//! block, title, preamble, numbered sections, conclusion, recipients and signature, the
//! annex) and fills it with what 2361 decides: "Mức độ chuyển đổi số đạt được khi đạt
//! 100% tiêu chí thành phần của mức độ chuyển đổi số tương ứng" — the level reached,
//! the ladder of the five levels, and the criteria that keep the next level out of
//! reach; for a district, also its communes' levels.
//!
//! Who writes it, to whom, follows 2361's procedure (Phần II, mục 2): a commune or
//! district assesses itself and submits the result to the body that recognises it
//! (UBND of the locality to UBND cấp huyện, or to UBND cấp tỉnh); Phòng Văn hóa và
//! Thông tin appraises the communes and submits them to UBND cấp huyện, Sở Thông tin
//! và Truyền thông the districts to UBND cấp tỉnh. A report never recognises a level:
//! it proposes one. 2361 is a framework under which the province issues its own
//! criteria: that decision, the commune's own report and the level it registered are
//! the form's dotted placeholders.

use super::{
    Block, Column, Document, Filled, FormError, Line, Row, closing, column, form_target,
    grouped_rows, motto, notes, result_in, result_of, vietnamese_date,
};
use crate::aggregate::{LocalityResult, MaturityVerdict, Verdict};
use crate::dataset::{Basis, Locality};
use crate::eval::{CriterionResult, Outcome};
use crate::policyset::PolicySet;
use crate::render::upper_first;

/// A locality's kind and proper name as a sentence writes them: ("xã", "Cẩm Tân"),
/// ("huyện", "Cẩm Thủy"), ("thị xã", "Nghi Sơn"). A dataset may carry the kind in the
/// name ("Huyện Cẩm Thủy") or not ("Cẩm Tân").
fn kind_and_name(l: &Locality) -> (&'static str, String) {
    const COMMUNE: [(&str, &str); 3] = [
        ("xã ", "xã"),
        ("phường ", "phường"),
        ("thị trấn ", "thị trấn"),
    ];
    const DISTRICT: [(&str, &str); 4] = [
        ("huyện ", "huyện"),
        ("thị xã ", "thị xã"),
        ("thành phố ", "thành phố"),
        ("quận ", "quận"),
    ];
    let (kinds, default) = if l.level == "district" {
        (&DISTRICT[..], "huyện")
    } else {
        (&COMMUNE[..], "xã")
    };
    let lower = l.name.to_lowercase();
    for (prefix, kind) in kinds {
        if lower.starts_with(prefix) {
            let rest: String = l.name.chars().skip(prefix.chars().count()).collect();
            return (kind, rest);
        }
    }
    (default, l.name.clone())
}

/// "Mức độ 3 - Cơ bản", as 2361 names its levels.
fn level_title(v: &MaturityVerdict, level: u8) -> String {
    match v.ladder.iter().find(|s| s.level == level) {
        Some(s) => format!("Mức độ {level} - {}", s.name),
        None => format!("Mức độ {level}"),
    }
}

/// A criterion's outcome at one level.
fn outcome_at(c: &CriterionResult, level: u8) -> Option<Outcome> {
    c.levels
        .as_ref()?
        .iter()
        .find(|x| x.level == level)
        .map(|x| x.outcome)
}

/// An outcome that leaves a level undecided rather than not met: a figure missing, or
/// a criterion that could not be evaluated.
fn undecided(o: Outcome) -> bool {
    matches!(o, Outcome::MissingData | Outcome::Error)
}

/// Where a locality stands, as the report words it: the level reached and whether the
/// next one is decided. When every blocker of the next level lacks a figure, the
/// locality may or may not reach it: the report says "chưa đủ số liệu", never "chưa
/// đạt" (the same rule as the Thanh Hóa sets' "chưa đủ số liệu để kết luận").
struct Standing<'a> {
    v: &'a MaturityVerdict,
    /// The next level is blocked only by figures missing.
    undetermined: bool,
}

impl<'a> Standing<'a> {
    fn of(v: &'a MaturityVerdict) -> Self {
        let blockers = &v.next_level_blockers;
        Standing {
            v,
            undetermined: !blockers.is_empty() && blockers.iter().all(|b| undecided(b.outcome)),
        }
    }

    /// "đạt Mức độ 3 - Cơ bản", "chưa đạt Mức độ 1 - Khởi động", "đạt Mức độ 2 - Kết
    /// nối; chưa đủ số liệu để xét Mức độ 3 - Cơ bản", "chưa đủ số liệu để xác định
    /// mức độ (Mức độ 1 - Khởi động)".
    fn phrase(&self) -> String {
        let v = self.v;
        let next = v.next_level.map(|n| level_title(v, n));
        match (v.level, self.undetermined, next) {
            (0, true, Some(next)) => format!("chưa đủ số liệu để xác định mức độ ({next})"),
            (0, _, Some(next)) => format!("chưa đạt {next}"),
            (0, _, None) => "chưa đạt mức độ nào".into(),
            (level, true, Some(next)) => format!(
                "đạt {}; chưa đủ số liệu để xét {next}",
                level_title(v, level)
            ),
            (level, _, _) => format!("đạt {}", level_title(v, level)),
        }
    }

    /// The verdict line's words: "ĐẠT MỨC ĐỘ 3 - CƠ BẢN", "CHƯA ĐẠT MỨC ĐỘ NÀO",
    /// "CHƯA XÁC ĐỊNH ĐƯỢC MỨC ĐỘ (THIẾU SỐ LIỆU)", "ĐẠT MỨC ĐỘ 2 - KẾT NỐI (CHƯA ĐỦ SỐ
    /// LIỆU ĐỂ XÉT MỨC ĐỘ 3)".
    fn verdict(&self) -> String {
        let v = self.v;
        match (v.level, self.undetermined, v.next_level) {
            (0, true, _) => "CHƯA XÁC ĐỊNH ĐƯỢC MỨC ĐỘ (THIẾU SỐ LIỆU)".into(),
            (0, false, _) => "CHƯA ĐẠT MỨC ĐỘ NÀO".into(),
            (level, true, Some(next)) => format!(
                "ĐẠT {} (CHƯA ĐỦ SỐ LIỆU ĐỂ XÉT MỨC ĐỘ {next})",
                level_title(v, level).to_uppercase()
            ),
            (level, _, _) => format!("ĐẠT {}", level_title(v, level).to_uppercase()),
        }
    }

    /// The summary table's cell: "Mức độ 3 - Cơ bản", "Chưa đạt mức độ nào", "Chưa xác
    /// định (thiếu số liệu)".
    fn cell(&self) -> String {
        match (self.v.level, self.undetermined) {
            (0, true) => "Chưa xác định (thiếu số liệu)".into(),
            (0, false) => "Chưa đạt mức độ nào".into(),
            (level, _) => level_title(self.v, level),
        }
    }
}

/// Who writes the report, to whom, and what it asks of them.
struct Issuer {
    /// The header's left column above "Số: …".
    header: Vec<Line>,
    /// The document number's suffix ("BC-VHTT").
    suffix: &'static str,
    /// The writer as a sentence names it ("Phòng Văn hóa và Thông tin huyện Cẩm Thủy").
    body: String,
    /// "Kính gửi: …".
    to: String,
    /// Who is asked to recognise the level, and how ("UBND huyện Cẩm Thủy xem xét, công
    /// nhận").
    asked: String,
    /// The signature's title.
    signs: &'static str,
    /// The place written before the date when --place is not given.
    place: String,
}

fn issuer(l: &Locality, basis: Basis) -> Issuer {
    let (kind, name) = kind_and_name(l);
    let district = l.district.clone().unwrap_or_default();
    let province = &l.province;
    let district_name = if l.level == "district" {
        &name
    } else {
        &district
    };
    match (basis, l.level.as_str()) {
        // The locality's own report, submitted to the body that recognises it.
        (Basis::SelfAssessed, level) => {
            let (to, asked) = if level == "district" {
                (
                    format!("Ủy ban nhân dân tỉnh {province}"),
                    format!("UBND tỉnh {province} thẩm định, công nhận"),
                )
            } else {
                (
                    format!("Ủy ban nhân dân huyện {district}"),
                    format!("UBND huyện {district} thẩm định, công nhận"),
                )
            };
            Issuer {
                header: vec![
                    Line::bold("ỦY BAN NHÂN DÂN"),
                    Line::bold(format!("{} {}", kind.to_uppercase(), name.to_uppercase())),
                ],
                suffix: "BC-UBND",
                body: format!("UBND {kind} {name}"),
                to,
                asked,
                signs: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
                place: name.clone(),
            }
        }
        // The province's department appraises its districts for UBND tỉnh.
        (Basis::Appraised, "district") => Issuer {
            header: vec![
                Line::plain(format!("UBND TỈNH {}", province.to_uppercase())),
                Line::bold("SỞ THÔNG TIN"),
                Line::bold("VÀ TRUYỀN THÔNG"),
            ],
            suffix: "BC-STTTT",
            body: "Sở Thông tin và Truyền thông".into(),
            to: format!("Ủy ban nhân dân tỉnh {province}"),
            asked: format!("UBND tỉnh {province} xem xét, công nhận"),
            signs: "GIÁM ĐỐC",
            place: province.clone(),
        },
        // Phòng Văn hóa và Thông tin appraises the district's communes for UBND huyện.
        (Basis::Appraised, _) => Issuer {
            header: vec![
                Line::plain(format!("UBND HUYỆN {}", district_name.to_uppercase())),
                Line::bold("PHÒNG VĂN HÓA"),
                Line::bold("VÀ THÔNG TIN"),
            ],
            suffix: "BC-VHTT",
            body: format!("Phòng Văn hóa và Thông tin huyện {district_name}"),
            to: format!("Ủy ban nhân dân huyện {district_name}"),
            asked: format!("UBND huyện {district_name} xem xét, công nhận"),
            signs: "TRƯỞNG PHÒNG",
            place: district_name.clone(),
        },
    }
}

/// The columns of the ladder table (section I).
const LADDER: [Column; 5] = [
    column("Mức độ", 2_300, true),
    column("Số tiêu chí áp dụng", 1_100, false),
    column("Số tiêu chí đạt", 1_000, false),
    column("Tiêu chí chưa đạt", 3_154, true),
    column("Kết quả", 1_800, false),
];

/// The columns of the table of the next level's blockers (section III).
const BLOCKERS: [Column; 7] = [
    column("TT", 600, false),
    column("Tên tiêu chí", 2_700, true),
    column("Đơn vị tính", 700, false),
    column("Chỉ tiêu", 1_100, false),
    column("Kết quả", 1_500, false),
    column("Đánh giá", 1_000, false),
    column("Ghi chú", 1_754, true),
];

/// The columns of a district's communes (section IV of a district's report).
const COMMUNES: [Column; 4] = [
    column("TT", 600, false),
    column("Mã", 1_200, false),
    column("Xã, phường, thị trấn", 3_800, true),
    column("Mức độ chuyển đổi số", 3_754, false),
];

/// The 2361 report of one commune or district: the ladder, the level reached, what
/// blocks the next level, a district's communes, the conclusion and the proposal, and
/// the annex of every criterion at every level.
pub fn muc_do(set: &PolicySet, r: &LocalityResult, filled: &Filled) -> Result<Document, FormError> {
    let Verdict::Maturity(v) = &r.verdict else {
        return Err(FormError(format!(
            "the level report (muc-do) is for a set of maturity levels (national-2361-v1); `{}` decides recognition: its commune's forms are --form mau-01, mau-02 and mau-03",
            set.id()
        )));
    };
    let standing = Standing::of(v);
    let l = &r.locality;
    let (kind, name) = kind_and_name(l);
    let locality = format!("{kind} {name}");
    let year = r.targets_year.unwrap_or(r.dataset_year);
    let who = issuer(l, r.basis);
    let appraisal = r.basis == Basis::Appraised;
    // An appraisal whose dataset carries none is a draft on the locality's own figures.
    let draft = appraisal && !r.appraised;
    let number = filled.number.clone().unwrap_or_else(|| "      ".into());
    let date = vietnamese_date(filled.date.as_deref());
    let place = filled.place.clone().unwrap_or_else(|| who.place.clone());
    let (what, what_upper) = if appraisal {
        ("thẩm định", "THẨM ĐỊNH")
    } else {
        ("tự đánh giá", "TỰ ĐÁNH GIÁ")
    };
    // "xã Cẩm Tân, huyện Cẩm Thủy" for a commune; "huyện Cẩm Thủy, tỉnh Thanh Hóa".
    let located = match (&l.district, l.level.as_str()) {
        (Some(d), "commune") if !d.is_empty() => format!("{locality}, huyện {d}"),
        _ => format!("{locality}, tỉnh {}", l.province),
    };
    let title_line = format!("Kết quả {what} mức độ chuyển đổi số của {locality} năm {year}");
    let mut header = who.header.clone();
    header.push(Line::plain(format!("Số: {number}/{}", who.suffix)));
    let mut b = vec![Block::Columns {
        left: header,
        right: motto(&format!("{place}, {date}")),
        recipients: false,
    }];
    if draft {
        b.push(Block::Title("DỰ THẢO".into()));
    }
    b.extend([
        Block::Title("BÁO CÁO".into()),
        Block::Title(title_line.clone()),
    ]);
    if draft {
        b.push(Block::Centered(format!(
            "(Hồ sơ chưa có kết quả thẩm định: các kết quả dưới đây theo số liệu tự đánh giá của UBND {locality})"
        )));
    }
    b.extend([
        Block::Centered(format!("Kính gửi: {}.", who.to)),
        Block::Para(format!(
            "Căn cứ Quyết định số {} ban hành {};",
            set.manifest.decision, set.manifest.title
        )),
        Block::Para(format!(
            "Căn cứ Quyết định số ….. ngày ….. của UBND tỉnh {} ban hành Bộ tiêu chí và phương pháp đánh giá, xét công nhận mức độ chuyển đổi số cấp huyện và cấp xã trên địa bàn tỉnh;",
            l.province
        )),
    ]);
    if appraisal {
        b.push(Block::Para(format!(
            "Căn cứ Báo cáo số ….. ngày ….. của UBND {locality} về kết quả tự đánh giá mức độ chuyển đổi số năm {year};"
        )));
    }
    b.push(Block::Para(format!(
        "{} báo cáo kết quả {what} mức độ chuyển đổi số của {located} năm {year} như sau:",
        who.body
    )));
    b.push(Block::Heading(
        "I. Kết quả đánh giá theo từng mức độ".into(),
    ));
    b.push(Block::Para(
        "Mức độ chuyển đổi số đạt được khi đạt 100% tiêu chí thành phần của mức độ chuyển đổi số tương ứng; tiêu chí “Không áp dụng” ở mức độ nào thì không tính ở mức độ đó.".into(),
    ));
    b.push(ladder_table(v, &r.criteria));
    b.push(Block::Centered(format!(
        "(Kết quả {what} chi tiết từng tiêu chí theo Phụ lục kèm theo)"
    )));
    b.push(Block::Heading("II. Mức độ chuyển đổi số đạt được".into()));
    b.push(Block::Plain("Mức độ đã đăng ký: …..".into()));
    b.push(Block::Para(format!(
        "{} {}.",
        upper_first(&locality),
        standing.phrase()
    )));
    b.push(Block::Heading(match v.next_level {
        Some(next) => format!("III. Các tiêu chí chưa đạt của {}", level_title(v, next)),
        None => "III. Các tiêu chí chưa đạt của mức độ tiếp theo".into(),
    }));
    match v.next_level {
        None => b.push(Block::Para(format!(
            "{} đã đạt mức độ cao nhất của Khung tiêu chí.",
            upper_first(&locality)
        ))),
        Some(next) => {
            b.push(Block::Para(format!(
                "Để đạt {}, {locality} cần hoàn thành {} tiêu chí sau:",
                level_title(v, next),
                v.next_level_blockers.len()
            )));
            b.push(blockers_table(v, &r.criteria, next, year, appraisal));
        }
    }
    let mut section = 4;
    if let Some(communes) = &r.communes {
        b.push(Block::Heading(format!(
            "{}. Mức độ chuyển đổi số của các xã, phường, thị trấn trên địa bàn",
            roman(section)
        )));
        section += 1;
        b.push(Block::Para(super::communes_sentence(&communes.figures)));
        if !communes.communes.is_empty() {
            b.push(Block::Para(
                "Mức độ của từng xã dưới đây là kết quả đánh giá bộ số liệu của xã, chưa phải kết quả công nhận:".into(),
            ));
            let rows = communes
                .communes
                .iter()
                .enumerate()
                .map(|(i, c)| Row {
                    group: false,
                    cells: vec![
                        (i + 1).to_string(),
                        c.code.clone(),
                        c.name.clone(),
                        match c.level {
                            Some(0) => "Chưa đạt mức độ nào".into(),
                            Some(level) => level_title(v, level),
                            None => "—".into(),
                        },
                    ],
                })
                .collect();
            b.push(Block::table(COMMUNES.to_vec(), rows));
        }
    }
    b.push(Block::Heading(format!("{}. Kết luận", roman(section))));
    b.push(Block::Para(format!(
        "Căn cứ kết quả {}: {located} {} năm {year}.",
        if draft {
            "tự đánh giá (chưa thẩm định)"
        } else {
            what
        },
        standing.phrase()
    )));
    b.push(Block::Strong(format!("Kết quả: {}", standing.verdict())));
    b.push(Block::Heading(format!(
        "{}. Đề xuất, kiến nghị",
        roman(section + 1)
    )));
    if v.level > 0 && !draft {
        b.push(Block::Para(format!(
            "Đề nghị {} {locality} đạt {} năm {year}.",
            who.asked,
            level_title(v, v.level)
        )));
    }
    b.push(Block::Dots);
    b.push(closing(who.signs, filled));
    b.push(annex(
        set,
        r,
        v,
        &format!(
            "KẾT QUẢ {what_upper} CHI TIẾT CÁC TIÊU CHÍ MỨC ĐỘ CHUYỂN ĐỔI SỐ CỦA {} NĂM {year}",
            locality.to_uppercase()
        ),
        &format!(
            "(Kèm theo Báo cáo số {number}/{} {date} của {})",
            who.suffix, who.body
        ),
    ));
    Ok(Document {
        title: title_line,
        blocks: b,
    })
}

/// Section I: each level with its criteria applicable, met and not met, and its result:
/// "Đạt"; "Không đạt"; "Không đạt (chưa đạt Mức độ 1)" when its own criteria are met but
/// a lower level is not; "Chưa xác định (thiếu số liệu)" when what it lacks is figures.
fn ladder_table(v: &MaturityVerdict, criteria: &[CriterionResult]) -> Block {
    let mut first_unreached: Option<u8> = None;
    let rows = v
        .ladder
        .iter()
        .map(|s| {
            let outcome = |id: &str| {
                criteria
                    .iter()
                    .find(|c| &*c.id == id)
                    .and_then(|c| outcome_at(c, s.level))
            };
            let lacking = |id: &str| outcome(id).is_some_and(undecided);
            let result = if s.reached {
                "Đạt".to_string()
            } else if s.not_met.is_empty() {
                format!(
                    "Không đạt (chưa đạt Mức độ {})",
                    first_unreached.unwrap_or(s.level)
                )
            } else if s.not_met.iter().all(|id| lacking(id)) {
                "Chưa xác định (thiếu số liệu)".to_string()
            } else {
                "Không đạt".to_string()
            };
            if !s.reached && first_unreached.is_none() {
                first_unreached = Some(s.level);
            }
            let not_met: Vec<String> = s
                .not_met
                .iter()
                .map(|id| {
                    if lacking(id) {
                        format!("{} (thiếu số liệu)", short_id(id))
                    } else {
                        short_id(id).to_string()
                    }
                })
                .collect();
            Row {
                group: false,
                cells: vec![
                    format!("Mức độ {} - {}", s.level, s.name),
                    s.applicable.to_string(),
                    s.met.to_string(),
                    if not_met.is_empty() {
                        "Không có".into()
                    } else {
                        not_met.join(", ")
                    },
                    result,
                ],
            }
        })
        .collect();
    Block::table(LADDER.to_vec(), rows)
}

/// Section III: each criterion that blocks the next level, with that level's target,
/// the result with the figures it is of, the assessment and what is missing.
fn blockers_table(
    v: &MaturityVerdict,
    criteria: &[CriterionResult],
    next: u8,
    year: u16,
    appraisal: bool,
) -> Block {
    let rows = v
        .next_level_blockers
        .iter()
        .map(|k| {
            let c = criteria.iter().find(|c| c.id == k.id);
            Row {
                group: false,
                cells: vec![
                    short_id(&k.id).to_string(),
                    k.name.to_string(),
                    k.unit.to_string(),
                    form_target(&k.target, &k.unit),
                    // What is missing is the note's to say.
                    match c {
                        Some(c) if !undecided(k.outcome) => result_of(c),
                        _ => "—".into(),
                    },
                    if undecided(k.outcome) {
                        k.outcome.label().to_string()
                    } else {
                        "Không đạt".into()
                    },
                    c.map_or_else(Vec::new, |c| notes(c, year, appraisal, true))
                        .join(". "),
                ],
            }
        })
        .collect();
    let mut columns = BLOCKERS.to_vec();
    columns[3].header = format!("Chỉ tiêu (Mức độ {next})").into();
    Block::table(columns, rows)
}

/// A criterion's figure on the report's basis and on the other, from the first level
/// that computed it: a criterion "Không áp dụng" at the level shown still has its
/// figure (the same facts) from the levels where it applies.
fn figures_of(c: &CriterionResult) -> (serde_json::Value, Option<serde_json::Value>) {
    let levels = c.levels.as_deref().unwrap_or_default();
    let shown = if c.measured.is_null() {
        levels
            .iter()
            .map(|x| &x.measured)
            .find(|m| !m.is_null())
            .cloned()
            .unwrap_or_default()
    } else {
        c.measured.clone()
    };
    let other = std::iter::once(c.other_basis.as_ref())
        .chain(levels.iter().map(|x| x.other_basis.as_ref()))
        .flatten()
        .filter(|o| o.basis == Basis::SelfAssessed)
        .map(|o| &o.measured)
        .find(|m| !m.is_null())
        .cloned();
    (shown, other)
}

/// The annex: every criterion of the locality's level, by group, with its result (the
/// self-assessed beside the appraised on an appraisal) and, at each level, the level's
/// target and the assessment, or "—" where the criterion does not apply.
fn annex(
    set: &PolicySet,
    r: &LocalityResult,
    v: &MaturityVerdict,
    heading: &str,
    subtitle: &str,
) -> Block {
    let appraisal = r.basis == Basis::Appraised;
    // The portrait text width (9,354 twentieths of a point) shared out; the DOCX sets
    // an annex across the page and widens each column in proportion.
    let level_width = 860;
    let results = if appraisal {
        vec![
            column("Kết quả tự đánh giá", 850, false),
            column("Kết quả thẩm định", 850, false),
        ]
    } else {
        vec![column("Kết quả tự đánh giá", 1_000, false)]
    };
    let fixed: u32 = 650 + 650 + results.iter().map(|c| c.width).sum::<u32>();
    let levels = u32::try_from(v.ladder.len()).unwrap_or(5);
    let name_width = 9_354u32.saturating_sub(fixed + level_width * levels);
    let mut columns = vec![
        column("TT", 650, false),
        Column {
            width: name_width.max(1_500),
            ..column("Tên tiêu chí", 0, true)
        },
        column("Đơn vị tính", 650, false),
    ];
    columns.extend(results);
    // 2361's own headers of its level columns: "1. Khởi động", …
    for s in &v.ladder {
        columns.push(Column {
            header: format!("{}. {}", s.level, s.name).into(),
            ..column("", level_width, false)
        });
    }
    let groups = super::group_names(set, &r.locality.level);
    let rows = grouped_rows(&r.criteria, &groups, true, |c| {
        let (shown, other) = figures_of(c);
        let shown = result_in(&shown, &c.unit);
        // 2361 numbers its criteria within each group: xa.I.1 is "1" under "I".
        let number = c.id.rsplit('.').next().unwrap_or(&c.id);
        let mut cells = vec![number.to_string(), c.name.to_string(), c.unit.to_string()];
        if appraisal {
            cells.push(other.map_or_else(|| shown.clone(), |o| result_in(&o, &c.unit)));
            cells.push(if r.appraised {
                shown
            } else {
                "Chưa thẩm định".into()
            });
        } else {
            cells.push(shown);
        }
        for s in &v.ladder {
            cells.push(
                match c
                    .levels
                    .as_ref()
                    .and_then(|ls| ls.iter().find(|x| x.level == s.level))
                {
                    Some(x) if x.outcome == Outcome::NotAssessed && x.target.is_null() => {
                        "—".into()
                    }
                    Some(x) => {
                        format!("{}\n{}", form_target(&x.target, &c.unit), x.outcome.label())
                    }
                    None => "—".into(),
                },
            );
        }
        Row {
            group: false,
            cells,
        }
    });
    let mut subtitle = subtitle.to_string();
    if appraisal && !r.appraised {
        subtitle.push_str("\n(Chưa thẩm định: đánh giá theo số liệu tự đánh giá)");
    }
    subtitle.push_str(
        "\n(Mỗi ô ở cột mức độ ghi chỉ tiêu của mức độ đó và kết quả Đạt/Không đạt; “—”: Không áp dụng)",
    );
    Block::Annex {
        headings: vec!["PHỤ LỤC".into(), heading.to_string()],
        subtitle,
        columns,
        rows,
        new_page: true,
    }
}

/// The summary of a batch under 2361: each commune (or district) with the level it
/// reached, the next level and the criteria that block it, on what it stands, in input
/// order, and the count by level.
pub fn summary(
    set: &PolicySet,
    results: &[LocalityResult],
    filled: &Filled,
) -> Result<Document, FormError> {
    const SUMMARY: [Column; 6] = [
        column("TT", 500, false),
        column("", 1_700, true),
        column("Mức độ chuyển đổi số", 1_900, false),
        column("Mức độ tiếp theo", 1_500, false),
        column("Tiêu chí chưa đạt của mức độ tiếp theo", 2_254, true),
        column("Căn cứ", 1_500, false),
    ];
    let first = results
        .first()
        .ok_or_else(|| FormError("no locality to summarise".into()))?;
    let level = first.locality.level.clone();
    if let Some(other) = results.iter().find(|r| r.locality.level != level) {
        return Err(FormError(format!(
            "a batch's summary is of communes or of districts: `{}` is a {} and `{}` a {}",
            first.file, level, other.file, other.locality.level
        )));
    }
    let year = first.targets_year.unwrap_or(first.dataset_year);
    let district_level = level == "district";
    let noun = if district_level { "huyện" } else { "xã" };
    let mut rows = Vec::new();
    let mut by_level = [0usize; 6];
    let mut undetermined = 0;
    for (i, r) in results.iter().enumerate() {
        let Verdict::Maturity(v) = &r.verdict else {
            return Err(FormError(format!(
                "the level summary is of a set of maturity levels; `{}` decides recognition",
                set.id()
            )));
        };
        let standing = Standing::of(v);
        if v.level == 0 && standing.undetermined {
            undetermined += 1;
        } else if let Some(n) = by_level.get_mut(usize::from(v.level)) {
            *n += 1;
        }
        rows.push(Row {
            group: false,
            cells: vec![
                (i + 1).to_string(),
                kind_and_name(&r.locality).1,
                standing.cell(),
                v.next_level.map_or("—".into(), |n| level_title(v, n)),
                if v.next_level_blockers.is_empty() {
                    "—".into()
                } else {
                    let ids: Vec<String> = v
                        .next_level_blockers
                        .iter()
                        .map(|k| {
                            if undecided(k.outcome) {
                                format!("{} (thiếu số liệu)", short_id(&k.id))
                            } else {
                                short_id(&k.id).to_string()
                            }
                        })
                        .collect();
                    ids.join(", ")
                },
                match (r.basis, r.appraised) {
                    (Basis::Appraised, true) => "Thẩm định",
                    (Basis::Appraised, false) => "Tự đánh giá (chưa thẩm định)",
                    (Basis::SelfAssessed, _) => "Tự đánh giá",
                }
                .into(),
            ],
        });
    }
    let mut counts: Vec<String> = by_level
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(level, n)| match level {
            0 => format!("{n} {noun} chưa đạt mức độ nào"),
            l => format!("{n} {noun} đạt Mức độ {l}"),
        })
        .collect();
    if undetermined > 0 {
        counts.push(format!(
            "{undetermined} {noun} chưa xác định được mức độ (thiếu số liệu)"
        ));
    }
    let mut columns = SUMMARY.to_vec();
    columns[1].header = if district_level {
        "Huyện, thị xã, thành phố"
    } else {
        "Xã, phường, thị trấn"
    }
    .into();
    // The district's department summarises its communes; the province's its districts.
    let who = issuer(&first.locality, Basis::Appraised);
    let place = filled.place.clone().unwrap_or_else(|| who.place.clone());
    let scope = if district_level {
        format!("TỈNH {}", first.locality.province.to_uppercase())
    } else {
        format!(
            "HUYỆN {}",
            first
                .locality
                .district
                .clone()
                .unwrap_or_default()
                .to_uppercase()
        )
    };
    let blocks = vec![
        Block::Columns {
            left: who.header.clone(),
            right: motto(&format!(
                "{place}, {}",
                vietnamese_date(filled.date.as_deref())
            )),
            recipients: false,
        },
        Block::Title(format!(
            "BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CẤP {} TRÊN ĐỊA BÀN {scope} NĂM {year}",
            if district_level { "HUYỆN" } else { "XÃ" }
        )),
        Block::Centered(format!("(Theo Quyết định số {})", set.manifest.decision)),
        Block::Centered(format!(
            "Tổng số: {} {noun} có bộ số liệu; trong đó {}.",
            results.len(),
            counts.join(", ")
        )),
        Block::table(columns, rows),
    ];
    Ok(Document {
        title: format!("Bảng tổng hợp kết quả đánh giá mức độ chuyển đổi số cấp {noun} năm {year}"),
        blocks,
    })
}

/// A criterion's id as 2361's tables number it, without the level's prefix: "I.1" for
/// `xa.I.1`, "III.5" for `huyen.III.5`.
fn short_id(id: &str) -> &str {
    id.split_once('.').map_or(id, |(_, rest)| rest)
}

/// "I", "II", … for the sections (up to ten).
fn roman(n: usize) -> &'static str {
    [
        "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
    ]
    .get(n)
    .copied()
    .unwrap_or("X")
}
