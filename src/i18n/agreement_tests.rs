//! Every catalogue sentence that names the team's words, rendered in both languages with
//! masculine and feminine words, elided and not, at counts 0, 1 and 2, and read by the
//! grammar checker. A new sentence that takes `&Terms` belongs in `sentences`.

use super::grammar_check;
use super::{catalogue, Catalogue, MergeKind};
use crate::domain::coaching::Rule;
use crate::domain::language::Lang;
use crate::domain::model::{ChangeKind, CountRule};
use crate::domain::vocabulary::{Gender, Term, Terms, Vocabulary};

fn term(singular: &str, plural: &str, gender: Gender, vowel_sound: bool, short: &str) -> Term {
    Term {
        singular: singular.into(),
        plural: plural.into(),
        gender,
        vowel_sound,
        short: short.into(),
    }
}

/// Two masculine and three feminine words, each gender elided and not, some with a short form.
pub(super) fn french_words() -> Vec<Term> {
    use Gender::*;
    vec![
        term("objectif", "objectifs", Masculine, true, "O"),
        term("indicateur", "indicateurs", Masculine, true, ""),
        term("but", "buts", Masculine, false, ""),
        term("résultat clé", "résultats clés", Masculine, false, "RC"),
        term("ambition", "ambitions", Feminine, true, "A"),
        term("habitude", "habitudes", Feminine, true, ""),
        term("finalité", "finalités", Feminine, false, "F"),
        term("mesure d’impact", "mesures d’impact", Feminine, false, "MI"),
    ]
}

/// English words with and without a vowel sound, and French ones used in English.
pub(super) fn english_words() -> Vec<Term> {
    use Gender::*;
    vec![
        term("objective", "objectives", Masculine, true, "O"),
        term("outcome", "outcomes", Masculine, true, ""),
        term("goal", "goals", Masculine, false, "G"),
        term("key result", "key results", Masculine, false, "KR"),
        term("ambition", "ambitions", Feminine, true, ""),
        term("finalité", "finalités", Feminine, false, "F"),
    ]
}

/// Every pair of distinct words, as objective and key result.
pub(super) fn vocabularies(words: &[Term]) -> Vec<Terms> {
    let mut all = Vec::new();
    for o in words {
        for k in words.iter().filter(|k| *k != o) {
            all.push(Terms {
                objective: o.clone(),
                key_result: k.clone(),
            });
        }
    }
    all
}

const LIMITS: [CountRule; 4] = [
    CountRule {
        max_objectives: 1,
        max_key_results: 1,
    },
    CountRule {
        max_objectives: 2,
        max_key_results: 1,
    },
    CountRule {
        max_objectives: 1,
        max_key_results: 2,
    },
    CountRule {
        max_objectives: 3,
        max_key_results: 3,
    },
];

const CHANGE_KINDS: [ChangeKind; 11] = [
    ChangeKind::ObjectiveAdded,
    ChangeKind::ObjectiveRemoved,
    ChangeKind::ObjectiveTitle,
    ChangeKind::ObjectiveWhy,
    ChangeKind::KeyResultAdded,
    ChangeKind::KeyResultRemoved,
    ChangeKind::KeyResultTitle,
    ChangeKind::KeyResultKind,
    ChangeKind::Baseline,
    ChangeKind::Target,
    ChangeKind::Unit,
];

const MERGE_KINDS: [MergeKind; 9] = [
    MergeKind::Name,
    MergeKind::Team,
    MergeKind::Cycle,
    MergeKind::Why,
    MergeKind::Settings,
    MergeKind::Objective,
    MergeKind::KeyResult,
    MergeKind::CheckIn,
    MergeKind::Meeting,
];

