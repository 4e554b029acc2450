//! Districts evaluated from all their communes, in both district sets; a district that
//! gives only some of its communes; a commune failing validation inside a district; the
//! declared-figure fallback; cross-set diffs.

use crate::util::{SAMPLES, dtcheck, redact_hashes, repo, stderr, stdout};

const DISTRICT: &str = "datasets/thanh-hoa/2024/huyen-cam-thuy.json";
const DECLARED: &str = "datasets/thanh-hoa/2024/huyen-cam-thuy-declared.json";
const INTERIM: &str = "thanh-hoa-interim-district-2024";
const NATIONAL: &str = "national-2361-v1";

fn evaluate_json(set: &str, file: &str) -> serde_json::Value {
    let out = dtcheck(&["evaluate", "--policy-set", set, "--format", "json", file]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("json")
}

fn criterion<'a>(locality: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    locality["criteria"]
        .as_array()
        .expect("criteria")
        .iter()
        .find(|c| c["id"] == id)
        .expect("criterion")
}

fn fact_source(c: &serde_json::Value, key: &str) -> String {
    let f = c["facts"]
        .as_array()
        .expect("facts")
        .iter()
        .find(|f| f["key"] == key)
        .expect("fact");
    f["source"].as_str().expect("source").to_string()
}

/// A copy of the sample district in a scratch directory, with its four communes beside
/// it and registering exactly those four (`communes.total` = 4), so that the figures
/// about its communes are computed; `edit` may change commune `i` or (with `None`) the
/// district itself.
fn complete_district(
    mut edit: impl FnMut(Option<usize>, &mut serde_json::Value),
) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let read = |p: &std::path::Path| -> serde_json::Value {
        serde_json::from_slice(&std::fs::read(p).expect("read")).expect("json")
    };
    let write = |p: &std::path::Path, v: &serde_json::Value| {
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, serde_json::to_string_pretty(v).expect("json")).expect("write");
    };
    let mut d = read(&repo().join(DISTRICT));
    for (i, c) in d["communes"]
        .as_array()
        .expect("communes")
        .iter()
        .enumerate()
    {
        let rel = c.as_str().expect("path");
        let mut commune = read(&repo().join("datasets/thanh-hoa/2024").join(rel));
        edit(Some(i), &mut commune);
        write(&dir.path().join(rel), &commune);
    }
    d["facts"]["communes.total"] = 4.into();
    d["facts"]["communes.video_conference_connected"] = 4.into();
    edit(None, &mut d);
    let path = dir.path().join("huyen.json");
    write(&path, &d);
    (dir, path.to_string_lossy().to_string())
}

#[test]
fn interim_i1_is_the_share_of_all_the_districts_communes_recognised_under_1829() {
    let (_dir, district) = complete_district(|_, _| {});
    let v = evaluate_json(INTERIM, &district);
    let l = &v["localities"][0];
    let communes = &l["communes"];
    assert_eq!(communes["computed"], true);
    let recognised: Vec<bool> = communes["communes"]
        .as_array()
        .expect("list")
        .iter()
        .map(|c| c["recognized"].as_bool().expect("bool"))
        .collect();
    assert_eq!(
        recognised.iter().filter(|r| **r).count(),
        2,
        "Cẩm Tân and Cẩm Phong"
    );
    let i1 = criterion(l, "I.1");
    assert_eq!(
        (i1["outcome"].as_str(), &i1["measured"]),
        (Some("fail"), &serde_json::json!(50))
    );
    assert_eq!(fact_source(i1, "communes.recognized"), "computed");
    assert_eq!(fact_source(i1, "communes.total"), "declared");
    assert_eq!(l["recognized"], false);
    assert_eq!(
        l["recognition_reasons"][0],
        "1/23 tiêu chí được đánh giá trong năm chưa đạt: I.1 (Không đạt)"
    );
    assert_eq!(
        l["shortfalls"],
        serde_json::json!([{
            "kind": "criteria",
            "not_passed": [{"id": "I.1", "outcome": "fail"}],
            "assessed": 23
        }])
    );
}

