//! The names of Boussole's entries in localStorage. A prefix keeps them apart from
//! anything else served from the same origin.

use crate::domain::id::Id;

const PREFIX: &str = "boussole:";
pub const PREFS_KEY: &str = "boussole:prefs";
/// When each set was last exported from this browser: id → time.
pub const EXPORTS_KEY: &str = "boussole:exports";
/// What each set's history holds, in short: its stored length, latest version and offer.
pub const HISTORY_INDEX_KEY: &str = "boussole:history-index";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Key {
    Set(Id),
    Meta(Id),
    /// The set as it was before a merge (before issue 16): read once into the history.
    BeforeMerge(Id),
    /// The set's kept versions (`domain::history`).
    History(Id),
    HistoryIndex,
    Prefs,
}

pub fn set_key(id: &Id) -> String {
    format!("{PREFIX}set:{id}")
}

pub fn meta_key(id: &Id) -> String {
    format!("{PREFIX}meta:{id}")
}

pub fn before_merge_key(id: &Id) -> String {
    format!("{PREFIX}before-merge:{id}")
}

pub fn history_key(id: &Id) -> String {
    format!("{PREFIX}history:{id}")
}

impl Key {
    pub fn parse(key: &str) -> Option<Key> {
        let rest = key.strip_prefix(PREFIX)?;
        if rest == "prefs" {
            return Some(Key::Prefs);
        }
        if key == HISTORY_INDEX_KEY {
            return Some(Key::HistoryIndex);
        }
        let (kind, id) = rest.split_once(':')?;
        let id = Id::new(id);
        match kind {
            "set" => Some(Key::Set(id)),
            "meta" => Some(Key::Meta(id)),
            "before-merge" => Some(Key::BeforeMerge(id)),
            "history" => Some(Key::History(id)),
            _ => None,
        }
    }
}
