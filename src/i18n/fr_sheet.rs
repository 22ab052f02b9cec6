//! French: the spreadsheet bridge's sentences, in the team's words with their gender and
//! elision.

use super::fr::French;
use super::sheet_words::SheetWords;
use super::{mebibytes, Catalogue, Msg};
use crate::domain::import::MAX_FILE_BYTES;
use crate::domain::language::Lang;
use crate::domain::number::format_decimal;
use crate::domain::sheet::number::grouped;
use crate::domain::sheet::{
    column_letter, Blocker, CellProblem, Column, Issue, PastRule, SheetError, MAX_ROWS,
};
use crate::domain::vocabulary::{capitalize, Term, Terms};

/// "son objectif", "sa finalité", "son ambition": the possessive before a vowel sound is
/// "son" whatever the gender.
fn possessive(term: &Term) -> String {
    let word = if term.is_feminine() && !term.vowel_sound {
        "sa"
    } else {
        "son"
    };
    format!("{word} {}", term.singular)
}

/// "tous les résultats clés", "toutes les finalités".
fn all_of(term: &Term) -> String {
    let word = if term.is_feminine() { "toutes" } else { "tous" };
    format!("{word} les {}", term.plural)
}

/// "2 000" with a non-breaking space, as French writes large counts.
fn count(n: usize) -> String {
    grouped(&n.to_string(), '\u{a0}')
}

impl SheetWords for French {
    fn sheet_column(&self, column: Column, t: &Terms) -> String {
        match column {
            Column::Objective => capitalize(&t.objective.singular),
            Column::KeyResult => capitalize(&t.key_result.singular),
            Column::Kind => self.text(Msg::KrKind).to_owned(),
            Column::Baseline => self.text(Msg::Baseline).to_owned(),
            Column::Target => self.text(Msg::Target).to_owned(),
            Column::Unit => self.text(Msg::Unit).to_owned(),
            Column::Ignore => self.text(Msg::SheetIgnore).to_owned(),
        }
    }

    fn sheet_paste_hint(&self, t: &Terms) -> String {
        format!(
            "Copiez les lignes dans Excel, LibreOffice ou Google Sheets, une par {} avec {}, puis collez-les ici (ou importez un fichier CSV). Les titres des colonnes peuvent être en français ou en anglais. Rien ne change avant votre confirmation.",
            t.key_result.singular,
            possessive(&t.objective)
        )
    }

    fn sheet_refused(&self, error: &SheetError) -> String {
        match error {
            SheetError::Empty => "Il n’y a rien à lire\u{a0}: le texte est vide.".to_owned(),
            SheetError::NotText => "Ce n’est pas du texte\u{a0}: enregistrez la feuille au format CSV, ou copiez ses cellules et collez-les ici.".to_owned(),
            SheetError::TooLarge { bytes } => format!(
                "C’est trop volumineux ({}\u{a0}Mo)\u{a0}: {}\u{a0}Mo au plus, toute la place qu’a ce navigateur.",
                format_decimal(mebibytes(*bytes), Lang::Fr),
                MAX_FILE_BYTES / 1_048_576
            ),
            SheetError::TooManyRows => format!(
                "Plus de {}\u{a0}lignes\u{a0}: c’est davantage qu’un jeu ne peut contenir. Copiez moins de lignes.",
                count(MAX_ROWS)
            ),
            SheetError::NotATable => "Ce texte n’est pas un tableau\u{a0}: copiez des cellules d’un tableur (avec la ligne des titres), ou un fichier CSV dont les colonnes sont séparées par des tabulations, des points-virgules ou des virgules.".to_owned(),
        }
    }

    fn sheet_blocked(&self, blocker: &Blocker, t: &Terms) -> String {
        match blocker {
            Blocker::NoObjectiveColumn => format!(
                "Choisissez la colonne qui donne les {}\u{a0}: sans cette colonne, rien ne peut être créé.",
                t.objective.plural
            ),
            Blocker::NothingToCreate => format!(
                "Ce tableau ne donne {} à créer.",
                t.objective.none_fr()
            ),
            Blocker::TooManyObjectives { adding, existing: 0, max } => format!(
                "Ce tableau donnerait {}\u{a0}; un jeu en contient au plus {max}.",
                t.objective.count_fr(*adding)
            ),
            Blocker::TooManyObjectives { adding, existing, max } => format!(
                "Ce tableau ajouterait {} aux {existing} de ce jeu\u{a0}; un jeu en contient au plus {max}.",
                t.objective.count_fr(*adding)
            ),
            Blocker::TooManyKeyResults { objective, row, count, max } => format!(
                "{} «\u{a0}{objective}\u{a0}» (ligne {row}) aurait {}\u{a0}; au plus {max} par {}.",
                capitalize(&t.objective.definite_fr()),
                t.key_result.count_fr(*count),
                t.objective.singular
            ),
        }
    }

