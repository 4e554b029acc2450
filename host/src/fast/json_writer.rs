//! A JSON serializer for results: serde_json's output byte for byte (pretty, starting
//! at a given depth, or compact), with strings escaped a machine word at a time.
//!
//! Why not serde_json's own serializer: it checks every byte of every string against
//! its escape table, and the strings of a result (criterion names, reasons at every
//! level) are most of its bytes: half of rendering a 2361 commune's ~90 KB (measured).
//! Here a run of eight bytes with no quote, backslash or control character is copied
//! at once. Numbers are written by the crates serde_json uses (itoa, zmij), so that
//! the text is the same. Tests compare both serializers on values of every kind.

use serde::ser::{self, Serialize};
use std::fmt;

/// Writes `value` as serde_json's pretty printer would, as if nested `depth` levels
/// deep: every line but the first is indented by the depth.
pub fn pretty_into<T: Serialize + ?Sized>(
    value: &T,
    depth: usize,
    out: &mut Vec<u8>,
) -> Result<(), Error> {
    value.serialize(&mut Writer {
        out,
        pretty: true,
        depth,
        has_value: false,
    })
}

/// Writes `value` as `serde_json::to_writer` would (no whitespace).
pub fn compact_into<T: Serialize + ?Sized>(value: &T, out: &mut Vec<u8>) -> Result<(), Error> {
    value.serialize(&mut Writer {
        out,
        pretty: false,
        depth: 0,
        has_value: false,
    })
}

/// A value serde_json cannot write either (a map key that is not a string or a
/// number, or an error of the value's own `Serialize`).
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// The state of serde_json's `PrettyFormatter` (or none of it, compact), written to a
/// byte vector.
struct Writer<'a> {
    out: &'a mut Vec<u8>,
    pretty: bool,
    depth: usize,
    /// Whether the innermost open array or object has had a value (one flag suffices,
    /// as in serde_json: closing a value sets it).
    has_value: bool,
}

/// A new line and the indentation of up to 31 levels, written with one copy.
const NEWLINE_INDENT: &[u8; 64] =
    b"\n                                                               ";

impl Writer<'_> {
    fn newline(&mut self) {
        let width = 2 * self.depth;
        if let Some(line) = NEWLINE_INDENT.get(..1 + width) {
            self.out.extend_from_slice(line);
            return;
        }
        self.out.push(b'\n');
        let spaces = &NEWLINE_INDENT[1..];
        let mut n = width;
        while n > 0 {
            let step = n.min(spaces.len());
            self.out.extend_from_slice(&spaces[..step]);
            n -= step;
        }
    }

    fn open(&mut self, bracket: u8) {
        self.depth += 1;
        self.has_value = false;
        self.out.push(bracket);
    }

    fn close(&mut self, bracket: u8) {
        self.depth -= 1;
        if self.pretty && self.has_value {
            self.newline();
        }
        self.out.push(bracket);
    }

    /// Before an array element or an object key.
    fn item(&mut self, first: bool) {
        if !first {
            self.out.push(b',');
        }
        if self.pretty {
            self.newline();
        }
    }

    /// Between an object key and its value.
    fn colon(&mut self) {
        self.out
            .extend_from_slice(if self.pretty { b": " } else { b":" });
    }

    fn string(&mut self, s: &str) {
        write_escaped(self.out, s);
    }

    fn integer(&mut self, n: impl itoa::Integer) -> Result<(), Error> {
        self.out
            .extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
        Ok(())
    }

    fn float(&mut self, finite: Option<&str>) {
        self.out
            .extend_from_slice(finite.map_or(b"null".as_slice(), str::as_bytes));
    }

    /// `{"variant": ` of an enum variant with content (closed by [`Self::end_variant`]).
    fn begin_variant(&mut self, variant: &str) {
        self.open(b'{');
        self.item(true);
        self.string(variant);
        self.colon();
    }

    fn end_variant(&mut self) {
        self.has_value = true;
        self.close(b'}');
    }
}

/// serde_json's escape table: the escape letter of each byte, 0 for none.
static ESCAPE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = b'u';
        b += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0A] = b'n';
    table[0x0C] = b'f';
    table[0x0D] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

