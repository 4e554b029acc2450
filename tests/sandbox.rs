//! Hostile policy modules, written as WebAssembly text: each must fail alone, with its
//! reason, while every other criterion of the run still evaluates.

use crate::util;
use dtcheck::eval::{EvalOptions, Outcome};
use dtcheck::policyset::{Manifest, ModuleEntry, SetsDir};
use dtcheck::sandbox::{Limits, Sandbox};
use sha2::{Digest, Sha256};
use std::path::Path;

/// A module that follows ABI v1 except where `body` (the body of `dtcheck_evaluate`,
/// taking the input length in local 0 and returning an i64) or `extra` says otherwise.
fn module(id: &str, version: i32, imports: &str, body: &str) -> Vec<u8> {
    module_reading(id, version, imports, body, &[])
}

/// [`module`], declaring `facts`.
fn module_reading(id: &str, version: i32, imports: &str, body: &str, facts: &[String]) -> Vec<u8> {
    let facts = serde_json::to_string(facts).expect("json");
    let meta = format!(
        r#"{{"abi_version":1,"id":"{id}","group":{{"id":"H","name":"Hostile"}},"name":"hostile {id}","unit":"%","schedule":"year","targets":[["2024",50]],"agency":"","legal_basis":"","source":"test","level_of_government":"commune","evidence":[],"facts":{facts},"notes":[]}}"#
    );
    let packed = (1024i64 << 32) | meta.len() as i64;
    let escaped = meta.replace('\\', "\\\\").replace('"', "\\\"");
    let wat = format!(
        r#"(module
          {imports}
          (memory (export "memory") 1)
          (data (i32.const 1024) "{escaped}")
          (data (i32.const 8192) "\09\00\00")
          (data (i32.const 12288) "\01\00\00\00\00\00\00\00\00")
          (func (export "dtcheck_abi_version") (result i32) i32.const {version})
          (func (export "dtcheck_metadata") (result i64) i64.const {packed})
          (func (export "dtcheck_input") (param i32) (result i32) i32.const 4096)
          (func (export "dtcheck_evaluate") (param i32) (result i64) {body}))"#
    );
    wat::parse_str(&wat).expect("valid wat")
}

fn infinite_loop() -> Vec<u8> {
    module("H.loop", 1, "", "(loop $l (br $l)) i64.const 0")
}

fn memory_bomb() -> Vec<u8> {
    module(
        "H.memory",
        1,
        "",
        "(loop $l (br_if $l (i32.ne (memory.grow (i32.const 16)) (i32.const -1)))) i64.const 0",
    )
}

fn wasi_import() -> Vec<u8> {
    module(
        "H.wasi",
        1,
        r#"(import "wasi_snapshot_preview1" "fd_write" (func (param i32 i32 i32 i32) (result i32)))"#,
        "i64.const 0",
    )
}

fn malformed_output() -> Vec<u8> {
    // Points at the three bytes 09 00 00: outcome tag 9 does not exist.
    module(
        "H.malformed",
        1,
        "",
        &format!("i64.const {}", (8192i64 << 32) | 3),
    )
}

fn out_of_bounds_output() -> Vec<u8> {
    module(
        "H.oob",
        1,
        "",
        &format!("i64.const {}", (0xffff_0000i64 << 32) | 64),
    )
}

fn wrong_abi_version() -> Vec<u8> {
    module("H.version", 4, "", "i64.const 0")
}

/// Says version 2 but has only version 1's exports (no input area).
fn version_2_without_input_area() -> Vec<u8> {
    module("H.v2", 2, "", "i64.const 0")
}

/// A well-behaved module for criterion `id` that always passes (for revision tests).
pub fn always_pass(id: &str) -> Vec<u8> {
    // Output: outcome 1 (pass), measured absent, target absent, empty reason, no missing.
    module(id, 1, "", &format!("i64.const {}", (12288i64 << 32) | 9))
}

