//! The library's entry point: evaluate these datasets under this set.
//!
//! A command builds a [`Plan`] (one or more [`Evaluation`]s: a set at a revision, the
//! targets year, the basis; and how dataset files are read) and runs it over files
//! ([`Plan::run`]) or datasets already read ([`Plan::run_loaded`]). Everything between
//! the files and the results is here, once: which files ([`files`]), the check every
//! file passes, applicability included ([`admit`](mod@admit)), the chunks on every core and the
//! batches within them, one sandbox session per chunk, a district's communes
//! evaluated before it (`districts.rs`), then `eval` for the criterion results and
//! `aggregate` for the verdict. Results come back in input order, one per evaluation
//! for each locality, as a stream: a country-sized run holds only the chunks in
//! flight. A result saved by `evaluate` is read back as such a stream ([`saved`]).

pub mod admit;
mod districts;
pub mod files;
pub mod saved;

pub use admit::{Fit, admit, applicability, applies, year_problem};
pub use files::{FilesError, expand_datasets};

use crate::aggregate::{self, LocalityResult, Tally};
use crate::dataset::{Basis, DataDictionary, DatasetError, LoadedDataset, ReadLimits};
use crate::eval::{self, ComputedFacts, EvalOptions, LocalityInput};
use crate::policyset::{PolicySet, SetWithCommunes};
use crate::render::Lang;
use crate::sandbox::Session;
use std::path::PathBuf;

/// How many localities are evaluated together, criterion by criterion, before their
/// results are handed on. Few enough that a batch's results are still in the cache
/// when they are rendered (a 2361 commune's results are ~40 KB spread over the heap:
/// a whole chunk of 128 at once left them to be read back from memory, measured ~15 %
/// more CPU for a 2361 commune run in JSON); enough that each module's code and
/// instance stay warm over several calls (batches of 4, 8 and 16 measured alike).
/// Each instance still sees the session's localities in the same order, so results do
/// not depend on it.
pub const BATCH: usize = 16;

/// One evaluation: a set (and the set its districts' communes are evaluated under), the
/// year whose targets apply and the basis.
#[derive(Clone, Copy)]
pub struct Evaluation<'a> {
    pub set: &'a PolicySet,
    pub commune_set: Option<&'a PolicySet>,
    pub opts: EvalOptions,
    /// The language reasons are written in.
    pub lang: Lang,
}

impl<'a> Evaluation<'a> {
    /// `loaded` at `year`'s targets (`None`: each dataset's own year) on `basis`.
    pub fn new(loaded: &'a SetWithCommunes, year: Option<u16>, basis: Basis) -> Self {
        Evaluation {
            set: &loaded.set,
            commune_set: loaded.commune_set(),
            opts: EvalOptions { year, basis },
            lang: Lang::default(),
        }
    }

    /// The year chosen (`--year`) has targets in the set, or none was chosen: checked
    /// once, before any dataset is read, rather than reported for every one of them.
    pub fn check_year(&self) -> Result<(), crate::Error> {
        self.fit().check_year()
    }

    /// Reasons in `lang` (Vietnamese by default).
    pub fn in_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// What a dataset must fit to be evaluated.
    pub fn fit(&self) -> Fit<'a> {
        Fit {
            manifest: &self.set.manifest,
            year: self.opts.year,
        }
    }

    /// Evaluates one locality (a district's communes first, when the set rolls them up).
    pub fn one(&self, ds: &LoadedDataset, session: &mut Session) -> LocalityResult {
        let (computed, communes) = districts::derived(self, ds, session);
        let input = LocalityInput {
            dataset: ds,
            computed: &computed,
        };
        let assessed = eval::evaluate_locality(self.set, &input, self.opts, session);
        self.conclude(ds, assessed, communes)
    }

    /// Evaluates `datasets` in one session, [`BATCH`] at a time criterion by criterion;
    /// `each` gets the results in the order given.
    pub fn many(
        &self,
        datasets: &[&LoadedDataset],
        session: &mut Session,
        mut each: impl FnMut(LocalityResult),
    ) {
        for batch in datasets.chunks(BATCH) {
            let (computed, summaries): (Vec<ComputedFacts>, Vec<_>) = batch
                .iter()
                .map(|ds| districts::derived(self, ds, session))
                .unzip();
            let inputs: Vec<LocalityInput<'_>> = batch
                .iter()
                .zip(&computed)
                .map(|(ds, computed)| LocalityInput {
                    dataset: ds,
                    computed,
                })
                .collect();
            let assessed = eval::evaluate_localities(self.set, &inputs, self.opts, session);
            for ((ds, assessed), communes) in batch.iter().zip(assessed).zip(summaries) {
                each(self.conclude(ds, assessed, communes));
            }
        }
    }

    fn conclude(
        &self,
        ds: &LoadedDataset,
        assessed: eval::Assessed,
        communes: Option<aggregate::CommunesSummary>,
    ) -> LocalityResult {
        let mut result = aggregate::conclude(self.set, ds, assessed, communes, self.opts.basis);
        crate::render::explain::fill(&mut result, self.lang);
        result
    }
}

