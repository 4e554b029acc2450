//! Each output format, one snapshot per report it renders (the evaluation's text and
//! JSON, and the diffs, are in `cli`, `districts` and `revisions`), and diagnostics for
//! tools (`--error-format json`).

use crate::util::{SAMPLES, SET, dtcheck, dtcheck_with_env, redact_hashes, stdout};
use dtcheck::authoring::gate::{Check, GateReport, OutcomeCase};

#[test]
fn evaluate_ndjson_is_a_header_then_one_line_per_locality() {
    let out = dtcheck(&[
        "evaluate",
        "--policy-set",
        SET,
        "--format",
        "ndjson",
        SAMPLES,
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    for line in text.lines() {
        serde_json::from_str::<serde_json::Value>(line).expect("each line is JSON");
    }
    insta::assert_snapshot!("evaluate_samples_ndjson", redact_hashes(&text));
}

#[test]
fn fixture_tests_in_text_and_junit() {
    let out = dtcheck(&["test", "--policy-set", SET]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    insta::assert_snapshot!("test_1829_text", stdout(&out));
    let out = dtcheck(&["test", "--policy-set", SET, "--format", "junit"]);
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!("test_1829_junit", stdout(&out));
}

#[test]
fn the_catalogue_in_markdown_and_html() {
    for (format, name) in [
        ("markdown", "docs_1829_markdown"),
        ("html", "docs_1829_html"),
    ] {
        let out = dtcheck(&["docs", "--policy-set", SET, "--format", format]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        insta::assert_snapshot!(name, stdout(&out));
    }
}

/// A gate report with a passing check and a failing one whose findings quote a module
/// (markup, a table separator, control characters).
fn gate_report() -> GateReport {
    GateReport {
        base: "main".into(),
        checks: vec![
            Check {
                name: "lint",
                failures: Vec::new(),
                info: vec!["131 modules checked".into()],
            },
            Check {
                name: "outcomes",
                failures: vec![
                    "thanh-hoa-1829-2023 datasets/a.json 1.6: approved pass → now fail".into(),
                    "reason <b>a | b</b> & \u{1b}[31mred\u{1b}[0m".into(),
                ],
                info: vec!["thanh-hoa-1829-2023: since main: 1 rule change".into()],
            },
        ],
        findings: Vec::new(),
        tests: Vec::new(),
        outcomes: vec![
            OutcomeCase {
                policy_set: "thanh-hoa-1829-2023".into(),
                dataset: "datasets/a.json".into(),
                what: "1.6".into(),
                approved: "approved pass".into(),
                now: "now fail".into(),
                changed: true,
            },
            OutcomeCase {
                policy_set: "thanh-hoa-1829-2023".into(),
                dataset: "datasets/a.json".into(),
                what: "1.7".into(),
                approved: "approved pass".into(),
                now: "now pass".into(),
                changed: false,
            },
        ],
    }
}

#[test]
fn the_gate_in_text_markdown_and_junit() {
    let report = gate_report();
    let text = dtcheck::render::text::gate(&report);
    let markdown = dtcheck::render::markdown::gate(&report);
    let junit = dtcheck::render::junit::gate(&report);
    for rendered in [&text, &markdown, &junit] {
        assert!(
            !rendered.contains('\u{1b}'),
            "raw control character in\n{rendered}"
        );
    }
    insta::assert_snapshot!("gate_text", text);
    insta::assert_snapshot!("gate_markdown", markdown);
    insta::assert_snapshot!("gate_junit", junit);
}

#[test]
fn errors_for_tools_are_json_lines_with_their_place() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    let mut doc: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(crate::util::repo().join(SAMPLES).join("cam-tan.json")).unwrap(),
    )
    .unwrap();
    doc["year"] = serde_json::json!(1999);
    std::fs::write(&bad, serde_json::to_string(&doc).unwrap()).unwrap();
    let bad = bad.to_str().unwrap();
    for out in [
        dtcheck(&[
            "--error-format",
            "json",
            "evaluate",
            "--policy-set",
            SET,
            bad,
        ]),
        dtcheck_with_env(
            &["evaluate", "--policy-set", SET, bad],
            &[("DTCHECK_ERROR_FORMAT", std::ffi::OsStr::new("json"))],
        ),
    ] {
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        let lines: Vec<serde_json::Value> = stderr
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect();
        assert!(!lines.is_empty(), "no diagnostics");
        assert!(
            lines.iter().any(|d| d["severity"] == "error"
                && d["kind"] == "dataset"
                && d["file"] == bad
                && d["pointer"] == "/year"),
            "{stderr}"
        );
    }
    // A fatal error: the unknown set is named.
    let out = dtcheck(&[
        "--error-format",
        "json",
        "evaluate",
        "--policy-set",
        "nope",
        SAMPLES,
    ]);
    assert_eq!(out.status.code(), Some(2));
    let d: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&out.stderr).lines().next().unwrap()).unwrap();
    assert_eq!(d["kind"], "policy_set");
    assert_eq!(d["policy_set"], "nope");
    // For people, as before.
    let out = dtcheck(&["evaluate", "--policy-set", "nope", SAMPLES]);
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("error: no policy set `nope`"));
}
