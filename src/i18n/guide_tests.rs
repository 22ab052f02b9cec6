//! The method guide in both languages: every section agrees with every kind of team word
//! (gender, elision, number, articles), names the team's words and never the method's
//! outside the section about words, follows French typography, and is found by search.

use super::agreement_tests::{english_words, french_words, vocabularies};
use super::grammar_check;
use super::{catalogue, Msg};
use crate::domain::guide::{search, Block, Section};
use crate::domain::language::Lang;
use crate::domain::vocabulary::{Terms, Vocabulary};

/// Every text of the guide written with `t`, labelled with where it comes from.
fn texts(lang: Lang, t: &Terms) -> Vec<(String, String)> {
    let c = catalogue(lang);
    let mut out = Vec::new();
    for section in c.guide(t) {
        for text in section.texts() {
            out.push((format!("{:?}", section.section), text.to_owned()));
        }
    }
    out.push(("rewrite_done".into(), c.rewrite_done(t)));
    out
}

#[test]
fn every_section_agrees_with_every_kind_of_word() {
    let mut wrong = Vec::new();
    for (lang, words) in [(Lang::Fr, french_words()), (Lang::En, english_words())] {
        for t in vocabularies(&words) {
            for (what, text) in texts(lang, &t) {
                let found = match lang {
                    Lang::Fr => grammar_check::french(&text, &t),
                    Lang::En => grammar_check::english(&text, &t),
                };
                wrong.extend(found.into_iter().map(|w| format!("{lang:?} {what}: {w}")));
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Under other words, the method's own ("objectif", "key result") appear only where the
/// guide says that the team renamed them.
#[test]
fn the_method_words_show_only_where_the_renaming_is_explained() {
    for (lang, words, standard) in [
        (Lang::Fr, french_words(), ["objectif", "résultat"]),
        (Lang::En, english_words(), ["objective", "key result"]),
    ] {
        for t in vocabularies(&words) {
            let own = format!("{} {}", t.objective.plural, t.key_result.plural);
            if standard.iter().any(|w| own.contains(w)) {
                continue;
            }
            let c = catalogue(lang);
            for section in c.guide(&t) {
                let all: String = section.texts().collect::<Vec<_>>().join(" ").to_lowercase();
                let named = standard.iter().any(|w| all.contains(w));
                assert_eq!(
                    named,
                    section.section == Section::Words,
                    "{lang:?} {:?}: {all}",
                    section.section
                );
                assert!(
                    section.section != Section::Words || all.contains(&t.objective.plural),
                    "{all}"
                );
            }
        }
    }
}

#[test]
fn feminine_words_reach_headings_and_body() {
    let fr = catalogue(Lang::Fr);
    let t = Vocabulary::Finalites.terms(Lang::Fr);
    let guide = fr.guide(&t);
    let heading = |s: Section| {
        guide
            .iter()
            .find(|x| x.section == s)
            .unwrap()
            .heading
            .clone()
    };
    assert_eq!(
        heading(Section::Objective),
        "Une finalité\u{a0}: une direction, ni slogan ni tâche"
    );
    assert_eq!(
        heading(Section::Kinds),
        "Les types d’indicateurs de changement"
    );
    assert_eq!(
        heading(Section::Count),
        "Peu de finalités, peu d’indicateurs de changement"
    );
    let count = guide.iter().find(|x| x.section == Section::Count).unwrap();
    assert!(
        count.texts().any(|t| t.contains("pour chacune.")),
        "{count:?}"
    );
    let words = guide.iter().find(|x| x.section == Section::Words).unwrap();
    assert!(
        words
            .texts()
            .any(|t| t
                .contains("«\u{a0}finalités\u{a0}» là où la méthode dit «\u{a0}objectifs\u{a0}»")),
        "{words:?}"
    );
    let std = fr.guide(&Vocabulary::Standard.terms(Lang::Fr));
    assert_eq!(
        std[0].heading,
        "Un objectif\u{a0}: une direction, ni slogan ni tâche"
    );
    assert_eq!(
        fr.rewrite_done(&t),
        "Indicateur de changement réécrit\u{a0}: nommez ce qui doit changer, puis notez le départ et la cible."
    );
    let en = catalogue(Lang::En).guide(&Vocabulary::Standard.terms(Lang::En));
    assert_eq!(
        en[0].heading,
        "An objective: a direction, neither a slogan nor a task"
    );
    assert_eq!(
        en[1].heading,
        "Key result or task: what changed in the world?"
    );
}

/// French spacing: a non-breaking space before « : ; ? ! % » and inside « », a curly
/// apostrophe; English has no space before them.
#[test]
fn typography_of_each_language() {
    let t = Vocabulary::Standard.terms(Lang::Fr);
    let mut all: Vec<(String, String)> = texts(Lang::Fr, &t);
    let fr = catalogue(Lang::Fr);
    for msg in [Msg::GuideIntro, Msg::GuideWhy, Msg::GuideTitle] {
        all.push((format!("{msg:?}"), fr.text(msg).to_owned()));
    }
    for (what, text) in all {
        for sign in [':', ';', '?', '!', '%', '»'] {
            for (at, _) in text.match_indices(sign) {
                let before = text[..at].chars().next_back();
                assert_ne!(
                    before,
                    Some(' '),
                    "{what}: plain space before {sign} in «{text}»"
                );
            }
        }
        assert!(!text.contains("« "), "{what}: {text}");
        assert!(
            !text.contains('\''),
            "{what}: straight apostrophe in {text}"
        );
    }
    for (what, text) in texts(Lang::En, &Vocabulary::Standard.terms(Lang::En)) {
        assert!(
            !text.contains('\u{a0}') && !text.contains(" :") && !text.contains(" ?"),
            "{what}: {text}"
        );
    }
}

#[test]
fn every_section_has_a_heading_and_a_body_in_both_languages() {
    for lang in Lang::ALL {
        let guide = catalogue(lang).guide(&Vocabulary::Standard.terms(lang));
        assert_eq!(guide.len(), Section::ALL.len());
        for (section, text) in Section::ALL.iter().zip(&guide) {
            assert_eq!(*section, text.section);
            assert!(!text.heading.trim().is_empty() && !text.blocks.is_empty());
        }
        let kinds = &guide[3];
        let examples = kinds
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Example { label: Some(_), .. }))
            .count();
        assert_eq!(
            examples,
            crate::domain::model::KrKind::ALL.len(),
            "a weak → strong example per kind"
        );
    }
    let fr = catalogue(Lang::Fr).guide(&Vocabulary::Standard.terms(Lang::Fr));
    let en = catalogue(Lang::En).guide(&Vocabulary::Standard.terms(Lang::En));
    for (f, e) in fr.iter().zip(&en) {
        assert_ne!(f.heading, e.heading);
    }
}

/// Search reads the guide in the UI's language and the team's words.
#[test]
fn search_finds_sections_in_each_language_and_the_team_words() {
    let fr = catalogue(Lang::Fr).guide(&Vocabulary::Finalites.terms(Lang::Fr));
    assert_eq!(search("REUNION de suivi", &fr), vec![Section::FollowUp]);
    assert!(search("indicateurs DE changement", &fr).contains(&Section::Kinds));
    assert!(search("finalite", &fr).contains(&Section::Objective));
    assert_eq!(search("pilote", &fr), vec![Section::Pilot]);
    assert!(
        search("meeting", &fr).is_empty(),
        "French guide, French words"
    );
    let en = catalogue(Lang::En).guide(&Vocabulary::Standard.terms(Lang::En));
    assert_eq!(search("follow-up meeting", &en), vec![Section::FollowUp]);
    assert_eq!(search("pilot", &en), vec![Section::Pilot]);
    assert!(search("shopping list", &en).contains(&Section::AntiPatterns));
    assert!(search("réunion", &en).is_empty());
}
