use super::agenda::*;
use super::fist::*;
use super::ideas::*;
use super::timer::*;
use super::*;
use crate::domain::id::Id;
use crate::domain::model::{Cycle, KeyResult, Objective, OkrSet};
use chrono::{DateTime, NaiveDate, Utc};
use proptest::prelude::*;

fn set() -> OkrSet {
    let start = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    OkrSet::new(
        Id::new("s"),
        "Pilote",
        "",
        Cycle::quarter_from(start),
        DateTime::<Utc>::from_timestamp(0, 0).unwrap(),
    )
}

fn ids(prefix: &'static str) -> impl FnMut() -> Id {
    let mut n = 0;
    move || {
        n += 1;
        Id::new(format!("{prefix}{n}"))
    }
}

fn board(votes: &[u32]) -> OkrSet {
    let mut s = set();
    let text: Vec<String> = (0..votes.len()).map(|i| format!("Idée {i}")).collect();
    add_ideas(&mut s.workshop, &text.join("\n"), ids("i"));
    for (idea, &v) in s.workshop.ideas.iter_mut().zip(votes) {
        idea.votes = v;
    }
    s
}

#[test]
fn the_default_agenda_is_a_first_workshop_and_edits_keep_it() {
    let mut w = Workshop::default();
    let plan = agenda(&w);
    let stages: Vec<Stage> = plan.iter().filter_map(|i| i.stage).collect();
    assert_eq!(stages, Stage::ALL);
    assert_eq!(total_minutes(&plan), 95);
    assert!(w.is_empty(), "an untouched plan is not stored");
    assert!(set_minutes(&mut w, &Stage::Draft.id(), 50));
    assert!(w.agenda.is_some());
    assert_eq!(agenda(&w)[3].minutes, 50);
    assert!(set_minutes(&mut w, &Stage::Draft.id(), 0));
    assert_eq!(agenda(&w)[3].minutes, 1, "at least a minute");
    assert!(set_minutes(&mut w, &Stage::Draft.id(), 100_000));
    assert_eq!(agenda(&w)[3].minutes, MAX_MINUTES);
    assert!(rename_item(&mut w, &Stage::Why.id(), "  Notre cap  "));
    assert_eq!(agenda(&w)[0].name, "Notre cap");
    assert!(rename_item(&mut w, &Stage::Why.id(), " \u{200b} "));
    assert_eq!(
        agenda(&w)[0].name,
        "",
        "a blank name gives the default back"
    );
    assert!(add_item(&mut w, Id::new("pause"), "Pause café", 10));
    assert!(!add_item(&mut w, Id::new("x"), "   ", 10), "no blank item");
    assert!(
        !rename_item(&mut w, &Id::new("pause"), ""),
        "an own item keeps a name"
    );
    let (at, item) = remove_item(&mut w, &Stage::Vote.id()).unwrap();
    assert_eq!(agenda(&w).len(), 6);
    restore_item(&mut w, at, item);
    assert_eq!(agenda(&w)[2].stage, Some(Stage::Vote));
    for i in 0..MAX_AGENDA_ITEMS {
        add_item(&mut w, Id::new(format!("a{i}")), "Point", 5);
    }
    assert_eq!(agenda(&w).len(), MAX_AGENDA_ITEMS);
    assert!(check(&w).is_ok());
    reset(&mut w);
    assert_eq!(agenda(&w), default_agenda());
}

#[test]
fn the_timer_counts_down_pauses_adds_a_minute_and_moves_on() {
    let mut t = Timer::default();
    assert_eq!(t.remaining(15, 0.0), 15.0 * 60_000.0);
    t.start(1_000.0);
    assert_eq!(t.remaining(15, 61_000.0), 14.0 * 60_000.0);
    t.pause(61_000.0);
    assert_eq!(
        t.remaining(15, 999_999.0),
        14.0 * 60_000.0,
        "paused, time stands"
    );
    t.toggle(100_000.0);
    assert!(t.running());
    assert!(!t.is_over(15, 100_000.0 + 13.0 * 60_000.0));
    assert!(t.is_over(15, 100_000.0 + 14.0 * 60_000.0));
    t.add_minute();
    assert!(!t.is_over(15, 100_000.0 + 14.0 * 60_000.0));
    assert_eq!(
        clock_face(t.remaining(15, 100_000.0 + 14.5 * 60_000.0)),
        "0:30"
    );
    assert_eq!(
        clock_face(t.remaining(15, 100_000.0 + 15.5 * 60_000.0)),
        "-0:30"
    );
    t.next(6, 2_000_000.0);
    assert_eq!((t.item, t.extra_minutes), (1, 0));
    assert!(t.running(), "the next item runs if the timer did");
    assert_eq!(t.remaining(15, 2_000_000.0), 15.0 * 60_000.0);
    for _ in 0..10 {
        t.next(6, 2_000_000.0);
    }
    assert_eq!(t.item, 5, "stops at the last item");
    t.previous(6, 2_000_000.0);
    assert_eq!(t.item, 4);
    assert_eq!(clock_face(0.0), "0:00");
    assert_eq!(clock_face(1.0), "0:01", "never 0:00 before time is up");
    assert_eq!(clock_face(15.0 * 60_000.0), "15:00");
    assert_eq!(timer_key(" "), Some(TimerKey::StartPause));
    assert_eq!(timer_key("m"), Some(TimerKey::AddMinute));
    assert_eq!(timer_key("n"), Some(TimerKey::Next));
    assert_eq!(timer_key("x"), None);
}

