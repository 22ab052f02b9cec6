//! How a version is kept small: the set is cut into items (its details, each objective,
//! key result, check-in, meeting and log entry, the launch and the share points), each
//! item is stored once in a pool however many versions hold it, and a version is the list
//! of its items' numbers. A week of check-ins thus costs the new check-ins and a line of
//! numbers, not another copy of the set.
//!
//! The cut is made on the set's JSON, not on its Rust fields: a field added to the model
//! later travels inside its item without this file knowing of it, so no version loses it.

use super::Unreadable;
use crate::domain::model::OkrSet;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Top-level fields kept as items of their own: large, and changing seldom.
const OWN_ITEMS: [&str; 2] = ["launch", "shared"];

/// Numbers of items, written in runs: "1-4" for 1, 2, 3, 4 and "10-37:9" for 10, 19, 28,
/// 37 (each week adds one check-in to every key result, so a key result's check-ins are
/// numbered at a steady step).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Refs(pub Vec<u32>);

/// More numbers than this in one list is no list Boussole wrote.
const MAX_REFS: usize = 100_000;

impl Refs {
    fn text(&self) -> String {
        let list = &self.0;
        let mut parts: Vec<String> = Vec::new();
        let mut i = 0;
        while i < list.len() {
            let start = list[i];
            let step = list.get(i + 1).and_then(|next| next.checked_sub(start));
            let mut end = i;
            if let Some(step) = step.filter(|s| *s > 0) {
                while end + 1 < list.len() && list[end].checked_add(step) == Some(list[end + 1]) {
                    end += 1;
                }
            }
            // A run of two with a step is no shorter written as a run.
            if end == i || (end == i + 1 && list[end] - start != 1) {
                parts.push(start.to_string());
                i += 1;
                continue;
            }
            let step = list[i + 1] - start;
            parts.push(if step == 1 {
                format!("{start}-{}", list[end])
            } else {
                format!("{start}-{}:{step}", list[end])
            });
            i = end + 1;
        }
        parts.join(",")
    }

    fn parse(text: &str) -> Option<Refs> {
        let mut out = Vec::new();
        for part in text.split(',').filter(|p| !p.is_empty()) {
            let (range, step) = part.split_once(':').unwrap_or((part, "1"));
            let (a, b) = range.split_once('-').unwrap_or((range, range));
            let (a, b, step): (u32, u32, u32) =
                (a.parse().ok()?, b.parse().ok()?, step.parse().ok()?);
            if b < a || step == 0 || (b - a) % step != 0 {
                return None;
            }
            if out.len() + ((b - a) / step) as usize >= MAX_REFS {
                return None;
            }
            out.extend((a..=b).step_by(step as usize));
        }
        Some(Refs(out))
    }
}

impl Serialize for Refs {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text())
    }
}

impl<'de> Deserialize<'de> for Refs {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Refs, D::Error> {
        let text = String::deserialize(d)?;
        Refs::parse(&text).ok_or_else(|| serde::de::Error::custom("not a list of numbers"))
    }
}

/// One version of the set, as numbers of items in the pool.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Snap {
    /// The set's own fields (name, team, cycle, why…), without what follows.
    #[serde(rename = "s")]
    pub shell: u32,
    /// Each objective, with each key result and its check-ins.
    #[serde(rename = "o")]
    pub objectives: Vec<(u32, Vec<(u32, Refs)>)>,
    #[serde(rename = "m")]
    pub meetings: Refs,
    #[serde(rename = "c")]
    pub changes: Refs,
    /// `OWN_ITEMS` present in the set, by field name.
    #[serde(rename = "x", default, skip_serializing_if = "BTreeMap::is_empty")]
    pub own: BTreeMap<String, u32>,
    /// Moved by every edit: kept in the version itself rather than in a new item.
    pub modified: DateTime<Utc>,
    pub revision: u64,
}

impl Snap {
    /// Every item number the version uses.
    pub fn refs(&self) -> impl Iterator<Item = u32> + '_ {
        let objectives = self.objectives.iter().flat_map(|(o, krs)| {
            std::iter::once(*o).chain(
                krs.iter()
                    .flat_map(|(k, c)| std::iter::once(*k).chain(c.0.iter().copied())),
            )
        });
        std::iter::once(self.shell)
            .chain(objectives)
            .chain(self.meetings.0.iter().copied())
            .chain(self.changes.0.iter().copied())
            .chain(self.own.values().copied())
    }
}

/// Items by number.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Pool {
    pub items: BTreeMap<u32, Value>,
    /// The next free number: numbers are never reused, so a number names one item forever.
    pub next: u32,
}

/// Adds items to the pool, finding those it already holds by their text.
struct Interner<'a> {
    pool: &'a mut Pool,
    known: HashMap<String, u32>,
}

