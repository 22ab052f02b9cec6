//! A file Boussole wrote for one set reads back into any other: whatever words either set
//! uses (every preset, custom words, words another set uses for the other role), in
//! either language, whether the other set is in this workspace or not.

use super::sheet_words::{known_headers, Labels};
use crate::domain::id::{CountingIds, Id};
use crate::domain::language::Lang;
use crate::domain::model::{Cycle, KeyResult, KrKind, Objective, OkrSet};
use crate::domain::set_figures::SetFigures;
use crate::domain::sheet::{guess, key_results_csv, preview, read_table, Column, Mapping, Table};
use crate::domain::vocabulary::{Gender, Preset, Term, Vocabulary};
use chrono::{NaiveDate, TimeZone, Utc};
use proptest::prelude::*;

fn term(singular: &str, plural: &str, gender: Gender) -> Term {
    Term {
        singular: singular.into(),
        plural: plural.into(),
        gender,
        vowel_sound: false,
        short: String::new(),
    }
}

fn custom(objective: Term, key_result: Term) -> Vocabulary {
    Vocabulary::Custom {
        objective,
        key_result,
    }
}

/// Every preset, the words of the tester's two sets, and words that other sets (or the
/// app) use for the other role, or that a spreadsheet would run.
fn vocabularies() -> Vec<Vocabulary> {
    use Gender::*;
    let mut all: Vec<Vocabulary> = Preset::ALL
        .into_iter()
        .filter_map(Preset::vocabulary)
        .collect();
    all.extend([
        custom(
            term("chantier", "chantiers", Masculine),
            term("preuve", "preuves", Feminine),
        ),
        custom(
            term("orientation", "orientations", Feminine),
            term("indice", "indices", Masculine),
        ),
        custom(
            term("preuve", "preuves", Feminine),
            term("chantier", "chantiers", Masculine),
        ),
        custom(
            term("indicateur", "indicateurs", Masculine),
            term("objectif", "objectifs", Masculine),
        ),
        custom(
            term("=cible", "=cibles", Feminine),
            term("+type", "+types", Masculine),
        ),
    ]);
    all
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, d).unwrap()
}

fn set_in(vocabulary: &Vocabulary) -> OkrSet {
    let now = Utc.with_ymd_and_hms(2027, 1, 1, 8, 0, 0).unwrap();
    let cycle = Cycle {
        start: day(1),
        end: day(31),
    };
    let mut set = OkrSet::new(Id::new("s"), "Chantiers", "Qualité", cycle, now);
    set.vocabulary = vocabulary.clone();
    for (i, kinds) in [&KrKind::ALL[..], &KrKind::ALL[..1]]
        .into_iter()
        .enumerate()
    {
        let mut objective = Objective::new(Id::new(format!("o{i}")));
        objective.title = format!("Livrer plus vite {i}");
        for (j, kind) in kinds.iter().enumerate() {
            objective.key_results.push(KeyResult {
                title: format!("Délai {i}.{j}"),
                kind: *kind,
                baseline: Some(48.0 + j as f64),
                target: Some(24.5),
                unit: "h".into(),
                ..KeyResult::new(Id::new(format!("k{i}{j}")))
            });
        }
        set.objectives.push(objective);
    }
    set
}

type Plain = Vec<(
    String,
    Vec<(String, KrKind, Option<f64>, Option<f64>, String)>,
)>;

fn plain(set: &OkrSet) -> Plain {
    set.objectives
        .iter()
        .map(|o| {
            let krs = o.key_results.iter();
            let krs = krs.map(|k| {
                (
                    k.title.clone(),
                    k.kind,
                    k.baseline,
                    k.target,
                    k.unit.clone(),
                )
            });
            (o.title.clone(), krs.collect())
        })
        .collect()
}

/// What the table, guessed with `known`, creates in an empty set (with its mapping).
fn read_back(table: &Table, known: &[(Column, String)], lang: Lang) -> (Mapping, Plain) {
    let mapping = guess(&table.rows[0], table.width(), known);
    let p = preview(table, &mapping, 0, lang);
    let mut back = set_in(&Vocabulary::Standard);
    back.objectives.clear();
    back.add_from_sheet(&p, &mut CountingIds::with_prefix("n"));
    (mapping, plain(&back))
}

