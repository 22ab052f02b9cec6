//! Any set the model allows goes through export and import unchanged (property tests).

use super::*;

fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>().prop_map(|c| if c.is_control() || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') { 'x' } else { c }), 0..max)
        .prop_map(|chars| chars.into_iter().collect())
}

fn number() -> impl Strategy<Value = Option<f64>> {
    proptest::option::of(-1e12..1e12f64)
}

fn check_ins(n: usize, milestone: bool) -> impl Strategy<Value = Vec<CheckIn>> {
    let one = (
        0u64..60_000,
        -1e12..1e12f64,
        prop::sample::select(Confidence::ALL.to_vec()),
        text(30),
    );
    proptest::collection::vec(one, 0..4).prop_map(move |entries| {
        let mut list: Vec<CheckIn> = entries
            .into_iter()
            .enumerate()
            .map(|(i, (day, value, confidence, note))| CheckIn {
                id: Id::new(format!("c{n}-{i}")),
                date: NaiveDate::from_ymd_opt(1970, 1, 1).unwrap() + chrono::Days::new(day),
                value: if milestone {
                    (value > 0.0) as u8 as f64
                } else {
                    value
                },
                confidence,
                note,
            })
            .collect();
        list.sort_by_key(|c| c.date);
        list
    })
}

fn key_result(n: usize) -> impl Strategy<Value = KeyResult> {
    (
        text(60),
        prop::sample::select(KrKind::ALL.to_vec()),
        number(),
        number(),
        text(8),
    )
        .prop_flat_map(move |(title, kind, baseline, target, unit)| {
            check_ins(n, kind == KrKind::Milestone).prop_map(move |check_ins| KeyResult {
                id: Id::new(format!("k{n}")),
                title: title.clone(),
                kind,
                baseline,
                target,
                unit: unit.clone(),
                check_ins,
            })
        })
}

fn objective(n: usize) -> impl Strategy<Value = Objective> {
    (text(80), proptest::collection::vec(0..1usize, 0..4)).prop_flat_map(move |(title, krs)| {
        let krs: Vec<_> = (0..krs.len()).map(|i| key_result(n * 100 + i)).collect();
        krs.prop_map(move |key_results| Objective {
            id: Id::new(format!("o{n}")),
            title: title.clone(),
            why: title.chars().rev().collect(),
            key_results,
            retro: Retro {
                happened: title.clone(),
                learned: String::new(),
                differently: "ⓓ".into(),
            },
            contributes_to: n
                .is_multiple_of(2)
                .then(|| Contribution {
                    set: Id::new("ref"),
                    objective: Id::new(format!("r{n}")),
                    set_name: title.clone(),
                    objective_title: title.clone(),
                })
                .into_iter()
                .collect(),
        })
    })
}

fn word() -> impl Strategy<Value = String> {
    text(20).prop_filter("a word", |s| !is_blank(s))
}

fn term() -> impl Strategy<Value = Term> {
    (word(), word(), any::<bool>(), any::<bool>(), text(4)).prop_map(|(s, p, f, v, short)| Term {
        singular: s,
        plural: p,
        gender: if f {
            Gender::Feminine
        } else {
            Gender::Masculine
        },
        vowel_sound: v,
        short,
    })
}

fn vocabulary() -> impl Strategy<Value = Vocabulary> {
    prop_oneof![
        Just(Vocabulary::Standard),
        Just(Vocabulary::Finalites),
        Just(Vocabulary::Goals),
        (term(), term()).prop_map(|(objective, key_result)| Vocabulary::Custom {
            objective,
            key_result
        }),
    ]
}

fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    (0i64..4_000_000_000, 0u32..1_000_000_000).prop_map(|(s, n)| Utc.timestamp_opt(s, n).unwrap())
}

