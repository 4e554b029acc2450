//! Maturity levels (national-2361-v1): each criterion at each level, boundaries, and
//! "Không áp dụng" at low levels.

use crate::util::{SAMPLES, eval, repo, sandbox, sets};
use dtcheck::dataset::{Basis, DataDictionary, LoadedDataset, from_value};
use dtcheck::eval::{EvalOptions, LevelResult, Outcome};

const NATIONAL: &str = "national-2361-v1";

/// A commune dataset: the Cẩm Tân sample with some facts replaced (`None` removes one).
fn commune_with(facts: &[(&str, Option<serde_json::Value>)]) -> LoadedDataset {
    let text = std::fs::read_to_string(repo().join(SAMPLES).join("cam-tan.json")).expect("sample");
    let mut v: serde_json::Value = serde_json::from_str(&text).expect("json");
    for (k, value) in facts {
        for member in ["facts", "appraised_facts"] {
            if let Some(map) = v[member].as_object_mut() {
                map.remove(*k);
            }
        }
        if let Some(value) = value {
            v["facts"][*k] = value.clone();
        }
    }
    let dict = DataDictionary::shipped().expect("dictionary");
    from_value(std::path::Path::new("edited-cam-tan.json"), v, dict).expect("valid edited dataset")
}

fn levels_of(ds: &LoadedDataset, id: &str) -> Vec<LevelResult> {
    let set = sets().load(NATIONAL, &sandbox()).expect("set");
    let r = eval(
        &set,
        ds,
        EvalOptions {
            year: None,
            basis: Basis::Appraised,
        },
    );
    let c = r.criteria.iter().find(|c| &*c.id == id).expect("criterion");
    c.levels.clone().expect("levels")
}

fn outcomes(levels: &[LevelResult]) -> Vec<Outcome> {
    levels.iter().map(|l| l.outcome).collect()
}

use Outcome::{Fail as F, NotAssessed as N, Pass as P};

#[test]
fn a_share_exactly_at_a_level_target_passes_and_one_below_fails() {
    // xa.I.1: 50 / 60 / 70 / 100 / 100 % of eligible procedures offered fully online.
    let at = commune_with(&[
        ("admin_procedures.eligible_end_to_end", Some(200.into())),
        ("admin_procedures.online_end_to_end", Some(140.into())),
    ]);
    assert_eq!(
        outcomes(&levels_of(&at, "xa.I.1")),
        vec![P, P, P, F, F],
        "140/200 = 70 % meets level 3 exactly"
    );
    let below = commune_with(&[
        ("admin_procedures.eligible_end_to_end", Some(200.into())),
        ("admin_procedures.online_end_to_end", Some(139.into())),
    ]);
    let levels = levels_of(&below, "xa.I.1");
    assert_eq!(
        outcomes(&levels),
        vec![P, P, F, F, F],
        "139/200 = 69.5 % misses level 3"
    );
    insta::assert_snapshot!(
        "xa_i_1_just_below_level_3",
        serde_json::to_string_pretty(&levels).expect("json")
    );
}

#[test]
fn a_criterion_not_applicable_at_low_levels_applies_higher() {
    // xa.I.4: "Không áp dụng" at levels 1–2, "Có sử dụng hệ thống" from level 3.
    let yes = commune_with(&[("reporting_system.used", Some(true.into()))]);
    let levels = levels_of(&yes, "xa.I.4");
    assert_eq!(outcomes(&levels), vec![N, N, P, P, P]);
    assert_eq!(levels[0].target, serde_json::Value::Null);
    assert_eq!(levels[2].target, "Có sử dụng hệ thống");
    let no = commune_with(&[("reporting_system.used", Some(false.into()))]);
    assert_eq!(outcomes(&levels_of(&no, "xa.I.4")), vec![N, N, F, F, F]);
    // Absent data is never a pass or a fail, but it does not matter where not applicable.
    let absent = commune_with(&[("reporting_system.used", None)]);
    let levels = levels_of(&absent, "xa.I.4");
    assert_eq!(
        outcomes(&levels),
        vec![
            N,
            N,
            Outcome::MissingData,
            Outcome::MissingData,
            Outcome::MissingData
        ]
    );
    insta::assert_snapshot!(
        "xa_i_4_absent",
        serde_json::to_string_pretty(&levels).expect("json")
    );
}

#[test]
fn list_gives_targets_per_level_as_written() {
    let out = crate::util::dtcheck(&["list", "--policy-set", NATIONAL, "--format", "json"]);
    assert!(out.status.success(), "{}", crate::util::stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let criteria = v["criteria"].as_array().expect("criteria");
    assert_eq!(
        criteria
            .iter()
            .filter(|c| c["level_of_government"] == "commune")
            .count(),
        38
    );
    assert_eq!(
        criteria
            .iter()
            .filter(|c| c["level_of_government"] == "district")
            .count(),
        33
    );
    let i1 = criteria
        .iter()
        .find(|c| c["id"] == "xa.I.1")
        .expect("xa.I.1");
    assert_eq!(
        i1["targets"],
        serde_json::json!({"1": 50, "2": 60, "3": 70, "4": 100, "5": 100})
    );
    let i4 = criteria
        .iter()
        .find(|c| c["id"] == "xa.I.4")
        .expect("xa.I.4");
    assert_eq!(
        i4["targets"]["1"],
        serde_json::Value::Null,
        "Không áp dụng is null"
    );
    insta::assert_snapshot!(
        "list_2361_json",
        crate::util::redact_hashes(&crate::util::stdout(&out))
    );
}
