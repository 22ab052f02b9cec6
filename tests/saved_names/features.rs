//! The saved names of the features added since the first plan: rituals, storage keys and
//! preferences, the history, the workshop, meeting figures and the rollup's summary.

use super::*;

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
