//! A corpus of bad inputs. Each case builds one input in a fresh directory, and both
//! `dtcheck validate` and `dtcheck evaluate --format json` must refuse it alike: exit
//! code 2, the file named with the place (a JSON pointer, or a line and column) and what
//! was expected, no panic, no hang, and no result printed for the refused locality.
//!
//! The cases are a table, run on a few threads; every failure is reported at once.

use crate::util::{cache_dir, repo};
use serde_json::{Value, json};
use std::ffi::OsString;
use std::fs::File;
use std::io::{Read, Seek};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const COMMUNE_SET: &str = "thanh-hoa-1829-2023";
const DISTRICT_SET: &str = "thanh-hoa-interim-district-2024";
const SAMPLES: &str = "datasets/thanh-hoa/2024";
/// The commune most cases edit (Cẩm Tân, code 99401), relative to [`SAMPLES`].
const COMMUNE: &str = "cam-thuy/cam-tan.json";
/// The district the district cases edit; it lists four communes of `cam-thuy/`.
const DISTRICT: &str = "huyen-cam-thuy.json";
const DECLARED_DISTRICT: &str = "huyen-cam-thuy-declared.json";
/// A run still going after this long is killed and reported as hung.
const HUNG: Duration = Duration::from_secs(20);
/// What "answered quickly" means for the cases that say so.
const QUICK: Duration = Duration::from_secs(5);
const WORKERS: usize = 4;
const MIB: usize = 1 << 20;
/// How much of a failing run's output the report shows.
const SHOWN: usize = 1200;

/// Builds a case's input in the (fresh, empty) directory given; returns the path to pass.
type Build = Box<dyn Fn(&Path) -> PathBuf + Send + Sync>;

/// One bad input and what both commands must say about it.
struct Case {
    name: &'static str,
    /// The policy set `evaluate` applies.
    set: &'static str,
    build: Build,
    /// Options given to both commands, before the dataset.
    options: Vec<&'static str>,
    /// Whether `validate` is given `--policy-set` too (for cases about the set).
    validate_with_set: bool,
    names: Names,
    /// Fragments stderr must contain.
    expect: Vec<String>,
    /// Fragments stderr must contain exactly once.
    once: Vec<String>,
    /// The longest a run may take.
    within: Duration,
    /// The longest stderr may be, in bytes.
    max_stderr: Option<usize>,
}

/// The file stderr must name.
enum Names {
    /// The file name of the path passed.
    Input,
    /// Another file (found inside a directory passed).
    File(&'static str),
    /// None: the problem is an option's.
    Nothing,
}

/// A case evaluated with the district set.
fn district_case(name: &'static str, build: Build) -> Case {
    case(name, build).set(DISTRICT_SET)
}

fn case(name: &'static str, build: Build) -> Case {
    Case {
        name,
        set: COMMUNE_SET,
        build,
        options: Vec::new(),
        validate_with_set: false,
        names: Names::Input,
        expect: Vec::new(),
        once: Vec::new(),
        within: HUNG,
        max_stderr: None,
    }
}

impl Case {
    fn set(mut self, set: &'static str) -> Self {
        self.set = set;
        self
    }

    /// A problem is located at this JSON pointer (`(document)`: the whole document).
    fn at(mut self, pointer: &str) -> Self {
        self.expect.push(format!("at {pointer}: "));
        self
    }

    /// The problem is located at this line (JSON syntax).
    fn line(mut self, line: usize) -> Self {
        self.expect.push(format!("line {line}, column"));
        self
    }

    fn says(mut self, fragment: impl Into<String>) -> Self {
        self.expect.push(fragment.into());
        self
    }

    fn says_once(mut self, fragment: &str) -> Self {
        self.once.push(fragment.into());
        self
    }

    fn names(mut self, file: &'static str) -> Self {
        self.names = Names::File(file);
        self
    }

    fn names_nothing(mut self) -> Self {
        self.names = Names::Nothing;
        self
    }

    fn options(mut self, options: &[&'static str]) -> Self {
        self.options = options.to_vec();
        self
    }

    /// A bad option value: refused, the option named, whatever the dataset.
    fn bad_option(self, option: &'static str, value: &'static str) -> Self {
        self.options(&[option, value]).names_nothing().says(option)
    }

    /// `validate` checks the dataset against the set too.
    fn validated_with_set(mut self) -> Self {
        self.validate_with_set = true;
        self
    }

    fn quick(mut self) -> Self {
        self.within = QUICK;
        self
    }

    /// The answer stays readable: no document dumped into it, no endless list.
    fn at_most(mut self, bytes: usize) -> Self {
        self.max_stderr = Some(bytes);
        self
    }

    fn short(self) -> Self {
        self.at_most(4000)
    }
}

// ---- inputs -------------------------------------------------------------------------

fn sample_path(rel: &str) -> PathBuf {
    repo().join(SAMPLES).join(rel)
}

fn sample_text(rel: &str) -> String {
    std::fs::read_to_string(sample_path(rel)).expect("sample")
}

fn sample_value(rel: &str) -> Value {
    serde_json::from_str(&sample_text(rel)).expect("sample JSON")
}

/// The line of the sample commune's text where `needle` first occurs.
fn line_of(needle: &str) -> usize {
    let text = sample_text(COMMUNE);
    let at = text.find(needle).expect("needle in the sample");
    text[..at].matches('\n').count() + 1
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).expect("JSON")
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(made.success(), "mkfifo {}", path.display());
}

fn symlink(target: impl AsRef<Path>, link: &Path) {
    std::os::unix::fs::symlink(target, link).expect("symlink");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), to.join(entry.file_name())).expect("copy");
    }
}

/// `text` with the first `from` replaced by `to` (bytes: `to` may be no UTF-8).
fn replace_bytes(text: &str, from: &str, to: &[u8]) -> Vec<u8> {
    let at = text
        .find(from)
        .unwrap_or_else(|| panic!("`{from}` not in the text"));
    let bytes = text.as_bytes();
    [&bytes[..at], to, &bytes[at + from.len()..]].concat()
}

