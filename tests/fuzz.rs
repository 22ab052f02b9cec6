//! Fuzzing the import: arbitrary bytes, arbitrary JSON under a Boussole header, and
//! random edits of the current fixture, node by node. The reader never panics, and
//! whatever it accepts is sound: it validates and survives export → import unchanged;
//! whatever it refuses gets a short, clean message in each language (see `common`).
//!
//! Runs 256 cases per target in `cargo test`; for a long run:
//! `PROPTEST_CASES=20000 cargo test --release --test fuzz` (see README).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use boussole::domain::format::export_json;
use boussole::domain::import::read_document;
use boussole::domain::validate::validate_sets;
use chrono::{TimeZone, Utc};
use proptest::prelude::*;
use serde_json::Value;

const FIXTURE: &str = include_str!("fixtures/format-v3.json");

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("JSON has no NaN", |f| f.is_finite())
            .prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
        prop::sample::select(vec![
            "increase",
            "milestone",
            "confident",
            "2027-01-01",
            "2027-01-01T00:00:00Z",
            "o1",
            "standard",
            "custom"
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,12}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every place in a JSON tree, as a path of keys and indexes.
fn paths(value: &Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(at.clone());
    match value {
        Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| {
            at.push(i.to_string());
            paths(v, at, out);
            at.pop();
        }),
        Value::Object(map) => map.iter().for_each(|(k, v)| {
            at.push(k.clone());
            paths(v, at, out);
            at.pop();
        }),
        _ => {}
    }
}

fn node<'a>(root: &'a mut Value, path: &[String]) -> &'a mut Value {
    path.iter().fold(root, |v, key| match v {
        Value::Array(items) => &mut items[key.parse::<usize>().unwrap()],
        Value::Object(map) => map.get_mut(key).unwrap(),
        _ => unreachable!(),
    })
}

/// What the reader accepts is sound: valid, and identical after export → import; what it
/// refuses, it says in each language without quoting more than an excerpt.
fn accepted_is_sound(bytes: &[u8]) -> Result<(), TestCaseError> {
    match read_document(bytes) {
        Ok(sets) => {
            prop_assert!(validate_sets(&sets).is_ok());
            let again =
                read_document(export_json(&sets, Utc.timestamp_opt(0, 0).unwrap()).as_bytes());
            prop_assert_eq!(again.as_ref(), Ok(&sets));
        }
        Err(error) => {
            let checked = common::check_error(&error);
            prop_assert!(checked.is_ok(), "{}", checked.unwrap_err());
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        accepted_is_sound(&bytes)?;
    }

    #[test]
    fn arbitrary_json_under_a_boussole_header(version in 0u64..5, sets in json()) {
        let doc = serde_json::json!({ "format": "boussole", "version": version, "sets": sets });
        accepted_is_sound(doc.to_string().as_bytes())?;
    }

    #[test]
    fn one_node_of_the_fixture_replaced(pick in any::<prop::sample::Index>(), replacement in json(), remove in any::<bool>()) {
        let mut doc: Value = serde_json::from_str(FIXTURE).unwrap();
        let mut all = Vec::new();
        paths(&doc, &mut Vec::new(), &mut all);
        let path = pick.get(&all).clone();
        match (remove, path.split_last()) {
            (true, Some((last, parent))) => match node(&mut doc, parent) {
                Value::Object(map) => { map.remove(last); }
                Value::Array(items) => { items.remove(last.parse::<usize>().unwrap()); }
                _ => {}
            },
            _ => *node(&mut doc, &path) = replacement,
        }
        accepted_is_sound(doc.to_string().as_bytes())?;
    }

    #[test]
    fn the_fixture_text_cut_and_spliced(at in any::<prop::sample::Index>(), insert in "[\\[\\]{}\",:0-9a-z. -]{0,8}", cut in 0usize..12) {
        let starts: Vec<usize> = FIXTURE.char_indices().map(|(i, _)| i).collect();
        let start = *at.get(&starts);
        let end = ((start + cut).min(FIXTURE.len())..=FIXTURE.len()).find(|&e| FIXTURE.is_char_boundary(e)).unwrap();
        let text = format!("{}{}{}", &FIXTURE[..start], insert, &FIXTURE[end..]);
        accepted_is_sound(text.as_bytes())?;
    }
}
