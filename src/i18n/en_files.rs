//! Messages about files that cannot be imported: why, and where in the file, in the
//! set's own words when they are known. Split from `en.rs`, which holds the screens' text.

use super::mebibytes;
use crate::domain::import::{ReadError, ShapeProblem, MAX_FILE_BYTES};
use crate::domain::language::Lang;
use crate::domain::number::format_decimal;
use crate::domain::validate::{self, Field, Invalid, Problem};
use crate::domain::vocabulary::capitalize;

fn field(f: Field) -> &'static str {
    match f {
        Field::Name => "name",
        Field::Team => "team",
        Field::Title => "title",
        Field::Unit => "unit",
        Field::Term => "vocabulary word",
        Field::Narrative => "narrative",
        Field::Reason => "other reason",
        Field::Why => "why it matters",
        Field::Note => "note",
    }
}

pub(super) fn read_error(error: &ReadError) -> String {
    match error {
        ReadError::Empty => "The file is empty.".to_owned(),
        ReadError::TooLarge { bytes } => format!(
            "The file is too large ({} MB): {} MB at most.",
            format_decimal(mebibytes(*bytes), Lang::En),
            MAX_FILE_BYTES / 1_048_576
        ),
        ReadError::NotText => "This is not a text file: it cannot be a Boussole export.".to_owned(),
        ReadError::Syntax { line, column } => {
            format!("The file is not valid JSON: error at line {line}, column {column}.")
        }
        ReadError::TooDeep { line, column } => format!(
            "The file is nested far too deeply to be a Boussole export (line {line}, column {column})."
        ),
        ReadError::NotBoussole => "This JSON file is not a Boussole export.".to_owned(),
        ReadError::NewerVersion { found } => format!(
            "This file comes from a newer Boussole (format {found}; this one reads up to format {}). Open it with an up-to-date Boussole.",
            crate::domain::format::CURRENT_VERSION
        ),
        ReadError::UnknownVersion { found } => format!("This file's format version (“{found}”) is unknown."),
        ReadError::Shape { line, column, problem } => {
            let what = match problem {
                ShapeProblem::MissingField(f) => format!("the field “{f}” is missing"),
                ShapeProblem::UnknownField(f) => format!("the field “{f}” is unknown"),
                ShapeProblem::WrongType { found, .. } => format!("a value has the wrong type ({found})"),
                ShapeProblem::UnknownValue(v) => format!("the value “{v}” is unknown"),
                ShapeProblem::Other(detail) => format!("value refused ({detail})"),
            };
            if *line == 0 {
                format!("The file does not have the expected shape: {what}.")
            } else {
                format!("The file does not have the expected shape, line {line}, column {column}: {what}.")
            }
        }
        ReadError::Migration(detail) => format!("This file from an earlier version could not be converted: {detail}."),
        ReadError::NoSets => "This file holds no OKR set.".to_owned(),
        ReadError::Invalid(problem) => invalid(problem),
    }
}

pub(super) fn invalid(invalid: &Invalid) -> String {
    let at = &invalid.at;
    // The set's own words: known once its vocabulary is read, the standard ones before.
    let terms = at.vocabulary.terms(Lang::En);
    let mut place = String::new();
    if at.set > 0 {
        place = format!("Set {}", at.set);
        if !at.set_name.trim().is_empty() {
            place.push_str(&format!(" (“{}”)", at.set_name));
        }
        if let Some(o) = at.objective {
            place.push_str(&format!(", {} {o}", terms.objective.singular));
        }
        if let Some(k) = at.key_result {
            place.push_str(&format!(", {} {k}", terms.key_result.singular));
        }
        place.push_str(": ");
    }
    let what = match &invalid.problem {
        Problem::TooManySets { count } => {
            format!(
                "the file holds {count} sets, {} at most",
                validate::MAX_SETS_PER_FILE
            )
        }
        Problem::TooManyObjectives { count } => {
            format!(
                "{}, {} at most per set",
                terms.objective.count_en(*count),
                validate::MAX_OBJECTIVES
            )
        }
        Problem::TooManyKeyResults { count } => {
            format!(
                "{}, {} at most per {}",
                terms.key_result.count_en(*count),
                validate::MAX_KEY_RESULTS,
                terms.objective.singular
            )
        }
        Problem::MalformedId { id } => format!("the id “{id}” is not valid"),
        Problem::DuplicateId { id } => format!("the id “{id}” appears twice"),
        Problem::TooManyEntries { count, max } => {
            format!("a list has {count} entries (at most {max})")
        }
        Problem::MilestoneValue => "a milestone is 1 (done) or 0 (not yet)".to_owned(),
        Problem::UnknownReference { id } => {
            format!("a review refers to “{id}”, which this set does not have")
        }
        Problem::EmptyTerm => "a vocabulary word is empty".to_owned(),
        Problem::EmptyName => "the set's name is empty".to_owned(),
        Problem::TooLong { field: f, max } => {
            format!("the {} is longer than {max} characters", field(*f))
        }
        Problem::ForbiddenCharacters { field: f } => {
            format!(
                "the {} holds control or text-direction characters",
                field(*f)
            )
        }
        Problem::NumberOutOfRange => {
            "a number is out of range (a million million at most)".to_owned()
        }
        Problem::DateOutOfRange => {
            format!(
                "a date is out of range (between {} and {})",
                validate::MIN_YEAR,
                validate::MAX_YEAR
            )
        }
        Problem::CountRuleOutOfRange => "the count rule must stay between 1 and 10".to_owned(),
        Problem::CycleEndsBeforeStart => "the cycle ends before it starts".to_owned(),
    };
    capitalize(&format!("{place}{what}."))
}