/// The sample commune with `edit` applied, as `cam-tan.json`.
fn commune_edited(edit: impl Fn(&mut Value) + Send + Sync + 'static) -> Build {
    Box::new(move |dir| {
        let mut v = sample_value(COMMUNE);
        edit(&mut v);
        write(dir, "cam-tan.json", pretty(&v))
    })
}

/// The sample commune with one fact set.
fn fact(key: &'static str, value: Value) -> Build {
    commune_edited(move |v| v["facts"][key] = value.clone())
}

/// The sample commune with one member (a JSON pointer) removed.
fn without(pointer: &'static str) -> Build {
    commune_edited(move |v| {
        let (parent, member) = pointer.rsplit_once('/').expect("a pointer");
        v.pointer_mut(parent)
            .and_then(Value::as_object_mut)
            .expect("an object")
            .remove(member)
            .expect("the member");
    })
}

/// The sample commune's text, edited as bytes, as `cam-tan.json` (lines stay those of
/// the sample unless the edit adds some).
fn commune_text(edit: impl Fn(&str) -> Vec<u8> + Send + Sync + 'static) -> Build {
    Box::new(move |dir| write(dir, "cam-tan.json", edit(&sample_text(COMMUNE))))
}

/// The sample commune's text with the first `from` replaced by `to`.
fn replaced(from: &'static str, to: impl Into<Vec<u8>>) -> Build {
    let to = to.into();
    commune_text(move |text| replace_bytes(text, from, &to))
}

/// The sample commune's text with `insertion` after the first `anchor`, on its line.
fn inserted_after(anchor: &'static str, insertion: &'static str) -> Build {
    replaced(anchor, format!("{anchor}{insertion}"))
}

/// A file `x.json` holding `bytes`.
fn raw(bytes: impl Into<Vec<u8>>) -> Build {
    let bytes = bytes.into();
    Box::new(move |dir| write(dir, "x.json", &bytes))
}

/// A copy of the sample district and its communes in `<dir>/huyen/`, its document
/// edited by `edit` (given that directory, to add files next to it), then its text by
/// `text`; the district file's path. `<dir>` itself is outside the district's tree.
fn district_text(
    edit: impl Fn(&mut Value, &Path) + Send + Sync + 'static,
    text: impl Fn(String) -> String + Send + Sync + 'static,
) -> Build {
    Box::new(move |dir| {
        let home = dir.join("huyen");
        copy_dir(&sample_path("cam-thuy"), &home.join("cam-thuy"));
        let mut v = sample_value(DISTRICT);
        edit(&mut v, &home);
        write(&home, DISTRICT, text(pretty(&v)))
    })
}

fn district_edited(edit: impl Fn(&mut Value, &Path) + Send + Sync + 'static) -> Build {
    district_text(edit, |text| text)
}

/// The sample district with `entry` appended to its communes (index 4).
fn listing(entry: impl Into<Value>) -> Build {
    let entry = entry.into();
    district_edited(move |v, _| communes(v).push(entry.clone()))
}

/// The sample district after `prepare` made files in its directory, listing `entry`
/// as its fifth commune (index 4).
fn listing_after(prepare: impl Fn(&Path) + Send + Sync + 'static, entry: &'static str) -> Build {
    district_edited(move |v, home| {
        prepare(home);
        communes(v).push(entry.into());
    })
}

/// The sample district with one of its communes' files (under `cam-thuy/`) edited.
fn commune_of_district(
    file: &'static str,
    edit: impl Fn(&mut Value) + Send + Sync + 'static,
) -> Build {
    district_edited(move |_, home| {
        let path = home.join("cam-thuy").join(file);
        let mut c: Value =
            serde_json::from_slice(&std::fs::read(&path).expect("commune")).expect("JSON");
        edit(&mut c);
        std::fs::write(&path, pretty(&c)).expect("write");
    })
}

/// The sample district with its commune at `index` given inline, edited by `edit`.
fn inline_commune(index: usize, edit: impl Fn(&mut Value) + Send + Sync + 'static) -> Build {
    district_edited(move |v, _| {
        let rel = communes(v)[index].as_str().expect("a path").to_owned();
        let mut c = sample_value(&rel);
        edit(&mut c);
        communes(v)[index] = c;
    })
}

fn communes(v: &mut Value) -> &mut Vec<Value> {
    v["communes"].as_array_mut().expect("communes")
}

/// A copy of the sample commune at `<dir>/outside.json`, outside the district's tree.
fn commune_outside(home: &Path) -> PathBuf {
    let outside = home.parent().expect("parent").join("outside.json");
    std::fs::copy(sample_path(COMMUNE), &outside).expect("copy");
    outside
}

/// The sample commune padded with spaces to `bytes` bytes (still a valid dataset).
fn padded_commune(bytes: usize) -> Vec<u8> {
    let mut text = sample_text(COMMUNE).into_bytes();
    text.resize(bytes, b' ');
    text
}

/// A directory holding what `fill` puts in it; its path.
fn directory(fill: impl Fn(&Path) + Send + Sync + 'static) -> Build {
    Box::new(move |dir| {
        let tree = dir.join("tree");
        std::fs::create_dir(&tree).expect("mkdir");
        fill(&tree);
        tree
    })
}

fn deep(open: &str, inner: &str, close: &str) -> String {
    format!("{}{inner}{}", open.repeat(10_000), close.repeat(10_000))
}

fn utf16le(text: &str, bom: bool) -> Vec<u8> {
    let units = bom.then_some(0xFEFF).into_iter().chain(text.encode_utf16());
    units.flat_map(u16::to_le_bytes).collect()
}

// ---- the corpus ---------------------------------------------------------------------

