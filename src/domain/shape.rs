//! Why a file's content does not have the shape Boussole reads, as typed reasons the
//! catalogue words. serde and chrono say it in English sentences; they are read here, once,
//! into reasons that carry only short cleaned excerpts of the file, so no library text
//! ever reaches a message. A sentence this reader does not know becomes `Unreadable`, which
//! the catalogue words generically.

use super::visible::Excerpt;

/// What the file holds where something else was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    Text(Excerpt),
    Number(Excerpt),
    TrueFalse(bool),
    Null,
    List,
    Object,
    /// A value serde described in words this reader does not know.
    Other,
}

/// What the field needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    Number,
    /// A whole number from 0 to `max` (a count, a revision).
    Count {
        max: u64,
    },
    /// A whole number, negative allowed.
    WholeNumber,
    TrueFalse,
    List,
    /// A group of named fields, between braces.
    Object,
    /// A calendar date, "2027-01-31".
    Date,
    /// A date and time, "2027-01-31T09:00:00Z".
    DateTime,
    /// One of the names the format lists (a kind, a confidence, a preset…).
    Name,
    Other,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShapeProblem {
    MissingField(Excerpt),
    UnknownField(Excerpt),
    /// The same field twice in one object.
    DuplicateField(Excerpt),
    WrongType {
        found: Found,
        expected: Expected,
    },
    /// The right type, a value the field cannot take (a negative count).
    WrongValue {
        found: Found,
        expected: Expected,
    },
    /// A name the format does not list (a kind, a confidence, a preset…).
    UnknownValue(Excerpt),
    /// A date or time that is not on the calendar: "2027-02-30", "2027-13-01".
    ImpossibleDate(Excerpt),
    /// A date or time not written as one: "demain", "2027/01/31".
    UnreadableDate(Excerpt),
    /// A list of the wrong length.
    WrongLength,
    /// A reason without words of its own: the catalogue says the value was refused.
    Unreadable,
}

/// The text between the first backtick and the backtick that ends it, where `ends` lists
/// what serde writes after it (the name itself may hold backticks).
fn quoted<'a>(rest: &'a str, ends: &[&str]) -> &'a str {
    let rest = rest.strip_prefix('`').unwrap_or(rest);
    ends.iter()
        .filter_map(|end| rest.rfind(end))
        .max()
        .or_else(|| rest.rfind('`'))
        .map_or(rest, |at| &rest[..at])
}

/// serde's `Unexpected` as written: "string \"x\"", "integer `3`", "boolean `true`", "map".
fn found(text: &str) -> Found {
    let inner = |prefix: &str| {
        text.strip_prefix(prefix)
            .map(|rest| rest.trim_start_matches('`').trim_end_matches('`'))
    };
    if let Some(s) = text.strip_prefix("string ") {
        Found::Text(Excerpt::of(&unescape_debug(s)))
    } else if let Some(n) = inner("integer ").or_else(|| inner("floating point ")) {
        Found::Number(Excerpt::of(n))
    } else if let Some(b) = inner("boolean ") {
        Found::TrueFalse(b == "true")
    } else if let Some(c) = inner("character ") {
        Found::Text(Excerpt::of(c))
    } else {
        match text {
            "null" | "unit value" | "Option value" => Found::Null,
            "sequence" => Found::List,
            "map" => Found::Object,
            _ => Found::Other,
        }
    }
}