/// Whether any of the eight bytes of `w` needs escaping: below 0x20, `"` or `\`.
/// (The classic "has a zero byte / a byte less than n" word tests, exact for "any".)
fn word_needs_escape(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below_space = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
    let q = w ^ (ONES * u64::from(b'"'));
    let quote = q.wrapping_sub(ONES) & !q & HIGH;
    let s = w ^ (ONES * u64::from(b'\\'));
    let backslash = s.wrapping_sub(ONES) & !s & HIGH;
    (below_space | quote | backslash) != 0
}

/// The eight bytes of `bytes` from `i` as a word; `None` past the end. Near the end of
/// a string of eight bytes or more, its last eight (some looked at already, which does
/// no harm); in a shorter string, the rest padded with a byte that needs no escaping,
/// put in place by shifts (a copy through memory stalls on reading it back).
fn word_at(bytes: &[u8], i: usize) -> Option<u64> {
    let len = bytes.len();
    if i >= len {
        return None;
    }
    let start = if i + 8 <= len {
        i
    } else {
        len.saturating_sub(8)
    };
    if let Some(word) = bytes.get(start..start + 8)
        && let Ok(word) = <[u8; 8]>::try_from(word)
    {
        return Some(u64::from_le_bytes(word));
    }
    let mut word = u64::from_le_bytes(*b"aaaaaaaa");
    for (k, &b) in bytes.iter().skip(i).enumerate() {
        let shift = 8 * k;
        word = (word & !(0xFF << shift)) | (u64::from(b) << shift);
    }
    Some(word)
}

/// `s` as a JSON string, escaped exactly as serde_json escapes it. Words without
/// anything to escape (almost all of them) are skipped; only a word with something to
/// escape is looked at byte by byte.
fn write_escaped(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut plain_from = 0;
    let mut i = 0;
    loop {
        while let Some(word) = word_at(bytes, i)
            && !word_needs_escape(word)
        {
            i += 8;
        }
        if i >= bytes.len() {
            break;
        }
        let end = (i + 8).min(bytes.len());
        for (at, &b) in bytes.iter().enumerate().take(end).skip(i) {
            let escape = ESCAPE[usize::from(b)];
            if escape == 0 {
                continue;
            }
            out.extend_from_slice(&bytes[plain_from..at]);
            plain_from = at + 1;
            if escape == b'u' {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(&[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[usize::from(b >> 4)],
                    HEX[usize::from(b & 0xF)],
                ]);
            } else {
                out.extend_from_slice(&[b'\\', escape]);
            }
        }
        i = end;
    }
    out.extend_from_slice(&bytes[plain_from..]);
    out.push(b'"');
}

/// The `serialize_<integer>` methods of a serializer, each calling `self.$write(v)`.
macro_rules! integer_methods {
    ($write:ident) => {
        integer_methods!($write; serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
            serialize_i64: i64, serialize_i128: i128, serialize_u8: u8, serialize_u16: u16,
            serialize_u32: u32, serialize_u64: u64, serialize_u128: u128);
    };
    ($write:ident; $($method:ident: $ty:ty),*) => {
        $(fn $method(self, v: $ty) -> Result<(), Error> {
            self.$write(v)
        })*
    };
}

/// An array or object being written.
pub struct Compound<'w, 'a> {
    w: &'w mut Writer<'a>,
    /// Nothing written yet (`Some(true)`), something (`Some(false)`), or closed
    /// already because it was declared empty (`None`).
    first: Option<bool>,
}

impl<'w, 'a> Compound<'w, 'a> {
    /// What goes before an element or a key: `,` unless it is the first, and the new
    /// line when pretty.
    fn next_item(&mut self) {
        let first = self.first.unwrap_or(false);
        self.first = Some(false);
        self.w.item(first);
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.next_item();
        value.serialize(&mut *self.w)?;
        self.w.has_value = true;
        Ok(())
    }

