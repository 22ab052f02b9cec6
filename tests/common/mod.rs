//! What every message about a refused file must be, whatever the file: shared by the
//! hostile-file tests and the fuzzer.
#![allow(dead_code)]

use boussole::domain::import::ReadError;
use boussole::domain::language::Lang;
use boussole::i18n::catalogue;

/// Characters that must never reach a message: listed here by hand, apart from the
/// definitions under test.
pub fn is_disguising(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}'
            | '\u{061c}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}')
}

/// English words of serde, chrono and serde_json that once leaked into messages.
const LIBRARY_WORDS: &[&str] = &[
    "expected",
    "invalid",
    "input",
    "out of range",
    "missing field",
    "unknown field",
    "unknown variant",
    "duplicate field",
    "integer",
    "string",
    "sequence",
    "floating point",
    "boolean",
    "struct",
    "u64",
    "u32",
    "f64",
    "RFC 3339",
    "premature",
    "trailing",
    "at line",
    "value refused",
];

/// The parts of a message between the language's quotation marks, and the rest. A quote
/// may itself hold the marks, so it ends either at the first closing mark (`lazy`) or at
/// the last one before the next opening mark.
pub fn split_quotes(message: &str, lang: Lang, lazy: bool) -> (Vec<String>, String) {
    let (open, close) = match lang {
        Lang::Fr => ("« ", " »"),
        Lang::En => ("“", "”"),
    };
    let (mut quoted, mut rest) = (Vec::new(), String::new());
    let mut text = message;
    while let Some(start) = text.find(open) {
        rest.push_str(&text[..start]);
        let after = &text[start + open.len()..];
        // The last closing mark before the next opening one: a quote may hold the mark.
        let end = if lazy {
            after.find(close)
        } else {
            let next_open = after.find(open).unwrap_or(after.len());
            after[..next_open].rfind(close)
        }
        .unwrap_or(after.len());
        quoted.push(after[..end].to_owned());
        text = after.get(end + close.len()..).unwrap_or("");
    }
    rest.push_str(text);
    (quoted, rest)
}

/// Checks one message; `place` is what it must name ("ligne 12", "Jeu 1"), if known.
pub fn check_message(message: &str, lang: Lang, place: Option<&str>) -> Result<(), String> {
    let fail = |why: &str| Err(format!("{lang:?}: {why}: {message:?}"));
    if message.trim().is_empty() {
        return fail("empty");
    }
    if let Some(c) = message.chars().find(|&c| is_disguising(c)) {
        return fail(&format!("holds U+{:04X}", c as u32));
    }
    let quotes_little = |(quoted, _): &(Vec<String>, String)| {
        let quoted_chars: usize = quoted.iter().map(|q| q.chars().count()).sum();
        quoted.iter().all(|q| q.chars().count() <= 61) && quoted_chars <= 100
    };
    // Either reading of nested marks will do ("« « ␡ »" quotes "« ␡").
    let Some((_, rest)) = [true, false]
        .map(|lazy| split_quotes(message, lang, lazy))
        .into_iter()
        .find(quotes_little)
    else {
        return fail("quotes too much of the file");
    };
    // Words of our own sentences plus at most 100 quoted characters.
    if message.chars().count() > 400 {
        return fail("too long");
    }
    if lang == Lang::Fr {
        let lower = rest.to_lowercase();
        if let Some(word) = LIBRARY_WORDS
            .iter()
            .find(|w| lower.contains(&w.to_lowercase()))
        {
            return fail(&format!("English library words {word:?}"));
        }
    }
    if let Some(place) = place {
        if !message.contains(place) {
            return fail(&format!("does not name {place:?}"));
        }
    }
    Ok(())
}

/// Where a refusal says it is: the line of a shape problem, the set of an invalid one.
pub fn place(error: &ReadError, lang: Lang) -> Option<String> {
    match (error, lang) {
        (ReadError::Shape { line, .. }, Lang::Fr) if *line > 0 => Some(format!("ligne {line}")),
        (ReadError::Shape { line, .. }, Lang::En) if *line > 0 => Some(format!("line {line}")),
        (ReadError::Invalid(i), Lang::Fr) if i.at.set > 0 => Some(format!("Jeu {}", i.at.set)),
        (ReadError::Invalid(i), Lang::En) if i.at.set > 0 => Some(format!("Set {}", i.at.set)),
        _ => None,
    }
}

/// Both languages' messages for an error, each checked.
pub fn check_error(error: &ReadError) -> Result<(), String> {
    let mut messages = Vec::new();
    for lang in Lang::ALL {
        let message = catalogue(lang).read_error(error);
        check_message(&message, lang, place(error, lang).as_deref())
            .map_err(|e| format!("{e}\n  from {error:?}"))?;
        messages.push(message);
    }
    if messages[0] == messages[1] {
        return Err(format!("one message for both languages: {:?}", messages[0]));
    }
    Ok(())
}
