//! `dtcheck new`: scaffolding for a new policy set or a new criterion, with the metadata
//! filled in as far as it is given. The generated check returns an `error` outcome
//! saying it is not written yet, and the generated fixture case fails, so a scaffold can
//! never pass for a finished criterion.

use crate::policyset::{MANIFEST_FILE, Manifest, ModuleEntry, Recognition, ScheduleSpec};
use std::fmt::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    #[error("`{0}` already exists: refusing to overwrite it")]
    Exists(PathBuf),
    #[error("cannot write `{path}`: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0}")]
    Invalid(String),
}

impl ScaffoldError {
    /// The file at fault, if one is.
    pub fn path(&self) -> Option<String> {
        match self {
            ScaffoldError::Exists(path) | ScaffoldError::Io { path, .. } => {
                Some(path.display().to_string())
            }
            ScaffoldError::Invalid(_) => None,
        }
    }
}

fn write_new(path: &Path, text: &str) -> Result<(), ScaffoldError> {
    if path.exists() {
        return Err(ScaffoldError::Exists(path.to_path_buf()));
    }
    crate::write_file(path, text).map_err(|source| ScaffoldError::Io {
        path: path.into(),
        source,
    })
}

/// The crate name of a set.
pub fn crate_name(set: &str) -> String {
    format!("dtcheck-set-{set}")
}

/// The module file (and binary) name of a criterion: `c` + id, lowercased, `.` → `_`.
pub fn module_name(id: &str) -> String {
    format!("c{}", id.to_lowercase().replace(['.', '-', ' '], "_"))
}

/// Why `id` is not a criterion id, if it is not: the source's numbering, segments
/// separated by dots, each digits (`1.6`), a roman numeral (`III.4`) or a lowercase
/// prefix naming the appendix (`huyen.I.1`).
pub fn criterion_id_problem(id: &str) -> Option<String> {
    let segment = |s: &str| {
        !s.is_empty()
            && (s.bytes().all(|b| b.is_ascii_digit())
                || s.bytes().all(|b| b"IVXLCDM".contains(&b))
                || s.bytes().all(|b| b.is_ascii_lowercase()))
    };
    let numbered = id
        .split('.')
        .any(|s| !s.bytes().all(|b| b.is_ascii_lowercase()));
    (!(numbered && id.split('.').all(segment))).then(|| {
        format!(
            "`{}` is not a criterion id: the source's numbering, digits and roman numerals separated by dots (`1.6`, `III.4`, `huyen.I.1`)",
            id.escape_debug()
        )
    })
}

/// What a new set is.
pub struct NewSet<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub decision: &'a str,
    pub level_of_government: &'a str,
    /// Years (`Some`) or maturity levels 1–5 (`None`).
    pub years: Option<Vec<u16>>,
}

