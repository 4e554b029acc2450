//! A whole run at a glance, for a reviewer (`dtcheck report` without `--form`): how
//! many localities are recognised or at each level, per district and overall; per
//! criterion, how many pass, fail or lack data, and how the measured values lie against
//! the target. Built one locality at a time, so a country's run is never held whole;
//! counted exactly (values compared as decimals, never as floats). `render::review`
//! draws it.

use super::{LocalityResult, Verdict};
use crate::eval::Outcome;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeMap;

/// Counts over a group of localities (a district, or the whole input).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub localities: usize,
    /// Thanh Hóa sets: localities recognised, and not.
    pub recognized: usize,
    pub not_recognized: usize,
    /// 2361: localities at each level, 0 (none reached) to 5.
    pub by_level: [usize; 6],
    /// Localities with at least one criterion in error.
    pub with_errors: usize,
    /// Localities with at least one criterion lacking data or evidence.
    pub with_missing: usize,
}

impl Counts {
    fn add(&mut self, row: &Row) {
        self.localities += 1;
        match row.standing {
            RowStanding::Recognized(true) => self.recognized += 1,
            RowStanding::Recognized(false) => self.not_recognized += 1,
            RowStanding::Level { level, .. } => {
                if let Some(slot) = self.by_level.get_mut(usize::from(level)) {
                    *slot += 1;
                }
            }
        }
        self.with_errors += usize::from(row.outcomes[outcome_index(Outcome::Error)] > 0);
        self.with_missing += usize::from(
            row.outcomes[outcome_index(Outcome::MissingData)]
                + row.outcomes[outcome_index(Outcome::MissingEvidence)]
                > 0,
        );
    }
}

/// Where a locality stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowStanding {
    Recognized(bool),
    /// The level reached and the next one, if any.
    Level {
        level: u8,
        next: Option<u8>,
    },
}

/// One locality as the reviewer's list shows it: results only, never a person's data.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub code: String,
    pub name: String,
    /// The district it belongs to (a district's own dataset: itself), as the first
    /// dataset of that district names it.
    pub district: String,
    pub province: String,
    /// "commune" or "district".
    pub level_of_government: String,
    pub year: u16,
    pub standing: RowStanding,
    /// How many of its criteria have each outcome, in [`Outcome::ALL`]'s order.
    pub outcomes: [usize; 6],
    /// Each criterion's outcome, one letter per criterion of [`Overview::criteria`]
    /// in order ([`outcome_letter`]; `-` where the locality has no such criterion).
    pub by_criterion: String,
    /// Thanh Hóa sets: the criteria keeping it from recognition; 2361: those blocking
    /// its next level.
    pub blocking: Vec<String>,
}

/// One criterion over the whole input.
#[derive(Debug, Clone, Serialize)]
pub struct CriterionStats {
    pub id: String,
    pub group: String,
    pub name: String,
    pub unit: String,
    /// Outcomes in [`Outcome::ALL`]'s order (2361: at the level that matters for each
    /// locality, its next one; see `levels` for every level).
    pub outcomes: [usize; 6],
    /// 2361: the outcomes at each level.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<LevelOutcomes>,
    /// The targets applied ("2024" → 75, "Mức 3" → 60), with how many measured values
    /// fall below each.
    pub targets: Vec<Target>,
    pub values: Distribution,
}

#[derive(Debug, Clone, Serialize)]
pub struct LevelOutcomes {
    pub level: u8,
    pub outcomes: [usize; 6],
}

/// A target as applied: its year or level, its value as written, and (numeric
/// targets) how many localities measured below it.
#[derive(Debug, Clone, Serialize)]
pub struct Target {
    /// The year ("2024") or level ("3").
    pub applies_to: String,
    pub target: serde_json::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub below: Option<usize>,
    /// The bin of [`Distribution::Numeric`] that starts at the target.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bin: Option<usize>,
}

