//! The officials' workbooks: `dtcheck template` → filled by the test, as an officer
//! would (rows in the lists, figures, documents) → `dtcheck import` / `evaluate`, and
//! the same as evaluating the equivalent JSON; CSV exports; broken workbooks, each with
//! its located error.

use crate::util::{SAMPLES, dtcheck, repo, stderr, stdout};
use calamine::{Data, Reader, Xlsx};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

const SET: &str = "thanh-hoa-1829-2023";

/// A cell the test writes.
#[derive(Clone, Debug)]
enum V {
    T(String),
    N(f64),
    /// A formula (written without its computed value, as a script would).
    F(String),
}

fn t(s: &str) -> V {
    V::T(s.into())
}

/// A workbook as a grid of values per sheet, in order.
type Grid = Vec<(String, Vec<Vec<Option<V>>>)>;

fn read_grid(path: &Path) -> Grid {
    let mut book: Xlsx<_> = calamine::open_workbook(path).expect("open template");
    let mut out = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).expect("sheet");
        let (r0, c0) = range
            .start()
            .map_or((0, 0), |(r, c)| (r as usize, c as usize));
        let mut rows: Vec<Vec<Option<V>>> = Vec::new();
        for (r, row) in range.rows().enumerate() {
            for (c, d) in row.iter().enumerate() {
                let v = match d {
                    Data::String(s) => Some(V::T(s.clone())),
                    Data::Float(f) => Some(V::N(*f)),
                    Data::Int(i) => Some(V::N(*i as f64)),
                    _ => None,
                };
                if let Some(v) = v {
                    set(&mut rows, r0 + r, c0 + c, v);
                }
            }
        }
        out.push((name, rows));
    }
    out
}

fn set(rows: &mut Vec<Vec<Option<V>>>, r: usize, c: usize, v: V) {
    if rows.len() <= r {
        rows.resize(r + 1, Vec::new());
    }
    if rows[r].len() <= c {
        rows[r].resize(c + 1, None);
    }
    rows[r][c] = Some(v);
}

fn write_grid(grid: &Grid, path: &Path) {
    write_grid_merged(grid, path, &[]);
}

/// Writes `grid`, merging the given (sheet, first row, first column, last row, last
/// column) regions.
fn write_grid_merged(grid: &Grid, path: &Path, merges: &[(&str, u32, u16, u32, u16)]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    for (name, rows) in grid {
        let ws = book.add_worksheet();
        ws.set_name(name).unwrap();
        for &(s, r0, c0, r1, c1) in merges {
            if s == name {
                let text = text_at(rows, r0 as usize, c0 as usize);
                ws.merge_range(r0, c0, r1, c1, &text, &rust_xlsxwriter::Format::new())
                    .unwrap();
            }
        }
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                match v {
                    Some(V::T(s)) => {
                        ws.write_string(r as u32, c as u16, s).unwrap();
                    }
                    Some(V::N(n)) => {
                        ws.write_number(r as u32, c as u16, *n).unwrap();
                    }
                    Some(V::F(f)) => {
                        ws.write_formula(r as u32, c as u16, f.as_str()).unwrap();
                    }
                    None => {}
                }
            }
        }
    }
    book.save(path).unwrap();
}

fn sheet<'a>(grid: &'a mut Grid, name: &str) -> &'a mut Vec<Vec<Option<V>>> {
    &mut grid
        .iter_mut()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("sheet {name}"))
        .1
}

fn text_at(rows: &[Vec<Option<V>>], r: usize, c: usize) -> String {
    match rows.get(r).and_then(|row| row.get(c)).cloned().flatten() {
        Some(V::T(s)) => s,
        Some(V::N(n)) => n.to_string(),
        Some(V::F(f)) => f,
        None => String::new(),
    }
}

/// Replaces a list's body: the title and header rows are kept, `rows` follow, then the
/// summary lines (label in column B, value in column C).
fn fill_list(grid: &mut Grid, name: &str, rows: Vec<Vec<V>>, summary: &[(&str, V)]) {
    let s = sheet(grid, name);
    // The header: the row holding "TT" or "STT" in column A.
    let header = (0..s.len())
        .find(|&r| matches!(text_at(s, r, 0).as_str(), "TT" | "STT"))
        .expect("header row");
    let header_end = if text_at(s, header + 1, 3).is_empty() {
        header
    } else {
        header + 1
    };
    s.truncate(header_end + 1);
    for row in rows {
        s.push(row.into_iter().map(Some).collect());
    }
    for (label, value) in summary {
        s.push(vec![None, Some(t(label)), Some(value.clone())]);
    }
}