fn syntax() -> Vec<Case> {
    let lines = sample_text(COMMUNE).lines().count();
    let last_fact = "\"education_institutions.dt_level2_plus\": 3";
    vec![
        case(
            "truncated",
            commune_text(|t| t.split_inclusive('\n').take(40).collect::<String>().into()),
        )
        .at("(document)")
        .line(41)
        .says("EOF while parsing"),
        case(
            "trailing_comma",
            replaced(last_fact, format!("{last_fact},")),
        )
        .line(line_of(last_fact) + 1)
        .says("trailing comma"),
        case(
            "bare_word",
            replaced("\"synthetic\": true", "\"synthetic\": yes"),
        )
        .line(line_of("\"synthetic\""))
        .says("expected value"),
        case("unquoted_key", replaced("\"year\": 2024", "year: 2024"))
            .line(line_of("\"year\""))
            .says("key must be a string"),
        case(
            "single_quoted_key",
            replaced("\"year\": 2024", "'year': 2024"),
        )
        .line(line_of("\"year\""))
        .says("key must be a string"),
        case(
            "nan_literal",
            replaced("\"officials.total\": 21", "\"officials.total\": NaN"),
        )
        .line(line_of("\"officials.total\""))
        .says("expected value"),
        case("empty_file", raw(""))
            .at("(document)")
            .line(1)
            .says("EOF while parsing"),
        case("only_whitespace", raw(" \n\t\n   "))
            .at("(document)")
            .line(3)
            .says("EOF while parsing"),
        case(
            "bom_prefixed",
            commune_text(|t| format!("\u{feff}{t}").into()),
        )
        .at("(document)")
        .line(1)
        .says("expected value"),
        case(
            "comment_line",
            commune_text(|t| format!("// Cẩm Tân, 2024\n{t}").into()),
        )
        .line(1)
        .says("expected value"),
        case("two_documents", commune_text(|t| t.repeat(2).into()))
            .line(lines + 1)
            .says("trailing characters"),
        case("trailing_garbage", commune_text(|t| format!("{t}x").into()))
            .line(lines + 1)
            .says("trailing characters"),
        case("nesting_10000_deep", raw(deep("[", "", "]")))
            .at("(document)")
            .line(1)
            .says("recursion limit"),
        case(
            "nesting_10000_deep_in_a_member",
            commune_text(|t| {
                let note = &t[t.find("\"note\": ").expect("note")..];
                let note = &note[..note.find('\n').expect("line")];
                replace_bytes(
                    t,
                    note,
                    format!("\"note\": {},", deep("[", "0", "]")).as_bytes(),
                )
            }),
        )
        .line(line_of("\"note\""))
        .says("recursion limit"),
        case(
            "nesting_10000_deep_objects_in_facts",
            commune_text(|t| {
                let nested = format!("\"deep\": {}, ", deep("{\"a\": ", "1", "}"));
                replace_bytes(
                    t,
                    "\"facts\": {",
                    format!("\"facts\": {{{nested}").as_bytes(),
                )
            }),
        )
        .line(line_of("\"facts\""))
        .says("recursion limit"),
        case("top_level_array", commune_text(|t| format!("[{t}]").into()))
            .at("(document)")
            .says("is not of type \"object\""),
        case("top_level_string", raw("\"Cẩm Tân\""))
            .at("(document)")
            .says("is not of type \"object\""),
        case("top_level_null", raw("null"))
            .at("(document)")
            .says("is not of type \"object\""),
    ]
}

fn encodings() -> Vec<Case> {
    let name = "\"name\": \"Cẩm Tân\"";
    vec![
        // "Cam Tân" in Latin-1: â is the single byte E2.
        case(
            "latin1_bytes",
            replaced(name, b"\"name\": \"Cam T\xe2n\"".to_vec()),
        )
        .at("(document)")
        .says(format!("line {}, column", line_of(name)))
        .says("UTF-8"),
        case(
            "invalid_utf8_in_a_string",
            replaced("Synthetic sample", b"Synthetic \xc3\x28sample".to_vec()),
        )
        .says(format!("line {}, column", line_of("Synthetic sample")))
        .says("UTF-8"),
        case(
            "utf8_encoded_surrogate",
            replaced(name, b"\"name\": \"C\xed\xa0\x80m\"".to_vec()),
        )
        .says(format!("line {}, column", line_of(name)))
        .says("UTF-8"),
        case(
            "overlong_utf8",
            replaced(name, b"\"name\": \"C\xc0\xafm\"".to_vec()),
        )
        .says(format!("line {}, column", line_of(name)))
        .says("UTF-8"),
        case("utf16le_with_bom", commune_text(|t| utf16le(t, true)))
            .at("(document)")
            .says("line 1, column 1")
            .says("UTF-8"),
        // Without a BOM, its ASCII is valid UTF-8 (with NUL bytes), not the rest.
        case("utf16le_without_bom", commune_text(|t| utf16le(t, false)))
            .at("(document)")
            .says("not UTF-8 text (line "),
        case(
            "lone_surrogate_escape",
            replaced(name, "\"name\": \"C\\ud800\""),
        )
        .line(line_of(name))
        .says("hex escape"),
        case(
            "raw_control_character",
            replaced(name, "\"name\": \"C\u{0}m\""),
        )
        .line(line_of(name))
        .says("control character"),
    ]
}

