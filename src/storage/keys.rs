//! The names of Boussole's entries in localStorage. A prefix keeps them apart from
//! anything else served from the same origin.

use crate::domain::id::Id;

const PREFIX: &str = "boussole:";
pub const PREFS_KEY: &str = "boussole:prefs";
/// When each set was last exported from this browser: id → time.
pub const EXPORTS_KEY: &str = "boussole:exports";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Key {
    Set(Id),
    Meta(Id),
    /// The set as it was before a merge, kept until the user keeps the merge.
    BeforeMerge(Id),
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

impl Key {
    pub fn parse(key: &str) -> Option<Key> {
        let rest = key.strip_prefix(PREFIX)?;
        if rest == "prefs" {
            return Some(Key::Prefs);
        }
        let (kind, id) = rest.split_once(':')?;
        let id = Id::new(id);
        match kind {
            "set" => Some(Key::Set(id)),
            "meta" => Some(Key::Meta(id)),
            "before-merge" => Some(Key::BeforeMerge(id)),
            _ => None,
        }
    }
}
