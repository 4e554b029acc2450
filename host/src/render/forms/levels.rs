//! The report of the national framework 2361 (`report --form muc-do`). The seeds carry
//! no form for it, so it takes the administrative layout of seed 001's Mẫu 02 (header
//! block, title, preamble, numbered sections, conclusion, recipients and signature, the
//! annex) and fills it with what 2361 decides: "Mức độ chuyển đổi số đạt được khi đạt
//! 100% tiêu chí thành phần của mức độ chuyển đổi số tương ứng" — the level reached,
//! the ladder of the five levels, and the criteria that keep the next level out of
//! reach; for a district, also its communes' levels.
//!
//! Who writes it follows 2361's procedure (Phần II, mục 2): a commune or district
//! assesses itself (UBND of the locality, on the self-assessed basis); the district
//! appraises its communes (UBND cấp huyện) and the provincial department of
//! information and communications appraises the districts (Sở Thông tin và Truyền
//! thông), on the appraised basis.

use super::{
    Block, Column, Document, Filled, FormError, Line, Row, closing, column, form_target, motto,
    notes, vietnamese_date,
};
use crate::aggregate::{LocalityResult, MaturityVerdict, Verdict};
use crate::dataset::{Basis, Locality};
use crate::eval::{CriterionResult, Outcome};
use crate::policyset::PolicySet;
use crate::render::{Lang, measured_in};

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
            // The prefix is ASCII-free only in its letters' case; cut by characters.
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

/// "đạt Mức độ 3 - Cơ bản" or "chưa đạt Mức độ 1 - Khởi động".
fn reached(v: &MaturityVerdict) -> String {
    if v.level > 0 {
        format!("đạt {}", level_title(v, v.level))
    } else {
        match v.ladder.first() {
            Some(first) => format!("chưa đạt {}", level_title(v, first.level)),
            None => "chưa đạt mức độ nào".into(),
        }
    }
}

/// Who writes the report, and how it names itself.
struct Issuer {
    /// The header's left column above "Số: …".
    header: Vec<Line>,
    /// The document number's suffix ("BC-UBND").
    suffix: &'static str,
    /// The body as the preamble's last clause names it ("UBND huyện Cẩm Thủy").
    body: String,
    /// The signature's title.
    signs: &'static str,
    /// The place written before the date when --place is not given.
    place: String,
}

fn issuer(l: &Locality, basis: Basis) -> Issuer {
    let (kind, name) = kind_and_name(l);
    let ubnd = |kind: &str, name: &str| Issuer {
        header: vec![
            Line::bold("ỦY BAN NHÂN DÂN"),
            Line::bold(format!("{} {}", kind.to_uppercase(), name.to_uppercase())),
        ],
        suffix: "BC-UBND",
        body: format!("UBND {kind} {name}"),
        signs: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
        place: name.to_string(),
    };
    match (basis, l.level.as_str()) {
        // The locality's own report.
        (Basis::SelfAssessed, _) => ubnd(kind, &name),
        // The province's department appraises its districts.
        (Basis::Appraised, "district") => Issuer {
            header: vec![
                Line::plain(format!("UBND TỈNH {}", l.province.to_uppercase())),
                Line::bold("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"),
            ],
            suffix: "BC-STTTT",
            body: "Sở Thông tin và Truyền thông".into(),
            signs: "GIÁM ĐỐC",
            place: l.province.clone(),
        },
        // The district appraises its communes.
        (Basis::Appraised, _) => {
            let district = l.district.clone().unwrap_or_default();
            ubnd("huyện", &district)
        }
    }
}

/// The columns of the ladder table (section I).
const LADDER: [Column; 5] = [
    column("Mức độ", 2_300, true),
    column("Số tiêu chí áp dụng", 1_100, false),
    column("Số tiêu chí đạt", 1_000, false),
    column("Tiêu chí chưa đạt", 3_254, true),
    column("Kết quả", 1_700, false),
];