fn types() -> Vec<Case> {
    vec![
        case("string_where_integer", fact("officials.total", json!("21")))
            .at("/facts/officials.total")
            .says("is not of type \"integer\""),
        case("float_in_integer_fact", fact("officials.total", json!(3.5)))
            .at("/facts/officials.total")
            .says("is not of type \"integer\""),
        case("null_fact", fact("officials.total", Value::Null))
            .at("/facts/officials.total")
            .says("is not of type \"integer\""),
        case("object_fact", fact("officials.total", json!({"value": 21})))
            .at("/facts/officials.total")
            .says("is not of type \"integer\""),
        case("negative_count", fact("officials.total", json!(-3)))
            .at("/facts/officials.total")
            .says("less than the minimum of 0"),
        case(
            "boolean_fact_given_1",
            fact("portal.compliant_nd42", json!(1)),
        )
        .at("/facts/portal.compliant_nd42")
        .says("is not of type \"boolean\""),
        case(
            "boolean_fact_given_a_string",
            fact("portal.compliant_nd42", json!("true")),
        )
        .at("/facts/portal.compliant_nd42")
        .says("is not of type \"boolean\""),
        case("null_year", commune_edited(|v| v["year"] = Value::Null))
            .at("/year")
            .says("is not of type \"integer\""),
        case(
            "year_as_string",
            commune_edited(|v| v["year"] = json!("2024")),
        )
        .at("/year")
        .says("is not of type \"integer\""),
        case("year_1999", commune_edited(|v| v["year"] = json!(1999)))
            .at("/year")
            .says("minimum of 2000"),
        case("year_2101", commune_edited(|v| v["year"] = json!(2101)))
            .at("/year")
            .says("maximum of 2100"),
        case(
            "fractional_year",
            commune_edited(|v| v["year"] = json!(2024.5)),
        )
        .at("/year")
        .says("is not of type \"integer\""),
        case(
            "dataset_version_2",
            commune_edited(|v| v["dataset_version"] = json!(2)),
        )
        .at("/dataset_version")
        .says("1 was expected"),
        case("no_dataset_version", without("/dataset_version"))
            .at("(document)")
            .says("\"dataset_version\" is a required property"),
        case(
            "locality_code_12a",
            commune_edited(|v| v["locality"]["code"] = json!("12a")),
        )
        .at("/locality/code")
        .says("^[0-9]{3,5}$"),
        case(
            "locality_code_a_number",
            commune_edited(|v| v["locality"]["code"] = json!(99401)),
        )
        .at("/locality/code")
        .says("is not of type \"string\""),
        case(
            "level_province",
            commune_edited(|v| v["locality"]["level"] = json!("province")),
        )
        .at("/locality/level")
        .says("\"commune\" or \"district\""),
        case("no_facts", without("/facts"))
            .at("(document)")
            .says("\"facts\" is a required property"),
        case("no_evidence", without("/evidence"))
            .at("(document)")
            .says("\"evidence\" is a required property"),
        case("no_locality", without("/locality"))
            .at("(document)")
            .says("\"locality\" is a required property"),
        case("no_locality_name", without("/locality/name"))
            .at("/locality")
            .says("\"name\" is a required property"),
        case(
            "commune_without_its_district",
            without("/locality/district"),
        )
        .at("/locality")
        .says("\"district\" is a required property"),
        case(
            "empty_locality_name",
            commune_edited(|v| v["locality"]["name"] = json!("")),
        )
        .at("/locality/name")
        .says("shorter than 1 character"),
        case(
            "evidence_without_title",
            without("/evidence/cds_plan/title"),
        )
        .at("/evidence/cds_plan")
        .says("\"title\" is a required property"),
        case(
            "evidence_with_empty_title",
            commune_edited(|v| v["evidence"]["cds_plan"]["title"] = json!("")),
        )
        .at("/evidence/cds_plan/title")
        .says("shorter than 1 character"),
        case(
            "evidence_given_as_a_string",
            commune_edited(|v| v["evidence"]["cds_plan"] = json!("Kế hoạch")),
        )
        .at("/evidence/cds_plan")
        .says("is not of type \"object\""),
        case(
            "unknown_evidence_id",
            commune_edited(|v| v["evidence"]["cds_plann"] = json!({"title": "x"})),
        )
        .at("/evidence")
        .says("`cds_plann` is not a known member here"),
        case(
            "unknown_locality_member",
            commune_edited(|v| v["locality"]["ward"] = json!("x")),
        )
        .at("/locality")
        .says("`ward` is not a known member here"),
        case(
            "unknown_top_level_member",
            commune_edited(|v| v["fact"] = json!({})),
        )
        .at("(document)")
        .says("`fact` is not a known member here"),
        case(
            "facts_as_an_array",
            commune_edited(|v| v["facts"] = json!([21])),
        )
        .at("/facts")
        .says("is not of type \"object\""),
        case(
            "dti_as_a_number",
            commune_edited(|v| v["dti"] = json!(82.5)),
        )
        .at("/dti")
        .says("is not of type \"object\""),
        case(
            "dti_points_as_a_string",
            commune_edited(|v| v["dti"]["self_assessed"] = json!("82.5")),
        )
        .at("/dti/self_assessed")
        .says("is not of type \"number\""),
        case("dti_without_max", without("/dti/max"))
            .at("/dti")
            .says("\"max\" is a required property"),
    ]
}

