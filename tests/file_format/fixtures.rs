//! The released fixtures load with every field, migrate, and re-export byte for byte.

use super::*;

#[test]
fn fixture_of_format_1_loads_with_every_field() {
    let sets = read(FIXTURE_V1).expect("format 1 fixture must load");
    assert_eq!(sets.len(), 2);
    let pilot = &sets[0];
    assert_eq!(pilot.id, Id::new("f1-set-pilote"));
    assert_eq!(pilot.name, "Pilote OKR — équipe Formation");
    assert_eq!(pilot.vocabulary, Vocabulary::Finalites);
    assert_eq!(
        pilot.cycle.start,
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
    );
    assert_eq!(pilot.revision, 17);
    assert_eq!(pilot.objectives.len(), 2);
    assert_eq!(pilot.key_result_count(), 5);
    let first = &pilot.objectives[0].key_results[0];
    assert_eq!(
        (first.kind, first.baseline, first.target),
        (KrKind::Increase, Some(42.5), Some(75.0))
    );
    let kinds: Vec<_> = pilot
        .objectives
        .iter()
        .flat_map(|o| &o.key_results)
        .map(|k| k.kind)
        .collect();
    assert_eq!(kinds, KrKind::ALL.to_vec());
    match &sets[1].vocabulary {
        Vocabulary::Custom {
            objective,
            key_result,
        } => {
            assert_eq!(objective.singular, "ambition");
            assert_eq!(objective.gender, Gender::Feminine);
            assert_eq!(key_result.short, "R");
        }
        other => panic!("custom vocabulary expected, got {other:?}"),
    }
}

#[test]
fn a_format_1_file_migrates_to_an_empty_why_and_the_default_count_rule() {
    let sets = read(FIXTURE_V1).unwrap();
    assert_eq!(sets[0].why, Why::default());
    assert_eq!(sets[0].count_rule, CountRule::default());
    assert_eq!(sets[0].launch, None);
    assert!(sets[0].objectives.iter().all(|o| o.why.is_empty()));
}

#[test]
fn a_bad_older_file_is_refused_without_a_made_up_position() {
    let bad = FIXTURE_V1.replacen("\"revision\": 17", "\"revision\": \"17\"", 1);
    let error = read(&bad).unwrap_err();
    assert!(
        matches!(error, ReadError::Shape { line: 0, .. }),
        "{error:?}"
    );
    let message = catalogue(Lang::Fr).read_error(&error);
    assert!(
        message.starts_with("Le fichier n’a pas la forme attendue :")
            && !message.contains("ligne 0"),
        "{message}"
    );
}

#[test]
fn fixture_of_format_2_loads_with_every_field() {
    let sets = read(FIXTURE_V2).expect("format 2 fixture must load");
    let v1 = read(FIXTURE_V1).unwrap();
    let pilot = &sets[0];
    assert_eq!(pilot.objectives.len(), v1[0].objectives.len());
    assert!(pilot.why.narrative.starts_with("Dans un an"));
    assert!(
        pilot.why.narrative.contains('\n'),
        "a narrative keeps its line breaks"
    );
    assert_eq!(pilot.why.reasons, vec![Reason::AlignTeam, Reason::Other]);
    assert_eq!(
        pilot.count_rule,
        CountRule {
            max_objectives: 2,
            max_key_results: 2
        }
    );
    assert_eq!(
        pilot.objectives[0].why,
        "Les stagiaires autonomes libèrent le support."
    );
    let launch = pilot.launch.as_ref().expect("launched");
    assert_eq!(launch.reference[0].key_results[0].target, Some(70.0));
    assert_eq!(sets[1].launch, None);
}

