//! A meeting's figures: noted on its day, unmoved by later check-ins or a changed target,
//! worked out for meetings saved before, refused when a file carries bad ones, kept by a
//! copy and by a merge.
use super::*;
use crate::domain::id::CountingIds;
use crate::domain::import::read_document;
use crate::domain::merge::{merge, Side};
use crate::domain::model::{Cycle, KrKind};
use crate::domain::test_support::{check_in, day};
use crate::domain::validate::validate_sets;
use chrono::{DateTime, Utc};

/// Delivery time 48 → 24 h measured on the 5th (44) and the 12th (36); a milestone done
/// on the 20th; a key result never measured.
fn sample() -> OkrSet {
    let mut set = OkrSet::new(
        Id::new("s"),
        "Pilote",
        "",
        Cycle::quarter_from(day(1)),
        DateTime::<Utc>::from_timestamp(0, 0).unwrap(),
    );
    let delay = KeyResult {
        kind: KrKind::Decrease,
        baseline: Some(48.0),
        target: Some(24.0),
        unit: "h".into(),
        check_ins: vec![check_in("c1", 5, 44.0), check_in("c2", 12, 36.0)],
        ..KeyResult::new(Id::new("k1"))
    };
    let done = KeyResult {
        kind: KrKind::Milestone,
        check_ins: vec![check_in("c3", 20, 1.0)],
        ..KeyResult::new(Id::new("k2"))
    };
    set.objectives.push(Objective {
        key_results: vec![delay, done, KeyResult::new(Id::new("k3"))],
        ..Objective::new(Id::new("o1"))
    });
    set
}

fn meeting(id: &str, d: u32, figures: Option<Vec<KrFigure>>) -> Meeting {
    Meeting {
        id: Id::new(id),
        date: day(d),
        learned: "Le tri du matin aide.".into(),
        to_revisit: Vec::new(),
        adjust: String::new(),
        blocking: String::new(),
        figures,
    }
}

#[test]
fn a_meeting_notes_the_latest_value_of_its_day() {
    let set = sample();
    let on_10th = figures_on(&set.objectives, day(10));
    assert_eq!(
        on_10th,
        vec![KrFigure {
            key_result: Id::new("k1"),
            value: 44.0,
            measured: day(5),
            progress: Some(4.0 / 24.0),
        }],
        "later check-ins, and key results not measured yet, are not in it"
    );
    let on_20th = figures_on(&set.objectives, day(20));
    assert_eq!(on_20th.len(), 2);
    assert_eq!((on_20th[0].value, on_20th[0].progress), (36.0, Some(0.5)));
    assert_eq!((on_20th[1].value, on_20th[1].progress), (1.0, Some(1.0)));
}

#[test]
fn a_past_meeting_reads_as_it_was_after_later_check_ins() {
    let mut set = sample();
    let noted = figures_on(&set.objectives, day(12));
    set.record_meeting(meeting("m1", 12, Some(noted.clone())));
    // Later: a new measure, and the target changed in a plan change.
    assert!(set.record_check_in(&Id::new("k1"), check_in("c4", 26, 30.0)));
    set.objectives[0].key_results[0].target = Some(12.0);
    let (shown_now, was_noted) = shown(&set, &set.meetings[0]);
    assert!(was_noted);
    assert_eq!(shown_now, noted);
    assert_eq!(shown_now[0].progress, Some(0.5), "the target of its day");
}

#[test]
fn a_meeting_saved_before_figures_were_noted_is_worked_out_from_its_day() {
    let mut set = sample();
    set.record_meeting(meeting("m0", 12, None));
    assert!(set.record_check_in(&Id::new("k1"), check_in("c4", 26, 30.0)));
    let (figures, was_noted) = shown(&set, &set.meetings[0]);
    assert!(!was_noted);
    assert_eq!(figures, figures_on(&set.objectives, day(12)));
    assert_eq!(figures[0].value, 36.0, "not the check-in of the 26th");
}

#[test]
fn figures_are_optional_in_files_and_absent_ones_write_nothing() {
    let old = meeting("m0", 12, None);
    let json = serde_json::to_string(&old).unwrap();
    assert!(!json.contains("figures"), "{json}");
    let back: Meeting = serde_json::from_str(&json).unwrap();
    assert_eq!(back, old);
    let noted = meeting("m1", 12, Some(figures_on(&sample().objectives, day(20))));
    let json = serde_json::to_string(&noted).unwrap();
    assert!(
        json.contains(
            r#""figures":[{"key_result":"k1","value":36.0,"measured":"2027-01-12","progress":0.5}"#
        ),
        "{json}"
    );
    assert_eq!(serde_json::from_str::<Meeting>(&json).unwrap(), noted);
}

