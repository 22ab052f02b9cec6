//! The history, natively: a version reads back as exactly the set that was kept, through
//! the stored text, whatever the set and whatever was pruned around it.
use super::compare::{compare, How};
use super::prune::{self, Pruned};
use super::*;
use crate::domain::merge::{Detail, Item};
use crate::domain::model::{
    ChangeKind, ChangeValue, CheckIn, Confidence, Cycle, KeyResult, KrKind, Launch, Meeting,
    Objective,
};
use chrono::{Duration, NaiveDate, TimeZone};

fn at(day: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 1, 1, 9, 0, 0).unwrap() + Duration::days(day)
}

fn date(day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, day.clamp(1, 28)).unwrap()
}

/// A launched 3 × 3 set with `weeks` weekly check-ins on each key result.
fn living(weeks: u32) -> OkrSet {
    let mut set = OkrSet::new(
        Id::new("s1"),
        "Livraisons",
        "Logistique",
        Cycle::quarter_from(date(1)),
        at(0),
    );
    for o in 0..3 {
        let mut objective = Objective::new(Id::new(format!("o{o}")));
        objective.title = format!("Livrer vite, partout ({o})");
        for k in 0..3 {
            let mut kr = KeyResult::new(Id::new(format!("k{o}{k}")));
            kr.title = format!("Délai moyen de livraison {o}.{k}");
            kr.baseline = Some(48.0);
            kr.target = Some(24.0);
            kr.unit = "h".into();
            kr.kind = KrKind::Decrease;
            for w in 0..weeks {
                kr.check_ins.push(CheckIn {
                    id: Id::new(format!("c{o}{k}w{w}")),
                    date: date(1 + w),
                    value: 48.0 - f64::from(w),
                    confidence: Confidence::Confident,
                    note: if w % 2 == 0 {
                        String::new()
                    } else {
                        "Météo".into()
                    },
                });
            }
            objective.key_results.push(kr);
        }
        set.objectives.push(objective);
    }
    // The plan as launched, before any check-in, as the launch step keeps it.
    let mut reference = set.objectives.clone();
    for kr in reference.iter_mut().flat_map(|o| o.key_results.iter_mut()) {
        kr.check_ins.clear();
    }
    set.launch = Some(Launch {
        at: at(0),
        reference,
    });
    set
}

fn roundtrip(history: &History) -> History {
    History::from_json(&history.to_json()).expect("a stored history reads back")
}

#[test]
fn a_version_reads_back_as_the_set_that_was_kept() {
    let mut history = History::new(Id::new("s1"));
    let mut kept = Vec::new();
    for weeks in 0..6 {
        let mut set = living(weeks);
        set.touch(at(i64::from(weeks)));
        let n = history.record(&set, Reason::CheckIns(9), at(i64::from(weeks)));
        kept.push((n, set));
    }
    let history = roundtrip(&history);
    for (n, set) in kept {
        assert_eq!(history.version(n), Ok(set));
    }
    assert_eq!(history.version(99), Err(Unreadable));
}

#[test]
fn items_shared_by_versions_are_stored_once() {
    let mut history = History::new(Id::new("s1"));
    let mut full = 0;
    for week in 0..13 {
        let set = living(week);
        full += crate::domain::format::storage_json(&set).len();
        history.record(&set, Reason::CheckIns(9), at(7 * i64::from(week)));
    }
    let stored = history.to_json().len();
    assert!(
        stored * 4 < full,
        "13 weekly versions take {stored} characters, against {full} as full copies"
    );
}

#[test]
fn editing_twice_with_nothing_new_keeps_one_version() {
    let mut history = History::new(Id::new("s1"));
    let set = living(1);
    let a = history.record(&set, Reason::Editing, at(0));
    let b = history.record(&set, Reason::Editing, at(1));
    assert_eq!((a, history.versions().len()), (b, 1));
    // Any other moment is kept even when nothing changed: its reason is the point.
    history.record(&set, Reason::BeforeMerge, at(2));
    assert_eq!(history.versions().len(), 2);
}

#[test]
fn editing_keeps_a_version_at_most_once_an_hour() {
    assert!(editing_due(None, at(0)));
    let last = at(0);
    assert!(!editing_due(Some(last), last + Duration::minutes(59)));
    assert!(editing_due(Some(last), last + Duration::minutes(60)));
    // A clock set back (or a version stamped by a clock ahead) does not silence it.
    assert!(editing_due(Some(last), last - Duration::minutes(5)));
}

