//! The merge, natively: one-side changes taken, conflicts decided, limits kept.
use super::*;
use crate::domain::model::{Cycle, KrKind};
use crate::domain::test_support::{check_in, day};
use chrono::{DateTime, NaiveDate, Utc};

fn sample() -> OkrSet {
    let mut set = OkrSet::new(
        Id::new("s"),
        "Pilote",
        "Logistique",
        Cycle::quarter_from(day(1)),
        DateTime::<Utc>::from_timestamp(0, 0).unwrap(),
    );
    let kr = KeyResult {
        title: "Délai".into(),
        kind: KrKind::Decrease,
        baseline: Some(48.0),
        target: Some(24.0),
        check_ins: vec![check_in("c1", 8, 44.0)],
        ..KeyResult::new(Id::new("k1"))
    };
    set.objectives.push(Objective {
        title: "Livrer vite".into(),
        key_results: vec![kr],
        ..Objective::new(Id::new("o1"))
    });
    set
}

fn ours(_: &Item) -> Side {
    Side::Ours
}

#[test]
fn changes_on_one_side_are_taken_without_asking() {
    let base = sample();
    let mut mine = base.clone();
    mine.name = "Pilote 2027".into();
    mine.objectives[0].key_results[0]
        .check_ins
        .push(check_in("c2", 15, 40.0));
    let mut yours = base.clone();
    yours.objectives[0].key_results[0].target = Some(20.0);
    yours.objectives[0].key_results[0]
        .check_ins
        .push(check_in("c3", 15, 41.0));
    yours.objectives.push(Objective {
        title: "Nouveau".into(),
        ..Objective::new(Id::new("o2"))
    });
    let merged = merge(Some(&base), &mine, &yours, &ours);
    assert_eq!(merged.conflicts, vec![]);
    let kr = &merged.set.objectives[0].key_results[0];
    assert_eq!(merged.set.name, "Pilote 2027");
    assert_eq!(kr.target, Some(20.0));
    let ids: Vec<_> = kr.check_ins.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["c1", "c2", "c3"]);
    assert_eq!(merged.set.objectives.len(), 2);
}

#[test]
fn a_deletion_on_one_side_holds_unless_the_other_changed_the_item() {
    let base = sample();
    let mut mine = base.clone();
    mine.objectives[0].key_results[0].check_ins.clear();
    let merged = merge(Some(&base), &mine, &base, &ours);
    assert!(merged.set.objectives[0].key_results[0].check_ins.is_empty());
    let mut yours = base.clone();
    yours.objectives[0].key_results[0].check_ins[0].value = 45.0;
    let merged = merge(Some(&base), &mine, &yours, &|_| Side::Theirs);
    assert_eq!(merged.conflicts, vec![Item::CheckIn(Id::new("c1"))]);
    assert_eq!(
        merged.set.objectives[0].key_results[0].check_ins[0].value,
        45.0
    );
}

#[test]
fn both_sides_changing_one_thing_is_a_conflict_decided_by_the_choice() {
    let base = sample();
    let mut mine = base.clone();
    mine.objectives[0].title = "Livrer plus vite".into();
    mine.objectives[0].key_results[0].check_ins[0].value = 43.0;
    let mut yours = base.clone();
    yours.objectives[0].title = "Livrer très vite".into();
    yours.objectives[0].key_results[0].check_ins[0].value = 42.0;
    let listed = merge(Some(&base), &mine, &yours, &ours);
    assert_eq!(
        listed.conflicts,
        vec![Item::Objective(Id::new("o1")), Item::CheckIn(Id::new("c1"))]
    );
    assert_eq!(listed.set.objectives[0].title, "Livrer plus vite");
    let chosen = merge(Some(&base), &mine, &yours, &|item| match item {
        Item::CheckIn(_) => Side::Both,
        _ => Side::Theirs,
    });
    assert_eq!(chosen.set.objectives[0].title, "Livrer très vite");
    let values: Vec<_> = chosen.set.objectives[0].key_results[0]
        .check_ins
        .iter()
        .map(|c| (c.id.as_str(), c.value))
        .collect();
    assert_eq!(values, [("c1", 43.0), ("c1-2", 42.0)]);
}

#[test]
fn without_a_base_what_only_one_side_has_is_kept() {
    let a = sample();
    let mut b = sample();
    b.objectives[0].key_results[0].check_ins = vec![check_in("x9", 20, 30.0)];
    let merged = merge(None, &a, &b, &ours);
    let ids: Vec<_> = merged.set.objectives[0].key_results[0]
        .check_ins
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(ids, ["c1", "x9"]);
    assert_eq!(merged.conflicts, vec![]);
}

