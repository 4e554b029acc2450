//! # dtcheck-sdk: write a criterion as the table row it implements
//!
//! A criterion of a digital-transformation policy set is one Rust file holding one
//! [`Criterion`] constant: the row of the source table (id, group, Vietnamese name and
//! unit, targets per year or level, agency, legal basis, required evidence, the facts it
//! reads, notes on judgement calls) plus a small pure `check` function. The SDK turns
//! that constant into a sandboxed WebAssembly module (see [`export!`]) speaking the
//! dtcheck ABI (`policies/abi/ABI.md`), and the same code runs natively for unit tests
//! and the native baseline of the benchmark.
//!
//! ```
//! use dtcheck_sdk::prelude::*;
//!
//! pub const CRITERION: Criterion = Criterion {
//!     id: "1.6",
//!     group: Group { id: "1", name: "Chính quyền số" },
//!     name: "Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến.",
//!     unit: "%",
//!     targets: Targets::ByYear(&[
//!         (2022, Target::Min(65.0)), (2023, Target::Min(70.0)),
//!         (2024, Target::Min(75.0)), (2025, Target::Min(80.0)),
//!     ]),
//!     agency: "Trung tâm Phục vụ HCC tỉnh",
//!     legal_basis: "Quyết định số 942/QĐ-TTg ngày 15/6/2021",
//!     source: "1829/QĐ-UBND, Phụ lục 01, dòng 1.6",
//!     data_source: "",
//!     level_of_government: LevelOfGovernment::Commune,
//!     evidence: &[],
//!     facts: &["admin_dossiers.received", "admin_dossiers.online"],
//!     notes: &[],
//!     judgements: &[],
//!     check: |cx| cx.share_at_least("admin_dossiers.online", "admin_dossiers.received"),
//! };
//!
//! let out = dtcheck_sdk::evaluate_native(&CRITERION, 2024, &[Some(200.0), Some(151.0)]);
//! assert_eq!(out.outcome, dtcheck_sdk::abi::GuestOutcome::Pass);
//! ```
//!
//! Design rules, enforced by construction:
//! - A check sees only the selected year or level and the facts it declares; reading an
//!   undeclared fact is a bug reported as an `error` outcome, not a silent absence.
//! - A missing fact is never a pass or a fail: `?` on a fact turns it into `missing_data`
//!   naming every absent fact.
//! - A year marked `*` or a level marked "Không áp dụng" never reaches `check`: the SDK
//!   answers `not_assessed` itself.
//! - No clock, randomness, I/O or floating-point formatting from `core::fmt` (it would
//!   triple module size): numbers are rendered by [`text`].
//!
//! A criterion's unit tests check its row against every year's target with the
//! assertions of `testing` (`assert_targets`, `assert_share_targets`, ...), a native-only
//! module.
#![cfg_attr(not(test), no_std)]

extern crate alloc;

pub use dtcheck_abi as abi;

mod cx;
pub mod exact;
// Not compiled for wasm32: even unreferenced, its functions would change how the SDK is
// optimised before LTO, and so the bytes of every policy module.
#[cfg(not(target_arch = "wasm32"))]
pub mod testing;
pub mod text;
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;

pub use abi::metadata::{Evidence, Group, Judgement, LevelOfGovernment, Target, Targets};
pub use cx::{Cx, Eval, Missing, Verdict, not_exact};

use abi::{Explanation, GuestOutcome, Input, Output, Reason, Selector, Value};
use alloc::borrow::Cow;
use alloc::vec::Vec;

/// Everything a criterion module needs, in one import.
pub mod prelude {
    pub use crate::{
        Check, Criterion, Cx, Eval, Evidence, Group, Judgement, LevelOfGovernment, Missing, Target,
        Targets, Verdict,
    };
    /// `vec!` for the fact lists of reasons (criteria are `no_std`).
    pub use alloc::vec;
}