    fn sheet_problem(&self, problem: &CellProblem, header: &str, t: &Terms) -> String {
        let letter = column_letter(problem.column);
        let at = if header.trim().is_empty() {
            format!("Ligne {}, colonne {letter}", problem.row)
        } else {
            format!(
                "Ligne {}, colonne {letter} ({})",
                problem.row,
                header.trim()
            )
        };
        let found = &problem.found;
        let what = match problem.issue {
            Issue::NotANumber => format!("«\u{a0}{found}\u{a0}» n’est pas un nombre\u{a0}: la cellule reste vide."),
            Issue::OutOfRange => format!("«\u{a0}{found}\u{a0}» est bien trop grand\u{a0}: la cellule reste vide."),
            Issue::UnknownKind { chosen } => format!(
                "«\u{a0}{found}\u{a0}» n’est pas un type connu\u{a0}: «\u{a0}{}\u{a0}» est retenu.",
                self.kr_kind(chosen)
            ),
            Issue::Formula => format!(
                "«\u{a0}{found}\u{a0}» ressemble à une formule\u{a0}: importé comme simple texte, jamais exécuté."
            ),
            Issue::TooLong { max } => format!("texte trop long, coupé à {max}\u{a0}caractères."),
            Issue::NoObjective => format!(
                "{} n’est {} au-dessus\u{a0}: ligne laissée de côté.",
                capitalize(&t.objective.none_fr()),
                t.objective.agreed_fr("nommé")
            ),
        };
        format!("{at}\u{a0}: {what}")
    }

    fn sheet_to_create(&self, t: &Terms, objectives: usize, key_results: usize) -> String {
        format!(
            "À créer\u{a0}: {} · {}",
            t.objective.count_fr(objectives),
            t.key_result.count_fr(key_results)
        )
    }

    fn sheet_added(&self, t: &Terms, objectives: usize, key_results: usize) -> String {
        if key_results == 0 {
            format!(
                "Depuis le tableur\u{a0}: {} de plus.",
                t.objective.count_fr(objectives)
            )
        } else {
            format!(
                "Depuis le tableur\u{a0}: {} et {} de plus.",
                t.objective.count_fr(objectives),
                t.key_result.count_fr(key_results)
            )
        }
    }

    fn sheet_export(&self, t: &Terms, check_ins: bool, all: bool) -> String {
        match (check_ins, all) {
            (false, false) => format!("CSV des {}", t.key_result.plural),
            (false, true) => format!("CSV de {}", all_of(&t.key_result)),
            (true, false) => "CSV des points d’étape".to_owned(),
            (true, true) => "CSV de tous les points d’étape".to_owned(),
        }
    }

    fn sheet_row(&self, row: usize) -> String {
        format!("ligne {row}")
    }

    fn sheet_column_choice(&self, letter: &str, header: &str) -> String {
        if header.trim().is_empty() {
            format!("Colonne {letter}")
        } else {
            format!("Colonne {letter}\u{a0}: {}", header.trim())
        }
    }

    fn sheet_more_problems(&self, count: usize) -> String {
        if count <= 1 {
            format!("… et {count} autre cellule à vérifier.")
        } else {
            format!("… et {count} autres cellules à vérifier.")
        }
    }

    fn sheet_past_rule(&self, past: &PastRule, t: &Terms) -> String {
        let over = past.over();
        match past {
            PastRule::Objectives {
                adding,
                existing: 0,
                max,
            } => format!(
                "Ce tableau donnerait {}, {over} de plus que la règle de l’équipe (au plus {}).",
                t.objective.count_fr(*adding),
                t.objective.count_fr(*max)
            ),
            PastRule::Objectives {
                adding,
                existing,
                max,
            } => format!(
                "Ce jeu aurait {} ({existing} déjà là, {adding} de ce tableau), {over} de plus que la règle de l’équipe (au plus {}).",
                t.objective.count_fr(existing + adding),
                t.objective.count_fr(*max)
            ),
            PastRule::KeyResults {
                objective,
                row,
                count,
                max,
            } => format!(
                "{} «\u{a0}{objective}\u{a0}» (ligne {row}) aurait {}, {over} de plus que la règle de l’équipe (au plus {} par {}).",
                capitalize(&t.objective.definite_fr()),
                t.key_result.count_fr(*count),
                t.key_result.count_fr(*max),
                t.objective.singular
            ),
        }
    }
}
