//! The spreadsheet bridge's sentences (paste, preview, problems, exports), and the labels a
//! CSV file is written with, in the UI's language and the team's words.

use super::{catalogue, Catalogue, Msg};
use crate::domain::language::Lang;
use crate::domain::model::{Confidence, KrKind};
use crate::domain::progress::Status;
use crate::domain::sheet::{
    Blocker, CellProblem, Column, Header, PastRule, SheetError, SheetLabels,
};
use crate::domain::vocabulary::{Preset, Terms, Vocabulary};

pub trait SheetWords {
    /// A column's role, as the mapping's choices and the exported headers name it.
    fn sheet_column(&self, column: Column, t: &Terms) -> String;
    /// What the paste area is for, in the team's words.
    fn sheet_paste_hint(&self, t: &Terms) -> String;
    /// Why a text or file is no table at all.
    fn sheet_refused(&self, error: &SheetError) -> String;
    /// Why nothing can be created from the table as mapped.
    fn sheet_blocked(&self, blocker: &Blocker, t: &Terms) -> String;
    /// One unreadable cell: where ("Ligne 3, colonne D (Cible)"), what, and what was done.
    fn sheet_problem(&self, problem: &CellProblem, header: &str, t: &Terms) -> String;
    /// "À créer : 3 objectifs · 9 résultats clés".
    fn sheet_to_create(&self, t: &Terms, objectives: usize, key_results: usize) -> String;
    /// The toast once created.
    fn sheet_added(&self, t: &Terms, objectives: usize, key_results: usize) -> String;
    /// An export button: the key results' file or the check-ins', of a set or of all sets.
    fn sheet_export(&self, t: &Terms, check_ins: bool, all: bool) -> String;
    /// Where a planned item comes from: "ligne 3".
    fn sheet_row(&self, row: usize) -> String;
    /// A mapping choice's accessible name: "Colonne B : Résultat clé".
    fn sheet_column_choice(&self, letter: &str, header: &str) -> String;
    /// Under a list of problems cut short.
    fn sheet_more_problems(&self, count: usize) -> String;
    /// What creating the preview would take past the team's count rule: how many
    /// objectives over, or which objective gets too many key results.
    fn sheet_past_rule(&self, past: &PastRule, t: &Terms) -> String;
}

/// The title of an exported column that is not part of a key result.
pub fn sheet_header(c: &dyn Catalogue, header: Header) -> &'static str {
    c.text(match header {
        Header::Set => Msg::SheetSetHeader,
        Header::Latest => Msg::Latest,
        Header::Progress => Msg::SheetProgressHeader,
        Header::Status => Msg::SheetStatusHeader,
        Header::Date => Msg::DateColumn,
        Header::Value => Msg::Value,
        Header::Confidence => Msg::ConfidenceLabel,
        Header::Note => Msg::Note,
    })
}

/// The catalogue's words for a CSV file, in one language and one set of team words.
pub struct Labels {
    pub lang: Lang,
    pub terms: Terms,
}

impl SheetLabels for Labels {
    fn lang(&self) -> Lang {
        self.lang
    }
    fn column(&self, column: Column) -> String {
        catalogue(self.lang).sheet_column(column, &self.terms)
    }
    fn header(&self, header: Header) -> String {
        sheet_header(catalogue(self.lang), header).to_owned()
    }
    fn kind(&self, kind: KrKind) -> String {
        catalogue(self.lang).kr_kind(kind).to_owned()
    }
    fn status(&self, status: Status) -> String {
        catalogue(self.lang).status(status).to_owned()
    }
    fn confidence(&self, confidence: Confidence) -> String {
        catalogue(self.lang).confidence(confidence).to_owned()
    }
    fn milestone(&self, reached: bool) -> String {
        let msg = if reached { Msg::Done } else { Msg::NotYet };
        catalogue(self.lang).text(msg).to_owned()
    }
    fn rollup(&self, rollup: &crate::domain::rollup::Rollup) -> String {
        catalogue(self.lang).rollup_line(&self.terms, rollup)
    }
}