/// What a run evaluates, and how it reads its files.
pub struct Plan<'a> {
    evaluations: Vec<Evaluation<'a>>,
    /// What every file must fit: each evaluation's set and year.
    fits: Vec<Fit<'a>>,
    dictionary: &'a DataDictionary,
    limits: ReadLimits,
}

impl<'a> Plan<'a> {
    /// Every dataset is evaluated under each of `evaluations` (two for a diff), in the
    /// order given; a file is admitted only if every evaluation applies to it.
    pub fn new(
        evaluations: Vec<Evaluation<'a>>,
        dictionary: &'a DataDictionary,
        limits: ReadLimits,
    ) -> Self {
        Plan {
            fits: evaluations.iter().map(Evaluation::fit).collect(),
            evaluations,
            dictionary,
            limits,
        }
    }

    /// Each chosen year has targets in its set ([`Fit::check_year`]).
    pub fn check_years(&self) -> Result<(), crate::Error> {
        self.fits.iter().try_for_each(Fit::check_year)
    }

    /// A plan that only checks files ([`Plan::check`]), against sets whose modules are
    /// not loaded (`validate`: their manifests and a year are enough).
    pub fn checking(
        fits: Vec<Fit<'a>>,
        dictionary: &'a DataDictionary,
        limits: ReadLimits,
    ) -> Self {
        Plan {
            evaluations: Vec::new(),
            fits,
            dictionary,
            limits,
        }
    }

    /// Reads, checks and evaluates `files` on every core: each chunk of files gets one
    /// sandbox session and is read and evaluated a batch at a time (see
    /// `in_batches`). `per` runs on the worker with a locality's results (one per
    /// evaluation, in order), so that a result can be rendered and dropped there;
    /// `each` gets what it made, or the file's problems, in file order.
    pub fn run<R: Send>(
        &self,
        files: &[PathBuf],
        per: impl Fn(Vec<LocalityResult>) -> R + Sync,
        each: impl FnMut(Result<R, DatasetError>),
    ) {
        let load = |file: &PathBuf| admit(file, self.dictionary, self.limits, &self.fits);
        let chunk = |files: &[PathBuf]| {
            in_batches(files, load, |valid, session| {
                let mut made = Vec::with_capacity(valid.len());
                self.run_loaded(valid, session, |results| made.push(per(results)));
                made
            })
        };
        crate::fast::ordered::for_each_chunk_ordered(files, chunk, each);
    }

    /// [`Plan::run`] for a report printed as it goes: `render` writes each locality's
    /// results into a buffer on the worker, and `each` gets the bytes with the
    /// locality's counts, in file order. Buffers go back to a pool once `each` is done
    /// and are rendered into again: a 2361 commune is ~90 KB of JSON, and fresh buffers
    /// growing to that size for every locality were a tenth of a JSON run (copies on
    /// growth, page faults; measured).
    pub fn run_rendered(
        &self,
        files: &[PathBuf],
        render: impl Fn(&[LocalityResult], &mut Vec<u8>) + Sync,
        mut each: impl FnMut(Result<(&[u8], Tally), DatasetError>),
    ) {
        let spare = std::sync::Mutex::new(Vec::<Vec<u8>>::new());
        let per = |results: Vec<LocalityResult>| {
            let mut buffer = spare
                .lock()
                .ok()
                .and_then(|mut spare| spare.pop())
                .unwrap_or_default();
            buffer.clear();
            render(&results, &mut buffer);
            let mut tally = Tally::default();
            results.iter().for_each(|r| tally.add(r));
            (buffer, tally)
        };
        self.run(files, per, |made| match made {
            Err(problem) => each(Err(problem)),
            Ok((buffer, tally)) => {
                each(Ok((&buffer, tally)));
                if let Ok(mut spare) = spare.lock() {
                    spare.push(buffer);
                }
            }
        });
    }

