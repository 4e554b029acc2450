//! The reviewer's page (`dtcheck report` without `--form`, `dtcheck diff --format
//! html`): its figures against `evaluate --format json`, the same page from a saved
//! JSON or NDJSON result, each locality's packed report against the text report, and
//! the page in a real browser (headless Chromium: the DOM after the script ran, a
//! locality opened, no error, screenshots in `target/review-shots/`).

use crate::util::{SAMPLES, dtcheck, stderr, stdout};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

const OUTCOMES: [&str; 6] = [
    "pass",
    "fail",
    "not_assessed",
    "missing_data",
    "missing_evidence",
    "error",
];

/// The JSON a page carries in `<script type="application/json" id="data">`.
fn page_data(html: &str) -> Value {
    let open = "<script type=\"application/json\" id=\"data\">";
    let start = html.find(open).expect("data element") + open.len();
    let end = start + html[start..].find("</script>").expect("end of the data");
    serde_json::from_str(&html[start..end].replace("<\\/", "</")).expect("data is JSON")
}

/// The strings packed in a page's chunks, in order.
fn unpacked(chunks: &Value) -> Vec<String> {
    use base64::Engine as _;
    use std::io::Read as _;
    let mut all = Vec::new();
    for chunk in chunks.as_array().expect("chunks") {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(chunk.as_str().expect("base64"))
            .expect("base64");
        let mut json = String::new();
        flate2::read::ZlibDecoder::new(&bytes[..])
            .read_to_string(&mut json)
            .expect("zlib");
        let strings: Vec<String> = serde_json::from_str(&json).expect("a JSON array");
        all.extend(strings);
    }
    all
}

fn evaluate_json(set: &str, inputs: &[&str]) -> Value {
    let mut args = vec!["evaluate", "--policy-set", set, "--format", "json"];
    args.extend_from_slice(inputs);
    let run = dtcheck(&args);
    serde_json::from_str(&stdout(&run)).expect("evaluate JSON")
}

fn report_page(set: &str, inputs: &[&str], out: &Path) -> String {
    let mut args = vec!["report", "--policy-set", set];
    args.extend_from_slice(inputs);
    args.extend_from_slice(&["--out", out.to_str().unwrap(), "--force"]);
    let run = dtcheck(&args);
    assert!(matches!(run.status.code(), Some(0 | 2)), "{}", stderr(&run));
    std::fs::read_to_string(out).expect("the page")
}

/// Counts of the JSON's localities, as the page should show them.
struct Expected {
    localities: usize,
    recognized: usize,
    by_level: [usize; 6],
    /// Criterion id → outcome counts.
    criteria: Vec<(String, [usize; 6])>,
}

fn expected(json: &Value) -> Expected {
    let localities = json["localities"].as_array().unwrap();
    let mut e = Expected {
        localities: localities.len(),
        recognized: 0,
        by_level: [0; 6],
        criteria: Vec::new(),
    };
    for l in localities {
        if l["recognized"] == Value::Bool(true) {
            e.recognized += 1;
        }
        if let Some(level) = l["level"].as_u64() {
            e.by_level[level as usize] += 1;
        }
        for c in l["criteria"].as_array().unwrap() {
            let id = c["id"].as_str().unwrap().to_owned();
            let k = OUTCOMES
                .iter()
                .position(|o| Some(*o) == c["outcome"].as_str())
                .unwrap();
            match e.criteria.iter_mut().find(|(i, _)| *i == id) {
                Some((_, counts)) => counts[k] += 1,
                None => {
                    let mut counts = [0; 6];
                    counts[k] += 1;
                    e.criteria.push((id, counts));
                }
            }
        }
    }
    e
}