fn values() -> Vec<Case> {
    let officials = "\"officials.total\": 21";
    vec![
        case(
            "count_above_its_total",
            fact("officials.with_computer", json!(25)),
        )
        .at("/facts/officials.with_computer")
        .says("exceeds its total `officials.total` = 21"),
        case(
            "appraised_total_below_a_count_left_in_place",
            commune_edited(|v| v["appraised_facts"]["officials.total"] = json!(10)),
        )
        .at("/appraised_facts/officials.total")
        .says("(/facts/officials.with_computer)")
        .says("which the appraisal leaves in place"),
        case(
            "appraised_count_above_its_total",
            commune_edited(|v| v["appraised_facts"]["officials.with_computer"] = json!(30)),
        )
        .at("/appraised_facts/officials.with_computer")
        .says("on the appraised figures"),
        case(
            "dti_points_above_max",
            commune_edited(|v| v["dti"]["self_assessed"] = json!(120)),
        )
        .at("/dti/self_assessed")
        .says("exceed the index maximum 100"),
        case(
            "dti_appraised_above_max",
            commune_edited(|v| v["dti"]["appraised"] = json!(100.5)),
        )
        .at("/dti/appraised")
        .says("exceed the index maximum 100"),
        case(
            "dti_previous_year_above_max",
            commune_edited(|v| v["dti"]["previous_year"] = json!({"points": 90, "max": 80})),
        )
        .at("/dti/previous_year/points")
        .says("exceed the index maximum 80"),
        case("dti_max_0", commune_edited(|v| v["dti"]["max"] = json!(0)))
            .at("/dti/max")
            .says("less than or equal to the minimum of 0"),
        case(
            "dti_negative_points",
            commune_edited(|v| v["dti"]["self_assessed"] = json!(-1)),
        )
        .at("/dti/self_assessed")
        .says("less than the minimum of 0"),
        case(
            "dti_points_with_40_significant_digits",
            replaced(
                "\"self_assessed\": 82.5",
                format!("\"self_assessed\": 82.{}1", "5".repeat(37)),
            ),
        )
        .at("/dti/self_assessed")
        .says("28 significant digits"),
        case(
            "count_2_pow_53_plus_1",
            fact("officials.total", json!(9_007_199_254_740_993_u64)),
        )
        .at("/facts/officials.total")
        .says("is above 2^53"),
        case(
            "appraised_count_2_pow_53_plus_1",
            commune_edited(|v| {
                v["appraised_facts"]["officials.total"] = json!(9_007_199_254_740_993_u64)
            }),
        )
        .at("/appraised_facts/officials.total")
        .says("is above 2^53"),
        case(
            "count_2_pow_64",
            replaced(officials, "\"officials.total\": 18446744073709551616"),
        )
        .at("/facts/officials.total")
        .says("is above 2^53"),
        case(
            "count_1e20",
            replaced(officials, "\"officials.total\": 1e20"),
        )
        .at("/facts/officials.total")
        .says("is above 2^53"),
        case(
            "count_1e400",
            replaced(officials, "\"officials.total\": 1e400"),
        )
        .line(line_of(officials))
        .says("number out of range"),
        case("misspelt_fact_key", fact("officals.total", json!(21)))
            .at("/facts")
            .says("did you mean `officials.total`?"),
        case(
            "sixty_thousand_unknown_fact_keys",
            commune_edited(|v| {
                let facts = v["facts"].as_object_mut().expect("facts");
                for i in 0..60_000 {
                    facts.insert(format!("unknown.fact_{i:05}"), json!(1));
                }
            }),
        )
        .at("/facts")
        .says("and 59995 more")
        .quick()
        .short(),
    ]
}

fn duplicates() -> Vec<Case> {
    let repeated = "appears more than once in the same object";
    vec![
        case(
            "repeated_fact_key",
            inserted_after("\"facts\": {", " \"officials.total\": 21,"),
        )
        .at("/facts/officials.total")
        .line(line_of("\"officials.total\""))
        .says(repeated),
        case(
            "repeated_fact_key_other_value",
            inserted_after("\"facts\": {", " \"officials.total\": 30,"),
        )
        .at("/facts/officials.total")
        .says(repeated),
        case(
            "repeated_top_level_key",
            inserted_after("{", " \"year\": 2023,"),
        )
        .at("/year")
        .line(line_of("\"year\""))
        .says(repeated),
        case(
            "repeated_evidence_id",
            inserted_after(
                "\"evidence\": {",
                " \"cds_plan\": {\"title\": \"Kế hoạch\"},",
            ),
        )
        .at("/evidence/cds_plan")
        .line(line_of("\"cds_plan\": {"))
        .says(repeated),
        case(
            "repeated_key_in_locality",
            inserted_after("\"locality\": {", " \"name\": \"Cẩm Tân\","),
        )
        .at("/locality/name")
        .line(line_of("\"name\""))
        .says(repeated),
        case(
            "repeated_key_in_a_document",
            inserted_after("\"cds_plan\": {", " \"issued\": \"2024-01-01\","),
        )
        .at("/evidence/cds_plan/issued")
        .says(repeated),
        case(
            "repeated_key_in_dti",
            inserted_after("\"dti\": {", " \"max\": 100,"),
        )
        .at("/dti/max")
        .says(repeated),
        case(
            "repeated_key_in_appraised_facts",
            inserted_after(
                "\"appraised_facts\": {",
                " \"admin_dossiers.online\": 1998,",
            ),
        )
        .at("/appraised_facts/admin_dossiers.online")
        .says(repeated),
        district_case(
            "repeated_member_communes",
            district_text(
                |_, _| {},
                |t| t.replacen("\"communes\": [", "\"communes\": [], \"communes\": [", 1),
            ),
        )
        .at("/communes")
        .says(repeated),
        district_case(
            "repeated_key_in_an_inline_commune",
            district_text(
                |v, _| communes(v)[1] = sample_value("cam-thuy/cam-van.json"),
                |t| {
                    t.replacen(
                        "\"code\": \"99402\"",
                        "\"code\": \"99402\", \"code\": \"99402\"",
                        1,
                    )
                },
            ),
        )
        .at("/communes/1/locality/code")
        .says(repeated),
    ]
}

