//! Builders the domain's tests share: a day of January 2027 and a check-in on it.

use crate::domain::id::Id;
use crate::domain::model::{CheckIn, Confidence};
use chrono::NaiveDate;

/// The `d`th of January 2027.
pub fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, d).unwrap()
}

/// A confident check-in with no note, on the `d`th of January 2027.
pub fn check_in(id: &str, d: u32, value: f64) -> CheckIn {
    CheckIn {
        id: Id::new(id),
        date: day(d),
        value,
        confidence: Confidence::Confident,
        note: String::new(),
    }
}

/// The tester's "Direction 2027" (issue 16): a launched reference set in its own words
/// (ambition / signal) whose own key results have no check-in, and two team sets that serve
/// its two objectives, measured at 31 % (29 Nov. 2026) and 45 % (20 Nov. 2026). Returns the
/// reference set, every set (the reference first), and the day it is read on (1 Dec. 2026).
pub fn direction_2027() -> (
    crate::domain::model::OkrSet,
    Vec<crate::domain::model::OkrSet>,
    NaiveDate,
) {
    use crate::domain::model::{Contribution, Cycle, KeyResult, KrKind, Launch, Objective, OkrSet};
    use crate::domain::vocabulary::{Gender, Term, Vocabulary};
    use chrono::{DateTime, Utc};
    let date = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    let launched = |d: NaiveDate| Launch {
        at: DateTime::<Utc>::from_naive_utc_and_offset(d.and_hms_opt(9, 0, 0).unwrap(), Utc),
        reference: Vec::new(),
    };
    let term = |singular: &str, gender| Term {
        singular: singular.into(),
        plural: format!("{singular}s"),
        gender,
        vowel_sound: singular.starts_with('a'),
        short: String::new(),
    };
    let kr = |id: &str, title: &str, measured: Option<(NaiveDate, f64)>| KeyResult {
        title: title.into(),
        kind: KrKind::Increase,
        baseline: Some(0.0),
        target: Some(100.0),
        unit: "%".into(),
        check_ins: measured
            .map(|(d, value)| CheckIn {
                date: d,
                ..check_in(&format!("c-{id}"), 1, value)
            })
            .into_iter()
            .collect(),
        ..KeyResult::new(Id::new(id))
    };
    let mut direction = OkrSet::new(
        Id::new("direction"),
        "Direction 2027",
        "Direction",
        Cycle {
            start: date(9, 1),
            end: date(12, 31),
        },
        DateTime::<Utc>::from_timestamp(1_790_000_000, 0).unwrap(),
    );
    direction.reference = true;
    direction.launch = Some(launched(date(9, 1)));
    direction.vocabulary = Vocabulary::Custom {
        objective: term("ambition", Gender::Feminine),
        key_result: term("signal", Gender::Masculine),
    };
    let titles = ["Des clients servis à temps", "Des équipes qui tiennent"];
    direction.objectives = titles
        .iter()
        .enumerate()
        .map(|(i, title)| Objective {
            title: (*title).into(),
            key_results: vec![kr(&format!("rk{i}"), "Signal de la direction", None)],
            ..Objective::new(Id::new(format!("r{i}")))
        })
        .collect();
    let team = |id: &str, serves: usize, measured: (NaiveDate, f64)| {
        let mut set = OkrSet::new(
            Id::new(id),
            id,
            id,
            Cycle::quarter_from(date(9, 1)),
            DateTime::<Utc>::from_timestamp(1_790_000_000, 0).unwrap(),
        );
        set.launch = Some(launched(date(9, 1)));
        set.objectives = vec![Objective {
            title: format!("Servir {}", titles[serves]),
            key_results: vec![kr(&format!("{id}-k"), "Mesure d’équipe", Some(measured))],
            contributes_to: vec![Contribution {
                set: direction.id.clone(),
                objective: direction.objectives[serves].id.clone(),
                set_name: direction.name.clone(),
                objective_title: titles[serves].into(),
            }],
            ..Objective::new(Id::new(format!("{id}-o")))
        }];
        set
    };
    let sets = vec![
        direction.clone(),
        team("Support", 0, (date(11, 29), 31.0)),
        team("Logistique", 1, (date(11, 20), 45.0)),
    ];
    (direction, sets, date(12, 1))
}
