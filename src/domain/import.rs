//! Reading a Boussole document (a file or a stored set) and planning its import. Every way a
//! document can be wrong ends in a typed `ReadError`, never a panic; nothing is written
//! until the user has seen the plan and chosen for each clash.

use super::format::{self, Document, CURRENT_VERSION, FORMAT_NAME, OLDEST_VERSION};
use super::id::IdSource;
use super::model::OkrSet;
use super::summary::SetSummary;
use super::validate::{self, Invalid};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::error::Category;

/// Largest file accepted: the browser's whole storage is about this size.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShapeProblem {
    MissingField(String),
    UnknownField(String),
    WrongType { found: String, expected: String },
    UnknownValue(String),
    Other(String),
}

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
    NewerVersion {
        found: u64,
    },
    UnknownVersion {
        found: String,
    },
    Shape {
        line: usize,
        column: usize,
        problem: ShapeProblem,
    },
    Migration(String),
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

fn between_backticks(text: &str) -> String {
    text.split('`').nth(1).unwrap_or_default().to_owned()
}

fn shape_problem(message: &str) -> ShapeProblem {
    let message = message.split(" at line ").next().unwrap_or(message);
    if message.starts_with("missing field") {
        ShapeProblem::MissingField(between_backticks(message))
    } else if message.starts_with("unknown field") {
        ShapeProblem::UnknownField(between_backticks(message))
    } else if message.starts_with("unknown variant") {
        ShapeProblem::UnknownValue(between_backticks(message))
    } else if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        ShapeProblem::WrongType {
            found: found.to_owned(),
            expected: expected.to_owned(),
        }
    } else {
        ShapeProblem::Other(message.chars().take(200).collect())
    }
}

fn json_error(e: serde_json::Error) -> ReadError {
    let (line, column) = (e.line(), e.column());
    match e.classify() {
        Category::Syntax | Category::Eof if e.to_string().starts_with("recursion limit") => {
            ReadError::TooDeep { line, column }
        }
        Category::Syntax | Category::Eof | Category::Io => ReadError::Syntax { line, column },
        Category::Data => ReadError::Shape {
            line,
            column,
            problem: shape_problem(&e.to_string()),
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
    let header: Header = serde_json::from_str(text).map_err(|e| match json_error(e) {
        ReadError::Shape { .. } => ReadError::NotBoussole,
        other => other,
    })?;
    if header.format.as_ref().and_then(|f| f.as_str()) != Some(FORMAT_NAME) {
        return Err(ReadError::NotBoussole);
    }
    let version = match header.version {
        Some(v) => v.as_u64().ok_or_else(|| ReadError::UnknownVersion {
            found: v.to_string(),
        })?,
        None => {
            return Err(ReadError::UnknownVersion {
                found: String::new(),
            })
        }
    };
    if version > CURRENT_VERSION {
        return Err(ReadError::NewerVersion { found: version });
    }
    if version < OLDEST_VERSION {
        return Err(ReadError::UnknownVersion {
            found: version.to_string(),
        });
    }
    let document: Document = if version == CURRENT_VERSION {
        serde_json::from_str(text).map_err(json_error)?
    } else {
        let tree = serde_json::from_str(text).map_err(json_error)?;
        let migrated = format::migrate(tree, version).map_err(ReadError::Migration)?;
        // Read back through the text reader, not `from_value`: one deserializer of the
        // model in the wasm instead of two (about 30 KiB). Old files are small and rare.
        let text =
            serde_json::to_string(&migrated).map_err(|e| ReadError::Migration(e.to_string()))?;
        let document: Document = serde_json::from_str(&text).map_err(|e| match json_error(e) {
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