fn trap() -> Vec<u8> {
    module("H.trap", 1, "", "unreachable")
}

/// A set directory holding the hostile modules next to a real criterion (1.6).
fn hostile_set(dir: &Path) -> SetsDir {
    let real = util::sets().manifest(util::SET).expect("manifest");
    let c1_6 = real
        .modules
        .iter()
        .find(|m| m.criterion == "1.6")
        .expect("1.6");
    let real_bytes =
        std::fs::read(util::sets().root().join(util::SET).join(&c1_6.file)).expect("1.6 module");
    set_of(
        dir,
        vec![
            ("1.6", real_bytes),
            ("H.loop", infinite_loop()),
            ("H.memory", memory_bomb()),
            ("H.wasi", wasi_import()),
            ("H.malformed", malformed_output()),
            ("H.oob", out_of_bounds_output()),
            ("H.version", wrong_abi_version()),
            ("H.v2", version_2_without_input_area()),
            ("H.trap", trap()),
        ],
    )
}

/// A set `hostile` under `dir` with these modules, its rules those of the 1829 set.
fn set_of(dir: &Path, modules: Vec<(&str, Vec<u8>)>) -> SetsDir {
    let set_dir = dir.join("hostile");
    std::fs::create_dir_all(set_dir.join("modules")).expect("mkdir");
    let real = util::sets().manifest(util::SET).expect("manifest");
    let mut entries = Vec::new();
    for (id, bytes) in modules {
        let file = format!("modules/{}.wasm", id.replace('.', "_"));
        std::fs::write(set_dir.join(&file), &bytes).expect("write module");
        let sha256 = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        entries.push(ModuleEntry {
            criterion: id.into(),
            file,
            sha256,
        });
    }
    let manifest = Manifest {
        id: "hostile".into(),
        modules: entries,
        ..real
    };
    std::fs::write(
        set_dir.join("manifest.json"),
        serde_json::to_string(&manifest).expect("json"),
    )
    .expect("write");
    SetsDir::new(dir)
}

fn reasons() -> Vec<(String, Outcome, String)> {
    let dir = tempfile::tempdir().expect("tempdir");
    let sets = hostile_set(dir.path());
    // A small fuel budget keeps the endless loop short; 1.6 needs far less.
    let sandbox = Sandbox::new(
        Limits {
            fuel: 2_000_000,
            memory_bytes: 4 << 20,
            ..Limits::default()
        },
        None,
    )
    .expect("sandbox");
    let set = sets
        .load("hostile", &sandbox)
        .expect("the set loads even with broken modules");
    let ds = util::sample("cam-tan");
    let opts = EvalOptions {
        year: Some(2024),
        basis: dtcheck::dataset::Basis::Appraised,
    };
    let r = crate::util::eval(&set, &ds, opts);
    r.criteria
        .into_iter()
        .map(|c| (c.id.to_string(), c.outcome, c.reason))
        .collect()
}

fn reason_of<'a>(all: &'a [(String, Outcome, String)], id: &str) -> (&'a Outcome, &'a str) {
    let (_, o, r) = all
        .iter()
        .find(|(i, _, _)| i == id)
        .expect("criterion present");
    (o, r.as_str())
}

#[test]
fn hostile_modules_fail_alone_with_their_reason() {
    let all = reasons();
    assert_eq!(all.len(), 9, "every criterion has a result: {all:#?}");
    let (o, r) = reason_of(&all, "1.6");
    assert_eq!(*o, Outcome::Pass, "the honest module still evaluates: {r}");

    let expect = [
        ("H.loop", "fuel exhausted"),
        ("H.memory", "memory limit exceeded"),
        ("H.wasi", "imports `wasi_snapshot_preview1::fd_write`"),
        ("H.malformed", "malformed output"),
        ("H.oob", "out-of-bounds buffer"),
        ("H.version", "policy ABI version 4"),
        ("H.v2", "ABI v2 requires `dtcheck_input_area`"),
        ("H.trap", "trapped"),
    ];
    for (id, needle) in expect {
        let (o, r) = reason_of(&all, id);
        assert_eq!(*o, Outcome::Error, "{id}: {r}");
        assert!(r.contains(needle), "{id}: expected `{needle}` in `{r}`");
    }
}

