//! Running criteria over a dataset: the criterion results of a locality, never its
//! verdict (that is `aggregate`'s).

use super::explanation::{Uncomputable, Why};
use super::{Bases, CriterionResult, FactRead, LevelResult, OtherBasis, Outcome};
use crate::dataset::{Basis, Dataset, FactSource, LoadedDataset};
use crate::policyset::{LoadedCriterion, PolicySet, ScheduleSpec, Usable};
use crate::sandbox::Session;
use dtcheck_abi::{GuestOutcome, Input, Output, Selector, Value};
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;

/// How to evaluate.
#[derive(Debug, Clone, Copy)]
pub struct EvalOptions {
    /// Whose targets apply (year-keyed sets); `None` = the dataset's own year.
    pub year: Option<u16>,
    pub basis: Basis,
}

/// Facts the host computed for a locality (a district's commune-derived figures). They
/// take precedence over the figures the dataset declares; `Err` holds why a fact could
/// not be computed, which the criteria reading it then report instead of guessing.
#[derive(Debug, Clone, Default)]
pub struct ComputedFacts {
    pub values: BTreeMap<String, Result<serde_json::Value, Uncomputed>>,
    /// Keys that could have been computed but were taken from the dataset: reported
    /// with source `declared`.
    pub declared: std::collections::BTreeSet<String>,
}

/// Why a fact the host computes from a district's communes could not be computed: the
/// criteria reading it report it (worded by `render::explain`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Uncomputed {
    /// The district's registered number of communes (`communes.total`) is not a count.
    RegisteredNotACount { value: serde_json::Value },
    /// The district does not declare its registered number of communes, so whether the
    /// `given` commune datasets are all of them cannot be told.
    Unregistered { given: usize },
    /// Only `given` of the district's `registered` communes have a dataset.
    Incomplete { given: usize, registered: u64 },
}

/// The facts of one locality as the criteria see them.
struct FactView<'a> {
    dataset: &'a Dataset,
    basis: Basis,
    computed: &'a ComputedFacts,
}

impl FactView<'_> {
    /// Both figures of `key`, when the dataset has appraised ones and the value read
    /// is the dataset's (not one the host computed): the appraised figure is the
    /// commune's own where the district gave none (it stands as appraised).
    fn bases(&self, key: &str, source: FactSource) -> Option<Bases> {
        if self.dataset.appraised_facts.is_empty()
            || matches!(source, FactSource::Computed | FactSource::Unavailable)
        {
            return None;
        }
        let on = |basis| {
            self.dataset
                .fact(key, basis)
                .0
                .cloned()
                .unwrap_or(serde_json::Value::Null)
        };
        Some(Bases {
            self_assessed: on(Basis::SelfAssessed),
            appraised: on(Basis::Appraised),
        })
    }

    /// Where a self-assessed count comes from, when it was counted from a list.
    fn derived(&self, key: &str, source: FactSource) -> Option<Arc<crate::dataset::Derivation>> {
        if source != FactSource::SelfAssessed || self.dataset.derived.is_empty() {
            return None;
        }
        self.dataset.derived.get(key).cloned()
    }

    fn get(&self, key: &str) -> (Option<serde_json::Value>, FactSource, Option<&Uncomputed>) {
        match self.computed.values.get(key) {
            Some(Ok(v)) => (Some(v.clone()), FactSource::Computed, None),
            Some(Err(why)) => (None, FactSource::Unavailable, Some(why)),
            None => {
                let (v, mut source) = self.dataset.fact(key, self.basis);
                if v.is_some() && self.computed.declared.contains(key) {
                    source = FactSource::Declared;
                }
                (v.cloned(), source, None)
            }
        }
    }
}

/// One locality to evaluate, with what the host computed for it.
pub struct LocalityInput<'a> {
    pub dataset: &'a LoadedDataset,
    pub computed: &'a ComputedFacts,
}

/// A locality's criterion results, before its set's rule is applied.
pub struct Assessed {
    /// The results of the criteria that apply to the locality's level, in set order.
    pub criteria: Vec<CriterionResult>,
    /// The year whose targets were applied (year-keyed sets).
    pub targets_year: Option<u16>,
}

