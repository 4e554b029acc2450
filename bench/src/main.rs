//! `dtcheck-bench`: how fast the sandbox is, against the same criterion code compiled
//! natively and called in-process, in the same run.
//!
//! ```sh
//! cargo run --release -p dtcheck -- generate --out /tmp/country
//! cargo run --release -p dtcheck-bench -- /tmp/country
//! ```
//!
//! For each policy set it measures, over every applicable locality of the generated
//! country, on all cores: the end-to-end evaluation reading and validating every file
//! as `dtcheck evaluate` does (results not rendered), and the same with the datasets
//! already in memory (a district's communes with it: they are read with the district,
//! as `evaluate` reads them); then the criterion calls alone, through the sandbox and natively, on the same
//! encoded inputs (one core), with their ratio. Then: cold start (compiling every
//! module), warm start (compiled-code cache), one commune through the CLI, the whole
//! country through the CLI, and peak memory. Wall-clock timings, the best of 3 (of 5
//! to 41 for the calls alone) unless said otherwise.

use dtcheck::authoring::generate::Layout;
use dtcheck::dataset::{self, Basis, DataDictionary, LoadedDataset, ReadLimits};
use dtcheck::eval::{EvalOptions, abi_value};
use dtcheck::plan::{Evaluation, Plan};
use dtcheck::policyset::{PolicySet, ScheduleSpec, SetsDir};
use dtcheck::sandbox::{CodeCache, Limits, Sandbox, Session};
use dtcheck_abi::{Input, Selector, Value};
use dtcheck_sdk::Criterion;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The allocator the `dtcheck` binary uses, so that the in-process figures match it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn native(set: &str) -> Vec<&'static Criterion> {
    match set {
        "thanh-hoa-1829-2023" => dtcheck_set_thanh_hoa_1829_2023::CRITERIA.to_vec(),
        "thanh-hoa-interim-district-2024" => {
            dtcheck_set_thanh_hoa_interim_district_2024::CRITERIA.to_vec()
        }
        _ => dtcheck_set_national_2361_v1::xa::CRITERIA
            .iter()
            .chain(dtcheck_set_national_2361_v1::huyen::CRITERIA)
            .copied()
            .collect(),
    }
}

