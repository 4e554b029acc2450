//! Districts evaluated from their communes, in both district sets; a commune failing
//! validation inside a district; the declared-figure fallback; cross-set diffs.

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

#[test]
fn interim_i1_is_the_share_of_communes_recognised_under_1829() {
    let v = evaluate_json(INTERIM, DISTRICT);
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
    assert_eq!(l["recognized"], false);
    assert_eq!(
        l["recognition_reasons"][0],
        "1 of 23 criteria assessed this year not passed: I.1 fail"
    );
    let out = dtcheck(&["evaluate", "--policy-set", INTERIM, DISTRICT]);
    insta::assert_snapshot!("district_interim_text", stdout(&out));
}

#[test]
fn national_i1_is_computed_from_the_communes_levels() {
    let v = evaluate_json(NATIONAL, DISTRICT);
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
    let out = dtcheck(&["evaluate", "--policy-set", NATIONAL, DISTRICT]);
    insta::assert_snapshot!("district_national_text", stdout(&out));
}

#[test]
fn without_commune_data_the_declared_figures_are_used_and_said_so() {
    let v = evaluate_json(INTERIM, DECLARED);
    let l = &v["localities"][0];
    assert_eq!(l["communes"]["computed"], false);
    assert!(
        l["communes"]["note"]
            .as_str()
            .expect("note")
            .contains("declared"),
        "{}",
        l["communes"]
    );
    let i1 = criterion(l, "I.1");
    assert_eq!(fact_source(i1, "communes.recognized"), "declared");
    assert_eq!(i1["outcome"], "pass");
}

/// A copy of the district whose communes are given by absolute path, with `edit`
/// applied to the commune at `index`.
fn district_with_commune(
    index: usize,
    edit: impl FnOnce(&mut serde_json::Value),
) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut d: serde_json::Value =
        serde_json::from_slice(&std::fs::read(repo().join(DISTRICT)).expect("district"))
            .expect("json");
    let communes: Vec<String> = d["communes"]
        .as_array()
        .expect("communes")
        .iter()
        .map(|c| {
            repo()
                .join("datasets/thanh-hoa/2024")
                .join(c.as_str().expect("path"))
                .to_string_lossy()
                .to_string()
        })
        .collect();
    let mut edited: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&communes[index]).expect("commune")).expect("json");
    edit(&mut edited);
    let edited_path = dir.path().join("edited-commune.json");
    std::fs::write(
        &edited_path,
        serde_json::to_string_pretty(&edited).expect("json"),
    )
    .expect("write");
    let mut list: Vec<serde_json::Value> = communes.into_iter().map(Into::into).collect();
    list[index] = edited_path.to_string_lossy().to_string().into();
    d["communes"] = list.into();
    let path = dir.path().join("district.json");
    std::fs::write(&path, serde_json::to_string_pretty(&d).expect("json")).expect("write");
    (dir, path.to_string_lossy().to_string())
}

#[test]
fn a_commune_failing_validation_is_reported_and_nothing_is_guessed() {
    // Cẩm Bình (index 2) with more smartphone owners than adults.
    let (_dir, district) = district_with_commune(2, |c| {
        c["facts"]["adults_18plus.smartphone"] = 999_999.into()
    });
    for set in [INTERIM, NATIONAL] {
        let v = evaluate_json(set, &district);
        let l = &v["localities"][0];
        assert_eq!(l["communes"]["computed"], false, "{set}");
        let bad: Vec<&serde_json::Value> = l["communes"]["communes"]
            .as_array()
            .expect("list")
            .iter()
            .filter(|c| c.get("problems").is_some())
            .collect();
        assert_eq!(bad.len(), 1, "{set}");
        assert!(
            bad[0]["problems"][0]
                .as_str()
                .expect("problem")
                .contains("/facts/adults_18plus.smartphone")
        );
        let i1 = criterion(l, if set == INTERIM { "I.1" } else { "huyen.I.1" });
        assert_eq!(i1["outcome"], "missing_data", "{set}: {i1}");
        let reason = i1["reason"].as_str().expect("reason");
        assert!(
            reason.contains("1 of 4 commune datasets failed validation"),
            "{set}: {reason}"
        );
        assert!(reason.contains("edited-commune.json"), "{set}: {reason}");
        assert_eq!(fact_source(i1, "communes.total"), "unavailable");
    }
    // `validate` reports the commune's problem as the district's.
    let out = dtcheck(&["validate", &district]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("at /communes: commune"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_district_is_recomputed_when_a_communes_figures_change() {
    // Cẩm Vân (index 1) fails only 1.6 and 3.3 under 1829; fix both figures.
    let (_dir, district) = district_with_commune(1, |c| {
        c["facts"]["admin_dossiers.online"] = 1500.into();
        c["facts"]["smartphone_subscribers.security_app"] = 2700.into();
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
        stdout(&out).contains("Cẩm Vân (99402): recognised → not recognised"),
        "{}",
        stdout(&out)
    );
}