#[test]
fn national_i1_is_computed_from_the_levels_of_all_the_districts_communes() {
    let (_dir, district) = complete_district(|_, _| {});
    let v = evaluate_json(NATIONAL, &district);
    let l = &v["localities"][0];
    let levels: Vec<u64> = l["communes"]["communes"]
        .as_array()
        .expect("list")
        .iter()
        .map(|c| c["level"].as_u64().expect("level"))
        .collect();
    let mut sorted = levels.clone();
    sorted.sort();
    assert_eq!(sorted, vec![1, 2, 2, 3]);
    let i1 = criterion(l, "huyen.I.1");
    let outcomes: Vec<&str> = i1["levels"]
        .as_array()
        .expect("levels")
        .iter()
        .map(|x| x["outcome"].as_str().expect("o"))
        .collect();
    // Every commune ≥ 1 and half ≥ 2: levels 1 and 2 met; not every commune ≥ 2: level 3 not.
    assert_eq!(outcomes[..3], ["pass", "pass", "fail"]);
    assert_eq!(fact_source(i1, "communes.level_at_least_2"), "computed");
    assert_eq!(l["level"], 2);
    let blockers: Vec<&str> = l["next_level_blockers"]
        .as_array()
        .expect("blockers")
        .iter()
        .map(|b| b["id"].as_str().expect("id"))
        .collect();
    assert!(blockers.contains(&"huyen.I.1"), "{blockers:?}");
}

/// The sample district registers 20 communes and gives four: nothing about its
/// communes is computed over those four, and the reports say how many are missing.
#[test]
fn until_every_commune_is_supplied_the_commune_figures_are_missing() {
    for (set, id) in [(INTERIM, "I.1"), (NATIONAL, "huyen.I.1")] {
        let v = evaluate_json(set, DISTRICT);
        let l = &v["localities"][0];
        assert_eq!(l["communes"]["computed"], false, "{set}");
        assert_eq!(l["communes"]["communes"].as_array().expect("list").len(), 4);
        let c = criterion(l, id);
        assert_eq!(c["outcome"], "missing_data", "{set}: {c}");
        let reason = c["reason"].as_str().expect("reason");
        assert!(
            reason.contains("4/20 xã của huyện (`communes.total`) có bộ số liệu, còn thiếu 16 xã"),
            "{set}: {reason}"
        );
        assert_eq!(
            c["explanation"]["uncomputed"][0]["why"],
            serde_json::json!({"kind": "incomplete", "given": 4, "registered": 20}),
            "{set}: {c}"
        );
        // The note's kind and its reason's kind, each in its own object (they were
        // once one object with two `kind` keys).
        assert_eq!(
            l["communes"]["figures"],
            serde_json::json!({"kind": "uncomputed", "why": {"kind": "incomplete", "given": 4, "registered": 20}})
        );
        assert_eq!(fact_source(c, "communes.total"), "declared");
    }
    // The district-wide criteria read the registered number: 163 teams over 20
    // communes and 160 villages.
    let v = evaluate_json(NATIONAL, DISTRICT);
    let iv1 = criterion(&v["localities"][0], "huyen.IV.1");
    assert_eq!(iv1["measured"], 90.56, "{iv1}");
    assert_eq!(v["localities"][0]["level"], 0);
    for (set, snapshot) in [
        (INTERIM, "district_interim_text"),
        (NATIONAL, "district_national_text"),
    ] {
        let out = dtcheck(&["evaluate", "--policy-set", set, DISTRICT]);
        insta::assert_snapshot!(snapshot, stdout(&out));
    }
}

#[test]
fn without_its_registered_number_a_districts_commune_figures_are_missing() {
    let (_dir, district) = complete_district(|i, d| {
        if i.is_none() {
            d["facts"]
                .as_object_mut()
                .expect("facts")
                .remove("communes.total");
        }
    });
    let v = evaluate_json(INTERIM, &district);
    let i1 = criterion(&v["localities"][0], "I.1");
    assert_eq!(i1["outcome"], "missing_data", "{i1}");
    assert!(
        i1["reason"]
            .as_str()
            .expect("reason")
            .contains("huyện không kê khai tổng số xã `communes.total`"),
        "{i1}"
    );
}

#[test]
fn without_commune_data_the_declared_figures_are_used_and_said_so() {
    let v = evaluate_json(INTERIM, DECLARED);
    let l = &v["localities"][0];
    assert_eq!(l["communes"]["computed"], false);
    assert_eq!(l["communes"]["figures"]["kind"], "declared");
    assert!(
        l["communes"]["note"]
            .as_str()
            .expect("note")
            .contains("số liệu do huyện kê khai"),
        "{}",
        l["communes"]
    );
    let i1 = criterion(l, "I.1");
    assert_eq!(fact_source(i1, "communes.recognized"), "declared");
    assert_eq!(i1["outcome"], "pass");
}

