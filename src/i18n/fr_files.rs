//! Messages about files that cannot be imported: why, and where in the file, in the
//! set's own words when they are known. Split from `fr.rs`, which holds the screens' text.

use super::mebibytes;
use crate::domain::import::{ReadError, ShapeProblem, MAX_FILE_BYTES};
use crate::domain::language::Lang;
use crate::domain::number::format_decimal;
use crate::domain::shape::{Expected, Found};
use crate::domain::validate::{self, Field, Invalid, Problem};
use crate::domain::vocabulary::capitalize;

fn field(f: Field) -> &'static str {
    match f {
        Field::Name => "nom",
        Field::Team => "équipe",
        Field::Title => "intitulé",
        Field::Unit => "unité",
        Field::Term => "mot du vocabulaire",
        Field::Narrative => "récit",
        Field::Reason => "autre raison",
        Field::Why => "pourquoi",
        Field::Note => "texte",
    }
}

fn found(f: &Found) -> String {
    match f {
        Found::Text(t) => format!("le texte « {t} »"),
        Found::Number(n) => format!("le nombre « {n} »"),
        Found::TrueFalse(b) => format!("la valeur « {b} »"),
        Found::Null => "une valeur vide (null)".to_owned(),
        Found::List => "une liste".to_owned(),
        Found::Object => "un objet".to_owned(),
        Found::Other => "une valeur".to_owned(),
    }
}

fn expected(e: Expected) -> String {
    match e {
        Expected::Text => "un texte".to_owned(),
        Expected::Number => "un nombre".to_owned(),
        Expected::Count { max } if max < u64::MAX => {
            format!("un nombre entier de 0 à {max}")
        }
        Expected::Count { .. } => "un nombre entier positif ou nul".to_owned(),
        Expected::WholeNumber => "un nombre entier".to_owned(),
        Expected::TrueFalse => "true ou false".to_owned(),
        Expected::List => "une liste (entre crochets)".to_owned(),
        Expected::Object => "un objet (entre accolades)".to_owned(),
        Expected::Date => "une date (AAAA-MM-JJ)".to_owned(),
        Expected::DateTime => "une date et une heure (AAAA-MM-JJTHH:MM:SSZ)".to_owned(),
        Expected::Name => "l’un des noms que le format prévoit".to_owned(),
        Expected::Other => "une valeur d’un autre type".to_owned(),
    }
}

fn shape(problem: &ShapeProblem) -> String {
    match problem {
        ShapeProblem::MissingField(f) => format!("le champ « {f} » manque"),
        ShapeProblem::UnknownField(f) => format!("le champ « {f} » est inconnu"),
        ShapeProblem::DuplicateField(f) => format!("le champ « {f} » apparaît deux fois"),
        ShapeProblem::WrongType {
            found: f,
            expected: e,
        } => format!(
            "une valeur n’a pas le bon type : {} là où il faut {}",
            found(f),
            expected(*e)
        ),
        ShapeProblem::WrongValue {
            found: f,
            expected: e,
        } => format!("{} ne convient pas : il faut {}", found(f), expected(*e)),
        ShapeProblem::UnknownValue(v) => format!("la valeur « {v} » est inconnue"),
        ShapeProblem::ImpossibleDate(d) if d.is_empty() => {
            "une date n’existe pas au calendrier".to_owned()
        }
        ShapeProblem::ImpossibleDate(d) => {
            format!("la date « {d} » n’existe pas au calendrier")
        }
        ShapeProblem::UnreadableDate(d) if d.is_empty() => {
            "une date n’est pas écrite comme une date (AAAA-MM-JJ)".to_owned()
        }
        ShapeProblem::UnreadableDate(d) => {
            format!("« {d} » n’est pas écrit comme une date (AAAA-MM-JJ)")
        }
        ShapeProblem::WrongLength => "une liste n’a pas le bon nombre d’éléments".to_owned(),
        ShapeProblem::Unreadable => "une valeur n’a pas pu être lue".to_owned(),
    }
}