fn district_references() -> Vec<Case> {
    let same_file = "is the same file as /communes/0";
    let outside = "outside the district file's directory";
    vec![
        district_case("commune_listed_twice", listing("cam-thuy/cam-tan.json"))
            .at("/communes/4")
            .says(same_file),
        district_case(
            "commune_listed_twice_spelt_otherwise",
            listing("./cam-thuy/../cam-thuy/cam-tan.json"),
        )
        .at("/communes/4")
        .says(same_file),
        district_case(
            "two_files_with_the_same_code",
            listing_after(
                |home| {
                    let dir = home.join("cam-thuy");
                    std::fs::copy(dir.join("cam-tan.json"), dir.join("cam-tan-copy.json"))
                        .expect("copy");
                },
                "cam-thuy/cam-tan-copy.json",
            ),
        )
        .at("/communes/4")
        .says("commune 99401 again (already /communes/0)"),
        district_case(
            "symlink_to_a_listed_commune",
            listing_after(
                |home| symlink("cam-tan.json", &home.join("cam-thuy/alias.json")),
                "cam-thuy/alias.json",
            ),
        )
        .at("/communes/4")
        .says(same_file),
        district_case("district_lists_itself", listing(DISTRICT))
            .at("/communes/4")
            .says("the district's own file"),
        district_case(
            "district_lists_a_district",
            listing_after(
                |home| {
                    std::fs::copy(sample_path(DECLARED_DISTRICT), home.join(DECLARED_DISTRICT))
                        .expect("copy");
                },
                DECLARED_DISTRICT,
            ),
        )
        .at("/communes/4")
        .says("is a district (`/locality/level`), not a commune"),
        district_case(
            "absolute_commune_path",
            district_edited(|v, home| {
                communes(v)[0] = home.join("cam-thuy/cam-tan.json").to_string_lossy().into();
            }),
        )
        .at("/communes/0")
        .says("is an absolute path"),
        district_case(
            "dotdot_out_of_the_district_directory",
            district_edited(|v, home| {
                commune_outside(home);
                communes(v)[0] = "../outside.json".into();
            }),
        )
        .at("/communes/0")
        .says(outside),
        district_case(
            "symlink_out_of_the_district_directory",
            district_edited(|v, home| {
                symlink(commune_outside(home), &home.join("cam-thuy/link.json"));
                communes(v)[0] = "cam-thuy/link.json".into();
            }),
        )
        .at("/communes/0")
        .says(outside),
        district_case(
            "symlinked_directory_out_of_the_district_directory",
            district_edited(|v, home| {
                let elsewhere = home.parent().expect("parent").join("elsewhere");
                copy_dir(&sample_path("cam-thuy"), &elsewhere);
                symlink(&elsewhere, &home.join("far"));
                communes(v)[0] = "far/cam-tan.json".into();
            }),
        )
        .at("/communes/0")
        .says(outside),
        district_case("missing_commune_file", listing("cam-thuy/cam-son.json"))
            .at("/communes/4")
            .says("cam-son.json")
            .says("No such file or directory"),
        district_case(
            "commune_of_another_year",
            commune_of_district("cam-van.json", |c| c["year"] = json!(2023)),
        )
        .at("/communes/1")
        .says("data for 2023, the district's are for 2024"),
        district_case(
            "more_communes_than_registered",
            district_edited(|v, _| {
                v["facts"]["communes.total"] = json!(3);
                v["facts"]["communes.video_conference_connected"] = json!(3);
            }),
        )
        .at("/communes")
        .says("4 commune datasets listed, more than the 3 communes the district registers")
        .says("(/facts/communes.total)"),
        district_case(
            "more_communes_than_appraised",
            district_edited(|v, _| {
                v["appraised_facts"] = json!({
                    "communes.total": 2,
                    "communes.video_conference_connected": 2,
                    "community_digital_teams.operating": 150,
                });
            }),
        )
        .at("/communes")
        .says("(/appraised_facts/communes.total)"),
        district_case(
            "invalid_inline_commune",
            inline_commune(1, |c| {
                c["facts"]["officials.total"] = json!("many");
                c["note"] = json!("Cẩm Vân ".repeat(1000));
            }),
        )
        .says("/communes/1")
        .says("/facts/officials.total")
        .short(),
        district_case(
            "inline_commune_without_facts",
            inline_commune(1, |c| {
                c.as_object_mut().expect("object").remove("facts");
            }),
        )
        .says("/communes/1")
        .says("\"facts\" is a required property")
        .short(),
        district_case(
            "inline_commune_count_above_its_total",
            inline_commune(1, |c| c["facts"]["officials.with_computer"] = json!(999)),
        )
        .at("/communes/1")
        .says("exceeds its total")
        .short(),
        district_case(
            "inline_district_as_a_commune",
            inline_commune(1, |c| {
                c["locality"]["level"] = json!("district");
                c["locality"]["code"] = json!("998");
            }),
        )
        .at("/communes/1")
        .says("not a commune")
        .short(),
        district_case(
            "commune_entry_a_number",
            district_edited(|v, _| communes(v)[1] = json!(42)),
        )
        .at("/communes/1")
        .says("a commune is a non-empty path"),
        district_case(
            "commune_entry_empty",
            district_edited(|v, _| communes(v)[1] = json!("")),
        )
        .at("/communes/1")
        .says("a commune is a non-empty path"),
        district_case("commune_is_dev_zero", listing("/dev/zero"))
            .at("/communes/4")
            .says("is an absolute path"),
        district_case(
            "commune_symlink_to_dev_zero",
            listing_after(
                |home| symlink("/dev/zero", &home.join("cam-thuy/zero.json")),
                "cam-thuy/zero.json",
            ),
        )
        .at("/communes/4")
        .says(outside),
        district_case(
            "commune_is_a_fifo",
            listing_after(
                |home| mkfifo(&home.join("cam-thuy/pipe.json")),
                "cam-thuy/pipe.json",
            ),
        )
        .at("/communes/4")
        .says("not a regular file (a FIFO)"),
        district_case("commune_is_a_directory", listing("cam-thuy"))
            .at("/communes/4")
            .says("not a regular file (a directory)"),
        district_case(
            "commune_over_the_size_cap",
            listing_after(
                |home| {
                    write(&home.join("cam-thuy"), "big.json", padded_commune(2 * MIB));
                },
                "cam-thuy/big.json",
            ),
        )
        .options(&["--max-dataset-mib", "1"])
        .at("/communes/4")
        .says("more than the 1 MiB"),
        district_case(
            "commune_not_json",
            district_edited(|_, home| {
                std::fs::write(home.join("cam-thuy/cam-van.json"), "{\"year\": 2024,")
                    .expect("write");
            }),
        )
        .at("/communes/1")
        .says("not valid JSON (line 1"),
        district_case(
            "commune_that_lists_communes",
            commune_of_district("cam-van.json", |c| c["communes"] = json!(["cam-tan.json"])),
        )
        .at("/communes/1")
        .says("only a district does"),
        district_case(
            "commune_with_the_district_code",
            commune_of_district("cam-van.json", |c| c["locality"]["code"] = json!("999")),
        )
        .at("/communes/1")
        .says("the district's own code 999"),
        district_case(
            "sixty_thousand_empty_commune_paths",
            district_edited(|v, _| v["communes"] = json!(vec![""; 60_000])),
        )
        .at("/communes/0")
        .says("and 59951 more problems")
        .quick()
        .at_most(8000),
        case(
            "communes_listed_by_a_commune",
            commune_edited(|v| v["communes"] = json!(["cam-van.json"])),
        )
        .at("/communes")
        .says("a commune does not list communes"),
        case("commune_under_a_district_set", commune_edited(|_| {}))
            .set(DISTRICT_SET)
            .validated_with_set()
            .at("/locality/level")
            .says("has no criteria for a commune"),
    ]
}