/// The text of a Rust debug-quoted string ("\"a\\u{202e}b\""), escapes undone.
fn unescape_debug(quoted: &str) -> String {
    let body = quoted
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or(quoted);
    let mut out = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('0') => out.push('\0'),
            Some('u') => {
                let code: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                let c = u32::from_str_radix(&code, 16).ok().and_then(char::from_u32);
                out.push(c.unwrap_or('\u{fffd}'));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// serde's `Expected` as written: "u64", "a string", "struct OkrSet", "a sequence"…
fn expected(text: &str) -> Expected {
    let max = match text {
        "u8" => Some(u64::from(u8::MAX)),
        "u16" => Some(u64::from(u16::MAX)),
        "u32" => Some(u64::from(u32::MAX)),
        "u64" | "usize" => Some(u64::MAX),
        _ => None,
    };
    if let Some(max) = max {
        return Expected::Count { max };
    }
    match text {
        "i8" | "i16" | "i32" | "i64" | "isize" => Expected::WholeNumber,
        "f32" | "f64" => Expected::Number,
        "a string" | "a borrowed string" | "a character" | "string" => Expected::Text,
        "a boolean" | "bool" => Expected::TrueFalse,
        "a sequence" | "sequence" => Expected::List,
        "a map" | "map" => Expected::Object,
        t if t.starts_with("struct ") => Expected::Object,
        t if t.starts_with("tuple") => Expected::List,
        t if t.starts_with("enum ") || t.contains("variant") => Expected::Name,
        t if t.contains("date and time") || t.contains("RFC 3339") => Expected::DateTime,
        t if t.contains("date") => Expected::Date,
        _ => Expected::Other,
    }
}

/// chrono's parse errors, which reach serde as custom messages.
fn date_problem(message: &str, value: Excerpt) -> Option<ShapeProblem> {
    match message {
        "input is out of range" | "no possible date and time matching input" => {
            Some(ShapeProblem::ImpossibleDate(value))
        }
        "input contains invalid characters"
        | "premature end of input"
        | "trailing input"
        | "input is not enough for unique date and time"
        | "bad or unsupported format string" => Some(ShapeProblem::UnreadableDate(value)),
        _ => None,
    }
}

/// Reads serde's message (its position already cut off) into a reason. `value` is the
/// string the message is about, when the reader could find it in the file.
pub fn shape_problem(message: &str, value: Excerpt) -> ShapeProblem {
    let rest = |prefix: &str| message.strip_prefix(prefix);
    if let Some(rest) = rest("missing field ") {
        ShapeProblem::MissingField(Excerpt::of(quoted(rest, &[])))
    } else if let Some(rest) = rest("duplicate field ") {
        ShapeProblem::DuplicateField(Excerpt::of(quoted(rest, &[])))
    } else if let Some(rest) = rest("unknown field ") {
        let ends = ["`, expected ", "`, there are no fields"];
        ShapeProblem::UnknownField(Excerpt::of(quoted(rest, &ends)))
    } else if let Some(rest) = rest("unknown variant ") {
        let ends = ["`, expected ", "`, there are no variants"];
        ShapeProblem::UnknownValue(Excerpt::of(quoted(rest, &ends)))
    } else if let Some(rest) = rest("invalid type: ") {
        let (f, e) = rest.rsplit_once(", expected ").unwrap_or((rest, ""));
        ShapeProblem::WrongType {
            found: found(f),
            expected: expected(e),
        }
    } else if let Some(rest) = rest("invalid value: ") {
        let (f, e) = rest.rsplit_once(", expected ").unwrap_or((rest, ""));
        ShapeProblem::WrongValue {
            found: found(f),
            expected: expected(e),
        }
    } else if message.starts_with("invalid length ") {
        ShapeProblem::WrongLength
    } else {
        date_problem(message, value).unwrap_or(ShapeProblem::Unreadable)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(message: &str) -> ShapeProblem {
        shape_problem(message, Excerpt::default())
    }

    #[test]
    fn serde_sentences_become_reasons() {
        assert_eq!(
            read("unknown field `owner`, expected one of `id`, `name`"),
            ShapeProblem::UnknownField(Excerpt::of("owner"))
        );
        assert_eq!(
            read("unknown field `a`, expected `b`, c`, expected one of `id`"),
            ShapeProblem::UnknownField(Excerpt::of("a`, expected `b`, c"))
        );
        assert_eq!(
            read("unknown variant `someday`, expected one of `increase`"),
            ShapeProblem::UnknownValue(Excerpt::of("someday"))
        );
        assert_eq!(
            read("missing field `learned`"),
            ShapeProblem::MissingField(Excerpt::of("learned"))
        );
        assert_eq!(
            read("duplicate field `name`"),
            ShapeProblem::DuplicateField(Excerpt::of("name"))
        );
        assert_eq!(
            read("invalid type: string \"4\\u{202e}0\", expected f64"),
            ShapeProblem::WrongType {
                found: Found::Text(Excerpt::of("40")),
                expected: Expected::Number
            }
        );
        assert_eq!(
            read("invalid type: boolean `true`, expected f64"),
            ShapeProblem::WrongType {
                found: Found::TrueFalse(true),
                expected: Expected::Number
            }
        );
        assert_eq!(
            read("invalid type: null, expected struct OkrSet"),
            ShapeProblem::WrongType {
                found: Found::Null,
                expected: Expected::Object
            }
        );
        assert_eq!(
            read("invalid value: integer `-3`, expected u64"),
            ShapeProblem::WrongValue {
                found: Found::Number(Excerpt::of("-3")),
                expected: Expected::Count { max: u64::MAX }
            }
        );
        assert_eq!(
            read("invalid type: integer `1700000000`, expected an RFC 3339 formatted date and time string"),
            ShapeProblem::WrongType {
                found: Found::Number(Excerpt::of("1700000000")),
                expected: Expected::DateTime
            }
        );
    }

    #[test]
    fn chrono_sentences_become_date_reasons_and_the_rest_stays_unnamed() {
        let day = Excerpt::of("2027-02-30");
        assert_eq!(
            shape_problem("input is out of range", day.clone()),
            ShapeProblem::ImpossibleDate(day.clone())
        );
        assert_eq!(
            shape_problem("input contains invalid characters", day.clone()),
            ShapeProblem::UnreadableDate(day)
        );
        assert_eq!(
            read("something serde may say one day"),
            ShapeProblem::Unreadable
        );
        assert_eq!(
            read("invalid length 3, expected 2"),
            ShapeProblem::WrongLength
        );
    }
}