/// Evaluates the criteria of `set` that apply to the locality's level of government.
/// Modules run in `session`'s instances.
pub fn evaluate_locality(
    set: &PolicySet,
    locality: &LocalityInput<'_>,
    opts: EvalOptions,
    session: &mut Session,
) -> Assessed {
    let view = FactView {
        dataset: &locality.dataset.dataset,
        basis: opts.basis,
        computed: locality.computed,
    };
    let (selectors, targets_year) = assessed_at(set, locality.dataset, opts);
    let criteria = set
        .criteria
        .iter()
        .filter(|c| applies_to(c, &view.dataset.locality.level))
        .filter_map(|c| evaluate_criterion(c, &view, &selectors, session))
        .collect();
    Assessed {
        criteria,
        targets_year,
    }
}

/// Evaluates the criteria of `set` that apply to each locality's level of government,
/// criterion by criterion: each module runs for every locality in turn while its code
/// and memory are hot (twice as fast as going locality by locality through 37 modules,
/// measured). Results come back in the order given, each exactly as it would alone.
/// Modules run in `session`'s instances.
pub fn evaluate_localities(
    set: &PolicySet,
    localities: &[LocalityInput<'_>],
    opts: EvalOptions,
    session: &mut Session,
) -> Vec<Assessed> {
    let views: Vec<FactView<'_>> = localities
        .iter()
        .map(|l| FactView {
            dataset: &l.dataset.dataset,
            basis: opts.basis,
            computed: l.computed,
        })
        .collect();
    let schedule: Vec<(Vec<Selector>, Option<u16>)> = localities
        .iter()
        .map(|l| assessed_at(set, l.dataset, opts))
        .collect();
    let mut criteria: Vec<Vec<CriterionResult>> = localities
        .iter()
        .map(|_| Vec::with_capacity(set.criteria.len()))
        .collect();
    for c in &set.criteria {
        for ((view, (selectors, _)), out) in views.iter().zip(&schedule).zip(&mut criteria) {
            if applies_to(c, &view.dataset.locality.level)
                && let Some(r) = evaluate_criterion(c, view, selectors, session)
            {
                out.push(r);
            }
        }
    }
    criteria
        .into_iter()
        .zip(schedule)
        .map(|(criteria, (_, targets_year))| Assessed {
            criteria,
            targets_year,
        })
        .collect()
}

/// Which of a locality's selectors a rule reads a criterion at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum At {
    /// Its result at this maturity level, else its main (first) result.
    Level(u8),
    /// Its main (first) result.
    Main,
}

/// Answers "is this criterion met for this locality" one call at a time, building no
/// result: what a district needs of its communes, asked by the rule
/// (`aggregate::standings`) in the order it needs, so that no more modules run than
/// the rule takes. Each criterion's input for each locality is prepared when first
/// needed and reused at every level (only the selector changes).
pub struct Probe<'a> {
    set: &'a PolicySet,
    views: Vec<FactView<'a>>,
    selectors: Vec<Vec<Selector>>,
    prepared: Vec<Vec<Option<Prepared>>>,
}

static NO_COMPUTED_FACTS: std::sync::LazyLock<ComputedFacts> =
    std::sync::LazyLock::new(ComputedFacts::default);