/// Every dataset `paths` name (as `evaluate` finds them); unreadable or invalid ones are
/// reported and skipped.
fn load_all(paths: &[PathBuf], dictionary: &DataDictionary) -> Vec<LoadedDataset> {
    let files = dtcheck::plan::expand_datasets(paths).unwrap_or_default();
    files
        .iter()
        .filter_map(|f| {
            dataset::load(f, dictionary)
                .map_err(|e| eprintln!("{e}"))
                .ok()
        })
        .collect()
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

/// One criterion's encoded inputs for one locality (one per year or level).
struct Calls {
    criterion: usize,
    inputs: Vec<Vec<u8>>,
}

/// The encoded inputs of every (locality, criterion, selector) a set evaluates, per
/// locality.
fn inputs(set: &PolicySet, datasets: &[&LoadedDataset]) -> Vec<Vec<Calls>> {
    let selectors: Vec<Selector> = match &set.manifest.schedule {
        ScheduleSpec::Year { .. } => vec![],
        ScheduleSpec::Level { levels } => levels.iter().map(|&l| Selector::Level(l)).collect(),
    };
    let mut out = Vec::new();
    for ds in datasets {
        let d = &ds.dataset;
        let mut locality = Vec::new();
        for (i, c) in set.criteria.iter().enumerate() {
            let Ok(u) = &c.loaded else { continue };
            if u.meta.level_of_government != d.locality.level {
                continue;
            }
            let facts: Vec<Value<'_>> = u
                .meta
                .facts
                .iter()
                .map(|k| {
                    d.fact(k, Basis::Appraised)
                        .0
                        .map_or(Value::Absent, abi_value)
                })
                .collect();
            // As a run calls: a version 3 module evaluates every level in one call.
            let sels = if selectors.is_empty() {
                vec![Selector::Year(d.year)]
            } else if u.module.explains_as_data() {
                vec![Selector::Levels(selectors.len() as u8)]
            } else {
                selectors.clone()
            };
            let inputs = sels
                .into_iter()
                .map(|selector| {
                    Input {
                        selector,
                        facts: facts.clone(),
                        explain: true,
                    }
                    .encode()
                })
                .collect();
            locality.push(Calls {
                criterion: i,
                inputs,
            });
        }
        out.push(locality);
    }
    out
}

/// The criterion calls alone, through the sandbox as a run makes them: a fresh
/// session per chunk of localities, each criterion over every locality of the chunk in
/// turn, its answer read in place in the module's memory (`Session::call_with`), as
/// natively it is the vector the criterion returns.
fn sandboxed_calls(set: &PolicySet, inputs: &[Vec<Calls>]) -> Duration {
    let start = Instant::now();
    for chunk in inputs.chunks(dtcheck::fast::ordered::chunk_size(inputs.len())) {
        let mut session = Session::new();
        for_each_call(chunk, |calls| {
            if let Some(Ok(u)) = set.criteria.get(calls.criterion).map(|c| c.loaded.as_ref()) {
                for input in &calls.inputs {
                    let answer = session.call_with(&u.module, input, |output, fuel| {
                        std::hint::black_box(output);
                        fuel
                    });
                    std::hint::black_box(answer.is_ok());
                }
            }
        });
    }
    start.elapsed()
}

/// Visits a chunk's calls criterion by criterion (every locality of a chunk has the
/// same criteria: one set, one level of government).
fn for_each_call(chunk: &[Vec<Calls>], mut f: impl FnMut(&Calls)) {
    let n = chunk.first().map_or(0, Vec::len);
    for k in 0..n {
        for locality in chunk {
            if let Some(calls) = locality.get(k) {
                f(calls);
            }
        }
    }
}

/// The same inputs through the same criterion code compiled natively, in-process,
/// in the order that is fastest natively: locality by locality (criterion by
/// criterion, as the sandbox goes, is slower natively: the inputs are then further
/// apart in memory). The ratio is therefore never flattered by a slow baseline.
fn native_calls(set: &PolicySet, inputs: &[Vec<Calls>]) -> Duration {
    let natives = native(set.id());
    let by_index: Vec<Option<&Criterion>> = set
        .criteria
        .iter()
        .map(|c| natives.iter().copied().find(|n| n.id == c.entry.criterion))
        .collect();
    let start = Instant::now();
    for locality in inputs {
        for calls in locality {
            if let Some(Some(c)) = by_index.get(calls.criterion) {
                for input in &calls.inputs {
                    std::hint::black_box(dtcheck_sdk::evaluate_bytes(c, input));
                }
            }
        }
    }
    start.elapsed()
}

/// Wall time of `work` over `items` in chunks on every core, as a batch run goes; the
/// verdicts are counted so that nothing is optimised away.
fn time_chunks<T: Sync>(items: &[T], work: impl Fn(&[T]) -> Vec<bool> + Sync) -> Duration {
    let start = Instant::now();
    let mut positive = 0usize;
    dtcheck::fast::ordered::for_each_chunk_ordered(items, work, |p| positive += usize::from(p));
    std::hint::black_box(positive);
    start.elapsed()
}

fn best_of_3(run: impl Fn() -> Duration) -> Duration {
    (0..3).map(|_| run()).min().unwrap_or_default()
}

/// Cold and warm start: compiles every module of every set, then loads them from the
/// cache; returns the sets loaded.
fn start_up(sets: &SetsDir, cache_dir: &Path) -> Vec<PolicySet> {
    let _ = std::fs::remove_dir_all(cache_dir);
    let ids = sets.ids().unwrap_or_default();
    let new_sandbox = || match Sandbox::new(Limits::default(), Some(CodeCache::new(cache_dir))) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot start the sandbox: {e}");
            std::process::exit(2);
        }
    };
    let start = Instant::now();
    let cold_sandbox = new_sandbox();
    for id in &ids {
        let _ = sets.load(id, &cold_sandbox);
    }
    let cold = start.elapsed();
    let start = Instant::now();
    let sandbox = new_sandbox();
    let loaded: Vec<PolicySet> = ids
        .iter()
        .filter_map(|id| sets.load(id, &sandbox).ok())
        .collect();
    let warm = start.elapsed();
    println!(
        "start: cold (compile all {} modules) {:.2} s, warm (cache) {:.3} s",
        loaded.iter().map(|s| s.criteria.len()).sum::<usize>(),
        secs(cold),
        secs(warm)
    );
    loaded
}