/// The logic of a criterion: a pure function of the selected year/level and its facts.
pub type Check = fn(&Cx<'_>) -> Result<Eval, Missing>;

/// One row of a criteria table.
pub struct Criterion {
    /// The source numbering, verbatim ("1.6", "I.1"): the stable key of the criterion.
    pub id: &'static str,
    pub group: Group,
    /// Vietnamese name exactly as in the source ("Tên chỉ tiêu").
    pub name: &'static str,
    /// Vietnamese unit exactly as in the source ("Đơn vị tính").
    pub unit: &'static str,
    pub targets: Targets,
    /// "Đơn vị chủ trì hướng dẫn, đôn đốc": who is responsible.
    pub agency: &'static str,
    /// "Ghi chú" / legal references, verbatim.
    pub legal_basis: &'static str,
    /// Where the row comes from (decision, appendix, row).
    pub source: &'static str,
    /// How the figure is computed or where it is collected ("Phương pháp tính/nguồn thu
    /// thập số liệu"), verbatim; empty when the source has no such column.
    pub data_source: &'static str,
    pub level_of_government: LevelOfGovernment,
    /// Documents that must accompany the figures (data-dictionary evidence ids).
    pub evidence: &'static [Evidence],
    /// Data-dictionary keys the check reads, in the order they cross the ABI.
    pub facts: &'static [&'static str],
    /// Judgement calls, each citing the source row it concerns.
    pub notes: &'static [&'static str],
    /// The wording of the check's own reasons, when the shared vocabulary (`ABI.md`,
    /// "Reasons") has none for them; usually empty.
    pub judgements: &'static [Judgement],
    pub check: Check,
}

/// The target for a year or level; `None` when the set does not cover it.
pub fn target_at(targets: &Targets, selector: Selector) -> Option<Target> {
    match (targets, selector) {
        (Targets::ByYear(rows), Selector::Year(y)) => {
            rows.iter().find(|(year, _)| *year == y).map(|(_, t)| *t)
        }
        (Targets::ByLevel(levels), Selector::Level(l)) => {
            levels.get(usize::from(l).checked_sub(1)?).copied()
        }
        _ => None,
    }
}

fn target_value(t: &Target) -> Value<'static> {
    match t {
        Target::Min(n) => Value::Number(*n),
        Target::Text(s) | Target::AtLeast { text: s, .. } => Value::Text(s),
        Target::NotAssessed => Value::Absent,
    }
}

/// Serialises the criterion's metadata as the JSON document of `ABI.md`.
pub fn metadata_json(c: &Criterion) -> alloc::string::String {
    abi::metadata::write(
        &abi::metadata::Row {
            id: c.id,
            group: &c.group,
            name: c.name,
            unit: c.unit,
            targets: &c.targets,
            agency: c.agency,
            legal_basis: c.legal_basis,
            source: c.source,
            data_source: c.data_source,
            level_of_government: c.level_of_government,
            evidence: c.evidence,
            facts: c.facts,
            notes: c.notes,
            judgements: c.judgements,
        },
        text::push_num,
    )
}

/// Decodes an ABI input, evaluates the criterion and encodes the ABI output. This is
/// the whole of what a module does per call; it never panics on bad input.
pub fn evaluate_bytes(c: &Criterion, input: &[u8]) -> Vec<u8> {
    match Input::decode(input) {
        // Every level in one call: one output per level, level 1 first.
        Ok(Input {
            selector: Selector::Levels(n),
            facts,
            explain,
        }) => {
            let outputs: Vec<Vec<u8>> = (1..=n)
                .map(|level| evaluate_at(c, Selector::Level(level), &facts, explain).encode())
                .collect();
            Output::encode_levels(&outputs)
        }
        Ok(input) => evaluate(c, &input).encode(),
        Err(e) => EvalOutput::new(
            GuestOutcome::Error,
            Target::NotAssessed,
            Reason::MalformedInput(Cow::Owned(decode_error(&e))),
        )
        .encode(),
    }
}

