//! Share points: when a copy of a set is exported or imported, each item's fingerprint is
//! noted in the set. Two files that parted from one copy then agree on what it was, so a
//! merge takes an edit made on one side only without asking, and asks only where both
//! sides changed an item (see `merge`).

use super::id::Id;
use super::model::{CheckIn, KeyResult, Meeting, Objective, OkrSet};
use serde::Serialize;

/// A part of the set's details, shared and merged as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Detail {
    Name,
    Team,
    Cycle,
    Vocabulary,
    Why,
    CountRule,
    Launch,
    Closed,
    Previous,
    Reference,
    Rituals,
    Workshop,
}

impl Detail {
    pub const ALL: [Detail; 12] = [
        Detail::Name,
        Detail::Team,
        Detail::Cycle,
        Detail::Vocabulary,
        Detail::Why,
        Detail::CountRule,
        Detail::Launch,
        Detail::Closed,
        Detail::Previous,
        Detail::Reference,
        Detail::Rituals,
        Detail::Workshop,
    ];

    /// The key its share points are saved under, in users' files: written out, never
    /// derived from the variant's name, so renaming a variant cannot orphan them.
    pub fn key(self) -> &'static str {
        match self {
            Detail::Name => "d:Name",
            Detail::Team => "d:Team",
            Detail::Cycle => "d:Cycle",
            Detail::Vocabulary => "d:Vocabulary",
            Detail::Why => "d:Why",
            Detail::CountRule => "d:CountRule",
            Detail::Launch => "d:Launch",
            Detail::Closed => "d:Closed",
            Detail::Previous => "d:Previous",
            Detail::Reference => "d:Reference",
            Detail::Rituals => "d:Rituals",
            Detail::Workshop => "d:Workshop",
        }
    }

    /// The detail's fingerprint in `set`.
    pub(crate) fn print(self, set: &OkrSet) -> u32 {
        match self {
            Detail::Name => fingerprint(&set.name),
            Detail::Team => fingerprint(&set.team),
            Detail::Cycle => fingerprint(&set.cycle),
            Detail::Vocabulary => fingerprint(&set.vocabulary),
            Detail::Why => fingerprint(&set.why),
            Detail::CountRule => fingerprint(&set.count_rule),
            Detail::Launch => fingerprint(&set.launch),
            Detail::Closed => fingerprint(&set.closed),
            Detail::Previous => fingerprint(&set.previous),
            Detail::Reference => fingerprint(&set.reference),
            Detail::Rituals => fingerprint(&set.rituals),
            Detail::Workshop => fingerprint(&set.workshop),
        }
    }
}

/// Keys of items with ids, as saved in users' files: a letter for the kind, then the id.
pub fn objective_key_of(id: &Id) -> String {
    format!("o:{id}")
}
pub fn kr_key_of(id: &Id) -> String {
    format!("k:{id}")
}
pub fn check_in_key_of(id: &Id) -> String {
    format!("c:{id}")
}
pub fn meeting_key_of(id: &Id) -> String {
    format!("m:{id}")
}

/// Fingerprints kept per item: enough for a few rounds of sharing.
pub const HISTORY: usize = 8;

/// FNV-1a over the item's JSON: stable across builds and languages, cheap.
pub fn fingerprint(value: &impl Serialize) -> u32 {
    let text = serde_json::to_string(value).unwrap_or_default();
    text.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// What a key result says apart from its check-ins.
pub fn kr_content(kr: &KeyResult) -> KeyResult {
    KeyResult {
        check_ins: Vec::new(),
        ..kr.clone()
    }
}

/// What an objective says apart from its key results and links.
pub fn objective_content(o: &Objective) -> Objective {
    Objective {
        key_results: Vec::new(),
        contributes_to: Vec::new(),
        ..o.clone()
    }
}

pub fn objective_key(o: &Objective) -> (String, u32) {
    (objective_key_of(&o.id), fingerprint(&objective_content(o)))
}
pub fn kr_key(k: &KeyResult) -> (String, u32) {
    (kr_key_of(&k.id), fingerprint(&kr_content(k)))
}
pub fn check_in_key(c: &CheckIn) -> (String, u32) {
    (check_in_key_of(&c.id), fingerprint(c))
}
pub fn meeting_key(m: &Meeting) -> (String, u32) {
    (meeting_key_of(&m.id), fingerprint(m))
}

/// Every item of the set with its fingerprint: the details one by one, then objectives,
/// key results, check-ins and meetings.
fn items(set: &OkrSet) -> Vec<(String, u32)> {
    let mut out: Vec<(String, u32)> = Detail::ALL
        .iter()
        .map(|d| (d.key().to_owned(), d.print(set)))
        .collect();
    for o in &set.objectives {
        out.push(objective_key(o));
        for k in &o.key_results {
            out.push(kr_key(k));
            out.extend(k.check_ins.iter().map(check_in_key));
        }
    }
    out.extend(set.meetings.iter().map(meeting_key));
    out
}

impl OkrSet {
    /// Notes what every item looks like now, as this copy is shared; false when nothing
    /// was new (the copy needs no saving for it).
    pub fn mark_shared(&mut self) -> bool {
        let mut changed = false;
        for (key, print) in items(self) {
            let history = self.shared.entry(key).or_default();
            if history.last() != Some(&print) {
                history.push(print);
                let over = history.len().saturating_sub(HISTORY);
                history.drain(..over);
                changed = true;
            }
        }
        changed
    }

    /// Whether this copy was shared while `key` looked like `print`.
    pub fn was_shared_as(&self, key: &str, print: u32) -> bool {
        self.shared.get(key).is_some_and(|h| h.contains(&print))
    }

    pub fn knew(&self, key: &str) -> bool {
        self.shared.contains_key(key)
    }
}