#[test]
fn a_restore_brings_the_content_back_as_a_new_revision() {
    let mut history = History::new(Id::new("s1"));
    let before = living(2);
    let n = history.record(&before, Reason::BeforeMerge, at(1));
    let mut now = living(4);
    now.revision = 40;
    now.name = "Fusionné".into();
    let restored = history.restore(n, &now, at(3)).unwrap();
    assert_eq!(
        restored.revision, 41,
        "the set moves on from the current revision"
    );
    assert_eq!(restored.modified, at(3));
    assert_eq!(
        OkrSet {
            revision: before.revision,
            modified: before.modified,
            ..restored
        },
        before
    );
}

#[test]
fn a_damaged_history_is_refused_whole() {
    let mut history = History::new(Id::new("s1"));
    history.record(&living(2), Reason::Launch, at(0));
    let text = history.to_json();
    assert!(History::from_json(&text).is_ok());
    for damaged in [
        text[..text.len() / 2].to_owned(),
        text.replacen("\"s\":", "\"s\":9999,\"z\":", 1),
        text.replacen("\"next\":", "\"unknown\":1,\"next\":", 1),
        "null".to_owned(),
        String::new(),
    ] {
        assert_eq!(
            History::from_json(&damaged),
            Err(Unreadable),
            "{damaged:.80}"
        );
    }
    // An item missing from the pool: the version would not read.
    let mut broken = history.clone();
    broken.items.items.clear();
    assert_eq!(History::from_json(&broken.to_json()), Err(Unreadable));
}

#[test]
fn removing_a_version_lets_go_of_its_own_items_only() {
    let mut history = History::new(Id::new("s1"));
    let renamed = OkrSet {
        name: "Ancien nom".into(),
        ..living(1)
    };
    let first = history.record(&renamed, Reason::CheckIns(9), at(0));
    let second = history.record(&living(2), Reason::CheckIns(9), at(7));
    let items = history.items.items.len();
    assert!(history.remove(first));
    assert!(!history.remove(first));
    assert!(history.items.items.len() < items);
    assert_eq!(history.version(second), Ok(living(2)));
}

#[test]
fn the_offer_follows_its_version() {
    let mut history = History::new(Id::new("s1"));
    let n = history.record(&living(1), Reason::BeforeMerge, at(0));
    history.set_offer(Some(n));
    assert_eq!(roundtrip(&history).offer(), Some(n));
    history.set_offer(Some(n + 7));
    assert_eq!(history.offer(), None, "only a kept version is offered");
    history.set_offer(Some(n));
    history.remove(n);
    assert_eq!(history.offer(), None);
}

fn weekly(count: u32, reason: impl Fn(u32) -> Reason) -> History {
    let mut history = History::new(Id::new("s1"));
    for week in 0..count {
        history.record(&living(week % 13), reason(week), at(7 * i64::from(week)));
    }
    history
}

#[test]
fn the_budget_lets_the_oldest_go_first() {
    let mut histories = vec![weekly(30, |_| Reason::CheckIns(9))];
    let size = prune::stored_size(&histories[0]);
    let (pruned, changed) = prune::within(&mut histories, size / 2, at(400));
    assert!(pruned.versions > 0 && changed == vec![true]);
    assert!(prune::stored_size(&histories[0]) <= size / 2);
    let left = histories[0].versions();
    assert_eq!(left.last().unwrap().n, 30, "the newest stays");
    assert_eq!(
        left.first().unwrap().n as usize,
        pruned.versions + 1,
        "the oldest went first"
    );
    let (none, _) = prune::within(&mut histories, size, at(400));
    assert_eq!(none, Pruned::default(), "within the budget, nothing goes");
}

#[test]
fn the_way_back_from_a_recent_import_or_merge_is_never_pruned_silently() {
    // Week 9 is the version from before a merge, a week before now; the rest are check-ins.
    let guard = |week| {
        if week == 9 {
            Reason::BeforeMerge
        } else {
            Reason::CheckIns(9)
        }
    };
    let now = at(7 * 10);
    let mut histories = vec![weekly(11, guard)];
    let (pruned, _) = prune::within(&mut histories, 0, now);
    assert_eq!((pruned.versions, pruned.guarded), (10, 0));
    let left: Vec<u32> = histories[0].versions().iter().map(|v| v.n).collect();
    assert_eq!(
        left,
        vec![10],
        "the budget takes everything but the guarded version"
    );

    // Past 30 days it is a version like any other.
    let mut histories = vec![weekly(11, guard)];
    prune::within(&mut histories, 0, at(7 * 9 + 31));
    assert!(histories[0].versions().is_empty());

    // A full quota takes guarded versions last, and says so.
    let mut imports = History::new(Id::new("s2"));
    for day in 60..63 {
        imports.record(&living(2), Reason::BeforeImport, at(day));
    }
    let mut histories = vec![weekly(11, guard), imports];
    let (pruned, _) = prune::free(&mut histories, 1, now, true);
    assert_eq!(pruned.guarded, 0, "the oldest unguarded version was enough");
    let total: usize = histories.iter().map(prune::stored_size).sum();
    // Room for another version never takes a guarded one.
    let (pruned, _) = prune::free(&mut histories.clone(), total, now, false);
    assert_eq!(pruned.guarded, 0);
    let (pruned, changed) = prune::free(&mut histories, total, now, true);
    assert_eq!(changed, vec![true, true]);
    assert_eq!(pruned.guarded, 4);
    assert!(histories.iter().all(|h| h.versions().is_empty()));
}