/// The columns of the table of the next level's blockers (section III).
const BLOCKERS: [Column; 7] = [
    column("TT", 700, false),
    column("Tên tiêu chí", 3_000, true),
    column("Đơn vị tính", 800, false),
    column("Chỉ tiêu", 1_100, false),
    column("Kết quả", 1_000, false),
    column("Đánh giá", 1_000, false),
    column("Ghi chú", 1_754, true),
];

/// The columns of a district's communes (section IV of a district's report).
const COMMUNES: [Column; 4] = [
    column("TT", 600, false),
    column("Mã", 1_200, false),
    column("Xã, phường, thị trấn", 3_800, true),
    column("Mức độ chuyển đổi số đạt được", 3_754, false),
];

/// The 2361 report of one commune or district: the ladder, the level reached, what
/// blocks the next level, a district's communes, the conclusion, and the annex of every
/// criterion at every level.
pub fn muc_do(set: &PolicySet, r: &LocalityResult, filled: &Filled) -> Result<Document, FormError> {
    let Verdict::Maturity(v) = &r.verdict else {
        return Err(FormError(format!(
            "the level report (muc-do) is for a set of maturity levels (national-2361-v1); `{}` decides recognition: its commune's forms are --form mau-01, mau-02 and mau-03",
            set.id()
        )));
    };
    let l = &r.locality;
    let (kind, name) = kind_and_name(l);
    let locality = format!("{kind} {name}");
    let year = r.targets_year.unwrap_or(r.dataset_year);
    let who = issuer(l, r.basis);
    let appraisal = r.basis == Basis::Appraised;
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
    let mut b = vec![
        Block::Columns {
            left: header,
            right: motto(&format!("{place}, {date}")),
            recipients: false,
        },
        Block::Title("BÁO CÁO".into()),
        Block::Title(title_line.clone()),
        Block::Para(format!(
            "Căn cứ Quyết định số {} ban hành {};",
            set.manifest.decision, set.manifest.title
        )),
    ];
    if appraisal {
        b.push(Block::Para(format!(
            "Căn cứ hồ sơ tự đánh giá mức độ chuyển đổi số của UBND {locality};"
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
        "Mức độ chuyển đổi số đạt được khi đạt 100% tiêu chí thành phần của mức độ chuyển đổi số tương ứng; tiêu chí không áp dụng ở một mức độ không tính vào mức độ đó.".into(),
    ));
    b.push(ladder_table(v));
    b.push(Block::Centered(format!(
        "(Kết quả {what} chi tiết từng tiêu chí theo Phụ lục kèm theo)"
    )));
    b.push(Block::Heading("II. Mức độ chuyển đổi số đạt được".into()));
    b.push(Block::Para(format!(
        "{} {}.",
        upper_first(&locality),
        reached(v)
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
            b.push(blockers_table(v, &r.criteria, next, year));
        }
    }
    let mut section = 4;
    if let Some(communes) = &r.communes {
        b.push(Block::Heading(format!(
            "{}. Mức độ chuyển đổi số của các xã, phường, thị trấn trên địa bàn",
            roman(section)
        )));
        section += 1;
        // The note as a document reads it: fact keys without their code quotes.
        b.push(Block::Para(format!(
            "{}.",
            communes.note.replace('`', "").trim_end_matches('.')
        )));
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
            .collect::<Vec<_>>();
        if !rows.is_empty() {
            b.push(Block::table(COMMUNES.to_vec(), rows));
        }
    }
    b.push(Block::Heading(format!("{}. Kết luận", roman(section))));
    b.push(Block::Para(format!(
        "Căn cứ kết quả {what}: {located} {} năm {year}.",
        reached(v)
    )));
    b.push(Block::Strong(format!(
        "Kết quả: {}",
        if v.level > 0 {
            level_title(v, v.level).to_uppercase()
        } else {
            "CHƯA ĐẠT MỨC ĐỘ NÀO".into()
        }
    )));
    b.push(Block::Heading(format!(
        "{}. Đề xuất, kiến nghị",
        roman(section + 1)
    )));
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

/// Section I: each level with its criteria applicable, met, not met, and its result.
fn ladder_table(v: &MaturityVerdict) -> Block {
    let mut first_unreached: Option<u8> = None;
    let rows = v
        .ladder
        .iter()
        .map(|s| {
            let result = if s.reached {
                "Đạt".to_string()
            } else if s.not_met.is_empty() {
                // Its own criteria are met, but a level below is not reached.
                format!(
                    "Không đạt (chưa đạt Mức độ {})",
                    first_unreached.unwrap_or(s.level)
                )
            } else {
                "Không đạt".to_string()
            };
            if !s.reached && first_unreached.is_none() {
                first_unreached = Some(s.level);
            }
            Row {
                group: false,
                cells: vec![
                    format!("Mức độ {} - {}", s.level, s.name),
                    s.applicable.to_string(),
                    s.met.to_string(),
                    if s.not_met.is_empty() {
                        "—".into()
                    } else {
                        s.not_met
                            .iter()
                            .map(|id| short_id(id))
                            .collect::<Vec<_>>()
                            .join(", ")
                    },
                    result,
                ],
            }
        })
        .collect();
    Block::table(LADDER.to_vec(), rows)
}

/// Section III: each criterion that blocks the next level, with that level's target,
/// the result, the assessment and why.
fn blockers_table(v: &MaturityVerdict, criteria: &[CriterionResult], next: u8, year: u16) -> Block {
    let rows = v
        .next_level_blockers
        .iter()
        .map(|k| {
            let notes = criteria
                .iter()
                .find(|c| c.id == k.id)
                .map_or_else(Vec::new, |c| notes(c, year));
            Row {
                group: false,
                cells: vec![
                    short_id(&k.id).to_string(),
                    k.name.to_string(),
                    k.unit.to_string(),
                    form_target(&k.target, &k.unit),
                    measured_in(&k.measured, &k.unit, Lang::Vi),
                    k.outcome.label().to_string(),
                    notes.join(". "),
                ],
            }
        })
        .collect();
    let mut columns = BLOCKERS.to_vec();
    columns[3].header = format!("Chỉ tiêu (Mức độ {next})").into();
    Block::table(columns, rows)
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
    let levels: Vec<u8> = v.ladder.iter().map(|s| s.level).collect();
    // The A4 text width (9,354 twentieths of a point) shared out.
    let level_width = 860;
    let mut columns = vec![column("TT", 650, false)];
    let results = if appraisal {
        vec![
            column("Kết quả tự đánh giá", 850, false),
            column("Kết quả thẩm định", 850, false),
        ]
    } else {
        vec![column("Kết quả tự đánh giá", 1_000, false)]
    };
    let fixed: u32 = 650 + 650 + results.iter().map(|c| c.width).sum::<u32>();
    let name_width = 9_354u32.saturating_sub(fixed + level_width * levels.len() as u32);
    columns.push(Column {
        width: name_width.max(1_500),
        ..column("Tên tiêu chí", 0, true)
    });
    columns.push(column("Đơn vị tính", 650, false));
    columns.extend(results);
    // 2361's own headers of its level columns: "1. Khởi động", …
    for s in &v.ladder {
        columns.push(Column {
            header: format!("{}. {}", s.level, s.name).into(),
            ..column("", level_width, false)
        });
    }
    let groups = super::group_names(set, &r.locality.level);
    let mut rows = Vec::new();
    let mut current: Option<&str> = None;
    for c in &r.criteria {
        if current != Some(&c.group) {
            current = Some(&c.group);
            let name = groups
                .iter()
                .find(|(id, _)| **id == *c.group)
                .map_or(String::new(), |(_, n)| n.clone());
            rows.push(Row {
                group: true,
                cells: vec![c.group.to_string(), name.to_uppercase()],
            });
        }
        let shown = measured_in(&c.measured, &c.unit, Lang::Vi);
        // 2361 numbers its criteria within each group: xa.I.1 is "1" under "I".
        let number = c.id.rsplit('.').next().unwrap_or(&c.id);
        let mut cells = vec![number.to_string(), c.name.to_string(), c.unit.to_string()];
        if appraisal {
            let own = match &c.other_basis {
                Some(o) if o.basis == Basis::SelfAssessed => {
                    measured_in(&o.measured, &c.unit, Lang::Vi)
                }
                _ => shown.clone(),
            };
            cells.push(own);
        }
        cells.push(shown);
        for level in &levels {
            let at = c
                .levels
                .as_ref()
                .and_then(|ls| ls.iter().find(|x| x.level == *level));
            cells.push(match at {
                Some(x) if x.outcome == Outcome::NotAssessed && x.target.is_null() => "—".into(),
                Some(x) => format!("{}\n{}", form_target(&x.target, &c.unit), x.outcome.label()),
                None => "—".into(),
            });
        }
        rows.push(Row {
            group: false,
            cells,
        });
    }
    Block::Annex {
        headings: vec!["PHỤ LỤC".into(), heading.to_string()],
        subtitle: format!(
            "{subtitle}\n(Mỗi ô của một mức độ ghi chỉ tiêu của mức độ đó và kết quả đánh giá; “—”: Không áp dụng)"
        ),
        columns,
        rows,
        new_page: true,
    }
}

/// The summary of a batch under 2361: each commune (or district) with the level it
/// reached, the next level and the criteria that block it, in input order.
pub fn summary(
    set: &PolicySet,
    results: &[LocalityResult],
    filled: &Filled,
) -> Result<Document, FormError> {
    const SUMMARY: [Column; 5] = [
        column("TT", 500, false),
        column("", 2_200, true),
        column("Mức độ chuyển đổi số đạt được", 1_900, false),
        column("Mức độ tiếp theo", 1_700, false),
        column("Tiêu chí chưa đạt của mức độ tiếp theo", 3_054, true),
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
    let mut rows = Vec::new();
    let mut by_level = [0usize; 6];
    for (i, r) in results.iter().enumerate() {
        let Verdict::Maturity(v) = &r.verdict else {
            return Err(FormError(format!(
                "the level summary is of a set of maturity levels; `{}` decides recognition",
                set.id()
            )));
        };
        if let Some(n) = by_level.get_mut(usize::from(v.level)) {
            *n += 1;
        }
        let (kind, name) = kind_and_name(&r.locality);
        rows.push(Row {
            group: false,
            cells: vec![
                (i + 1).to_string(),
                format!("{kind} {name}"),
                if v.level > 0 {
                    level_title(v, v.level)
                } else {
                    "Chưa đạt mức độ nào".into()
                },
                v.next_level.map_or("—".into(), |n| level_title(v, n)),
                if v.next_level_blockers.is_empty() {
                    "—".into()
                } else {
                    let ids: Vec<&str> = v
                        .next_level_blockers
                        .iter()
                        .map(|k| short_id(&k.id))
                        .collect();
                    format!("{} ({})", ids.join(", "), ids.len())
                },
            ],
        });
    }
    let noun = if district_level { "huyện" } else { "xã" };
    let counts: Vec<String> = by_level
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(level, n)| match level {
            0 => format!("{n} {noun} chưa đạt mức độ nào"),
            l => format!("{n} {noun} đạt Mức độ {l}"),
        })
        .collect();
    let mut columns = SUMMARY.to_vec();
    columns[1].header = if district_level {
        "Huyện, thị xã, thành phố"
    } else {
        "Xã, phường, thị trấn"
    }
    .into();
    // The district appraises its communes; the province's department its districts.
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
            "BẢNG TỔNG HỢP KẾT QUẢ THẨM ĐỊNH MỨC ĐỘ CHUYỂN ĐỔI SỐ CẤP {} TRÊN ĐỊA BÀN {scope} NĂM {year}",
            if district_level { "HUYỆN" } else { "XÃ" }
        )),
        Block::Centered(format!(
            "(Theo Quyết định số {}; {} {noun}: {})",
            set.manifest.decision,
            results.len(),
            counts.join(", ")
        )),
        Block::table(columns, rows),
    ];
    Ok(Document {
        title: format!(
            "Bảng tổng hợp kết quả thẩm định mức độ chuyển đổi số cấp {noun} năm {year}"
        ),
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

fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .chain(chars)
        .collect()
}
