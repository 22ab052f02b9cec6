//! Every name saved into users' files and storage, pinned against
//! tests/fixtures/saved-names.json: enum values of the model, the share-point keys, the
//! storage keys and preferences. Each list is walked through an exhaustive `match`, so a
//! new variant does not compile until it is listed, and then fails here until the fixture
//! says what it is saved as; a renamed variant keeps its saved name or fails here.
#![cfg(not(target_arch = "wasm32"))]

use boussole::domain::id::Id;
use boussole::domain::language::Lang;
use boussole::domain::merge::{self, Detail, Item};
use boussole::domain::model::{ChangeKind, ChangeValue, Confidence, Cycle, KrKind, OkrSet, Reason};
use boussole::domain::rituals::{Rhythm, Rituals};
use boussole::domain::vocabulary::{Gender, Preset, Term, Vocabulary};
use boussole::storage::{self, Key, Prefs};
use chrono::{NaiveDate, TimeZone, Utc};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

mod features;

fn fixture() -> Value {
    serde_json::from_str(include_str!("../fixtures/saved-names.json")).expect("fixture is JSON")
}

fn names(key: &str) -> Vec<String> {
    serde_json::from_value(fixture()[key].clone()).unwrap_or_else(|e| panic!("{key}: {e}"))
}

/// Every value from `first`, each giving the next: the `next` functions below are
/// exhaustive matches, so a new variant must be chained in before this compiles.
fn walk<T: Copy>(first: T, next: fn(T) -> Option<T>) -> Vec<T> {
    let mut all = vec![first];
    while let Some(n) = next(*all.last().unwrap()) {
        all.push(n);
    }
    all
}

/// What a unit variant is saved as (a JSON string), and that the name reads back.
fn saved<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(value: &T) -> String {
    let json = serde_json::to_value(value).unwrap();
    let name = json.as_str().expect("saved as a string").to_owned();
    let back: T = serde_json::from_value(json).unwrap();
    assert_eq!(&back, value, "{name} reads back");
    name
}

fn pinned<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(key: &str, all: &[T]) {
    let written: Vec<String> = all.iter().map(saved).collect();
    assert_eq!(written, names(key), "{key}: saved names changed");
}

#[test]
fn model_enums_keep_their_saved_names() {
    use ChangeKind::*;
    pinned(
        "kr_kind",
        &walk(KrKind::Increase, |k| match k {
            KrKind::Increase => Some(KrKind::Decrease),
            KrKind::Decrease => Some(KrKind::StayAbove),
            KrKind::StayAbove => Some(KrKind::StayBelow),
            KrKind::StayBelow => Some(KrKind::Milestone),
            KrKind::Milestone => None,
        }),
    );
    pinned(
        "confidence",
        &walk(Confidence::Confident, |c| match c {
            Confidence::Confident => Some(Confidence::Uncertain),
            Confidence::Uncertain => Some(Confidence::Struggling),
            Confidence::Struggling => None,
        }),
    );
    pinned(
        "reason",
        &walk(Reason::AlignTeam, |r| match r {
            Reason::AlignTeam => Some(Reason::MeasureImpact),
            Reason::MeasureImpact => Some(Reason::LinkStrategy),
            Reason::LinkStrategy => Some(Reason::Other),
            Reason::Other => None,
        }),
    );
    pinned(
        "change_kind",
        &walk(ObjectiveAdded, |k| match k {
            ObjectiveAdded => Some(ObjectiveRemoved),
            ObjectiveRemoved => Some(ObjectiveTitle),
            ObjectiveTitle => Some(ObjectiveWhy),
            ObjectiveWhy => Some(KeyResultAdded),
            KeyResultAdded => Some(KeyResultRemoved),
            KeyResultRemoved => Some(KeyResultTitle),
            KeyResultTitle => Some(KeyResultKind),
            KeyResultKind => Some(Baseline),
            Baseline => Some(Target),
            Target => Some(Unit),
            Unit => None,
        }),
    );
    pinned(
        "gender",
        &walk(Gender::Masculine, |g| match g {
            Gender::Masculine => Some(Gender::Feminine),
            Gender::Feminine => None,
        }),
    );
    pinned(
        "lang",
        &walk(Lang::Fr, |l| match l {
            Lang::Fr => Some(Lang::En),
            Lang::En => None,
        }),
    );
}

