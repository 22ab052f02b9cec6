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

fn fixture() -> Value {
    serde_json::from_str(include_str!("fixtures/saved-names.json")).expect("fixture is JSON")
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

#[test]
fn rituals_keep_their_saved_names() {
    pinned(
        "rhythm",
        &walk(Rhythm::Weekly, |r| match r {
            Rhythm::Weekly => Some(Rhythm::EveryTwoWeeks),
            Rhythm::EveryTwoWeeks => Some(Rhythm::Monthly),
            Rhythm::Monthly => None,
        }),
    );
    let keys: Vec<&str> = Rhythm::ALL.iter().map(|r| r.key()).collect();
    assert_eq!(
        keys,
        names("rhythm"),
        "the picker's values are the saved names"
    );

    // The set's field and its two parts, as a file holds them.
    let fields = fixture()["rituals_fields"].clone();
    let day = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    let now = Utc.timestamp_opt(0, 0).unwrap();
    let mut set = OkrSet::new(Id::new("s1"), "Pilote", "", Cycle::quarter_from(day), now);
    let field = fields["set"].as_str().unwrap();
    let unset = serde_json::to_value(&set).unwrap();
    assert!(
        unset.get(field).is_none(),
        "a set without rituals saves none"
    );
    set.rituals = Rituals {
        check_ins: Some(Rhythm::Monthly),
        meetings: Some(Rhythm::Weekly),
    };
    let json = serde_json::to_value(&set).unwrap();
    let parts: Vec<&String> = json[field].as_object().expect("saved").keys().collect();
    let expected: Vec<String> = serde_json::from_value(fields["parts"].clone()).unwrap();
    assert_eq!(parts, expected.iter().collect::<Vec<_>>());
    assert_eq!(json[field][&expected[0]], "monthly");
    assert_eq!(json[field][&expected[1]], "weekly");
    let back: OkrSet = serde_json::from_value(json).unwrap();
    assert_eq!(back.rituals, set.rituals);
}

#[test]
fn storage_keys_and_preferences_keep_their_saved_names() {
    let keys = fixture()["storage_keys"].clone();
    let id = Id::new("x1");
    assert_eq!(storage::set_key(&id), keys["set"]);
    assert_eq!(storage::meta_key(&id), keys["meta"]);
    assert_eq!(storage::PREFS_KEY, keys["prefs"]);
    assert_eq!(storage::EXPORTS_KEY, keys["exports"]);
    assert_eq!(storage::before_merge_key(&id), keys["before_merge"]);
    assert_eq!(
        Key::parse(keys["before_merge"].as_str().unwrap()),
        Some(Key::BeforeMerge(id.clone()))
    );
    assert_eq!(
        Key::parse(keys["set"].as_str().unwrap()),
        Some(Key::Set(id.clone()))
    );
    assert_eq!(
        Key::parse(keys["meta"].as_str().unwrap()),
        Some(Key::Meta(id))
    );
    assert_eq!(
        Key::parse(keys["prefs"].as_str().unwrap()),
        Some(Key::Prefs)
    );

    let prefs = Prefs {
        lang: Some(Lang::En),
        workshop: true,
    };
    assert_eq!(serde_json::to_value(&prefs).unwrap(), fixture()["prefs"]);
    let back: Prefs = serde_json::from_value(json!({ "lang": "fr" })).unwrap();
    assert_eq!((back.lang, back.workshop), (Some(Lang::Fr), false));
}

/// A set's history in storage: its keys, and the field names of its stored text.
#[test]
fn history_keeps_its_saved_names() {
    use boussole::domain::history::{History, Reason};
    use boussole::domain::model::Launch;
    let keys = fixture()["storage_keys"].clone();
    let id = Id::new("x1");
    assert_eq!(storage::history_key(&id), keys["history"]);
    assert_eq!(storage::HISTORY_INDEX_KEY, keys["history_index"]);
    assert_eq!(
        Key::parse(keys["history"].as_str().unwrap()),
        Some(Key::History(id.clone()))
    );
    assert_eq!(
        Key::parse(keys["history_index"].as_str().unwrap()),
        Some(Key::HistoryIndex)
    );

    let day = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    let now = Utc.timestamp_opt(0, 0).unwrap();
    let mut set = OkrSet::new(id.clone(), "Pilote", "", Cycle::quarter_from(day), now);
    set.launch = Some(Launch {
        at: now,
        reference: Vec::new(),
    });
    set.mark_shared();
    let mut history = History::new(id);
    let n = history.record(&set, Reason::BeforeMerge, now);
    history.set_offer(Some(n));
    let stored: Value = serde_json::from_str(&history.to_json()).unwrap();
    let fields = |v: &Value| -> Vec<String> {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    let pinned = fixture()["history_fields"].clone();
    let pinned = |k: &str| -> Vec<String> { serde_json::from_value(pinned[k].clone()).unwrap() };
    assert_eq!(fields(&stored), pinned("history"));
    assert_eq!(fields(&stored["items"]), pinned("items"));
    let version = &stored["versions"][0];
    assert_eq!(fields(version), pinned("version"));
    assert_eq!(fields(&version["set"]), pinned("version_set"));
    assert_eq!(fields(&version["set"]["x"]), pinned("own_items"));
}

#[test]
fn the_workshop_keeps_its_saved_names() {
    use boussole::domain::workshop::{AgendaItem, FistVote, Idea, Stage, Workshop};
    let stages = walk(Stage::Why, |s| match s {
        Stage::Why => Some(Stage::Ideas),
        Stage::Ideas => Some(Stage::Vote),
        Stage::Vote => Some(Stage::Draft),
        Stage::Draft => Some(Stage::Confidence),
        Stage::Confidence => Some(Stage::Launch),
        Stage::Launch => None,
    });
    assert_eq!(stages, Stage::ALL.to_vec());
    pinned("workshop_stage", &stages);

    let fields = fixture()["workshop_fields"].clone();
    let keys =
        |value: &Value| -> Vec<String> { value.as_object().unwrap().keys().cloned().collect() };
    let listed = |name: &str| -> Vec<String> {
        let mut names: Vec<String> = serde_json::from_value(fields[name].clone()).unwrap();
        names.sort();
        names
    };
    let idea = Idea {
        id: Id::new("i1"),
        text: "Idée".into(),
        votes: 2,
    };
    let workshop = Workshop {
        agenda: Some(vec![AgendaItem {
            id: Id::new("a1"),
            stage: Some(Stage::Why),
            name: "Cap".into(),
            minutes: 5,
        }]),
        ideas: vec![idea.clone()],
        parking: vec![idea],
        confidence: vec![FistVote {
            key_result: Id::new("k1"),
            counts: [1; 6],
        }],
    };
    let day = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    let mut set = OkrSet::new(
        Id::new("s1"),
        "Pilote",
        "",
        Cycle::quarter_from(day),
        Utc.timestamp_opt(0, 0).unwrap(),
    );
    set.workshop = workshop;
    let json = serde_json::to_value(&set).unwrap();
    let saved = &json[fields["set"].as_str().unwrap()];
    assert_eq!(keys(saved), listed("workshop"));
    assert_eq!(keys(&saved["agenda"][0]), listed("agenda_item"));
    assert_eq!(keys(&saved["ideas"][0]), listed("idea"));
    assert_eq!(keys(&saved["parking"][0]), listed("idea"));
    assert_eq!(keys(&saved["confidence"][0]), listed("fist_vote"));
}

/// The keys of a JSON object, sorted.
fn keys_of(value: &Value) -> Vec<String> {
    let mut keys: Vec<String> = value
        .as_object()
        .expect("an object")
        .keys()
        .cloned()
        .collect();
    keys.sort();
    keys
}

#[test]
fn meeting_figures_and_the_rollup_s_summary_keep_their_saved_names() {
    use boussole::domain::meeting_figures::KrFigure;
    use boussole::domain::model::{CheckIn, Contribution, KeyResult, Meeting, Objective};
    use boussole::domain::summary::SetSummary;
    let pins = fixture();
    let day = NaiveDate::from_ymd_opt(2027, 1, 12).unwrap();
    let meeting = Meeting {
        id: Id::new("m1"),
        date: day,
        learned: String::new(),
        to_revisit: Vec::new(),
        adjust: String::new(),
        blocking: String::new(),
        figures: Some(vec![KrFigure {
            key_result: Id::new("k1"),
            value: 36.0,
            measured: day,
            progress: Some(0.5),
        }]),
    };
    let json = serde_json::to_value(&meeting).unwrap();
    let field = pins["meeting_figures"]["field"].as_str().unwrap();
    assert_eq!(
        keys_of(&json[field][0]),
        names_in(&pins["meeting_figures"]["figure"])
    );

    let now = Utc.timestamp_opt(0, 0).unwrap();
    let mut reference = OkrSet::new(
        Id::new("dir"),
        "Direction",
        "",
        Cycle::quarter_from(day),
        now,
    );
    reference.reference = true;
    reference.objectives.push(Objective::new(Id::new("r1")));
    let mut team = OkrSet::new(Id::new("t1"), "Support", "", Cycle::quarter_from(day), now);
    let mut kr = KeyResult::new(Id::new("k1"));
    kr.baseline = Some(0.0);
    kr.target = Some(10.0);
    kr.check_ins.push(CheckIn {
        id: Id::new("c1"),
        date: day,
        value: 5.0,
        confidence: Confidence::Confident,
        note: String::new(),
    });
    let mut objective = Objective::new(Id::new("o1"));
    objective.key_results.push(kr);
    objective.contributes_to.push(Contribution {
        set: Id::new("dir"),
        objective: Id::new("r1"),
        set_name: "Direction".into(),
        objective_title: "Cap".into(),
    });
    team.objectives.push(objective);
    // Pinned in the order: links (a team's), reference_objectives (a reference's).
    let fields: Vec<String> =
        serde_json::from_value(pins["summary_rollup"]["fields"].clone()).unwrap();
    let of_reference = serde_json::to_value(SetSummary::of(&reference)).unwrap();
    let of_team = serde_json::to_value(SetSummary::of(&team)).unwrap();
    assert!(of_team.get(&fields[0]).is_some(), "{of_team}");
    assert!(of_reference.get(&fields[1]).is_some(), "{of_reference}");
    assert_eq!(
        keys_of(&of_team[&fields[0]][0]),
        names_in(&pins["summary_rollup"]["link"])
    );
}

/// A pinned list of names, sorted.
fn names_in(value: &Value) -> Vec<String> {
    let mut names: Vec<String> = serde_json::from_value(value.clone()).unwrap();
    names.sort();
    names
}