/// Values from `from` up to `to` (excluded, unless `closed`: the last bin, or the bin of
/// exactly one value such as "100%").
#[derive(Debug, Clone, Serialize)]
pub struct Bin {
    pub from: String,
    pub to: String,
    pub closed: bool,
    pub count: usize,
    /// Every value in it is below the lowest numeric target (they fail it).
    pub below: bool,
}

/// How the measured values lie.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Distribution {
    /// Numbers, in bins; every numeric target is where a bin starts, so the bins below
    /// it hold exactly the values below it.
    Numeric {
        bins: Vec<Bin>,
        /// Localities with no measured value ...
        none: usize,
        /// ... or with one that is not a number.
        other: usize,
    },
    /// Yes/no or text values, with their counts ("true", "false", or the text).
    Categories {
        values: Vec<(String, usize)>,
        none: usize,
    },
    /// No locality has a measured value.
    Empty { none: usize },
}

/// Everything the reviewer's page shows.
#[derive(Debug, Clone, Serialize)]
pub struct Overview {
    pub total: Counts,
    /// Per province, in the order they first appear.
    pub provinces: Vec<(String, Counts)>,
    /// Per district, in the order they first appear.
    pub districts: Vec<District>,
    pub criteria: Vec<CriterionStats>,
    pub rows: Vec<Row>,
    /// "recognition" (Thanh Hóa sets) or "maturity" (2361); `mixed` if both occur.
    pub rule: &'static str,
    /// The targets' years (or the datasets' years), sorted.
    pub years: Vec<u16>,
    /// 2361: the levels' names ("Kết nối" …), from the results' ladders.
    pub level_names: Vec<(u8, String)>,
}

/// A district's localities: its communes, and its own dataset if given.
#[derive(Debug, Clone, Serialize)]
pub struct District {
    pub name: String,
    pub province: String,
    pub counts: Counts,
}

/// Builds an [`Overview`], one locality at a time.
#[derive(Debug, Default)]
pub struct OverviewBuilder {
    total: Counts,
    provinces: Vec<(String, Counts)>,
    districts: Vec<District>,
    /// (province, district without its administrative word) → index in `districts`.
    district_index: std::collections::HashMap<(String, String), usize>,
    criteria: Vec<Collecting>,
    rows: Vec<Row>,
    recognition: bool,
    maturity: bool,
    years: std::collections::BTreeSet<u16>,
    level_names: Vec<(u8, String)>,
}

#[derive(Debug)]
struct Collecting {
    id: String,
    group: String,
    name: String,
    unit: String,
    outcomes: [usize; 6],
    levels: BTreeMap<u8, [usize; 6]>,
    /// Applies-to → target as written.
    targets: BTreeMap<String, serde_json::Value>,
    numbers: Vec<Decimal>,
    categories: BTreeMap<String, usize>,
    none: usize,
}

/// The index of an outcome in [`Outcome::ALL`].
pub fn outcome_index(o: Outcome) -> usize {
    Outcome::ALL.iter().position(|x| *x == o).unwrap_or(0)
}

/// One letter per outcome, for [`Row::by_criterion`]: p(ass) f(ail) n(ot assessed)
/// d(ata missing) e(vidence missing) x (error).
pub fn outcome_letter(o: Outcome) -> char {
    match o {
        Outcome::Pass => 'p',
        Outcome::Fail => 'f',
        Outcome::NotAssessed => 'n',
        Outcome::MissingData => 'd',
        Outcome::MissingEvidence => 'e',
        Outcome::Error => 'x',
    }
}

