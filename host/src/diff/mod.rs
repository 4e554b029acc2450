//! "What changes, for which localities and criteria, if these rules replace those?"
//!
//! A [`Side`] is a policy set at a revision (or the working tree) applied for a year.
//! A [`Differ`] compares the results of the same datasets under two sides (evaluated
//! by `plan`) and reports, per locality, the verdict before and after and every
//! criterion whose outcome, measured value or target changed; the criteria added, removed or changed in their metadata; and a summary.
//! Criteria are paired by id within a set, and through a [`Crosswalk`] across sets.

pub mod crosswalk;

pub use crosswalk::{Crosswalk, CrosswalkError, Mapping, Relation};

use crate::aggregate::{LocalityResult, Verdict};
use crate::dataset::Basis;
use crate::eval::{CriterionResult, Outcome};
use crate::policyset::{Metadata, PolicySet, Provenance};
use serde::Serialize;
use std::collections::BTreeMap;

/// One side of a diff: a loaded set, the year whose targets apply, and the figures
/// used (the self-assessed ones, or the appraised ones over them).
pub struct Side<'a> {
    pub set: &'a PolicySet,
    pub year: Option<u16>,
    pub basis: Basis,
}

/// Identity of a side in the report.
#[derive(Debug, Clone, Serialize)]
pub struct SideInfo {
    pub policy_set: String,
    pub provenance: Provenance,
    /// The targets year asked for (null: each dataset's own year, or a level-keyed set).
    pub year: Option<u16>,
    /// The figures this side used, when the two sides use different ones (the
    /// report's `basis` otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basis: Option<Basis>,
}

/// A criterion's result, reduced to what a reviewer compares.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Brief {
    pub id: String,
    pub outcome: Outcome,
    pub measured: serde_json::Value,
    pub target: serde_json::Value,
    pub unit: String,
    pub reason: String,
    /// Level-keyed sets: the outcome at each level.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub levels: Option<Vec<Outcome>>,
}

impl Brief {
    fn of(c: &CriterionResult) -> Self {
        Brief {
            id: c.id.to_string(),
            outcome: c.outcome,
            measured: c.measured.clone(),
            target: c.target.clone(),
            unit: c.unit.to_string(),
            reason: c.reason.clone(),
            levels: c
                .levels
                .as_ref()
                .map(|ls| ls.iter().map(|l| l.outcome).collect()),
        }
    }

    fn same(&self, other: &Brief) -> bool {
        self.outcome == other.outcome
            && self.measured == other.measured
            && self.target == other.target
            && self.levels == other.levels
    }
}

/// A criterion (or a pair of mapped criteria) whose result changed for a locality.
#[derive(Debug, Clone, Serialize)]
pub struct CriterionChange {
    pub before: Option<Brief>,
    pub after: Option<Brief>,
    /// How the crosswalk relates the pair (cross-set diffs): only a `one_to_one` pair
    /// measures the same thing on both sides.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relation: Option<Relation>,
    /// The crosswalk's note on the pairing (cross-set diffs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl CriterionChange {
    /// Whether the outcome itself changed (or the criterion was added or removed), as
    /// opposed to only its target or measured value.
    pub fn outcome_changed(&self) -> bool {
        match (&self.before, &self.after) {
            (Some(a), Some(b)) => {
                a.outcome != b.outcome
                    || (a.levels.is_some() && b.levels.is_some() && a.levels != b.levels)
            }
            _ => true,
        }
    }

    /// "pass→fail", "→pass" (added), "fail→" (removed).
    pub fn transition(&self) -> String {
        let o = |b: &Option<Brief>| b.as_ref().map_or("", |b| b.outcome.keyword());
        format!("{}→{}", o(&self.before), o(&self.after))
    }

    /// The id shown for the change ("1.6", or "1.6 → xa.I.2" across sets).
    pub fn label(&self) -> String {
        match (&self.before, &self.after) {
            (Some(a), Some(b)) if a.id == b.id => a.id.clone(),
            (Some(a), Some(b)) => format!("{} → {}", a.id, b.id),
            (Some(a), None) => format!("{} (removed)", a.id),
            (None, Some(b)) => format!("{} (added)", b.id),
            (None, None) => String::new(),
        }
    }
}

/// A verdict in a form both kinds of set share.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VerdictBrief {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recognized: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    /// The level's name ("Kết nối"), for the reports' wording.
    #[serde(skip)]
    pub level_name: Option<String>,
    pub text: String,
}

