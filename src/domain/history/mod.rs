//! The history of a set: versions kept at the moments that matter (a launch, check-ins
//! saved, a plan change, and before anything replaces or rewrites the set), each with when
//! and why, so a team can look at "how it was on Monday", compare it with now, and go back.
//!
//! A version is stored compactly (`pool`: items shared between versions are kept once);
//! the history lives beside the set, never inside it, so a save of the set costs what it
//! did. `prune` keeps the history within its share of the browser's storage; `compare`
//! says what differs between a version and now, item by item.

pub mod compare;
pub mod days;
mod pool;
pub mod prune;
#[cfg(test)]
mod tests;

use super::format::{CURRENT_VERSION, FORMAT_NAME};
use super::id::Id;
use super::model::{Change, OkrSet};
use chrono::{DateTime, Utc};
use pool::{Pool, Snap};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// While a set is being edited, a version is kept at most this often (the set as it was
/// before the edits, so a session's end is kept when the next one begins).
pub const EDITING_EVERY_MINUTES: i64 = 60;

/// Whether editing now should keep a version, the last one being kept at `last`. A last
/// version from the future (a clock set back) does not silence the history until then.
pub fn editing_due(last: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
    last.is_none_or(|last| {
        now < last || now - last >= chrono::Duration::minutes(EDITING_EVERY_MINUTES)
    })
}

/// A history, or one of its versions, that no longer reads as what it should be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unreadable;

/// Why a version was kept: what the history list says of it, in the set's words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The cycle was launched: the plan as the team started it.
    Launch,
    /// This many check-ins were just saved.
    CheckIns(u32),
    /// A change of the launched plan was finished: its first entry, and how many more.
    PlanChange { change: Box<Change>, more: u32 },
    /// The set as it was before an import replaced it.
    BeforeImport,
    /// The set as it was before a merge with an imported file.
    BeforeMerge,
    /// The set as it was when the next cycle was started from it.
    BeforeNextCycle,
    /// The set as it was before a version (kept at `of`) was restored over it.
    BeforeRestore { of: DateTime<Utc> },
    /// The set as it was before a closed cycle was reopened.
    BeforeReopen,
    /// The set as it was when editing began, at most once an hour.
    Editing,
}

impl Reason {
    /// A version kept before the set was replaced by a file: the way back from an import
    /// or a merge, kept a while whatever the budget (see `prune`).
    pub fn guards_a_file(&self) -> bool {
        matches!(self, Reason::BeforeImport | Reason::BeforeMerge)
    }
}

/// One kept version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Version {
    /// Its number in this set's history: never reused, so a link to it stays right.
    pub n: u32,
    pub at: DateTime<Utc>,
    #[serde(rename = "why")]
    pub reason: Reason,
    /// The file format its items were written in, for the migration chain.
    #[serde(rename = "v")]
    format: u64,
    #[serde(rename = "set")]
    snap: Snap,
}

impl Version {
    /// How many objectives and key results it holds, without reading it whole.
    pub fn counts(&self) -> (usize, usize) {
        let key_results = self.snap.objectives.iter().map(|(_, k)| k.len()).sum();
        (self.snap.objectives.len(), key_results)
    }

    /// When the set in it was last changed.
    pub fn modified(&self) -> DateTime<Utc> {
        self.snap.modified
    }
}

/// Every kept version of one set, oldest first, and the items they share.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct History {
    pub set: Id,
    versions: Vec<Version>,
    items: Pool,
    /// The version the set's page offers to go back to (the one from before a merge),
    /// until the team keeps the merge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    offer: Option<u32>,
    /// The next version's number.
    next: u32,
}

impl History {
    pub fn new(set: Id) -> History {
        History {
            set,
            versions: Vec::new(),
            items: Pool::default(),
            offer: None,
            next: 1,
        }
    }

    /// Oldest first.
    pub fn versions(&self) -> &[Version] {
        &self.versions
    }

    pub fn latest(&self) -> Option<&Version> {
        self.versions.last()
    }

    pub fn get(&self, n: u32) -> Option<&Version> {
        self.versions.iter().find(|v| v.n == n)
    }

    pub fn offer(&self) -> Option<u32> {
        self.offer.filter(|n| self.get(*n).is_some())
    }

    pub fn set_offer(&mut self, n: Option<u32>) {
        self.offer = n.filter(|n| self.get(*n).is_some());
    }

    /// Keeps the set as it is now; its number. A version kept while editing that holds
    /// exactly the latest one is not kept twice.
    pub fn record(&mut self, set: &OkrSet, reason: Reason, at: DateTime<Utc>) -> u32 {
        let snap = self.items.encode(set);
        if let Some(latest) = self.versions.last() {
            if reason == Reason::Editing && latest.snap == snap {
                return latest.n;
            }
        }
        let n = self.next;
        self.next += 1;
        self.versions.push(Version {
            n,
            at,
            reason,
            format: CURRENT_VERSION,
            snap,
        });
        n
    }

    /// The set exactly as it was kept in version `n`, read through the same reader as a
    /// file (migrated if it was kept by an older build, and checked).
    pub fn version(&self, n: u32) -> Result<OkrSet, Unreadable> {
        let version = self.get(n).ok_or(Unreadable)?;
        let set = self.items.decode(&version.snap)?;
        let document = serde_json::json!({
            "format": FORMAT_NAME,
            "version": version.format,
            "sets": [set],
        });
        let bytes = serde_json::to_vec(&document).map_err(|_| Unreadable)?;
        let mut sets = super::import::read_document(&bytes).map_err(|_| Unreadable)?;
        match sets.pop() {
            Some(set) if sets.is_empty() && set.id == self.set => Ok(set),
            _ => Err(Unreadable),
        }
    }

    /// Version `n` put back over `current`: its content, as a new revision (so other tabs
    /// and copies see that the set moved on), changed now.
    pub fn restore(
        &self,
        n: u32,
        current: &OkrSet,
        now: DateTime<Utc>,
    ) -> Result<OkrSet, Unreadable> {
        let mut set = self.version(n)?;
        set.revision = set.revision.max(current.revision);
        set.touch(now);
        Ok(set)
    }

    /// Removes version `n` and the items only it used.
    pub fn remove(&mut self, n: u32) -> bool {
        let before = self.versions.len();
        self.versions.retain(|v| v.n != n);
        if self.versions.len() == before {
            return false;
        }
        if self.offer == Some(n) {
            self.offer = None;
        }
        let used: BTreeSet<u32> = self.versions.iter().flat_map(|v| v.snap.refs()).collect();
        self.items.keep_only(&used);
        true
    }

    /// The stored text.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a history always serialises")
    }

    /// Reads a stored history, and checks that every version finds its items: a history
    /// that fails is damaged as a whole (it goes to recovery, and the set is untouched).
    pub fn from_json(text: &str) -> Result<History, Unreadable> {
        let history: History = serde_json::from_str(text).map_err(|_| Unreadable)?;
        history.check().map(|()| history)
    }

    fn check(&self) -> Result<(), Unreadable> {
        let mut numbers = BTreeSet::new();
        let items_ok = self.versions.iter().all(|v| {
            numbers.insert(v.n)
                && v.n < self.next
                && v.snap.refs().all(|n| self.items.items.contains_key(&n))
        });
        let next_ok = self.items.items.keys().all(|n| *n < self.items.next);
        (items_ok && next_ok && self.set.is_well_formed())
            .then_some(())
            .ok_or(Unreadable)
    }
}