#[test]
fn a_full_quota_frees_what_is_asked_oldest_first_across_sets() {
    let older = weekly(10, |_| Reason::CheckIns(9));
    let mut newer = History::new(Id::new("s2"));
    newer.record(&living(3), Reason::Launch, at(400));
    let mut histories = vec![newer, older];
    let (pruned, changed) = prune::free(&mut histories, 1, at(500), true);
    assert_eq!(
        changed,
        vec![false, true],
        "the oldest version was in the other set"
    );
    assert!(pruned.versions >= 1);
    assert_eq!(histories[1].versions()[0].n as usize, pruned.versions + 1);
}

#[test]
fn comparing_says_what_differs_item_by_item() {
    let then = living(2);
    let mut now = living(3);
    now.name = "Livraisons 2027".into();
    now.objectives[0].title = "Livrer vite".into();
    now.objectives[1].key_results[2].target = Some(20.0);
    now.objectives[2].key_results.remove(0);
    now.objectives.swap(0, 1);
    now.meetings.push(Meeting {
        id: Id::new("m1"),
        date: date(20),
        learned: "Le lundi ralentit".into(),
        to_revisit: vec![],
        adjust: String::new(),
        blocking: String::new(),
        figures: None,
    });
    let diff = compare(&then, &now);
    let has = |item: Item, how: How| diff.iter().any(|d| d.item == item && d.how == how);
    assert!(has(Item::Detail(Detail::Name), How::Changed));
    assert!(has(Item::Objective(Id::new("o0")), How::Changed));
    assert!(
        !has(Item::Objective(Id::new("o1")), How::Changed),
        "a move is no change"
    );
    assert!(has(Item::KeyResult(Id::new("k12")), How::Changed));
    assert!(has(Item::KeyResult(Id::new("k20")), How::Removed));
    assert!(has(Item::CheckIn(Id::new("c20w1")), How::Removed));
    assert!(has(Item::CheckIn(Id::new("c00w2")), How::Added));
    assert!(has(Item::Meeting(Id::new("m1")), How::Added));
    assert!(!has(Item::CheckIn(Id::new("c00w1")), How::Changed));
    assert_eq!(compare(&now, &now), vec![]);
}

/// One example of each reason, in the order the fixture lists their saved names. The
/// match is exhaustive: a new reason does not compile until it is listed here.
fn reason_example(i: usize) -> Option<Reason> {
    let change = Change {
        at: at(0),
        subject: "Taux".into(),
        what: ChangeKind::Target,
        old: Some(ChangeValue::Number(95.0)),
        new: Some(ChangeValue::Number(91.0)),
        reason: "Budget réduit".into(),
    };
    let all = [
        Reason::Launch,
        Reason::CheckIns(3),
        Reason::PlanChange {
            change: Box::new(change),
            more: 0,
        },
        Reason::BeforeImport,
        Reason::BeforeMerge,
        Reason::BeforeNextCycle,
        Reason::BeforeRestore { of: at(0) },
        Reason::BeforeReopen,
        Reason::Editing,
    ];
    let listed = |r: &Reason| match r {
        Reason::Launch
        | Reason::CheckIns(_)
        | Reason::PlanChange { .. }
        | Reason::BeforeImport
        | Reason::BeforeMerge
        | Reason::BeforeNextCycle
        | Reason::BeforeRestore { .. }
        | Reason::BeforeReopen
        | Reason::Editing => true,
    };
    all.into_iter().filter(listed).nth(i)
}

#[test]
fn reasons_keep_their_stored_names() {
    let reasons: Vec<Reason> = (0..).map_while(reason_example).collect();
    let names: Vec<String> = reasons
        .iter()
        .map(|r| match serde_json::to_value(r).unwrap() {
            serde_json::Value::String(s) => s,
            serde_json::Value::Object(m) => m.keys().next().unwrap().clone(),
            other => panic!("{other}"),
        })
        .collect();
    let fixture: serde_json::Value =
        serde_json::from_str(include_str!("../../../../tests/fixtures/saved-names.json")).unwrap();
    assert_eq!(
        serde_json::to_value(names).unwrap(),
        fixture["history_reason"]
    );
    for reason in reasons {
        let back: Reason = serde_json::from_value(serde_json::to_value(&reason).unwrap()).unwrap();
        assert_eq!(back, reason);
    }
}

mod properties;
