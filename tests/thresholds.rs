//! Thresholds, exactly: a property over every criterion of every set, generated from
//! the modules' metadata and the data dictionary (not written per criterion), and over
//! the DTI rules.
//!
//! For each year or level with a percentage target, and each denominator of a range
//! from 1 to 10^7, the smallest part that meets the target (exactly at it when the
//! share can be) passes and one less fails. The share a criterion measures is found
//! from its declared facts: a count and the total the dictionary bounds it by
//! (`x-total`). Every other fact it reads is set to what plainly meets any target (a
//! count equal to its total, a flag true, the required documents supplied), so that the
//! outcome depends on the share alone.

use crate::util::{sandbox, sets};
use dtcheck::aggregate::{Shortfall, Verdict, recognise};
use dtcheck::dataset::{Basis, DataDictionary, Dataset, Dti, DtiScore, Locality, Points};
use dtcheck::eval::{Outcome, evaluate_one};
use dtcheck::policyset::{LoadedCriterion, Metadata, Recognition};
use dtcheck_abi::Selector;
use serde_json::Value;

const SETS: [&str; 3] = [
    "thanh-hoa-1829-2023",
    "thanh-hoa-interim-district-2024",
    "national-2361-v1",
];

/// Denominators from 1 to 10^7: every small one, then primes and powers of ten (where
/// a share lands exactly on a target, and where it cannot); then the largest counts a
/// dataset may hold, where products on doubles would round.
const DENOMINATORS: [u64; 32] = [
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    10,
    11,
    12,
    13,
    17,
    20,
    99,
    100,
    101,
    103,
    997,
    1_000,
    9_973,
    10_000,
    99_991,
    100_000,
    999_983,
    1_000_000,
    3_333_333,
    9_999_991,
    10_000_000,
    (1 << 52) + 1,
    1 << 53,
];

/// The shares a criterion may measure: a count and the total the dictionary bounds it
/// by (`x-total`: one fact, or a sum of several), all among its declared facts.
fn share_of(meta: &Metadata, dict: &DataDictionary) -> Vec<(String, Vec<String>)> {
    let declared = |k: &String| meta.facts.iter().any(|g| **g == **k);
    meta.facts
        .iter()
        .filter_map(|f| {
            let terms = dict.total_terms(f)?;
            terms
                .iter()
                .all(declared)
                .then(|| (f.to_string(), terms.to_vec()))
        })
        .collect()
}

/// A dataset where `part` / `total` is `n` / `d` (a total of several terms: the first
/// is `d`, the others 0) and every other fact plainly meets its target.
fn dataset(
    meta: &Metadata,
    dict: &DataDictionary,
    (part, total): (&str, &[String]),
    (n, d): (u64, u64),
    year: u16,
) -> Dataset {
    const PLENTY: u64 = 1_000;
    let value_of = |key: &str| -> Value {
        let def = dict.fact(key);
        if def.is_some_and(|f| f.kind == "boolean") {
            return Value::Bool(true);
        }
        if key == part {
            return n.into();
        }
        if let Some(i) = total.iter().position(|t| t == key) {
            return if i == 0 { d.into() } else { 0.into() };
        }
        match dict.total_terms(key) {
            // Another count of the same population: all of it.
            Some(terms) if terms == total => d.into(),
            _ => PLENTY.into(),
        }
    };
    let facts = meta
        .facts
        .iter()
        .map(|k| (dtcheck::dataset::FactKey::Owned(k.to_string()), value_of(k)))
        .collect();
    Dataset {
        dataset_version: 1,
        synthetic: true,
        note: None,
        locality: Locality {
            code: "99999".into(),
            name: "Thử".into(),
            level: meta.level_of_government.clone(),
            province: "Thử".into(),
            district: Some("Thử".into()),
        },
        year,
        facts,
        appraised_facts: Default::default(),
        evidence: meta
            .evidence
            .iter()
            .map(|e| {
                let document = dtcheck::dataset::Document {
                    title: e.title.to_string(),
                    ..Default::default()
                };
                (e.id.to_string(), std::sync::Arc::new(document))
            })
            .collect(),
        dti: None,
        derived: Default::default(),
        communes: Vec::new(),
    }
}