impl<'a> Probe<'a> {
    pub fn new(set: &'a PolicySet, datasets: &[&'a LoadedDataset], opts: EvalOptions) -> Self {
        Probe {
            set,
            views: datasets
                .iter()
                .map(|ds| FactView {
                    dataset: &ds.dataset,
                    basis: opts.basis,
                    computed: &NO_COMPUTED_FACTS,
                })
                .collect(),
            selectors: datasets
                .iter()
                .map(|ds| assessed_at(set, ds, opts).0)
                .collect(),
            prepared: set
                .criteria
                .iter()
                .map(|_| (0..datasets.len()).map(|_| None).collect())
                .collect(),
        }
    }

    /// Whether criterion `criterion` (an index into the set's criteria) counts as met
    /// for locality `locality` at `at`: true when it does not apply to the locality.
    pub fn met(
        &mut self,
        criterion: usize,
        locality: usize,
        at: At,
        session: &mut Session,
    ) -> bool {
        let (Some(c), Some(view), Some(selectors)) = (
            self.set.criteria.get(criterion),
            self.views.get(locality),
            self.selectors.get(locality),
        ) else {
            return true;
        };
        let selector = match at {
            At::Level(level) => selectors
                .iter()
                .copied()
                .find(|&s| s == Selector::Level(level))
                .or_else(|| selectors.first().copied()),
            At::Main => selectors.first().copied(),
        };
        let Some(selector) = selector.filter(|_| applies_to(c, &view.dataset.locality.level))
        else {
            return true;
        };
        let Some(prepared) = self
            .prepared
            .get_mut(criterion)
            .and_then(|p| p.get_mut(locality))
        else {
            return true;
        };
        outcome_only(c, view, selector, prepared, session).counts_as_met()
    }
}

/// What a locality is assessed at: its targets year (year-keyed sets), or every level.
fn assessed_at(
    set: &PolicySet,
    ds: &LoadedDataset,
    opts: EvalOptions,
) -> (Vec<Selector>, Option<u16>) {
    match &set.manifest.schedule {
        ScheduleSpec::Year { .. } => {
            let year = opts.year.unwrap_or(ds.dataset.year);
            (vec![Selector::Year(year)], Some(year))
        }
        ScheduleSpec::Level { levels } => {
            (levels.iter().map(|&l| Selector::Level(l)).collect(), None)
        }
    }
}

/// Whether a criterion applies to a locality of this level ("commune", "district").
/// A criterion whose module failed to load is kept everywhere, so its error shows.
fn applies_to(c: &LoadedCriterion, level: &str) -> bool {
    c.loaded
        .as_ref()
        .map_or(true, |u| u.meta.level_of_government == level)
}

/// Evaluates one criterion for one dataset at a year or level, with no computed facts
/// (fixture cases, tools).
pub fn evaluate_one(
    c: &LoadedCriterion,
    dataset: &Dataset,
    selector: Selector,
    basis: Basis,
) -> CriterionResult {
    let computed = ComputedFacts::default();
    evaluate_criterion(
        c,
        &FactView {
            dataset,
            basis,
            computed: &computed,
        },
        &[selector],
        &mut Session::new(),
    )
    .map_or_else(
        || CriterionResult::empty(&c.entry.criterion),
        |mut r| {
            // The one level asked for, in the top-level fields too.
            if let Selector::Level(level) = selector {
                r.focus_level(level);
            }
            r
        },
    )
}

/// Evaluates one criterion for one locality at each selector (one year, or every
/// level): one result, carrying the result at every level for level selectors. Never
/// fails: every problem is an outcome.
fn evaluate_criterion(
    c: &LoadedCriterion,
    view: &FactView<'_>,
    selectors: &[Selector],
    session: &mut Session,
) -> Option<CriterionResult> {
    match &c.loaded {
        Ok(usable) => run_usable(usable, view, selectors, session),
        Err(reason) => {
            let mut r = CriterionResult::empty(&c.entry.criterion);
            let why = Why::ModuleFault {
                detail: reason.to_string(),
            };
            r.explanation = why.clone();
            if let Some(Selector::Level(_)) = selectors.first() {
                r.levels = Some(
                    selectors
                        .iter()
                        .map(|s| LevelResult {
                            level: selector_level(*s),
                            outcome: Outcome::Error,
                            measured: serde_json::Value::Null,
                            target: serde_json::Value::Null,
                            reason: String::new(),
                            explanation: why.clone(),
                            other_basis: None,
                        })
                        .collect(),
                );
            }
            Some(r)
        }
    }
}

