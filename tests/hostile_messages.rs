//! Messages about refused files, for files built to abuse them: a valid Boussole header
//! carrying 100 000-character names, right-to-left overrides and zero-width characters,
//! impossible dates, numbers out of range, wrong types and missing fields. Every message,
//! in both languages, quotes at most a short cleaned excerpt, holds no disguising
//! character, speaks no library English in French, and names the place when it is known.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use boussole::domain::import::{read_document, ReadError, ShapeProblem};
use boussole::domain::language::Lang;
use boussole::domain::shape::{Expected, Found};
use boussole::domain::validate::Problem;
use boussole::i18n::catalogue;
use common::{check_error, is_disguising};
use proptest::prelude::*;

const FIXTURE: &str = include_str!("fixtures/format-v3.json");

/// The current fixture with one JSON fragment replaced: the fragment must be there.
fn with(from: &str, to: &str) -> String {
    assert!(FIXTURE.contains(from), "fixture has no {from:?}");
    FIXTURE.replacen(from, to, 1)
}

/// A JSON string literal holding `text`, escapes and all.
fn json(text: &str) -> String {
    serde_json::to_string(text).unwrap()
}

fn refused(text: &str) -> ReadError {
    read_document(text.as_bytes()).expect_err("a hostile file is refused")
}

const RLO: &str = "\u{202e}";
const HIDDEN: &str = "\u{200b}\u{200c}\u{200d}\u{2060}\u{feff}\u{ad}";

fn hostile_cases() -> Vec<(&'static str, String)> {
    let long = "é".repeat(100_000);
    let long_rlo = format!("{RLO}{}{HIDDEN}", "w".repeat(100_000));
    vec![
        (
            "100 000-character unknown field of a set",
            with("\"team\":", &format!("{}: 1, \"team\":", json(&long))),
        ),
        (
            "unknown field with an override and zero-width characters",
            with(
                "\"unit\": \"%\"",
                &format!(
                    "\"unit\": \"%\", {}: 2",
                    json(&format!("sc{RLO}ore{HIDDEN}"))
                ),
            ),
        ),
        (
            "100 000-character unknown kind",
            with(
                "\"kind\": \"increase\"",
                &format!("\"kind\": {}", json(&long_rlo)),
            ),
        ),
        (
            "kind with an override",
            with(
                "\"kind\": \"increase\"",
                &format!("\"kind\": {}", json(&format!("inc{RLO}esaer"))),
            ),
        ),
        (
            "confidence of zero-width characters",
            with(
                "\"confidence\": \"uncertain\"",
                &format!("\"confidence\": {}", json(HIDDEN)),
            ),
        ),
        (
            "100 000-character id",
            with("\"id\": \"f3-c2\"", &format!("\"id\": {}", json(&long_rlo))),
        ),
        (
            "id with an override and zero-width characters",
            with(
                "\"id\": \"f3-c2\"",
                &format!("\"id\": {}", json(&format!("c{RLO}2{HIDDEN}"))),
            ),
        ),
        (
            "100 000-character set name, quoted as the place",
            with(
                "\"name\": \"Pilote OKR — équipe Formation\"",
                &format!("\"name\": {}", json(&format!("{RLO}{long}"))),
            ),
        ),
        (
            "set name with an override, zero-width characters and a bell",
            with(
                "\"name\": \"Pilote OKR — équipe Formation\"",
                &format!("\"name\": {}", json(&format!("Pil{RLO}ote{HIDDEN}\u{7}"))),
            ),
        ),
        (
            "set named with zero-width characters only",
            with(
                "\"name\": \"Pilote OKR — équipe Formation\"",
                &format!("\"name\": {}", json(HIDDEN)),
            ),
        ),
        (
            "100 000-character version",
            with(
                "\"version\": 3",
                &format!("\"version\": {}", json(&long_rlo)),
            ),
        ),
        (
            "a field named twice",
            with("\"team\":", "\"team\": \"A\", \"team\":"),
        ),
        (
            "February 30th",
            with("\"start\": \"2026-01-01\"", "\"start\": \"2027-02-30\""),
        ),
        (
            "month 13",
            with("\"start\": \"2026-01-01\"", "\"start\": \"2027-13-01\""),
        ),
        (
            "year 99999",
            with("\"start\": \"2026-01-01\"", "\"start\": \"99999-01-01\""),
        ),
        (
            "an impossible check-in date",
            with("\"date\": \"2026-01-19\"", "\"date\": \"2026-02-29\""),
        ),
        (
            "a date of 100 000 characters with an override",
            with(
                "\"date\": \"2026-01-19\"",
                &format!("\"date\": {}", json(&long_rlo)),
            ),
        ),
        (
            "a launch time that is not a time",
            with("\"closed\": null", "\"closed\": \"2027-02-30T25:00:00Z\""),
        ),
        (
            "number beyond any float",
            with("\"target\": 75.0,", "\"target\": 1e400,"),
        ),
        (
            "number beyond the limit",
            with("\"target\": 75.0,", "\"target\": 5e12,"),
        ),
        (
            "negative revision",
            with("\"revision\": 17", "\"revision\": -3"),
        ),
        (
            "fractional revision",
            with("\"revision\": 17", "\"revision\": 2.5"),
        ),
        (
            "revision beyond 64 bits",
            with("\"revision\": 17", "\"revision\": 99999999999999999999999"),
        ),
        (
            "count rule beyond 32 bits",
            with("\"max_objectives\": 2", "\"max_objectives\": 5000000000"),
        ),
        (
            "text where a number belongs",
            with(
                "\"target\": 75.0,",
                &format!("\"target\": {},", json(&format!("7{RLO}5{HIDDEN}"))),
            ),
        ),
        (
            "true where a number belongs",
            with("\"target\": 75.0,", "\"target\": true,"),
        ),
        (
            "a number where a name belongs",
            with("\"kind\": \"increase\"", "\"kind\": 5"),
        ),
        (
            "a list where text belongs",
            with("\"unit\": \"%\"", "\"unit\": []"),
        ),
        (
            "null where a list belongs",
            with("\"check_ins\": []", "\"check_ins\": null"),
        ),
        (
            "a number where a date belongs",
            with("\"start\": \"2026-01-01\"", "\"start\": 20260101"),
        ),
        (
            "text where true or false belongs",
            with("\"reference\": false", "\"reference\": \"non\""),
        ),
        (
            "a missing field",
            with("\"team\": \"Formation continue\",", ""),
        ),
        (
            "a missing check-in note",
            with(
                "\"confidence\": \"confident\",\n                  \"note\": \"Premier groupe\"",
                "\"confidence\": \"confident\"",
            ),
        ),
    ]
}

