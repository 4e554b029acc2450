//! The dtcheck policy ABI, version 3: the one place where the host and a criterion
//! module agree on names and bytes. `ABI.md` beside this crate is its specification.
//!
//! The crate is `no_std` (with `alloc`) so that the same code encodes on one side of
//! the boundary and decodes on the other: the guest SDK uses [`Input::decode`] and
//! [`Output::encode`], the host uses [`Input::encode`] and [`Output::decode`]. Decoding
//! never panics: a malformed buffer is a [`DecodeError`], because the host treats
//! guest output as untrusted.
#![no_std]

extern crate alloc;

use alloc::borrow::Cow;
use alloc::vec::Vec;
use core::fmt;

pub mod metadata;

/// The version this crate implements: what a module built with this SDK returns from
/// `dtcheck_abi_version`.
pub const ABI_VERSION: i32 = 3;

/// The oldest version a host still runs, so that the modules committed at older
/// revisions stay loadable (version 1 has no input area: see `ABI.md`).
pub const OLDEST_SUPPORTED: i32 = 1;

/// The largest count that crosses the boundary exactly: a count is a `value` number (a
/// double), which holds every whole number up to 2^53 and cannot tell n from n + 1
/// beyond. The host refuses larger counts; modules compare counts as whole numbers.
pub const MAX_EXACT_COUNT: u64 = 1 << 53;

/// Names of the exports a module must provide (see `ABI.md`).
pub mod exports {
    pub const MEMORY: &str = "memory";
    pub const ABI_VERSION: &str = "dtcheck_abi_version";
    pub const METADATA: &str = "dtcheck_metadata";
    pub const INPUT: &str = "dtcheck_input";
    pub const EVALUATE: &str = "dtcheck_evaluate";
    /// Version 2: the fixed area the host writes inputs into, and the evaluation of
    /// the input written there (one call per evaluation instead of two).
    pub const INPUT_AREA: &str = "dtcheck_input_area";
    pub const EVALUATE_AREA: &str = "dtcheck_evaluate_area";
    /// Globals the Rust/LLVM linker exports by default; tolerated and ignored.
    pub const TOLERATED_GLOBALS: &[&str] = &["__data_end", "__heap_base"];
}

/// Packs a pointer and a length into the `i64` returned by `dtcheck_metadata` and
/// `dtcheck_evaluate`.
pub fn pack(ptr: u32, len: u32) -> i64 {
    ((u64::from(ptr) << 32) | u64::from(len)) as i64
}

/// Inverse of [`pack`].
pub fn unpack(packed: i64) -> (u32, u32) {
    let bits = packed as u64;
    ((bits >> 32) as u32, (bits & 0xffff_ffff) as u32)
}

/// What the targets of a criterion are keyed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selector {
    /// The assessment year (Thanh Hóa sets): targets differ per year.
    Year(u16),
    /// The maturity level 1..=5 (national framework 2361).
    Level(u8),
    /// Every maturity level from 1 to n, in one call (version 3): the output is one
    /// output per level, level 1 first.
    Levels(u8),
}

/// A fact value, a measured value or a target as it crosses the boundary.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Absent,
    Number(f64),
    Bool(bool),
    Text(&'a str),
}

/// The outcomes a module may return. `MissingEvidence` (5) is decided by the host only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GuestOutcome {
    Pass = 1,
    Fail = 2,
    NotAssessed = 3,
    MissingData = 4,
    Error = 6,
}

impl GuestOutcome {
    fn from_code(code: u8) -> Option<Self> {
        Some(match code {
            1 => Self::Pass,
            2 => Self::Fail,
            3 => Self::NotAssessed,
            4 => Self::MissingData,
            6 => Self::Error,
            _ => return None,
        })
    }
}

/// The input of one evaluation: the selected year or level and the declared facts.
#[derive(Debug, Clone, PartialEq)]
pub struct Input<'a> {
    pub selector: Selector,
    /// Values in the order of the metadata's `facts`.
    pub facts: Vec<Value<'a>>,
    /// Whether the host wants the reason (version 3): a standing (a district's
    /// communes) asks for the outcome alone, and the module answers [`Reason::None`].
    pub explain: bool,
}

