//! The maintainer's workflow, end to end, in a scratch copy of the policy workspace: scaffold,
//! build, test and commit a new criterion; a threshold change fails the gate until it is
//! accepted; a stale module fails `build --check`; a lint error names the criterion and
//! the rule. Builds modules with cargo for wasm32 (the slowest test of the suite).

use crate::util::{cache_dir, repo, stderr, stdout};
use std::path::{Path, PathBuf};
use std::process::Command;

const SET: &str = "thanh-hoa-1829-2023";

/// A scratch workspace: the ABI, the SDK, the 1829 set (sources, modules, fixtures), the
/// data dictionary's samples and the set's approved expectations, in a git repository.
struct Workspace {
    dir: tempfile::TempDir,
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let path = entry.expect("entry").path();
        let dest = to.join(path.file_name().expect("name"));
        if path.is_dir() {
            copy_dir(&path, &dest);
        } else {
            std::fs::copy(&path, &dest).expect("copy");
        }
    }
}

impl Workspace {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        let manifest = std::fs::read_to_string(repo().join("Cargo.toml")).expect("Cargo.toml");
        let manifest = manifest.replace(
            r#"members = ["host", "bench", "policies/abi", "policies/sdk", "policies/sets/*"]"#,
            r#"members = ["policies/abi", "policies/sdk", "policies/sets/*"]"#,
        );
        assert!(
            !manifest.contains("\"host\""),
            "the scratch workspace has no host crate"
        );
        std::fs::write(root.join("Cargo.toml"), manifest).expect("write");
        for f in ["Cargo.lock", "rust-toolchain.toml", ".cargo/config.toml"] {
            let dest = root.join(f);
            std::fs::create_dir_all(dest.parent().expect("parent")).expect("mkdir");
            std::fs::copy(repo().join(f), dest).expect("copy");
        }
        for d in [
            "policies/abi",
            "policies/sdk",
            "datasets/thanh-hoa/2024/cam-thuy",
        ] {
            copy_dir(&repo().join(d), &root.join(d));
        }
        let set = repo().join("policies/sets").join(SET);
        for d in ["src", "modules", "fixtures"] {
            copy_dir(&set.join(d), &root.join("policies/sets").join(SET).join(d));
        }
        for f in ["Cargo.toml", "manifest.json"] {
            std::fs::copy(set.join(f), root.join("policies/sets").join(SET).join(f)).expect("copy");
        }
        let expectations = root.join("policies/expectations");
        std::fs::create_dir_all(&expectations).expect("mkdir");
        // Only the 1829 communes of Cẩm Thủy are in the scratch repository: accept them below.
        let w = Workspace { dir };
        git(w.path(), &["init", "-q"]);
        w.commit("scratch policy workspace");
        w
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn set_file(&self, rel: &str) -> PathBuf {
        self.path().join("policies/sets").join(SET).join(rel)
    }

    fn commit(&self, message: &str) {
        git(self.path(), &["add", "-A"]);
        git(
            self.path(),
            &[
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@t.invalid",
                "commit",
                "-q",
                "-m",
                message,
            ],
        );
    }

    fn dtcheck(&self, args: &[&str]) -> std::process::Output {
        self.dtcheck_env(args, &[])
    }

    fn dtcheck_env(&self, args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
        Command::new(env!("CARGO_BIN_EXE_dtcheck"))
            .envs(env.iter().copied())
            .current_dir(self.path())
            .env("DTCHECK_CACHE_DIR", cache_dir())
            .env(
                "CARGO_TARGET_DIR",
                Path::new(env!("CARGO_TARGET_TMPDIR")).join("authoring-build"),
            )
            .env_remove("DTCHECK_POLICIES")
            .args(args)
            .output()
            .expect("run dtcheck")
    }

    fn edit(&self, rel: &str, from: &str, to: &str) {
        let path = self.set_file(rel);
        let text = std::fs::read_to_string(&path).expect("read");
        assert!(text.contains(from), "`{from}` not in {rel}");
        std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
    }
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .current_dir(dir)
        .args(args)
        .output()
        .expect("git");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn ok(out: &std::process::Output, what: &str) {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{what}:\n{}\n{}",
        stdout(out),
        stderr(out)
    );
}