/// The sample as a file whose one meeting carries `figures` (raw JSON).
fn file_with(figures: &str) -> Vec<u8> {
    let mut set = sample();
    set.record_meeting(meeting("m1", 12, Some(Vec::new())));
    let text = crate::domain::format::storage_json(&set)
        .replace(r#""figures":[]"#, &format!(r#""figures":{figures}"#));
    assert!(text.contains(figures));
    text.into_bytes()
}

#[test]
fn hostile_figures_are_refused_with_their_reason() {
    use Problem::*;
    let fig = |id: &str, value: &str, progress: &str, date: &str| {
        format!(
            r#"{{"key_result":"{id}","value":{value},"measured":"{date}","progress":{progress}}}"#
        )
    };
    let good = fig("k1", "36.0", "0.5", "2027-01-12");
    type Expected = fn(&Problem) -> bool;
    let cases: Vec<(String, Expected)> = vec![
        (format!("[{}]", fig("k 1", "1", "0", "2027-01-12")), |p| {
            matches!(p, MalformedId { .. })
        }),
        (format!("[{good},{good}]"), |p| {
            matches!(p, DuplicateId { .. })
        }),
        (
            format!("[{}]", fig("k1", "1e300", "0", "2027-01-12")),
            |p| *p == NumberOutOfRange,
        ),
        (format!("[{}]", fig("k1", "1", "1e9", "2027-01-12")), |p| {
            *p == NumberOutOfRange
        }),
        (format!("[{}]", fig("k1", "1", "0", "1900-01-01")), |p| {
            *p == DateOutOfRange
        }),
        (
            format!(
                "[{}]",
                (0..=MAX_FIGURES)
                    .map(|i| fig(&format!("k{i}"), "1", "0", "2027-01-12"))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
            |p| matches!(p, TooManyEntries { .. }),
        ),
    ];
    for (figures, expected) in cases {
        let error =
            read_document(&file_with(&figures)).expect_err(&figures[..figures.len().min(120)]);
        let crate::domain::import::ReadError::Invalid(invalid) = &error else {
            panic!("{error:?}");
        };
        assert!(expected(&invalid.problem), "{:?}", invalid.problem);
    }
    // A field the format does not know, and a value of the wrong type, are refused too.
    for figures in [
        r#"[{"key_result":"k1","value":1,"measured":"2027-01-12","script":"x"}]"#,
        r#"[{"key_result":"k1","value":"36","measured":"2027-01-12"}]"#,
        r#"{"k1":1}"#,
    ] {
        assert!(read_document(&file_with(figures)).is_err(), "{figures}");
    }
    // A key result removed since keeps its figures: the meeting is history.
    let gone = format!("[{}]", fig("k-removed", "1", "0", "2027-01-12"));
    assert_eq!(
        read_document(&file_with(&gone)).unwrap()[0].meetings[0]
            .figures
            .as_ref()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn a_copy_of_the_set_keeps_its_meetings_figures_on_the_new_ids() {
    let mut set = sample();
    set.record_meeting(meeting(
        "m1",
        20,
        Some(figures_on(&set.objectives, day(20))),
    ));
    let now = DateTime::<Utc>::from_timestamp(1_800_000_000, 0).unwrap();
    let copy = set.duplicate(&mut CountingIds::with_prefix("x"), "Copie", now);
    let figures = copy.meetings[0].figures.as_ref().unwrap();
    let krs = &copy.objectives[0].key_results;
    assert_eq!(figures[0].key_result, krs[0].id);
    assert_eq!(figures[1].key_result, krs[1].id);
    assert_ne!(figures[0].key_result, Id::new("k1"));
    assert!(validate_sets(std::slice::from_ref(&copy)).is_ok());
}

#[test]
fn a_merge_keeps_the_figures_of_either_side() {
    let base = sample();
    let mut ours = base.clone();
    ours.record_meeting(meeting(
        "m-ours",
        12,
        Some(figures_on(&base.objectives, day(12))),
    ));
    let mut theirs = base.clone();
    theirs.record_meeting(meeting(
        "m-theirs",
        20,
        Some(figures_on(&base.objectives, day(20))),
    ));
    for base in [Some(&base), None] {
        let merged = merge(base, &ours, &theirs, &|_| Side::Theirs).set;
        let noted: Vec<usize> = merged
            .meetings
            .iter()
            .map(|m| m.figures.as_ref().map_or(0, Vec::len))
            .collect();
        assert_eq!(noted, vec![1, 2], "both meetings, each with its figures");
        assert!(validate_sets(std::slice::from_ref(&merged)).is_ok());
    }
}