impl Interner<'_> {
    fn intern(&mut self, value: Value) -> u32 {
        let text = value.to_string();
        if let Some(n) = self.known.get(&text) {
            return *n;
        }
        let n = self.pool.next;
        self.pool.next += 1;
        self.pool.items.insert(n, value);
        self.known.insert(text, n);
        n
    }

    fn list(&mut self, values: Vec<Value>) -> Refs {
        Refs(values.into_iter().map(|v| self.intern(v)).collect())
    }
}

fn take_list(map: &mut Map<String, Value>, field: &str) -> Vec<Value> {
    match map.remove(field) {
        Some(Value::Array(list)) => list,
        _ => Vec::new(),
    }
}

fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

impl Pool {
    /// The set as a version: its items added to the pool where they are new.
    pub fn encode(&mut self, set: &OkrSet) -> Snap {
        let known = self
            .items
            .iter()
            .map(|(n, v)| (v.to_string(), *n))
            .collect();
        let mut pool = Interner { pool: self, known };
        let mut map = object(serde_json::to_value(set).expect("the model always serialises"));
        for field in ["modified", "revision"] {
            map.remove(field);
        }
        let objectives = take_list(&mut map, "objectives")
            .into_iter()
            .map(|o| {
                let mut o = object(o);
                let key_results = take_list(&mut o, "key_results")
                    .into_iter()
                    .map(|k| {
                        let mut k = object(k);
                        let check_ins = pool.list(take_list(&mut k, "check_ins"));
                        (pool.intern(Value::Object(k)), check_ins)
                    })
                    .collect();
                (pool.intern(Value::Object(o)), key_results)
            })
            .collect();
        let meetings = pool.list(take_list(&mut map, "meetings"));
        let changes = pool.list(take_list(&mut map, "changes"));
        let own = OWN_ITEMS
            .iter()
            .filter_map(|f| map.remove(*f).map(|v| (f.to_string(), pool.intern(v))))
            .collect();
        Snap {
            shell: pool.intern(Value::Object(map)),
            objectives,
            meetings,
            changes,
            own,
            modified: set.modified,
            revision: set.revision,
        }
    }

    fn item(&self, n: u32) -> Result<Value, Unreadable> {
        self.items.get(&n).cloned().ok_or(Unreadable)
    }

    fn items(&self, refs: &Refs) -> Result<Vec<Value>, Unreadable> {
        refs.0.iter().map(|n| self.item(*n)).collect()
    }

    /// The set's JSON as it was saved in the version (not yet read as a set).
    pub fn decode(&self, snap: &Snap) -> Result<Value, Unreadable> {
        let with = |n: u32, field: &str, list: Vec<Value>| -> Result<Value, Unreadable> {
            let Value::Object(mut map) = self.item(n)? else {
                return Err(Unreadable);
            };
            map.insert(field.to_owned(), Value::Array(list));
            Ok(Value::Object(map))
        };
        let mut objectives = Vec::with_capacity(snap.objectives.len());
        for (o, krs) in &snap.objectives {
            let key_results = krs
                .iter()
                .map(|(k, c)| with(*k, "check_ins", self.items(c)?))
                .collect::<Result<Vec<_>, _>>()?;
            objectives.push(with(*o, "key_results", key_results)?);
        }
        let Value::Object(mut map) = with(snap.shell, "objectives", objectives)? else {
            return Err(Unreadable);
        };
        map.insert("meetings".into(), Value::Array(self.items(&snap.meetings)?));
        map.insert("changes".into(), Value::Array(self.items(&snap.changes)?));
        for (field, n) in &snap.own {
            map.insert(field.clone(), self.item(*n)?);
        }
        map.insert(
            "modified".into(),
            serde_json::to_value(snap.modified).map_err(|_| Unreadable)?,
        );
        map.insert("revision".into(), Value::from(snap.revision));
        Ok(Value::Object(map))
    }

    /// Lets go of the items no version uses any more.
    pub fn keep_only(&mut self, used: &BTreeSet<u32>) {
        self.items.retain(|n, _| used.contains(n));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_numbers_read_back() {
        for list in [
            vec![],
            vec![3],
            vec![1, 2, 3, 7, 9, 10],
            vec![5, 4, 4, u32::MAX],
            vec![10, 19, 28, 37, 38, 40],
            vec![u32::MAX - 1, u32::MAX, 0],
        ] {
            let refs = Refs(list.clone());
            assert_eq!(Refs::parse(&refs.text()), Some(Refs(list)));
        }
        assert_eq!(Refs(vec![1, 2, 3, 7, 9, 10]).text(), "1-3,7,9-10");
        assert_eq!(Refs(vec![10, 19, 28, 37, 38, 40]).text(), "10-37:9,38,40");
        for bad in [
            "a",
            "3-1",
            "1-",
            "-",
            "0-4000000000",
            "1,,x",
            "1-9:0",
            "1-9:3",
        ] {
            assert_eq!(Refs::parse(bad), None, "{bad}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_list_of_numbers_reads_back(list in proptest::collection::vec(0u32..64, 0..40)) {
            let refs = Refs(list);
            proptest::prop_assert_eq!(Refs::parse(&refs.text()), Some(refs));
        }
    }
}