#[test]
fn fuel_is_deterministic_and_reported_as_cost() {
    let sandbox = util::sandbox();
    let set = util::sets().load(util::SET, &sandbox).expect("set");
    let ds = util::sample("cam-van");
    let opts = EvalOptions {
        year: None,
        basis: dtcheck::dataset::Basis::Appraised,
    };
    let a = crate::util::eval(&set, &ds, opts);
    let b = crate::util::eval(&set, &ds, opts);
    let fuel = |r: &dtcheck::aggregate::LocalityResult| {
        r.criteria.iter().map(|c| c.fuel).collect::<Vec<_>>()
    };
    assert_eq!(fuel(&a), fuel(&b));
    assert!(
        a.criteria
            .iter()
            .filter(|c| c.outcome != Outcome::NotAssessed)
            .all(|c| c.fuel.is_some_and(|f| f > 0))
    );
}

#[test]
fn a_module_whose_hash_does_not_match_the_manifest_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sets = hostile_set(dir.path());
    let path = dir.path().join("hostile/modules/H_trap.wasm");
    std::fs::write(&path, trap().into_iter().chain([0u8]).collect::<Vec<_>>()).expect("tamper");
    let set = sets.load("hostile", &util::sandbox()).expect("set");
    let broken: Vec<_> = set.broken().collect();
    assert_eq!(broken.len(), 4, "{broken:?}"); // tampered + the three refused at load
    assert!(broken.iter().any(|(id, r)| {
        *id == "H.trap"
            && r.to_string()
                .contains("refusing to run an unverified module")
    }));
}

#[test]
fn the_compiled_code_cache_is_reused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cache = dtcheck::sandbox::CodeCache::new(dir.path());
    let sandbox = Sandbox::new(Limits::default(), Some(cache)).expect("sandbox");
    let set = util::sets().load(util::SET, &sandbox).expect("set");
    let entries = std::fs::read_dir(dir.path()).expect("cache dir").count();
    assert_eq!(entries, set.criteria.len(), "one cache entry per module");
    // A second load is served from the cache and behaves identically.
    let again = util::sets().load(util::SET, &sandbox).expect("set");
    let ds = util::sample("cam-tan");
    let opts = EvalOptions {
        year: None,
        basis: dtcheck::dataset::Basis::Appraised,
    };
    let a = serde_json::to_string(&crate::util::eval(&set, &ds, opts)).expect("json");
    let b = serde_json::to_string(&crate::util::eval(&again, &ds, opts)).expect("json");
    assert_eq!(a, b);
}

/// A cache entry is trusted for what it holds, not for its name: another module's code
/// copied over it, a corrupted one and a truncated one are each compiled again (with a
/// warning) and replaced, and the outcomes are those of a clean run.
#[test]
fn a_swapped_corrupted_or_truncated_cache_entry_is_recompiled() {
    let cache = tempfile::tempdir().expect("tempdir");
    let dir = cache.path().to_string_lossy().to_string();
    let args = [
        "evaluate",
        "--policy-set",
        util::SET,
        "--format",
        "json",
        "--cache-dir",
        &dir,
        util::SAMPLES,
    ];
    let clean = util::dtcheck(&args);
    assert_eq!(clean.status.code(), Some(0), "{}", util::stderr(&clean));
    let mut entries: Vec<_> = std::fs::read_dir(cache.path())
        .expect("cache")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    assert!(entries.len() >= 4, "{entries:?}");
    std::fs::copy(&entries[0], &entries[1]).expect("swap");
    let mut corrupted = std::fs::read(&entries[2]).expect("read");
    let last = corrupted.len() - 100;
    corrupted[last] ^= 0xff;
    std::fs::write(&entries[2], corrupted).expect("corrupt");
    let bytes = std::fs::read(&entries[3]).expect("read");
    std::fs::write(&entries[3], &bytes[..bytes.len() / 2]).expect("truncate");
    let again = util::dtcheck(&args);
    let err = util::stderr(&again);
    assert_eq!(again.status.code(), Some(0), "{err}");
    assert_eq!(again.stdout, clean.stdout, "same outcomes as a clean run");
    for why in [
        "holds another module's code",
        "is corrupted",
        "compiling the module again",
    ] {
        assert!(err.contains(why), "{why}: {err}");
    }
    // Replaced: a third run reads the cache without a word.
    let third = util::dtcheck(&args);
    assert_eq!(third.stdout, clean.stdout);
    assert!(
        !util::stderr(&third).contains("warning"),
        "{}",
        util::stderr(&third)
    );
}