#[test]
fn a_format_2_file_migrates_to_a_set_not_yet_followed_up() {
    let sets = read(FIXTURE_V2).unwrap();
    let pilot = &sets[0];
    assert!(pilot
        .objectives
        .iter()
        .flat_map(|o| &o.key_results)
        .all(|k| k.check_ins.is_empty()));
    assert!(pilot
        .launch
        .as_ref()
        .unwrap()
        .reference
        .iter()
        .all(|o| o.retro == Retro::default()));
    assert!(pilot.meetings.is_empty() && pilot.changes.is_empty());
    assert_eq!((pilot.closed, pilot.previous.clone()), (None, None));
}

#[test]
fn fixture_of_format_3_loads_with_every_field() {
    let sets = read(FIXTURE_V3).expect("format 3 fixture must load");
    let v2 = read(FIXTURE_V2).unwrap();
    let pilot = &sets[0];
    assert_eq!(pilot.why, v2[0].why);
    let k1 = &pilot.objectives[0].key_results[0];
    let values: Vec<_> = k1
        .check_ins
        .iter()
        .map(|c| (c.value, c.confidence))
        .collect();
    assert_eq!(
        values,
        vec![
            (48.0, Confidence::Confident),
            (45.5, Confidence::Uncertain),
            (55.0, Confidence::Confident)
        ]
    );
    assert_eq!(k1.check_ins[1].note, "Recul : groupe débutant");
    assert_eq!(
        pilot.objectives[0].key_results[1].check_ins[0].note,
        "Pic de rentrée\nà surveiller"
    );
    assert_eq!(
        pilot.objectives[0].retro.learned,
        "Les groupes débutants ont besoin d’une séance de plus."
    );
    assert_eq!(pilot.meetings[0].to_revisit, vec![Id::new("f1-o2")]);
    assert_eq!(pilot.meetings[0].blocking, "Salle indisponible en février.");
    let change = &pilot.changes[1];
    assert_eq!(
        (change.what, &change.new),
        (
            ChangeKind::KeyResultKind,
            &Some(ChangeValue::Kind(KrKind::StayAbove))
        )
    );
    assert_eq!(pilot.changes[0].old, Some(ChangeValue::Number(70.0)));
    assert_eq!(
        pilot.previous,
        Some(PreviousCycle {
            id: Id::new("f0-set-pilote"),
            name: "Pilote 2025".into()
        })
    );
    assert_eq!(pilot.closed, None);
    assert_eq!(
        sets[1].closed,
        Some(Utc.with_ymd_and_hms(2026, 4, 2, 9, 0, 0).unwrap())
    );
    let link = &pilot.objectives[0].contributes_to[0];
    assert_eq!(
        (
            link.set.as_str(),
            link.objective.as_str(),
            link.objective_title.as_str()
        ),
        ("f0-direction", "d-o2", "Former mieux, plus vite")
    );
    assert_eq!((pilot.reference, sets[1].reference), (false, true));
    assert_eq!(
        (pilot.rituals.check_ins, pilot.rituals.meetings),
        (Some(Rhythm::EveryTwoWeeks), Some(Rhythm::Monthly))
    );
    // A set saved without rituals reads as the defaults and is saved without them.
    assert!(sets[1].rituals.is_unset());
}

#[test]
fn the_current_fixture_re_exports_byte_for_byte() {
    let sets = read(FIXTURE_V3).unwrap();
    let exported_at = Utc.with_ymd_and_hms(2026, 11, 23, 18, 0, 0).unwrap();
    assert_eq!(
        export_json(&sets, exported_at) + "\n",
        FIXTURE_V3,
        "the format changed: add a version and a fixture"
    );
}

#[test]
fn what_is_exported_reads_back_identically() {
    let sets = read(FIXTURE_V3).unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
    let text = export_json(&sets, now);
    assert!(
        text.contains("\n  \"version\": 3"),
        "export is pretty-printed and versioned"
    );
    assert_eq!(read(&text).unwrap(), sets);
    let stored = storage_json(&sets[0]);
    assert!(!stored.contains('\n'), "the stored form is compact");
    assert_eq!(read(&stored).unwrap(), vec![sets[0].clone()]);
}