/// The target a criterion's table gives at a year or level (`Null` for `*`, "Không áp
/// dụng", or a key not in the table).
fn target_at(meta: &crate::policyset::Metadata, selector: Selector) -> serde_json::Value {
    let n = match selector {
        Selector::Year(y) => y,
        Selector::Level(l) | Selector::Levels(l) => u16::from(l),
    };
    // The key ("2024", "3") written on the stack: this runs for every call.
    let mut buf = itoa::Buffer::new();
    meta.target(buf.format(n))
        .cloned()
        .unwrap_or(serde_json::Value::Null)
}

fn selector_level(selector: Selector) -> u8 {
    match selector {
        Selector::Level(l) => l,
        Selector::Year(_) | Selector::Levels(_) => 0,
    }
}

/// Evaluates a usable criterion for one locality at each selector: the facts are read
/// and encoded once, the module runs in the session's instance, and what every
/// selector shares (name, facts read, evidence) is built once.
fn run_usable(
    u: &Usable,
    view: &FactView<'_>,
    selectors: &[Selector],
    session: &mut Session,
) -> Option<CriterionResult> {
    let meta = &u.meta;
    // The facts the criterion declares, in order, as they cross the ABI.
    let mut facts = Vec::with_capacity(meta.facts.len());
    // Keys that could not be computed, grouped by why (the same reason once).
    let mut uncomputed: Vec<(Vec<&str>, &Uncomputed)> = Vec::new();
    for key in &meta.facts {
        let (value, source, why) = view.get(key);
        if let Some(why) = why {
            match uncomputed.iter_mut().find(|(_, w)| *w == why) {
                Some((keys, _)) => keys.push(key),
                None => uncomputed.push((vec![key], why)),
            }
        }
        facts.push(FactRead {
            key: key.clone(),
            value: value.unwrap_or(serde_json::Value::Null),
            source,
            bases: view.bases(key, source),
            derived: view.derived(key, source),
        });
    }
    let unavailable: Vec<Uncomputable> = uncomputed
        .iter()
        .map(|(keys, why)| Uncomputable {
            facts: keys.iter().map(|k| Arc::from(*k)).collect(),
            why: (*why).clone(),
        })
        .collect();
    let values: Vec<Value<'_>> = facts.iter().map(|f| abi_value(&f.value)).collect();
    let missing_evidence: Vec<_> = missing_documents(meta, view).cloned().collect();
    // Encoded once; each level only changes the selector.
    let mut input = Input {
        selector: *selectors.first()?,
        facts: values,
        explain: true,
    }
    .encode();
    let answers: Vec<_> = call(
        u,
        session,
        &mut input,
        selectors,
        &unavailable,
        &missing_evidence,
    )
    .into_iter()
    .zip(selectors)
    .map(|(answer, &selector)| (selector, target_at(meta, selector), answer))
    .collect();
    let mut others = other_basis(
        u,
        view,
        &facts,
        &answers,
        &unavailable,
        &missing_evidence,
        session,
    )
    .into_iter();
    let mut answers = answers.into_iter();
    // The first selector's answer fills the result; with levels, every answer is kept
    // (the verdict later shows the level that matters at the top).
    let (first_selector, target, first) = answers.next()?;
    let first_other = others.next().flatten();
    let mut result = CriterionResult::of(meta);
    result.facts = facts;
    result.evidence = meta
        .evidence
        .iter()
        .map(|e| super::EvidenceStatus {
            id: e.id.clone(),
            required: e.title.clone(),
            supplied: view.dataset.evidence.get(&*e.id).cloned(),
        })
        .collect();
    result.outcome = first.outcome;
    result.fuel = first.fuel;
    result.missing_facts = first.missing_facts;
    if first.evidence_applied {
        result.missing_evidence = missing_evidence;
    }
    if let Selector::Level(level) = first_selector {
        // Every answer moves into its level; the top-level fields are filled when the
        // verdict points them at the level that matters (see `conclude`).
        let mut levels = Vec::with_capacity(selectors.len());
        levels.push(LevelResult {
            level,
            outcome: first.outcome,
            measured: first.measured,
            target,
            reason: String::new(),
            explanation: first.why,
            other_basis: first_other,
        });
        levels.extend(
            answers
                .zip(others)
                .map(|((selector, target, a), other)| LevelResult {
                    level: selector_level(selector),
                    outcome: a.outcome,
                    measured: a.measured,
                    target,
                    reason: String::new(),
                    explanation: a.why,
                    other_basis: other,
                }),
        );
        result.levels = Some(levels);
    } else {
        result.target = target;
        result.measured = first.measured;
        result.explanation = first.why;
        result.other_basis = first_other;
    }
    Some(result)
}

