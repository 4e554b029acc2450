//! Reading input files without trusting them: only regular files, never more than a
//! cap, and JSON documents that say each thing once.
//!
//! A device (`/dev/zero`), a FIFO or a socket would make a plain read hang or exhaust
//! memory; a document with a repeated key would say two things, of which a plain
//! parser keeps the last. Both are refused here, with the file and the place.

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::cell::RefCell;
use std::fmt;
use std::io::Read;
use std::path::Path;

/// What reading an input may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadLimits {
    /// The largest file read, in bytes.
    pub max_bytes: u64,
}

/// 16 MiB: a commune's dataset is about 10 KB, a district listing its communes by path
/// about the same; even a district with every commune inline stays far below.
pub const DEFAULT_MAX_MIB: u64 = 16;

impl Default for ReadLimits {
    fn default() -> Self {
        ReadLimits {
            max_bytes: DEFAULT_MAX_MIB << 20,
        }
    }
}

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot read the file: {0}")]
    Io(std::io::Error),
    #[error("not a regular file ({0}): only dataset files are read")]
    NotAFile(&'static str),
    #[error(
        "the file is {size} bytes, more than the {} MiB a dataset may have (--max-dataset-mib raises the limit)",
        max_bytes >> 20
    )]
    TooBig { size: u64, max_bytes: u64 },
}

/// The bytes of `path`, when it is a regular file (symlinks followed) of at most
/// `limits.max_bytes`; otherwise why not.
pub fn bounded(path: &Path, limits: ReadLimits) -> Result<Vec<u8>, ReadError> {
    bounded_file(path, limits).map(|(bytes, _)| bytes)
}

/// A file's identity: the same file whatever the path to it (hard links and symlinks
/// included).
pub type FileId = (u64, u64);

/// The identity of the file `meta` describes.
pub fn file_id(meta: &std::fs::Metadata) -> FileId {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino())
}

/// [`bounded`], and the file's identity.
pub fn bounded_file(path: &Path, limits: ReadLimits) -> Result<(Vec<u8>, FileId), ReadError> {
    let meta = std::fs::metadata(path).map_err(ReadError::Io)?;
    bounded_with(path, limits, meta)
}

/// [`bounded_file`] when the file's metadata (symlinks followed) is known already.
pub fn bounded_with(
    path: &Path,
    limits: ReadLimits,
    meta: std::fs::Metadata,
) -> Result<(Vec<u8>, FileId), ReadError> {
    if !meta.is_file() {
        return Err(ReadError::NotAFile(kind_of(&meta)));
    }
    let too_big = |size: u64| ReadError::TooBig {
        size,
        max_bytes: limits.max_bytes,
    };
    if meta.len() > limits.max_bytes {
        return Err(too_big(meta.len()));
    }
    let mut file = std::fs::File::open(path).map_err(ReadError::Io)?;
    // The file may have changed since it was looked at: still never read past the cap.
    // Room for the size seen and one byte more, so that the usual read is the size
    // seen, then the end of the file.
    let cap = usize::try_from(limits.max_bytes).unwrap_or(usize::MAX);
    let mut bytes = vec![
        0u8;
        (meta.len() as usize)
            .saturating_add(1)
            .min(cap.saturating_add(1))
    ];
    let mut filled = 0;
    loop {
        if filled == bytes.len() {
            if filled > cap {
                return Err(too_big(filled as u64));
            }
            bytes.resize(filled.saturating_mul(2).min(cap.saturating_add(1)), 0);
        }
        match file.read(&mut bytes[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(ReadError::Io(e)),
        }
    }
    if filled > cap {
        return Err(too_big(filled as u64));
    }
    bytes.truncate(filled);
    Ok((bytes, file_id(&meta)))
}

/// What a non-regular file is, in words.
pub fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_dir() {
        "a directory"
    } else if t.is_fifo() {
        "a FIFO"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_char_device() {
        "a character device"
    } else if t.is_block_device() {
        "a block device"
    } else {
        "not a regular file"
    }
}

/// A JSON syntax problem or a repeated key, located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseProblem {
    /// JSON pointer of the repeated key ("" for a syntax error).
    pub pointer: String,
    pub message: String,
}

