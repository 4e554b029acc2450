//! `dtcheck generate`: a synthetic country of valid datasets, for batch runs and the
//! benchmark. Deterministic for a given seed (same seed, same bytes).
//!
//! Communes are drawn from the complete synthetic samples (Cẩm Tân, Cẩm Phong): their
//! populations are rescaled, and a share of their figures is perturbed so that most
//! criteria are met, some fall just below (or land exactly on) a target, and a few
//! communes lack a fact or a document. Districts are drawn from the Cẩm Thủy district
//! sample and list their communes, so they are evaluated from them.
//!
//! Layout, as in `datasets/` (a district's communes in its own dataset tree):
//! `OUT/districts/<district code>.json`, which registers its communes
//! (`communes.total`) and lists them, and `OUT/districts/<district code>/<commune
//! code>.json`. Evaluate the communes with `OUT/districts/*/`, the districts with
//! `OUT/districts/*.json`.

use crate::dataset::DataDictionary;
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

const COMMUNE_TEMPLATES: [&str; 2] = [
    include_str!("../../../datasets/thanh-hoa/2024/cam-thuy/cam-tan.json"),
    include_str!("../../../datasets/thanh-hoa/2024/cam-thuy/cam-phong.json"),
];
const DISTRICT_TEMPLATE: &str =
    include_str!("../../../datasets/thanh-hoa/2024/huyen-cam-thuy.json");

/// What to generate.
#[derive(Debug, Clone)]
pub struct Plan {
    pub seed: u64,
    pub communes: usize,
    pub districts: usize,
    pub year: u16,
}

impl Default for Plan {
    /// Roughly the country in the years these criteria cover.
    fn default() -> Self {
        Plan {
            seed: 1,
            communes: 10_599,
            districts: 705,
            year: 2024,
        }
    }
}

/// SplitMix64: small, fast and fully determined by its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    #[error("cannot write `{path}`: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0}")]
    Invalid(String),
}

impl GenerateError {
    /// The file at fault, if one is.
    pub fn path(&self) -> Option<String> {
        match self {
            GenerateError::Io { path, .. } => Some(path.display().to_string()),
            GenerateError::Invalid(_) => None,
        }
    }
}

/// Rescales and perturbs the facts of a template: `scale` multiplies every population,
/// shares keep their ratio except where perturbed.
fn perturb(facts: &mut Map<String, Value>, dictionary: &DataDictionary, scale: f64, rng: &mut Rng) {
    let keys: Vec<String> = facts.keys().cloned().collect();
    let original = facts.clone();
    // Totals (counts bounded by nothing) are rescaled first, so that parts can follow.
    for key in &keys {
        let def = dictionary.fact(key);
        let is_total =
            def.is_some_and(|d| d.kind == "integer") && dictionary.total_of(key).is_none();
        if let (true, Some(n)) = (is_total, original.get(key).and_then(Value::as_f64))
            && !key.starts_with("communes.")
            && n >= 5.0
        {
            facts.insert(key.clone(), Value::from((n * scale).round() as i64));
        }
    }
    for key in &keys {
        let Some(def) = dictionary.fact(key) else {
            continue;
        };
        match (def.kind.as_str(), dictionary.total_of(key)) {
            ("boolean", _) if rng.chance(0.008) => {
                facts.insert(key.clone(), Value::Bool(false));
            }
            ("integer", Some(total_key)) => {
                let (Some(part), Some(total0)) = (
                    original.get(key).and_then(Value::as_f64),
                    original.get(total_key).and_then(Value::as_f64),
                ) else {
                    continue;
                };
                let Some(total) = facts.get(total_key).and_then(Value::as_f64) else {
                    continue;
                };
                let mut ratio = if total0 > 0.0 { part / total0 } else { 0.0 };
                if rng.chance(0.035) {
                    // Some figures fall short, most only just.
                    ratio *= 1.0 - 0.12 * rng.unit() * rng.unit();
                }
                facts.insert(
                    key.clone(),
                    Value::from((ratio * total).floor().min(total) as i64),
                );
            }
            _ => {}
        }
    }
}

/// Where a generated country's datasets are: each district's directory of communes, and
/// the district files, both sorted.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub commune_dirs: Vec<std::path::PathBuf>,
    pub district_files: Vec<std::path::PathBuf>,
}

/// The layout of the country generated under `out`.
pub fn layout(out: &Path) -> std::io::Result<Layout> {
    let mut layout = Layout::default();
    for entry in std::fs::read_dir(out.join("districts"))? {
        let path = entry?.path();
        if path.is_dir() {
            layout.commune_dirs.push(path);
        } else if path.extension().is_some_and(|e| e == "json") {
            layout.district_files.push(path);
        }
    }
    layout.commune_dirs.sort();
    layout.district_files.sort();
    Ok(layout)
}

/// Keeps each count bounded by a sum of totals (`x-total` as a list) within that sum,
/// once the totals are final.
fn within_summed_totals(facts: &mut Map<String, Value>, dictionary: &DataDictionary) {
    let keys: Vec<String> = facts.keys().cloned().collect();
    for key in keys {
        let Some(terms) = dictionary.total_terms(&key).filter(|t| t.len() > 1) else {
            continue;
        };
        let sum: Option<u64> = terms
            .iter()
            .map(|t| facts.get(t).and_then(Value::as_u64))
            .sum();
        if let (Some(sum), Some(n)) = (sum, facts.get(&key).and_then(Value::as_u64))
            && n > sum
        {
            facts.insert(key, Value::from(sum));
        }
    }
}