impl OverviewBuilder {
    pub fn add(&mut self, r: &LocalityResult) {
        self.years.insert(r.targets_year.unwrap_or(r.dataset_year));
        let standing = match &r.verdict {
            Verdict::Recognition(v) => {
                self.recognition = true;
                RowStanding::Recognized(v.recognized)
            }
            Verdict::Maturity(m) => {
                self.maturity = true;
                if self.level_names.is_empty() {
                    self.level_names = m.ladder.iter().map(|l| (l.level, l.name.clone())).collect();
                }
                RowStanding::Level {
                    level: m.level,
                    next: m.next_level,
                }
            }
        };
        let blocking = match &r.verdict {
            Verdict::Recognition(v) => v
                .shortfalls
                .iter()
                .flat_map(|s| match s {
                    super::Shortfall::Criteria { not_passed, .. } => {
                        not_passed.iter().map(|n| n.id.to_string()).collect()
                    }
                    _ => Vec::new(),
                })
                .collect(),
            Verdict::Maturity(m) => m
                .next_level_blockers
                .iter()
                .map(|b| b.id.to_string())
                .collect(),
        };
        let mut outcomes = [0; 6];
        let mut letters = vec!['-'; self.criteria.len()];
        for c in &r.criteria {
            outcomes[outcome_index(c.outcome)] += 1;
            let at = self.criterion(c);
            if let Some(slot) = letters.get_mut(at) {
                *slot = outcome_letter(c.outcome);
            } else {
                letters.resize(at, '-');
                letters.push(outcome_letter(c.outcome));
            }
            let s = &mut self.criteria[at];
            s.outcomes[outcome_index(c.outcome)] += 1;
            match &c.levels {
                Some(levels) => {
                    for l in levels {
                        s.levels.entry(l.level).or_default()[outcome_index(l.outcome)] += 1;
                        s.targets
                            .entry(l.level.to_string())
                            .or_insert_with(|| l.target.clone());
                    }
                }
                None => {
                    if let Some(year) = r.targets_year {
                        s.targets
                            .entry(year.to_string())
                            .or_insert_with(|| c.target.clone());
                    }
                }
            }
            match &c.measured {
                serde_json::Value::Null => s.none += 1,
                serde_json::Value::Number(n) => match decimal(n) {
                    Some(d) => s.numbers.push(d),
                    None => *s.categories.entry(n.to_string()).or_default() += 1,
                },
                serde_json::Value::Bool(b) => *s.categories.entry(b.to_string()).or_default() += 1,
                serde_json::Value::String(t) => *s.categories.entry(t.clone()).or_default() += 1,
                other => *s.categories.entry(other.to_string()).or_default() += 1,
            }
        }
        let l = &r.locality;
        // A district's own dataset names it "Huyện Cẩm Thủy" where its communes say
        // "Cẩm Thủy": one district, the name its first dataset gives.
        let named = l.district.as_ref().unwrap_or(&l.name);
        let key = (l.province.clone(), bare_district(named).to_owned());
        let at = match self.district_index.get(&key) {
            Some(&at) => at,
            None => {
                self.districts.push(District {
                    name: named.clone(),
                    province: l.province.clone(),
                    counts: Counts::default(),
                });
                self.district_index.insert(key, self.districts.len() - 1);
                self.districts.len() - 1
            }
        };
        let row = Row {
            code: l.code.clone(),
            name: l.name.clone(),
            district: self.districts[at].name.clone(),
            province: l.province.clone(),
            level_of_government: l.level.clone(),
            year: r.dataset_year,
            standing,
            outcomes,
            by_criterion: letters.into_iter().collect(),
            blocking,
        };
        self.total.add(&row);
        self.districts[at].counts.add(&row);
        match self.provinces.iter_mut().find(|(p, _)| *p == row.province) {
            Some((_, counts)) => counts.add(&row),
            None => {
                let mut counts = Counts::default();
                counts.add(&row);
                self.provinces.push((row.province.clone(), counts));
            }
        }
        self.rows.push(row);
    }