#[test]
fn ideas_are_one_per_line_cleaned_and_bounded() {
    let mut w = Workshop::default();
    let added = add_ideas(
        &mut w,
        "  Réduire les délais \n\n\u{202e}Mieux accueillir\r\n \u{200b}\n",
        ids("i"),
    );
    assert_eq!(added, 2);
    let texts: Vec<&str> = w.ideas.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(texts, ["Réduire les délais", "Mieux accueillir"]);
    // A row pasted from a spreadsheet: its cells stay words apart.
    add_ideas(&mut w, "\tTabulé\tavec colonne", ids("t"));
    assert_eq!(
        w.ideas.last().map(|i| i.text.as_str()),
        Some("Tabulé avec colonne")
    );
    let many = vec!["x"; MAX_IDEAS + 5].join("\n");
    add_ideas(&mut w, &many, ids("j"));
    assert_eq!(w.ideas.len(), MAX_IDEAS);
    assert!(check(&w).is_ok());
}

#[test]
fn votes_never_go_below_zero_nor_past_the_bound() {
    let mut s = board(&[0]);
    let id = s.workshop.ideas[0].id.clone();
    assert_eq!(vote(&mut s.workshop, &id, -1), Some(0));
    assert_eq!(vote(&mut s.workshop, &id, 2), Some(2));
    assert_eq!(vote(&mut s.workshop, &id, -5), Some(0));
    assert_eq!(vote(&mut s.workshop, &id, i32::MAX), Some(MAX_VOTES));
    assert_eq!(vote(&mut s.workshop, &Id::new("none"), 1), None);
}

#[test]
fn ties_keep_the_board_order_and_a_tie_at_the_cut_is_told() {
    let s = board(&[2, 5, 3, 5, 3, 0]);
    assert_eq!(ranking(&s.workshop.ideas), [1, 3, 2, 4, 0, 5]);
    assert_eq!(
        cut(&s.workshop.ideas, 3),
        Cut {
            keep: vec![1, 3, 2],
            tie: true
        }
    );
    assert_eq!(
        cut(&s.workshop.ideas, 2),
        Cut {
            keep: vec![1, 3],
            tie: false
        }
    );
    assert_eq!(
        cut(&s.workshop.ideas, 10).keep.len(),
        5,
        "a card with no vote is never kept"
    );
    assert!(!cut(&s.workshop.ideas, 10).tie);
}

#[test]
fn keeping_the_top_respects_the_count_rule_parks_the_rest_and_undoes_in_one_step() {
    let mut s = board(&[1, 4, 3, 2, 0]);
    s.objectives.push(Objective::new(Id::new("o0")));
    assert_eq!(room_for(&s), 2, "3 × 3 with one objective already");
    let before = s.clone();
    let kept = keep_top(&mut s, 3, ids("o")).unwrap();
    assert_eq!(kept.objectives.len(), 2, "no more than the rule allows");
    let titles: Vec<&str> = s.objectives.iter().map(|o| o.title.as_str()).collect();
    assert_eq!(titles, ["", "Idée 1", "Idée 2"]);
    assert!(s.workshop.ideas.is_empty());
    let parked: Vec<&str> = s.workshop.parking.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(parked, ["Idée 0", "Idée 3", "Idée 4"]);
    assert_eq!(room_for(&s), 0);
    assert_eq!(keep_top(&mut s, 1, ids("p")), None, "no room left");
    undo_keep(&mut s, &kept);
    assert_eq!(s.objectives, before.objectives);
    assert_eq!(s.workshop, before.workshop);
    // A parked idea becomes an objective later, past the rule if the team says so.
    keep_top(&mut s, 2, ids("o")).unwrap();
    let parked = s.workshop.parking[0].id.clone();
    let made = restore_parked(&mut s, &parked, Id::new("later")).unwrap();
    assert_eq!(s.objective(&made).unwrap().title, "Idée 0");
    assert_eq!(s.workshop.parking.len(), 2);
    assert_eq!(restore_parked(&mut s, &parked, Id::new("again")), None);
}