    fn key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.next_item();
        key.serialize(KeyWriter(&mut *self.w))?;
        self.w.colon();
        Ok(())
    }

    /// A struct field's key: what [`Self::key`] writes, with one reservation and no
    /// escaping pass for a name with nothing to escape (every field name in practice).
    /// Field names are most of a result's keys, one per line.
    fn field_key(&mut self, key: &'static str) -> Result<(), Error> {
        if key.bytes().any(|b| ESCAPE[usize::from(b)] != 0) {
            return self.key(key);
        }
        // `,`, the new line and indentation, the quoted key and `": `.
        let indent = if self.w.pretty {
            1 + 2 * self.w.depth
        } else {
            0
        };
        self.w.out.reserve(1 + indent + key.len() + 4);
        self.next_item();
        let out = &mut *self.w.out;
        out.push(b'"');
        out.extend_from_slice(key.as_bytes());
        out.push(b'"');
        self.w.colon();
        Ok(())
    }

    fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.w)?;
        self.w.has_value = true;
        Ok(())
    }

    /// Closes the array or object (unless it was declared empty, closed already).
    fn close(self, bracket: u8) -> Result<(), Error> {
        self.close_in(bracket);
        Ok(())
    }

    /// Closes the array or object, then the `{"variant": ` around it.
    fn close_variant(self, bracket: u8) -> Result<(), Error> {
        self.close_in(bracket).end_variant();
        Ok(())
    }

    fn close_in(self, bracket: u8) -> &'w mut Writer<'a> {
        if self.first.is_some() {
            self.w.close(bracket);
        }
        self.w
    }
}

impl<'w, 'a> ser::Serializer for &'w mut Writer<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'w, 'a>;
    type SerializeTuple = Compound<'w, 'a>;
    type SerializeTupleStruct = Compound<'w, 'a>;
    type SerializeTupleVariant = Compound<'w, 'a>;
    type SerializeMap = Compound<'w, 'a>;
    type SerializeStruct = Compound<'w, 'a>;
    type SerializeStructVariant = Compound<'w, 'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    integer_methods!(integer);
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        let mut buffer = zmij::Buffer::new();
        self.float(v.is_finite().then(|| buffer.format_finite(v)));
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        let mut buffer = zmij::Buffer::new();
        self.float(v.is_finite().then(|| buffer.format_finite(v)));
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for b in v {
            seq.serialize_element(b)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, v: &'static str) -> Result<(), Error> {
        self.serialize_str(v)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.begin_variant(variant);
        value.serialize(&mut *self)?;
        self.end_variant();
        Ok(())
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Compound<'w, 'a>, Error> {
        self.open(b'[');
        let first = if len == Some(0) {
            self.close(b']');
            None
        } else {
            Some(true)
        };
        Ok(Compound { w: self, first })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'w, 'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        len: usize,
    ) -> Result<Compound<'w, 'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'w, 'a>, Error> {
        self.begin_variant(variant);
        self.serialize_seq(Some(len))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Compound<'w, 'a>, Error> {
        self.open(b'{');
        let first = if len == Some(0) {
            self.close(b'}');
            None
        } else {
            Some(true)
        };
        Ok(Compound { w: self, first })
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Compound<'w, 'a>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'w, 'a>, Error> {
        self.begin_variant(variant);
        self.serialize_map(Some(len))
    }
}

/// The sequence traits, all written as arrays; `$close` ends one.
macro_rules! array_impl {
    ($trait:ident, $method:ident, $close:ident) => {
        impl ser::$trait for Compound<'_, '_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.element(value)
            }
            fn end(self) -> Result<(), Error> {
                self.$close(b']')
            }
        }
    };
}

array_impl!(SerializeSeq, serialize_element, close);
array_impl!(SerializeTuple, serialize_element, close);
array_impl!(SerializeTupleStruct, serialize_field, close);
array_impl!(SerializeTupleVariant, serialize_field, close_variant);

/// The struct traits, written as objects keyed by field name; `$close` ends one.
macro_rules! struct_impl {
    ($trait:ident, $close:ident) => {
        impl ser::$trait for Compound<'_, '_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), Error> {
                self.field_key(key)?;
                self.value(value)
            }
            fn end(self) -> Result<(), Error> {
                self.$close(b'}')
            }
        }
    };
}

struct_impl!(SerializeStruct, close);
struct_impl!(SerializeStructVariant, close_variant);

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.key(key)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.value(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close(b'}')
    }
}

/// Writes an object key: a string, or a number or boolean in quotes (as serde_json
/// does); anything else is an error, as in serde_json.
struct KeyWriter<'w, 'a>(&'w mut Writer<'a>);

impl KeyWriter<'_, '_> {
    fn integer(self, n: impl itoa::Integer) -> Result<(), Error> {
        self.quoted(itoa::Buffer::new().format(n))
    }

    fn quoted(self, text: &str) -> Result<(), Error> {
        self.0.out.push(b'"');
        self.0.out.extend_from_slice(text.as_bytes());
        self.0.out.push(b'"');
        Ok(())
    }
}

