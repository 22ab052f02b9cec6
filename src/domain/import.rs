//! Reading a Boussole document (a file or a stored set) and planning its import. Every way a
//! document can be wrong ends in a typed `ReadError`, never a panic; nothing is written
//! until the user has seen the plan and chosen for each clash.

use super::format::{self, Document, CURRENT_VERSION, FORMAT_NAME, OLDEST_VERSION};
use super::id::IdSource;
use super::model::OkrSet;
use super::shape::{self, Expected, Found};
use super::summary::SetSummary;
use super::validate::{self, Invalid};
use super::visible::Excerpt;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::error::Category;

pub use super::shape::ShapeProblem;

/// Largest file accepted: the browser's whole storage is about this size.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    NotText,
    Syntax {
        line: usize,
        column: usize,
    },
    TooDeep {
        line: usize,
        column: usize,
    },
    NotBoussole,
    /// A number too large for any reader (1e400): the JSON reader itself refuses it.
    NumberTooLarge {
        line: usize,
        column: usize,
    },
    NewerVersion {
        found: u64,
    },
    UnknownVersion {
        found: Excerpt,
    },
    Shape {
        line: usize,
        column: usize,
        problem: ShapeProblem,
    },
    /// An older file that its migration could not lift to the current version.
    Migration {
        from: u64,
    },
    NoSets,
    Invalid(Invalid),
}

/// The first pass reads only the header, so a wrong or newer file is refused before the
/// shape of its content is judged.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<serde_json::Value>,
    #[serde(default)]
    version: Option<serde_json::Value>,
}

/// The JSON string that ends where serde stopped (`line`, `column` count from 1; the column
/// in bytes), for messages about a value whose text serde does not repeat (a date).
fn string_before(text: &str, line: usize, column: usize) -> Excerpt {
    let Some(before) = text
        .lines()
        .nth(line.wrapping_sub(1))
        .and_then(|l| l.get(..column))
    else {
        return Excerpt::default();
    };
    let Some(body) = before.trim_end().strip_suffix('"') else {
        return Excerpt::default();
    };
    body.rfind('"')
        .map_or_else(Excerpt::default, |start| Excerpt::of(&body[start + 1..]))
}

/// The value that starts at `line`, `column` (from 1; the column in bytes), by its first
/// character: what serde_json found where it wanted a name.
fn value_at(text: &str, line: usize, column: usize) -> Found {
    let rest = text
        .lines()
        .nth(line.wrapping_sub(1))
        .and_then(|l| l.get(column.saturating_sub(1)..))
        .unwrap_or_default();
    let token: String = rest
        .chars()
        .take_while(|c| !matches!(c, ',' | ']' | '}') && !c.is_whitespace())
        .collect();
    match rest.chars().next() {
        Some('{') => Found::Object,
        Some('[') => Found::List,
        Some('n') => Found::Null,
        Some('t' | 'f') => Found::TrueFalse(token == "true"),
        Some('-' | '0'..='9') => Found::Number(Excerpt::of(&token)),
        _ => Found::Other,
    }
}

/// Reads the whole document. The header pass has read all of `text` as JSON by then, so
/// "expected value" here is serde_json's way of saying a name was expected (`"kind": 5`).
fn read_typed(text: &str) -> Result<Document, ReadError> {
    serde_json::from_str(text).map_err(|e| {
        let name_expected = e.classify() == Category::Syntax && message_of(&e) == "expected value";
        match json_error(e, text) {
            ReadError::Syntax { line, column } if name_expected => ReadError::Shape {
                line,
                column,
                problem: ShapeProblem::WrongType {
                    found: value_at(text, line, column),
                    expected: Expected::Name,
                },
            },
            other => other,
        }
    })
}

/// serde's message without the position serde_json appends to it.
fn message_of(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let position = format!(" at line {} column {}", e.line(), e.column());
    text.strip_suffix(&position).unwrap_or(&text).to_owned()
}

/// `text` is the document serde read, to find the value a message is about.
fn json_error(e: serde_json::Error, text: &str) -> ReadError {
    let (line, column) = (e.line(), e.column());
    let message = message_of(&e);
    match e.classify() {
        Category::Syntax | Category::Eof if message.starts_with("recursion limit") => {
            ReadError::TooDeep { line, column }
        }
        Category::Syntax if message == "number out of range" => {
            ReadError::NumberTooLarge { line, column }
        }
        Category::Syntax | Category::Eof | Category::Io => ReadError::Syntax { line, column },
        Category::Data => ReadError::Shape {
            line,
            column,
            problem: shape::shape_problem(&message, string_before(text, line, column)),
        },
    }
}

