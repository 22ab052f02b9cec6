use super::*;
use crate::domain::id::Id;
use crate::domain::model::{Cycle, Objective};
use chrono::{DateTime, NaiveDate, Utc};

#[test]
fn a_set_of_three_objectives_makes_five_slides() {
    let start = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    let mut set = OkrSet::new(
        Id::new("s"),
        "S",
        "",
        Cycle::quarter_from(start),
        DateTime::<Utc>::from_timestamp(0, 0).unwrap(),
    );
    assert_eq!(slides(&set), vec![Slide::Title, Slide::Summary]);
    set.objectives = (0..3)
        .map(|i| Objective::new(Id::new(format!("o{i}"))))
        .collect();
    let all = slides(&set);
    assert_eq!(all.len(), 5);
    assert_eq!(all[2], Slide::Objective(1));
}

#[test]
fn clicker_keys_move_and_stop_at_the_ends() {
    for key in ["ArrowRight", "ArrowDown", " ", "PageDown"] {
        assert_eq!(command(key), Some(Command::Next), "{key}");
    }
    for key in ["ArrowLeft", "ArrowUp", "PageUp"] {
        assert_eq!(command(key), Some(Command::Previous), "{key}");
    }
    assert_eq!(command("f"), Some(Command::ToggleFullscreen));
    assert_eq!(command("Escape"), Some(Command::Leave));
    assert_eq!(command("a"), None);
    assert_eq!(moved(0, 5, Command::Previous), 0);
    assert_eq!(moved(4, 5, Command::Next), 4);
    assert_eq!(moved(1, 5, Command::Next), 2);
    assert_eq!(moved(3, 5, Command::First), 0);
    assert_eq!(moved(0, 5, Command::Last), 4);
    assert_eq!(moved(0, 0, Command::Next), 0);
}

pub(super) mod split {
    use super::super::*;
    use crate::domain::id::Id;
    use crate::domain::model::{Cycle, KeyResult, Objective};
    use crate::domain::slide_pages::tests::Fixed;
    use chrono::{DateTime, NaiveDate, Utc};

    pub(crate) struct Texts;

    impl SlideTexts for Texts {
        fn meta(&self) -> String {
            "Accueil des usagers · 1 janv. 2027 → 31 mars 2027".into()
        }
        fn kicker(&self, objective: usize) -> String {
            format!("Objectif {objective}")
        }
        fn serves(&self, _: &Objective) -> Option<String> {
            None
        }
        fn contributors(&self, _: &Objective) -> Option<String> {
            None
        }
        fn goal(&self, _: &KeyResult) -> String {
            "40 → 80 % · Dernière valeur : 60 %".into()
        }
        fn summary(&self) -> String {
            "Où nous en sommes".into()
        }
        fn status(&self, status: Status) -> String {
            match status {
                Status::OnTrack => "En bonne voie",
                Status::Waiting => "Pas encore de point",
                Status::NotFollowed => "Pas suivi depuis deux semaines",
                Status::AtRisk => "À risque",
                Status::OffTrack => "En retard",
            }
            .into()
        }
        fn figures_as_of(&self, _: Option<NaiveDate>) -> String {
            "Chiffres au 2 déc. 2026".into()
        }
        fn rollup(&self, _: &Rollup) -> String {
            "D’après 2 objectifs d’équipe, au 2 déc. 2026".into()
        }
    }

    /// The deck of a set with no other set, read `days` into its cycle (past 14 days
    /// without a check-in, every status is the longest, "not followed").
    pub(crate) fn deck_of(
        set: &OkrSet,
        texts: &dyn SlideTexts,
        room: Room,
        days: u64,
    ) -> Vec<Page> {
        let figures = SetFigures::of(set, &[], set.cycle.start + chrono::Days::new(days));
        deck(
            set,
            &SlideFigures {
                figures: &figures,
                texts,
            },
            room,
            &Fixed,
        )
    }

    /// The room a screen gives, as the presentation computes it (`ui/pages/present`).
    pub(crate) fn room(width: f64, height: f64) -> Room {
        let floor = 32.0 * (width / 1280.0).min(height / 720.0).max(1.0);
        Room {
            width: width * 0.92 / floor,
            height: (height * 0.965 - 56.0) / floor,
        }
    }