#[test]
fn the_app_s_own_keys_agree_with_the_saved_names() {
    // The pickers' keys (form values) are the saved names, so a form never saves another.
    let kinds: Vec<&str> = KrKind::ALL.iter().map(|k| k.key()).collect();
    assert_eq!(kinds, names("kr_kind"));
    let confidences: Vec<&str> = Confidence::ALL.iter().map(|c| c.key()).collect();
    assert_eq!(confidences, names("confidence"));
    let presets: Vec<&str> = Preset::ALL.iter().map(|p| p.key()).collect();
    assert_eq!(presets, names("vocabulary_preset"));
    let reasons: Vec<String> = Reason::ALL.iter().map(saved).collect();
    assert_eq!(reasons, names("reason"));
}

#[test]
fn change_values_and_vocabularies_keep_their_saved_names() {
    let values = walk(0, |i| match i {
        0 => Some(1),
        1 => Some(2),
        _ => None,
    })
    .into_iter()
    .map(|i| match i {
        0 => ChangeValue::Text("x".into()),
        1 => ChangeValue::Number(1.0),
        _ => ChangeValue::Kind(KrKind::Milestone),
    })
    .collect::<Vec<_>>();
    // Exhaustive: a new kind of value must be added above.
    for value in &values {
        match value {
            ChangeValue::Text(_) | ChangeValue::Number(_) | ChangeValue::Kind(_) => {}
        }
    }
    let written: Vec<String> = values
        .iter()
        .map(|v| {
            let json = serde_json::to_value(v).unwrap();
            let object = json.as_object().expect("a tagged value");
            assert_eq!(object.len(), 1);
            object.keys().next().unwrap().clone()
        })
        .collect();
    assert_eq!(written, names("change_value"));

    let term = Term {
        singular: "ambition".into(),
        plural: "ambitions".into(),
        ..Default::default()
    };
    let vocabularies = walk(Preset::Standard, |p| match p {
        Preset::Standard => Some(Preset::Finalites),
        Preset::Finalites => Some(Preset::Goals),
        Preset::Goals => Some(Preset::Custom),
        Preset::Custom => None,
    })
    .into_iter()
    .map(|p| {
        p.vocabulary().unwrap_or(Vocabulary::Custom {
            objective: term.clone(),
            key_result: term.clone(),
        })
    });
    let written: Vec<String> = vocabularies
        .map(|v| {
            let json = serde_json::to_value(&v).unwrap();
            let back: Vocabulary = serde_json::from_value(json.clone()).unwrap();
            assert_eq!(back, v);
            json["preset"].as_str().unwrap().to_owned()
        })
        .collect();
    assert_eq!(written, names("vocabulary_preset"));
}

#[test]
fn share_point_keys_keep_their_saved_names() {
    let details = walk(Detail::Name, |d| match d {
        Detail::Name => Some(Detail::Team),
        Detail::Team => Some(Detail::Cycle),
        Detail::Cycle => Some(Detail::Vocabulary),
        Detail::Vocabulary => Some(Detail::Why),
        Detail::Why => Some(Detail::CountRule),
        Detail::CountRule => Some(Detail::Launch),
        Detail::Launch => Some(Detail::Closed),
        Detail::Closed => Some(Detail::Previous),
        Detail::Previous => Some(Detail::Reference),
        Detail::Reference => Some(Detail::Rituals),
        Detail::Rituals => Some(Detail::Workshop),
        Detail::Workshop => None,
    });
    assert_eq!(
        details,
        Detail::ALL.to_vec(),
        "Detail::ALL lists every detail"
    );
    let keys: Vec<String> = details
        .iter()
        .map(|d| merge::key(&Item::Detail(*d)))
        .collect();
    assert_eq!(keys, names("share_point_details"));

    // What an export notes is what the merge looks up.
    let day = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    let now = Utc.timestamp_opt(0, 0).unwrap();
    let mut set = OkrSet::new(Id::new("s1"), "Pilote", "", Cycle::quarter_from(day), now);
    set.mark_shared();
    let mut noted: Vec<&String> = set.shared.keys().collect();
    let mut expected = names("share_point_details");
    noted.sort();
    expected.sort();
    assert_eq!(noted, expected.iter().collect::<Vec<_>>());

    let items = fixture()["share_point_items"].clone();
    let id = Id::new("x1");
    assert_eq!(merge::key(&Item::Objective(id.clone())), items["objective"]);
    assert_eq!(
        merge::key(&Item::KeyResult(id.clone())),
        items["key_result"]
    );
    assert_eq!(merge::key(&Item::CheckIn(id.clone())), items["check_in"]);
    assert_eq!(merge::key(&Item::Meeting(id)), items["meeting"]);
}