/// The bit of `selector_kind` by which a version 3 input asks for no reason.
const OUTCOME_ONLY: u8 = 0x80;

/// A fact a reason refers to: its index in the metadata's `facts` and its value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FactRef {
    pub index: u16,
    pub value: f64,
}

/// How figures contradict each other (`Reason::Inconsistent`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inconsistency {
    /// A count is negative.
    Negative = 1,
    /// The first figure exceeds the sum of the others (a part above its total).
    Exceeds = 2,
    /// The figures break an order the source implies (each level's count at most the
    /// level below's and the total).
    Order = 3,
}

/// Why a criterion has its outcome, as data (version 3): the host renders it in the
/// reader's language from the vocabulary below and the criterion's metadata. Whether
/// a condition is met travels with it: the host never decides again.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason<'a> {
    /// No reason asked for (`Input::explain` false).
    None,
    /// A share `part / total` (each a sum of facts) in percent against a minimum;
    /// `shown` is the share rounded to two decimals.
    Share {
        met: bool,
        shown: f64,
        min: f64,
        part: Vec<FactRef>,
        total: Vec<FactRef>,
    },
    /// A count against a minimum.
    Count { met: bool, min: f64, fact: FactRef },
    /// A yes/no fact that must hold.
    Flag { fact: u16, value: bool },
    /// Every condition must be met.
    All(Vec<Reason<'a>>),
    /// One condition is enough.
    Any(Vec<Reason<'a>>),
    /// The year is marked `*`: not assessed that year.
    StarYear,
    /// The level is "Không áp dụng".
    NotApplicable,
    /// The population is empty (its total, a sum of facts, is 0): a share of nothing.
    EmptyPopulation { total: Vec<FactRef> },
    /// The criterion applies "nếu có" (if there is one) and there is none.
    IfAny { facts: Vec<FactRef> },
    /// The figures contradict each other.
    Inconsistent {
        rule: Inconsistency,
        facts: Vec<FactRef>,
    },
    /// The figures cannot be decided exactly (a count not a whole number up to 2^53, a
    /// target with more than two decimals).
    NotExact { facts: Vec<FactRef> },
    /// Facts are absent: the output's `missing` names them.
    MissingFacts,
    /// A criterion-specific judgement: `key` indexes the metadata's `judgements`, whose
    /// wording has `{0}`, `{1}` … for `params`.
    Judgement { key: u8, params: Vec<Value<'a>> },
    /// The criterion's table has no target for the year or level asked.
    NoTarget,
    /// A bug in the criterion (in English, for its maintainers).
    Bug(Cow<'a, str>),
    /// The input could not be decoded (in English).
    MalformedInput(Cow<'a, str>),
}

/// The most conditions nested in one another (`All`, `Any`) a host decodes.
pub const MAX_REASON_DEPTH: u8 = 4;

/// A module's explanation: prose from version 1 and 2 modules, data from version 3.
#[derive(Debug, Clone, PartialEq)]
pub enum Explanation<'a> {
    Prose(&'a str),
    Data(Reason<'a>),
}

/// The output of one evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct Output<'a> {
    pub outcome: GuestOutcome,
    pub measured: Value<'a>,
    pub target: Value<'a>,
    pub reason: Explanation<'a>,
    /// Indices into the metadata's `facts` of the facts that were absent.
    pub missing: Vec<u16>,
}

/// Why a buffer could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    Truncated {
        at: usize,
        wanted: &'static str,
    },
    UnknownTag {
        at: usize,
        tag: u8,
        of: &'static str,
    },
    InvalidUtf8 {
        at: usize,
    },
    TrailingBytes {
        at: usize,
        len: usize,
    },
    TooDeep {
        at: usize,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Truncated { at, wanted } => {
                write!(f, "truncated at byte {at}: expected {wanted}")
            }
            Self::UnknownTag { at, tag, of } => write!(f, "unknown {of} tag {tag} at byte {at}"),
            Self::InvalidUtf8 { at } => write!(f, "invalid UTF-8 text at byte {at}"),
            Self::TrailingBytes { at, len } => {
                write!(f, "{} trailing bytes after byte {at}", len - at)
            }
            Self::TooDeep { at } => write!(
                f,
                "conditions nested more than {MAX_REASON_DEPTH} deep at byte {at}"
            ),
        }
    }
}

const TAG_ABSENT: u8 = 0;
const TAG_NUMBER: u8 = 1;
const TAG_BOOL: u8 = 2;
const TAG_TEXT: u8 = 3;
const SELECTOR_YEAR: u8 = 1;
const SELECTOR_LEVEL: u8 = 2;
const SELECTOR_LEVELS: u8 = 3;

/// Reason tags (`ABI.md`, "Reasons").
mod reason_tag {
    pub const NONE: u8 = 0;
    pub const SHARE: u8 = 1;
    pub const COUNT: u8 = 2;
    pub const FLAG: u8 = 3;
    pub const ALL: u8 = 4;
    pub const ANY: u8 = 5;
    pub const STAR_YEAR: u8 = 6;
    pub const NOT_APPLICABLE: u8 = 7;
    pub const EMPTY_POPULATION: u8 = 8;
    pub const IF_ANY: u8 = 9;
    pub const INCONSISTENT: u8 = 10;
    pub const NOT_EXACT: u8 = 11;
    pub const MISSING_FACTS: u8 = 12;
    pub const JUDGEMENT: u8 = 13;
    pub const NO_TARGET: u8 = 14;
    pub const BUG: u8 = 15;
    pub const MALFORMED_INPUT: u8 = 16;
}

/// `selector_kind:u8 selector:u16`, the head of an input.
fn selector_bytes(selector: Selector, explain: bool) -> [u8; 3] {
    let (kind, sel) = match selector {
        Selector::Year(y) => (SELECTOR_YEAR, y),
        Selector::Level(l) => (SELECTOR_LEVEL, u16::from(l)),
        Selector::Levels(n) => (SELECTOR_LEVELS, u16::from(n)),
    };
    let [lo, hi] = sel.to_le_bytes();
    let flag = if explain { 0 } else { OUTCOME_ONLY };
    [kind | flag, lo, hi]
}

impl<'a> Input<'a> {
    /// The input bytes. An input that asks for no reason is for version 3 modules only:
    /// older ones do not know the bit.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(5 + self.facts.len() * 9);
        out.extend_from_slice(&selector_bytes(self.selector, self.explain));
        out.extend_from_slice(&(self.facts.len() as u16).to_le_bytes());
        for v in &self.facts {
            put_value(&mut out, v);
        }
        out
    }

    /// Points an encoded input at another year or level: the selector is its first
    /// three bytes, so one encoding of the facts serves every level of a locality.
    /// Whether it asks for a reason is kept. Not an encoded input (shorter than a
    /// selector): left as it is.
    pub fn reselect(encoded: &mut [u8], selector: Selector) {
        if let Some(head) = encoded.get_mut(..3) {
            let explain = head[0] & OUTCOME_ONLY == 0;
            head.copy_from_slice(&selector_bytes(selector, explain));
        }
    }

    pub fn decode(buf: &'a [u8]) -> Result<Self, DecodeError> {
        let mut r = Reader { buf, pos: 0 };
        let head = r.u8("selector kind")?;
        let sel = r.u16("selector")?;
        let explain = head & OUTCOME_ONLY == 0;
        let selector = match head & !OUTCOME_ONLY {
            SELECTOR_YEAR => Selector::Year(sel),
            SELECTOR_LEVEL => Selector::Level(sel as u8),
            SELECTOR_LEVELS => Selector::Levels(sel as u8),
            tag => {
                return Err(DecodeError::UnknownTag {
                    at: 0,
                    tag,
                    of: "selector",
                });
            }
        };
        let count = r.u16("fact count")?;
        let mut facts = Vec::with_capacity(usize::from(count));
        for _ in 0..count {
            facts.push(r.value()?);
        }
        r.finish()?;
        Ok(Input {
            selector,
            facts,
            explain,
        })
    }
}