/// Creates `policies/sets/<id>/`: crate, library, manifest.
pub fn new_set(sets_root: &Path, s: &NewSet<'_>) -> Result<Vec<PathBuf>, ScaffoldError> {
    if !s
        .id
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(ScaffoldError::Invalid(format!(
            "set id `{}`: use lowercase letters, digits and `-`",
            s.id
        )));
    }
    let dir = sets_root.join(s.id);
    let cargo = format!(
        "[package]\nname = \"{}\"\nversion = \"1.0.0\"\ndescription = \"{}\"\nedition.workspace = true\nrust-version.workspace = true\nlicense.workspace = true\npublish.workspace = true\n# Each criterion is a binary target (src/bin/<file>.rs) so that it builds to its own\n# .wasm module; the library holds the criteria for native tests.\nautobins = true\n\n[dependencies]\ndtcheck-sdk.workspace = true\n\n[lints]\nworkspace = true\n",
        crate_name(s.id),
        s.title.replace('"', "'")
    );
    let lib = format!(
        "//! # {id}: {title}\n//!\n//! {decision}.\n#![cfg_attr(not(test), no_std)]\n\nuse dtcheck_sdk::prelude::*;\n\n/// `source` of a row of the decision's table.\n#[macro_export]\nmacro_rules! source {{\n    ($row:literal) => {{\n        concat!(\"{decision}, dòng \", $row)\n    }};\n}}\n\n/// Every criterion, in the order of the source table.\npub const CRITERIA: &[&Criterion] = &[\n];\n",
        id = s.id,
        title = s.title,
        decision = s.decision.replace('"', "'")
    );
    let (schedule, recognition) = match &s.years {
        Some(years) => (
            ScheduleSpec::Year {
                years: years.clone(),
            },
            Recognition::AllAssessedPassAndDti {
                dti_min_percent: 70.0,
                basis: "TODO: quote the recognition rule of the decision".into(),
            },
        ),
        None => (
            ScheduleSpec::Level {
                levels: vec![1, 2, 3, 4, 5],
            },
            Recognition::MaturityLevels {
                levels: ["Khởi động", "Kết nối", "Cơ bản", "Nâng cao", "Toàn diện"]
                    .iter()
                    .enumerate()
                    .map(|(i, n)| crate::policyset::LevelName {
                        level: i as u8 + 1,
                        name: n.to_string(),
                    })
                    .collect(),
                basis: "TODO: quote the rule of the decision".into(),
            },
        ),
    };
    let manifest = Manifest {
        id: s.id.into(),
        title: s.title.into(),
        decision: s.decision.into(),
        levels_of_government: vec![s.level_of_government.into()],
        schedule,
        recognition,
        communes: None,
        modules: Vec::new(),
    };
    let files = vec![
        (dir.join("Cargo.toml"), cargo),
        (dir.join("src").join("lib.rs"), lib),
        (dir.join(MANIFEST_FILE), crate::to_pretty_json(&manifest)),
        (dir.join("fixtures").join(".gitkeep"), String::new()),
        (dir.join("src").join("bin").join(".gitkeep"), String::new()),
    ];
    if dir.exists() {
        return Err(ScaffoldError::Exists(dir));
    }
    for (path, text) in &files {
        write_new(path, text)?;
    }
    Ok(files.into_iter().map(|(p, _)| p).collect())
}

/// What a new criterion is, as far as it is known.
pub struct NewCriterion<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub unit: &'a str,
    pub group_id: &'a str,
    pub group_name: &'a str,
    /// `(key, target)`: key a year or level, target "75%", "Có", "*" (not assessed).
    pub targets: Vec<(String, String)>,
    pub agency: &'a str,
    pub legal_basis: &'a str,
    pub level_of_government: &'a str,
}

fn rust_str(s: &str) -> String {
    format!("{:?}", s)
}

/// `"75%"` → `Target::Min(75.0)`, `"*"` → `Target::NotAssessed`, text → `Target::Text`.
fn target_expr(t: &str) -> String {
    let t = t.trim();
    if t == "*" || t.eq_ignore_ascii_case("không áp dụng") {
        return "Target::NotAssessed".into();
    }
    if let Some(n) = t
        .strip_suffix('%')
        .and_then(|n| n.trim().replace(',', ".").parse::<f64>().ok())
    {
        return format!("Target::Min({n:?})");
    }
    format!("Target::Text({})", rust_str(t))
}