fn set(n: usize) -> impl Strategy<Value = OkrSet> {
    (
        text(40).prop_filter("named", |s| !is_blank(s)),
        text(40),
        (0i64..80_000, 0u64..400),
        vocabulary(),
        proptest::collection::vec(0..1usize, 0..4),
        instant(),
        instant(),
        1u64..u64::MAX / 2,
    )
        .prop_flat_map(
            move |(
                name,
                team,
                (start, days),
                vocabulary,
                objectives,
                created,
                modified,
                revision,
            )| {
                let objectives: Vec<_> = (0..objectives.len())
                    .map(|i| objective(n * 100 + i))
                    .collect();
                objectives.prop_map(move |objectives| {
                    let start = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap()
                        + chrono::Days::new(start as u64);
                    OkrSet {
                        id: Id::new(format!("s{n}")),
                        name: name.clone(),
                        team: team.clone(),
                        cycle: Cycle {
                            start,
                            end: start + chrono::Days::new(days),
                        },
                        vocabulary: vocabulary.clone(),
                        why: Why {
                            narrative: format!("{}\n\n{}", name, team),
                            reasons: Reason::ALL[..(revision % 5) as usize].to_vec(),
                            other_reason: team.clone(),
                        },
                        count_rule: CountRule {
                            max_objectives: 1 + (revision % 10) as u32,
                            max_key_results: 2,
                        },
                        launch: (revision % 2 == 0).then(|| Launch {
                            at: created,
                            reference: objectives.clone(),
                        }),
                        meetings: (0..(revision % 3) as usize)
                            .map(|i| Meeting {
                                id: Id::new(format!("m{n}-{i}")),
                                date: start,
                                learned: name.clone(),
                                to_revisit: objectives
                                    .iter()
                                    .take(i)
                                    .map(|o| o.id.clone())
                                    .collect(),
                                adjust: team.clone(),
                                blocking: String::new(),
                                // Figures of its day on every other meeting (the others read
                                // as meetings saved before figures were noted).
                                figures: (i % 2 == 1).then(|| {
                                    boussole::domain::meeting_figures::figures_on(
                                        &objectives,
                                        start + chrono::Days::new(days),
                                    )
                                }),
                            })
                            .collect(),
                        changes: objectives
                            .iter()
                            .map(|o| Change {
                                at: modified,
                                subject: o.title.clone(),
                                what: ChangeKind::Target,
                                old: Some(ChangeValue::Number(revision as f64 % 1e12)),
                                new: Some(ChangeValue::Kind(KrKind::Decrease)),
                                reason: team.clone(),
                            })
                            .collect(),
                        closed: (revision % 4 == 0).then_some(modified),
                        previous: (revision % 3 == 0).then(|| PreviousCycle {
                            id: Id::new("prev-1"),
                            name: name.clone(),
                        }),
                        reference: revision % 5 == 0,
                        shared: Default::default(),
                        rituals: Rituals {
                            check_ins: [None, Some(Rhythm::Weekly), Some(Rhythm::Monthly)]
                                [(revision % 3) as usize],
                            meetings: [None, Some(Rhythm::EveryTwoWeeks)][(revision % 2) as usize],
                        },
                        workshop: workshop(n, &name, revision, &objectives),
                        objectives,
                        created,
                        modified,
                        revision,
                    }
                })
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn export_then_import_is_the_identity(sets in (1usize..4).prop_flat_map(|n| (0..n).map(set).collect::<Vec<_>>())) {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
        let back = read(&export_json(&sets, now)).expect("an export always reads back");
        prop_assert_eq!(&back, &sets);
        for set in &sets {
            prop_assert_eq!(read(&storage_json(set)).expect("a stored set reads back"), vec![set.clone()]);
        }
    }

    #[test]
    fn no_input_makes_the_reader_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = read_document(&bytes);
    }

    #[test]
    fn no_edit_of_a_valid_file_makes_the_reader_panic(at in 0usize..2000, insert in "[\\[\\]{}\",:0-9a-z ]{0,6}", cut in 0usize..6) {
        let at = FIXTURE_V1.char_indices().map(|(i, _)| i).nth(at % FIXTURE_V1.chars().count()).unwrap_or(0);
        let end = (at + cut).min(FIXTURE_V1.len());
        let end = (end..=FIXTURE_V1.len()).find(|&e| FIXTURE_V1.is_char_boundary(e)).unwrap();
        let text = format!("{}{}{}", &FIXTURE_V1[..at], insert, &FIXTURE_V1[end..]);
        let _ = read(&text);
    }
}

#[test]
fn the_mail_digest_reads_well_in_both_languages_and_the_sets_words() {
    let sets = read(FIXTURE_V3).unwrap();
    let figures = |set| SetFigures::of(set, &sets, sets[0].cycle.end);
    let fr = boussole::i18n::digest(catalogue(Lang::Fr), &sets[0], &figures(&sets[0]), Lang::Fr);
    for expected in [
        "Pilote OKR — équipe Formation",
        "Formation continue · 1 janv. 2026 → 31 mars 2026\nChiffres au 2 févr. 2026\n",
        "Dans un an, chaque stagiaire",
        "Finalité 1\u{a0}: Les stagiaires repartent autonomes sur l’outil (36\u{a0}%)",
        "  • Part des stagiaires qui réussissent l’exercice final seuls — 42,5 → 75 % · Avancement\u{a0}: 38\u{a0}%",
        "— au moins 8 /10",
        "— au plus 5 jours",
        "Nouveau catalogue publié — jalon",
        "Importer un fichier",
    ] {
        assert!(fr.contains(expected), "{expected:?} not in:\n{fr}");
    }
    assert!(!fr.to_lowercase().contains("objectif"), "{fr}");
    let mut standard = sets[0].clone();
    standard.vocabulary = Vocabulary::Standard;
    let en = boussole::i18n::digest(
        catalogue(Lang::En),
        &standard,
        &figures(&standard),
        Lang::En,
    );
    assert!(
        en.contains("Objective 1: Les stagiaires repartent autonomes sur l’outil (36%)")
            && en.contains("42.5 → 75 % · Progress: 38%")
            && en.contains("at least 8 /10")
            && en.contains("\nFigures as of 2 Feb 2026\n"),
        "{en}"
    );
}

#[test]
fn follow_up_data_is_checked_like_the_rest() {
    let invalid = |from: &str, to: &str| match read(&fixture_with(from, to)) {
        Err(ReadError::Invalid(invalid)) => invalid.problem,
        other => panic!("{to}: invalid expected, got {other:?}"),
    };
    assert_eq!(
        invalid("\"value\": 1.0,", "\"value\": 0.5,"),
        Problem::MilestoneValue
    );
    assert_eq!(
        invalid("\"date\": \"2026-01-19\"", "\"date\": \"2400-01-19\""),
        Problem::DateOutOfRange
    );
    assert_eq!(
        invalid("\"id\": \"f3-c2\"", "\"id\": \"f3-c1\""),
        Problem::DuplicateId { id: "f3-c1".into() }
    );
    assert_eq!(
        invalid("\"id\": \"f3-m1\"", "\"id\": \"f1-k1\""),
        Problem::DuplicateId { id: "f1-k1".into() }
    );
    assert_eq!(
        invalid("\"value\": 55.0,", "\"value\": 5e12,"),
        Problem::NumberOutOfRange
    );
    assert_eq!(
        invalid(
            "\"note\": \"Premier groupe\"",
            "\"note\": \"<img src=x onerror=alert(1)>\u{202e}\""
        ),
        Problem::ForbiddenCharacters { field: Field::Note }
    );
    let many: Vec<String> = (0..521).map(|i| format!(r#"{{"id":"x{i}","date":"2026-01-01","value":1.0,"confidence":"confident","note":""}}"#)).collect();
    let text = fixture_with(
        "\"check_ins\": []",
        &format!("\"check_ins\": [{}]", many.join(",")),
    );
    match read(&text) {
        Err(ReadError::Invalid(invalid)) => assert_eq!(
            invalid.problem,
            Problem::TooManyEntries {
                count: 521,
                max: 520
            }
        ),
        other => panic!("too many check-ins expected, got {other:?}"),
    }
    assert!(matches!(
        read(&fixture_with(
            "\"confidence\": \"uncertain\"",
            "\"confidence\": \"sure\""
        )),
        Err(ReadError::Shape {
            problem: ShapeProblem::UnknownValue(_),
            ..
        })
    ));
}
