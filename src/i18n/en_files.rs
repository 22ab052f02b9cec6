//! Messages about files that cannot be imported: why, and where in the file, in the
//! set's own words when they are known. Split from `en.rs`, which holds the screens' text.

use super::mebibytes;
use crate::domain::import::{ReadError, ShapeProblem, MAX_FILE_BYTES};
use crate::domain::language::Lang;
use crate::domain::number::format_decimal;
use crate::domain::shape::{Expected, Found};
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

fn found(f: &Found) -> String {
    match f {
        Found::Text(t) => format!("the text “{t}”"),
        Found::Number(n) => format!("the number “{n}”"),
        Found::TrueFalse(b) => format!("the value “{b}”"),
        Found::Null => "an empty value (null)".to_owned(),
        Found::List => "a list".to_owned(),
        Found::Object => "an object".to_owned(),
        Found::Other => "a value".to_owned(),
    }
}

fn expected(e: Expected) -> String {
    match e {
        Expected::Text => "text".to_owned(),
        Expected::Number => "a number".to_owned(),
        Expected::Count { max } if max < u64::MAX => format!("a whole number from 0 to {max}"),
        Expected::Count { .. } => "a whole number, 0 or more".to_owned(),
        Expected::WholeNumber => "a whole number".to_owned(),
        Expected::TrueFalse => "true or false".to_owned(),
        Expected::List => "a list (in square brackets)".to_owned(),
        Expected::Object => "an object (in braces)".to_owned(),
        Expected::Date => "a date (YYYY-MM-DD)".to_owned(),
        Expected::DateTime => "a date and time (YYYY-MM-DDTHH:MM:SSZ)".to_owned(),
        Expected::Name => "one of the names the format lists".to_owned(),
        Expected::Other => "a value of another type".to_owned(),
    }
}

fn shape(problem: &ShapeProblem) -> String {
    match problem {
        ShapeProblem::MissingField(f) => format!("the field “{f}” is missing"),
        ShapeProblem::UnknownField(f) => format!("the field “{f}” is unknown"),
        ShapeProblem::DuplicateField(f) => format!("the field “{f}” appears twice"),
        ShapeProblem::WrongType {
            found: f,
            expected: e,
        } => format!(
            "a value has the wrong type: {} where {} belongs",
            found(f),
            expected(*e)
        ),
        ShapeProblem::WrongValue {
            found: f,
            expected: e,
        } => format!("{} does not fit: it takes {}", found(f), expected(*e)),
        ShapeProblem::UnknownValue(v) => format!("the value “{v}” is unknown"),
        ShapeProblem::ImpossibleDate(d) if d.is_empty() => {
            "a date is not on the calendar".to_owned()
        }
        ShapeProblem::ImpossibleDate(d) => format!("the date “{d}” is not on the calendar"),
        ShapeProblem::UnreadableDate(d) if d.is_empty() => {
            "a date is not written as a date (YYYY-MM-DD)".to_owned()
        }
        ShapeProblem::UnreadableDate(d) => {
            format!("“{d}” is not written as a date (YYYY-MM-DD)")
        }
        ShapeProblem::WrongLength => "a list has the wrong number of items".to_owned(),
        ShapeProblem::Unreadable => "a value could not be read".to_owned(),
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
        ReadError::NumberTooLarge { line, column } => format!(
            "The file holds a number far too large, line {line}, column {column}."
        ),
        ReadError::UnknownVersion { found } if found.is_empty() => {
            "This file's format version is missing or unreadable.".to_owned()
        }
        ReadError::UnknownVersion { found } => format!("This file's format version (“{found}”) is unknown."),
        ReadError::Shape { line, column, problem } => {
            let what = shape(problem);
            if *line == 0 {
                format!("The file does not have the expected shape: {what}.")
            } else {
                format!("The file does not have the expected shape, line {line}, column {column}: {what}.")
            }
        }
        ReadError::Migration { from } => format!(
            "This format {from} file could not be converted to the current format ({}).",
            crate::domain::format::CURRENT_VERSION
        ),
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
        if !at.set_name.is_empty() {
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