fn decode_error(e: &abi::DecodeError) -> alloc::string::String {
    use abi::DecodeError::*;
    let t = text::Text::new();
    match e {
        Truncated { at, wanted } => t
            .s("truncated at byte ")
            .int(*at as i64)
            .s(", expected ")
            .s(wanted),
        UnknownTag { at, tag, of } => t
            .s("unknown ")
            .s(of)
            .s(" tag ")
            .int(i64::from(*tag))
            .s(" at byte ")
            .int(*at as i64),
        InvalidUtf8 { at } => t.s("invalid UTF-8 at byte ").int(*at as i64),
        TrailingBytes { at, .. } => t.s("trailing bytes after byte ").int(*at as i64),
        TooDeep { at } => t.s("nested too deep at byte ").int(*at as i64),
    }
    .done()
}

/// Evaluates a decoded input: resolves the target, short-circuits `*` / "Không áp dụng",
/// runs the check and shapes its result. An input that asks for no reason gets
/// [`Reason::None`].
pub fn evaluate<'a>(c: &Criterion, input: &'a Input<'a>) -> EvalOutput {
    evaluate_at(c, input.selector, &input.facts, input.explain)
}

fn evaluate_at(
    c: &Criterion,
    selector: Selector,
    facts: &[Value<'_>],
    explain: bool,
) -> EvalOutput {
    let mut out = evaluate_explained(c, selector, facts);
    if !explain {
        out.reason = Reason::None;
    }
    out
}

fn evaluate_explained(c: &Criterion, selector: Selector, facts: &[Value<'_>]) -> EvalOutput {
    let target = match target_at(&c.targets, selector) {
        None => {
            return EvalOutput::new(GuestOutcome::Error, Target::NotAssessed, Reason::NoTarget);
        }
        Some(Target::NotAssessed) => {
            let why = match selector {
                Selector::Year(_) => Reason::StarYear,
                Selector::Level(_) | Selector::Levels(_) => Reason::NotApplicable,
            };
            return EvalOutput::new(GuestOutcome::NotAssessed, Target::NotAssessed, why);
        }
        Some(t) => t,
    };
    if facts.len() != c.facts.len() {
        let why = text::Text::new()
            .s("expected ")
            .int(c.facts.len() as i64)
            .s(" facts, got ")
            .int(facts.len() as i64)
            .done();
        return EvalOutput::new(GuestOutcome::Error, target, Reason::Bug(Cow::Owned(why)));
    }
    let cx = Cx::new(c, selector, target, facts);
    match (c.check)(&cx) {
        Ok(eval) => {
            let outcome = match eval.verdict {
                Verdict::Pass => GuestOutcome::Pass,
                Verdict::Fail => GuestOutcome::Fail,
                Verdict::NotAssessed => GuestOutcome::NotAssessed,
                Verdict::Error => GuestOutcome::Error,
            };
            EvalOutput {
                outcome,
                measured: eval.measured,
                target,
                reason: eval.reason,
                missing: Vec::new(),
            }
        }
        Err(missing) => {
            if let Some(bug) = missing.undeclared() {
                let why = text::Text::new()
                    .s("fact `")
                    .s(bug)
                    .s("` is read but not declared in `facts`")
                    .done();
                return EvalOutput::new(GuestOutcome::Error, target, Reason::Bug(Cow::Owned(why)));
            }
            EvalOutput {
                outcome: GuestOutcome::MissingData,
                measured: Measured::None,
                target,
                reason: Reason::MissingFacts,
                missing: missing.indices(c),
            }
        }
    }
}

/// A measured value as a check reports it.
#[derive(Clone, Debug, PartialEq)]
pub enum Measured {
    None,
    Number(f64),
    Bool(bool),
    Text(alloc::string::String),
}

impl From<Value<'_>> for Measured {
    fn from(v: Value<'_>) -> Self {
        match v {
            Value::Absent => Measured::None,
            Value::Number(n) => Measured::Number(n),
            Value::Bool(b) => Measured::Bool(b),
            Value::Text(s) => Measured::Text(s.into()),
        }
    }
}

/// The result of [`evaluate`]; [`EvalOutput::encode`] gives ABI bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct EvalOutput {
    pub outcome: GuestOutcome,
    pub measured: Measured,
    pub target: Target,
    pub reason: Reason<'static>,
    pub missing: Vec<u16>,
}