#[test]
fn nothing_is_kept_without_votes() {
    let mut s = board(&[0, 0]);
    assert_eq!(keep_top(&mut s, 3, ids("o")), None);
    assert_eq!(s.workshop.ideas.len(), 2);
}

#[test]
fn fist_of_five_reads_with_the_method_s_thresholds() {
    assert_eq!(confidence(&[0; 6]), None);
    assert_eq!(confidence(&[0, 0, 0, 0, 0, 4]), Some(1.0));
    assert_eq!(confidence(&[2, 0, 0, 0, 0, 0]), Some(0.0));
    // 3 × 3 fingers and 1 × 4: 13 / 20 = 0.65.
    assert_eq!(confidence(&[0, 0, 0, 3, 1, 0]), Some(0.65));
    assert_eq!(band(0.95), Band::TooSafe);
    assert_eq!(band(0.9), Band::Comfortable, "above 0.9 only is too safe");
    assert_eq!(band(0.8), Band::Comfortable);
    assert_eq!(band(0.75), Band::Stretch);
    assert_eq!(band(0.4), Band::Stretch);
    assert_eq!(band(0.3), Band::LongShot);
    assert_eq!(band(0.25), Band::LongShot);
    assert_eq!(band(0.2), Band::Fantasy);
    assert_eq!(spread(&[0, 1, 0, 0, 2, 0]), Some((1, 4)));
    assert!(divided(&[0, 1, 0, 0, 2, 0]));
    assert!(!divided(&[0, 0, 3, 4, 0, 0]));
}

#[test]
fn confidence_votes_are_counts_on_live_key_results() {
    let mut s = set();
    let mut o = Objective::new(Id::new("o"));
    o.key_results = vec![KeyResult::new(Id::new("k1")), KeyResult::new(Id::new("k2"))];
    s.objectives.push(o);
    let k1 = Id::new("k1");
    assert_eq!(adjust(&mut s, &k1, 3, 2), Some(2));
    assert_eq!(adjust(&mut s, &k1, 4, 1), Some(1));
    assert_eq!(adjust(&mut s, &k1, 6, 1), None, "no sixth finger");
    assert_eq!(adjust(&mut s, &Id::new("gone"), 1, 1), None);
    assert_eq!(
        vote_of(&s.workshop, &k1).unwrap().counts,
        [0, 0, 0, 2, 1, 0]
    );
    assert_eq!(adjust(&mut s, &Id::new("k2"), 5, 1), Some(1));
    // (0.6 + 0.2 × 0 … ) k1: 10/15 fingers, k2: 5/5.
    let expected = (10.0 / 15.0 + 1.0) / 2.0;
    assert!((set_confidence(&s).unwrap() - expected).abs() < 1e-12);
    assert_eq!(
        adjust(&mut s, &Id::new("k2"), 5, -3),
        Some(0),
        "never negative"
    );
    assert!(
        vote_of(&s.workshop, &Id::new("k2")).is_none(),
        "no vote left, nothing stored"
    );
    // A removed key result's vote goes at the next vote.
    s.objectives[0].key_results.remove(0);
    adjust(&mut s, &Id::new("k2"), 2, 1);
    assert!(vote_of(&s.workshop, &k1).is_none());
}