    /// The index of a criterion, added in the order first seen (each result lists its
    /// set's criteria in the set's order).
    fn criterion(&mut self, c: &crate::eval::CriterionResult) -> usize {
        if let Some(at) = self.criteria.iter().position(|s| *s.id == *c.id) {
            return at;
        }
        self.criteria.push(Collecting {
            id: c.id.to_string(),
            group: c.group.to_string(),
            name: c.name.to_string(),
            unit: c.unit.to_string(),
            outcomes: [0; 6],
            levels: BTreeMap::new(),
            targets: BTreeMap::new(),
            numbers: Vec::new(),
            categories: BTreeMap::new(),
            none: 0,
        });
        self.criteria.len() - 1
    }

    pub fn finish(self) -> Overview {
        let width = self.criteria.len();
        let mut rows = self.rows;
        for row in &mut rows {
            // Criteria first seen after this row was added.
            while row.by_criterion.len() < width {
                row.by_criterion.push('-');
            }
        }
        Overview {
            total: self.total,
            provinces: self.provinces,
            districts: self.districts,
            criteria: self.criteria.into_iter().map(Collecting::finish).collect(),
            rows,
            rule: match (self.recognition, self.maturity) {
                (true, true) => "mixed",
                (false, true) => "maturity",
                _ => "recognition",
            },
            years: self.years.into_iter().collect(),
            level_names: self.level_names,
        }
    }
}

impl Collecting {
    fn finish(mut self) -> CriterionStats {
        self.numbers.sort();
        let numeric_targets: Vec<Decimal> = self
            .targets
            .values()
            .filter_map(|t| match t {
                serde_json::Value::Number(n) => decimal(n),
                _ => None,
            })
            .collect();
        let bins = if self.numbers.is_empty() {
            Vec::new()
        } else {
            bins(&self.numbers, &numeric_targets, self.unit == "%")
        };
        let lowest = numeric_targets.iter().min().copied();
        let targets = self
            .targets
            .iter()
            .map(|(applies_to, target)| {
                let exact = match target {
                    serde_json::Value::Number(n) => decimal(n),
                    _ => None,
                };
                Target {
                    applies_to: applies_to.clone(),
                    target: target.clone(),
                    below: exact.map(|t| self.numbers.partition_point(|v| *v < t)),
                    bin: exact.and_then(|t| bins.iter().position(|b| b.0 == t)),
                }
            })
            .collect();
        let values = if !self.numbers.is_empty() {
            Distribution::Numeric {
                bins: bins
                    .iter()
                    .map(|&(from, to, closed)| Bin {
                        from: from.normalize().to_string(),
                        to: to.normalize().to_string(),
                        closed,
                        count: count_in(&self.numbers, from, to, closed),
                        below: lowest.is_some_and(|t| to <= t && !(closed && to == t)),
                    })
                    .collect(),
                none: self.none,
                other: self.categories.values().sum(),
            }
        } else if !self.categories.is_empty() {
            Distribution::Categories {
                values: self.categories.into_iter().collect(),
                none: self.none,
            }
        } else {
            Distribution::Empty { none: self.none }
        };
        let levels = self
            .levels
            .into_iter()
            .map(|(level, outcomes)| LevelOutcomes { level, outcomes })
            .collect();
        CriterionStats {
            id: self.id,
            group: self.group,
            name: self.name,
            unit: self.unit,
            outcomes: self.outcomes,
            levels,
            targets,
            values,
        }
    }
}

/// A district's name without the word for its kind ("Huyện Cẩm Thủy" → "Cẩm Thủy").
fn bare_district(name: &str) -> &str {
    ["Huyện ", "Quận ", "Thị xã ", "Thành phố "]
        .iter()
        .find_map(|w| name.strip_prefix(w))
        .unwrap_or(name)
        .trim()
}

/// A JSON number as the exact decimal it is written as.
fn decimal(n: &serde_json::Number) -> Option<Decimal> {
    let s = n.to_string();
    s.parse::<Decimal>()
        .ok()
        .or_else(|| Decimal::from_scientific(&s).ok())
}