/// One evaluation over `places`: end to end on every core (data in memory, then
/// reading every file), and the criterion calls alone, sandboxed and native; prints its
/// line of the table and returns (reading every file, data in memory).
fn measure(
    label: &str,
    set: &PolicySet,
    commune_set: Option<&PolicySet>,
    places: &[&LoadedDataset],
    dictionary: &DataDictionary,
) -> (Duration, Duration) {
    // End to end, all cores, districts fed by their communes.
    let evaluation = Evaluation {
        set,
        commune_set,
        opts: EvalOptions {
            year: None,
            basis: Basis::Appraised,
        },
        lang: dtcheck::render::Lang::Vi,
    };
    // As `dtcheck evaluate` does: a chunk evaluated together in one session,
    // results dropped on the worker.
    let evaluate_chunk = |chunk: &[&LoadedDataset]| -> Vec<bool> {
        let mut session = Session::new();
        let mut positive = Vec::with_capacity(chunk.len());
        evaluation.many(chunk, &mut session, |r| {
            positive.push(r.verdict.is_positive())
        });
        positive
    };
    // Best of 3: the figure least disturbed by other work on the machine.
    let e2e = best_of_3(|| time_chunks(places, evaluate_chunk));
    // The same, reading and validating every file on the workers, as `dtcheck
    // evaluate` does (without rendering the results).
    let files: Vec<PathBuf> = places.iter().map(|p| p.file.clone()).collect();
    let plan = Plan::new(vec![evaluation], dictionary, ReadLimits::default());
    let read = best_of_3(|| {
        let start = Instant::now();
        let mut positive = 0usize;
        plan.run(
            &files,
            |results| results.iter().all(|r| r.verdict.is_positive()),
            |p| positive += usize::from(p.unwrap_or(false)),
        );
        std::hint::black_box(positive);
        start.elapsed()
    });
    // The calls alone: sandbox vs native on the same inputs, one core, the best of
    // at least 5 runs and of enough runs to fill about half a second (the calls of
    // 705 districts take milliseconds, which the machine's noise swamps).
    let inputs = inputs(set, places);
    let best = |f: &dyn Fn() -> Duration| {
        let first = f();
        let runs = (0.5 / first.as_secs_f64().max(1e-6)).clamp(4.0, 40.0) as usize;
        (0..runs).map(|_| f()).fold(first, Duration::min)
    };
    let sandboxed = best(&|| sandboxed_calls(set, &inputs));
    let nat = best(&|| native_calls(set, &inputs));
    let per = |d: Duration| d.as_secs_f64() * 1e6 / places.len().max(1) as f64;
    println!(
        "{:<38} {:>8} {:>10.3} {:>10.3} {:>14.1} {:>14.1} {:>7.2}",
        label,
        places.len(),
        secs(read),
        secs(e2e),
        per(sandboxed),
        per(nat),
        secs(sandboxed) / secs(nat).max(1e-9)
    );
    (read, e2e)
}