/// Creates the criterion's source, binary and fixture files, and registers it in the
/// set's library and manifest (with an empty hash until `dtcheck build`).
pub fn new_criterion(
    sets_root: &Path,
    set: &str,
    c: &NewCriterion<'_>,
) -> Result<Vec<PathBuf>, ScaffoldError> {
    let dir = sets_root.join(set);
    let manifest_path = dir.join(MANIFEST_FILE);
    let manifest_text =
        std::fs::read_to_string(&manifest_path).map_err(|source| ScaffoldError::Io {
            path: manifest_path.clone(),
            source,
        })?;
    let mut manifest: Manifest = serde_json::from_str(&manifest_text)
        .map_err(|e| ScaffoldError::Invalid(format!("`{}`: {e}", manifest_path.display())))?;
    if manifest.modules.iter().any(|m| m.criterion == c.id) {
        return Err(ScaffoldError::Invalid(format!(
            "criterion `{}` is already in `{set}`",
            c.id
        )));
    }
    if let Some(problem) = criterion_id_problem(c.id) {
        return Err(ScaffoldError::Invalid(problem));
    }
    // The group is the source's: a segment of the id ("4" of `4.9`, "I" of `xa.I.1`),
    // with its name.
    if c.group_id.is_empty() || c.group_name.trim().is_empty() {
        return Err(ScaffoldError::Invalid(
            "a criterion needs its group as the source names it: --group ID=NAME (e.g. `4=Hạ tầng số`)".into(),
        ));
    }
    if !c.id.split('.').any(|s| s == c.group_id) {
        return Err(ScaffoldError::Invalid(format!(
            "group `{}` is not part of the criterion's numbering `{}` (e.g. `4` for `4.9`)",
            c.group_id, c.id
        )));
    }
    if c.name.trim().is_empty() {
        return Err(ScaffoldError::Invalid(
            "a criterion needs its name exactly as in the source: --name".into(),
        ));
    }
    let by_year = matches!(manifest.schedule, ScheduleSpec::Year { .. });
    let module = module_name(c.id);
    let krate = crate_name(set).replace('-', "_");
    let mut targets = String::new();
    for (k, t) in &c.targets {
        let _ = writeln!(
            targets,
            "        {},",
            if by_year {
                format!("({k}, {})", target_expr(t))
            } else {
                target_expr(t)
            }
        );
    }
    let targets = if by_year {
        format!("Targets::ByYear(&[\n{targets}    ])")
    } else {
        format!("Targets::ByLevel(&[\n{targets}    ])")
    };
    let level = if c.level_of_government == "district" {
        "District"
    } else {
        "Commune"
    };
    let source = format!(
        "//! {id}: {name}\n//!\n//! Check: not written yet.\nuse dtcheck_sdk::prelude::*;\n\npub const CRITERION: Criterion = Criterion {{\n    id: {id_lit},\n    group: Group {{ id: {gid}, name: {gname} }},\n    name: {name_lit},\n    unit: {unit_lit},\n    targets: {targets},\n    agency: {agency},\n    legal_basis: {legal},\n    source: crate::source!({id_lit}),\n    data_source: \"\",\n    level_of_government: LevelOfGovernment::{level},\n    evidence: &[],\n    facts: &[],\n    notes: &[],\n    judgements: &[],\n    check,\n}};\n\n/// TODO: implement the row. Until then every evaluation is an `error` outcome.\nfn check(_cx: &Cx<'_>) -> Result<Eval, Missing> {{\n    Ok(Eval::bug(\"the check of criterion {id} is not written yet\"))\n}}\n",
        id = c.id,
        name = c.name,
        id_lit = rust_str(c.id),
        gid = rust_str(c.group_id),
        gname = rust_str(c.group_name),
        name_lit = rust_str(c.name),
        unit_lit = rust_str(c.unit),
        agency = rust_str(c.agency),
        legal = rust_str(c.legal_basis),
    );
    let bin = format!(
        "#![cfg_attr(target_arch = \"wasm32\", no_std, no_main)]\ndtcheck_sdk::export!({krate}::{module}::CRITERION);\n"
    );
    // The fixture's first case is at a year or level the criterion is assessed at.
    let first_key = c
        .targets
        .iter()
        .find(|(_, t)| target_expr(t) != "Target::NotAssessed")
        .or(c.targets.first())
        .map(|(k, _)| k.clone())
        .unwrap_or_else(|| "2024".into());
    let selector = if by_year {
        format!("\"year\": {first_key}")
    } else {
        format!("\"level\": {first_key}")
    };
    let fixture = format!(
        "{{\n  \"criterion\": {id},\n  \"cases\": [\n    {{\n      \"name\": \"TODO: exactly at the target passes (fill in the facts)\",\n      {selector},\n      \"facts\": {{}},\n      \"expect\": {{ \"outcome\": \"pass\" }}\n    }}\n  ]\n}}\n",
        id = rust_str(c.id)
    );
    let source_path = dir.join("src").join(format!("{module}.rs"));
    let bin_path = dir.join("src").join("bin").join(format!("{module}.rs"));
    let fixture_path = dir.join("fixtures").join(format!("{module}.json"));
    for p in [&source_path, &bin_path, &fixture_path] {
        if p.exists() {
            return Err(ScaffoldError::Exists(p.clone()));
        }
    }
    // Register the module in the library, in CRITERIA, and in the manifest: all
    // prepared before anything is written.
    let lib_path = dir.join("src").join("lib.rs");
    let original_lib = std::fs::read_to_string(&lib_path).map_err(|source| ScaffoldError::Io {
        path: lib_path.clone(),
        source,
    })?;
    let lib = register(&original_lib, &module).ok_or_else(|| {
        ScaffoldError::Invalid(format!(
            "`{}` has no `pub const CRITERIA: &[&Criterion] = &[` … `];`",
            lib_path.display()
        ))
    })?;
    manifest.modules.push(ModuleEntry {
        criterion: c.id.into(),
        file: format!("modules/{module}.wasm"),
        sha256: String::new(),
    });
    let manifest_text = crate::to_pretty_json(&manifest);
    // Each file is written whole (atomically); if one fails, what was written is taken
    // back, so that a retry starts from the same tree.
    let mut created: Vec<&Path> = Vec::new();
    let mut lib_written = false;
    let written = (|| {
        for (path, text) in [
            (&source_path, &source),
            (&bin_path, &bin),
            (&fixture_path, &fixture),
        ] {
            write_new(path, text)?;
            created.push(path);
        }
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| ScaffoldError::Io { path, source }
        };
        crate::write_file(&lib_path, &lib).map_err(io(&lib_path))?;
        lib_written = true;
        crate::write_file(&manifest_path, &manifest_text).map_err(io(&manifest_path))
    })();
    if let Err(e) = written {
        for path in created {
            let _ = std::fs::remove_file(path);
        }
        if lib_written {
            let _ = crate::write_file(&lib_path, &original_lib);
        }
        return Err(e);
    }
    Ok(vec![
        source_path,
        bin_path,
        fixture_path,
        lib_path,
        manifest_path,
    ])
}