impl<'a> Output<'a> {
    /// The output bytes: version 3's with a reason as data, versions 1 and 2's with
    /// prose.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(48);
        out.push(self.outcome as u8);
        put_value(&mut out, &self.measured);
        put_value(&mut out, &self.target);
        match &self.reason {
            Explanation::Prose(text) => put_text(&mut out, text),
            Explanation::Data(reason) => put_reason(&mut out, reason),
        }
        out.extend_from_slice(&(self.missing.len() as u16).to_le_bytes());
        for i in &self.missing {
            out.extend_from_slice(&i.to_le_bytes());
        }
        out
    }

    /// Decodes what a module of ABI `version` returned (prose before version 3).
    pub fn decode(buf: &'a [u8], version: i32) -> Result<Self, DecodeError> {
        let mut r = Reader { buf, pos: 0 };
        let out = Self::read(&mut r, version)?;
        r.finish()?;
        Ok(out)
    }

    /// Decodes the answer to a [`Selector::Levels`] input: exactly `levels` outputs,
    /// level 1 first (version 3).
    pub fn decode_levels(buf: &'a [u8], levels: u8) -> Result<Vec<Self>, DecodeError> {
        let mut r = Reader { buf, pos: 0 };
        let at = r.pos;
        let n = r.u8("level count")?;
        if n != levels {
            return Err(DecodeError::UnknownTag {
                at,
                tag: n,
                of: "level count",
            });
        }
        let mut outs = Vec::with_capacity(usize::from(n));
        for _ in 0..n {
            outs.push(Self::read(&mut r, 3)?);
        }
        r.finish()?;
        Ok(outs)
    }

    /// Encodes the answer to a [`Selector::Levels`] input from each level's output.
    pub fn encode_levels(outputs: &[Vec<u8>]) -> Vec<u8> {
        let mut out = Vec::with_capacity(1 + outputs.iter().map(Vec::len).sum::<usize>());
        out.push(outputs.len().min(255) as u8);
        for o in outputs.iter().take(255) {
            out.extend_from_slice(o);
        }
        out
    }

    fn read(r: &mut Reader<'a>, version: i32) -> Result<Self, DecodeError> {
        let code = r.u8("outcome")?;
        let outcome = GuestOutcome::from_code(code).ok_or(DecodeError::UnknownTag {
            at: 0,
            tag: code,
            of: "outcome",
        })?;
        let measured = r.value()?;
        let target = r.value()?;
        let reason = if version >= 3 {
            Explanation::Data(r.reason(0)?)
        } else {
            Explanation::Prose(r.text()?)
        };
        let n = r.u16("missing count")?;
        let mut missing = Vec::with_capacity(usize::from(n));
        for _ in 0..n {
            missing.push(r.u16("fact index")?);
        }
        Ok(Output {
            outcome,
            measured,
            target,
            reason,
            missing,
        })
    }
}