impl EvalOutput {
    fn new(outcome: GuestOutcome, target: Target, reason: Reason<'static>) -> Self {
        EvalOutput {
            outcome,
            measured: Measured::None,
            target,
            reason,
            missing: Vec::new(),
        }
    }

    pub fn encode(self) -> Vec<u8> {
        let measured = match &self.measured {
            Measured::None => Value::Absent,
            Measured::Number(n) => Value::Number(*n),
            Measured::Bool(b) => Value::Bool(*b),
            Measured::Text(s) => Value::Text(s),
        };
        Output {
            outcome: self.outcome,
            measured,
            target: target_value(&self.target),
            reason: Explanation::Data(self.reason),
            missing: self.missing,
        }
        .encode()
    }
}

/// Native convenience for tests and the benchmark baseline: evaluates with numeric facts
/// (`None` = absent) for an assessment year.
pub fn evaluate_native(c: &Criterion, year: u16, facts: &[Option<f64>]) -> EvalOutput {
    evaluate_numeric(c, Selector::Year(year), facts)
}

/// Evaluates at a year or level with numeric facts in declaration order (`None` =
/// absent).
pub fn evaluate_numeric(c: &Criterion, selector: Selector, facts: &[Option<f64>]) -> EvalOutput {
    let facts = facts
        .iter()
        .map(|f| f.map_or(Value::Absent, Value::Number))
        .collect();
    evaluate(
        c,
        &Input {
            selector,
            facts,
            explain: true,
        },
    )
}

/// Turns a criterion constant into a policy module. Put it in the criterion's binary
/// target (`src/bin/<file>.rs`), after
/// `#![cfg_attr(target_arch = "wasm32", no_std, no_main)]`.
///
/// On `wasm32` it emits the ABI exports, a bump allocator reset at every evaluation and
/// a panic handler that traps (a panic becomes an `error` outcome in the host). Natively
/// it emits a `main` that prints the metadata, so `cargo run --bin c1_6` shows the row.
#[macro_export]
macro_rules! export {
    ($criterion:expr) => {
        #[cfg(target_arch = "wasm32")]
        mod __dtcheck_export {
            #[global_allocator]
            static ALLOCATOR: $crate::wasm::BumpAllocator = $crate::wasm::BumpAllocator::new();

            #[panic_handler]
            fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
                core::arch::wasm32::unreachable()
            }

            #[unsafe(no_mangle)]
            pub extern "C" fn dtcheck_abi_version() -> i32 {
                $crate::abi::ABI_VERSION
            }

            #[unsafe(no_mangle)]
            pub extern "C" fn dtcheck_metadata() -> i64 {
                $crate::wasm::metadata(&ALLOCATOR, &$criterion)
            }

            #[unsafe(no_mangle)]
            pub extern "C" fn dtcheck_input(len: i32) -> i32 {
                $crate::wasm::input(&ALLOCATOR, len)
            }

            #[unsafe(no_mangle)]
            pub extern "C" fn dtcheck_evaluate(len: i32) -> i64 {
                $crate::wasm::evaluate(&$criterion, len)
            }

            #[unsafe(no_mangle)]
            pub extern "C" fn dtcheck_input_area() -> i64 {
                $crate::wasm::input_area()
            }

            #[unsafe(no_mangle)]
            pub extern "C" fn dtcheck_evaluate_area(len: i32) -> i64 {
                $crate::wasm::evaluate_area(&ALLOCATOR, &$criterion, len)
            }
        }

        #[cfg(not(target_arch = "wasm32"))]
        fn main() {
            println!("{}", $crate::metadata_json(&$criterion));
        }
    };
}