/// A compile-time guard: adding a variant breaks this match until the lists above grow.
#[test]
fn the_lists_walked_are_complete() {
    for rule in Rule::ALL {
        let _: () = match rule {
            Rule::KrWithoutNumber
            | Rule::KrWithoutBaseline
            | Rule::KrStartsWithTaskVerb
            | Rule::KrBaselineEqualsTarget
            | Rule::KrDirectionContradictsKind
            | Rule::KrMissingUnit
            | Rule::KrDuplicate
            | Rule::ObjectiveHasNumber
            | Rule::ObjectiveTooLong
            | Rule::ObjectiveGeneric
            | Rule::ObjectiveWithoutKr
            | Rule::TooManyObjectives
            | Rule::TooManyKeyResults => (),
        };
    }
    let distinct = |n: usize, items: Vec<String>| {
        let set: std::collections::BTreeSet<_> = items.iter().collect();
        assert_eq!(set.len(), n, "{items:?}");
    };
    distinct(13, Rule::ALL.iter().map(|r| format!("{r:?}")).collect());
    distinct(11, CHANGE_KINDS.iter().map(|r| format!("{r:?}")).collect());
    distinct(9, MERGE_KINDS.iter().map(|r| format!("{r:?}")).collect());
    for kind in CHANGE_KINDS {
        let _: () = match kind {
            ChangeKind::ObjectiveAdded
            | ChangeKind::ObjectiveRemoved
            | ChangeKind::ObjectiveTitle
            | ChangeKind::ObjectiveWhy
            | ChangeKind::KeyResultAdded
            | ChangeKind::KeyResultRemoved
            | ChangeKind::KeyResultTitle
            | ChangeKind::KeyResultKind
            | ChangeKind::Baseline
            | ChangeKind::Target
            | ChangeKind::Unit => (),
        };
    }
    for kind in MERGE_KINDS {
        let _: () = match kind {
            MergeKind::Name
            | MergeKind::Team
            | MergeKind::Cycle
            | MergeKind::Why
            | MergeKind::Settings
            | MergeKind::Objective
            | MergeKind::KeyResult
            | MergeKind::CheckIn
            | MergeKind::Meeting => (),
        };
    }
}

/// Every sentence of the catalogue that takes the team's words, with where it comes from.
fn sentences(c: &dyn Catalogue, t: &Terms) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |what: &str, text: String| out.push((what.to_owned(), text));
    for (o, k) in [(0, 1), (1, 2), (2, 0), (1, 1), (2, 2), (0, 0)] {
        add("counts", c.counts(t, o, k));
    }
    add("objectives_heading", c.objectives_heading(t));
    add("objective_heading", c.objective_heading(t, 1));
    add("objective_title_label", c.objective_title_label(t, 2));
    add("key_results_of", c.key_results_of(t, 1));
    add("key_result_label", c.key_result_label(t, 1, 2));
    add("add_objective", c.add_objective(t));
    add("add_key_result", c.add_key_result(t));
    add("delete_objective", c.delete_objective(t, 1));
    add("delete_key_result", c.delete_key_result(t, 1, 2));
    for up in [true, false] {
        add("move_objective", c.move_objective(t, 2, up));
        add("move_key_result", c.move_key_result(t, 1, 2, up));
    }
    add("objective_deleted", c.objective_deleted(t));
    add("key_result_deleted", c.key_result_deleted(t));
    add("removed_elsewhere", c.removed_elsewhere(t));
    add("put_back", c.put_back(t));
    add("no_objectives", c.no_objectives(t));
    add("no_key_results", c.no_key_results(t));
    add("objective_placeholder", c.objective_placeholder(t));
    add("key_result_placeholder", c.key_result_placeholder(t));
    for limits in LIMITS {
        for rule in Rule::ALL {
            add(
                &format!("finding {rule:?} {limits:?}"),
                c.finding(rule, t, limits),
            );
        }
        add("count_rule_name", c.count_rule_name(t, limits));
    }
    add("draft_missing", c.draft_missing(t));
    add("vocabulary_name", c.vocabulary_name(t));
    add("reference_empty", c.reference_empty(t));
    for kind in CHANGE_KINDS {
        add(&format!("change_what {kind:?}"), c.change_what(kind, t));
    }
    add("revisit_prompt", c.revisit_prompt(t));
    add("keep_prompt", c.keep_prompt(t));
    add("revisited", c.revisited(t));
    add("removed_since", c.removed_since(t));
    add("key_result_column", c.key_result_column(t));
    add("change_item_column", c.change_item_column(t));
    add("objective_tag", c.objective_tag(t, 2));
    add("key_result_tag", c.key_result_tag(t, 1, 2));
    for kind in MERGE_KINDS {
        add(&format!("merge_item {kind:?}"), c.merge_item(kind, t));
    }
    out.extend(super::history_words::agreement_samples(c, t));
    out.extend(super::ritual_words::agreement_samples(c, t));
    out.extend(super::workshop_words::agreement_samples(c, t));
    out.extend(super::sheet_words::agreement_samples(c, t));
    out.extend(file_messages(c, t));
    out
}