/// `text` as a JSON tree, refusing a key repeated in an object (a plain parser keeps
/// the last one silently) with the key's pointer and line and column.
pub fn parse_unique(text: &str) -> Result<Value, ParseProblem> {
    let repeated = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = Unique {
        at: String::new(),
        repeated: &repeated,
    }
    .deserialize(&mut de)
    .and_then(|v| de.end().map(|()| v));
    parsed.map_err(|e| match repeated.into_inner() {
        Some((pointer, key)) => ParseProblem {
            pointer,
            message: format!(
                "the key `{key}` appears more than once in the same object (line {}, column {}): a document must say each thing once",
                e.line(),
                e.column()
            ),
        },
        None => ParseProblem {
            pointer: String::new(),
            message: format!(
                "not valid JSON (line {}, column {}): {}",
                e.line(),
                e.column(),
                without_position(&e)
            ),
        },
    })
}

/// serde_json's message without the " at line L column C" it appends (the caller
/// says where).
pub(super) fn without_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// A value at pointer `at`; the first repeated key found is recorded in `repeated`.
struct Unique<'r> {
    at: String,
    repeated: &'r RefCell<Option<(String, String)>>,
}

impl<'de> DeserializeSeed<'de> for Unique<'_> {
    type Value = Value;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Unique<'_> {
    type Value = Value;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(Value::from(n))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(Value::from(n))
    }
    fn visit_f64<E>(self, n: f64) -> Result<Value, E> {
        Ok(Value::from(n))
    }
    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_owned()))
    }
    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            let at = format!("{}/{}", self.at, items.len());
            match seq.next_element_seed(Unique {
                at,
                repeated: self.repeated,
            })? {
                Some(v) => items.push(v),
                None => return Ok(Value::Array(items)),
            }
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut members = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let at = format!("{}/{}", self.at, super::escape_pointer(&key));
            if members.contains_key(&key) {
                *self.repeated.borrow_mut() = Some((at, key));
                return Err(de::Error::custom("repeated key"));
            }
            let value = map.next_value_seed(Unique {
                at,
                repeated: self.repeated,
            })?;
            members.insert(key, value);
        }
        Ok(Value::Object(members))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_key_is_refused_with_its_pointer() {
        let e = parse_unique(r#"{"facts": {"a": 1, "b": {"c": 2}, "a": 3}}"#).unwrap_err();
        assert_eq!(e.pointer, "/facts/a");
        assert!(
            e.message.contains("`a` appears more than once"),
            "{}",
            e.message
        );
        let e = parse_unique(r#"{"x": [{"k": 1, "k": 1}]}"#).unwrap_err();
        assert_eq!(e.pointer, "/x/0/k");
        let e = parse_unique(r#"{"a~/b": 1, "a~/b": 2}"#).unwrap_err();
        assert_eq!(e.pointer, "/a~0~1b");
    }

    #[test]
    fn the_same_key_in_different_objects_is_fine() {
        let v = parse_unique(r#"{"a": {"k": 1}, "b": {"k": 2}, "k": [1, 1]}"#).unwrap();
        assert_eq!(v["b"]["k"], 2);
    }

    #[test]
    fn syntax_errors_say_where() {
        let e = parse_unique("{\n  \"a\": 1,\n}").unwrap_err();
        assert_eq!(e.pointer, "");
        assert!(
            e.message.starts_with("not valid JSON (line 3, column 1)"),
            "{}",
            e.message
        );
        let deep = "[".repeat(10_000);
        let e = parse_unique(&deep).unwrap_err();
        assert!(e.message.contains("recursion limit"), "{}", e.message);
    }

    #[test]
    fn devices_and_fifos_are_refused_before_reading() {
        let limits = ReadLimits::default();
        let e = bounded(Path::new("/dev/zero"), limits)
            .unwrap_err()
            .to_string();
        assert!(e.contains("character device"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        let e = bounded(dir.path(), limits).unwrap_err().to_string();
        assert!(e.contains("a directory"), "{e}");
        let big = dir.path().join("big.json");
        std::fs::write(&big, vec![b' '; 2048]).unwrap();
        let e = bounded(&big, ReadLimits { max_bytes: 1024 })
            .unwrap_err()
            .to_string();
        assert!(e.contains("2048 bytes"), "{e}");
        assert_eq!(
            bounded(&big, ReadLimits { max_bytes: 2048 }).unwrap().len(),
            2048
        );
    }
}