#[test]
fn files_that_parted_from_one_shared_copy_merge_like_three_way() {
    let mut shared = sample();
    shared.objectives[0].key_results[0]
        .check_ins
        .push(check_in("c0", 2, 47.0));
    shared.mark_shared();
    let (mut mine, mut yours) = (shared.clone(), shared.clone());
    mine.objectives[0].title = "Livrer plus vite".into();
    mine.objectives[0].key_results[0]
        .check_ins
        .retain(|c| c.id.as_str() != "c0");
    yours.objectives[0].key_results[0].target = Some(20.0);
    yours.name = "Pilote 2027".into();
    mine.mark_shared();
    yours.mark_shared();
    let merged = merge(None, &mine, &yours, &ours);
    assert_eq!(
        merged.conflicts,
        vec![],
        "each item changed on one side only"
    );
    let kr = &merged.set.objectives[0].key_results[0];
    assert_eq!(
        (
            merged.set.name.as_str(),
            merged.set.objectives[0].title.as_str(),
            kr.target
        ),
        ("Pilote 2027", "Livrer plus vite", Some(20.0))
    );
    let ids: Vec<_> = kr.check_ins.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        ["c1"],
        "a check-in deleted on one side after sharing stays deleted"
    );
    // Both sides change the same title: that one is asked.
    yours.objectives[0].title = "Livrer très vite".into();
    yours.mark_shared();
    assert_eq!(
        merge(None, &mine, &yours, &ours).conflicts,
        vec![Item::Objective(Id::new("o1"))]
    );
}

#[test]
fn a_key_result_moved_on_one_side_stays_in_one_place() {
    let mut a = sample();
    a.objectives.push(Objective {
        title: "Autre".into(),
        ..Objective::new(Id::new("o2"))
    });
    let mut b = a.clone();
    b.place_key_result(&Id::new("k1"), &Id::new("k1"));
    let moved = b.objectives[0].key_results.remove(0);
    b.objectives[1].key_results.push(moved);
    b.objectives[1].key_results[0]
        .check_ins
        .push(check_in("c9", 20, 30.0));
    let merged = merge(None, &a, &b, &|_| Side::Both);
    assert!(crate::domain::validate::validate_sets(std::slice::from_ref(&merged.set)).is_ok());
    let all: Vec<_> = merged
        .set
        .objectives
        .iter()
        .flat_map(|o| &o.key_results)
        .collect();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].check_ins.len(), 2);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn variant() -> impl Strategy<Value = OkrSet> {
        (
            any::<bool>(),
            0u32..4,
            prop::collection::vec((1u32..28, 0.0..100f64), 0..5),
            any::<bool>(),
        )
            .prop_map(|(rename, extra, check_ins, drop_first)| {
                let mut set = sample();
                if rename {
                    set.name = "Autre nom".into();
                }
                let kr = &mut set.objectives[0].key_results[0];
                if drop_first {
                    kr.check_ins.clear();
                }
                for (i, (d, v)) in check_ins.into_iter().enumerate() {
                    kr.check_ins.push(check_in(&format!("v{extra}-{i}"), d, v));
                }
                kr.check_ins.sort_by_key(|c| c.date);
                for i in 0..extra {
                    set.objectives.push(Objective {
                        title: format!("Objectif {i}"),
                        ..Objective::new(Id::new(format!("e{i}")))
                    });
                }
                set
            })
    }

    proptest! {
        #[test]
        fn merging_a_set_with_itself_changes_nothing(a in variant()) {
            let merged = merge(None, &a, &a, &ours);
            prop_assert_eq!(merged.conflicts, vec![]);
            prop_assert_eq!(merged.set, a.clone());
            prop_assert_eq!(merge(Some(&sample()), &a, &a, &ours).set, a);
        }

        #[test]
        fn merging_keeps_every_check_in_of_both(a in variant(), b in variant()) {
            let merged = merge(None, &a, &b, &|_| Side::Both);
            prop_assert!(crate::domain::validate::validate_sets(std::slice::from_ref(&merged.set)).is_ok(), "ids stay unique");
            let kept: Vec<(NaiveDate, u64)> = merged.set.objectives[0].key_results[0].check_ins.iter().map(|c| (c.date, c.value.to_bits())).collect();
            for side in [&a, &b] {
                for c in &side.objectives[0].key_results[0].check_ins {
                    prop_assert!(kept.contains(&(c.date, c.value.to_bits())), "{:?} lost", c);
                }
            }
        }

        #[test]
        fn a_change_on_one_side_only_is_the_result(a in variant()) {
            let base = sample();
            prop_assert_eq!(merge(Some(&base), &a, &base, &ours).set, a.clone());
            let theirs = merge(Some(&base), &base, &a, &ours).set;
            prop_assert_eq!(theirs.objectives, a.objectives.clone());
            prop_assert_eq!(theirs.name, a.name);
        }
    }
}

#[test]
fn a_merged_set_keeps_a_name_that_shows() {
    let mut invisible = sample();
    invisible.name = "\u{200b}\u{2060} \u{feff}".into();
    let named = sample();
    // Whichever side wins the conflict, and with a base or without, the name shows.
    for (a, b) in [(&invisible, &named), (&named, &invisible)] {
        for base in [None, Some(&named), Some(&invisible)] {
            let merged = merge(base, a, b, &ours);
            assert_eq!(merged.set.name, "Pilote", "{base:?}");
        }
    }
}

#[test]
fn share_point_keys_are_the_saved_names() {
    let mut set = sample();
    set.mark_shared();
    for detail in Detail::ALL {
        let key = key(&Item::Detail(detail));
        assert_eq!(key, detail.key());
        assert!(set.knew(&key), "{key} is noted at export");
    }
    assert!(set.knew(&key(&Item::Objective(Id::new("o1")))));
    assert!(set.knew(&key(&Item::KeyResult(Id::new("k1")))));
    assert!(set.knew(&key(&Item::CheckIn(Id::new("c1")))));
}