#[test]
fn a_hostile_workshop_is_refused() {
    use crate::domain::validate::Problem;
    let idea = |id: &str, text: &str, votes| Idea {
        id: Id::new(id),
        text: text.into(),
        votes,
    };
    let bad = [
        Workshop {
            ideas: vec![idea("a", "ok", 1), idea("a", "twice", 0)],
            ..Default::default()
        },
        Workshop {
            ideas: vec![idea("a b", "bad id", 0)],
            ..Default::default()
        },
        Workshop {
            parking: vec![idea("a", "x\u{202e}", 0)],
            ..Default::default()
        },
        Workshop {
            ideas: vec![idea("a", &"x".repeat(MAX_IDEA_CHARS + 1), 0)],
            ..Default::default()
        },
        Workshop {
            ideas: vec![idea("a", "x", MAX_VOTES + 1)],
            ..Default::default()
        },
        Workshop {
            ideas: (0..=MAX_IDEAS)
                .map(|i| idea(&format!("i{i}"), "x", 0))
                .collect(),
            ..Default::default()
        },
        Workshop {
            agenda: Some(vec![AgendaItem {
                id: Id::new("a"),
                stage: None,
                name: "x".into(),
                minutes: 0,
            }]),
            ..Default::default()
        },
        Workshop {
            confidence: vec![FistVote {
                key_result: Id::new("k"),
                counts: [0, 0, 0, 0, 0, MAX_VOTES + 1],
            }],
            ..Default::default()
        },
        Workshop {
            confidence: vec![
                FistVote {
                    key_result: Id::new("k"),
                    counts: [1; 6],
                },
                FistVote {
                    key_result: Id::new("k"),
                    counts: [1; 6],
                },
            ],
            ..Default::default()
        },
    ];
    for (i, w) in bad.iter().enumerate() {
        assert!(check(w).is_err(), "case {i}");
        let mut s = set();
        s.workshop = w.clone();
        assert!(
            crate::domain::validate::validate_sets(&[s]).is_err(),
            "case {i} through validate"
        );
    }
    assert!(matches!(check(&bad[4]), Err(Problem::NumberOutOfRange)));
}

#[test]
fn a_set_without_a_workshop_saves_nothing_of_it_and_one_with_reads_back() {
    let mut s = board(&[1, 2]);
    let json = serde_json::to_value(set()).unwrap();
    assert!(json.get("workshop").is_none());
    s.workshop.parking.push(Idea {
        id: Id::new("p1"),
        text: "Plus tard".into(),
        votes: 1,
    });
    set_minutes(&mut s.workshop, &Stage::Why.id(), 20);
    s.workshop.confidence.push(FistVote {
        key_result: Id::new("k"),
        counts: [0, 1, 2, 3, 4, 5],
    });
    let json = serde_json::to_string(&s).unwrap();
    let back: OkrSet = serde_json::from_str(&json).unwrap();
    assert_eq!(back, s);
    assert!(crate::domain::validate::validate_sets(&[back]).is_ok());
}

#[test]
fn a_merge_never_loses_the_workshop() {
    use crate::domain::merge::{merge, Side};
    let base = set();
    let mut theirs = base.clone();
    add_ideas(&mut theirs.workshop, "Idée de l’autre onglet", ids("t"));
    let ours = base.clone();
    let merged = merge(Some(&base), &ours, &theirs, &|_| Side::Ours).set;
    assert_eq!(
        merged.workshop, theirs.workshop,
        "changed on one side only: taken"
    );
    let merged = merge(Some(&base), &theirs, &ours, &|_| Side::Ours).set;
    assert_eq!(merged.workshop, theirs.workshop);
    // Two files with no base: the one that has a workshop keeps it.
    let merged = merge(None, &ours, &theirs, &|_| Side::Theirs).set;
    assert_eq!(merged.workshop, theirs.workshop);
}

proptest! {
    /// Votes stay within 0 and the bound whatever the clicks, and keeping never passes
    /// the rule nor loses a card: each is an objective or parked.
    #[test]
    fn votes_and_keeping_hold_their_rules(
        clicks in prop::collection::vec((0usize..8, -3i32..4), 0..60),
        cards in 1usize..8,
        rule in 1u32..5,
        existing in 0usize..4,
        n in 0usize..8,
    ) {
        let mut s = board(&vec![0; cards]);
        s.count_rule.max_objectives = rule;
        for i in 0..existing {
            s.objectives.push(Objective::new(Id::new(format!("e{i}"))));
        }
        for (card, delta) in clicks {
            if let Some(id) = s.workshop.ideas.get(card % cards).map(|i| i.id.clone()) {
                let v = vote(&mut s.workshop, &id, delta).unwrap();
                prop_assert!(v <= MAX_VOTES);
            }
        }
        let before = s.clone();
        let room = room_for(&s);
        match keep_top(&mut s, n, ids("o")) {
            Some(kept) => {
                prop_assert!(kept.objectives.len() <= n.min(room));
                prop_assert!(s.objectives.len() <= existing.max(rule as usize));
                prop_assert_eq!(kept.objectives.len() + s.workshop.parking.len(), cards);
                undo_keep(&mut s, &kept);
                prop_assert_eq!(&s.objectives, &before.objectives);
                prop_assert_eq!(&s.workshop, &before.workshop);
            }
            None => prop_assert_eq!(&s, &before),
        }
    }
}
