//! Cells as a commune officer fills them: yes/no in the spellings people type, whole
//! numbers written as numbers or as text, percentages with a point or a comma, and the
//! A1 names an error cites.

/// A cell's content, whatever the file kind (a workbook's typed cell, a CSV field).
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// A date, as a spreadsheet stores it: days since 1899-12-30.
    Date(f64),
    /// A cell the import cannot take: a formula's error value, a date where a count is
    /// expected … (what it is, for the message).
    Other(&'static str),
}

impl Cell {
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The text of a cell, trimmed; a number as written.
    pub fn text(&self) -> String {
        match self {
            Cell::Empty | Cell::Other(_) => String::new(),
            Cell::Text(t) => t.trim().to_owned(),
            Cell::Number(n) => crate::eval::number_json(*n).to_string(),
            Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.into(),
            Cell::Date(d) => iso_date(*d),
        }
    }
}

/// A spreadsheet's date serial (days since 1899-12-30) as YYYY-MM-DD.
pub fn iso_date(serial: f64) -> String {
    // Days from 1970-01-01, then the civil date (Howard Hinnant's algorithm).
    let days = serial.floor() as i64 - 25_569;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// A date typed as text: "20/9/2024" or "2024-09-20" → "2024-09-20"; other text as
/// it is (the schema does not enforce a format).
pub fn date_text(t: &str) -> String {
    let t = t.trim();
    let parts: Vec<&str> = t.split(['/', '.', '-']).collect();
    let num = |s: &str| s.trim().parse::<u32>().ok();
    match parts.as_slice() {
        [d, m, y] if y.len() == 4 => match (num(d), num(m), num(y)) {
            (Some(d), Some(m), Some(y)) if (1..=31).contains(&d) && (1..=12).contains(&m) => {
                format!("{y:04}-{m:02}-{d:02}")
            }
            _ => t.to_owned(),
        },
        _ => t.to_owned(),
    }
}

/// The spellings accepted for yes and no, as the README documents them.
pub const YES: &[&str] = &["có", "co", "x", "✓", "✔", "1", "true", "c", "yes", "y"];
pub const NO: &[&str] = &["không", "khong", "k", "0", "false", "-", "no", "n"];

/// A yes/no cell: Có / Không, with or without diacritics, in any case; `x` or ✓ for yes;
/// blank for no. `Err` says what was found (the cell holds no personal data).
pub fn yes_no(cell: &Cell) -> Result<bool, String> {
    match cell {
        Cell::Empty => Ok(false),
        Cell::Bool(b) => Ok(*b),
        Cell::Number(n) if *n == 1.0 => Ok(true),
        Cell::Number(n) if *n == 0.0 => Ok(false),
        Cell::Text(t) => {
            let t = t.trim().to_lowercase();
            if t.is_empty() || NO.contains(&t.as_str()) {
                Ok(false)
            } else if YES.contains(&t.as_str()) {
                Ok(true)
            } else {
                Err(format!("{:?}", clip(&t)))
            }
        }
        Cell::Number(n) => Err(crate::eval::number_json(*n).to_string()),
        Cell::Date(_) => Err("a date".into()),
        Cell::Other(what) => Err((*what).to_owned()),
    }
}

/// A whole number ≥ 0: a number cell, or text of digits (spaces, and dots or commas
/// between groups of three, as in "4.890" or "4,890", are allowed). `Ok(None)` for a
/// blank cell.
pub fn count(cell: &Cell) -> Result<Option<u64>, String> {
    match cell {
        Cell::Empty => Ok(None),
        Cell::Number(n) => {
            if n.fract() == 0.0 && *n >= 0.0 && *n <= 9.0e15 {
                Ok(Some(*n as u64))
            } else {
                Err(crate::eval::number_json(*n).to_string())
            }
        }
        Cell::Text(t) => {
            let t = t.trim();
            if t.is_empty() {
                return Ok(None);
            }
            grouped_digits(t)
                .map(Some)
                .ok_or_else(|| format!("{:?}", clip(t)))
        }
        Cell::Bool(b) => Err(if *b { "TRUE" } else { "FALSE" }.into()),
        Cell::Date(_) => Err("a date".into()),
        Cell::Other(what) => Err((*what).to_owned()),
    }
}

/// "4890", "4 890", "4.890", "4,890" (groups of three after the first).
fn grouped_digits(t: &str) -> Option<u64> {
    let t: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let groups: Vec<&str> = t.split(['.', ',']).collect();
    let (first, rest) = groups.split_first()?;
    if first.is_empty() || first.len() > 15 || rest.iter().any(|g| g.len() != 3) {
        return None;
    }
    let digits: String = groups.concat();
    digits.parse().ok().filter(|n| *n <= 9_000_000_000_000_000)
}

/// A percentage as written ("95,45", "95.45 %", 0.9545 in a cell formatted as a
/// percentage): hundredths-exact value as (digits, decimals) of the percent, e.g.
/// 95.45 → (9545, 2). `Ok(None)` for a blank cell.
pub fn percent(cell: &Cell) -> Result<Option<(u128, u32)>, String> {
    match cell {
        Cell::Empty => Ok(None),
        // A number cell: a spreadsheet stores 95.45 % as 0.9545.
        Cell::Number(n) if (0.0..=1.0).contains(n) => Ok(Some(
            decimal(&format!("{}", n * 100.0))
                .ok_or_else(|| crate::eval::number_json(*n).to_string())?,
        )),
        Cell::Number(n) => Ok(Some(
            decimal(&format!("{n}")).ok_or_else(|| crate::eval::number_json(*n).to_string())?,
        )),
        Cell::Text(t) => {
            let t = t.trim().trim_end_matches('%').trim();
            if t.is_empty() {
                return Ok(None);
            }
            decimal(&t.replace(',', "."))
                .map(Some)
                .ok_or_else(|| format!("{:?}", clip(t)))
        }
        Cell::Bool(_) | Cell::Date(_) | Cell::Other(_) => Err("not a percentage".into()),
    }
}

/// "95.45" → (9545, 2); at most 4 decimals (a float's noise beyond is cut by rounding
/// to 4 places first).
fn decimal(s: &str) -> Option<(u128, u32)> {
    let s = s.trim();
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if int.is_empty() || !int.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if !frac.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    // 95.449999999 (a float) → 95.45: at most 4 decimals, rounded.
    let (frac, round_up) = if frac.len() > 4 {
        (&frac[..4], frac.as_bytes()[4] >= b'5')
    } else {
        (frac, false)
    };
    let frac = frac.trim_end_matches('0');
    let digits: u128 = format!("{int}{frac}").parse().ok()?;
    let mut value = digits + u128::from(round_up);
    let mut places = frac.len() as u32;
    if round_up {
        // Strip trailing zeros the rounding made.
        while places > 0 && value.is_multiple_of(10) {
            value /= 10;
            places -= 1;
        }
    }
    Some((value, places))
}

/// Whether a percentage written with `places` decimals states `part / whole` (× 100):
/// it must be that share rounded (half up) or cut at its own precision.
pub fn states_share(written: (u128, u32), part: u64, whole: u64) -> bool {
    let (value, places) = written;
    if whole == 0 {
        return value == 0;
    }
    let scale = 10u128.pow(places);
    let num = u128::from(part) * 100 * scale;
    let den = u128::from(whole);
    let floor = num / den;
    let rounded = if (num % den) * 2 >= den {
        floor + 1
    } else {
        floor
    };
    value == floor || value == rounded
}

/// A cell's A1 name: column `col` (0-based) and row `row` (0-based) → "E17".
pub fn a1(row: usize, col: usize) -> String {
    let mut name = String::new();
    let mut c = col + 1;
    while c > 0 {
        let rem = (c - 1) % 26;
        name.insert(0, char::from(b'A' + rem as u8));
        c = (c - 1) / 26;
    }
    format!("{name}{}", row + 1)
}

/// Text as it is compared: lower case, without diacritics (đ → d), single spaces.
pub fn folded(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars().flat_map(char::to_lowercase) {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(base(c));
    }
    out
}

/// A Vietnamese letter without its diacritics.
fn base(c: char) -> char {
    const GROUPS: &[(&str, char)] = &[
        ("àáảãạăằắẳẵặâầấẩẫậ", 'a'),
        ("èéẻẽẹêềếểễệ", 'e'),
        ("ìíỉĩị", 'i'),
        ("òóỏõọôồốổỗộơờớởỡợ", 'o'),
        ("ùúủũụưừứửữự", 'u'),
        ("ỳýỷỹỵ", 'y'),
        ("đ", 'd'),
    ];
    GROUPS
        .iter()
        .find(|(group, _)| group.contains(c))
        .map_or(c, |(_, b)| *b)
}

fn clip(t: &str) -> String {
    match t.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &t[..i]),
        None => t.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    #[test]
    fn yes_and_no_in_the_spellings_people_type() {
        for s in ["Có", "có", "CÓ", "Co", "co", "x", "X", "✓", "1"] {
            assert_eq!(yes_no(&text(s)), Ok(true), "{s}");
        }
        for s in ["Không", "không", "KHONG", "khong", "", "  ", "0", "-"] {
            assert_eq!(yes_no(&text(s)), Ok(false), "{s}");
        }
        assert_eq!(yes_no(&Cell::Empty), Ok(false));
        assert_eq!(yes_no(&Cell::Number(1.0)), Ok(true));
        assert!(yes_no(&text("có lẽ")).is_err());
        assert!(yes_no(&Cell::Number(2.0)).is_err());
    }

    #[test]
    fn counts_as_numbers_or_grouped_text() {
        assert_eq!(count(&Cell::Number(4890.0)), Ok(Some(4890)));
        assert_eq!(count(&text("4.890")), Ok(Some(4890)));
        assert_eq!(count(&text("4,890")), Ok(Some(4890)));
        assert_eq!(count(&text("4 890")), Ok(Some(4890)));
        assert_eq!(count(&text("")), Ok(None));
        assert!(count(&text("4.89")).is_err());
        assert!(count(&text("mười")).is_err());
        assert!(count(&Cell::Number(2.5)).is_err());
        assert!(count(&Cell::Number(-1.0)).is_err());
    }

    #[test]
    fn a_percentage_states_a_share_rounded_or_cut() {
        let p = |c: Cell| percent(&c).unwrap().unwrap();
        assert_eq!(p(text("95,45")), (9545, 2));
        assert_eq!(p(text("95.45 %")), (9545, 2));
        assert_eq!(p(Cell::Number(0.9545)), (9545, 2));
        assert_eq!(p(text("80")), (80, 0));
        // 2/3 = 66.666… %: 66.67 (rounded) and 66.66 (cut) both state it, 66.6 and 67 too.
        for w in ["66.67", "66.66", "66.7", "66.6", "67", "66"] {
            assert!(states_share(p(text(w)), 2, 3), "{w}");
        }
        assert!(!states_share(p(text("66.65")), 2, 3));
        assert!(!states_share(p(text("70")), 2, 3));
        assert!(states_share(p(text("100")), 5, 5));
    }

    #[test]
    fn dates_as_spreadsheets_store_and_people_type_them() {
        assert_eq!(iso_date(45555.0), "2024-09-20");
        assert_eq!(iso_date(25569.0), "1970-01-01");
        assert_eq!(date_text("20/9/2024"), "2024-09-20");
        assert_eq!(date_text("2024-09-20"), "2024-09-20");
        assert_eq!(date_text("tháng 9/2024"), "tháng 9/2024");
    }

    #[test]
    fn cells_are_named_as_spreadsheets_name_them() {
        assert_eq!(a1(0, 0), "A1");
        assert_eq!(a1(16, 4), "E17");
        assert_eq!(a1(0, 25), "Z1");
        assert_eq!(a1(0, 26), "AA1");
        assert_eq!(a1(9, 27), "AB10");
    }

    #[test]
    fn text_is_compared_without_diacritics_or_case() {
        assert_eq!(folded("  Có  cài đặt PM ATTT "), "co cai dat pm attt");
        assert_eq!(folded("Họ và tên"), folded("HO VA TEN"));
        assert_eq!(folded("Đơn vị"), "don vi");
    }
}