#[test]
fn every_message_about_a_hostile_file_is_short_clean_and_in_its_language() {
    let mut failures = Vec::new();
    for (case, text) in hostile_cases() {
        let error = refused(&text);
        if let Err(e) = check_error(&error) {
            failures.push(format!("{case}: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn each_hostile_file_gets_its_own_reason() {
    let reasons: Vec<_> = hostile_cases()
        .into_iter()
        .map(|(case, text)| (case, refused(&text)))
        .collect();
    let reason = |case: &str| &reasons.iter().find(|(c, _)| *c == case).unwrap().1;
    let shape = |case: &str| match reason(case) {
        ReadError::Shape { problem, .. } => problem.clone(),
        other => panic!("{case}: {other:?}"),
    };
    assert!(
        matches!(shape("100 000-character unknown field of a set"), ShapeProblem::UnknownField(f) if f.as_str().chars().count() == 60)
    );
    assert_eq!(
        shape("unknown field with an override and zero-width characters"),
        ShapeProblem::UnknownField("score".into())
    );
    assert!(
        matches!(shape("100 000-character unknown kind"), ShapeProblem::UnknownValue(v) if v.as_str().starts_with("www"))
    );
    assert_eq!(
        shape("February 30th"),
        ShapeProblem::ImpossibleDate("2027-02-30".into())
    );
    assert_eq!(
        shape("month 13"),
        ShapeProblem::ImpossibleDate("2027-13-01".into())
    );
    assert!(matches!(shape("year 99999"), ShapeProblem::UnreadableDate(d) if d == "99999-01-01"));
    assert!(matches!(
        shape("a launch time that is not a time"),
        ShapeProblem::ImpossibleDate(_)
    ));
    assert_eq!(
        shape("a field named twice"),
        ShapeProblem::DuplicateField("team".into())
    );
    assert_eq!(
        shape("negative revision"),
        ShapeProblem::WrongValue {
            found: Found::Number("-3".into()),
            expected: Expected::Count { max: u64::MAX }
        }
    );
    assert_eq!(
        shape("a number where a name belongs"),
        ShapeProblem::WrongType {
            found: Found::Number("5".into()),
            expected: Expected::Name
        }
    );
    assert_eq!(
        shape("text where a number belongs"),
        ShapeProblem::WrongType {
            found: Found::Text("75".into()),
            expected: Expected::Number
        }
    );
    assert_eq!(
        shape("a missing field"),
        ShapeProblem::MissingField("team".into())
    );
    assert!(matches!(
        reason("number beyond any float"),
        ReadError::NumberTooLarge { line: 40, .. }
    ));
    let invalid = |case: &str| match reason(case) {
        ReadError::Invalid(i) => i.clone(),
        other => panic!("{case}: {other:?}"),
    };
    assert_eq!(
        invalid("set named with zero-width characters only").problem,
        Problem::EmptyName
    );
    assert!(
        matches!(invalid("100 000-character id").problem, Problem::MalformedId { id } if id.as_str().chars().count() == 60)
    );
    assert!(invalid("100 000-character set name, quoted as the place")
        .at
        .set_name
        .as_str()
        .starts_with("éé"));
}

#[test]
fn an_impossible_date_reads_as_one_in_french() {
    let error = refused(&with(
        "\"start\": \"2026-01-01\"",
        "\"start\": \"2027-02-30\"",
    ));
    assert_eq!(
        catalogue(Lang::Fr).read_error(&error),
        "Le fichier n’a pas la forme attendue, ligne 11, colonne 29 : la date « 2027-02-30 » n’existe pas au calendrier."
    );
    assert_eq!(
        catalogue(Lang::En).read_error(&error),
        "The file does not have the expected shape, line 11, column 29: the date “2027-02-30” is not on the calendar."
    );
}

#[test]
fn an_older_file_is_judged_the_same_way() {
    let v1 = include_str!("fixtures/format-v1.json");
    let from = "\"kind\": \"increase\"";
    assert!(v1.contains(from));
    let text = v1.replacen(
        from,
        &format!(
            "\"kind\": {}",
            json(&format!("{RLO}{}", "k".repeat(100_000)))
        ),
        1,
    );
    let error = refused(&text);
    assert!(
        matches!(
            error,
            ReadError::Shape {
                line: 0,
                problem: ShapeProblem::UnknownValue(_),
                ..
            }
        ),
        "{error:?}"
    );
    check_error(&error).unwrap();
}

/// Text of any kind, weighted toward what disguises.
fn hostile_text() -> impl Strategy<Value = String> {
    let c = prop_oneof![
        any::<char>(),
        prop::sample::select(vec![
            '\u{202e}', '\u{2067}', '\u{200b}', '\u{feff}', '\u{7}', '\u{ad}', '`', '"', '\\', ' '
        ]),
    ];
    (prop::collection::vec(c, 0..200), 0usize..3).prop_map(|(chars, times)| {
        let s: String = chars.into_iter().collect();
        s.repeat(1 + times * 300)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_text_in_any_quoted_slot_gives_a_clean_message(text in hostile_text(), slot in 0usize..7) {
        let value = json(&text);
        let file = match slot {
            0 => with("\"team\":", &format!("{value}: 1, \"team\":")),
            1 => with("\"kind\": \"increase\"", &format!("\"kind\": {value}")),
            2 => with("\"id\": \"f3-c2\"", &format!("\"id\": {value}")),
            // The name is quoted as the place of whatever the set fails on (here, at least,
            // a cycle that ends before it starts).
            3 => with("\"name\": \"Pilote OKR — équipe Formation\"", &format!("\"name\": {value}"))
                .replacen("\"start\": \"2026-01-01\"", "\"start\": \"2099-01-01\"", 1),
            4 => with("\"version\": 3", &format!("\"version\": {value}")),
            5 => with("\"start\": \"2026-01-01\"", &format!("\"start\": {value}")),
            _ => with("\"target\": 75.0,", &format!("\"target\": {value},")),
        };
        if let Err(error) = read_document(file.as_bytes()) {
            prop_assert!(check_error(&error).is_ok(), "{}", check_error(&error).unwrap_err());
            for lang in Lang::ALL {
                let message = catalogue(lang).read_error(&error);
                prop_assert!(!message.chars().any(is_disguising));
            }
        }
    }
}

/// Found by the property above: a name that opens a quotation mark of its own.
#[test]
fn a_name_holding_a_quotation_mark_is_quoted_cleanly() {
    let file = with(
        "\"name\": \"Pilote OKR — équipe Formation\"",
        &format!("\"name\": {}", json("« \u{7f}")),
    );
    let error = read_document(file.as_bytes()).unwrap_err();
    check_error(&error).unwrap();
}