/// Header words to recognise in a pasted table, beyond the built-in ones: the open set's
/// words (singular, plural, short form) and the app's own column titles first, then every
/// preset's words and those of the workspace's other sets (`others`), in both languages,
/// so a file Boussole wrote for any set reads back into this one; then the app's other
/// column titles as not imported (`Column::Ignore`), which tell its files' layout.
/// Earlier words win a header two vocabularies claim for different roles.
pub fn known_headers<'a>(
    own: &Vocabulary,
    others: impl IntoIterator<Item = &'a Vocabulary>,
) -> Vec<(Column, String)> {
    let mut vocabularies = vec![own.clone()];
    let presets = Preset::ALL.into_iter().filter_map(Preset::vocabulary);
    for vocabulary in presets.chain(others.into_iter().cloned()) {
        if !vocabularies.contains(&vocabulary) {
            vocabularies.push(vocabulary);
        }
    }
    let mut known: Vec<(Column, String)> = Vec::new();
    let mut add = |column: Column, word: String| {
        if !known.iter().any(|(c, w)| *c == column && *w == word) {
            known.push((column, word));
        }
    };
    for vocabulary in &vocabularies {
        for lang in Lang::ALL {
            let t = vocabulary.terms(lang);
            for (column, term) in [
                (Column::Objective, &t.objective),
                (Column::KeyResult, &t.key_result),
            ] {
                for word in [&term.singular, &term.plural, &term.short] {
                    add(column, word.clone());
                }
            }
            let c = catalogue(lang);
            for column in Column::ALL {
                if column != Column::Ignore {
                    add(column, c.sheet_column(column, &t));
                }
            }
            add(Column::Target, c.text(Msg::Threshold).to_owned());
        }
    }
    // The app's other titles, known not to be imported: they tell Boussole's own layout.
    for lang in Lang::ALL {
        for header in Header::ALL {
            add(
                Column::Ignore,
                sheet_header(catalogue(lang), header).to_owned(),
            );
        }
    }
    known
}

