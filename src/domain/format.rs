//! The Boussole file format. One shape serves exported files and stored sets alike (a
//! stored set is a one-set file), so there is a single reader and a single migration path.
//!
//! Version history:
//! - 1: sets with cycle, vocabulary, objectives and key results.
//! - 2: a set's why (narrative and reasons), count rule and launch; an objective's why.
//! - 3: living OKRs: check-ins on key results, meetings, the change log, the retrospective
//!   of each objective, closing and the link to the previous cycle; alignment: reference
//!   sets and the objectives a team's objective contributes to.

use super::model::OkrSet;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub const FORMAT_NAME: &str = "boussole";
pub const CURRENT_VERSION: u64 = 3;
/// Oldest version this build still reads (and migrates).
pub const OLDEST_VERSION: u64 = 1;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub format: String,
    pub version: u64,
    #[serde(default)]
    pub exported_at: Option<DateTime<Utc>>,
    pub sets: Vec<OkrSet>,
}

/// The writing side borrows the sets, so a save serialises in place without a copy.
#[derive(Serialize)]
struct DocumentRef<'a> {
    format: &'static str,
    version: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    exported_at: Option<DateTime<Utc>>,
    sets: &'a [OkrSet],
}

fn document(sets: &[OkrSet], exported_at: Option<DateTime<Utc>>) -> DocumentRef<'_> {
    DocumentRef {
        format: FORMAT_NAME,
        version: CURRENT_VERSION,
        exported_at,
        sets,
    }
}

/// A file for people: pretty-printed, dated.
pub fn export_json(sets: &[OkrSet], exported_at: DateTime<Utc>) -> String {
    serde_json::to_string_pretty(&document(sets, Some(exported_at)))
        .expect("the model always serialises")
}

/// The stored form of one set: compact, since a save pays for every byte.
pub fn storage_json(set: &OkrSet) -> String {
    serde_json::to_string(&document(std::slice::from_ref(set), None))
        .expect("the model always serialises")
}

/// A migration that cannot lift a document says so, and nothing more: the reader words
/// the refusal (`ReadError::Migration`), so no migration's own text reaches the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MigrationFailed;

/// A migration lifts a document from version N to N + 1, on the untyped tree.
type Migration = fn(Value) -> Result<Value, MigrationFailed>;

/// `MIGRATIONS[i]` lifts version `OLDEST_VERSION + i`.
const MIGRATIONS: &[Migration] = &[v1_to_v2, v2_to_v3];

/// Version 2 adds the why, the count rule and the launch to sets, and a why to objectives,
/// all empty: a version 1 set is a draft with no narrative yet.
fn v1_to_v2(mut doc: Value) -> Result<Value, MigrationFailed> {
    let Some(sets) = doc.get_mut("sets").and_then(Value::as_array_mut) else {
        return Ok(doc);
    };
    for set in sets.iter_mut().filter_map(Value::as_object_mut) {
        set.entry("why").or_insert_with(
            || serde_json::json!({ "narrative": "", "reasons": [], "other_reason": "" }),
        );
        set.entry("count_rule")
            .or_insert_with(|| serde_json::json!({ "max_objectives": 3, "max_key_results": 3 }));
        set.entry("launch").or_insert(Value::Null);
        let objectives = set.get_mut("objectives").and_then(Value::as_array_mut);
        for objective in objectives
            .into_iter()
            .flatten()
            .filter_map(Value::as_object_mut)
        {
            objective.entry("why").or_insert_with(|| Value::from(""));
        }
    }
    Ok(doc)
}

/// Version 3 adds what follows a launch, all empty: a version 2 set has not been followed up.
fn v2_to_v3(mut doc: Value) -> Result<Value, MigrationFailed> {
    let Some(sets) = doc.get_mut("sets").and_then(Value::as_array_mut) else {
        return Ok(doc);
    };
    for set in sets.iter_mut().filter_map(Value::as_object_mut) {
        for key in ["meetings", "changes"] {
            set.entry(key).or_insert_with(|| Value::Array(Vec::new()));
        }
        for key in ["closed", "previous"] {
            set.entry(key).or_insert(Value::Null);
        }
        set.entry("reference").or_insert(Value::Bool(false));
        let objectives = set.get_mut("objectives").and_then(Value::as_array_mut);
        objectives.into_iter().flatten().for_each(objective_v3);
        let reference = set
            .get_mut("launch")
            .and_then(|l| l.get_mut("reference"))
            .and_then(Value::as_array_mut);
        reference.into_iter().flatten().for_each(objective_v3);
    }
    Ok(doc)
}

fn objective_v3(objective: &mut Value) {
    let Some(o) = objective.as_object_mut() else {
        return;
    };
    o.entry("retro")
        .or_insert_with(|| serde_json::json!({ "happened": "", "learned": "", "differently": "" }));
    o.entry("contributes_to")
        .or_insert_with(|| Value::Array(Vec::new()));
    let key_results = o.get_mut("key_results").and_then(Value::as_array_mut);
    for kr in key_results
        .into_iter()
        .flatten()
        .filter_map(Value::as_object_mut)
    {
        kr.entry("check_ins")
            .or_insert_with(|| Value::Array(Vec::new()));
    }
}

/// Brings an older document to the current version.
pub fn migrate(mut doc: Value, from: u64) -> Result<Value, MigrationFailed> {
    debug_assert_eq!(MIGRATIONS.len() as u64, CURRENT_VERSION - OLDEST_VERSION);
    for version in from..CURRENT_VERSION {
        let step = MIGRATIONS[(version - OLDEST_VERSION) as usize];
        doc = step(doc)?;
        doc["version"] = Value::from(version + 1);
    }
    Ok(doc)
}
