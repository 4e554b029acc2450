//! The `dtcheck` executable on the bundled samples, as a user runs it.

use crate::util::{SAMPLES, SET, dtcheck, redact_hashes, stderr, stdout};
use std::collections::BTreeMap;

fn outcomes(json: &str) -> BTreeMap<(String, String), String> {
    let v: serde_json::Value = serde_json::from_str(json).expect("json output");
    let mut map = BTreeMap::new();
    for l in v["localities"].as_array().expect("localities") {
        let code = l["locality"]["code"].as_str().expect("code").to_string();
        for c in l["criteria"].as_array().expect("criteria") {
            map.insert(
                (code.clone(), c["id"].as_str().expect("id").to_string()),
                c["outcome"].as_str().expect("outcome").to_string(),
            );
        }
    }
    map
}

#[test]
fn list_shows_every_set() {
    let out = dtcheck(&["list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    insta::assert_snapshot!("list_sets", stdout(&out));
}

#[test]
fn list_json_gives_37_criteria_with_targets_as_written() {
    let out = dtcheck(&["list", "--policy-set", SET, "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    let criteria = v["criteria"].as_array().expect("criteria");
    assert_eq!(criteria.len(), 37);
    let c1_6 = criteria.iter().find(|c| c["id"] == "1.6").expect("1.6");
    assert_eq!(
        c1_6["targets"],
        serde_json::json!({"2022": 65, "2023": 70, "2024": 75, "2025": 80})
    );
    let c2_5 = criteria.iter().find(|c| c["id"] == "2.5").expect("2.5");
    assert_eq!(
        c2_5["targets"]["2022"],
        serde_json::Value::Null,
        "`*` is null"
    );
    let c1_8 = criteria.iter().find(|c| c["id"] == "1.8").expect("1.8");
    assert_eq!(
        c1_8["targets"]["2024"], "Sử dụng hiệu quả",
        "text targets are strings"
    );
    insta::assert_snapshot!("list_1829_json", redact_hashes(&stdout(&out)));
}

#[test]
fn list_text_reads_like_the_table() {
    let out = dtcheck(&["list", "--policy-set", SET]);
    assert!(out.status.success(), "{}", stderr(&out));
    insta::assert_snapshot!("list_1829_text", stdout(&out));
}

#[test]
fn evaluate_samples_text() {
    let out = dtcheck(&["evaluate", "--policy-set", SET, SAMPLES]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    insta::assert_snapshot!("evaluate_samples_text", stdout(&out));
}

#[test]
fn evaluate_samples_json() {
    let out = dtcheck(&["evaluate", "--policy-set", SET, "--format", "json", SAMPLES]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    let recognised: Vec<_> = v["localities"]
        .as_array()
        .expect("localities")
        .iter()
        .map(|l| {
            (
                l["locality"]["name"].as_str().expect("name").to_string(),
                l["recognized"].as_bool().expect("bool"),
            )
        })
        .collect();
    assert_eq!(
        recognised,
        vec![
            ("Cẩm Bình".to_string(), false),
            ("Cẩm Phong".to_string(), true),
            ("Cẩm Tân".to_string(), true),
            ("Cẩm Vân".to_string(), false)
        ]
    );
    insta::assert_snapshot!("evaluate_samples_json", redact_hashes(&stdout(&out)));
}

#[test]
fn output_is_byte_identical_across_runs() {
    let args = ["evaluate", "--policy-set", SET, "--format", "json", SAMPLES];
    let a = dtcheck(&args);
    let b = dtcheck(&[&args[..], &["--no-cache"]].concat());
    assert_eq!(
        a.stdout, b.stdout,
        "same rules and data, same bytes (cached or not)"
    );
}

#[test]
fn years_2023_and_2024_differ_exactly_where_the_targets_differ() {
    let run = |year: &str| {
        let out = dtcheck(&[
            "evaluate",
            "--policy-set",
            SET,
            "--year",
            year,
            "--format",
            "json",
            SAMPLES,
        ]);
        outcomes(&stdout(&out))
    };
    let (y2023, y2024) = (run("2023"), run("2024"));
    let changed: Vec<_> = y2024
        .iter()
        .filter(|(k, v)| y2023.get(*k) != Some(*v))
        .map(|((code, id), v)| {
            format!("{code} {id}: {} -> {v}", y2023[&(code.clone(), id.clone())])
        })
        .collect();
    // Cẩm Vân (99402) sits between the 2023 and 2024 targets of 1.6 and 3.3; no other
    // outcome may move.
    assert_eq!(
        changed,
        vec!["99402 1.6: pass -> fail", "99402 3.3: pass -> fail"]
    );
}

#[test]
fn not_recognised_gates_only_with_the_flag() {
    let out = dtcheck(&[
        "evaluate",
        "--policy-set",
        SET,
        "--fail-on-unrecognized",
        SAMPLES,
    ]);
    assert_eq!(out.status.code(), Some(1));
    let out = dtcheck(&[
        "evaluate",
        "--policy-set",
        SET,
        "--fail-on-unrecognized",
        &format!("{SAMPLES}/cam-tan.json"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn usage_and_input_errors_exit_2_with_a_clear_message() {
    let out = dtcheck(&["evaluate", "--policy-set", "no-such-set", SAMPLES]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no policy set `no-such-set`"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains(
            "known sets: national-2361-v1, thanh-hoa-1829-2023, thanh-hoa-interim-district-2024"
        ),
        "{}",
        stderr(&out)
    );

    let out = dtcheck(&["evaluate", "--policy-set", SET, "--year", "2026", SAMPLES]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("year 2026 is outside the years"),
        "{}",
        stderr(&out)
    );

    let out = dtcheck(&["evaluate", "--policy-set", SET]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "missing DATASET is a usage error"
    );

    let out = dtcheck(&["evaluate", "--policy-set", SET, "datasets/nope.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("`datasets/nope.json` does not exist"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn validate_accepts_the_samples_and_checks_the_year_against_a_set() {
    let out = dtcheck(&["validate", SAMPLES]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    insta::assert_snapshot!("validate_samples", stdout(&out));
    let out = dtcheck(&["validate", "--policy-set", SET, "--year", "2021", SAMPLES]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--year 2021: year 2021 is outside the years `thanh-hoa-1829-2023` has targets for (2022–2025)"), "{}", stderr(&out));
}

#[test]
fn help_documents_the_exit_codes() {
    let out = dtcheck(&["evaluate", "--help"]);
    let help = stdout(&out);
    for line in [
        "0  done",
        "1  evaluated, but a locality is not recognised",
        "2  usage or input error",
        "3  evaluated, but some criterion ended in `error`",
    ] {
        assert!(help.contains(line), "missing `{line}` in:\n{help}");
    }
}

#[test]
fn the_text_report_reads_at_a_glance_in_either_language_coloured_on_request() {
    let file = format!("{SAMPLES}/cam-van.json");
    let run = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["evaluate", "--policy-set", SET, &file]);
        stdout(&dtcheck(&all))
    };
    // Vietnamese by default: the form's columns (Mẫu 01, Phụ lục 01), name and unit.
    let vi = run(&[]);
    let header = vi
        .lines()
        .find(|l| l.trim_start().starts_with("TT "))
        .unwrap_or_default();
    for column in [
        "TT",
        "Tên chỉ tiêu",
        "Đơn vị tính",
        "Chỉ tiêu",
        "Kết quả",
        "Đánh giá",
    ] {
        assert!(header.contains(column), "{column} in {header}");
    }
    assert!(vi.contains("Tỷ lệ hồ sơ TTHC tiếp nhận, giải"), "{vi}");
    assert!(vi.contains("Không đạt: tỷ lệ 72% = 1332/1850"), "{vi}");
    // Wrapped to a fixed width when not on a terminal, and plain.
    assert!(
        vi.lines()
            .all(|l| l.chars().count() <= 100 || !l.contains(' '))
    );
    assert!(!vi.contains('\u{1b}'));
    // English on request.
    let en = run(&["--lang", "en"]);
    assert!(en.contains("Criterion"), "{en}");
    assert!(en.contains("not met: 72 % = 1332 / 1850"), "{en}");
    // Colours on request, none when refused, whatever NO_COLOR says for `always`.
    assert!(run(&["--color", "always"]).contains("\u{1b}[31mKhông đạt\u{1b}[0m"));
    assert!(!run(&["--color", "never"]).contains('\u{1b}'));
}

/// What a new user tripped over (issue 19), each said right now.
#[test]
fn what_a_new_user_tripped_over_reads_right() {
    // A chosen year outside the set's: refused once, before any dataset, naming --year;
    // nothing on stdout.
    let out = dtcheck(&["evaluate", "--policy-set", SET, "--year", "2030", SAMPLES]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("--year 2030: year 2030 is outside the years `thanh-hoa-1829-2023` has targets for (2022–2025)"),
        "{err}"
    );
    assert!(!err.contains("use --year"), "{err}");
    assert_eq!(stdout(&out), "");
    // The sets' directory is quoted once.
    let out = dtcheck(&["evaluate", "--policy-set", "nope", SAMPLES]);
    assert!(
        stderr(&out).contains("in `policies/sets`"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("``"), "{}", stderr(&out));
    // One locality is one.
    let one = format!("{SAMPLES}/cam-tan.json");
    let out = dtcheck(&["--lang", "en", "evaluate", "--policy-set", SET, &one]);
    assert!(
        stdout(&out).contains("1 locality evaluated"),
        "{}",
        stdout(&out)
    );
    let diff = [
        "--lang",
        "en",
        "diff",
        "--policy-set",
        SET,
        "--from-year",
        "2023",
        "--to-year",
        "2024",
        &one,
    ];
    let out = dtcheck(&diff);
    assert!(stdout(&out).starts_with("dtcheck diff"), "{}", stdout(&out));
    assert!(stdout(&out).contains("\n1 locality · "), "{}", stdout(&out));
    let out = dtcheck(&[&diff[..], &["--format", "markdown"]].concat());
    assert!(stdout(&out).contains("**1 locality · "), "{}", stdout(&out));
    // The HTML catalogue: Vietnamese labels on its Vietnamese page, the source's groups,
    // code spans rather than Markdown backticks.
    let out = dtcheck(&["docs", "--policy-set", SET, "--format", "html"]);
    let html = stdout(&out);
    for expected in [
        "<html lang=\"vi\">",
        "<h2>1 Chính quyền số (xã)</h2>",
        "<h2>4 Hạ tầng số (xã)</h2>",
        "<th>Tên chỉ tiêu</th>",
        "Hồ sơ chứng minh <code>",
        "Cơ quan chủ trì: ",
    ] {
        assert!(html.contains(expected), "missing {expected:?}");
    }
    assert!(
        !html.contains('`'),
        "a Markdown backtick in the HTML catalogue"
    );
    for english in ["Evidence", "Agency", "Legal basis", "Note:"] {
        assert!(
            !html.contains(english),
            "English label {english:?} on a Vietnamese page"
        );
    }
    // Every option says what it is.
    let docs = stdout(&dtcheck(&["docs", "--help"]));
    assert!(docs.contains("The set to describe"), "{docs}");
    let generate = stdout(&dtcheck(&["generate", "--help"]));
    for help in [
        "How many communes",
        "How many districts",
        "The year the generated",
    ] {
        assert!(generate.contains(help), "{generate}");
    }
}

/// The Markdown diff says what the text diff says: the same counts, the outcome
/// changes first (a table per locality), the changes of target or value alone in one
/// line, in Vietnamese by default.
#[test]
fn the_markdown_diff_says_what_the_text_diff_says() {
    let args = [
        "diff",
        "--policy-set",
        SET,
        "--from-year",
        "2023",
        "--to-year",
        "2024",
        SAMPLES,
    ];
    let text = stdout(&dtcheck(&[&args[..], &["--color", "never"]].concat()));
    let markdown = stdout(&dtcheck(&[&args[..], &["--format", "markdown"]].concat()));
    let headline = text.lines().nth(1).expect("the text diff's counts");
    assert!(
        markdown.contains(&format!("**{headline}**")),
        "{headline}\n{markdown}"
    );
    let van = markdown.find("**Cẩm Vân (99402)**").expect("Cẩm Vân");
    let table = van
        + markdown[van..]
            .find("| 1.6 | Đạt→Không đạt |")
            .expect("its outcome change");
    let values = van
        + markdown[van..]
            .find("Đánh giá không đổi; chỉ tiêu hoặc kết quả thay đổi: 2.4")
            .expect("its changes of target alone, in one line");
    assert!(table < values, "{markdown}");
    assert!(
        !markdown.contains("| 2.4 |"),
        "a change of target alone is not a row: {markdown}"
    );
}
