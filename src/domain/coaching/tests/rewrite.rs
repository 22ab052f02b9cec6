//! Coaching's rewrite of a task-like key result: offered exactly where the rule fires,
//! in the title's language, with the kind its words point to; once applied (in the
//! catalogue's words of that language), the title no longer reads as a task; and an
//! undo puts every field back.

use super::super::rewrite::{suggest_rewrite, Wording};
use super::super::task_words::forms;
use super::*;
use crate::domain::validate::MAX_TITLE_CHARS;
use crate::i18n::catalogue;
use proptest::prelude::*;

fn alone(title: &str) -> (Objective, Id) {
    let mut ids = CountingIds::default();
    let k = kr(&mut ids, title, KrKind::Milestone, None, None, "");
    let id = k.id.clone();
    (objective(&mut ids, "", vec![k]), id)
}

fn suggested(title: &str, ui: Lang) -> Option<Rewrite> {
    let (objective, id) = alone(title);
    suggest_rewrite(&objective, &id, ui)
}

/// The key result once rewritten as the editor does it, and the rules on it then.
fn applied(title: &str, ui: Lang) -> (String, Vec<Rule>) {
    let (mut objective, id) = alone(title);
    let rewrite = suggest_rewrite(&objective, &id, ui).expect(title);
    let words = catalogue(rewrite.lang);
    let new_title = rewrite.title(|kind, means| words.rewrite_title(kind, means));
    let mut set = set_with(vec![objective.clone()]);
    set.reword_key_result(&id, rewrite.wording(new_title.clone()));
    objective = set.objectives[0].clone();
    let rules = review_one_objective(&objective, CountRule::default(), ui)
        .into_iter()
        .map(|f| f.rule)
        .collect();
    (new_title, rules)
}

#[test]
fn a_task_becomes_a_change_to_measure() {
    let r = suggested("Mettre en place un outil de suivi", Lang::En).unwrap();
    assert_eq!(r.lang, Lang::Fr, "read in its own language");
    assert_eq!(r.kind, KrKind::Increase);
    assert_eq!(r.means, "mettre en place un outil de suivi");
    let (title, rules) = applied("Mettre en place un outil de suivi", Lang::Fr);
    assert_eq!(
        title,
        "Augmenter [ce qui doit changer] (moyen\u{a0}: mettre en place un outil de suivi)"
    );
    assert!(!rules.contains(&Rule::KrStartsWithTaskVerb), "{rules:?}");
    // The numbers are the team's to fill: coaching now asks for them.
    assert!(rules.contains(&Rule::KrWithoutNumber), "{rules:?}");

    let r = suggested("Mise en place d’un suivi des réclamations", Lang::Fr).unwrap();
    assert_eq!(r.kind, KrKind::Decrease, "fewer complaints is better");
    let r = suggested("Launch the new complaints desk", Lang::Fr).unwrap();
    assert_eq!((r.lang, r.kind), (Lang::En, KrKind::Decrease));
    let (title, _) = applied("Launch the new complaints desk", Lang::Fr);
    assert_eq!(
        title,
        "Reduce [what must change] (means: launch the new complaints desk)"
    );
    // An acronym keeps its capitals once quoted mid-sentence.
    assert_eq!(
        suggested("CRM à déployer", Lang::Fr).map(|r| r.means),
        None,
        "not a task opening"
    );
    assert_eq!(
        suggested("Déployer le CRM", Lang::Fr).unwrap().means,
        "déployer le CRM"
    );
}

#[test]
fn nothing_is_offered_where_the_rule_does_not_fire() {
    for title in [
        "",
        "   ",
        "Délai moyen de livraison des commandes critiques",
        "Plan de continuité testé sur les sites",
        "Test coverage of the API",
        "Satisfaction on urgent orders",
    ] {
        assert_eq!(suggested(title, Lang::Fr), None, "{title:?}");
        assert_eq!(suggested(title, Lang::En), None, "{title:?}");
    }
    let (objective, _) = alone("Mettre à jour le rapport");
    assert_eq!(
        suggest_rewrite(&objective, &Id::new("elsewhere"), Lang::Fr),
        None
    );
}