impl VerdictBrief {
    fn of(v: &Verdict) -> Self {
        match v {
            Verdict::Recognition(r) => VerdictBrief {
                recognized: Some(r.recognized),
                level: None,
                level_name: None,
                text: if r.recognized {
                    "recognised".into()
                } else {
                    "not recognised".into()
                },
            },
            Verdict::Maturity(m) => VerdictBrief {
                recognized: None,
                level: Some(m.level),
                level_name: m.level_name.clone(),
                text: match &m.level_name {
                    Some(name) => format!("level {} ({name})", m.level),
                    None => "level 0 (none reached)".into(),
                },
            },
        }
    }
}

/// One locality under both sides.
#[derive(Debug, Clone, Serialize)]
pub struct LocalityDiff {
    pub file: String,
    pub code: String,
    pub name: String,
    pub before: VerdictBrief,
    pub after: VerdictBrief,
    pub verdict_changed: bool,
    pub changes: Vec<CriterionChange>,
}

/// A change to a criterion's definition between the two sides (same set only).
#[derive(Debug, Clone, Serialize)]
pub struct RuleChange {
    pub id: String,
    /// "added", "removed" or "changed".
    pub kind: String,
    /// Field → (before, after), for changed criteria.
    pub fields: BTreeMap<String, (serde_json::Value, serde_json::Value)>,
}

/// Counts over all localities.
#[derive(Debug, Clone, Serialize)]
pub struct DiffSummary {
    pub localities: usize,
    pub verdict_changes: usize,
    /// Localities whose verdict changed, as "name: before → after".
    pub verdict_flips: Vec<String>,
    /// Criterion label → number of localities whose result (outcome, measured value or
    /// target) changed.
    pub changes_by_criterion: BTreeMap<String, usize>,
    /// Criterion results whose outcome changed.
    pub outcome_changes: usize,
    /// Outcome transitions ("pass→fail") → count; target-only changes are not counted.
    pub transitions: BTreeMap<String, usize>,
    /// Cross-set diffs: the outcome changes split by how comparable the pair is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comparability: Option<Comparability>,
}

/// A cross-set diff's outcome changes by the relation of their pair.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Comparability {
    /// Between `one_to_one` pairs: the same measure of the same population.
    pub comparable: usize,
    /// Between `partial`, `one_to_many` and `many_to_one` pairs: related measures,
    /// another population or another numerator; not the same result.
    pub related: usize,
}

impl DiffSummary {
    /// `changes_by_criterion` in the source tables' order of ids (the map itself is in
    /// string order, as JSON has always had it).
    pub fn changes_in_id_order(&self) -> Vec<(&str, usize)> {
        let mut by: Vec<(&str, usize)> = self
            .changes_by_criterion
            .iter()
            .map(|(k, v)| (k.as_str(), *v))
            .collect();
        by.sort_by(|a, b| crate::policyset::id_order(a.0, b.0));
        by
    }
}