/// The criterion on the other basis, at each selector, when the dataset has appraised
/// figures (`None` each otherwise): the module runs again on the other figures only
/// when they differ from those it was given for the facts it reads.
fn other_basis(
    u: &Usable,
    view: &FactView<'_>,
    facts: &[FactRead],
    answers: &[(Selector, serde_json::Value, Answer)],
    unavailable: &[Uncomputable],
    missing_evidence: &[crate::policyset::EvidenceMeta],
    session: &mut Session,
) -> Vec<Option<OtherBasis>> {
    if view.dataset.appraised_facts.is_empty() {
        return answers.iter().map(|_| None).collect();
    }
    let basis = match view.basis {
        Basis::Appraised => Basis::SelfAssessed,
        Basis::SelfAssessed => Basis::Appraised,
    };
    let values: Vec<serde_json::Value> = facts
        .iter()
        .map(|f| match f.source {
            // Computed by the host: the same on both bases.
            FactSource::Computed | FactSource::Unavailable => f.value.clone(),
            _ => view
                .dataset
                .fact(&f.key, basis)
                .0
                .cloned()
                .unwrap_or(serde_json::Value::Null),
        })
        .collect();
    if facts.iter().zip(&values).all(|(f, v)| f.value == *v) {
        return answers
            .iter()
            .map(|(_, _, a)| {
                Some(OtherBasis {
                    basis,
                    outcome: a.outcome,
                    measured: a.measured.clone(),
                })
            })
            .collect();
    }
    let Some((first, _, _)) = answers.first() else {
        return Vec::new();
    };
    // Only the outcome is shown on the other basis: no reason asked (ABI v3).
    let mut input = Input {
        selector: *first,
        facts: values.iter().map(abi_value).collect(),
        explain: !u.module.explains_as_data(),
    }
    .encode();
    let selectors: Vec<Selector> = answers.iter().map(|(s, _, _)| *s).collect();
    call(
        u,
        session,
        &mut input,
        &selectors,
        unavailable,
        missing_evidence,
    )
    .into_iter()
    .map(|a| {
        Some(OtherBasis {
            basis,
            outcome: a.outcome,
            measured: a.measured,
        })
    })
    .collect()
}

/// The module's answers for one locality at each selector. A version 3 module
/// evaluates every level of a level-keyed set in one call (`Selector::Levels`), which
/// divides the calls, and what each costs the sandbox, by the number of levels; older
/// modules are called once per selector. The fuel of each answer is its call's.
fn call(
    u: &Usable,
    session: &mut Session,
    input: &mut [u8],
    selectors: &[Selector],
    unavailable: &[Uncomputable],
    missing_evidence: &[crate::policyset::EvidenceMeta],
) -> Vec<Answer> {
    if u.module.explains_as_data()
        && let Some(n) = every_level(selectors)
    {
        Input::reselect(input, Selector::Levels(n));
        return session
            .call_with(
                &u.module,
                input,
                |output, fuel| match Output::decode_levels(output, n) {
                    Ok(outs) => outs
                        .into_iter()
                        .zip(selectors)
                        .map(|(out, &selector)| {
                            answer(Ok(out), fuel, u, selector, unavailable, missing_evidence)
                        })
                        .collect(),
                    Err(e) => selectors
                        .iter()
                        .map(|&selector| {
                            answer(
                                Err(e.clone()),
                                fuel,
                                u,
                                selector,
                                unavailable,
                                missing_evidence,
                            )
                        })
                        .collect(),
                },
            )
            .unwrap_or_else(|fault| {
                selectors
                    .iter()
                    .map(|_| Answer::fault(fault.clone()))
                    .collect()
            });
    }
    selectors
        .iter()
        .map(|&selector| {
            Input::reselect(input, selector);
            session
                .call_with(&u.module, input, |output, fuel| {
                    let out = Output::decode(output, u.module.abi_version);
                    answer(out, fuel, u, selector, unavailable, missing_evidence)
                })
                .unwrap_or_else(Answer::fault)
        })
        .collect()
}