    /// Evaluates datasets already read and checked, in `session`, [`BATCH`] at a time;
    /// `each` gets each locality's results (one per evaluation), in order.
    pub fn run_loaded(
        &self,
        datasets: &[&LoadedDataset],
        session: &mut Session,
        mut each: impl FnMut(Vec<LocalityResult>),
    ) {
        for batch in datasets.chunks(BATCH) {
            let mut by_evaluation: Vec<std::vec::IntoIter<LocalityResult>> = self
                .evaluations
                .iter()
                .map(|ev| {
                    let mut results = Vec::with_capacity(batch.len());
                    ev.many(batch, session, |r| results.push(r));
                    results.into_iter()
                })
                .collect();
            for _ in batch {
                each(
                    by_evaluation
                        .iter_mut()
                        .filter_map(Iterator::next)
                        .collect(),
                );
            }
        }
    }

    /// Checks `files` on every core as [`Plan::run`] admits them, without evaluating:
    /// `each` gets each file with what its check gave, in file order.
    pub fn check(
        &self,
        files: &[PathBuf],
        mut each: impl FnMut(&PathBuf, Result<LoadedDataset, DatasetError>),
    ) {
        let mut next = files.iter();
        crate::fast::ordered::for_each_ordered(
            files,
            || (),
            |_: &mut (), file: &PathBuf| admit(file, self.dictionary, self.limits, &self.fits),
            |checked| {
                if let Some(file) = next.next() {
                    each(file, checked);
                }
            },
        );
    }
}

/// A chunk's files, read and evaluated a batch at a time in one session: each dataset
/// and its results are used while still in the cache, and a batch's datasets are
/// dropped before the next is read. A batch is [`BATCH`] localities, or fewer
/// when they bring their communes (a district is read with its communes): it closes
/// once the localities and their communes reach [`BATCH`] datasets, so that a
/// district's communes are evaluated right after they are read, not after fifteen other
/// districts' communes have pushed them out of the cache (measured: a district run
/// 30 % slower with batches of 16 districts). The batches depend on the data only, and
/// a result does not depend on its batch. `evaluate` gets a batch's readable datasets
/// and returns one result for each, in order; a file `load` refuses gives its problem
/// in its place.
fn in_batches<R>(
    files: &[PathBuf],
    load: impl Fn(&PathBuf) -> Result<LoadedDataset, DatasetError>,
    mut evaluate: impl FnMut(&[&LoadedDataset], &mut Session) -> Vec<R>,
) -> Vec<Result<R, DatasetError>> {
    let mut session = Session::new();
    let mut results = Vec::with_capacity(files.len());
    let mut batch: Vec<Result<LoadedDataset, DatasetError>> = Vec::with_capacity(BATCH);
    let mut weight = 0;
    let mut flush = |batch: &mut Vec<Result<LoadedDataset, DatasetError>>, results: &mut Vec<_>| {
        let valid: Vec<&LoadedDataset> = batch.iter().filter_map(|l| l.as_ref().ok()).collect();
        let mut done = evaluate(&valid, &mut session).into_iter();
        results.extend(batch.drain(..).map(|l| match l {
            Err(problem) => Err(problem),
            Ok(ds) => done.next().ok_or_else(|| DatasetError {
                file: ds.file,
                problems: vec![crate::dataset::Problem {
                    pointer: String::new(),
                    message: "internal error: evaluated, but no result came back".into(),
                }],
            }),
        }));
    };
    for file in files {
        let loaded = load(file);
        weight += 1 + loaded.as_ref().map_or(0, |l| l.communes.len());
        batch.push(loaded);
        if batch.len() == BATCH || weight >= BATCH {
            flush(&mut batch, &mut results);
            weight = 0;
        }
    }
    if !batch.is_empty() {
        flush(&mut batch, &mut results);
    }
    results
}
