//! Bad datasets: every problem named with its file and JSON pointer, nothing panics.

use crate::util::{SAMPLES, dtcheck, repo, stderr};
use dtcheck::dataset::{DataDictionary, load};

fn with_edit(edit: impl FnOnce(&mut serde_json::Value)) -> (tempfile::TempDir, std::path::PathBuf) {
    let text = std::fs::read_to_string(repo().join(SAMPLES).join("cam-tan.json")).expect("sample");
    let mut v: serde_json::Value = serde_json::from_str(&text).expect("json");
    edit(&mut v);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("edited.json");
    std::fs::write(&path, serde_json::to_string_pretty(&v).expect("json")).expect("write");
    (dir, path)
}

fn problems(path: &std::path::Path) -> Vec<(String, String)> {
    let dict = DataDictionary::shipped().expect("dictionary");
    match load(path, dict) {
        Ok(_) => vec![],
        Err(e) => e
            .problems
            .into_iter()
            .map(|p| (p.pointer, p.message))
            .collect(),
    }
}

#[test]
fn a_count_above_its_total_is_located() {
    let (_d, path) = with_edit(|v| v["facts"]["officials.with_computer"] = 25.into());
    let p = problems(&path);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].0, "/facts/officials.with_computer");
    assert!(
        p[0].1.contains("exceeds its total `officials.total` = 21"),
        "{}",
        p[0].1
    );
}

#[test]
fn schema_errors_name_every_pointer_and_suggest_fact_names() {
    let (_d, path) = with_edit(|v| {
        v["facts"]["officials.total"] = (-3).into();
        v["facts"]["officals.total"] = 3.into();
        v["year"] = "2024".into();
    });
    let p = problems(&path);
    let pointers: Vec<_> = p.iter().map(|(ptr, _)| ptr.as_str()).collect();
    assert!(pointers.contains(&"/facts/officials.total"), "{p:?}");
    assert!(pointers.contains(&"/year"), "{p:?}");
    assert!(
        p.iter()
            .any(|(_, m)| m.contains("did you mean `officials.total`?")),
        "{p:?}"
    );
}

#[test]
fn malformed_json_reports_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("broken.json");
    std::fs::write(&path, "{\n  \"year\": 2024,\n  oops\n}").expect("write");
    let p = problems(&path);
    assert!(p[0].1.contains("line 3"), "{p:?}");
}

#[test]
fn a_file_that_is_not_utf8_reports_where() {
    let text = std::fs::read_to_string(repo().join(SAMPLES).join("cam-tan.json")).expect("sample");
    // A Latin-1 byte in the third line's string, where UTF-8 is required.
    let mut bytes = text.into_bytes();
    let third_line = bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .nth(1)
        .map(|(i, _)| i)
        .expect("three lines");
    let quote = third_line
        + bytes[third_line..]
            .iter()
            .position(|b| *b == b'"')
            .expect("a string");
    bytes.insert(quote + 1, 0xE9);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("latin1.json");
    std::fs::write(&path, &bytes).expect("write");
    let p = problems(&path);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].1.contains("not UTF-8 text (line 3, column"), "{p:?}");
}

#[test]
fn validate_and_evaluate_report_bad_files_and_keep_going() {
    let (_d, bad) = with_edit(|v| v["facts"]["households.cashless_electricity"] = 99999.into());
    let bad = bad.to_string_lossy().to_string();
    let good = format!("{SAMPLES}/cam-tan.json");
    let out = dtcheck(&["validate", &good, &bad]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("at /facts/households.cashless_electricity"),
        "{err}"
    );
    assert!(err.contains("1 of 2 datasets invalid"), "{err}");
    // `evaluate` still evaluates the valid dataset, and exits 2 for the invalid one.
    let out = dtcheck(&[
        "evaluate",
        "--policy-set",
        "thanh-hoa-1829-2023",
        "--format",
        "json",
        &good,
        &bad,
    ]);
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["localities"].as_array().map(Vec::len), Some(1));
}