/// The CLI as a user runs it (warm cache): one commune, then the whole country, then
/// `diff` of two revisions against one evaluation.
fn cli_timings(exe: &Path, one: &Path, layout: &Layout, cache_dir: &Path) {
    let mut runs = Vec::new();
    for _ in 0..7 {
        let start = Instant::now();
        let _ = std::process::Command::new(exe)
            .args(["evaluate", "--policy-set", "thanh-hoa-1829-2023"])
            .arg(one)
            .env("DTCHECK_CACHE_DIR", cache_dir)
            .output();
        runs.push(start.elapsed());
    }
    runs.sort();
    println!(
        "\nCLI, one commune, one set (warm cache): {:.1} ms (median of 7)",
        runs[3].as_secs_f64() * 1e3
    );
    // The whole country through the CLI: every commune under both commune sets,
    // every district under both district sets (fed by their communes).
    let mut total = Duration::ZERO;
    let mut peak = 0u64;
    for (set, paths) in [
        ("thanh-hoa-1829-2023", &layout.commune_dirs),
        ("national-2361-v1", &layout.commune_dirs),
        ("thanh-hoa-interim-district-2024", &layout.district_files),
        ("national-2361-v1", &layout.district_files),
    ] {
        let start = Instant::now();
        let out = std::process::Command::new(exe)
            .args(["evaluate", "--policy-set", set, "--format", "json"])
            .args(paths.iter())
            .env("DTCHECK_CACHE_DIR", cache_dir)
            .env("DTCHECK_STATS", "1")
            .stdout(std::process::Stdio::null())
            .output();
        total += start.elapsed();
        let stderr = out
            .map(|o| String::from_utf8_lossy(&o.stderr).into_owned())
            .unwrap_or_default();
        if let Some(mib) = stderr.lines().find_map(|l| {
            l.strip_prefix("dtcheck: peak RSS ")?
                .strip_suffix(" MiB")?
                .parse::<u64>()
                .ok()
        }) {
            peak = peak.max(mib);
        }
    }
    println!(
        "CLI, the whole country (4 runs: communes × 2 sets, districts × 2 sets, JSON to /dev/null): {:.2} s wall, peak RSS {peak} MiB",
        secs(total)
    );
    // `diff` of two revisions (HEAD and the working tree) against one evaluation.
    let time = |args: &[&str]| {
        let start = Instant::now();
        let ok = std::process::Command::new(exe)
            .args(args)
            .args(&layout.commune_dirs)
            .env("DTCHECK_CACHE_DIR", cache_dir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        (start.elapsed(), ok)
    };
    for set in ["thanh-hoa-1829-2023", "national-2361-v1"] {
        let (one, ok_one) = time(&["evaluate", "--policy-set", set, "--format", "json"]);
        let (diff, ok_diff) = time(&[
            "diff",
            "--policy-set",
            set,
            "--from-rev",
            "HEAD",
            "--format",
            "json",
        ]);
        if ok_one && ok_diff {
            println!(
                "CLI, diff HEAD vs working tree, {set}, every commune: {:.2} s = {:.2}x one evaluation ({:.2} s)",
                secs(diff),
                secs(diff) / secs(one).max(1e-9),
                secs(one)
            );
        } else {
            println!("CLI, diff of {set}: a run failed (is this a git checkout?)");
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(country) = args.get(1).map(PathBuf::from) else {
        eprintln!(
            "usage: dtcheck-bench COUNTRY_DIR [ONLY] (COUNTRY_DIR made by `dtcheck generate --out COUNTRY_DIR`; ONLY, e.g. `2361-v1 (commune)`, keeps the evaluations whose label contains it and skips the CLI timings)"
        );
        std::process::exit(2);
    };
    let only = args.get(2).cloned();
    let Some(sets) = SetsDir::discover() else {
        eprintln!("run from the repository (no policies/sets here)");
        std::process::exit(2);
    };
    let dictionary = match DataDictionary::shipped() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "dtcheck-bench on {cores} cores, data from {}",
        country.display()
    );

    let cache_dir =
        std::env::temp_dir().join(format!("dtcheck-bench-cache-{}", std::process::id()));
    let loaded = start_up(&sets, &cache_dir);

    let start = Instant::now();
    let layout = match dtcheck::authoring::generate::layout(&country) {
        Ok(layout) => layout,
        Err(e) => {
            eprintln!("{}: not a generated country: {e}", country.display());
            std::process::exit(2);
        }
    };
    let communes = load_all(&layout.commune_dirs, dictionary);
    let districts = load_all(&layout.district_files, dictionary);
    println!(
        "data: {} communes, {} districts, read and validated in {:.2} s on one core, before timing (a district is read with its communes, as `dtcheck evaluate` reads it)",
        communes.len(),
        districts.len(),
        secs(start.elapsed())
    );
    let by_id = |id: &str| loaded.iter().find(|s| s.id() == id);
    let mut total_e2e = Duration::ZERO;
    let mut total_read = Duration::ZERO;
    println!(
        "\n{:<38} {:>8} {:>10} {:>10} {:>14} {:>14} {:>7}",
        "set / level", "places", "read+eval", "eval s", "sandbox µs/pl", "native µs/pl", "ratio"
    );
    for (id, level) in [
        ("thanh-hoa-1829-2023", "commune"),
        ("national-2361-v1", "commune"),
        ("thanh-hoa-interim-district-2024", "district"),
        ("national-2361-v1", "district"),
    ] {
        let label = format!("{id} ({level})");
        if only.as_ref().is_some_and(|o| !label.contains(o.as_str())) {
            continue;
        }
        let Some(set) = by_id(id) else { continue };
        // A district's communes are evaluated under the set its manifest names.
        let commune_set = set.manifest.communes.as_ref().and_then(|c| {
            if c.policy_set == id {
                Some(set)
            } else {
                by_id(&c.policy_set)
            }
        });
        let places: Vec<&LoadedDataset> = if level == "commune" {
            communes.iter().collect()
        } else {
            districts.iter().collect()
        };
        let (read, e2e) = measure(&label, set, commune_set, &places, dictionary);
        total_e2e += e2e;
        total_read += read;
    }
    println!(
        "all four evaluations, end to end: {:.2} s wall reading every file, {:.2} s with the data in memory",
        secs(total_read),
        secs(total_e2e)
    );

    // The CLI, as a user runs it (warm cache): one commune, then the whole country.
    let exe = std::env::current_exe()
        .ok()
        .and_then(|p| p.parent().map(|d| d.join("dtcheck")));
    if only.is_some() {
        println!(
            "\n(CLI timings skipped: only `{}` asked for)",
            only.as_deref().unwrap_or("")
        );
    } else if let (Some(exe), Some(one)) = (exe.filter(|e| e.exists()), communes.first()) {
        cli_timings(&exe, &one.file, &layout, &cache_dir);
    } else {
        println!("\n(build the dtcheck binary next to dtcheck-bench to time the CLI)");
    }
    if let Some(rss) = dtcheck::peak_rss_kib().map(|kb| kb as f64 / 1024.0) {
        println!(
            "peak RSS of this process (country loaded in memory, all four runs): {rss:.0} MiB"
        );
    }
    let _ = std::fs::remove_dir_all(&cache_dir);
}