/// A module whose reason holds terminal control sequences (clear the screen, return to
/// the start of the line): a text report shows them escaped, never sends them.
#[test]
fn control_characters_from_a_module_never_reach_the_terminal() {
    // Output at 16384: fail (2), measured and target absent, a 9-byte reason
    // "ESC [ 2 J CR EVIL", no missing facts: 18 bytes.
    let data = r#"(data (i32.const 16384) "\02\00\00\09\00\00\00\1b[2J\0dEVIL\00\00")"#;
    let escape = module(
        "H.escape",
        1,
        data,
        &format!("i64.const {}", (16384i64 << 32) | 18),
    );
    let dir = tempfile::tempdir().expect("tempdir");
    set_of(dir.path(), vec![("H.escape", escape)]);
    let policies = dir.path().to_string_lossy().to_string();
    let sample = format!("{}/cam-tan.json", util::SAMPLES);
    let out = util::dtcheck(&[
        "evaluate",
        "--policies",
        &policies,
        "--policy-set",
        "hostile",
        &sample,
    ]);
    let text = util::stdout(&out);
    assert!(text.contains("H.escape"), "{text}{}", util::stderr(&out));
    assert!(!text.contains('\u{1b}') && !text.contains('\r'), "{text:?}");
    assert!(text.contains("\\u{1b}[2J\\u{d}EVIL"), "{text}");
}

/// A manifest names only its own set's modules: a path out of `modules/`, an absolute
/// path, a symlink and a FIFO are refused (each criterion alone, with the reason), even
/// when the file they point at carries the very hash the manifest expects.
#[test]
fn manifest_entries_are_confined_to_the_sets_modules() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sets = set_of(dir.path(), vec![("H.ok", always_pass("H.ok"))]);
    let set_dir = dir.path().join("hostile");
    let outside = dir.path().join("outside.wasm");
    let bytes = always_pass("H.ok");
    std::fs::write(&outside, &bytes).expect("write");
    std::os::unix::fs::symlink(&outside, set_dir.join("modules/link.wasm")).expect("symlink");
    let fifo = set_dir.join("modules/fifo.wasm");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let sha256: String = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let path = set_dir.join("manifest.json");
    let mut manifest: Manifest =
        serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("manifest");
    let bad = [
        ("H.up", "../../outside.wasm".to_string()),
        ("H.abs", outside.to_string_lossy().to_string()),
        ("H.zero", "/dev/zero".to_string()),
        ("H.link", "modules/link.wasm".to_string()),
        ("H.fifo", "modules/fifo.wasm".to_string()),
    ];
    for (id, file) in &bad {
        manifest.modules.push(ModuleEntry {
            criterion: (*id).into(),
            file: file.clone(),
            sha256: sha256.clone(),
        });
    }
    std::fs::write(&path, serde_json::to_string(&manifest).expect("json")).expect("write");
    let sandbox = Sandbox::new(Limits::default(), None).expect("sandbox");
    let set = sets.load("hostile", &sandbox).expect("the set loads");
    let broken: Vec<(&str, String)> = set.broken().map(|(id, r)| (id, r.to_string())).collect();
    assert_eq!(set.usable().count(), 1, "H.ok alone: {broken:?}");
    for (id, needle) in [
        ("H.up", "is not a module of the set"),
        ("H.abs", "is not a module of the set"),
        ("H.zero", "is not a module of the set"),
        ("H.link", "not a regular file (a symlink)"),
        ("H.fifo", "not a regular file (a FIFO)"),
    ] {
        let reason = broken
            .iter()
            .find(|(c, _)| *c == id)
            .map(|(_, r)| r.as_str())
            .unwrap_or_else(|| panic!("{id} refused: {broken:?}"));
        assert!(reason.contains(needle), "{id}: {reason}");
    }
}