/// Messages about a refused file name the set's words too, once they are known.
fn file_messages(c: &dyn Catalogue, t: &Terms) -> Vec<(String, String)> {
    use crate::domain::validate::{Invalid, Location, Problem};
    let at = Location {
        set: 1,
        set_name: "T1".into(),
        objective: Some(2),
        key_result: Some(1),
        vocabulary: Box::new(Vocabulary::Custom {
            objective: t.objective.clone(),
            key_result: t.key_result.clone(),
        }),
    };
    [
        Problem::TooManyObjectives { count: 51 },
        Problem::TooManyKeyResults { count: 21 },
        Problem::EmptyTerm,
    ]
    .into_iter()
    .map(|problem| {
        let text = c.invalid(&Invalid {
            at: at.clone(),
            problem: problem.clone(),
        });
        (format!("invalid {problem:?}"), text)
    })
    .collect()
}

fn report(lang: Lang, words: &[Term]) -> Vec<String> {
    let c = catalogue(lang);
    let mut wrong = Vec::new();
    for terms in vocabularies(words) {
        for (what, text) in sentences(c, &terms) {
            let found = match lang {
                Lang::Fr => grammar_check::french(&text, &terms),
                Lang::En => grammar_check::english(&text, &terms),
            };
            wrong.extend(found.into_iter().map(|w| format!("{what}: {w}")));
        }
    }
    wrong.sort();
    wrong.dedup();
    wrong
}