#[test]
fn a_commune_failing_validation_is_an_input_error_of_its_district() {
    // Cẩm Bình (index 2) with more smartphone owners than adults.
    let (_dir, district) = complete_district(|i, c| {
        if i == Some(2) {
            c["facts"]["adults_18plus.smartphone"] = 999_999.into();
        }
    });
    for args in [
        vec!["validate", &district],
        vec!["evaluate", "--policy-set", INTERIM, &district],
        vec!["evaluate", "--policy-set", NATIONAL, &district],
    ] {
        let out = dtcheck(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(err.contains("huyen.json"), "{err}");
        assert!(err.contains("at /communes/2: commune dataset"), "{err}");
        assert!(err.contains("/facts/adults_18plus.smartphone"), "{err}");
        assert!(
            !stdout(&out).contains("\"criteria\""),
            "no result for a refused district"
        );
    }
}

#[test]
fn the_district_is_recomputed_when_a_communes_figures_change() {
    // Cẩm Vân (index 1) fails only 1.6 and 3.3 under 1829; fix both figures.
    let (_dir, district) = complete_district(|i, c| {
        if i == Some(1) {
            c["facts"]["admin_dossiers.online"] = 1500.into();
            c["facts"]["smartphone_subscribers.security_app"] = 2700.into();
        }
    });
    let v = evaluate_json(INTERIM, &district);
    let i1 = criterion(&v["localities"][0], "I.1");
    assert_eq!(i1["measured"], 75, "3 of 4 communes now recognised: {i1}");
}

#[test]
fn a_cross_set_diff_pairs_criteria_through_the_crosswalk() {
    let out = dtcheck(&[
        "diff",
        "--from-set",
        "thanh-hoa-1829-2023",
        "--to-set",
        NATIONAL,
        "--format",
        "json",
        &format!("{SAMPLES}/cam-tan.json"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["crosswalk"]["from"], "thanh-hoa-1829-2023");
    let l = &v["localities"][0];
    assert_eq!(
        (
            l["before"]["recognized"].as_bool(),
            l["after"]["level"].as_u64()
        ),
        (Some(true), Some(3))
    );
    assert_eq!(
        l["verdict_changed"], false,
        "recognition and levels are not comparable"
    );
    // 3.4 (adults 18+) and xa.III.1 (adults 15+) are paired, with the crosswalk's note.
    let pair = l["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .find(|c| c["before"]["id"] == "3.4" && c["after"]["id"] == "xa.III.1")
        .expect("3.4 → xa.III.1 paired");
    assert!(
        pair["note"].as_str().expect("note").contains("15"),
        "{pair}"
    );
    // Every pair says how comparable it is, and the summary splits the outcome
    // changes by it: one-to-one pairs apart from related measures.
    let changes: Vec<&serde_json::Value> = v["localities"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|l| l["changes"].as_array().unwrap())
        .collect();
    assert!(
        changes.iter().all(|c| c["relation"].is_string()),
        "{changes:?}"
    );
    assert_eq!(pair["relation"], "partial");
    // As the diff counts it: the outcome, or the outcome at some level when both
    // sides have levels.
    let outcome_changed = |c: &&&serde_json::Value| {
        let (a, b) = (&c["before"], &c["after"]);
        a["outcome"] != b["outcome"]
            || (a["levels"].is_array() && b["levels"].is_array() && a["levels"] != b["levels"])
    };
    let split = &v["summary"]["comparability"];
    assert_eq!(
        split["comparable"].as_u64().unwrap() as usize,
        changes
            .iter()
            .filter(outcome_changed)
            .filter(|c| c["relation"] == "one_to_one")
            .count(),
        "{split}"
    );
    assert_eq!(
        split["related"].as_u64().unwrap() as usize,
        changes
            .iter()
            .filter(outcome_changed)
            .filter(|c| !matches!(
                c["relation"].as_str(),
                Some("one_to_one" | "no_counterpart")
            ))
            .count()
    );
    assert_eq!(
        split["comparable"].as_u64().unwrap() + split["related"].as_u64().unwrap(),
        v["summary"]["outcome_changes"].as_u64().unwrap()
    );
    let out = dtcheck(&[
        "diff",
        "--from-set",
        "thanh-hoa-1829-2023",
        "--to-set",
        NATIONAL,
        &format!("{SAMPLES}/cam-tan.json"),
    ]);
    insta::assert_snapshot!("diff_cross_set_text", redact_hashes(&stdout(&out)));
}

#[test]
fn a_year_diff_gates_on_verdict_changes() {
    let out = dtcheck(&[
        "diff",
        "--policy-set",
        "thanh-hoa-1829-2023",
        "--from-year",
        "2023",
        "--to-year",
        "2024",
        "--fail-on-change",
        SAMPLES,
    ]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "Cẩm Vân loses recognition: {}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("Cẩm Vân (99402): đạt → không đạt"),
        "{}",
        stdout(&out)
    );
}
