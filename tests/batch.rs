//! Synthetic countries and batch runs: the generator is deterministic and valid, and a
//! directory of localities evaluates in order whatever the number of cores.

use crate::util::{dtcheck, stderr, stdout};

fn generate(seed: &str) -> tempfile::TempDir {
    generate_n(seed, 40, 3)
}

fn generate_n(seed: &str, communes: usize, districts: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().to_string_lossy().to_string();
    let run = dtcheck(&[
        "generate",
        "--out",
        &out,
        "--seed",
        seed,
        "--communes",
        &communes.to_string(),
        "--districts",
        &districts.to_string(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    dir
}

/// A generated country's datasets as command-line arguments: each district's directory
/// of communes, and the district files.
fn country(dir: &std::path::Path) -> (Vec<String>, Vec<String>) {
    let layout = dtcheck::authoring::generate::layout(dir).expect("a generated country");
    let args = |paths: Vec<std::path::PathBuf>| -> Vec<String> {
        paths
            .iter()
            .map(|p| p.to_string_lossy().to_string())
            .collect()
    };
    (args(layout.commune_dirs), args(layout.district_files))
}

/// `dtcheck` with `args` then every path of `paths`.
fn dtcheck_over(args: &[&str], paths: &[String]) -> std::process::Output {
    let all: Vec<&str> = args
        .iter()
        .copied()
        .chain(paths.iter().map(String::as_str))
        .collect();
    dtcheck(&all)
}

fn files(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p
                    .strip_prefix(dir)
                    .expect("prefix")
                    .to_string_lossy()
                    .to_string();
                out.push((rel, std::fs::read(&p).expect("read")));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn the_generator_is_deterministic_and_its_data_valid() {
    let (a, b, c) = (generate("7"), generate("7"), generate("8"));
    let (fa, fb, fc) = (files(a.path()), files(b.path()), files(c.path()));
    assert_eq!(fa.len(), 43, "40 communes and 3 districts");
    assert!(fa == fb, "same seed, same bytes");
    assert!(fa != fc, "another seed, other data");
    let out = dtcheck(&["validate", &a.path().to_string_lossy()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn a_generated_country_evaluates_under_every_set() {
    let dir = generate("3");
    let (communes, districts) = country(dir.path());
    for (set, data, n) in [
        ("thanh-hoa-1829-2023", &communes, 40),
        ("national-2361-v1", &communes, 40),
        ("thanh-hoa-interim-district-2024", &districts, 3),
        ("national-2361-v1", &districts, 3),
    ] {
        let out = dtcheck_over(&["evaluate", "--policy-set", set, "--format", "json"], data);
        assert_eq!(out.status.code(), Some(0), "{set}: {}", stderr(&out));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        let localities = v["localities"].as_array().expect("localities");
        assert_eq!(localities.len(), n, "{set}");
        // In the order of the files, whatever core evaluated them.
        let files: Vec<&str> = localities
            .iter()
            .map(|l| l["file"].as_str().expect("file"))
            .collect();
        let mut sorted = files.clone();
        sorted.sort();
        assert_eq!(files, sorted, "{set}");
    }
    let out = dtcheck_over(
        &["evaluate", "--policy-set", "thanh-hoa-1829-2023"],
        &communes,
    );
    assert!(
        stdout(&out).contains("Đã đánh giá 40 địa phương"),
        "{}",
        stdout(&out)
    );
}

/// Instances are reused from one locality to the next within a batch: a locality's
/// result (fuel included) must not depend on what ran before it in the same instance.
#[test]
fn a_locality_gives_the_same_result_alone_and_in_a_batch() {
    // Enough communes for several per chunk (one session per chunk).
    let dir = generate_n("5", 300, 20);
    assert!(dtcheck::fast::ordered::chunk_size(300) > 1);
    let (communes, _) = country(dir.path());
    let last_dir = std::path::Path::new(communes.last().expect("a district"));
    let (last, _) = files(last_dir).pop().expect("a commune");
    let last = last_dir.join(last).to_string_lossy().to_string();
    for set in ["thanh-hoa-1829-2023", "national-2361-v1"] {
        let batch = dtcheck_over(
            &["evaluate", "--policy-set", set, "--format", "json"],
            &communes,
        );
        let alone = dtcheck(&["evaluate", "--policy-set", set, "--format", "json", &last]);
        let item = |out: &std::process::Output| -> serde_json::Value {
            let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
            let localities = v["localities"].as_array().expect("localities").clone();
            localities
                .into_iter()
                .find(|l| l["file"].as_str() == Some(last.as_str()))
                .expect("the commune")
        };
        let (in_batch, by_itself) = (item(&batch), item(&alone));
        assert!(
            by_itself["criteria"][0]["fuel"].as_u64().is_some(),
            "{set}: fuel reported"
        );
        assert_eq!(in_batch, by_itself, "{set}");
    }
}

/// `--format ndjson`: a header line, then one line per locality with exactly what the
/// JSON document holds for it.
#[test]
fn ndjson_streams_the_same_results_one_line_per_locality() {
    let dir = generate("4");
    let (communes, _) = country(dir.path());
    let run = |format: &str| {
        let out = dtcheck_over(
            &[
                "evaluate",
                "--policy-set",
                "national-2361-v1",
                "--format",
                format,
            ],
            &communes,
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        out
    };
    let json: serde_json::Value = serde_json::from_slice(&run("json").stdout).expect("json");
    let ndjson = stdout(&run("ndjson"));
    let lines: Vec<serde_json::Value> = ndjson
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON value per line"))
        .collect();
    assert_eq!(lines.len(), 41, "a header and 40 communes");
    assert_eq!(lines[0]["policy_set"], json["policy_set"]);
    assert_eq!(
        lines[1..].to_vec(),
        json["localities"].as_array().expect("localities").clone()
    );
}

/// A district needs only where each commune stands, and gets it without the
/// explanation, stopping each commune's modules as soon as its standing is decided:
/// the standing must be exactly the one the commune's own full evaluation concludes.
#[test]
fn a_district_sees_each_commune_as_the_commune_is_evaluated() {
    let dir = generate_n("11", 240, 12);
    let (communes, districts) = country(dir.path());
    let json = |set: &str, data: &[String]| -> serde_json::Value {
        let out = dtcheck_over(&["evaluate", "--policy-set", set, "--format", "json"], data);
        assert_eq!(out.status.code(), Some(0), "{set}: {}", stderr(&out));
        serde_json::from_slice(&out.stdout).expect("json")
    };
    for (district_set, commune_set, standing, variety) in [
        (
            "thanh-hoa-interim-district-2024",
            "thanh-hoa-1829-2023",
            "recognized",
            2,
        ),
        ("national-2361-v1", "national-2361-v1", "level", 3),
    ] {
        let own: std::collections::BTreeMap<String, serde_json::Value> =
            json(commune_set, &communes)["localities"]
                .as_array()
                .expect("localities")
                .iter()
                .map(|l| {
                    let code = l["locality"]["code"].as_str().expect("code").to_string();
                    (code, l[standing].clone())
                })
                .collect();
        let mut seen = std::collections::BTreeSet::new();
        let mut compared = 0;
        for d in json(district_set, &districts)["localities"]
            .as_array()
            .expect("localities")
        {
            assert_eq!(d["communes"]["computed"], true, "{district_set}");
            for c in d["communes"]["communes"].as_array().expect("communes") {
                let code = c["code"].as_str().expect("code");
                assert_eq!(
                    &c[standing], &own[code],
                    "{district_set}: commune {code} in {}",
                    d["file"]
                );
                seen.insert(c[standing].to_string());
                compared += 1;
            }
        }
        assert_eq!(compared, 240, "{district_set}: every commune compared");
        // The data reaches several standings, so that stopping early is exercised.
        assert!(seen.len() >= variety, "{district_set}: only {seen:?}");
    }
}

/// `generate` never overwrites a directory that holds anything, unless told to.
#[test]
fn generate_refuses_a_non_empty_directory_without_force() {
    let dir = generate_n("2", 4, 1);
    let out = dir.path().to_string_lossy().to_string();
    let args = [
        "generate",
        "--out",
        &out,
        "--communes",
        "4",
        "--districts",
        "1",
    ];
    let again = dtcheck(&args);
    assert_eq!(again.status.code(), Some(2), "{}", stderr(&again));
    assert!(
        stderr(&again).contains("is not empty"),
        "{}",
        stderr(&again)
    );
    let forced = dtcheck(&[&args[..], &["--force"]].concat());
    assert_eq!(forced.status.code(), Some(0), "{}", stderr(&forced));
}
