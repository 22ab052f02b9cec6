//! Every kind of bad input is refused with its own typed error and a message in both languages.

use super::*;

#[test]
fn byte_order_mark_is_tolerated() {
    assert_eq!(read(&format!("\u{feff}{FIXTURE_V1}")).unwrap().len(), 2);
}

#[test]
fn empty_files_are_refused() {
    assert_eq!(read(""), Err(ReadError::Empty));
    assert_eq!(read("  \n\t "), Err(ReadError::Empty));
}

#[test]
fn text_that_is_not_json_gives_line_and_column() {
    assert_eq!(
        read("Bonjour,\nvoici nos OKR"),
        Err(ReadError::Syntax { line: 1, column: 1 })
    );
    let broken = fixture_with("\"version\": 3,", "\"version\": 3");
    match read(&broken) {
        Err(ReadError::Syntax { line: 4, column }) => assert!(column > 0),
        other => panic!("syntax error on line 4 expected, got {other:?}"),
    }
    let truncated = &FIXTURE_V1[..FIXTURE_V1.len() / 2];
    assert!(matches!(read(truncated), Err(ReadError::Syntax { .. })));
}

#[test]
fn binary_files_are_refused() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    assert_eq!(read_document(png), Err(ReadError::NotText));
    assert_eq!(
        read_document(b"{\"format\":\"boussole\"\0}"),
        Err(ReadError::NotText)
    );
}

#[test]
fn json_of_another_kind_is_refused() {
    for text in [
        "[]",
        "42",
        "\"boussole\"",
        "null",
        "{}",
        r#"{"format":"trello","version":1}"#,
    ] {
        assert_eq!(read(text), Err(ReadError::NotBoussole), "{text}");
    }
}

#[test]
fn a_newer_format_is_refused_by_name() {
    let newer = fixture_with("\"version\": 3", "\"version\": 99");
    assert_eq!(read(&newer), Err(ReadError::NewerVersion { found: 99 }));
    let message = catalogue(Lang::Fr).read_error(&ReadError::NewerVersion { found: 99 });
    assert!(
        message.contains("99") && message.contains("plus récente"),
        "{message}"
    );
}

#[test]
fn versions_that_are_not_versions_are_refused() {
    for (version, shown) in [("\"1\"", "\"1\""), ("0", "0"), ("-1", "-1"), ("1.5", "1.5")] {
        let text = fixture_with("\"version\": 3", &format!("\"version\": {version}"));
        assert_eq!(
            read(&text),
            Err(ReadError::UnknownVersion {
                found: shown.into()
            }),
            "{version}"
        );
    }
    let missing = fixture_with("\"version\": 3,", "");
    assert_eq!(
        read(&missing),
        Err(ReadError::UnknownVersion {
            found: Default::default()
        })
    );
}

#[test]
fn missing_fields_are_named_with_their_place() {
    let text = fixture_with("\"unit\": \"%\"", "\"unitt\": \"%\"");
    match read(&text) {
        Err(ReadError::Shape {
            line,
            problem: ShapeProblem::UnknownField(f),
            ..
        }) => {
            assert_eq!(f, "unitt");
            assert_eq!(line, 41);
        }
        other => panic!("unknown field expected, got {other:?}"),
    }
    let text = fixture_with("\"team\": \"Formation continue\",", "");
    assert!(matches!(
        read(&text),
        Err(ReadError::Shape { problem: ShapeProblem::MissingField(f), .. }) if f == "team"
    ));
}

#[test]
fn mistyped_values_are_refused() {
    let cases = [
        ("\"revision\": 17", "\"revision\": \"17\""),
        ("\"target\": 75.0,", "\"target\": \"75\","),
        ("\"title\": \"Satisfaction\"", "\"title\": 7"),
        ("\"objectives\": []", "\"objectives\": {}"),
        (
            "\"start\": \"2026-01-01\"",
            "\"start\": \"le premier janvier\"",
        ),
        ("\"kind\": \"milestone\"", "\"kind\": \"someday\""),
        ("\"revision\": 17", "\"revision\": -3"),
    ];
    for (from, to) in cases {
        match read(&fixture_with(from, to)) {
            Err(ReadError::Shape { line, column, .. }) => assert!(line > 1 && column > 0, "{to}"),
            other => panic!("{to}: shape error expected, got {other:?}"),
        }
    }
}

#[test]
fn numbers_that_are_not_finite_or_out_of_range_are_refused() {
    for nan in ["NaN", "Infinity", "-Infinity"] {
        let text = fixture_with("\"target\": 75.0,", &format!("\"target\": {nan},"));
        assert!(
            matches!(read(&text), Err(ReadError::Syntax { .. })),
            "{nan}"
        );
    }
    let huge = fixture_with("\"target\": 75.0,", "\"target\": 1e400,");
    assert!(matches!(
        read(&huge),
        Err(ReadError::NumberTooLarge { line: 40, .. })
    ));
    let big = fixture_with("\"target\": 75.0,", "\"target\": 2e15,");
    match read(&big) {
        Err(ReadError::Invalid(invalid)) => {
            assert_eq!(invalid.problem, Problem::NumberOutOfRange);
            assert_eq!(
                (invalid.at.set, invalid.at.objective, invalid.at.key_result),
                (1, Some(1), Some(1))
            );
            // The place is named in the set's own words (this set says "finalité").
            let message = catalogue(Lang::Fr).invalid(&invalid);
            assert!(
                message.contains("finalité 1, indicateur de changement 1"),
                "{message}"
            );
            assert!(!message.contains("objectif"), "{message}");
        }
        other => panic!("out of range expected, got {other:?}"),
    }
}