#[test]
fn a_maintainer_adds_a_criterion_changes_a_threshold_and_gates_it() {
    let w = Workspace::new();
    // As README and the gate's own hint say: `gate --accept` (the base is HEAD).
    ok(
        &w.dtcheck(&["gate", "--accept"]),
        "accept the shipped outcomes",
    );
    w.commit("approved expectations");
    // A criterion needs its group, and a target for every year of the set: one left
    // out would silently read as `*`.
    let mut scaffold = vec![
        "new",
        "--policy-set",
        SET,
        "--criterion",
        "4.9",
        "--name",
        "Tỷ lệ dân số trưởng thành có điện thoại thông minh (thử nghiệm)",
        "--unit",
        "%",
        "--group",
        "4=Hạ tầng số",
        "--targets",
        "2024=50%,2025=60%",
    ];
    let refused = w.dtcheck(&scaffold);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("--targets has no target for 2022, 2023"),
        "{}",
        stderr(&refused)
    );
    // Every year given, but no group.
    scaffold.truncate(9);
    scaffold.extend(["--targets", "2022=*,2023=*,2024=50%,2025=60%"]);
    let refused = w.dtcheck(&scaffold);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("--group ID=NAME"),
        "{}",
        stderr(&refused)
    );
    assert!(!w.set_file("src/c4_9.rs").exists(), "nothing written");

    // Scaffold 4.9 and write its check and cases.
    let out = w.dtcheck(&[
        "new",
        "--policy-set",
        SET,
        "--criterion",
        "4.9",
        "--name",
        "Tỷ lệ dân số trưởng thành có điện thoại thông minh (thử nghiệm)",
        "--unit",
        "%",
        "--group",
        "4=Hạ tầng số",
        "--targets",
        "2022=*,2023=*,2024=50%,2025=60%",
    ]);
    ok(&out, "dtcheck new");
    assert!(stdout(&out).contains("src/c4_9.rs"), "{}", stdout(&out));
    // The module line is above CRITERIA's doc comment, not between it and the constant.
    let lib = std::fs::read_to_string(w.set_file("src/lib.rs")).expect("lib.rs");
    assert!(
        lib.contains("pub mod c4_9;\n\n/// Every criterion, in the order of the source table.\npub const CRITERIA"),
        "{lib}"
    );
    // The scaffolded case is at a year the criterion is assessed (2024, not a `*`).
    let fixture = std::fs::read_to_string(w.set_file("fixtures/c4_9.json")).expect("fixture");
    assert!(fixture.contains("\"year\": 2024"), "{fixture}");
    // Before `build`, its cases fail for the module missing: it has cases.
    let untested = w.dtcheck(&["test", "--policy-set", SET]);
    assert_eq!(untested.status.code(), Some(1), "{}", stdout(&untested));
    assert!(
        stdout(&untested).contains("c4_9.wasm` is missing"),
        "{}",
        stdout(&untested)
    );
    assert!(
        !stdout(&untested).contains("no case for 4.9"),
        "{}",
        stdout(&untested)
    );
    w.edit(
        "src/c4_9.rs",
        "    facts: &[],",
        "    facts: &[\"adults_18plus.total\", \"adults_18plus.smartphone\"],",
    );
    w.edit("src/c4_9.rs", "    check,\n", "    check: |cx| cx.share_at_least(\"adults_18plus.smartphone\", \"adults_18plus.total\"),\n");
    let src = std::fs::read_to_string(w.set_file("src/c4_9.rs")).expect("read");
    let src = src[..src
        .find("/// TODO: implement the row")
        .expect("scaffolded check")]
        .to_string();
    std::fs::write(
        w.set_file("src/c4_9.rs"),
        src.replace("use dtcheck_sdk::text::Text;\n", ""),
    )
    .expect("write");
    std::fs::write(
        w.set_file("fixtures/c4_9.json"),
        r#"{ "criterion": "4.9", "cases": [
  { "name": "exactly 50 % passes in 2024", "year": 2024,
    "facts": { "adults_18plus.total": 200, "adults_18plus.smartphone": 100 },
    "expect": { "outcome": "pass", "measured": 50 } },
  { "name": "49.5 % fails in 2024", "year": 2024,
    "facts": { "adults_18plus.total": 200, "adults_18plus.smartphone": 99 },
    "expect": { "outcome": "fail" } } ] }"#,
    )
    .expect("write fixture");
    ok(&w.dtcheck(&["build", "--policy-set", SET]), "dtcheck build");
    ok(&w.dtcheck(&["test", "--policy-set", SET]), "dtcheck test");
    ok(&w.dtcheck(&["lint"]), "dtcheck lint");
    // The new criterion's outcomes are not approved yet.
    let out = w.dtcheck(&["gate", "--base", "HEAD", "--format", "markdown"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("4.9: no approved outcome → now pass"),
        "{}",
        stdout(&out)
    );
    ok(
        &w.dtcheck(&["gate", "--base", "HEAD", "--accept"]),
        "accept 4.9",
    );
    ok(
        &w.dtcheck(&["gate", "--base", "HEAD"]),
        "gate after accepting",
    );
    w.commit("4.9: new criterion");

    // A threshold change fails the gate until accepted.
    w.edit(
        "src/c1_6.rs",
        "(2024, Target::Min(75.0))",
        "(2024, Target::Min(80.0))",
    );
    w.edit(
        "src/c1_6.rs",
        "assert_targets(&CRITERION, &[\"65%\", \"70%\", \"75%\", \"80%\"])",
        "assert_targets(&CRITERION, &[\"65%\", \"70%\", \"80%\", \"80%\"])",
    );
    // A write that fails in the middle of the rebuild (its manifest, written last)
    // changes nothing: the committed module is still the old one, nothing is left aside.
    let module_before = std::fs::read(w.set_file("modules/c1_6.wasm")).expect("module");
    let out = w.dtcheck_env(
        &["build", "--policy-set", SET],
        &[("DTCHECK_FAIL_WRITE", "manifest.json")],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("manifest.json"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read(w.set_file("modules/c1_6.wasm")).expect("module"),
        module_before,
        "a failed build leaves the set as it was"
    );
    let leftovers = |dir: PathBuf| -> Vec<String> {
        std::fs::read_dir(dir)
            .expect("dir")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp") || n.contains("journal"))
            .collect()
    };
    assert!(leftovers(w.set_file("modules")).is_empty());
    assert!(leftovers(w.set_file("")).is_empty());
    // The rebuild is killed after it renamed its first file into place (the new 1.6
    // module, its manifest not yet): the next command that reads the set completes it.
    let out = w.dtcheck_env(
        &["build", "--policy-set", SET],
        &[("DTCHECK_ABORT_AFTER_RENAMES", "1")],
    );
    assert_eq!(out.status.code(), None, "killed: {}", stderr(&out));
    let journal = w.set_file(".build-journal");
    assert!(journal.exists(), "the interrupted build left its journal");
    let out = w.dtcheck(&["build", "--check", "--policy-set", SET]);
    ok(&out, "the completed build is the new set, whole");
    assert!(
        stderr(&out).contains("completed the interrupted `build`"),
        "{}",
        stderr(&out)
    );
    assert!(!journal.exists());
    assert!(leftovers(w.set_file("modules")).is_empty());
    // The fixture case at the old target now fails: the gate says so too.
    let out = w.dtcheck(&["test", "--policy-set", SET]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out)
            .contains("FAIL  thanh-hoa-1829-2023 1.6: exactly at the 2024 target (75 %) passes"),
        "{}",
        stdout(&out)
    );
    w.edit(
        "fixtures/c1_6.json",
        "\"name\": \"exactly at the 2024 target (75 %) passes\",\n      \"year\": 2024,\n      \"facts\": { \"admin_dossiers.received\": 200, \"admin_dossiers.online\": 150 },\n      \"expect\": { \"outcome\": \"pass\", \"measured\": 75, \"reason_contains\": \"≥ 75 %\" }",
        "\"name\": \"exactly at the 2024 target (80 %) passes\",\n      \"year\": 2024,\n      \"facts\": { \"admin_dossiers.received\": 200, \"admin_dossiers.online\": 160 },\n      \"expect\": { \"outcome\": \"pass\", \"measured\": 80, \"reason_contains\": \"≥ 80 %\" }",
    );
    ok(
        &w.dtcheck(&["test", "--policy-set", SET]),
        "fixtures updated",
    );
    let out = w.dtcheck(&["gate", "--base", "HEAD"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(text.contains("cam-binh.json 1.6: approved pass"), "{text}");
    assert!(text.contains("→ now fail"), "{text}");
    assert!(text.contains("1 rule change,"), "{text}");
    // One run, several outputs: JUnit with one case per (set, dataset, criterion) in
    // class names CI tools do not split, SARIF at the dataset, annotations on stdout.
    let out = w.dtcheck(&[
        "gate",
        "--base",
        "HEAD",
        "--format",
        "github",
        "--junit",
        "gate.xml",
        "--markdown",
        "gate.md",
        "--sarif",
        "gate.sarif",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("::error file=datasets/thanh-hoa/2024/cam-thuy/cam-binh.json,line=1,title=dtcheck gate%3A thanh-hoa-1829-2023 1.6 changed::approved pass"),
        "{}",
        stdout(&out)
    );
    let junit = std::fs::read_to_string(w.path().join("gate.xml")).expect("gate.xml");
    assert!(
        junit.contains("<testcase classname=\"thanh-hoa-1829-2023\" name=\"datasets/thanh-hoa/2024/cam-thuy/cam-binh.json 1.6\">\n      <failure message=\"approved pass"),
        "{junit}"
    );
    assert!(
        junit.contains("<testcase classname=\"thanh-hoa-1829-2023\" name=\"datasets/thanh-hoa/2024/cam-thuy/cam-tan.json 1.1\"/>"),
        "an unchanged outcome is a passing case: {junit}"
    );
    for class in junit.split("classname=\"").skip(1) {
        let class = &class[..class.find('"').expect("quoted")];
        assert!(
            !class.contains('.'),
            "class name {class:?} would be split at its dots"
        );
    }
    let markdown = std::fs::read_to_string(w.path().join("gate.md")).expect("gate.md");
    assert!(markdown.contains("cam-binh.json 1.6"), "{markdown}");
    let sarif = sarif_log(&w.path().join("gate.sarif"));
    assert!(
        sarif["runs"][0]["results"]
            .as_array()
            .expect("results")
            .iter()
            .any(|r| r["ruleId"] == "outcome-changed"
                && r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    == "datasets/thanh-hoa/2024/cam-thuy/cam-binh.json"),
        "{sarif}"
    );
    // An `--accept` whose write fails accepts nothing.
    let expectations = w
        .path()
        .join("policies/expectations")
        .join(format!("{SET}.json"));
    let approved_before = std::fs::read(&expectations).expect("expectations");
    let out = w.dtcheck_env(
        &["gate", "--base", "HEAD", "--accept"],
        &[("DTCHECK_FAIL_WRITE", &format!("{SET}.json"))],
    );
    assert_ne!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("injected failure"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read(&expectations).expect("expectations"),
        approved_before
    );
    ok(
        &w.dtcheck(&["gate", "--base", "HEAD", "--accept"]),
        "accept the raised threshold",
    );
    ok(
        &w.dtcheck(&["gate", "--base", "HEAD~1"]),
        "gate passes once accepted",
    );

    // A source change without a rebuild: the committed module is stale.
    w.edit(
        "src/c1_6.rs",
        "(2024, Target::Min(80.0))",
        "(2024, Target::Min(85.0))",
    );
    let out = w.dtcheck(&["build", "--check", "--policy-set", SET]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("STALE  thanh-hoa-1829-2023 1.6"),
        "{}",
        stdout(&out)
    );

    // A lint error names the criterion and the rule.
    w.edit(
        "src/c1_6.rs",
        "(2024, Target::Min(85.0))",
        "(2024, Target::Min(80.0))",
    );
    w.edit(
        "src/c4_9.rs",
        "(2025, Target::Min(60.0))",
        "(2025, Target::Min(40.0))",
    );
    ok(&w.dtcheck(&["build", "--policy-set", SET]), "rebuild 4.9");
    let out = w.dtcheck(&["lint"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("thanh-hoa-1829-2023 4.9 [targets-never-decrease]"),
        "{}",
        stdout(&out)
    );
    // For CI tools: at the line of the criterion's source the rule is about.
    let source = std::fs::read_to_string(w.set_file("src/c4_9.rs")).expect("c4_9.rs");
    let line = source
        .lines()
        .position(|l| l.starts_with("    targets:"))
        .expect("targets line")
        + 1;
    let out = w.dtcheck(&["lint", "--format", "sarif"]);
    assert_eq!(out.status.code(), Some(1));
    let path = w.path().join("lint.sarif");
    std::fs::write(&path, stdout(&out)).expect("write");
    let sarif = sarif_log(&path);
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "targets-never-decrease", "{sarif}");
    let at = &result["locations"][0]["physicalLocation"];
    assert_eq!(
        at["artifactLocation"]["uri"], "policies/sets/thanh-hoa-1829-2023/src/c4_9.rs",
        "{sarif}"
    );
    assert_eq!(at["region"]["startLine"], line, "{sarif}");
    let out = w.dtcheck(&["lint", "--format", "github"]);
    assert!(
        stdout(&out).starts_with(&format!(
            "::error file=policies/sets/thanh-hoa-1829-2023/src/c4_9.rs,line={line},title=dtcheck lint%3A targets-never-decrease::thanh-hoa-1829-2023 4.9: "
        )),
        "{}",
        stdout(&out)
    );
}

/// A SARIF log, read and validated against the OASIS SARIF 2.1.0 schema.
fn sarif_log(path: &Path) -> serde_json::Value {
    let log: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("sarif")).expect("JSON");
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("tests/fixtures/sarif/sarif-schema-2.1.0.json"))
            .expect("schema"),
    )
    .expect("schema JSON");
    let validator = jsonschema::draft4::new(&schema).expect("the SARIF schema compiles");
    let errors: Vec<String> = validator.iter_errors(&log).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}\n{log}");
    log
}
