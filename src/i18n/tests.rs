//! The catalogue checked whole: every message in every language, and sentences that
//! agree with the team's words.

use super::*;
use crate::domain::vocabulary::Vocabulary;

#[test]
fn every_message_exists_in_every_language() {
    for msg in Msg::ALL {
        for lang in Lang::ALL {
            assert!(
                !catalogue(lang).text(*msg).trim().is_empty(),
                "{msg:?} empty in {lang:?}"
            );
        }
    }
}

#[test]
fn languages_differ_where_words_do() {
    let same: Vec<_> = Msg::ALL
        .iter()
        .filter(|m| !matches!(m, Msg::AppName | Msg::Actions | Msg::Note | Msg::DateColumn))
        .filter(|m| catalogue(Lang::Fr).text(**m) == catalogue(Lang::En).text(**m))
        .collect();
    assert!(same.is_empty(), "untranslated: {same:?}");
}

#[test]
fn sentences_follow_the_vocabulary_grammar() {
    let fr = catalogue(Lang::Fr);
    let std = Vocabulary::Standard.terms(Lang::Fr);
    let fin = Vocabulary::Finalites.terms(Lang::Fr);
    assert_eq!(fr.add_objective(&std), "Ajouter un objectif");
    assert_eq!(fr.add_objective(&fin), "Ajouter une finalité");
    assert_eq!(
        fr.counts(&fin, 1, 2),
        "1 finalité · 2 indicateurs de changement"
    );
    assert_eq!(fr.objective_deleted(&fin), "Finalité supprimée.");
    assert_eq!(fr.objective_deleted(&std), "Objectif supprimé.");
    assert_eq!(
        fr.reference_empty(&fin),
        "Aucune finalité dans ce jeu de référence pour l’instant."
    );
    assert_eq!(fr.trend(62), "À ce rythme\u{a0}: 62\u{a0}% en fin de cycle");
    let en = catalogue(Lang::En);
    let en_std = Vocabulary::Standard.terms(Lang::En);
    assert_eq!(en.add_objective(&en_std), "Add an objective");
    assert_eq!(en.counts(&en_std, 1, 0), "1 objective · 0 key results");
}

/// A milestone reads the same in the progress, the label and the check-in forms.
#[test]
fn every_layer_reads_a_milestone_alike() {
    use crate::domain::model::{milestone, CheckIn, KeyResult};
    use crate::domain::progress::value_progress;
    let kr = KeyResult {
        kind: KrKind::Milestone,
        ..KeyResult::new(crate::domain::id::Id::new("k"))
    };
    for value in [0.0, 0.3, 0.49, 0.5, 0.7, 1.0] {
        let check_in = CheckIn {
            id: crate::domain::id::Id::new("c"),
            date: NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(),
            value,
            confidence: Default::default(),
            note: String::new(),
        };
        let done = check_in.is_done();
        assert_eq!(done, milestone::reached(value), "{value}");
        assert_eq!(
            value_progress(&kr, value),
            Some(milestone::value(done)),
            "{value}"
        );
        for lang in Lang::ALL {
            let t = catalogue(lang);
            let said = t.measure(KrKind::Milestone, "", value, lang);
            let expected = t.text(if done { Msg::Done } else { Msg::NotYet });
            assert_eq!(said, expected, "{value}");
        }
    }
    assert!(milestone::reached(milestone::value(true)));
    assert!(!milestone::reached(milestone::value(false)));
    assert!(!milestone::reached(0.49) && milestone::reached(0.5));
}

#[test]
fn every_coaching_message_exists_and_differs_by_language() {
    let t = Vocabulary::Standard.terms(Lang::Fr);
    let te = Vocabulary::Standard.terms(Lang::En);
    for rule in Rule::ALL {
        let fr = catalogue(Lang::Fr).finding(rule, &t, CountRule::default());
        let en = catalogue(Lang::En).finding(rule, &te, CountRule::default());
        assert!(fr.len() > 20 && en.len() > 20 && fr != en, "{rule:?}");
    }
    assert_eq!(catalogue(Lang::Fr).word_counter(310, 300), "310 / 300 mots");
    assert_eq!(catalogue(Lang::En).word_counter(1, 300), "1 / 300 words");
}

/// The missing-baseline finding names the key result with the demonstrative that
/// agrees with the team's word: "ce", "cet" before a vowel sound, "cette".
#[test]
fn the_missing_baseline_finding_agrees_with_the_team_word() {
    use crate::domain::vocabulary::{Gender, Term};
    let term = |singular: &str, gender, vowel_sound| Term {
        singular: singular.into(),
        plural: format!("{singular}s"),
        gender,
        vowel_sound,
        short: String::new(),
    };
    let rule = Rule::KrWithoutBaseline;
    for (key_result, expected) in [
        (
            term("résultat clé", Gender::Masculine, false),
            "d’où part ce résultat clé\u{a0}?",
        ),
        (
            term("indicateur", Gender::Masculine, true),
            "d’où part cet indicateur\u{a0}?",
        ),
        (
            term("mesure d’impact", Gender::Feminine, false),
            "d’où part cette mesure d’impact\u{a0}?",
        ),
        (
            term("ambition", Gender::Feminine, true),
            "d’où part cette ambition\u{a0}?",
        ),
    ] {
        let words = Vocabulary::Custom {
            objective: term("cap", Gender::Masculine, false),
            key_result,
        };
        let fr = catalogue(Lang::Fr).finding(rule, &words.terms(Lang::Fr), CountRule::default());
        assert!(fr.contains(expected), "{fr}");
        assert!(fr.contains("«\u{a0}Départ\u{a0}»"), "{fr}");
        let terms = words.terms(Lang::En);
        let en = catalogue(Lang::En).finding(rule, &terms, CountRule::default());
        let named = format!("where does this {} start from?", terms.key_result.singular);
        assert!(en.contains(&named) && en.contains("“Baseline”"), "{en}");
    }
}