#[test]
fn a_set_s_file_reads_back_into_a_set_with_any_other_words() {
    let all = vocabularies();
    for from in &all {
        let set = set_in(from);
        for lang in Lang::ALL {
            let labels = Labels {
                lang,
                terms: from.terms(lang),
            };
            for with_set in [false, true] {
                let text = key_results_csv(
                    &[(&set, &SetFigures::of(&set, &[], day(5)))],
                    &labels,
                    day(5),
                    with_set,
                );
                // The team's words are text cells: none starts a formula.
                let header = text.lines().next().unwrap_or_default();
                assert!(!header.contains(";=") && !header.contains(",="), "{header}");
                let table = read_table(&text).unwrap();
                for into in &all {
                    for workspace in [vec![], vec![from]] {
                        let known = known_headers(into, workspace.iter().copied());
                        let (mapping, back) = read_back(&table, &known, lang);
                        let at = usize::from(with_set);
                        assert_eq!(
                            (
                                mapping.position(Column::Objective),
                                mapping.position(Column::KeyResult)
                            ),
                            (Some(at), Some(at + 1)),
                            "{from:?} into {into:?}, {lang:?}: {header}"
                        );
                        assert_eq!(back, plain(&set), "{from:?} into {into:?}, {lang:?}");
                    }
                }
            }
        }
    }
}

/// A file cut to its first columns (the figures kept, Boussole's own titles dropped, as
/// a sheet someone tidied) is read by the place of its figures when its words are unknown.
#[test]
fn a_tidied_file_with_unknown_words_maps_by_its_figures() {
    let from = &vocabularies()[3];
    let set = set_in(from);
    for lang in Lang::ALL {
        let labels = Labels {
            lang,
            terms: from.terms(lang),
        };
        let text = key_results_csv(
            &[(&set, &SetFigures::of(&set, &[], day(5)))],
            &labels,
            day(5),
            false,
        );
        let mut table = read_table(&text).unwrap();
        for row in &mut table.rows {
            row.truncate(6);
        }
        for into in [Vocabulary::Standard, vocabularies()[4].clone()] {
            let (mapping, back) = read_back(&table, &known_headers(&into, []), lang);
            assert_eq!(
                &mapping.columns[..2],
                [Column::Objective, Column::KeyResult]
            );
            assert_eq!(back, plain(&set), "{lang:?}");
        }
    }
}

fn any_term() -> impl Strategy<Value = Term> {
    (
        "[a-zéèA-Z=+@'-]{1,10}( [a-zé]{1,8})?",
        prop::sample::select(vec![Gender::Masculine, Gender::Feminine]),
    )
        .prop_map(|(word, gender)| term(&word, &format!("{word}s"), gender))
}

proptest! {
    /// Any custom words, exported in either language, read back into any preset's set
    /// that does not know them.
    #[test]
    fn any_words_read_back(
        objective in any_term(),
        key_result in any_term(),
        english in any::<bool>(),
        with_set in any::<bool>(),
        into in 0usize..3,
    ) {
        let from = custom(objective, key_result);
        let lang = if english { Lang::En } else { Lang::Fr };
        let set = set_in(&from);
        let labels = Labels { lang, terms: from.terms(lang) };
        let text = key_results_csv(&[(&set, &SetFigures::of(&set, &[], day(5)))], &labels, day(5), with_set);
        let table = read_table(&text).unwrap();
        let into = &vocabularies()[into];
        let (_, back) = read_back(&table, &known_headers(into, []), lang);
        prop_assert_eq!(back, plain(&set));
    }
}

/// A sheet a team typed itself, in any preset's words and either language, with one
/// figure column only (too little to place columns by the figures): its headers alone
/// tell the objective and key result columns, whatever the open set's words (unless they
/// are the same words for the other role: the open set's own words come first).
#[test]
fn every_preset_s_words_are_known_in_both_languages() {
    for from in Preset::ALL.into_iter().filter_map(Preset::vocabulary) {
        for lang in Lang::ALL {
            let t = from.terms(lang);
            for (objective, key_result) in [
                (&t.objective.singular, &t.key_result.singular),
                (&t.objective.plural, &t.key_result.plural),
            ] {
                let row = [objective.clone(), key_result.clone(), "Target".to_owned()];
                let clash = |v: &Vocabulary| {
                    let own = v.terms(lang);
                    [&own.objective, &own.key_result].iter().any(|w| {
                        [&w.singular, &w.plural]
                            .iter()
                            .any(|form| [objective, key_result].contains(form))
                    })
                };
                for into in vocabularies()
                    .into_iter()
                    .filter(|v| !clash(v) || *v == from)
                {
                    let mapping = guess(&row, 3, &known_headers(&into, []));
                    assert_eq!(
                        &mapping.columns[..2],
                        [Column::Objective, Column::KeyResult],
                        "{row:?} into {into:?}"
                    );
                }
            }
        }
    }
}
