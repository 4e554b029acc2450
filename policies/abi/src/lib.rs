//! The dtcheck policy ABI, version 2: the one place where the host and a criterion
//! module agree on names and bytes. `ABI.md` beside this crate is its specification.
//!
//! The crate is `no_std` (with `alloc`) so that the same code encodes on one side of
//! the boundary and decodes on the other: the guest SDK uses [`Input::decode`] and
//! [`Output::encode`], the host uses [`Input::encode`] and [`Output::decode`]. Decoding
//! never panics: a malformed buffer is a [`DecodeError`], because the host treats
//! guest output as untrusted.
#![no_std]

extern crate alloc;

use alloc::vec::Vec;
use core::fmt;

/// The version this crate implements: what a module built with this SDK returns from
/// `dtcheck_abi_version`.
pub const ABI_VERSION: i32 = 2;

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
}

/// The output of one evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct Output<'a> {
    pub outcome: GuestOutcome,
    pub measured: Value<'a>,
    pub target: Value<'a>,
    pub reason: &'a str,
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
        }
    }
}

const TAG_ABSENT: u8 = 0;
const TAG_NUMBER: u8 = 1;
const TAG_BOOL: u8 = 2;
const TAG_TEXT: u8 = 3;
const SELECTOR_YEAR: u8 = 1;
const SELECTOR_LEVEL: u8 = 2;

/// `selector_kind:u8 selector:u16`, the head of an input.
fn selector_bytes(selector: Selector) -> [u8; 3] {
    let (kind, sel) = match selector {
        Selector::Year(y) => (SELECTOR_YEAR, y),
        Selector::Level(l) => (SELECTOR_LEVEL, u16::from(l)),
    };
    let [lo, hi] = sel.to_le_bytes();
    [kind, lo, hi]
}

impl<'a> Input<'a> {
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(5 + self.facts.len() * 9);
        out.extend_from_slice(&selector_bytes(self.selector));
        out.extend_from_slice(&(self.facts.len() as u16).to_le_bytes());
        for v in &self.facts {
            put_value(&mut out, v);
        }
        out
    }

    /// Points an encoded input at another year or level: the selector is its first
    /// three bytes, so one encoding of the facts serves every level of a locality.
    /// Not an encoded input (shorter than a selector): left as it is.
    pub fn reselect(encoded: &mut [u8], selector: Selector) {
        if let Some(head) = encoded.get_mut(..3) {
            head.copy_from_slice(&selector_bytes(selector));
        }
    }

    pub fn decode(buf: &'a [u8]) -> Result<Self, DecodeError> {
        let mut r = Reader { buf, pos: 0 };
        let kind = r.u8("selector kind")?;
        let sel = r.u16("selector")?;
        let selector = match kind {
            SELECTOR_YEAR => Selector::Year(sel),
            SELECTOR_LEVEL => Selector::Level(sel as u8),
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
        Ok(Input { selector, facts })
    }
}

impl<'a> Output<'a> {
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(32 + self.reason.len());
        out.push(self.outcome as u8);
        put_value(&mut out, &self.measured);
        put_value(&mut out, &self.target);
        put_text(&mut out, self.reason);
        out.extend_from_slice(&(self.missing.len() as u16).to_le_bytes());
        for i in &self.missing {
            out.extend_from_slice(&i.to_le_bytes());
        }
        out
    }

    pub fn decode(buf: &'a [u8]) -> Result<Self, DecodeError> {
        let mut r = Reader { buf, pos: 0 };
        let code = r.u8("outcome")?;
        let outcome = GuestOutcome::from_code(code).ok_or(DecodeError::UnknownTag {
            at: 0,
            tag: code,
            of: "outcome",
        })?;
        let measured = r.value()?;
        let target = r.value()?;
        let reason = r.text()?;
        let n = r.u16("missing count")?;
        let mut missing = Vec::with_capacity(usize::from(n));
        for _ in 0..n {
            missing.push(r.u16("fact index")?);
        }
        r.finish()?;
        Ok(Output {
            outcome,
            measured,
            target,
            reason,
            missing,
        })
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
        let input = Input {
            selector: Selector::Year(2024),
            facts: vec![
                Value::Number(12.5),
                Value::Absent,
                Value::Bool(true),
                Value::Text("Có"),
            ],
        };
        let bytes = input.encode();
        assert_eq!(Input::decode(&bytes), Ok(input));
    }

    #[test]
    fn reselecting_an_input_is_encoding_it_for_the_other_selector() {
        let facts = vec![Value::Number(3.0), Value::Text("Có")];
        let at = |selector| {
            Input {
                selector,
                facts: facts.clone(),
            }
            .encode()
        };
        let mut bytes = at(Selector::Level(1));
        Input::reselect(&mut bytes, Selector::Level(4));
        assert_eq!(bytes, at(Selector::Level(4)));
        Input::reselect(&mut bytes, Selector::Year(2025));
        assert_eq!(bytes, at(Selector::Year(2025)));
    }

    #[test]
    fn output_round_trips() {
        let out = Output {
            outcome: GuestOutcome::MissingData,
            measured: Value::Absent,
            target: Value::Number(75.0),
            reason: "thiếu dữ liệu",
            missing: vec![0, 3],
        };
        let bytes = out.encode();
        assert_eq!(Output::decode(&bytes), Ok(out));
    }

    #[test]
    fn pack_round_trips() {
        assert_eq!(unpack(pack(0xdead_beef, 17)), (0xdead_beef, 17));
    }

    #[test]
    fn malformed_output_is_an_error_not_a_panic() {
        assert!(matches!(
            Output::decode(&[]),
            Err(DecodeError::Truncated { .. })
        ));
        assert!(matches!(
            Output::decode(&[5, 0, 0]),
            Err(DecodeError::UnknownTag { .. })
        ));
        assert!(matches!(
            Output::decode(&[1, 9]),
            Err(DecodeError::UnknownTag { .. })
        ));
        let mut ok = Output {
            outcome: GuestOutcome::Pass,
            measured: Value::Bool(true),
            target: Value::Text("Có"),
            reason: "",
            missing: vec![],
        }
        .encode();
        ok.push(0);
        assert!(matches!(
            Output::decode(&ok),
            Err(DecodeError::TrailingBytes { .. })
        ));
        // A length prefix pointing past the end.
        assert!(matches!(
            Output::decode(&[1, 0, 0, 255, 255, 255, 255]),
            Err(DecodeError::Truncated { .. })
        ));
        // Invalid UTF-8 in the reason.
        assert!(matches!(
            Output::decode(&[1, 0, 0, 1, 0, 0, 0, 0xff, 0, 0]),
            Err(DecodeError::InvalidUtf8 { .. })
        ));
    }
}