/// The page's data: the counts equal the JSON's, every locality's packed report is
/// its text report, and the same page comes from the saved JSON and NDJSON results.
#[test]
fn the_reviewer_page_says_what_the_evaluation_says_and_reads_saved_results_alike() {
    let dir = tempfile::tempdir().unwrap();
    for (set, inputs) in [
        ("thanh-hoa-1829-2023", vec![SAMPLES]),
        (
            "national-2361-v1",
            vec![SAMPLES, "datasets/thanh-hoa/2024/huyen-cam-thuy.json"],
        ),
        (
            "thanh-hoa-interim-district-2024",
            vec!["datasets/thanh-hoa/2024/huyen-cam-thuy.json"],
        ),
    ] {
        let live = dir.path().join(format!("{set}.html"));
        let html = report_page(set, &inputs, &live);
        // Deterministic: the same bytes again.
        let again = report_page(set, &inputs, &dir.path().join("again.html"));
        assert!(
            html == again,
            "{set}: the page differs from one run to the next"
        );
        let data = page_data(&html);
        let json = evaluate_json(set, &inputs);
        let e = expected(&json);
        let o = &data["overview"];
        assert_eq!(o["total"]["localities"], e.localities, "{set}");
        assert_eq!(o["rows"].as_array().unwrap().len(), e.localities);
        if o["rule"] == "maturity" {
            assert_eq!(
                o["total"]["by_level"],
                serde_json::json!(e.by_level),
                "{set}"
            );
        } else {
            assert_eq!(o["total"]["recognized"], e.recognized, "{set}");
            assert_eq!(
                o["total"]["not_recognized"],
                e.localities - e.recognized,
                "{set}"
            );
        }
        // The districts add up to the whole.
        let in_districts: u64 = o["districts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["counts"]["localities"].as_u64().unwrap())
            .sum();
        assert_eq!(in_districts as usize, e.localities);
        let criteria = o["criteria"].as_array().unwrap();
        assert_eq!(criteria.len(), e.criteria.len(), "{set}");
        for (c, (id, counts)) in criteria.iter().zip(&e.criteria) {
            assert_eq!(c["id"], id.as_str());
            assert_eq!(c["outcomes"], serde_json::json!(counts), "{set} {id}");
            // Every measured value is in a bin or counted as none/other.
            let v = &c["values"];
            let binned: u64 = match v["kind"].as_str() {
                Some("numeric") => {
                    v["bins"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|b| b["count"].as_u64().unwrap())
                        .sum::<u64>()
                        + v["other"].as_u64().unwrap()
                }
                Some("categories") => v["values"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x[1].as_u64().unwrap())
                    .sum(),
                _ => 0,
            };
            assert_eq!(
                binned + v["none"].as_u64().unwrap(),
                counts.iter().sum::<usize>() as u64,
                "{set} {id}: {v}"
            );
        }
        // Each packed report is the locality's text report.
        let reports = unpacked(&data["reports"]);
        let mut args = vec!["evaluate", "--policy-set", set];
        args.extend_from_slice(&inputs);
        let text = stdout(&dtcheck(&args));
        assert_eq!(reports.len(), e.localities);
        for r in &reports {
            assert!(
                text.contains(r.as_str()),
                "{set}: not in the text report:\n{r}"
            );
        }
        // The same page from the saved results (but for where they come from).
        for format in ["json", "ndjson"] {
            let saved = dir.path().join(format!("{set}.{format}"));
            let mut args = vec!["evaluate", "--policy-set", set, "--format", format];
            args.extend_from_slice(&inputs);
            std::fs::write(&saved, dtcheck(&args).stdout).unwrap();
            let page = dir.path().join(format!("{set}-{format}.html"));
            let run = dtcheck(&[
                "report",
                "--results",
                saved.to_str().unwrap(),
                "--out",
                page.to_str().unwrap(),
            ]);
            assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
            let mut from_saved = page_data(&std::fs::read_to_string(&page).unwrap());
            let mut from_live = data.clone();
            for d in [&mut from_saved, &mut from_live] {
                d["about"]["source"] = Value::Null;
                d["about"]["unreadable"] = Value::Null;
            }
            assert!(
                from_saved == from_live,
                "{set}: the page from {format} differs"
            );
        }
    }
}

/// Every result kind survives being written as JSON and read back: the same bytes.
#[test]
fn results_read_back_from_json_are_the_results_written() {
    for (set, input) in [
        ("thanh-hoa-1829-2023", SAMPLES),
        ("national-2361-v1", "datasets/thanh-hoa/2024"),
        (
            "thanh-hoa-interim-district-2024",
            "datasets/thanh-hoa/2024/huyen-cam-thuy.json",
        ),
    ] {
        let run = dtcheck(&["evaluate", "--policy-set", set, "--format", "ndjson", input]);
        for line in stdout(&run).lines().skip(1) {
            let r: dtcheck::aggregate::LocalityResult =
                serde_json::from_str(line).expect("a result");
            let mut again = Vec::new();
            dtcheck::render::ndjson::line_into(&r, &mut again);
            assert_eq!(String::from_utf8(again).unwrap().trim_end(), line, "{set}");
        }
    }
}

/// What cannot be read says where and what was expected; nothing is written.
#[test]
fn bad_saved_results_and_misused_flags_are_refused_with_where() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("page.html");
    let out_s = out.to_str().unwrap();
    let saved = dir.path().join("r.ndjson");
    let run = dtcheck(&[
        "evaluate",
        "--policy-set",
        "thanh-hoa-1829-2023",
        "--format",
        "ndjson",
        SAMPLES,
    ]);
    let good = stdout(&run);
    let mut lines: Vec<&str> = good.lines().collect();
    lines[2] = "{\"file\": 3}";
    std::fs::write(&saved, lines.join("\n")).unwrap();
    let run = dtcheck(&[
        "report",
        "--results",
        saved.to_str().unwrap(),
        "--out",
        out_s,
    ]);
    assert_eq!(run.status.code(), Some(2));
    let err = stderr(&run);
    assert!(err.contains("r.ndjson:3:"), "{err}");
    assert!(err.contains("evaluate --format json"), "{err}");
    assert!(!out.exists());
    // Not a result at all.
    std::fs::write(&saved, "[1, 2]").unwrap();
    let run = dtcheck(&[
        "report",
        "--results",
        saved.to_str().unwrap(),
        "--out",
        out_s,
    ]);
    assert_eq!(run.status.code(), Some(2), "{}", stderr(&run));
    assert!(stderr(&run).contains("r.ndjson:1:"), "{}", stderr(&run));
    // Results of another set than asked for.
    std::fs::write(&saved, good.as_bytes()).unwrap();
    let run = dtcheck(&[
        "report",
        "--results",
        saved.to_str().unwrap(),
        "--policy-set",
        "national-2361-v1",
        "--out",
        out_s,
    ]);
    assert_eq!(run.status.code(), Some(2));
    assert!(
        stderr(&run).contains("holds results of `thanh-hoa-1829-2023`, not `national-2361-v1`"),
        "{}",
        stderr(&run)
    );
    // The page is HTML; the forms' flags belong to the forms.
    for (args, says) in [
        (vec!["--out", "x.docx"], "one HTML file"),
        (
            vec!["--out", out_s, "--number", "12"],
            "--number belongs to an official form",
        ),
        (
            vec!["--out", out_s, "--format", "docx"],
            "--format docx belongs to an official form",
        ),
    ] {
        let mut all = vec!["report", "--policy-set", "thanh-hoa-1829-2023", SAMPLES];
        all.extend_from_slice(&args);
        let run = dtcheck(&all);
        assert_eq!(run.status.code(), Some(2));
        assert!(stderr(&run).contains(says), "{}", stderr(&run));
    }
    assert!(!out.exists());
}