    /// The longest a 3 × 3 set's file allows: a 300-word narrative in paragraphs, titles
    /// at the title limit.
    pub(crate) fn longest() -> OkrSet {
        let start = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        let mut set = OkrSet::new(
            Id::new("s"),
            &"Nom ".repeat(50),
            "",
            Cycle::quarter_from(start),
            DateTime::<Utc>::from_timestamp(0, 0).unwrap(),
        );
        let sentence = "Chaque usager repart avec une réponse claire et datée.";
        let paragraph = [sentence; 10].join(" ");
        set.why.narrative = vec![paragraph; 4].join("\n\n");
        let title = |n: usize| {
            let mut t = format!("Titre {n} ");
            while t.chars().count() < crate::domain::validate::MAX_TITLE_CHARS - 6 {
                t.push_str("mesure ");
            }
            t
        };
        set.objectives = (0..3)
            .map(|o| {
                let mut objective = Objective::new(Id::new(format!("o{o}")));
                objective.title = title(o);
                objective.key_results = (0..3)
                    .map(|k| KeyResult {
                        title: title(10 * o + k),
                        ..KeyResult::new(Id::new(format!("k{o}{k}")))
                    })
                    .collect();
                objective
            })
            .collect();
        set.launch = Some(crate::domain::model::Launch {
            at: set.created,
            reference: Vec::new(),
        });
        set
    }

    #[test]
    fn the_longest_set_is_split_and_every_word_shows_once_at_each_size() {
        let set = longest();
        assert_eq!(crate::domain::words::count_words(&set.why.narrative), 360);
        for (w, h) in [(1280.0, 720.0), (1366.0, 768.0), (1920.0, 1080.0)] {
            let deck = deck_of(&set, &Texts, room(w, h), 20);
            assert!(deck.len() > 5, "{w}×{h}: split into {}", deck.len());
            let narrative: Vec<&str> = deck
                .iter()
                .flat_map(|p| &p.shown)
                .filter(|s| s.content == Content::Narrative)
                .flat_map(|s| set.why.narrative[s.start..s.end].split_whitespace())
                .collect();
            assert_eq!(
                narrative,
                set.why.narrative.split_whitespace().collect::<Vec<_>>()
            );
            for (o, objective) in set.objectives.iter().enumerate() {
                let parts: Vec<&Page> = deck
                    .iter()
                    .filter(|p| p.slide == Slide::Objective(o))
                    .collect();
                let numbers: Vec<(usize, usize)> =
                    parts.iter().map(|p| (p.part, p.parts)).collect();
                let expected: Vec<(usize, usize)> =
                    (1..=parts.len()).map(|i| (i, parts.len())).collect();
                assert_eq!(numbers, expected, "parts are numbered 1/n … n/n");
                for (k, kr) in objective.key_results.iter().enumerate() {
                    let shown: Vec<&Shown> = parts
                        .iter()
                        .flat_map(|p| &p.shown)
                        .filter(|s| s.content == Content::KeyResult(k))
                        .collect();
                    let words: Vec<&str> = shown
                        .iter()
                        .flat_map(|s| kr.title[s.start..s.end].split_whitespace())
                        .collect();
                    assert_eq!(words, kr.title.split_whitespace().collect::<Vec<_>>());
                    assert_eq!(shown.iter().filter(|s| s.last).count(), 1);
                }
            }
            // Every slide's parts fit the room at the floor size.
            for page in &deck {
                let figures = SetFigures::of(&set, &[], set.cycle.start + chrono::Days::new(20));
                let f = SlideFigures {
                    figures: &figures,
                    texts: &Texts,
                };
                let (blocks, contents, first, rest) =
                    layout(&set, page.slide, &f, room(w, h), &Fixed);
                let head = if page.part == 1 { first } else { rest };
                let used: f64 = head
                    + page
                        .shown
                        .iter()
                        .map(|s| {
                            let b = contents.iter().position(|c| *c == s.content).unwrap();
                            let mut part = blocks[b].clone();
                            part.text = part.text[s.start..s.end].to_owned();
                            if !s.last {
                                part.tail = None;
                                part.look.aside_height = 0.0;
                            }
                            height(&part, room(w, h), &Fixed)
                        })
                        .sum::<f64>();
                assert!(
                    used <= room(w, h).height + 1e-9,
                    "{w}×{h} {:?} {}: {used}",
                    page.slide,
                    page.part
                );
            }
        }
    }

    #[test]
    fn a_short_set_keeps_one_slide_each_and_a_resize_keeps_the_place() {
        let mut set = longest();
        set.why.narrative = "Un cap clair.".into();
        for o in &mut set.objectives {
            o.title = "Réduire le délai de livraison des commandes urgentes".into();
            for kr in &mut o.key_results {
                kr.title = "Délai moyen des commandes critiques".into();
            }
        }
        set.name = "Pilote".into();
        let small = deck_of(&set, &Texts, room(1280.0, 720.0), 5);
        assert_eq!(small.len(), 5);
        assert!(small.iter().all(|p| p.parts == 1));
        let long = deck_of(&longest(), &Texts, room(1280.0, 720.0), 5);
        let at = long
            .iter()
            .position(|p| p.slide == Slide::Objective(1) && p.part == 2)
            .unwrap();
        assert_eq!(
            small[same_place(&long[at], &small)].slide,
            Slide::Objective(1)
        );
        let big = deck_of(&longest(), &Texts, room(1920.0, 1080.0), 5);
        assert_eq!(big[same_place(&long[at], &big)].slide, Slide::Objective(1));
    }
}
