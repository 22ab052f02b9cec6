//! The rollup's sentences in both languages, with masculine and feminine words, elided and
//! not, at counts 1 and 2, read by the grammar checker; and what they say.
use super::{catalogue, grammar_check, meeting_figure, Catalogue};
use crate::domain::language::Lang;
use crate::domain::rollup::Rollup;
use crate::domain::vocabulary::{Gender, Term, Terms, Vocabulary};
use chrono::NaiveDate;

fn term(singular: &str, plural: &str, gender: Gender, vowel_sound: bool) -> Term {
    Term {
        singular: singular.into(),
        plural: plural.into(),
        gender,
        vowel_sound,
        short: String::new(),
    }
}

fn vocabularies(lang: Lang) -> Vec<Terms> {
    use Gender::*;
    let words = match lang {
        Lang::Fr => vec![
            term("objectif", "objectifs", Masculine, true),
            term("but", "buts", Masculine, false),
            term("ambition", "ambitions", Feminine, true),
            term("finalité", "finalités", Feminine, false),
        ],
        Lang::En => vec![
            term("objective", "objectives", Masculine, true),
            term("goal", "goals", Masculine, false),
        ],
    };
    let kr = term("indicateur", "indicateurs", Masculine, true);
    words
        .into_iter()
        .map(|objective| Terms {
            objective,
            key_result: kr.clone(),
        })
        .collect()
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
}

/// Every shape of rollup: nobody, measured only, not started only, other cycles only, all.
fn rollups() -> Vec<Rollup> {
    let mut all = vec![Rollup::default()];
    for n in [1, 2] {
        let r = |measured, not_started, other_cycles| Rollup {
            contributors: measured + not_started + other_cycles,
            measured,
            not_started,
            other_cycles,
            progress: (measured > 0).then_some(0.4),
            as_of: (measured > 0).then(day),
        };
        all.extend([r(n, 0, 0), r(0, n, 0), r(0, 0, n), r(n, n, n)]);
    }
    all
}

fn sentences(c: &dyn Catalogue, t: &Terms) -> Vec<String> {
    let mut out: Vec<String> = rollups().iter().map(|r| c.rollup_line(t, r)).collect();
    out.push(c.rollup_help(t));
    out.push(c.nobody_serves_count(t, 1, 3));
    out.push(c.nobody_serves_count(t, 2, 3));
    out
}

#[test]
fn the_rollup_s_sentences_agree_with_the_team_s_words() {
    let mut wrong = Vec::new();
    for lang in [Lang::Fr, Lang::En] {
        for t in vocabularies(lang) {
            for text in sentences(catalogue(lang), &t) {
                wrong.extend(match lang {
                    Lang::Fr => grammar_check::french(&text, &t),
                    Lang::En => grammar_check::english(&text, &t),
                });
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_rollup_says_what_it_counts_in_the_team_s_words() {
    let fr = catalogue(Lang::Fr);
    let finalites = Vocabulary::Finalites.terms(Lang::Fr);
    let standard = Vocabulary::Standard.terms(Lang::Fr);
    let rs = rollups();
    assert_eq!(
        fr.rollup_line(&finalites, &rs[0]),
        "Personne n’y contribue encore\u{a0}: aucune finalité d’équipe ne la sert."
    );
    assert_eq!(
        fr.rollup_line(&standard, &rs[0]),
        "Personne n’y contribue encore\u{a0}: aucun objectif d’équipe ne le sert."
    );
    assert_eq!(
        fr.rollup_line(&finalites, &rs[8]),
        "D’après 2 finalités d’équipe, au 2 déc. 2026 · 2 pas encore commencées · 2 d’un autre \
         cycle, non comptées"
    );
    assert_eq!(
        fr.rollup_line(&standard, &rs[2]),
        "1 objectif d’équipe y contribue, pas encore commencé"
    );
    assert_eq!(fr.figures_as_of(Some(day())), "Chiffres au 2 déc. 2026");
    assert_eq!(
        fr.printed_as_of(None, day()),
        "Pas encore de chiffres · imprimé le 2 déc. 2026"
    );
    let en = catalogue(Lang::En);
    let goals = Vocabulary::Goals.terms(Lang::En);
    assert_eq!(
        en.rollup_line(&goals, &rs[5]),
        "From 2 team goals, as of 2 Dec 2026"
    );
    assert_eq!(
        meeting_figure(fr, "Délai", "36 h", day(), Some(50)),
        "Délai\u{a0}: 36 h (2 déc. 2026) · 50\u{a0}%"
    );
    assert_eq!(
        meeting_figure(en, "Delay", "36 h", day(), None),
        "Delay: 36 h (2 Dec 2026)"
    );
}