/// What the pages carry, as snapshots: the samples' overview under 1829 (the packed
/// reports counted, their text is checked above) and the diff of 2023's targets against
/// 2024's (each locality's changes unpacked).
#[test]
fn the_pages_data_as_snapshots() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    let mut data = page_data(&report_page("thanh-hoa-1829-2023", &[SAMPLES], &page));
    let chunks = data["reports"].as_array().unwrap().len();
    data["reports"] = format!("[{chunks} packed chunk(s)]").into();
    data["about"]["source"] = "[samples]".into();
    insta::assert_snapshot!(
        "review_overview_1829_samples",
        crate::util::redact_hashes(&serde_json::to_string_pretty(&data).unwrap())
    );
    let run = diff_of_years(Some("html"));
    let mut data = page_data(&stdout(&run));
    let changes: Vec<Value> = unpacked(&data["changes"])
        .iter()
        .map(|c| serde_json::from_str(c).unwrap())
        .collect();
    data["changes"] = Value::Array(changes);
    insta::assert_snapshot!(
        "review_diff_1829_2023_2024",
        crate::util::redact_hashes(&serde_json::to_string_pretty(&data).unwrap())
    );
}

// --- in a real browser ----------------------------------------------------------------

/// Chromium, if installed; CI installs it and sets `DTCHECK_REQUIRE_BROWSER`, so that
/// there a missing browser fails instead of skipping.
fn chromium() -> Option<PathBuf> {
    let found = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            std::env::var_os("PATH").and_then(|paths| {
                std::env::split_paths(&paths)
                    .map(|p| p.join(name))
                    .find(|p| p.is_file())
            })
        });
    if found.is_none() {
        assert!(
            std::env::var_os("DTCHECK_REQUIRE_BROWSER").is_none(),
            "DTCHECK_REQUIRE_BROWSER is set but no Chromium is installed"
        );
        eprintln!("note: Chromium is not installed: the page is not checked in a browser");
    }
    found
}