#[test]
fn files_over_five_mebibytes_are_refused_before_parsing() {
    let padding = " ".repeat(MAX_FILE_BYTES);
    let text = format!("{FIXTURE_V1}{padding}");
    assert_eq!(read(&text), Err(ReadError::TooLarge { bytes: text.len() }));
    let message = catalogue(Lang::Fr).read_error(&ReadError::TooLarge {
        bytes: 7 * 1024 * 1024 + 104_858,
    });
    assert!(
        message.contains("(7,1 Mo)") && message.contains("5 Mo au plus"),
        "{message}"
    );
}

#[test]
fn duplicate_ids_inside_a_file_are_refused() {
    let dup_set = fixture_with("\"id\": \"f1-set-custom\"", "\"id\": \"f1-set-pilote\"");
    assert!(matches!(
        read(&dup_set),
        Err(ReadError::Invalid(i)) if i.problem == Problem::DuplicateId { id: "f1-set-pilote".into() } && i.at.set == 2
    ));
    let dup_kr = fixture_with("\"id\": \"f1-k2\"", "\"id\": \"f1-k1\"");
    assert!(
        matches!(read(&dup_kr), Err(ReadError::Invalid(i)) if matches!(i.problem, Problem::DuplicateId { .. }))
    );
    let dup_mixed = fixture_with("\"id\": \"f1-k5\"", "\"id\": \"f1-o1\"");
    assert!(matches!(read(&dup_mixed), Err(ReadError::Invalid(_))));
}

#[test]
fn hostile_text_is_refused_or_kept_as_plain_text() {
    let bidi = fixture_with("Satisfaction", "Satis\u{202e}faction");
    assert!(matches!(
        read(&bidi),
        Err(ReadError::Invalid(i)) if i.problem == Problem::ForbiddenCharacters { field: Field::Title }
    ));
    let markup = fixture_with("Satisfaction", "<img src=x onerror=alert(1)>");
    let sets = read(&markup).expect("markup is just text");
    assert_eq!(
        sets[0].objectives[1].key_results[0].title,
        "<img src=x onerror=alert(1)>"
    );
    let bad_id = fixture_with("\"id\": \"f1-k3\"", "\"id\": \"../../etc\"");
    assert!(
        matches!(read(&bad_id), Err(ReadError::Invalid(i)) if matches!(i.problem, Problem::MalformedId { .. }))
    );
}

#[test]
fn custom_vocabulary_words_are_checked_like_any_text() {
    let long = fixture_with(
        "\"singular\": \"ambition\"",
        &format!("\"singular\": \"{}\"", "a".repeat(61)),
    );
    assert!(
        matches!(read(&long), Err(ReadError::Invalid(i)) if i.problem == Problem::TooLong { field: Field::Term, max: 60 })
    );
    let empty = fixture_with("\"plural\": \"ambitions\"", "\"plural\": \" \"");
    assert!(matches!(read(&empty), Err(ReadError::Invalid(i)) if i.problem == Problem::EmptyTerm));
    let bidi = fixture_with("\"short\": \"R\"", "\"short\": \"\\u202eR\"");
    assert!(
        matches!(read(&bidi), Err(ReadError::Invalid(i)) if i.problem == Problem::ForbiddenCharacters { field: Field::Term })
    );
    let message = catalogue(Lang::Fr).read_error(&read(&empty).unwrap_err());
    assert!(
        message.contains("Jeu 2") && message.contains("vocabulaire"),
        "{message}"
    );
}

#[test]
fn a_file_without_sets_is_refused() {
    assert_eq!(
        read(r#"{"format":"boussole","version":1,"sets":[]}"#),
        Err(ReadError::NoSets)
    );
}

#[test]
fn absurd_nesting_is_refused_without_a_crash() {
    let deep = format!(
        "{{\"format\":\"boussole\",\"version\":1,\"sets\":{}{}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    assert!(matches!(
        read(&deep),
        Err(ReadError::TooDeep { .. }) | Err(ReadError::Shape { .. })
    ));
}

#[test]
fn every_error_has_a_message_in_both_languages() {
    let errors = [
        read(""),
        read("not json"),
        read_document(b"\xff\xfe"),
        read("[]"),
        read(&fixture_with("\"version\": 3", "\"version\": 4")),
        read(&fixture_with("\"version\": 3", "\"version\": \"x\"")),
        read(&fixture_with("\"revision\": 17", "\"revision\": true")),
        read(r#"{"format":"boussole","version":1,"sets":[]}"#),
        read(&fixture_with("\"id\": \"f1-k2\"", "\"id\": \"f1-k1\"")),
    ];
    for error in errors {
        let error = error.expect_err("each case is bad input");
        let fr = catalogue(Lang::Fr).read_error(&error);
        let en = catalogue(Lang::En).read_error(&error);
        assert!(
            !fr.is_empty() && !en.is_empty() && fr != en,
            "{error:?}: {fr} / {en}"
        );
    }
}

#[test]
fn current_version_is_the_fixtures_version() {
    // A new format version must come with its own fixture and a migration from this one.
    assert_eq!(
        CURRENT_VERSION, 3,
        "add tests/fixtures/format-v{CURRENT_VERSION}.json and its test"
    );
}