/// Budgets per call: an answer of megabytes is an `error` for its criterion, and a
/// module declaring more facts than a criterion may read is refused at load (its count
/// would not even fit the ABI's field).
#[test]
fn oversized_answers_and_fact_lists_are_refused() {
    // 14 MiB from address 0: inside a 16 MiB memory, but no reason is that long.
    let huge = module(
        "H.huge",
        1,
        "",
        "(drop (memory.grow (i32.const 255))) i64.const 14680064",
    );
    // 300 short names: the metadata still fits the module's first page.
    let facts: Vec<String> = (0..300).map(|i| format!("f{i}")).collect();
    let many = module_reading("H.facts", 1, "", "i64.const 0", &facts);
    let dir = tempfile::tempdir().expect("tempdir");
    let sets = set_of(
        dir.path(),
        vec![
            ("H.huge", huge),
            ("H.facts", many),
            ("H.ok", always_pass("H.ok")),
        ],
    );
    let sandbox = Sandbox::new(
        Limits {
            fuel: 2_000_000,
            memory_bytes: 32 << 20,
            ..Limits::default()
        },
        None,
    )
    .expect("sandbox");
    let set = sets.load("hostile", &sandbox).expect("the set loads");
    let broken: Vec<(&str, String)> = set.broken().map(|(id, r)| (id, r.to_string())).collect();
    assert!(
        broken
            .iter()
            .any(|(id, r)| *id == "H.facts" && r.contains("declares 300 facts, more than the 256")),
        "{broken:?}"
    );
    let ds = util::sample("cam-tan");
    let opts = EvalOptions {
        year: Some(2024),
        basis: dtcheck::dataset::Basis::Appraised,
    };
    let r = crate::util::eval(&set, &ds, opts);
    let huge = r
        .criteria
        .iter()
        .find(|c| &*c.id == "H.huge")
        .expect("H.huge");
    assert_eq!(huge.outcome, Outcome::Error, "{}", huge.reason);
    assert!(
        huge.reason
            .contains("more than the 65536 an answer may have"),
        "{}",
        huge.reason
    );
    let ok = r.criteria.iter().find(|c| &*c.id == "H.ok").expect("H.ok");
    assert_eq!(ok.outcome, Outcome::Pass, "{}", ok.reason);
}