fn key_must_be_a_string() -> Error {
    Error("key must be a string".into())
}

impl ser::Serializer for KeyWriter<'_, '_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.0.string(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.0.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.quoted(if v { "true" } else { "false" })
    }
    integer_methods!(integer);
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        if !v.is_finite() {
            return Err(Error("float key must be finite".into()));
        }
        self.quoted(zmij::Buffer::new().format_finite(v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        if !v.is_finite() {
            return Err(Error("float key must be finite".into()));
        }
        self.quoted(zmij::Buffer::new().format_finite(v))
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, v: &'static str) -> Result<(), Error> {
        self.serialize_str(v)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_none(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(key_must_be_a_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pretty(v: &impl Serialize, depth: usize) -> String {
        let mut out = Vec::new();
        pretty_into(v, depth, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn compact(v: &impl Serialize) -> String {
        let mut out = Vec::new();
        compact_into(v, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn same_as_serde_json(v: &impl Serialize) {
        let expected = serde_json::to_string_pretty(v).unwrap();
        assert_eq!(pretty(v, 0), expected);
        assert_eq!(pretty(v, 2), expected.replace('\n', "\n    "));
        assert_eq!(compact(v), serde_json::to_string(v).unwrap());
    }

    #[test]
    fn values_of_every_kind_are_written_as_serde_json_writes_them() {
        same_as_serde_json(&json!({
            "a": [1, {"b": [], "c": {}}, [2, 3], [[]], [{}]],
            "d": {"e": "f\n", "g": null, "h": true, "i": false},
            "j": [], "k": {}, "l": -7, "m": 18446744073709551615u64,
            "n": [0.1, 1.0, -2.5e-300, 1e300, 73.54, 100.0, 0.0, -0.0],
            "o": [[[1]]]
        }));
        same_as_serde_json(&json!([]));
        same_as_serde_json(&json!("plain"));
        same_as_serde_json(&f64::NAN);
        same_as_serde_json(&(1u8, 'x', "y", ()));
        #[derive(serde::Serialize)]
        enum E {
            Unit,
            New(u8),
            Tuple(u8, u8),
            Empty(),
            Struct { a: u8 },
            NoFields {},
        }
        same_as_serde_json(&vec![
            E::Unit,
            E::New(1),
            E::Tuple(1, 2),
            E::Empty(),
            E::Struct { a: 1 },
            E::NoFields {},
        ]);
        let mut by_number = std::collections::BTreeMap::new();
        by_number.insert(3u16, "three");
        by_number.insert(12, "twelve");
        same_as_serde_json(&by_number);
        same_as_serde_json(&serde_bytes_like());
        // Struct fields, the fast path, beside a name that needs escaping; and nesting
        // deeper than one copy of indentation covers.
        #[derive(serde::Serialize)]
        struct Fields {
            plain: u8,
            #[serde(rename = "quote\" and\nnew line")]
            odd: u8,
            nested: serde_json::Value,
        }
        let mut deep = json!({"bottom": [1, "x"]});
        for _ in 0..40 {
            deep = json!({"level": [deep]});
        }
        same_as_serde_json(&Fields {
            plain: 1,
            odd: 2,
            nested: deep,
        });
    }

    fn serde_bytes_like() -> Vec<Option<f32>> {
        vec![Some(1.5), None, Some(f32::INFINITY)]
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        // Every byte that needs escaping, at every position of a machine word, among
        // ASCII and multi-byte text.
        let mut texts = vec![String::new(), "Đạt / Không đạt ≥ 70 %".into()];
        for c in (0u8..0x20).chain([b'"', b'\\', 0x7f, b'/']) {
            for pad in 0..17 {
                let plain = "đ".repeat(pad / 2) + &"a".repeat(pad % 2);
                texts.push(format!("{plain}{}{plain}x", char::from(c)));
                texts.push(format!("{}{}", "b".repeat(pad), char::from(c)));
            }
        }
        for t in &texts {
            same_as_serde_json(t);
        }
        same_as_serde_json(&texts);
    }

    #[test]
    fn map_keys_that_are_not_strings_or_numbers_are_refused() {
        let mut m = std::collections::BTreeMap::new();
        m.insert(vec![1u8], 1);
        assert!(compact_into(&m, &mut Vec::new()).is_err());
        assert!(serde_json::to_string(&m).is_err());
    }
}