pub(super) fn read_error(error: &ReadError) -> String {
    match error {
        ReadError::Empty => "Le fichier est vide.".to_owned(),
        ReadError::TooLarge { bytes } => format!(
            "Le fichier est trop volumineux ({} Mo) : {} Mo au plus.",
            format_decimal(mebibytes(*bytes), Lang::Fr),
            MAX_FILE_BYTES / 1_048_576
        ),
        ReadError::NotText => "Ce n’est pas un fichier texte : ce ne peut pas être un export de Boussole.".to_owned(),
        ReadError::Syntax { line, column } => {
            format!("Le fichier n’est pas du JSON valide : erreur ligne {line}, colonne {column}.")
        }
        ReadError::TooDeep { line, column } => format!(
            "Le fichier est imbriqué bien trop profondément pour être un export de Boussole (ligne {line}, colonne {column})."
        ),
        ReadError::NotBoussole => "Ce fichier JSON n’est pas un export de Boussole.".to_owned(),
        ReadError::NewerVersion { found } => format!(
            "Ce fichier vient d’une version plus récente de Boussole (format {found} ; cette version lit jusqu’au format {}). Ouvrez-le avec une version à jour.",
            crate::domain::format::CURRENT_VERSION
        ),
        ReadError::NumberTooLarge { line, column } => format!(
            "Le fichier contient un nombre bien trop grand, ligne {line}, colonne {column}."
        ),
        ReadError::UnknownVersion { found } if found.is_empty() => {
            "La version de format de ce fichier manque ou est illisible.".to_owned()
        }
        ReadError::UnknownVersion { found } => {
            format!("La version de format de ce fichier (« {found} ») est inconnue.")
        }
        ReadError::Shape { line, column, problem } => {
            let what = shape(problem);
            // A file of an older version is checked after conversion: no position then.
            if *line == 0 {
                format!("Le fichier n’a pas la forme attendue : {what}.")
            } else {
                format!("Le fichier n’a pas la forme attendue, ligne {line}, colonne {column} : {what}.")
            }
        }
        ReadError::Migration { from } => format!(
            "Ce fichier au format {from} n’a pas pu être converti au format actuel ({})."
            , crate::domain::format::CURRENT_VERSION
        ),
        ReadError::NoSets => "Ce fichier ne contient aucun jeu d’OKR.".to_owned(),
        ReadError::Invalid(problem) => invalid(problem),
    }
}

pub(super) fn invalid(invalid: &Invalid) -> String {
    let at = &invalid.at;
    // The set's own words: known once its vocabulary is read, the standard ones before.
    let terms = at.vocabulary.terms(Lang::Fr);
    let mut place = String::new();
    if at.set > 0 {
        place = format!("Jeu {}", at.set);
        if !at.set_name.is_empty() {
            place.push_str(&format!(" (« {} »)", at.set_name));
        }
        if let Some(o) = at.objective {
            place.push_str(&format!(", {} {o}", terms.objective.singular));
        }
        if let Some(k) = at.key_result {
            place.push_str(&format!(", {} {k}", terms.key_result.singular));
        }
        place.push_str(" : ");
    }
    let what = match &invalid.problem {
        Problem::TooManySets { count } => {
            format!(
                "le fichier contient {count} jeux, {} au plus",
                validate::MAX_SETS_PER_FILE
            )
        }
        Problem::TooManyObjectives { count } => {
            format!(
                "{}, {} au plus par jeu",
                terms.objective.count_fr(*count),
                validate::MAX_OBJECTIVES
            )
        }
        Problem::TooManyKeyResults { count } => {
            format!(
                "{}, {} au plus par {}",
                terms.key_result.count_fr(*count),
                validate::MAX_KEY_RESULTS,
                terms.objective.singular
            )
        }
        Problem::MalformedId { id } => format!("l’identifiant « {id} » n’est pas valide"),
        Problem::DuplicateId { id } => format!("l’identifiant « {id} » apparaît deux fois"),
        Problem::TooManyEntries { count, max } => {
            format!("une liste compte {count} entrées (au plus {max})")
        }
        Problem::MilestoneValue => "un jalon vaut 1 (atteint) ou 0 (pas encore)".to_owned(),
        Problem::UnknownReference { id } => {
            format!("une revue renvoie à « {id} », qui n’existe pas dans ce jeu")
        }
        Problem::EmptyTerm => "un mot du vocabulaire est vide".to_owned(),
        Problem::EmptyName => "le nom du jeu est vide".to_owned(),
        Problem::TooLong { field: f, max } => {
            format!("le champ « {} » dépasse {max} caractères", field(*f))
        }
        Problem::ForbiddenCharacters { field: f } => format!(
            "le champ « {} » contient des caractères de contrôle ou d’inversion du sens du texte",
            field(*f)
        ),
        Problem::NumberOutOfRange => {
            "un nombre est hors limites (mille milliards au plus)".to_owned()
        }
        Problem::DateOutOfRange => format!(
            "une date est hors limites (entre {} et {})",
            validate::MIN_YEAR,
            validate::MAX_YEAR
        ),
        Problem::CountRuleOutOfRange => "la règle de nombre doit rester entre 1 et 10".to_owned(),
        Problem::CycleEndsBeforeStart => "le cycle se termine avant de commencer".to_owned(),
    };
    let sentence = format!("{place}{what}.");
    if place.is_empty() {
        capitalize(&sentence)
    } else {
        sentence
    }
}