/// Turns raw bytes into valid, current-version sets.
pub fn read_document(bytes: &[u8]) -> Result<Vec<OkrSet>, ReadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ReadError::NotText)?;
    if text.contains('\0') {
        return Err(ReadError::NotText);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    let header: Header = serde_json::from_str(text).map_err(|e| match json_error(e, text) {
        ReadError::Shape { .. } => ReadError::NotBoussole,
        other => other,
    })?;
    if header.format.as_ref().and_then(|f| f.as_str()) != Some(FORMAT_NAME) {
        return Err(ReadError::NotBoussole);
    }
    let version = match header.version {
        Some(v) => v.as_u64().ok_or_else(|| ReadError::UnknownVersion {
            found: Excerpt::of(&v.to_string()),
        })?,
        None => {
            return Err(ReadError::UnknownVersion {
                found: Excerpt::default(),
            })
        }
    };
    if version > CURRENT_VERSION {
        return Err(ReadError::NewerVersion { found: version });
    }
    if version < OLDEST_VERSION {
        return Err(ReadError::UnknownVersion {
            found: Excerpt::of(&version.to_string()),
        });
    }
    let document: Document = if version == CURRENT_VERSION {
        read_typed(text)?
    } else {
        let tree = serde_json::from_str(text).map_err(|e| json_error(e, text))?;
        let failed = |_| ReadError::Migration { from: version };
        let migrated = format::migrate(tree, version).map_err(failed)?;
        // Read back through the text reader, not `from_value`: one deserializer of the
        // model in the wasm instead of two (about 30 KiB). Old files are small and rare.
        let text =
            serde_json::to_string(&migrated).map_err(|_| ReadError::Migration { from: version })?;
        let document: Document = read_typed(&text).map_err(|e| match e {
            // A position in the migrated text would point nowhere in the user's file.
            ReadError::Shape { problem, .. } => ReadError::Shape {
                line: 0,
                column: 0,
                problem,
            },
            other => other,
        })?;
        document
    };
    if document.sets.is_empty() {
        return Err(ReadError::NoSets);
    }
    validate::validate_sets(&document.sets).map_err(ReadError::Invalid)?;
    Ok(document.sets)
}

/// What the user decides for an imported set whose id is already in the workspace.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Resolution {
    Replace,
    /// The import becomes a separate copy; the safe default.
    #[default]
    KeepBoth,
    Skip,
    /// Both versions, merged item by item after a side-by-side review (see `merge`).
    Merge,
}

/// One set of the file, as the preview shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub set: OkrSet,
    /// The local set with the same id, if any.
    pub clash: Option<SetSummary>,
}

impl Candidate {
    /// A clash whose two sides are at the same revision and time holds nothing new.
    pub fn same_as_local(&self) -> bool {
        self.clash
            .as_ref()
            .is_some_and(|l| l.revision == self.set.revision && l.modified == self.set.modified)
    }
}

pub fn plan_import(sets: Vec<OkrSet>, local: &[SetSummary]) -> Vec<Candidate> {
    sets.into_iter()
        .map(|set| {
            let clash = local.iter().find(|l| l.id == set.id).cloned();
            Candidate { set, clash }
        })
        .collect()
}

/// The sets to write, once the user chose. `resolutions` pairs with `candidates`; a set
/// without a clash is always added. A kept copy gets fresh ids and a name saying so.
pub fn apply_import(
    candidates: &[Candidate],
    resolutions: &[Resolution],
    ids: &mut impl IdSource,
    copy_name: impl Fn(&str) -> String,
    now: DateTime<Utc>,
) -> Vec<OkrSet> {
    candidates
        .iter()
        .zip(
            resolutions
                .iter()
                .copied()
                .chain(std::iter::repeat(Resolution::default())),
        )
        .filter_map(|(c, resolution)| match (&c.clash, resolution) {
            (None, _) => Some(c.set.clone()),
            // A merge is written by the review that follows, not here.
            (Some(_), Resolution::Skip | Resolution::Merge) => None,
            (Some(local), Resolution::Replace) => {
                let mut set = c.set.clone();
                set.revision = set.revision.max(local.revision) + 1;
                Some(set)
            }
            (Some(_), Resolution::KeepBoth) => {
                Some(c.set.duplicate(ids, &copy_name(&c.set.name), now))
            }
        })
        .collect()
}