/// How many of the sorted `values` lie in a bin.
fn count_in(values: &[Decimal], from: Decimal, to: Decimal, closed: bool) -> usize {
    let start = values.partition_point(|v| *v < from);
    let end = if closed {
        values.partition_point(|v| *v <= to)
    } else {
        values.partition_point(|v| *v < to)
    };
    end.saturating_sub(start)
}

/// The bins over sorted `values`, as (from, to, closed): between the [`edges`], each
/// half-open but the last; when the highest edge is a target ("≥ 100%"), the values
/// exactly at it get a bin of their own, so that no bin holds values on both sides.
fn bins(values: &[Decimal], targets: &[Decimal], percent: bool) -> Vec<(Decimal, Decimal, bool)> {
    let edges = edges(values, targets, percent);
    let mut bins: Vec<(Decimal, Decimal, bool)> =
        edges.windows(2).map(|w| (w[0], w[1], false)).collect();
    match edges.last() {
        Some(&end) if targets.contains(&end) => bins.push((end, end, true)),
        _ => {
            if let Some(last) = bins.last_mut() {
                last.2 = true;
            }
        }
    }
    bins
}

/// The bins' edges over sorted `values`: a round grid (0–100 by tens for shares),
/// with every target added as an edge so that no bin straddles a target.
fn edges(values: &[Decimal], targets: &[Decimal], percent: bool) -> Vec<Decimal> {
    let (Some(&min), Some(&max)) = (values.first(), values.last()) else {
        return Vec::new();
    };
    let low = targets.iter().copied().fold(min, Decimal::min);
    let high = targets.iter().copied().fold(max, Decimal::max);
    let (start, step, end) = if percent && low >= Decimal::ZERO && high <= Decimal::ONE_HUNDRED {
        (Decimal::ZERO, Decimal::TEN, Decimal::ONE_HUNDRED)
    } else {
        let step = nice_step((high - low) / Decimal::TEN);
        let start = (low / step).floor() * step;
        let mut end = (high / step).ceil() * step;
        if end == start {
            end = start + step;
        }
        (start, step, end)
    };
    let mut edges = Vec::new();
    let mut e = start;
    while e <= end {
        edges.push(e);
        e += step;
    }
    if edges.last() != Some(&end) {
        edges.push(end);
    }
    edges.extend(targets.iter().copied().filter(|t| *t > start && *t < end));
    edges.sort();
    edges.dedup();
    edges
}

/// 1, 2 or 5 times a power of ten, at least `raw` (from 0.01: shares and sums can be
/// fractional).
fn nice_step(raw: Decimal) -> Decimal {
    let mut magnitude = Decimal::new(1, 2);
    loop {
        for m in [Decimal::ONE, Decimal::TWO, Decimal::from(5)] {
            let step = m * magnitude;
            if step >= raw {
                return step;
            }
        }
        magnitude *= Decimal::TEN;
        if magnitude > Decimal::from(1_000_000_000_000i64) {
            return magnitude;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn a_target_is_an_edge_so_the_bins_below_hold_exactly_the_values_below() {
        let values: Vec<Decimal> = ["12.5", "74.99", "75", "80", "100"].map(d).to_vec();
        let e = edges(&values, &[d("75")], true);
        assert!(e.contains(&d("75")));
        assert_eq!(e.first(), Some(&Decimal::ZERO));
        assert_eq!(e.last(), Some(&Decimal::ONE_HUNDRED));
        let e = edges(&[d("3"), d("140")], &[d("33.3")], false);
        assert!(e.contains(&d("33.3")), "{e:?}");
        assert!(e.windows(2).all(|w| w[0] < w[1]));
        assert!(*e.first().unwrap_or(&Decimal::MAX) <= d("3"));
        assert!(*e.last().unwrap_or(&Decimal::MIN) >= d("140"));
    }

    #[test]
    fn steps_are_round() {
        assert_eq!(nice_step(d("13")), d("20"));
        assert_eq!(nice_step(d("0.3")), d("0.5"));
        assert_eq!(nice_step(d("1")), d("1"));
    }
}