#[test]
fn a_long_task_drops_the_means_rather_than_break_the_limit() {
    let long = format!("Mettre en place {}", "un outil ".repeat(60));
    let long = long[..MAX_TITLE_CHARS.min(long.len())].trim().to_owned();
    let r = suggested(&long, Lang::Fr).unwrap();
    let words = catalogue(Lang::Fr);
    let title = r.title(|kind, means| words.rewrite_title(kind, means));
    assert!(title.chars().count() <= MAX_TITLE_CHARS);
    assert_eq!(title, "Augmenter [ce qui doit changer]");
    let short = suggested("Créer un tableau", Lang::Fr).unwrap();
    assert!(short
        .title(|kind, means| words.rewrite_title(kind, means))
        .contains("créer un tableau"));
}

#[test]
fn rewording_hands_back_what_undoes_it() {
    let mut ids = CountingIds::default();
    let mut k = kr(
        &mut ids,
        "Organiser 3 ateliers",
        KrKind::Increase,
        Some(0.0),
        Some(3.0),
        "ateliers",
    );
    k.check_ins = Vec::new();
    let id = k.id.clone();
    let mut set = set_with(vec![objective(
        &mut ids,
        "Des clients mieux servis",
        vec![k],
    )]);
    let original = set.clone();
    let rewrite = suggest_rewrite(&set.objectives[0], &id, Lang::Fr).unwrap();
    let before = set
        .reword_key_result(&id, rewrite.wording("Augmenter [x]".into()))
        .unwrap();
    let kr = &set.objectives[0].key_results[0];
    assert_eq!(
        (
            kr.title.as_str(),
            kr.kind,
            kr.baseline,
            kr.target,
            kr.unit.as_str()
        ),
        ("Augmenter [x]", KrKind::Increase, None, None, "")
    );
    set.reword_key_result(&id, before).unwrap();
    assert_eq!(set, original);
    assert_eq!(
        set.reword_key_result(
            &Id::new("nope"),
            Wording::of(&set.objectives[0].key_results[0])
        ),
        None
    );
}

/// Every task form of each language, followed by an object: the rewrite is offered, in
/// that language, and its result no longer reads as a task, whatever the UI's language.
#[test]
fn every_task_form_rewrites_into_a_change() {
    for lang in Lang::ALL {
        let f = forms(lang);
        let object = match lang {
            Lang::Fr => " du rapport qualité de l’équipe",
            Lang::En => " the quality report of the team",
        };
        for form in f.verbs.iter().chain(f.verbs_or_nouns).chain(f.nouns) {
            let title = format!("{}{object}", crate::domain::vocabulary::capitalize(form));
            for ui in Lang::ALL {
                let Some(r) = suggested(&title, ui) else {
                    // Not every form takes this object (verbs-or-nouns want one of theirs):
                    // then the rule does not fire either.
                    assert!(
                        !rules_on_title(&title, "", ui).contains(&Rule::KrStartsWithTaskVerb),
                        "{title}"
                    );
                    continue;
                };
                assert_eq!(r.lang, lang, "{title}");
                let (new_title, rules) = applied(&title, ui);
                assert!(
                    !rules.contains(&Rule::KrStartsWithTaskVerb),
                    "{title} → {new_title}"
                );
            }
        }
    }
}

proptest! {
    /// The rewrite is offered exactly where the rule fires on that key result.
    #[test]
    fn offered_exactly_where_the_rule_fires(
        head in prop::sample::select(vec![
            "Mettre à jour", "Mise en place", "Organiser", "Créer", "Launch", "Update",
            "Review", "Plan", "Délai", "Satisfaction", "Taux", "Average", "Test", "Suivi",
        ]),
        tail in prop::sample::select(vec![
            "", " le rapport", " des réclamations", " the report", " of the desk",
            " de 48 h à 24 h", " 3 ateliers", " moyen des commandes", " coverage",
        ]),
        ui in prop::sample::select(vec![Lang::Fr, Lang::En]),
    ) {
        let title = format!("{head}{tail}");
        let fires = rules_on_title(&title, "", ui).contains(&Rule::KrStartsWithTaskVerb);
        prop_assert_eq!(suggested(&title, ui).is_some(), fires, "{}", title);
    }
}