fn filesystem() -> Vec<Case> {
    vec![
        case("dev_zero", Box::new(|_| PathBuf::from("/dev/zero")))
            .at("(document)")
            .says("not a regular file (a character device)"),
        case("dev_null", Box::new(|_| PathBuf::from("/dev/null")))
            .at("(document)")
            .says("not a regular file (a character device)"),
        case(
            "fifo",
            Box::new(|dir| {
                let path = dir.join("x.json");
                mkfifo(&path);
                path
            }),
        )
        .at("(document)")
        .says("not a regular file (a FIFO)"),
        case(
            "fifo_in_a_directory",
            directory(|tree| mkfifo(&tree.join("x.json"))),
        )
        .names("x.json")
        .at("(document)")
        .says("not a regular file (a FIFO)"),
        case(
            "socket_in_a_directory",
            directory(|tree| {
                std::os::unix::net::UnixListener::bind(tree.join("x.json")).expect("bind");
            }),
        )
        .names("x.json")
        .at("(document)")
        .says("not a regular file (a socket)"),
        case(
            "symlink_to_dev_zero_in_a_directory",
            directory(|tree| symlink("/dev/zero", &tree.join("z.json"))),
        )
        .names("z.json")
        .at("(document)")
        .says("not a regular file (a character device)"),
        case(
            "directory_without_dataset",
            directory(|tree| {
                write(tree, "notes.txt", "");
                write(tree, "figures.csv", "a,b\n");
                write(tree, "dataset.v1.schema.json", "{}");
            }),
        )
        .says("holds no dataset"),
        case("empty_directory", directory(|_| {})).says("holds no dataset"),
        case("nonexistent_path", Box::new(|dir| dir.join("missing.json"))).says("does not exist"),
        case(
            "dangling_symlink",
            Box::new(|dir| {
                let link = dir.join("gone.json");
                symlink(dir.join("missing.json"), &link);
                link
            }),
        )
        .says("does not exist"),
        case(
            "over_the_size_cap",
            Box::new(|dir| write(dir, "big.json", padded_commune(2 * MIB))),
        )
        .options(&["--max-dataset-mib", "1"])
        .at("(document)")
        .says(format!(
            "the file is {} bytes, more than the 1 MiB",
            2 * MIB
        ))
        .says("--max-dataset-mib"),
        case(
            "symlink_loop_with_a_bad_file",
            directory(|tree| {
                let a = tree.join("a");
                std::fs::create_dir(&a).expect("mkdir");
                let mut bad = sample_value(COMMUNE);
                bad["facts"]["officials.total"] = json!(-1);
                write(&a, "bad.json", pretty(&bad));
                symlink(tree, &a.join("loop"));
                symlink(&a, &a.join("again"));
            }),
        )
        .names("bad.json")
        .at("/facts/officials.total")
        .says_once("bad.json: ")
        .quick(),
    ]
}

fn options() -> Vec<Case> {
    let valid = || commune_edited(|_| {});
    vec![
        case("memory_mib_0", valid()).bad_option("--memory-mib", "0"),
        case("memory_mib_huge", valid()).bad_option("--memory-mib", "999999999999"),
        case("memory_mib_not_a_number", valid()).bad_option("--memory-mib", "lots"),
        case("max_dataset_mib_0", valid()).bad_option("--max-dataset-mib", "0"),
        case("max_dataset_mib_huge", valid()).bad_option("--max-dataset-mib", "5000"),
        case("fuel_0", valid()).bad_option("--fuel", "0"),
        // As two words, clap takes `-1` for an option; `=` makes it the value.
        case("fuel_negative", valid())
            .options(&["--fuel=-1"])
            .names_nothing()
            .says("for '--fuel"),
        case("year_abc", valid()).bad_option("--year", "abc"),
        case("year_beyond_u16", valid()).bad_option("--year", "70000"),
        case("basis_nobody", valid()).bad_option("--basis", "nobody"),
        case("format_xml", valid()).bad_option("--format", "xml"),
        case("unknown_policy_set", valid())
            .set("no-such-set")
            .validated_with_set()
            .names_nothing()
            .says("no policy set `no-such-set`"),
        // A chosen year is the command's, not the dataset's: refused before any is read.
        case("year_without_targets", valid())
            .validated_with_set()
            .options(&["--year", "2031"])
            .names_nothing()
            .says("--year 2031: year 2031 is outside the years"),
    ]
}