fn assert_none(wrong: Vec<String>) {
    assert!(
        wrong.is_empty(),
        "{} mistakes:\n{}",
        wrong.len(),
        wrong
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn french_sentences_agree_with_every_kind_of_word() {
    assert_none(report(Lang::Fr, &french_words()));
}

#[test]
fn english_sentences_use_the_right_article_and_number() {
    assert_none(report(Lang::En, &english_words()));
}

/// The standard words never leak into sentences under other words, in either language.
#[test]
fn no_sentence_names_the_standard_words_under_other_words() {
    for (lang, words, standard) in [
        (Lang::Fr, french_words(), ["objectif", "résultat"]),
        (Lang::En, english_words(), ["objective", "key result"]),
    ] {
        for terms in vocabularies(&words) {
            let own = format!("{} {}", terms.objective.plural, terms.key_result.plural);
            if standard.iter().any(|w| own.contains(w)) {
                continue;
            }
            for (what, text) in sentences(catalogue(lang), &terms) {
                let lower = text.to_lowercase();
                assert!(
                    standard.iter().all(|w| !lower.contains(w)),
                    "{what}: {text}"
                );
            }
        }
    }
}

/// The two instances the pilot team met, and counts at 0, 1 and 2, word for word.
#[test]
fn feminine_key_results_and_counts_word_for_word() {
    let fr = catalogue(Lang::Fr);
    let words = french_words();
    let t = Terms {
        objective: words[6].clone(),
        key_result: words[7].clone(),
    };
    let duplicate = fr.finding(Rule::KrDuplicate, &t, CountRule::default());
    assert!(duplicate.contains("l’une des deux"), "{duplicate}");
    assert!(
        duplicate.contains("qu’une autre mesure d’impact"),
        "{duplicate}"
    );
    let too_many = fr.finding(Rule::TooManyKeyResults, &t, CountRule::default());
    assert!(too_many.contains("Gardez celles"), "{too_many}");
    assert_eq!(fr.counts(&t, 0, 1), "0 finalité · 1 mesure d’impact");
    assert_eq!(fr.counts(&t, 2, 2), "2 finalités · 2 mesures d’impact");
    let one = CountRule {
        max_objectives: 1,
        max_key_results: 1,
    };
    assert!(fr
        .finding(Rule::TooManyObjectives, &t, one)
        .contains("1 finalité\u{a0}:"));
    let en = catalogue(Lang::En);
    let words = english_words();
    let t = Terms {
        objective: words[2].clone(),
        key_result: words[1].clone(),
    };
    assert_eq!(en.counts(&t, 0, 1), "0 goals · 1 outcome");
    assert_eq!(en.counts(&t, 1, 2), "1 goal · 2 outcomes");
    assert!(en
        .finding(Rule::TooManyKeyResults, &t, one)
        .starts_with("More than 1 outcome "));
}

fn any_term() -> impl proptest::strategy::Strategy<Value = Term> {
    use proptest::prelude::*;
    // "zq…" words collide with no word of the catalogue; one or two words, any flags.
    (
        "zq[a-zé]{1,8}( de zq[a-z]{1,6})?",
        any::<bool>(),
        any::<bool>(),
        "[A-Z]{0,3}",
    )
        .prop_map(|(singular, feminine, vowel_sound, short)| {
            let plural = match singular.split_once(' ') {
                Some((head, tail)) => format!("{head}x {tail}"),
                None => format!("{singular}x"),
            };
            let gender = if feminine {
                Gender::Feminine
            } else {
                Gender::Masculine
            };
            term(&singular, &plural, gender, vowel_sound, &short)
        })
}

proptest::proptest! {
    /// Whatever the words, their flags and the counts, both languages agree.
    #[test]
    fn any_words_at_any_count_agree(
        objective in any_term(),
        key_result in any_term(),
        objectives in 0usize..30,
        key_results in 0usize..30,
        max_objectives in 1u32..=10,
        max_key_results in 1u32..=10,
    ) {
        proptest::prop_assume!(objective.singular != key_result.singular);
        let t = Terms { objective, key_result };
        let limits = CountRule { max_objectives, max_key_results };
        for lang in Lang::ALL {
            let c = catalogue(lang);
            let mut texts: Vec<String> = sentences(c, &t).into_iter().map(|(_, s)| s).collect();
            texts.push(c.counts(&t, objectives, key_results));
            texts.push(c.count_rule_name(&t, limits));
            texts.extend(Rule::ALL.iter().map(|&rule| c.finding(rule, &t, limits)));
            for text in texts {
                let wrong = match lang {
                    Lang::Fr => grammar_check::french(&text, &t),
                    Lang::En => grammar_check::english(&text, &t),
                };
                proptest::prop_assert!(wrong.is_empty(), "{:?}", wrong);
            }
        }
    }
}

/// The short form the picker asks for shows where a label repeats in a narrow column.
#[test]
fn short_forms_fill_the_tight_places() {
    let fr = catalogue(Lang::Fr);
    let t = Vocabulary::Standard.terms(Lang::Fr);
    assert_eq!(fr.key_result_column(&t), "RC");
    assert_eq!(fr.change_item_column(&t), "O / RC");
    assert_eq!(fr.objective_tag(&t, 2), "O\u{a0}2");
    assert_eq!(fr.key_result_tag(&t, 1, 2), "RC\u{a0}1.2");
    let en = catalogue(Lang::En);
    let t = Vocabulary::Standard.terms(Lang::En);
    assert_eq!(en.key_result_column(&t), "KR");
    assert_eq!(en.change_item_column(&t), "O / KR");
    // Without a short form, the word itself; never half short, half long.
    let words = french_words();
    let t = Terms {
        objective: words[4].clone(),
        key_result: words[5].clone(),
    };
    assert_eq!(fr.key_result_column(&t), "Habitude");
    assert_eq!(fr.change_item_column(&t), "Ambition / habitude");
    assert_eq!(fr.objective_tag(&t, 1), "A\u{a0}1");
    assert_eq!(fr.key_result_tag(&t, 1, 3), "Habitude\u{a0}1.3");
}
