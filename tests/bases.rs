//! A commune's own figures and the district's appraisal, side by side: every fact with
//! both values, every criterion with its outcome on each basis, disagreements flagged
//! and counted, and `diff` between the two bases.

use crate::util::{SAMPLES, SET, dtcheck, repo, stdout};

/// The sample commune with the district's appraisal lowering its online dossiers below
/// 1.6's 75 % (2012 → 1700 of 2350): pass on its own figures, fail once appraised.
fn appraised_below_target() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join(SAMPLES).join("cam-tan.json")).unwrap(),
    )
    .unwrap();
    doc["appraised_facts"]["admin_dossiers.online"] = 1700.into();
    let file = dir.path().join("cam-tan.json");
    std::fs::write(&file, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    let file = file.to_str().unwrap().to_string();
    (dir, file)
}

#[test]
fn each_fact_and_criterion_shows_both_bases() {
    let (_dir, file) = appraised_below_target();
    let out = dtcheck(&["evaluate", "--policy-set", SET, "--format", "json", &file]);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let criteria = doc["localities"][0]["criteria"].as_array().unwrap();
    let c16 = criteria.iter().find(|c| c["id"] == "1.6").unwrap();
    assert_eq!(c16["outcome"], "fail");
    assert_eq!(c16["other_basis"]["basis"], "self_assessed");
    assert_eq!(c16["other_basis"]["outcome"], "pass");
    let online = c16["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == "admin_dossiers.online")
        .unwrap();
    assert_eq!(online["value"], 1700);
    assert_eq!(online["bases"]["self_assessed"], 2012);
    assert_eq!(online["bases"]["appraised"], 1700);
    // A fact the district did not appraise stands as appraised.
    let received = c16["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == "admin_dossiers.received")
        .unwrap();
    assert_eq!(
        received["bases"]["self_assessed"],
        received["bases"]["appraised"]
    );
    // Every criterion carries its outcome on the other basis; only 1.6 disagrees.
    assert!(criteria.iter().all(|c| c["other_basis"].is_object()));
    let disagree: Vec<&str> = criteria
        .iter()
        .filter(|c| c["other_basis"]["outcome"] != c["outcome"])
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(disagree, ["1.6"]);

    // Evaluated on the self-assessed figures, the other basis is the appraisal.
    let out = dtcheck(&[
        "evaluate",
        "--policy-set",
        SET,
        "--basis",
        "self-assessed",
        "--format",
        "json",
        &file,
    ]);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let c16 = doc["localities"][0]["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "1.6")
        .unwrap()
        .clone();
    assert_eq!(c16["outcome"], "pass");
    assert_eq!(c16["other_basis"]["basis"], "appraised");
    assert_eq!(c16["other_basis"]["outcome"], "fail");
}

#[test]
fn the_text_report_flags_and_counts_what_the_appraisal_changes() {
    let (_dir, file) = appraised_below_target();
    let out = dtcheck(&["evaluate", "--policy-set", SET, &file]);
    let text = stdout(&out);
    assert!(
        text.contains(
            "1.6  admin_dossiers.online 2012 → 1700 · Đạt → Không đạt  ⚠ đánh giá thay đổi"
        ),
        "{text}"
    );
    assert!(text.contains("2.4  enterprises_and_organisations.cashless 15 → 14 · Đạt → Đạt\n"));
    assert!(
        text.ends_with("Đã đánh giá 1 địa phương: 0 đạt, 1 không đạt; 1 chỉ tiêu có đánh giá (Đạt/Không đạt) theo kết quả thẩm định khác với theo kết quả tự đánh giá\n"),
        "{text}"
    );
    // The same in English, on request.
    let out = dtcheck(&["evaluate", "--policy-set", SET, "--lang", "en", &file]);
    let text = stdout(&out);
    assert!(
        text.contains("1.6  admin_dossiers.online 2012 → 1700 · met → not met  ⚠ outcome changes"),
        "{text}"
    );
    assert!(
        text.ends_with("1 locality evaluated: 0 recognised, 1 not; 1 criterion whose outcome the appraisal changes\n"),
        "{text}"
    );
    // Without appraised figures, nothing of the kind.
    let out = dtcheck(&[
        "evaluate",
        "--policy-set",
        SET,
        &repo()
            .join(SAMPLES)
            .join("cam-binh.json")
            .display()
            .to_string(),
    ]);
    assert!(!stdout(&out).contains("Kết quả thẩm định"));
}

#[test]
fn diff_compares_a_communes_own_figures_with_the_appraisal() {
    let (_dir, file) = appraised_below_target();
    let out = dtcheck(&[
        "diff",
        "--policy-set",
        SET,
        "--from-basis",
        "self-assessed",
        "--to-basis",
        "appraised",
        "--format",
        "json",
        &file,
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let d: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(d["from"]["basis"], "self_assessed");
    assert_eq!(d["to"]["basis"], "appraised");
    assert_eq!(d["summary"]["verdict_changes"], 1);
    assert_eq!(d["summary"]["transitions"]["pass→fail"], 1);
    let text = stdout(&dtcheck(&[
        "diff",
        "--policy-set",
        SET,
        "--from-basis",
        "self-assessed",
        &file,
    ]));
    assert!(
        text.contains("số liệu tự đánh giá  →  thanh-hoa-1829-2023"),
        "{text}"
    );
    assert!(text.contains("số liệu thẩm định\n"), "{text}");
    assert!(
        text.contains("1.6  Đạt→Không đạt: Đạt (chỉ tiêu ≥ 75%"),
        "{text}"
    );
    let text = stdout(&dtcheck(&[
        "diff",
        "--policy-set",
        SET,
        "--from-basis",
        "self-assessed",
        "--lang",
        "en",
        &file,
    ]));
    assert!(
        text.contains("self-assessed figures  →  thanh-hoa-1829-2023"),
        "{text}"
    );
    assert!(text.contains("appraised figures\n"), "{text}");
    assert!(
        text.contains("1.6  pass→fail: pass (target ≥ 75%"),
        "{text}"
    );
    // One basis on both sides: no per-side basis, as before.
    let out = dtcheck(&["diff", "--policy-set", SET, "--format", "json", &file]);
    let d: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(d["from"].get("basis").is_none());
}