fn corpus() -> Vec<Case> {
    [
        syntax(),
        encodings(),
        types(),
        values(),
        duplicates(),
        district_references(),
        filesystem(),
        options(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

// ---- running ------------------------------------------------------------------------

/// One finished (or killed) run of `dtcheck`.
struct Ran {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    took: Duration,
    hung: bool,
}

/// Runs `dtcheck` as `util::dtcheck` does (repository root, shared cache), with stdin
/// null, killing it after [`HUNG`].
fn run(args: &[OsString]) -> Ran {
    let capture = || tempfile::tempfile().expect("capture file");
    let (mut out, mut err) = (capture(), capture());
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_dtcheck"))
        .current_dir(repo())
        .env("DTCHECK_CACHE_DIR", cache_dir())
        .env_remove("DTCHECK_POLICIES")
        .args(args)
        .stdin(Stdio::null())
        .stdout(out.try_clone().expect("capture file"))
        .stderr(err.try_clone().expect("capture file"))
        .spawn()
        .expect("run dtcheck");
    let (status, hung) = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break (Some(status), false);
        }
        if start.elapsed() >= HUNG {
            let _ = child.kill();
            break (child.wait().ok(), true);
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let took = start.elapsed();
    let read = |f: &mut File| {
        let mut bytes = Vec::new();
        f.rewind().expect("rewind");
        f.read_to_end(&mut bytes).expect("read");
        String::from_utf8_lossy(&bytes).into_owned()
    };
    Ran {
        code: status.and_then(|s| s.code()),
        stdout: read(&mut out),
        stderr: read(&mut err),
        took,
        hung,
    }
}

/// The arguments of both commands for `case` on `path`.
fn commands(case: &Case, path: &Path) -> [(&'static str, Vec<OsString>); 2] {
    let mut validate: Vec<OsString> = vec!["validate".into()];
    if case.validate_with_set {
        validate.extend(["--policy-set".into(), case.set.into()]);
    }
    let mut evaluate: Vec<OsString> =
        vec!["evaluate".into(), "--policy-set".into(), case.set.into()];
    if !case.options.contains(&"--format") {
        evaluate.extend(["--format".into(), "json".into()]);
    }
    for args in [&mut validate, &mut evaluate] {
        args.extend(case.options.iter().map(OsString::from));
        args.push(path.into());
    }
    [("validate", validate), ("evaluate", evaluate)]
}

/// What is wrong with one run of `command` on `case`, if anything.
fn judge(case: &Case, command: &str, ran: &Ran, named: Option<&str>) -> Vec<String> {
    if ran.hung {
        return vec![format!("hung: killed after {HUNG:?}")];
    }
    let err = &ran.stderr;
    let mut wrong = Vec::new();
    if ran.code != Some(2) {
        wrong.push(format!("exit code {:?}, expected 2", ran.code));
    }
    if ran.took > case.within {
        wrong.push(format!(
            "took {:.1?}, more than {:?}",
            ran.took, case.within
        ));
    }
    if err.contains("panicked") {
        wrong.push("panicked".into());
    }
    if let Some(file) = named.filter(|f| !err.contains(f)) {
        wrong.push(format!("stderr does not name `{file}`"));
    }
    for fragment in case.expect.iter().filter(|f| !err.contains(f.as_str())) {
        wrong.push(format!("stderr lacks `{fragment}`"));
    }
    for fragment in &case.once {
        let n = err.matches(fragment.as_str()).count();
        if n != 1 {
            wrong.push(format!("stderr has `{fragment}` {n} times, expected once"));
        }
    }
    if let Some(max) = case.max_stderr.filter(|max| err.len() > *max) {
        wrong.push(format!("stderr is {} bytes, more than {max}", err.len()));
    }
    if command == "evaluate" && ran.stdout.contains("\"criteria\"") {
        wrong.push("evaluate printed a result (stdout has \"criteria\")".into());
    }
    wrong
}

/// Runs one case; its report when it fails.
fn check(case: &Case) -> Option<String> {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = (case.build)(dir.path());
    let input_name = path.file_name().map_or_else(
        || path.to_string_lossy().into_owned(),
        |n| n.to_string_lossy().into_owned(),
    );
    let named = match case.names {
        Names::Input => Some(input_name.as_str()),
        Names::File(f) => Some(f),
        Names::Nothing => None,
    };
    let mut report = String::new();
    for (command, args) in commands(case, &path) {
        let ran = run(&args);
        let wrong = judge(case, command, &ran, named);
        if wrong.is_empty() {
            continue;
        }
        let shown: Vec<_> = args.iter().map(|a| a.to_string_lossy()).collect();
        report += &format!("\n  $ dtcheck {}", shown.join(" "));
        for w in wrong {
            report += &format!("\n    - {w}");
        }
        report += &format!(
            "\n    stderr: {}",
            shorten(&ran.stderr).replace('\n', "\n      ")
        );
    }
    (!report.is_empty()).then(|| format!("case `{}`:{report}", case.name))
}

fn shorten(text: &str) -> String {
    match text.char_indices().nth(SHOWN) {
        Some((i, _)) => format!("{}… ({} bytes)", &text[..i], text.len()),
        None => text.trim_end().to_owned(),
    }
}

/// Runs every case on [`WORKERS`] threads; the reports of the failing ones.
fn run_all(cases: &[Case]) -> Vec<String> {
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..WORKERS {
            s.spawn(|| {
                while let Some(case) = cases.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let checked =
                        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(case)));
                    let failure = match checked {
                        Ok(failure) => failure,
                        Err(_) => Some(format!(
                            "case `{}`: the test itself panicked (see above)",
                            case.name
                        )),
                    };
                    if let Some(f) = failure {
                        failures.lock().expect("failures").push((case.name, f));
                    }
                }
            });
        }
    });
    let mut failures = failures.into_inner().expect("failures");
    failures.sort();
    failures.into_iter().map(|(_, f)| f).collect()
}

#[test]
fn every_bad_input_is_refused_alike_and_located() {
    let cases = corpus();
    let mut names: Vec<_> = cases.iter().map(|c| c.name).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), cases.len(), "case names are unique");
    assert!(cases.len() >= 70, "{} cases", cases.len());
    let failures = run_all(&cases);
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

/// The file the size cap refuses at 1 MiB is a valid dataset: a larger cap admits it.
#[test]
fn a_big_file_is_refused_for_its_size_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let big = write(dir.path(), "big.json", padded_commune(2 * MIB));
    let args = |command: &[&str]| -> Vec<OsString> {
        let mut args: Vec<OsString> = command.iter().map(OsString::from).collect();
        args.extend(["--max-dataset-mib".into(), "4".into(), big.clone().into()]);
        args
    };
    let ran = run(&args(&["validate"]));
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    let ran = run(&args(&[
        "evaluate",
        "--policy-set",
        COMMUNE_SET,
        "--format",
        "json",
    ]));
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(
        ran.stdout.contains("\"criteria\""),
        "{}",
        shorten(&ran.stdout)
    );
}