/// The whole diff.
#[derive(Debug, Clone, Serialize)]
pub struct DiffReport {
    pub from: SideInfo,
    pub to: SideInfo,
    pub basis: Basis,
    /// The crosswalk used to pair criteria across sets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub crosswalk: Option<CrosswalkInfo>,
    pub summary: DiffSummary,
    pub rule_changes: Vec<RuleChange>,
    pub localities: Vec<LocalityDiff>,
    /// Both evaluations of every locality, kept only when asked (for `--unified`).
    #[serde(skip)]
    pub results: Vec<(LocalityResult, LocalityResult)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CrosswalkInfo {
    pub from: String,
    pub to: String,
    pub version: u32,
    /// Criteria with no counterpart, with the crosswalk's note.
    pub no_counterpart: Vec<String>,
}

impl DiffReport {
    /// True when nothing at all differs (verdicts, criteria results, rules).
    pub fn is_empty(&self) -> bool {
        self.rule_changes.is_empty()
            && self
                .localities
                .iter()
                .all(|l| !l.verdict_changed && l.changes.is_empty())
    }
}

/// Which criterion of `from` is compared with which of `to`.
struct Pair {
    from: Option<String>,
    to: Option<String>,
    relation: Option<Relation>,
    note: Option<String>,
}

fn pairs(from: &PolicySet, to: &PolicySet, crosswalk: Option<&Crosswalk>) -> Vec<Pair> {
    if let Some(cw) = crosswalk {
        let mut out = Vec::new();
        for m in &cw.mappings {
            let note = (!m.note.is_empty()).then(|| m.note.clone());
            match (m.from.as_slice(), m.to.as_slice()) {
                ([], tos) => out.extend(tos.iter().map(|t| Pair {
                    from: None,
                    to: Some(t.clone()),
                    relation: Some(m.relation),
                    note: note.clone(),
                })),
                (froms, []) => out.extend(froms.iter().map(|f| Pair {
                    from: Some(f.clone()),
                    to: None,
                    relation: Some(m.relation),
                    note: note.clone(),
                })),
                (froms, tos) => {
                    for f in froms {
                        for t in tos {
                            out.push(Pair {
                                from: Some(f.clone()),
                                to: Some(t.clone()),
                                relation: Some(m.relation),
                                note: note.clone(),
                            });
                        }
                    }
                }
            }
        }
        return out;
    }
    let ids = |s: &PolicySet| {
        s.criteria
            .iter()
            .map(|c| c.entry.criterion.clone())
            .collect::<Vec<_>>()
    };
    let (a, b) = (ids(from), ids(to));
    let mut out: Vec<Pair> = a
        .iter()
        .map(|id| Pair {
            from: Some(id.clone()),
            to: b.contains(id).then(|| id.clone()),
            relation: None,
            note: None,
        })
        .collect();
    out.extend(b.iter().filter(|id| !a.contains(id)).map(|id| Pair {
        from: None,
        to: Some(id.clone()),
        relation: None,
        note: None,
    }));
    out
}

/// Compares the definitions of criteria present on both sides of a same-set diff.
fn rule_changes(from: &PolicySet, to: &PolicySet) -> Vec<RuleChange> {
    let meta = |s: &PolicySet| -> BTreeMap<String, (Option<Metadata>, String)> {
        s.criteria
            .iter()
            .map(|c| {
                let m = c.loaded.as_ref().ok().map(|u| u.meta.clone());
                (c.entry.criterion.clone(), (m, c.entry.sha256.clone()))
            })
            .collect()
    };
    let (a, b) = (meta(from), meta(to));
    let mut out = Vec::new();
    for p in pairs(from, to, None) {
        match (p.from, p.to) {
            (Some(id), None) => out.push(RuleChange {
                id,
                kind: "removed".into(),
                fields: BTreeMap::new(),
            }),
            (None, Some(id)) => out.push(RuleChange {
                id,
                kind: "added".into(),
                fields: BTreeMap::new(),
            }),
            (Some(id), Some(_)) => {
                let (Some((ma, ha)), Some((mb, hb))) = (a.get(&id), b.get(&id)) else {
                    continue;
                };
                let mut fields = BTreeMap::new();
                if let (Some(ma), Some(mb)) = (ma, mb) {
                    let v = |x: &Metadata| serde_json::to_value(x).unwrap_or_default();
                    let (va, vb) = (v(ma), v(mb));
                    for key in [
                        "name",
                        "unit",
                        "targets",
                        "evidence",
                        "facts",
                        "group",
                        "agency",
                        "legal_basis",
                        "notes",
                    ] {
                        if va.get(key) != vb.get(key) {
                            let pick = |x: &serde_json::Value| {
                                if key == "targets" {
                                    targets_object(x)
                                } else {
                                    x.get(key).cloned().unwrap_or_default()
                                }
                            };
                            fields.insert(key.to_string(), (pick(&va), pick(&vb)));
                        }
                    }
                }
                if ha != hb && fields.is_empty() {
                    fields.insert("module".into(), (ha.clone().into(), hb.clone().into()));
                }
                if !fields.is_empty() {
                    out.push(RuleChange {
                        id,
                        kind: "changed".into(),
                        fields,
                    });
                }
            }
            (None, None) => {}
        }
    }
    out
}

/// `[["2024", 75], …]` as `{"2024": 75, …}`, for readable rule changes.
fn targets_object(meta: &serde_json::Value) -> serde_json::Value {
    let mut map = serde_json::Map::new();
    for row in meta
        .get("targets")
        .and_then(|t| t.as_array())
        .into_iter()
        .flatten()
    {
        if let (Some(k), Some(v)) = (row.get(0).and_then(|k| k.as_str()), row.get(1)) {
            map.insert(k.to_string(), v.clone());
        }
    }
    serde_json::Value::Object(map)
}

/// Compares localities a batch at a time, so that a caller can stream datasets through
/// it on every core and keep only the comparisons; [`Differ::report`] adds them up.
pub struct Differ<'a> {
    from: &'a Side<'a>,
    to: &'a Side<'a>,
    crosswalk: Option<&'a Crosswalk>,
    pairs: Vec<Pair>,
}

impl<'a> Differ<'a> {
    pub fn new(from: &'a Side<'a>, to: &'a Side<'a>, crosswalk: Option<&'a Crosswalk>) -> Self {
        Differ {
            from,
            to,
            crosswalk,
            pairs: pairs(from.set, to.set, crosswalk),
        }
    }

    /// What differs between a locality's two results.
    pub fn compare(&self, before: &LocalityResult, after: &LocalityResult) -> LocalityDiff {
        locality_diff(before, after, &self.pairs, self.crosswalk.is_some())
    }

