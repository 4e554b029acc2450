//! Results saved by `dtcheck evaluate --format json|ndjson`, read back instead of
//! evaluated again (a country's run takes minutes; its report should not). Streamed:
//! NDJSON line by line, a JSON document locality by locality, so a 500 MB file is
//! never held whole; the localities are handed on in file order, parsed on every core
//! in chunks (as [`super::Plan::run`] hands on its results).

use crate::aggregate::LocalityResult;
use serde::Deserialize;
use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::fmt;
use std::io::BufRead;
use std::path::{Path, PathBuf};

/// The rules a saved result names (its `policy_set`).
#[derive(Debug, Clone, Deserialize)]
pub struct SavedSet {
    pub id: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub decision: String,
    #[serde(default)]
    pub modules: Vec<SavedModule>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SavedModule {
    pub criterion: String,
    pub sha256: String,
}

/// A saved result that cannot be read: where, and what was expected.
#[derive(Debug, thiserror::Error)]
pub enum SavedError {
    #[error("cannot read `{}`: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}:{line}: {message} (expected what `dtcheck evaluate --format json` or `--format ndjson` writes)", path.display())]
    Malformed {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{}: no `policy_set` before the localities (expected the output of `dtcheck evaluate --format json` or `--format ndjson`)", path.display())]
    NoHeader { path: PathBuf },
}

impl SavedError {
    pub fn path(&self) -> &Path {
        match self {
            SavedError::Io { path, .. }
            | SavedError::Malformed { path, .. }
            | SavedError::NoHeader { path } => path,
        }
    }
}

/// Reads the saved results at `path` (`-`: standard input): `header` gets the set they
/// name before any locality, `per` makes something of each locality on a worker, and
/// `each` gets those in file order. The first malformed locality stops the reading.
pub fn read<R: Send>(
    path: &Path,
    header: impl FnOnce(&SavedSet) -> Result<(), crate::Error>,
    per: impl Fn(LocalityResult) -> R + Sync,
    mut each: impl FnMut(R),
) -> Result<SavedSet, crate::Error> {
    let io = |source| SavedError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut input: Box<dyn BufRead> = if path == Path::new("-") {
        Box::new(std::io::BufReader::with_capacity(
            1 << 20,
            std::io::stdin().lock(),
        ))
    } else {
        Box::new(std::io::BufReader::with_capacity(
            1 << 20,
            std::fs::File::open(path).map_err(io)?,
        ))
    };
    let mut first = String::new();
    input.read_line(&mut first).map_err(io)?;
    let malformed = |line: usize, message: String| SavedError::Malformed {
        path: path.to_path_buf(),
        line,
        message,
    };
    // NDJSON: a whole object on the first line.
    #[derive(Deserialize)]
    struct Header {
        policy_set: SavedSet,
    }
    if let Ok(h) = serde_json::from_str::<Header>(first.trim_end()) {
        header(&h.policy_set)?;
        let mut lines = Vec::with_capacity(BATCH);
        let mut number = 1;
        let mut failed = None;
        loop {
            lines.clear();
            while lines.len() < BATCH {
                let mut line = String::new();
                if input.read_line(&mut line).map_err(io)? == 0 {
                    break;
                }
                number += 1;
                if !line.trim().is_empty() {
                    lines.push((number, line));
                }
            }
            if lines.is_empty() {
                break;
            }
            crate::fast::ordered::for_each_chunk_ordered(
                &lines,
                |chunk: &[(usize, String)]| {
                    chunk
                        .iter()
                        .map(|(n, line)| {
                            serde_json::from_str::<LocalityResult>(line)
                                .map(&per)
                                .map_err(|e| (*n, e.to_string()))
                        })
                        .collect()
                },
                |r| match r {
                    Ok(made) if failed.is_none() => each(made),
                    Ok(_) => {}
                    Err(e) => {
                        failed.get_or_insert(e);
                    }
                },
            );
            if let Some((n, message)) = failed {
                return Err(malformed(n, message).into());
            }
        }
        return Ok(h.policy_set);
    }
    // A JSON document: `{"policy_set": …, "localities": [ … ]}`, read as it streams.
    let rest = std::io::Read::chain(std::io::Cursor::new(first.into_bytes()), input);
    let mut de = serde_json::Deserializer::from_reader(rest);
    let mut sink = Sink {
        header: Some(Box::new(header)),
        set: None,
        batch: Vec::with_capacity(BATCH),
        per: &per,
        each: &mut each,
        failed: None,
    };
    let done = (&mut sink).deserialize(&mut de).and_then(|()| de.end());
    if let Some(e) = sink.failed.take() {
        return Err(e);
    }
    done.map_err(|e| malformed(e.line(), e.to_string()))?;
    sink.set.ok_or_else(|| {
        SavedError::NoHeader {
            path: path.to_path_buf(),
        }
        .into()
    })
}

/// How many localities are read before they are handed to the workers.
const BATCH: usize = 512;

type Header<'a> = Box<dyn FnOnce(&SavedSet) -> Result<(), crate::Error> + 'a>;

/// The streaming reader of a JSON document.
struct Sink<'a, R> {
    header: Option<Header<'a>>,
    set: Option<SavedSet>,
    /// Localities waiting for the workers (each taken out by the worker it goes to).
    batch: Vec<std::sync::Mutex<Option<LocalityResult>>>,
    per: &'a (dyn Fn(LocalityResult) -> R + Sync),
    each: &'a mut dyn FnMut(R),
    /// An error of `header`, which stops the reading.
    failed: Option<crate::Error>,
}

impl<R: Send> Sink<'_, R> {
    fn flush(&mut self) {
        let per = self.per;
        crate::fast::ordered::for_each_chunk_ordered(
            &self.batch,
            |chunk: &[std::sync::Mutex<Option<LocalityResult>>]| {
                chunk
                    .iter()
                    .filter_map(|slot| slot.lock().ok().and_then(|mut r| r.take()))
                    .map(per)
                    .collect()
            },
            &mut *self.each,
        );
        self.batch.clear();
    }
}

impl<'de, R: Send> DeserializeSeed<'de> for &mut Sink<'_, R> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, R: Send> Visitor<'de> for &mut Sink<'_, R> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object with `policy_set` and `localities`")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        use serde::de::Error as _;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "policy_set" => {
                    let set: SavedSet = map.next_value()?;
                    if let Some(header) = self.header.take()
                        && let Err(e) = header(&set)
                    {
                        self.failed = Some(e);
                        return Err(A::Error::custom("stopped"));
                    }
                    self.set = Some(set);
                }
                "localities" if self.set.is_none() => {
                    return Err(A::Error::custom("`localities` before `policy_set`"));
                }
                "localities" => map.next_value_seed(Localities(self))?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

/// The `localities` array, handed on in batches.
struct Localities<'s, 'a, R>(&'s mut Sink<'a, R>);

impl<'de, R: Send> DeserializeSeed<'de> for Localities<'_, '_, R> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, R: Send> Visitor<'de> for Localities<'_, '_, R> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of localities")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(r) = seq.next_element::<LocalityResult>()? {
            self.0.batch.push(std::sync::Mutex::new(Some(r)));
            if self.0.batch.len() >= BATCH {
                self.0.flush();
            }
        }
        self.0.flush();
        Ok(())
    }
}