fn put_facts(out: &mut Vec<u8>, facts: &[FactRef]) {
    out.push(facts.len().min(255) as u8);
    for f in facts.iter().take(255) {
        out.extend_from_slice(&f.index.to_le_bytes());
        out.extend_from_slice(&f.value.to_le_bytes());
    }
}

fn put_reasons(out: &mut Vec<u8>, reasons: &[Reason<'_>]) {
    out.push(reasons.len().min(255) as u8);
    for r in reasons.iter().take(255) {
        put_reason(out, r);
    }
}

fn put_reason(out: &mut Vec<u8>, reason: &Reason<'_>) {
    use reason_tag as t;
    match reason {
        Reason::None => out.push(t::NONE),
        Reason::Share {
            met,
            shown,
            min,
            part,
            total,
        } => {
            out.push(t::SHARE);
            out.push(u8::from(*met));
            out.extend_from_slice(&shown.to_le_bytes());
            out.extend_from_slice(&min.to_le_bytes());
            put_facts(out, part);
            put_facts(out, total);
        }
        Reason::Count { met, min, fact } => {
            out.push(t::COUNT);
            out.push(u8::from(*met));
            out.extend_from_slice(&min.to_le_bytes());
            put_facts(out, core::slice::from_ref(fact));
        }
        Reason::Flag { fact, value } => {
            out.push(t::FLAG);
            out.extend_from_slice(&fact.to_le_bytes());
            out.push(u8::from(*value));
        }
        Reason::All(rs) => {
            out.push(t::ALL);
            put_reasons(out, rs);
        }
        Reason::Any(rs) => {
            out.push(t::ANY);
            put_reasons(out, rs);
        }
        Reason::StarYear => out.push(t::STAR_YEAR),
        Reason::NotApplicable => out.push(t::NOT_APPLICABLE),
        Reason::EmptyPopulation { total } => {
            out.push(t::EMPTY_POPULATION);
            put_facts(out, total);
        }
        Reason::IfAny { facts } => {
            out.push(t::IF_ANY);
            put_facts(out, facts);
        }
        Reason::Inconsistent { rule, facts } => {
            out.push(t::INCONSISTENT);
            out.push(*rule as u8);
            put_facts(out, facts);
        }
        Reason::NotExact { facts } => {
            out.push(t::NOT_EXACT);
            put_facts(out, facts);
        }
        Reason::MissingFacts => out.push(t::MISSING_FACTS),
        Reason::Judgement { key, params } => {
            out.push(t::JUDGEMENT);
            out.push(*key);
            out.push(params.len().min(255) as u8);
            for p in params.iter().take(255) {
                put_value(out, p);
            }
        }
        Reason::NoTarget => out.push(t::NO_TARGET),
        Reason::Bug(text) => {
            out.push(t::BUG);
            put_text(out, text);
        }
        Reason::MalformedInput(text) => {
            out.push(t::MALFORMED_INPUT);
            put_text(out, text);
        }
    }
}

fn put_value(out: &mut Vec<u8>, v: &Value<'_>) {
    match v {
        Value::Absent => out.push(TAG_ABSENT),
        Value::Number(n) => {
            out.push(TAG_NUMBER);
            out.extend_from_slice(&n.to_le_bytes());
        }
        Value::Bool(b) => {
            out.push(TAG_BOOL);
            out.push(u8::from(*b));
        }
        Value::Text(s) => {
            out.push(TAG_TEXT);
            put_text(out, s);
        }
    }
}

fn put_text(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&(s.len() as u32).to_le_bytes());
    out.extend_from_slice(s.as_bytes());
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize, wanted: &'static str) -> Result<&'a [u8], DecodeError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.buf.len());
        match end {
            Some(end) => {
                let s = &self.buf[self.pos..end];
                self.pos = end;
                Ok(s)
            }
            None => Err(DecodeError::Truncated {
                at: self.pos,
                wanted,
            }),
        }
    }

    fn array<const N: usize>(&mut self, wanted: &'static str) -> Result<[u8; N], DecodeError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N, wanted)?);
        Ok(a)
    }

    fn u8(&mut self, wanted: &'static str) -> Result<u8, DecodeError> {
        Ok(self.array::<1>(wanted)?[0])
    }

    fn u16(&mut self, wanted: &'static str) -> Result<u16, DecodeError> {
        Ok(u16::from_le_bytes(self.array(wanted)?))
    }

    fn text(&mut self) -> Result<&'a str, DecodeError> {
        let len = u32::from_le_bytes(self.array("text length")?) as usize;
        let at = self.pos;
        let bytes = self.take(len, "text bytes")?;
        core::str::from_utf8(bytes).map_err(|_| DecodeError::InvalidUtf8 { at })
    }

    fn value(&mut self) -> Result<Value<'a>, DecodeError> {
        let at = self.pos;
        match self.u8("value tag")? {
            TAG_ABSENT => Ok(Value::Absent),
            TAG_NUMBER => Ok(Value::Number(f64::from_le_bytes(self.array("number")?))),
            TAG_BOOL => match self.u8("boolean")? {
                0 => Ok(Value::Bool(false)),
                1 => Ok(Value::Bool(true)),
                tag => Err(DecodeError::UnknownTag {
                    at: at + 1,
                    tag,
                    of: "boolean",
                }),
            },
            TAG_TEXT => Ok(Value::Text(self.text()?)),
            tag => Err(DecodeError::UnknownTag {
                at,
                tag,
                of: "value",
            }),
        }
    }

    fn f64(&mut self, wanted: &'static str) -> Result<f64, DecodeError> {
        Ok(f64::from_le_bytes(self.array(wanted)?))
    }

    fn flag(&mut self, wanted: &'static str) -> Result<bool, DecodeError> {
        let at = self.pos;
        match self.u8(wanted)? {
            0 => Ok(false),
            1 => Ok(true),
            tag => Err(DecodeError::UnknownTag {
                at,
                tag,
                of: wanted,
            }),
        }
    }

    fn facts(&mut self) -> Result<Vec<FactRef>, DecodeError> {
        let n = self.u8("fact count")?;
        let mut facts = Vec::with_capacity(usize::from(n));
        for _ in 0..n {
            let index = self.u16("fact index")?;
            let value = self.f64("fact value")?;
            facts.push(FactRef { index, value });
        }
        Ok(facts)
    }

    fn reasons(&mut self, depth: u8) -> Result<Vec<Reason<'a>>, DecodeError> {
        let at = self.pos;
        if depth >= MAX_REASON_DEPTH {
            return Err(DecodeError::TooDeep { at });
        }
        let n = self.u8("condition count")?;
        let mut rs = Vec::with_capacity(usize::from(n));
        for _ in 0..n {
            rs.push(self.reason(depth + 1)?);
        }
        Ok(rs)
    }

    fn reason(&mut self, depth: u8) -> Result<Reason<'a>, DecodeError> {
        use reason_tag as t;
        let at = self.pos;
        Ok(match self.u8("reason tag")? {
            t::NONE => Reason::None,
            t::SHARE => Reason::Share {
                met: self.flag("met")?,
                shown: self.f64("share")?,
                min: self.f64("minimum")?,
                part: self.facts()?,
                total: self.facts()?,
            },
            t::COUNT => {
                let met = self.flag("met")?;
                let min = self.f64("minimum")?;
                let mut facts = self.facts()?;
                let fact = match (facts.pop(), facts.is_empty()) {
                    (Some(fact), true) => fact,
                    _ => {
                        return Err(DecodeError::UnknownTag {
                            at,
                            tag: t::COUNT,
                            of: "count reason with one fact",
                        });
                    }
                };
                Reason::Count { met, min, fact }
            }
            t::FLAG => Reason::Flag {
                fact: self.u16("fact index")?,
                value: self.flag("boolean")?,
            },
            t::ALL => Reason::All(self.reasons(depth)?),
            t::ANY => Reason::Any(self.reasons(depth)?),
            t::STAR_YEAR => Reason::StarYear,
            t::NOT_APPLICABLE => Reason::NotApplicable,
            t::EMPTY_POPULATION => Reason::EmptyPopulation {
                total: self.facts()?,
            },
            t::IF_ANY => Reason::IfAny {
                facts: self.facts()?,
            },
            t::INCONSISTENT => {
                let at = self.pos;
                let rule = match self.u8("inconsistency")? {
                    1 => Inconsistency::Negative,
                    2 => Inconsistency::Exceeds,
                    3 => Inconsistency::Order,
                    tag => {
                        return Err(DecodeError::UnknownTag {
                            at,
                            tag,
                            of: "inconsistency",
                        });
                    }
                };
                Reason::Inconsistent {
                    rule,
                    facts: self.facts()?,
                }
            }
            t::NOT_EXACT => Reason::NotExact {
                facts: self.facts()?,
            },
            t::MISSING_FACTS => Reason::MissingFacts,
            t::JUDGEMENT => {
                let key = self.u8("judgement")?;
                let n = self.u8("parameter count")?;
                let mut params = Vec::with_capacity(usize::from(n));
                for _ in 0..n {
                    params.push(self.value()?);
                }
                Reason::Judgement { key, params }
            }
            t::NO_TARGET => Reason::NoTarget,
            t::BUG => Reason::Bug(Cow::Borrowed(self.text()?)),
            t::MALFORMED_INPUT => Reason::MalformedInput(Cow::Borrowed(self.text()?)),
            tag => {
                return Err(DecodeError::UnknownTag {
                    at,
                    tag,
                    of: "reason",
                });
            }
        })
    }

    fn finish(&self) -> Result<(), DecodeError> {
        if self.pos == self.buf.len() {
            Ok(())
        } else {
            Err(DecodeError::TrailingBytes {
                at: self.pos,
                len: self.buf.len(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    #[test]
    fn input_round_trips() {
        for explain in [true, false] {
            let input = Input {
                selector: Selector::Year(2024),
                facts: vec![
                    Value::Number(12.5),
                    Value::Absent,
                    Value::Bool(true),
                    Value::Text("Có"),
                ],
                explain,
            };
            let bytes = input.encode();
            assert_eq!(Input::decode(&bytes), Ok(input));
        }
    }

    #[test]
    fn an_input_that_asks_for_a_reason_is_the_version_2_input() {
        let bytes = Input {
            selector: Selector::Level(3),
            facts: vec![Value::Number(1.0)],
            explain: true,
        }
        .encode();
        assert_eq!(&bytes[..3], &[SELECTOR_LEVEL, 3, 0]);
    }

    #[test]
    fn reselecting_an_input_is_encoding_it_for_the_other_selector() {
        let facts = vec![Value::Number(3.0), Value::Text("Có")];
        for explain in [true, false] {
            let at = |selector| {
                Input {
                    selector,
                    facts: facts.clone(),
                    explain,
                }
                .encode()
            };
            let mut bytes = at(Selector::Level(1));
            Input::reselect(&mut bytes, Selector::Level(4));
            assert_eq!(bytes, at(Selector::Level(4)));
            Input::reselect(&mut bytes, Selector::Year(2025));
            assert_eq!(bytes, at(Selector::Year(2025)));
        }
    }

    fn every_reason() -> Vec<Reason<'static>> {
        let f = |index, value| FactRef { index, value };
        vec![
            Reason::None,
            Reason::Share {
                met: true,
                shown: 79.55,
                min: 75.0,
                part: vec![f(1, 2100.0)],
                total: vec![f(0, 2640.0)],
            },
            Reason::Count {
                met: false,
                min: 2.0,
                fact: f(0, 1.0),
            },
            Reason::Flag {
                fact: 2,
                value: true,
            },
            Reason::All(vec![
                Reason::Flag {
                    fact: 0,
                    value: false,
                },
                Reason::Any(vec![Reason::Count {
                    met: true,
                    min: 3.0,
                    fact: f(1, 4.0),
                }]),
            ]),
            Reason::StarYear,
            Reason::NotApplicable,
            Reason::EmptyPopulation {
                total: vec![f(0, 0.0), f(1, 0.0)],
            },
            Reason::IfAny {
                facts: vec![f(0, 0.0)],
            },
            Reason::Inconsistent {
                rule: Inconsistency::Exceeds,
                facts: vec![f(1, 11.0), f(0, 10.0)],
            },
            Reason::NotExact {
                facts: vec![f(0, 0.5)],
            },
            Reason::MissingFacts,
            Reason::Judgement {
                key: 1,
                params: vec![Value::Number(3.0), Value::Text("Có")],
            },
            Reason::NoTarget,
            Reason::Bug(Cow::Borrowed("no rule")),
            Reason::MalformedInput(Cow::Borrowed("truncated")),
        ]
    }

    #[test]
    fn output_round_trips_with_every_reason() {
        for reason in every_reason() {
            let out = Output {
                outcome: GuestOutcome::MissingData,
                measured: Value::Absent,
                target: Value::Number(75.0),
                reason: Explanation::Data(reason),
                missing: vec![0, 3],
            };
            let bytes = out.encode();
            assert_eq!(Output::decode(&bytes, 3), Ok(out));
        }
    }

    #[test]
    fn version_2_output_carries_prose() {
        let out = Output {
            outcome: GuestOutcome::Pass,
            measured: Value::Number(80.0),
            target: Value::Number(75.0),
            reason: Explanation::Prose("met: 80 % ≥ 75 %"),
            missing: vec![],
        };
        assert_eq!(Output::decode(&out.encode(), 2), Ok(out.clone()));
        assert_eq!(Output::decode(&out.encode(), 1), Ok(out));
    }

    #[test]
    fn every_level_in_one_answer() {
        let at = |outcome| Output {
            outcome,
            measured: Value::Absent,
            target: Value::Absent,
            reason: Explanation::Data(Reason::NotApplicable),
            missing: vec![],
        };
        let levels = [at(GuestOutcome::Pass), at(GuestOutcome::NotAssessed)];
        let bytes = Output::encode_levels(
            &levels
                .iter()
                .map(|o| o.clone().encode())
                .collect::<Vec<_>>(),
        );
        assert_eq!(Output::decode_levels(&bytes, 2), Ok(levels.to_vec()));
        // Another number of levels than asked is malformed.
        assert!(Output::decode_levels(&bytes, 5).is_err());
        let input = Input {
            selector: Selector::Levels(5),
            facts: vec![],
            explain: false,
        };
        assert_eq!(Input::decode(&input.encode()), Ok(input));
    }

    #[test]
    fn pack_round_trips() {
        assert_eq!(unpack(pack(0xdead_beef, 17)), (0xdead_beef, 17));
    }

    #[test]
    fn conditions_nested_too_deep_are_refused() {
        let mut reason = Reason::Flag {
            fact: 0,
            value: true,
        };
        for _ in 0..=MAX_REASON_DEPTH {
            reason = Reason::All(vec![reason]);
        }
        let bytes = Output {
            outcome: GuestOutcome::Pass,
            measured: Value::Absent,
            target: Value::Absent,
            reason: Explanation::Data(reason),
            missing: vec![],
        }
        .encode();
        assert!(matches!(
            Output::decode(&bytes, 3),
            Err(DecodeError::TooDeep { .. })
        ));
    }

    #[test]
    fn malformed_output_is_an_error_not_a_panic() {
        for version in [2, 3] {
            assert!(matches!(
                Output::decode(&[], version),
                Err(DecodeError::Truncated { .. })
            ));
            assert!(matches!(
                Output::decode(&[5, 0, 0], version),
                Err(DecodeError::UnknownTag { .. })
            ));
            assert!(matches!(
                Output::decode(&[1, 9], version),
                Err(DecodeError::UnknownTag { .. })
            ));
        }
        let mut ok = Output {
            outcome: GuestOutcome::Pass,
            measured: Value::Bool(true),
            target: Value::Text("Có"),
            reason: Explanation::Data(Reason::Flag {
                fact: 0,
                value: true,
            }),
            missing: vec![],
        }
        .encode();
        ok.push(0);
        assert!(matches!(
            Output::decode(&ok, 3),
            Err(DecodeError::TrailingBytes { .. })
        ));
        // A length prefix pointing past the end.
        assert!(matches!(
            Output::decode(&[1, 0, 0, 255, 255, 255, 255], 2),
            Err(DecodeError::Truncated { .. })
        ));
        // Invalid UTF-8 in the reason.
        assert!(matches!(
            Output::decode(&[1, 0, 0, 1, 0, 0, 0, 0xff, 0, 0], 2),
            Err(DecodeError::InvalidUtf8 { .. })
        ));
        // An unknown reason tag, and a count reason naming two facts.
        assert!(matches!(
            Output::decode(&[1, 0, 0, 99, 0, 0], 3),
            Err(DecodeError::UnknownTag { .. })
        ));
        let mut two = vec![1, 0, 0, reason_tag::COUNT, 1];
        two.extend_from_slice(&1.0f64.to_le_bytes());
        two.push(2);
        for _ in 0..2 {
            two.extend_from_slice(&[0, 0]);
            two.extend_from_slice(&1.0f64.to_le_bytes());
        }
        two.extend_from_slice(&[0, 0]);
        assert!(matches!(
            Output::decode(&two, 3),
            Err(DecodeError::UnknownTag { .. })
        ));
    }
}