/// Adds `pub mod <module>;` and `&<module>::CRITERION,` to a set's lib.rs. The module
/// line goes above CRITERIA's doc comment and attributes, not between them and the
/// constant they document.
fn register(lib: &str, module: &str) -> Option<String> {
    let start = lib.find("pub const CRITERIA: &[&Criterion] = &[")?;
    let end = start + lib[start..].find("];")?;
    // Back over the lines just above the constant that belong to it.
    let mut above = lib[..start].rfind('\n').map_or(0, |i| i + 1);
    while above > 0 {
        let previous = lib[..above - 1].rfind('\n').map_or(0, |i| i + 1);
        let line = lib[previous..above].trim();
        if line.starts_with("///") || line.starts_with("#[") {
            above = previous;
        } else {
            break;
        }
    }
    let mut out = String::with_capacity(lib.len() + 64);
    out.push_str(&lib[..above]);
    out.push_str(&format!("pub mod {module};\n\n"));
    out.push_str(&lib[above..end]);
    out.push_str(&format!("    &{module}::CRITERION,\n"));
    out.push_str(&lib[end..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_are_written_as_in_the_source() {
        assert_eq!(target_expr("75%"), "Target::Min(75.0)");
        assert_eq!(target_expr("62,5 %"), "Target::Min(62.5)");
        assert_eq!(target_expr("*"), "Target::NotAssessed");
        assert_eq!(target_expr("Không áp dụng"), "Target::NotAssessed");
        assert_eq!(target_expr("Có"), "Target::Text(\"Có\")");
        assert_eq!(module_name("4.9"), "c4_9");
    }

    #[test]
    fn a_criterion_id_is_the_sources_numbering() {
        for id in ["1.6", "4.9", "III.4", "huyen.I.1", "xa.II.3", "I"] {
            assert_eq!(criterion_id_problem(id), None, "{id}");
        }
        for id in [
            "a/b", "1.6 ", "", "1..2", "xa", "c1_6", "../1", "1.6;", "Ⅳ.1",
        ] {
            assert!(criterion_id_problem(id).is_some(), "{id}");
        }
    }

    /// A `new` that fails midway takes back what it wrote, so a retry succeeds.
    #[test]
    fn a_failed_new_criterion_leaves_the_set_as_it_was() {
        let root = tempfile::tempdir().unwrap();
        let set = NewSet {
            id: "thu",
            title: "Thử",
            decision: "1/QĐ",
            level_of_government: "commune",
            years: Some(vec![2024]),
        };
        new_set(root.path(), &set).unwrap();
        let dir = root.path().join("thu");
        let lib_before = std::fs::read_to_string(dir.join("src/lib.rs")).unwrap();
        let manifest_before = std::fs::read_to_string(dir.join(MANIFEST_FILE)).unwrap();
        // The fixtures directory is a file: the third of five writes fails.
        let _ = std::fs::remove_dir_all(dir.join("fixtures"));
        std::fs::write(dir.join("fixtures"), "").unwrap();
        let c = NewCriterion {
            id: "4.9",
            name: "Tên",
            unit: "%",
            group_id: "4",
            group_name: "Hạ tầng số",
            targets: vec![("2024".into(), "50%".into())],
            agency: "",
            legal_basis: "",
            level_of_government: "commune",
        };
        assert!(new_criterion(root.path(), "thu", &c).is_err());
        assert!(!dir.join("src/c4_9.rs").exists());
        assert!(!dir.join("src/bin/c4_9.rs").exists());
        assert_eq!(
            std::fs::read_to_string(dir.join("src/lib.rs")).unwrap(),
            lib_before
        );
        assert_eq!(
            std::fs::read_to_string(dir.join(MANIFEST_FILE)).unwrap(),
            manifest_before
        );
        std::fs::remove_file(dir.join("fixtures")).unwrap();
        let written = new_criterion(root.path(), "thu", &c).unwrap();
        assert_eq!(written.len(), 5);
        let bad = NewCriterion { id: "a/b", ..c };
        assert!(matches!(
            new_criterion(root.path(), "thu", &bad),
            Err(ScaffoldError::Invalid(_))
        ));
    }

    #[test]
    fn registering_adds_the_module_and_the_criterion() {
        let lib =
            "pub mod c1_1;\n\npub const CRITERIA: &[&Criterion] = &[\n    &c1_1::CRITERION,\n];\n";
        let out = register(lib, "c1_2").expect("registered");
        assert!(out.contains("pub mod c1_2;"));
        assert!(out.contains("    &c1_1::CRITERION,\n    &c1_2::CRITERION,\n];"));
    }

    #[test]
    fn a_module_is_registered_above_the_doc_comment_of_criteria() {
        let lib = "pub mod c1_1;\n\n/// Every criterion, in the order of the source table.\n#[allow(dead_code)]\npub const CRITERIA: &[&Criterion] = &[\n    &c1_1::CRITERION,\n];\n";
        let out = register(lib, "c1_2").expect("registered");
        assert!(
            out.contains("pub mod c1_2;\n\n/// Every criterion, in the order of the source table.\n#[allow(dead_code)]\npub const CRITERIA"),
            "{out}"
        );
    }
}