/// Where screenshots go, to be looked at.
fn shots() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("..")
        .join("review-shots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The page's DOM after its script ran (and the console's errors), and a screenshot.
fn in_browser(browser: &Path, page: &Path, hash: &str, shot: &str) -> String {
    let url = format!("file://{}{hash}", page.display());
    let profile = tempfile::tempdir().unwrap();
    let run = |extra: &[&str]| {
        Command::new(browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--enable-logging=stderr",
                "--v=0",
                "--virtual-time-budget=15000",
                "--window-size=1300,2400",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .args(extra)
            .arg(&url)
            .output()
            .expect("run chromium")
    };
    let dom = run(&["--dump-dom"]);
    let console = String::from_utf8_lossy(&dom.stderr).into_owned();
    for line in console.lines().filter(|l| l.contains("CONSOLE")) {
        assert!(
            !line.contains("Uncaught") && !line.contains("Error"),
            "{shot}: console: {line}"
        );
    }
    let dom = String::from_utf8_lossy(&dom.stdout).into_owned();
    assert!(
        dom.contains("data-ready=\"1\""),
        "{shot}: the script did not finish:\n{console}"
    );
    assert!(
        dom.contains("<pre id=\"page-errors\" hidden=\"\"></pre>"),
        "{shot}: the page reports errors: {}",
        dom.split("id=\"page-errors\"")
            .nth(1)
            .unwrap_or("")
            .chars()
            .take(400)
            .collect::<String>()
    );
    let png = shots().join(format!("{shot}.png"));
    let _ = std::fs::remove_file(&png);
    run(&[&format!("--screenshot={}", png.display())]);
    assert!(
        std::fs::metadata(&png)
            .map(|m| m.len() > 10_000)
            .unwrap_or(false),
        "{shot}: no screenshot"
    );
    dom
}

/// The `data-count` of the element with this id.
fn count_of(dom: &str, id: &str) -> usize {
    let at = dom
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no #{id}"));
    let tag = &dom[dom[..at].rfind('<').unwrap()..at + dom[at..].find('>').unwrap()];
    let v = tag
        .split("data-count=\"")
        .nth(1)
        .unwrap_or_else(|| panic!("#{id} has no count: {tag}"));
    v[..v.find('"').unwrap()].parse().unwrap()
}

#[test]
fn the_reviewer_page_draws_itself_in_a_browser() {
    let Some(browser) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    // The samples under 1829 and 2361.
    for (set, inputs, shot) in [
        ("thanh-hoa-1829-2023", vec![SAMPLES], "samples-1829"),
        (
            "national-2361-v1",
            vec![SAMPLES, "datasets/thanh-hoa/2024/huyen-cam-thuy.json"],
            "samples-2361",
        ),
    ] {
        let page = dir.path().join(format!("{shot}.html"));
        let data = page_data(&report_page(set, &inputs, &page));
        let e = expected(&evaluate_json(set, &inputs));
        let rows = data["overview"]["rows"].as_array().unwrap();
        let last = rows.last().unwrap();
        let code = last["code"].as_str().unwrap();
        let dom = in_browser(&browser, &page, &format!("#l={code}"), shot);
        assert_eq!(count_of(&dom, "total-evaluated"), e.localities);
        if data["overview"]["rule"] == "maturity" {
            for (level, n) in e.by_level.iter().enumerate() {
                assert_eq!(count_of(&dom, &format!("total-level-{level}")), *n, "{set}");
            }
        } else {
            assert_eq!(count_of(&dom, "total-recognized"), e.recognized);
            assert_eq!(
                count_of(&dom, "total-not-recognized"),
                e.localities - e.recognized
            );
        }
        assert_eq!(count_of(&dom, "shown"), e.localities);
        // Each criterion's row shows the JSON's counts.
        for (id, counts) in &e.criteria {
            let row = dom
                .split(&format!("data-criterion=\"{id}\""))
                .nth(1)
                .unwrap_or_else(|| panic!("{set}: no row for {id}"));
            let row = &row[..row.find("</tr>").unwrap()];
            for (k, o) in OUTCOMES.iter().enumerate() {
                assert!(
                    row.contains(&format!(
                        "data-outcome=\"{o}\" data-count=\"{}\"",
                        counts[k]
                    )),
                    "{set} {id} {o}: {row}"
                );
            }
        }
        // The last locality opened to its full report, inflated in the browser.
        let detail = dom.split("id=\"detail\"").nth(1).expect("the detail");
        assert!(
            detail.starts_with(&format!(" data-code=\"{code}\" data-loaded=\"1\"")),
            "{set}: {}",
            &detail[..200.min(detail.len())]
        );
        let name = last["name"].as_str().unwrap();
        let text = unpacked(&data["reports"]).pop().unwrap();
        let first_line = text.lines().next().unwrap();
        assert!(first_line.starts_with(name));
        assert!(detail.contains(&escape(first_line)), "{set}: {first_line}");
    }
    // A generated country: 3 districts of 6 communes, each district with its own dataset.
    let country = dir.path().join("country");
    let run = dtcheck(&[
        "generate",
        "--out",
        country.to_str().unwrap(),
        "--districts",
        "3",
        "--communes",
        "18",
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let page = dir.path().join("country.html");
    let communes = country.join("districts");
    let data = page_data(&report_page(
        "national-2361-v1",
        &[communes.to_str().unwrap()],
        &page,
    ));
    let e = expected(&evaluate_json(
        "national-2361-v1",
        &[communes.to_str().unwrap()],
    ));
    let code = data["overview"]["rows"][5]["code"]
        .as_str()
        .unwrap()
        .to_owned();
    let dom = in_browser(&browser, &page, &format!("#l={code}"), "country-2361");
    assert_eq!(count_of(&dom, "total-evaluated"), e.localities);
    for (level, n) in e.by_level.iter().enumerate() {
        assert_eq!(count_of(&dom, &format!("total-level-{level}")), *n);
    }
    assert!(dom.contains(&format!(" data-code=\"{code}\" data-loaded=\"1\"")));
    // Each district's row in the table: as many as the data has.
    assert_eq!(
        dom.matches("data-district=").count(),
        data["overview"]["districts"].as_array().unwrap().len()
    );

    // A diff between two sets' years: rule changes first, the matrix, a locality.
    let page = dir.path().join("diff.html");
    let run = diff_of_years(Some("html"));
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    std::fs::write(&page, &run.stdout).unwrap();
    let data = page_data(&String::from_utf8_lossy(&run.stdout));
    let json: Value = serde_json::from_slice(&diff_of_years(Some("json")).stdout).unwrap();
    let code = json["localities"][0]["code"].as_str().unwrap();
    let dom = in_browser(
        &browser,
        &page,
        &format!("#l={code}"),
        "diff-1829-2023-2024",
    );
    let text = stdout(&diff_of_years(None));
    assert!(text.contains(data["headline"].as_str().unwrap()), "{text}");
    let transitions: u64 = json["summary"]["transitions"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    let cells: u64 = dom
        .split("<td class=\"hot\"")
        .skip(1)
        .map(|cell| {
            let v = cell.split("data-count=\"").nth(1).unwrap();
            v[..v.find('"').unwrap()].parse::<u64>().unwrap()
        })
        .sum();
    assert_eq!(cells, transitions, "the matrix holds every transition");
    assert!(dom.contains(&format!(" data-code=\"{code}\" data-loaded=\"1\"")));
    if !json["rule_changes"].as_array().unwrap().is_empty() {
        assert!(dom.contains("id=\"rule-changes\""));
        assert!(dom.find("id=\"rules\"").unwrap() < dom.find("id=\"transitions\"").unwrap());
    }
}

/// `dtcheck diff` of the samples, 2023's targets against 2024's, in a format.
fn diff_of_years(format: Option<&str>) -> std::process::Output {
    let mut args = vec![
        "diff",
        "--policy-set",
        "thanh-hoa-1829-2023",
        "--from-year",
        "2023",
        "--to-year",
        "2024",
        SAMPLES,
    ];
    if let Some(f) = format {
        args.extend_from_slice(&["--format", f]);
    }
    dtcheck(&args)
}

/// Text as the DOM serialises it.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