/// `n` when the selectors are the levels 1 to n (n ≥ 2), in order.
fn every_level(selectors: &[Selector]) -> Option<u8> {
    let n = u8::try_from(selectors.len()).ok().filter(|&n| n >= 2)?;
    let in_order = selectors
        .iter()
        .zip(1..=n)
        .all(|(s, l)| *s == Selector::Level(l));
    in_order.then_some(n)
}

/// The documents `meta` requires that the locality has not supplied.
fn missing_documents<'m>(
    meta: &'m crate::policyset::Metadata,
    view: &FactView<'_>,
) -> impl Iterator<Item = &'m crate::policyset::EvidenceMeta> {
    let supplied = &view.dataset.evidence;
    meta.evidence
        .iter()
        .filter(move |e| !supplied.contains_key(&*e.id))
}

/// A criterion's encoded input for one locality, and whether a document it requires
/// is missing.
struct Prepared {
    input: Vec<u8>,
    evidence_missing: bool,
}

/// The outcome of one criterion for one locality at one selector, as [`run_usable`]
/// decides it, without the explanation. The input is prepared on the first call for
/// this criterion and locality and only reselected afterwards.
fn outcome_only(
    c: &LoadedCriterion,
    view: &FactView<'_>,
    selector: Selector,
    prepared: &mut Option<Prepared>,
    session: &mut Session,
) -> Outcome {
    let Ok(u) = &c.loaded else {
        return Outcome::Error;
    };
    let meta = &u.meta;
    let p = prepared.get_or_insert_with(|| {
        let facts: Vec<Option<serde_json::Value>> =
            meta.facts.iter().map(|key| view.get(key).0).collect();
        let values = facts
            .iter()
            .map(|v| v.as_ref().map_or(Value::Absent, abi_value))
            .collect();
        Prepared {
            // A standing needs the outcome alone: no reason asked (ABI v3).
            input: Input {
                selector,
                facts: values,
                explain: !u.module.explains_as_data(),
            }
            .encode(),
            evidence_missing: missing_documents(meta, view).next().is_some(),
        }
    });
    Input::reselect(&mut p.input, selector);
    let evidence_missing = p.evidence_missing;
    session
        .call_with(&u.module, &p.input, |output, _| {
            Output::decode(output, u.module.abi_version).map_or(Outcome::Error, |out| {
                checked_outcome(&out, meta, evidence_missing)
            })
        })
        .unwrap_or(Outcome::Error)
}

/// The outcome a module's answer gives once the host has checked it: a missing-data
/// answer must name a declared fact (else it is an error), and the figures of an
/// assessed criterion count only with their documents.
fn checked_outcome(
    out: &Output<'_>,
    meta: &crate::policyset::Metadata,
    evidence_missing: bool,
) -> Outcome {
    match out.outcome {
        GuestOutcome::MissingData
            if !out
                .missing
                .iter()
                .any(|&i| usize::from(i) < meta.facts.len()) =>
        {
            Outcome::Error
        }
        GuestOutcome::MissingData => Outcome::MissingData,
        GuestOutcome::Pass | GuestOutcome::Fail if evidence_missing => Outcome::MissingEvidence,
        GuestOutcome::Pass => Outcome::Pass,
        GuestOutcome::Fail => Outcome::Fail,
        GuestOutcome::NotAssessed => Outcome::NotAssessed,
        GuestOutcome::Error => Outcome::Error,
    }
}

/// A module's answer for one selector, checked and explained.
struct Answer {
    outcome: Outcome,
    measured: serde_json::Value,
    why: Why,
    missing_facts: Vec<Arc<str>>,
    fuel: Option<u64>,
    /// The evidence rule applied (the missing documents belong in the result).
    evidence_applied: bool,
}