/// Modules that keep state between calls, each in its own way: the first call in an
/// instance passes, any later one answers differently. Every call must answer as the
/// first one does, whatever ran before it in the same session.
fn stateful_modules() -> Vec<(&'static str, Vec<u8>)> {
    const PASS: i64 = (12288i64 << 32) | 9;
    const OTHER: i64 = (12288i64 << 32) | 8;
    let answer = |stale: &str| {
        format!("(if (result i64) {stale} (then i64.const {OTHER}) (else i64.const {PASS}))")
    };
    vec![
        (
            "a mutable global",
            module(
                "S.global",
                1,
                "(global $g (mut i32) (i32.const 0))",
                &format!(
                    "(global.set $g (i32.add (global.get $g) (i32.const 1))) {}",
                    answer("(i32.gt_u (global.get $g) (i32.const 1))")
                ),
            ),
        ),
        (
            "a counter in memory",
            module(
                "S.memory",
                1,
                "",
                &format!(
                    "(i32.store (i32.const 40000) (i32.add (i32.load (i32.const 40000)) (i32.const 1))) {}",
                    answer("(i32.gt_u (i32.load (i32.const 40000)) (i32.const 1))")
                ),
            ),
        ),
        (
            "a store across two blocks",
            module(
                "S.straddle",
                1,
                "",
                &format!(
                    "(i32.store (i32.const 2046) (i32.add (i32.load (i32.const 2046)) (i32.const 65536))) {}",
                    answer("(i32.gt_u (i32.load8_u (i32.const 2048)) (i32.const 1))")
                ),
            ),
        ),
        (
            "memory.fill",
            module(
                "S.fill",
                1,
                "",
                &format!(
                    "(memory.fill (i32.const 50000) (i32.add (i32.load8_u (i32.const 50000)) (i32.const 1)) (i32.const 3000)) {}",
                    answer("(i32.gt_u (i32.load8_u (i32.const 52999)) (i32.const 1))")
                ),
            ),
        ),
        (
            "memory.copy",
            module(
                "S.copy",
                1,
                "",
                &format!(
                    "(i32.store8 (i32.const 100) (i32.add (i32.load8_u (i32.const 60000)) (i32.const 1))) (memory.copy (i32.const 60000) (i32.const 100) (i32.const 1)) {}",
                    answer("(i32.gt_u (i32.load8_u (i32.const 60000)) (i32.const 1))")
                ),
            ),
        ),
        (
            "memory.grow",
            module(
                "S.grow",
                1,
                "",
                &format!(
                    "(drop (memory.grow (i32.const 1))) {}",
                    answer("(i32.gt_u (memory.size) (i32.const 2))")
                ),
            ),
        ),
        (
            "a table",
            module(
                "S.table",
                1,
                "(table $t 1 funcref)",
                &format!(
                    "(drop (table.grow $t (ref.null func) (i32.const 1))) {}",
                    answer("(i32.gt_u (table.size $t) (i32.const 2))")
                ),
            ),
        ),
        (
            "the previous input",
            // The host writes the input at 4096; the byte after this input's end is
            // zero in a fresh instance, and was written by a longer previous input.
            module(
                "S.input",
                1,
                "",
                &answer("(i32.load8_u (i32.add (i32.const 4096) (local.get 0)))"),
            ),
        ),
    ]
}

#[test]
fn a_module_that_keeps_state_answers_the_same_at_any_position() {
    use dtcheck::sandbox::{Mode, Session};
    let sandbox = Sandbox::new(Limits::default(), None).expect("sandbox");
    let inputs: Vec<Vec<u8>> = [64usize, 200, 3, 64, 1, 128, 2]
        .iter()
        .map(|n| vec![0xA5; *n])
        .collect();
    for (what, bytes) in stateful_modules() {
        let module = sandbox
            .load(&bytes)
            .unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(
            matches!(module.mode, Mode::Isolated(_)),
            what == "a table",
            "{what}: {:?}",
            module.mode
        );
        let alone: Vec<Vec<u8>> = inputs
            .iter()
            .map(|i| Session::new().call(&module, i).expect("call").output)
            .collect();
        let mut session = Session::new();
        let in_a_row: Vec<Vec<u8>> = inputs
            .iter()
            .map(|i| session.call(&module, i).expect("call").output)
            .collect();
        assert_eq!(
            in_a_row, alone,
            "{what}: a call depends on the calls before it"
        );
        assert!(
            alone.iter().all(|o| o.len() == 9),
            "{what}: a fresh instance passes"
        );
    }
}

#[test]
fn the_hosts_names_are_reserved() {
    let bytes = module(
        "S.reserved",
        1,
        "(global (export \"__dtcheck_written\") i32 (i32.const 0))",
        "i64.const 0",
    );
    let sandbox = Sandbox::new(Limits::default(), None).expect("sandbox");
    match sandbox.load(&bytes) {
        Err(e) => assert!(e.to_string().contains("reserved to the host"), "{e}"),
        Ok(_) => panic!("a module exporting `__dtcheck_written` was loaded"),
    }
}

