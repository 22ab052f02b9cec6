//! The round trip, over varied sets: every version kept, stored, read back and restored
//! is exactly the set it kept, also once older versions were pruned around it.
use super::*;
use proptest::prelude::*;

/// Text with what JSON must escape, accents, the typographic apostrophe and an emoji.
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop::sample::select(vec![
            'a', 'Z', 'é', '’', '"', '\\', ' ', '🎯', '<', '\u{a0}',
        ]),
        0..12,
    )
    .prop_map(|c| c.into_iter().collect())
}

/// One edit of a set, as the app makes them.
#[derive(Clone, Debug)]
enum Edit {
    Name(String),
    AddObjective(String),
    AddKeyResult(usize, String, Option<f64>),
    CheckIn(usize, f64, String),
    Retitle(usize, String),
    Target(usize, Option<f64>),
    RemoveObjective(usize),
    Meeting(String),
    Launch,
    Close,
    Share,
    Log(String, f64),
}

fn edit() -> impl Strategy<Value = Edit> {
    let n = || -1e9..1e9f64;
    prop_oneof![
        text()
            .prop_filter("a name shows", |t| !crate::domain::visible::is_blank(t))
            .prop_map(Edit::Name),
        text().prop_map(Edit::AddObjective),
        (0..8usize, text(), proptest::option::of(n()))
            .prop_map(|(i, t, v)| Edit::AddKeyResult(i, t, v)),
        (0..20usize, n(), text()).prop_map(|(i, v, t)| Edit::CheckIn(i, v, t)),
        (0..8usize, text()).prop_map(|(i, t)| Edit::Retitle(i, t)),
        (0..20usize, proptest::option::of(n())).prop_map(|(i, v)| Edit::Target(i, v)),
        (0..8usize).prop_map(Edit::RemoveObjective),
        text().prop_map(Edit::Meeting),
        Just(Edit::Launch),
        Just(Edit::Close),
        Just(Edit::Share),
        (text(), n()).prop_map(|(t, v)| Edit::Log(t, v)),
    ]
}

fn key_result(set: &mut OkrSet, i: usize) -> Option<&mut KeyResult> {
    let count = set.key_result_count();
    (count > 0).then(|| {
        set.objectives
            .iter_mut()
            .flat_map(|o| o.key_results.iter_mut())
            .nth(i % count)
            .unwrap()
    })
}

fn apply(set: &mut OkrSet, edit: Edit, serial: usize) {
    let id = |kind: &str| Id::new(format!("new-{kind}{serial}"));
    let objectives = set.objectives.len();
    match edit {
        Edit::Name(name) => set.name = name,
        Edit::AddObjective(title) => set.objectives.push(Objective {
            title,
            ..Objective::new(id("o"))
        }),
        Edit::AddKeyResult(i, title, target) if objectives > 0 => {
            set.objectives[i % objectives].key_results.push(KeyResult {
                title,
                target,
                ..KeyResult::new(id("k"))
            })
        }
        Edit::CheckIn(i, value, note) => {
            if let Some(kr) = key_result(set, i) {
                kr.check_ins.push(CheckIn {
                    id: id("c"),
                    date: date(1 + (serial % 28) as u32),
                    value,
                    confidence: Confidence::Uncertain,
                    note,
                });
            }
        }
        Edit::Retitle(i, title) if objectives > 0 => set.objectives[i % objectives].title = title,
        Edit::Target(i, target) => {
            if let Some(kr) = key_result(set, i) {
                kr.target = target;
            }
        }
        Edit::RemoveObjective(i) if objectives > 0 => {
            set.objectives.remove(i % objectives);
            set.forget_missing_objectives();
        }
        Edit::Meeting(learned) => set.meetings.push(Meeting {
            id: id("m"),
            date: date(1 + (serial % 28) as u32),
            // The figures of its day, so a version keeps them too.
            figures: Some(crate::domain::meeting_figures::figures_on(
                &set.objectives,
                date(1 + (serial % 28) as u32),
            )),
            learned,
            to_revisit: set
                .objectives
                .iter()
                .take(1)
                .map(|o| o.id.clone())
                .collect(),
            adjust: String::new(),
            blocking: String::new(),
        }),
        Edit::Launch => {
            set.launch = Some(Launch {
                at: at(serial as i64),
                reference: set.objectives.clone(),
            })
        }
        Edit::Close => set.closed = Some(at(serial as i64)),
        Edit::Share => {
            set.mark_shared();
        }
        Edit::Log(reason, value) => set.changes.push(Change {
            at: at(serial as i64),
            subject: "Taux".into(),
            what: ChangeKind::Target,
            old: None,
            new: Some(ChangeValue::Number(value)),
            reason,
        }),
        _ => {}
    }
    set.touch(at(serial as i64));
}

fn reason(i: u8) -> Reason {
    match i % 5 {
        0 => Reason::CheckIns(u32::from(i)),
        1 => Reason::BeforeMerge,
        2 => Reason::Editing,
        3 => Reason::BeforeRestore {
            of: at(i64::from(i)),
        },
        _ => Reason::Launch,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Kept, stored, read back, restored: every version is exactly the set it kept,
    /// and stays so when older versions are pruned around it.
    #[test]
    fn every_version_reads_back_exactly(
        edits in proptest::collection::vec((edit(), 0u8..10, any::<bool>()), 1..40),
        budget in 0usize..40_000,
    ) {
        let mut set = living(1);
        let mut history = History::new(set.id.clone());
        let mut kept = Vec::new();
        for (serial, (edit, why, keep)) in edits.into_iter().enumerate() {
            apply(&mut set, edit, serial);
            prop_assert!(crate::domain::validate::validate_sets(std::slice::from_ref(&set)).is_ok());
            if keep {
                let n = history.record(&set, reason(why), at(serial as i64));
                kept.retain(|(k, _)| *k != n);
                kept.push((n, set.clone()));
            }
        }
        let stored = roundtrip(&history);
        prop_assert_eq!(&stored, &history);
        for (n, version) in &kept {
            prop_assert_eq!(&stored.version(*n).unwrap(), version);
            let restored = stored.restore(*n, &set, at(999)).unwrap();
            prop_assert_eq!(restored.objectives.clone(), version.objectives.clone());
            prop_assert_eq!(restored.revision, set.revision.max(version.revision) + 1);
        }
        let mut histories = vec![stored];
        prune::within(&mut histories, budget, at(999));
        let pruned = roundtrip(&histories[0]);
        for (n, version) in &kept {
            if pruned.get(*n).is_some() {
                prop_assert_eq!(&pruned.version(*n).unwrap(), version);
            }
        }
    }
}