/// A target in hundredths of a percent.
fn hundredths(target: f64) -> u64 {
    let h = (target * 100.0).round() as u64;
    assert_eq!(
        h as f64 / 100.0,
        target,
        "a target with more than two decimals"
    );
    h
}

#[test]
fn every_percentage_target_is_met_exactly_at_it_and_not_one_below() {
    let dict = DataDictionary::shipped().expect("dictionary");
    let sandbox = sandbox();
    let mut failures = Vec::new();
    let mut checked = 0usize;
    for id in SETS {
        let set = sets().load(id, &sandbox).expect("set loads");
        for c in &set.criteria {
            let Ok(usable) = &c.loaded else {
                failures.push(format!("{id} {}: does not load", c.entry.criterion));
                continue;
            };
            let meta = &usable.meta;
            let numeric: Vec<(&String, f64)> = meta
                .targets
                .iter()
                .filter_map(|(k, v)| Some((k, v.as_f64()?)))
                .collect();
            if numeric.is_empty() {
                continue;
            }
            let pairs = share_of(meta, dict);
            if pairs.is_empty() {
                failures.push(format!(
                    "{id} {}: a percentage target but no count and total among its facts {:?}",
                    meta.id, meta.facts
                ));
                continue;
            }
            for (key, target) in numeric {
                let selector = match key.parse::<u16>() {
                    Ok(y) if y >= 2000 => Selector::Year(y),
                    Ok(l) => Selector::Level(l as u8),
                    Err(_) => panic!("{id} {}: target key {key}", meta.id),
                };
                let year = match selector {
                    Selector::Year(y) => y,
                    Selector::Level(_) | Selector::Levels(_) => 2024,
                };
                let h = hundredths(target);
                // The criterion passes when any of its shares is the one it measures:
                // each share is probed with the others at 100 %.
                let probes = pairs
                    .iter()
                    .map(|(part, total)| probe(c, meta, dict, part, total, h, selector, year));
                let results: Vec<Result<usize, String>> = probes.collect();
                if let Some(n) = results.iter().find_map(|r| r.as_ref().ok()) {
                    checked += n;
                } else {
                    for r in results {
                        if let Err(e) = r {
                            failures.push(format!("{id} {} at {key} ({target} %): {e}", meta.id));
                        }
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(checked > 1_000, "only {checked} probes");
}

/// Probes one share of a criterion at one year or level over every denominator; the
/// number of evaluations, or the first disagreement.
#[allow(clippy::too_many_arguments)]
fn probe(
    c: &LoadedCriterion,
    meta: &Metadata,
    dict: &DataDictionary,
    part: &str,
    total: &[String],
    h: u64,
    selector: Selector,
    year: u16,
) -> Result<usize, String> {
    let mut n = 0;
    for d in DENOMINATORS {
        // The smallest count meeting h/100 %: ceil(h × d / 10 000).
        let need = (u128::from(h) * u128::from(d)).div_ceil(10_000) as u64;
        let mut cases = vec![(need, Outcome::Pass)];
        if need > 0 {
            cases.push((need - 1, Outcome::Fail));
        }
        for (count, expected) in cases {
            let ds = dataset(meta, dict, (part, total), (count, d), year);
            let r = evaluate_one(c, &ds, selector, Basis::Appraised);
            n += 1;
            if r.outcome != expected {
                return Err(format!(
                    "`{part}` = {count} of {total:?} = {d}: expected {}, got {} ({})",
                    expected.keyword(),
                    r.outcome.keyword(),
                    r.reason
                ));
            }
            // The value shown never contradicts the verdict.
            if let Some(shown) = r.measured.as_f64() {
                let at_least = shown * 100.0 >= h as f64;
                if at_least != (expected == Outcome::Pass) && part_is_measured(&r.reason, part) {
                    return Err(format!(
                        "`{part}` = {count} of {d}: shown {shown} % contradicts {}",
                        expected.keyword()
                    ));
                }
            }
        }
    }
    Ok(n)
}

/// Whether the measured value is the share of `part` (a criterion with several shares
/// shows one of them).
fn part_is_measured(reason: &str, part: &str) -> bool {
    reason.contains(part)
}

/// A DTI score with up to two decimals against every maximum from 1 to 1000: the
/// smallest score reaching 70 % of it is recognised, one hundredth less is not.
#[test]
fn dti_points_are_compared_exactly() {
    let sandbox = sandbox();
    let mut failures = Vec::new();
    for id in ["thanh-hoa-1829-2023", "thanh-hoa-interim-district-2024"] {
        let set = sets().load(id, &sandbox).expect("set loads");
        let rule = &set.manifest.recognition;
        let min = match rule {
            Recognition::AllAssessedPassAndDti {
                dti_min_percent, ..
            }
            | Recognition::AllPassAndDtiTwoYears {
                dti_min_percent, ..
            } => *dti_min_percent,
            Recognition::MaturityLevels { .. } => unreachable!(),
        };
        let h = hundredths(min);
        for max in 1..=1000u64 {
            // Points in hundredths: the smallest p with p/100 × 100 ≥ min × max.
            let need = (h * max).div_ceil(100);
            for (points, expected) in [(need, true), (need - 1, false)] {
                let text = format!("{}.{:02}", points / 100, points % 100);
                let ds = dti_dataset(&text, &max.to_string());
                let verdict = recognise(rule, &mut [], &ds, Basis::SelfAssessed);
                let Verdict::Recognition(v) = verdict else {
                    unreachable!()
                };
                let dti = v.dti.as_ref().expect("dti");
                if dti.met != expected || v.recognized != expected {
                    failures.push(format!("{id}: {text} of {max}: expected met = {expected}"));
                }
                // Shown: never a percentage that contradicts the verdict.
                if (dti.percent >= min) != expected {
                    failures.push(format!(
                        "{id}: {text} of {max}: shown {} % contradicts met = {expected}",
                        dti.percent
                    ));
                }
                let dti_shortfall = v.shortfalls.iter().any(|s| {
                    matches!(s, Shortfall::DtiBelow { .. } | Shortfall::DtiMissing { .. })
                });
                if expected == dti_shortfall {
                    failures.push(format!(
                        "{id}: {text} of {max}: shortfalls {:?}",
                        v.shortfalls
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The DTI examples of the issue: exactly 70 %.
#[test]
fn exactly_seventy_percent_is_recognised() {
    let sandbox = sandbox();
    for (id, points, max) in [
        ("thanh-hoa-1829-2023", "72.1", "103"),
        ("thanh-hoa-interim-district-2024", "79.1", "113"),
        ("thanh-hoa-1829-2023", "7.21e1", "1.03e2"),
    ] {
        let set = sets().load(id, &sandbox).expect("set loads");
        let ds = dti_dataset(points, max);
        let Verdict::Recognition(v) =
            recognise(&set.manifest.recognition, &mut [], &ds, Basis::SelfAssessed)
        else {
            unreachable!()
        };
        assert!(
            v.recognized,
            "{id}: {points} / {max}: {:?}",
            v.recognition_reasons
        );
        assert_eq!(v.dti.expect("dti").percent, 70.0);
    }
}

/// A dataset with only a DTI score: `points` of `max` this year and the year before.
fn dti_dataset(points: &str, max: &str) -> Dataset {
    let p = |t: &str| Points::parse(t).expect("points");
    Dataset {
        dataset_version: 1,
        synthetic: true,
        note: None,
        locality: Locality {
            code: "999".into(),
            name: "Thử".into(),
            level: "district".into(),
            province: "Thử".into(),
            district: None,
        },
        year: 2024,
        facts: Default::default(),
        appraised_facts: Default::default(),
        evidence: Default::default(),
        dti: Some(Dti {
            max: p(max),
            self_assessed: Some(p(points)),
            appraised: None,
            previous_year: Some(DtiScore {
                points: p(points),
                max: p(max),
            }),
        }),
        derived: Default::default(),
        communes: Vec::new(),
    }
}