/// The spreadsheet bridge's sentences that name the team's words, for the agreement
/// checker (`agreement_tests`).
#[cfg(test)]
pub(super) fn agreement_samples(c: &dyn Catalogue, t: &Terms) -> Vec<(String, String)> {
    use crate::domain::sheet::{Blocker, CellProblem, Column, Issue};
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |what: &str, text: String| out.push((what.to_owned(), text));
    add("sheet_paste_hint", c.sheet_paste_hint(t));
    for column in [Column::Objective, Column::KeyResult] {
        add("sheet_column", c.sheet_column(column, t));
    }
    for blocker in [
        Blocker::NoObjectiveColumn,
        Blocker::NothingToCreate,
        Blocker::TooManyObjectives {
            adding: 51,
            existing: 0,
            max: 50,
        },
        Blocker::TooManyObjectives {
            adding: 1,
            existing: 50,
            max: 50,
        },
        Blocker::TooManyKeyResults {
            objective: "A".into(),
            row: 2,
            count: 51,
            max: 50,
        },
    ] {
        add(
            &format!("sheet_blocked {blocker:?}"),
            c.sheet_blocked(&blocker, t),
        );
    }
    let problem = CellProblem {
        row: 3,
        column: 0,
        found: "".into(),
        issue: Issue::NoObjective,
    };
    add("sheet_problem", c.sheet_problem(&problem, "", t));
    for (o, k) in [(0, 1), (1, 0), (1, 1), (2, 3), (3, 0)] {
        add("sheet_to_create", c.sheet_to_create(t, o, k));
        add("sheet_added", c.sheet_added(t, o, k));
    }
    for (check_ins, all) in [(false, false), (false, true), (true, false), (true, true)] {
        add("sheet_export", c.sheet_export(t, check_ins, all));
    }
    for (adding, existing, max) in [(2, 0, 1), (4, 0, 3), (1, 1, 1), (3, 2, 2), (2, 1, 2)] {
        let past = PastRule::Objectives {
            adding,
            existing,
            max,
        };
        add(
            &format!("sheet_past_rule {past:?}"),
            c.sheet_past_rule(&past, t),
        );
    }
    for (count, max) in [(2, 1), (3, 2), (4, 3), (5, 2)] {
        let past = PastRule::KeyResults {
            objective: "A".into(),
            row: 2,
            count,
            max,
        };
        add(
            &format!("sheet_past_rule {past:?}"),
            c.sheet_past_rule(&past, t),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::{CountingIds, Id};
    use crate::domain::model::{Cycle, KeyResult, Objective, OkrSet};
    use crate::domain::sheet::{guess, key_results_csv, preview, read_table, Issue};
    use crate::domain::vocabulary::{Gender, Term};
    use chrono::{NaiveDate, TimeZone, Utc};

    fn custom() -> Vocabulary {
        let term = |s: &str, p: &str, gender, vowel_sound| Term {
            singular: s.into(),
            plural: p.into(),
            gender,
            vowel_sound,
            short: String::new(),
        };
        Vocabulary::Custom {
            objective: term("ambition", "ambitions", Gender::Feminine, true),
            key_result: term("jalon chiffré", "jalons chiffrés", Gender::Masculine, false),
        }
    }

    /// Every kind, in every language and set of words, exported and read back: the
    /// catalogue's labels, headers and numbers are what the reader understands.
    #[test]
    fn an_export_in_either_language_reads_back() {
        let day = |d| NaiveDate::from_ymd_opt(2027, 1, d).unwrap();
        let now = Utc.with_ymd_and_hms(2027, 1, 1, 8, 0, 0).unwrap();
        let cycle = Cycle {
            start: day(1),
            end: day(31),
        };
        for vocabulary in [Vocabulary::Standard, Vocabulary::Finalites, custom()] {
            let mut set = OkrSet::new(Id::new("s"), "Pilote", "", cycle, now);
            set.vocabulary = vocabulary.clone();
            let mut objective = Objective::new(Id::new("o"));
            objective.title = "=Livrer; \"vite\"".into();
            for (i, kind) in KrKind::ALL.into_iter().enumerate() {
                objective.key_results.push(KeyResult {
                    title: format!("-{i} délai, moyen"),
                    kind,
                    baseline: Some(1234.5 * i as f64 - 2000.0),
                    target: Some(0.25),
                    unit: "h".into(),
                    ..KeyResult::new(Id::new(format!("k{i}")))
                });
            }
            set.objectives.push(objective);
            for lang in Lang::ALL {
                let labels = Labels {
                    lang,
                    terms: vocabulary.terms(lang),
                };
                let figures = crate::domain::set_figures::SetFigures::of(&set, &[], day(5));
                let text = key_results_csv(&[(&set, &figures)], &labels, day(5), false);
                let table = read_table(&text).unwrap();
                let mapping = guess(
                    &table.rows[0],
                    table.width(),
                    &known_headers(&vocabulary, []),
                );
                let p = preview(&table, &mapping, 0, lang);
                // The objective's "=" is flagged once, where the objective starts.
                let flagged: Vec<_> = p
                    .problems
                    .iter()
                    .map(|c| (c.row, c.column, c.issue))
                    .collect();
                assert_eq!(flagged, [(2, 0, Issue::Formula)], "{lang:?} {text}");
                let mut back = OkrSet::new(Id::new("b"), "B", "", cycle, now);
                back.add_from_sheet(&p, &mut CountingIds::with_prefix("n"));
                let strip = |o: &Objective| {
                    let krs: Vec<_> = o
                        .key_results
                        .iter()
                        .map(|k| {
                            (
                                k.title.clone(),
                                k.kind,
                                k.baseline,
                                k.target,
                                k.unit.clone(),
                            )
                        })
                        .collect();
                    (o.title.clone(), krs)
                };
                assert_eq!(
                    strip(&back.objectives[0]),
                    strip(&set.objectives[0]),
                    "{lang:?}"
                );
            }
        }
    }

    #[test]
    fn french_excel_gets_semicolons_and_decimal_commas() {
        let labels = Labels {
            lang: Lang::Fr,
            terms: Vocabulary::Finalites.terms(Lang::Fr),
        };
        assert_eq!(labels.column(Column::Objective), "Finalité");
        assert_eq!(labels.column(Column::KeyResult), "Indicateur de changement");
        assert_eq!(labels.header(Header::Progress), "Avancement (%)");
        let en = Labels {
            lang: Lang::En,
            terms: Vocabulary::Standard.terms(Lang::En),
        };
        assert_eq!(en.column(Column::Target), "Target");
    }
}
