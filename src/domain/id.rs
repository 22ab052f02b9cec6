//! Stable identifiers. Ids are opaque strings so that files from any version stay readable;
//! the shell mints them from a random source, tests from a counter.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(String);

/// Longest id a file may carry; generous for ids minted by other versions.
pub const MAX_ID_LEN: usize = 64;

impl Id {
    pub fn new(value: impl Into<String>) -> Self {
        Id(value.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Ids travel in storage keys and URLs, so only a safe alphabet is accepted.
    pub fn is_well_formed(&self) -> bool {
        !self.0.is_empty()
            && self.0.len() <= MAX_ID_LEN
            && self
                .0
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where new ids come from. The shell uses the browser's random source.
pub trait IdSource {
    fn next_id(&mut self) -> Id;
}

/// Deterministic ids for tests and generated data.
#[derive(Default)]
pub struct CountingIds {
    prefix: String,
    next: u64,
}

impl CountingIds {
    pub fn with_prefix(prefix: &str) -> Self {
        CountingIds {
            prefix: prefix.to_owned(),
            next: 0,
        }
    }
}

impl IdSource for CountingIds {
    fn next_id(&mut self) -> Id {
        self.next += 1;
        Id(format!("{}{}", self.prefix, self.next))
    }
}

impl<F: FnMut() -> Id> IdSource for F {
    fn next_id(&mut self) -> Id {
        self()
    }
}