fn write_json(path: &Path, v: &Value) -> Result<(), GenerateError> {
    let mut text =
        serde_json::to_string_pretty(v).map_err(|e| GenerateError::Invalid(e.to_string()))?;
    text.push('\n');
    crate::write_file(path, &text).map_err(|source| GenerateError::Io {
        path: path.into(),
        source,
    })
}

/// Writes the country under `out`; returns (communes, districts) written.
pub fn generate(
    out: &Path,
    plan: &Plan,
    dictionary: &DataDictionary,
) -> Result<(usize, usize), GenerateError> {
    if plan.districts == 0 || plan.communes < plan.districts {
        return Err(GenerateError::Invalid(
            "need at least one district and one commune per district".into(),
        ));
    }
    let parse = |s: &str| {
        serde_json::from_str::<Value>(s).map_err(|e| GenerateError::Invalid(e.to_string()))
    };
    let communes: Vec<Value> = COMMUNE_TEMPLATES
        .iter()
        .map(|t| parse(t))
        .collect::<Result<_, _>>()?;
    let district = parse(DISTRICT_TEMPLATE)?;
    let mut rng = Rng(plan.seed);
    let per = plan.communes / plan.districts;
    let extra = plan.communes % plan.districts;
    let mut next_code = 10_000usize;
    let note = format!(
        "SYNTHETIC: generated by `dtcheck generate --seed {}`; not official data.",
        plan.seed
    );
    for d in 0..plan.districts {
        let district_code = format!("{:03}", d % 1000);
        let district_code = if plan.districts > 1000 {
            format!("{d:04}")
        } else {
            district_code
        };
        let province = format!("Tỉnh tổng hợp {:02}", d % 63 + 1);
        let district_name = format!("Huyện tổng hợp {district_code}");
        let n = per + usize::from(d < extra);
        let mut listed = Vec::with_capacity(n);
        for _ in 0..n {
            let code = format!("{next_code:05}");
            next_code += 1;
            let mut c = communes[rng.below(communes.len())].clone();
            c["note"] = note.clone().into();
            c["year"] = plan.year.into();
            c["locality"] = serde_json::json!({
                "code": code, "name": format!("Xã tổng hợp {code}"), "level": "commune",
                "province": province, "district": district_name,
            });
            if let Some(obj) = c.as_object_mut() {
                obj.remove("appraised_facts");
                obj.remove("$schema");
            }
            let scale = 0.5 + 2.0 * rng.unit();
            if let Some(facts) = c["facts"].as_object_mut() {
                perturb(facts, dictionary, scale, &mut rng);
                if rng.chance(0.03) && !facts.is_empty() {
                    let k = facts
                        .keys()
                        .nth(rng.below(facts.len()))
                        .cloned()
                        .unwrap_or_default();
                    facts.remove(&k);
                }
            }
            if let Some(evidence) = c["evidence"].as_object_mut()
                && rng.chance(0.03)
                && !evidence.is_empty()
            {
                let k = evidence
                    .keys()
                    .nth(rng.below(evidence.len()))
                    .cloned()
                    .unwrap_or_default();
                evidence.remove(&k);
            }
            let points = (600.0 + 350.0 * rng.unit()).round() / 10.0;
            c["dti"] = serde_json::json!({ "max": 100, "self_assessed": points, "appraised": points - (rng.below(30) as f64) / 10.0 });
            write_json(
                &out.join("districts")
                    .join(&district_code)
                    .join(format!("{code}.json")),
                &c,
            )?;
            listed.push(Value::from(format!("{district_code}/{code}.json")));
        }
        let mut h = district.clone();
        h["note"] = note.clone().into();
        h["year"] = plan.year.into();
        h["locality"] = serde_json::json!({ "code": district_code, "name": district_name, "level": "district", "province": province });
        h["communes"] = Value::Array(listed);
        if let Some(obj) = h.as_object_mut() {
            obj.remove("$schema");
        }
        let scale = 0.5 + 1.5 * rng.unit();
        if let Some(facts) = h["facts"].as_object_mut() {
            perturb(facts, dictionary, scale, &mut rng);
            // The district registers exactly the communes listed, and its own count of
            // connected communes cannot exceed them.
            facts.insert(
                crate::aggregate::communes::COMMUNES_TOTAL.into(),
                Value::from(n),
            );
            if let Some(v) = facts.get_mut("communes.video_conference_connected") {
                *v = Value::from(if rng.chance(0.9) { n } else { n - 1 });
            }
            within_summed_totals(facts, dictionary);
        }
        let points = (650.0 + 300.0 * rng.unit()).round() / 10.0;
        h["dti"] = serde_json::json!({ "max": 100, "self_assessed": points, "previous_year": { "points": points - 3.0, "max": 100 } });
        write_json(
            &out.join("districts").join(format!("{district_code}.json")),
            &h,
        )?;
    }
    Ok((plan.communes, plan.districts))
}