/// Budgets per session and per call in wall-clock time: a module that keeps exhausting
/// its fuel is stopped (its later calls are errors that say so, without running), and
/// a module that fuel does not stop is stopped by the clock.
#[test]
fn a_module_that_keeps_exhausting_its_budget_is_stopped() {
    use dtcheck::sandbox::{Fault, Session};
    let sandbox = Sandbox::new(
        Limits {
            fuel: 2_000_000,
            session_fuel: 5_000_000,
            ..Limits::default()
        },
        None,
    )
    .expect("sandbox");
    let looping = sandbox.load(&infinite_loop()).expect("loads");
    let honest = sandbox.load(&always_pass("H.ok")).expect("loads");
    let mut session = Session::new();
    let faults: Vec<Fault> = (0..5)
        .filter_map(|_| session.call(&looping, b"x").err())
        .collect();
    assert_eq!(faults.len(), 5);
    assert!(
        faults[..3]
            .iter()
            .all(|f| matches!(f, Fault::OutOfFuel { limit: 2_000_000 }))
    );
    assert!(
        faults[3..].iter().all(|f| matches!(
            f,
            Fault::Stopped {
                used: 6_000_000,
                budget: 5_000_000
            }
        )),
        "{faults:?}"
    );
    assert!(faults[3].to_string().contains("not run"), "{}", faults[3]);
    // Another module of the same session keeps its own budget; a new session starts
    // afresh.
    assert!(session.call(&honest, b"x").is_ok());
    assert!(matches!(
        Session::new().call(&looping, b"x"),
        Err(Fault::OutOfFuel { .. })
    ));

    // Fuel that never runs out: the wall clock ends the call.
    let sandbox = Sandbox::new(
        Limits {
            fuel: u64::MAX / 4,
            call_millis: 50,
            ..Limits::default()
        },
        None,
    )
    .expect("sandbox");
    let looping = sandbox.load(&infinite_loop()).expect("loads");
    let started = std::time::Instant::now();
    let fault = Session::new().call(&looping, b"x").err();
    assert!(
        matches!(fault, Some(Fault::TimedOut { millis: 50 })),
        "{fault:?}"
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
}

/// Not a test: writes a set of memory-hungry and stateful modules (the rules of the 1829
/// set) to `$DTCHECK_HOSTILE_OUT`, to measure a whole-country run's peak memory with
/// them (README, "Performance"): `cargo test -p dtcheck --test dtcheck-tests --
/// --ignored write_a_hostile_set`.
#[test]
#[ignore]
fn write_a_hostile_set() {
    let Some(out) = std::env::var_os("DTCHECK_HOSTILE_OUT") else {
        return;
    };
    // 16 MiB of memory from the start, all of it written at every call.
    let fill_all = |id: &str| {
        let bytes = module(
            id,
            1,
            "",
            &format!(
                "(drop (memory.grow (i32.const 255))) (memory.fill (i32.const 0) (i32.const 7) (i32.const 16777216)) i64.const {}",
                (12288i64 << 32) | 9
            ),
        );
        (id.to_string(), bytes)
    };
    let mut modules: Vec<(String, Vec<u8>)> =
        (1..=20).map(|i| fill_all(&format!("1.{i}"))).collect();
    // A 14 MiB answer at every call (refused: more than an answer may have).
    modules.push((
        "2.1".into(),
        module(
            "2.1",
            1,
            "",
            "(drop (memory.grow (i32.const 255))) i64.const 14680064",
        ),
    ));
    let modules: Vec<(&str, Vec<u8>)> = modules
        .iter()
        .map(|(id, b)| (id.as_str(), b.clone()))
        .collect();
    set_of(Path::new(&out), modules);
}
