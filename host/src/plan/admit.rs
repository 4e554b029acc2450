//! The one check every command makes of a dataset file: read, validated, a district's
//! communes attached, and every policy set of the run applying to it, so that
//! `validate` accepts exactly what `evaluate`, `diff` and `gate` accept.

use crate::dataset::{self, DataDictionary, DatasetError, LoadedDataset, ReadLimits};
use crate::policyset::{Manifest, ScheduleSpec};
use std::path::Path;

/// A policy set a dataset must fit, and the year whose targets are applied (`None`:
/// the dataset's own).
#[derive(Debug, Clone, Copy)]
pub struct Fit<'a> {
    pub manifest: &'a Manifest,
    pub year: Option<u16>,
}

impl Fit<'_> {
    /// The year chosen (`--year`) has targets in the set, or none was chosen: checked
    /// once, before any dataset is read, rather than reported for every one of them.
    pub fn check_year(&self) -> Result<(), crate::Error> {
        match (self.year, &self.manifest.schedule) {
            (Some(year), ScheduleSpec::Year { years }) => {
                match year_problem(&self.manifest.id, years, year) {
                    Some(p) => Err(crate::Error::usage(format!("--year {year}: {p}"))),
                    None => Ok(()),
                }
            }
            _ => Ok(()),
        }
    }
}

/// Reads and checks one dataset file, then checks that every set of `fits` applies to
/// it. The error names the file and every problem's place.
pub fn admit(
    file: &Path,
    dictionary: &DataDictionary,
    limits: ReadLimits,
    fits: &[Fit<'_>],
) -> Result<LoadedDataset, DatasetError> {
    let ds = dataset::load_with(file, dictionary, limits)?;
    let problems: Vec<dataset::Problem> = fits
        .iter()
        .filter_map(|fit| applicability(fit.manifest, &ds.dataset, fit.year))
        .collect();
    if problems.is_empty() {
        Ok(ds)
    } else {
        Err(DatasetError {
            file: file.to_path_buf(),
            problems,
        })
    }
}

/// Whether a set evaluates a dataset (its level of government, and for a year-keyed
/// set, a year it has targets for): what `gate` selects its datasets by.
pub fn applies(fit: &Fit<'_>, d: &dataset::Dataset) -> bool {
    applicability(fit.manifest, d, fit.year).is_none()
}

/// Why a set cannot evaluate a dataset, if it cannot: the year has no targets, or the
/// locality's level has no criteria.
pub fn applicability(
    manifest: &Manifest,
    d: &dataset::Dataset,
    year: Option<u16>,
) -> Option<dataset::Problem> {
    let id = &manifest.id;
    if let ScheduleSpec::Year { years } = &manifest.schedule
        && let Some(p) = year_problem(id, years, year.unwrap_or(d.year))
    {
        return Some(dataset::Problem {
            pointer: "/year".into(),
            // The hint only where --year was not given (a chosen year is refused before
            // any dataset is read: `Evaluation::check_year`).
            message: if year.is_some() {
                p
            } else {
                format!("{p} (use --year to choose the targets)")
            },
        });
    }
    let level = &d.locality.level;
    (!manifest.levels_of_government.contains(level)).then(|| dataset::Problem {
        pointer: "/locality/level".into(),
        message: format!(
            "`{id}` has no criteria for a {level} (it covers: {})",
            manifest.levels_of_government.join(", ")
        ),
    })
}

/// Why a year cannot be assessed under a set, if it cannot.
pub fn year_problem(set: &str, years: &[u16], year: u16) -> Option<String> {
    if years.contains(&year) {
        return None;
    }
    let range = match (years.first(), years.last()) {
        (Some(a), Some(b)) => format!("{a}–{b}"),
        _ => "none".into(),
    };
    Some(format!(
        "year {year} is outside the years `{set}` has targets for ({range})"
    ))
}