/// Writes `value` in the column of `header` on the row whose column A is `key`.
fn fill_fact(grid: &mut Grid, sheet_name: &str, key: &str, header: &str, value: V) {
    let s = sheet(grid, sheet_name);
    let hrow = (0..s.len())
        .find(|&r| (0..10).any(|c| text_at(s, r, c) == header))
        .unwrap_or_else(|| panic!("header {header}"));
    let col = (0..20).find(|&c| text_at(s, hrow, c) == header).unwrap();
    let row = (hrow + 1..s.len())
        .find(|&r| text_at(s, r, 0) == key)
        .unwrap_or_else(|| panic!("{sheet_name}: no row {key}"));
    set(s, row, col, value);
}

fn sample() -> Value {
    let text = std::fs::read_to_string(repo().join(SAMPLES).join("cam-binh.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn template(dir: &Path, extra: &[&str]) -> PathBuf {
    let out = dir.join("template.xlsx");
    let sample = repo().join(SAMPLES).join("cam-binh.json");
    let mut args = vec![
        "template",
        "--policy-set",
        SET,
        "--year",
        "2024",
        "--locality-from",
        sample.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let run = dtcheck(&args);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    out
}

const FACTS: &str = "Số liệu";
const OWN: &str = "Kết quả tự đánh giá của UBND cấp xã";

/// The template filled with Cẩm Bình's sample figures: the lists given row by row
/// (people, enterprises, wifi points) where the sample's counts can be, the other
/// figures on the facts sheet, the documents and DTI points as the sample has them.
/// `adults`: (rows, with a smartphone, of whom with a security app, with a digital
/// signature, using online public services).
fn filled(dir: &Path, adults: (usize, usize, usize, usize, usize)) -> (PathBuf, Value) {
    let tpl = template(dir, &[]);
    let mut grid = read_grid(&tpl);
    let sample = sample();
    let facts = sample["facts"].as_object().unwrap().clone();
    let derived = [
        "officials.total",
        "officials.with_computer",
        "officials.with_official_email",
        "smes.total",
        "smes.digital_platforms",
        "smartphone_subscribers.total",
        "smartphone_subscribers.security_app",
        "adults_18plus.total",
        "adults_18plus.smartphone",
        "adults_18plus.digital_signature",
        "adults_18plus.online_public_services",
        "public_wifi.points",
    ];
    let keys: Vec<String> = {
        let s = sheet(&mut grid, FACTS);
        (3..s.len())
            .map(|r| text_at(s, r, 0))
            .filter(|k| !k.is_empty())
            .collect()
    };
    for key in &keys {
        if derived.contains(&key.as_str()) {
            continue;
        }
        match facts.get(key) {
            Some(Value::Bool(b)) => fill_fact(
                &mut grid,
                FACTS,
                key,
                OWN,
                t(if *b { "Có" } else { "Không" }),
            ),
            Some(Value::Number(n)) => {
                fill_fact(&mut grid, FACTS, key, OWN, V::N(n.as_f64().unwrap()))
            }
            _ => {}
        }
    }
    // Evidence, as supplied in the sample.
    for (id, doc) in sample["evidence"].as_object().unwrap() {
        for (header, field) in [
            ("Tên văn bản", "title"),
            ("Số, ký hiệu", "reference"),
            ("Ngày ban hành", "issued"),
            ("Đường dẫn", "url"),
        ] {
            if let Some(v) = doc[field].as_str() {
                fill_fact(&mut grid, "Hồ sơ chứng minh", id, header, t(v));
            }
        }
    }
    // The list itself as evidence (the sample lacks it).
    let list_33 = "Danh sách dân số trưởng thành xã Cẩm Bình (Mẫu 3.3)";
    fill_fact(
        &mut grid,
        "Hồ sơ chứng minh",
        "form_3_3",
        "Tên văn bản",
        t(list_33),
    );
    // DTI points.
    {
        let s = sheet(&mut grid, "Địa phương");
        for (label, v) in [
            ("Điểm tối đa của Bộ chỉ số DTI", 100.0),
            ("Điểm DTI tự đánh giá", 66.0),
        ] {
            let r = (0..s.len()).find(|&r| text_at(s, r, 0) == label).unwrap();
            set(s, r, 1, V::N(v));
        }
    }
    // Mẫu 1.4: 22 officials, each with a computer and a mailbox.
    let officials = (1..=22)
        .map(|i| {
            vec![
                V::N(i as f64),
                t(&format!("Cán bộ {i}")),
                t(if i == 1 {
                    "Chủ tịch"
                } else {
                    "Công chức"
                }),
                t("Có"),
                t(&format!("cb{i}@thanhhoa.gov.vn")),
            ]
        })
        .collect();
    fill_list(
        &mut grid,
        "Mẫu 1.4",
        officials,
        &[("Tổng số CBCC của cơ quan:", t("22 người"))],
    );
    // Mẫu 2.6: 10 SMEs, 7 on a digital platform.
    let smes = (1..=10)
        .map(|i| {
            vec![
                V::N(i as f64),
                t(&format!("Công ty {i}")),
                t(&format!("0237{i:06}")),
                t(if i <= 7 { "x" } else { "" }),
            ]
        })
        .collect();
    fill_list(
        &mut grid,
        "Mẫu 2.6",
        smes,
        &[("Tỷ lệ DNVVN sử dụng nền tảng số:", t("70%"))],
    );
    // Mẫu 2.5 left empty: the sample gives only the number of enterprises.
    fill_fact(&mut grid, FACTS, "enterprises.total", OWN, V::N(11.0));
    // Mẫu 3.3: one row per adult.
    let (n, phone, app, sign, online) = adults;
    let people = (0..n)
        .map(|i| {
            let yes = |k: usize| t(if i < k { "Có" } else { "Không" });
            vec![
                V::N((i + 1) as f64),
                t(&format!("Người {i}")),
                t(&format!("09{i:08}")),
                yes(phone),
                yes(app),
                yes(sign),
                yes(online),
            ]
        })
        .collect();
    fill_list(
        &mut grid,
        "Mẫu 3.3",
        people,
        &[("Tổng dân số trưởng thành:", V::N(n as f64))],
    );
    // Other figures over the same adults stay within them.
    let telehealth = facts["adults_18plus.telehealth"]
        .as_u64()
        .unwrap()
        .min(n as u64 / 4);
    fill_fact(
        &mut grid,
        FACTS,
        "adults_18plus.telehealth",
        OWN,
        V::N(telehealth as f64),
    );
    // Mẫu 4.5: 3 public wifi points.
    let wifi = [
        "Khu vực UBND xã",
        "Hội trường UBND xã",
        "Nhà văn hóa thôn 1",
    ]
    .iter()
    .enumerate()
    .map(|(i, p)| vec![V::N((i + 1) as f64), t(p), t(&format!("Thôn {}", i + 1))])
    .collect();
    fill_list(
        &mut grid,
        "Mẫu 4.5",
        wifi,
        &[("Tổng số điểm công cộng có wifi:", V::N(3.0))],
    );
    let path = dir.join("filled.xlsx");
    write_grid(&grid, &path);
    // The equivalent JSON: the sample's figures that the set reads in 2024 (those the
    // template asks for), with the counts of these rows.
    let mut expected = sample.clone();
    expected["evidence"]["form_3_3"] = json!({"title": list_33});
    let f = expected["facts"].as_object_mut().unwrap();
    f.retain(|k, _| keys.contains(k));
    for (k, v) in [
        ("smartphone_subscribers.total", phone),
        ("smartphone_subscribers.security_app", app.min(phone)),
        ("adults_18plus.total", n),
        ("adults_18plus.smartphone", phone),
        ("adults_18plus.digital_signature", sign),
        ("adults_18plus.online_public_services", online),
        ("adults_18plus.telehealth", telehealth as usize),
    ] {
        f.insert(k.into(), json!(v));
    }
    (path, expected)
}

/// The criteria of an `evaluate --format json` run, without what differs by file.
fn outcomes(args: &[&str]) -> Vec<Value> {
    let mut all = vec!["evaluate", "--policy-set", SET, "--format", "json"];
    all.extend_from_slice(args);
    let out = dtcheck(&all);
    let v: Value =
        serde_json::from_str(&stdout(&out)).unwrap_or_else(|_| panic!("{}", stderr(&out)));
    v["localities"][0]["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            json!([
                c["id"],
                c["outcome"],
                c["measured"],
                c["target"],
                c["reason"]
            ])
        })
        .collect()
}