    /// The report over every locality compared, in order. `results` are the two
    /// evaluations of each, when the caller kept them.
    pub fn report(
        &self,
        localities: Vec<LocalityDiff>,
        results: Vec<(LocalityResult, LocalityResult)>,
    ) -> DiffReport {
        report(self.from, self.to, self.crosswalk, localities, results)
    }
}

fn report(
    from: &Side<'_>,
    to: &Side<'_>,
    crosswalk: Option<&Crosswalk>,
    localities: Vec<LocalityDiff>,
    results: Vec<(LocalityResult, LocalityResult)>,
) -> DiffReport {
    let per_side = (from.basis != to.basis).then_some(());
    let mut summary = DiffSummary {
        localities: localities.len(),
        verdict_changes: 0,
        verdict_flips: Vec::new(),
        changes_by_criterion: BTreeMap::new(),
        outcome_changes: 0,
        transitions: BTreeMap::new(),
        comparability: crosswalk.map(|_| Comparability::default()),
    };
    for l in &localities {
        if l.verdict_changed {
            summary.verdict_changes += 1;
            summary.verdict_flips.push(format!(
                "{} ({}): {} → {}",
                l.name, l.code, l.before.text, l.after.text
            ));
        }
        for c in &l.changes {
            *summary.changes_by_criterion.entry(c.label()).or_default() += 1;
            if c.outcome_changed() {
                *summary.transitions.entry(c.transition()).or_default() += 1;
                summary.outcome_changes += 1;
                if let (Some(split), Some(relation)) = (&mut summary.comparability, c.relation) {
                    match relation {
                        Relation::OneToOne => split.comparable += 1,
                        Relation::NoCounterpart => {}
                        _ => split.related += 1,
                    }
                }
            }
        }
    }
    let same_set = from.set.id() == to.set.id();
    let crosswalk = crosswalk.map(|cw| CrosswalkInfo {
        from: cw.from.clone(),
        to: cw.to.clone(),
        version: cw.version,
        no_counterpart: cw
            .mappings
            .iter()
            .filter(|m| m.relation == Relation::NoCounterpart)
            .map(|m| {
                let ids: Vec<&str> = m.from.iter().chain(&m.to).map(String::as_str).collect();
                let side = if m.from.is_empty() { &cw.to } else { &cw.from };
                format!("{} ({side}): {}", ids.join(", "), m.note)
            })
            .collect(),
    });
    DiffReport {
        from: SideInfo {
            policy_set: from.set.id().into(),
            provenance: from.set.provenance.clone(),
            year: from.year,
            basis: per_side.map(|()| from.basis),
        },
        to: SideInfo {
            policy_set: to.set.id().into(),
            provenance: to.set.provenance.clone(),
            year: to.year,
            basis: per_side.map(|()| to.basis),
        },
        basis: to.basis,
        crosswalk,
        summary,
        rule_changes: if same_set {
            rule_changes(from.set, to.set)
        } else {
            Vec::new()
        },
        localities,
        results,
    }
}

fn locality_diff(
    a: &LocalityResult,
    b: &LocalityResult,
    pairs: &[Pair],
    cross_set: bool,
) -> LocalityDiff {
    let find = |r: &LocalityResult, id: &Option<String>| {
        id.as_ref()
            .and_then(|id| r.criteria.iter().find(|c| *c.id == **id))
            .map(Brief::of)
    };
    let mut changes = Vec::new();
    for p in pairs {
        let (before, after) = (find(a, &p.from), find(b, &p.to));
        let changed = match (&before, &after) {
            (Some(x), Some(y)) => !x.same(y),
            (None, None) => false,
            // Across sets, criteria without a counterpart are listed once, not per locality.
            _ if cross_set => false,
            // Added or removed criteria change the result only where they apply.
            _ => true,
        };
        if changed {
            changes.push(CriterionChange {
                before,
                after,
                relation: p.relation,
                note: p.note.clone(),
            });
        }
    }
    let (before, after) = (VerdictBrief::of(&a.verdict), VerdictBrief::of(&b.verdict));
    // Verdicts of different kinds (recognition vs maturity level) are shown side by
    // side but are not comparable, so they never count as a change.
    let verdict_changed = match (
        before.recognized,
        after.recognized,
        before.level,
        after.level,
    ) {
        (Some(x), Some(y), _, _) => x != y,
        (_, _, Some(x), Some(y)) => x != y,
        _ => false,
    };
    LocalityDiff {
        file: a.file.clone(),
        code: a.locality.code.clone(),
        name: a.locality.name.clone(),
        verdict_changed,
        before,
        after,
        changes,
    }
}
