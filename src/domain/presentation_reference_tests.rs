//! A reference set's slides: the figures' date, each objective's rollup, and no status
//! of its own for an objective the teams serve.

use super::tests::split::{deck_of, longest, room, Texts};
use super::*;
use crate::domain::model::{KeyResult, Objective};
use crate::domain::slide_pages::tests::Fixed;
use chrono::NaiveDate;

/// A reference set's texts: the figures' date, and two objectives rolled up (the
/// second served by nobody, so no bar). Each status a slide would show is noted.
#[derive(Default)]
struct Reference(std::cell::RefCell<Vec<Status>>);

impl SlideTexts for Reference {
    fn meta(&self) -> String {
        Texts.meta()
    }
    fn kicker(&self, objective: usize) -> String {
        Texts.kicker(objective)
    }
    fn serves(&self, _: &Objective) -> Option<String> {
        None
    }
    fn contributors(&self, _: &Objective) -> Option<String> {
        Some("Contributions des équipes : Support — Répondre vite".into())
    }
    fn goal(&self, kr: &KeyResult) -> String {
        Texts.goal(kr)
    }
    fn summary(&self) -> String {
        Texts.summary()
    }
    fn status(&self, status: Status) -> String {
        self.0.borrow_mut().push(status);
        Texts.status(status)
    }
    fn figures_as_of(&self, day: Option<NaiveDate>) -> String {
        Texts.figures_as_of(day)
    }
    fn rollup(&self, rollup: &Rollup) -> String {
        if rollup.nobody() {
            "⚠ Personne n’y contribue encore".into()
        } else {
            Texts.rollup(rollup)
        }
    }
}

#[test]
fn a_reference_set_s_slides_carry_their_rollups_and_the_figures_date() {
    let mut set = longest();
    set.why.narrative = "Un cap clair.".into();
    set.name = "Direction".into();
    set.objectives.truncate(2);
    for o in &mut set.objectives {
        o.title = "Des clients servis à temps".into();
        o.key_results.truncate(1);
        o.key_results[0].title = "Note de satisfaction".into();
    }
    set.launch = None;
    set.reference = true;
    // The first objective served by two teams, the second by nobody.
    let served = Rollup {
        contributors: 2,
        measured: 2,
        progress: Some(0.5),
        ..Rollup::default()
    };
    let figures = SetFigures::with_rollups(&set, vec![served, Rollup::default()], set.cycle.start);
    let f = SlideFigures {
        figures: &figures,
        texts: &Reference::default(),
    };
    let deck = deck(&set, &f, room(1280.0, 720.0), &Fixed);
    assert_eq!(deck.len(), 4);
    let contents = |i: usize| -> Vec<Content> { deck[i].shown.iter().map(|s| s.content).collect() };
    assert_eq!(
        contents(0),
        [Content::Name, Content::AsOf, Content::Narrative]
    );
    assert_eq!(
        contents(1),
        [
            Content::ObjectiveTitle,
            Content::RollupBar,
            Content::Rollup,
            Content::Contributors,
            Content::KeyResult(0)
        ]
    );
    assert_eq!(
        contents(2),
        [
            Content::ObjectiveTitle,
            Content::Rollup,
            Content::Contributors,
            Content::KeyResult(0)
        ],
        "nobody serves it: its words, no bar"
    );
    assert_eq!(
        contents(3),
        [
            Content::AsOf,
            Content::SetProgress,
            Content::Row(0),
            Content::Row(1)
        ],
        "a reference set's summary shows its rollup, launched or not"
    );
    // A team set's texts give neither: its slides are as before.
    set.reference = false;
    let team = deck_of(&set, &Texts, room(1280.0, 720.0), 5);
    assert!(team.iter().flat_map(|p| &p.shown).all(|s| !matches!(
        s.content,
        Content::AsOf | Content::Rollup | Content::RollupBar | Content::SetProgress
    )));
}

/// The tester's launched "Direction 2027": its own signals have no check-in, the teams
/// serving it do. No slide flags a reference objective "not followed" (nor shows any
/// status of its own); the summary's rows read their rollups, dated by the teams'.
#[test]
fn a_served_reference_objective_s_slides_show_its_rollup_and_no_status_of_its_own() {
    let (direction, sets, today) = crate::domain::test_support::direction_2027();
    let figures = SetFigures::of(&direction, &sets, today);
    let noting = Reference::default();
    let f = SlideFigures {
        figures: &figures,
        texts: &noting,
    };
    let slides = deck(&direction, &f, room(1280.0, 720.0), &Fixed);
    assert_eq!(*noting.0.borrow(), [], "no status is laid out");
    for i in 0..2 {
        assert_eq!(f.objective_status(i), None);
        let kr = &direction.objectives[i].key_results[0];
        assert_eq!(f.key_result_status(i, kr), None);
        assert!(f.rollup(i).is_some_and(|(_, bar)| bar));
    }
    assert_eq!(
        f.as_of(),
        Some(Texts.figures_as_of(NaiveDate::from_ymd_opt(2026, 11, 29)))
    );
    let summary: Vec<Content> = slides
        .iter()
        .filter(|p| p.slide == Slide::Summary)
        .flat_map(|p| p.shown.iter().map(|s| s.content))
        .collect();
    assert_eq!(
        summary,
        [
            Content::AsOf,
            Content::SetProgress,
            Content::Row(0),
            Content::Row(1)
        ]
    );
    // The same set as a team's: its own key results are its measure, unfollowed.
    let mut team = direction.clone();
    team.reference = false;
    let figures = SetFigures::of(&team, &sets, today);
    let noting = Reference::default();
    let f = SlideFigures {
        figures: &figures,
        texts: &noting,
    };
    deck(&team, &f, room(1280.0, 720.0), &Fixed);
    assert!(noting.0.borrow().contains(&Status::NotFollowed));
    assert_eq!(f.objective_status(0), Some(Status::NotFollowed));
}