impl Answer {
    /// The module failed: no output, the fault is the reason.
    fn fault(fault: crate::sandbox::Fault) -> Self {
        Answer {
            outcome: Outcome::Error,
            measured: serde_json::Value::Null,
            why: Why::ModuleFault {
                detail: fault.to_string(),
            },
            missing_facts: Vec::new(),
            fuel: None,
            evidence_applied: false,
        }
    }
}

/// Turns a module's output into an outcome: decodes it, names missing facts, and
/// applies the evidence rule.
fn answer(
    decoded: Result<Output<'_>, dtcheck_abi::DecodeError>,
    fuel: u64,
    u: &Usable,
    selector: Selector,
    unavailable: &[Uncomputable],
    missing_evidence: &[crate::policyset::EvidenceMeta],
) -> Answer {
    let meta = &u.meta;
    let mut a = Answer {
        outcome: Outcome::Error,
        measured: serde_json::Value::Null,
        why: Why::Unexplained,
        missing_facts: Vec::new(),
        fuel: Some(fuel),
        evidence_applied: false,
    };
    let out = match decoded {
        Ok(out) => out,
        Err(e) => {
            a.why = Why::ModuleFault {
                detail: format!("the module returned malformed output: {e}"),
            };
            return a;
        }
    };
    a.measured = to_json(&out.measured);
    a.outcome = checked_outcome(&out, meta, !missing_evidence.is_empty());
    if out.outcome == GuestOutcome::MissingData {
        if a.outcome == Outcome::Error {
            a.why = Why::ModuleFault {
                detail: "the module reported missing data without naming a declared fact".into(),
            };
            return a;
        }
        a.missing_facts = out
            .missing
            .iter()
            .filter_map(|&i| meta.facts.get(usize::from(i)).cloned())
            .collect();
        // The facts named, and for a fact that should have been computed, why it was
        // not (whatever words an older module used).
        a.why = Why::MissingFacts {
            facts: a.missing_facts.clone(),
            uncomputed: unavailable.to_vec(),
            evidence_missing: Vec::new(),
        };
    } else {
        a.why = Why::from_guest(&out.reason, meta, selector);
    }
    // Evidence: the figures of an assessed criterion count only with their documents.
    let assessed = matches!(
        out.outcome,
        GuestOutcome::Pass | GuestOutcome::Fail | GuestOutcome::MissingData
    );
    if assessed && !missing_evidence.is_empty() {
        if let Why::MissingFacts {
            evidence_missing, ..
        } = &mut a.why
        {
            *evidence_missing = missing_evidence.to_vec();
        } else {
            let figures_alone = if out.outcome == GuestOutcome::Pass {
                Outcome::Pass
            } else {
                Outcome::Fail
            };
            a.why = Why::MissingEvidence {
                documents: missing_evidence.to_vec(),
                figures_alone,
                figures: Box::new(std::mem::take(&mut a.why)),
            };
        }
        a.evidence_applied = true;
    }
    a
}

/// A fact's value as it crosses the ABI (null and anything else unreadable: absent).
pub fn abi_value(v: &serde_json::Value) -> Value<'_> {
    match v {
        serde_json::Value::Number(n) => n.as_f64().map_or(Value::Absent, Value::Number),
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::String(s) => Value::Text(s),
        _ => Value::Absent,
    }
}

pub(crate) fn to_json(v: &Value<'_>) -> serde_json::Value {
    match v {
        Value::Absent => serde_json::Value::Null,
        Value::Number(n) => number_json(*n),
        Value::Bool(b) => serde_json::Value::Bool(*b),
        Value::Text(s) => serde_json::Value::String((*s).to_owned()),
    }
}

/// Integers print as integers ("75", not "75.0"), like the source tables.
pub(crate) fn number_json(n: f64) -> serde_json::Value {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        serde_json::Value::from(n as i64)
    } else {
        serde_json::Number::from_f64(n).map_or(serde_json::Value::Null, serde_json::Value::Number)
    }
}