#[test]
fn a_filled_template_evaluates_as_the_equivalent_json() {
    let dir = tempfile::tempdir().unwrap();
    let (book, expected) = filled(dir.path(), (6270, 4890, 3420, 2650, 2050));
    // Imported: the sample's figures exactly, each counted one with where it comes from.
    let out = dir.path().join("imported.json");
    let run = dtcheck(&[
        "import",
        book.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let imported: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(imported["facts"], expected["facts"]);
    assert_eq!(imported["evidence"], expected["evidence"]);
    assert_eq!(imported["locality"], expected["locality"]);
    assert_eq!(
        imported["derived"]["adults_18plus.smartphone"]["rows"],
        6270
    );
    assert_eq!(
        imported["derived"]["adults_18plus.smartphone"]["counted"],
        4890
    );
    assert_eq!(
        imported["derived"]["adults_18plus.smartphone"]["form"],
        "Mẫu 3.3"
    );
    // No name, phone number or mailbox of the lists anywhere in what was written.
    let written = std::fs::read_to_string(&out).unwrap() + &stderr(&run) + &stdout(&run);
    for private in [
        "Người 1",
        "0900000001",
        "Cán bộ 3",
        "cb3@",
        "Công ty 2",
        "0237000002",
    ] {
        assert!(!written.contains(private), "{private} leaked");
    }
    let validate = dtcheck(&["validate", out.to_str().unwrap()]);
    assert_eq!(validate.status.code(), Some(0), "{}", stderr(&validate));
    // Evaluated from the workbook directly, as from the equivalent JSON.
    let json_file = dir.path().join("expected.json");
    std::fs::write(&json_file, serde_json::to_string(&expected).unwrap()).unwrap();
    assert_eq!(
        outcomes(&[book.to_str().unwrap()]),
        outcomes(&[json_file.to_str().unwrap()])
    );
    // The text report says where a counted figure comes from.
    let text = stdout(&dtcheck(&[
        "evaluate",
        "--policy-set",
        SET,
        book.to_str().unwrap(),
    ]));
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains("`adults_18plus.smartphone` = 4.890 (Mẫu 3.3: 6.270 dòng, 4.890 có điện thoại thông minh)"),
        "{text}"
    );
    assert!(
        text.contains("`officials.total` = 22 (Mẫu 1.4: 22 dòng)"),
        "{text}"
    );
}

#[test]
fn rows_on_each_side_of_a_target_decide_it() {
    // 3.4 (2024): at least 70 % of adults with a smartphone. 70 of 100 passes, 69 fails.
    for (phone, expected) in [(70, "pass"), (69, "fail")] {
        let dir = tempfile::tempdir().unwrap();
        let (book, _) = filled(dir.path(), (100, phone, 50, 60, 60));
        let c = outcomes(&[book.to_str().unwrap()])
            .into_iter()
            .find(|c| c[0] == "3.4")
            .unwrap();
        assert_eq!(c[1], expected, "{phone} of 100: {c}");
    }
}

/// Each broken workbook: exit 2, the problem at its sheet and cell, no panic.
#[test]
fn broken_workbooks_name_the_sheet_and_cell() {
    let dir = tempfile::tempdir().unwrap();
    let (book, _) = filled(dir.path(), (10, 8, 5, 5, 5));
    let base = read_grid(&book);
    let merged_case = |name: &str,
                       edit: &dyn Fn(&mut Grid),
                       merges: &[(&str, u32, u16, u32, u16)],
                       expect: &[&str]| {
        let mut grid = base.clone();
        edit(&mut grid);
        let path = dir.path().join(format!("{name}.xlsx"));
        write_grid_merged(&grid, &path, merges);
        let out = dir.path().join(format!("{name}.json"));
        let run = dtcheck(&[
            "import",
            path.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ]);
        let err = stderr(&run);
        assert_eq!(run.status.code(), Some(2), "{name}: {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
        assert!(!out.exists(), "{name}: nothing is written");
        for e in expect {
            assert!(err.contains(e), "{name}: expected {e:?} in\n{err}");
        }
    };
    let case = |name: &str, edit: &dyn Fn(&mut Grid), expect: &[&str]| {
        merged_case(name, edit, &[], expect)
    };
    case(
        "formula",
        &|g| {
            set(
                sheet(g, "Mẫu 3.3"),
                3,
                3,
                V::F("=IF(1=1,\"Có\",\"Không\")".into()),
            )
        },
        &["Mẫu 3.3!D4: holds a formula"],
    );
    merged_case(
        "merged",
        &|_| {},
        &[("Mẫu 3.3", 4, 1, 5, 1)],
        &["Mẫu 3.3!B5: merged cells (B5:B6) in the list"],
    );
    case(
        "yes_no",
        &|g| set(sheet(g, "Mẫu 3.3"), 5, 3, t("co le")),
        &["Mẫu 3.3!D6: expected Có or Không", "\"co le\""],
    );
    case(
        "renamed_header",
        &|g| set(sheet(g, "Mẫu 3.3"), 2, 5, t("Chữ ký điện tử")),
        &["no column «Có chữ ký số»", "Mẫu 3.3!F3: unknown column"],
    );
    case(
        "missing_sheet",
        &|g| g.retain(|(n, _)| n != "Số liệu"),
        &["sheet «Số liệu» is missing"],
    );
    case(
        "text_in_a_number",
        &|g| fill_fact(g, FACTS, "work_documents.total", OWN, t("hai nghìn")),
        &[
            "Số liệu!G",
            "expected a whole number ≥ 0, found \"hai nghìn\"",
        ],
    );
    case(
        "total_disagrees",
        &|g| {
            let s = sheet(g, "Mẫu 3.3");
            let last = s.len() - 1;
            set(s, last, 2, V::N(11.0));
        },
        &["«Tổng dân số trưởng thành» says 11 but the list has 10 (rows 4–13)"],
    );
    case(
        "figure_disagrees_with_list",
        &|g| fill_fact(g, FACTS, "public_wifi.points", OWN, V::N(4.0)),
        &["`public_wifi.points` is 4 here but Mẫu 4.5 gives 3"],
    );
    case(
        "duplicate_person",
        &|g| {
            let s = sheet(g, "Mẫu 3.3");
            let first = s[3].clone();
            s[4][1] = first[1].clone();
            s[4][2] = first[2].clone();
        },
        &["Mẫu 3.3!B5: row 5 repeats row 4 (same «Họ và tên», «Số điện thoại liên hệ»)"],
    );
    // Not a workbook at all, and an old or encrypted one (an OLE container).
    for (name, bytes) in [
        ("text.xlsx", b"TT,Ho ten\n".to_vec()),
        (
            "ole.xlsx",
            vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0],
        ),
        ("cut.xlsx", std::fs::read(&book).unwrap()[..400].to_vec()),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let run = dtcheck(&[
            "import",
            path.to_str().unwrap(),
            "--out",
            "/dev/null/x.json",
        ]);
        assert_eq!(run.status.code(), Some(2), "{name}: {}", stderr(&run));
        assert!(stderr(&run).contains(name), "{name}: {}", stderr(&run));
        assert!(
            !stderr(&run).contains("panicked"),
            "{name}: {}",
            stderr(&run)
        );
    }
}

#[test]
fn csv_exports_import_as_the_workbook_does() {
    let dir = tempfile::tempdir().unwrap();
    let (book, expected) = filled(dir.path(), (40, 30, 20, 10, 10));
    let grid = read_grid(&book);
    // Excel's "CSV UTF-8" (a BOM, commas) and LibreOffice with a comma-decimal locale
    // (no BOM, semicolons), one file per sheet.
    for (sub, bom, sep) in [("excel", true, ','), ("libreoffice", false, ';')] {
        let csv_dir = dir.path().join(sub);
        std::fs::create_dir(&csv_dir).unwrap();
        for (name, rows) in &grid {
            let mut text = if bom {
                "\u{feff}".to_string()
            } else {
                String::new()
            };
            for row in rows {
                let fields: Vec<String> = row
                    .iter()
                    .map(|v| match v {
                        Some(V::T(s)) if s.contains([sep, '"', '\n']) => {
                            format!("\"{}\"", s.replace('"', "\"\""))
                        }
                        Some(V::T(s)) => s.clone(),
                        Some(V::N(n)) => n.to_string(),
                        Some(V::F(f)) => f.clone(),
                        None => String::new(),
                    })
                    .collect();
                text.push_str(&fields.join(&sep.to_string()));
                text.push_str("\r\n");
            }
            std::fs::write(csv_dir.join(format!("{name}.csv")), text).unwrap();
        }
        let out = dir.path().join(format!("{sub}.json"));
        let run = dtcheck(&[
            "import",
            csv_dir.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(run.status.code(), Some(0), "{sub}: {}", stderr(&run));
        let imported: Value =
            serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
        assert_eq!(imported["facts"], expected["facts"], "{sub}");
        assert_eq!(
            imported["derived"]["adults_18plus.total"]["sheet"],
            "Mẫu 3.3.csv"
        );
    }
}

/// Writes a filled workbook with 10,000 adults in Mẫu 3.3 to `$DTCHECK_BIG_WORKBOOK`,
/// for timing `dtcheck import` (README, "Performance"): `cargo test -p dtcheck --test
/// dtcheck-tests -- --ignored write_a_big_workbook`.
#[test]
#[ignore]
fn write_a_big_workbook() {
    let Some(out) = std::env::var_os("DTCHECK_BIG_WORKBOOK") else {
        return;
    };
    let n: usize = std::env::var("DTCHECK_WORKBOOK_ADULTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let dir = tempfile::tempdir().unwrap();
    let (book, _) = filled(dir.path(), (n, n * 78 / 100, n / 2, n * 42 / 100, n / 3));
    std::fs::copy(book, out).unwrap();
}

/// A workbook LibreOffice Calc saved (the template filled by this suite's `filled`
/// with 12 adults, then `soffice --headless --convert-to xlsx`), and its sheets as
/// LibreOffice exports them to CSV (`--convert-to 'csv:Text - txt - csv
/// (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1'`: semicolons, one
/// "<workbook>-<sheet>.csv" per sheet).
#[test]
fn a_workbook_saved_by_libreoffice_and_its_csv_export_import_alike() {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = repo().join("tests/fixtures/workbooks");
    let mut facts = Vec::new();
    for input in ["libreoffice.xlsx", "libreoffice-csv"] {
        let out = dir.path().join(format!("{input}.json"));
        let path = fixtures.join(input);
        let run = dtcheck(&[
            "import",
            path.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(run.status.code(), Some(0), "{input}: {}", stderr(&run));
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
        for (k, n) in [
            ("adults_18plus.total", 12),
            ("adults_18plus.smartphone", 9),
            ("smartphone_subscribers.security_app", 6),
            ("adults_18plus.digital_signature", 5),
            ("adults_18plus.online_public_services", 4),
            ("officials.total", 22),
            ("smes.digital_platforms", 7),
            ("public_wifi.points", 3),
            ("work_documents.total", 1712),
        ] {
            assert_eq!(v["facts"][k], n, "{input}: {k}");
        }
        assert_eq!(
            v["dti"],
            json!({"max": 100, "self_assessed": 66}),
            "{input}"
        );
        facts.push(v["facts"].clone());
    }
    assert_eq!(facts[0], facts[1]);
}

/// Every set's template asks for the figures its criteria read: a set keyed by levels
/// is not filtered by the year (2361 has no `*` years).
#[test]
fn every_sets_template_asks_for_its_figures() {
    let dir = tempfile::tempdir().unwrap();
    for (set, level, year) in [
        ("thanh-hoa-1829-2023", "commune", "2024"),
        ("national-2361-v1", "commune", "2024"),
        ("national-2361-v1", "district", "2024"),
        ("thanh-hoa-interim-district-2024", "district", "2024"),
    ] {
        let out = dir.path().join(format!("{set}-{level}.xlsx"));
        let run = dtcheck(&[
            "template",
            "--policy-set",
            set,
            "--level",
            level,
            "--year",
            year,
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(run.status.code(), Some(0), "{set}: {}", stderr(&run));
        let said = stdout(&run);
        let figures: usize = said
            .split(": ")
            .nth(1)
            .and_then(|s| s.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        assert!(figures >= 20, "{set} {level}: {said}");
        let grid = read_grid(&out);
        assert!(grid.iter().any(|(n, _)| n == "Số liệu"), "{set}");
    }
    // The same template twice: the same bytes (no clock).
    let again = dir.path().join("again.xlsx");
    let run = dtcheck(&[
        "template",
        "--policy-set",
        SET,
        "--year",
        "2024",
        "--out",
        again.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert_eq!(
        std::fs::read(&again).unwrap(),
        std::fs::read(dir.path().join("thanh-hoa-1829-2023-commune.xlsx")).unwrap()
    );
    // An existing workbook is not overwritten without --force.
    let out = dir.path().join("thanh-hoa-1829-2023-commune.xlsx");
    let run = dtcheck(&[
        "template",
        "--policy-set",
        SET,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2));
    assert!(stderr(&run).contains("--force"), "{}", stderr(&run));
}
