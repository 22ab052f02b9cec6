//! Numbers as spreadsheets show them: "1 234,5" with a non-breaking or narrow space
//! between thousands, "48 h", "95 %", "−30 %" with the Unicode minus, "$1,200.50" from an
//! English sheet. A cell gives a number and, when it carries one, a unit.

use crate::domain::language::Lang;
use crate::domain::number::{parse_decimal, NumberError};
use crate::domain::validate::MAX_UNIT_CHARS;

/// What a number cell holds once read.
#[derive(Clone, Debug, PartialEq)]
pub struct Measure {
    pub value: f64,
    /// The unit written after (or a currency sign before) the number, if any.
    pub unit: Option<String>,
}

/// Signs a sheet may put before a number: the ASCII hyphen, the Unicode minus (what
/// typographers and some French locales write), the figure and en dashes.
fn is_minus(c: char) -> bool {
    matches!(c, '-' | '\u{2212}' | '\u{2012}' | '\u{2013}')
}

/// Spaces that separate thousands: the plain, non-breaking, narrow non-breaking and thin
/// spaces, and the apostrophes Swiss sheets use.
fn is_group_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '\u{2019}'
    )
}

const CURRENCIES: [char; 4] = ['€', '$', '£', '¥'];

/// Reads a number cell. An empty cell is `None`: the figure is not known yet. `lang` only
/// decides the one ambiguous case, "1,500" (one comma, three digits after): a thousand
/// and a half in English, one and a half in French.
pub fn read_number(cell: &str, lang: Lang) -> Result<Option<Measure>, NumberError> {
    let text = cell.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let (prefix_unit, text) = match text.chars().next() {
        Some(c) if CURRENCIES.contains(&c) => (Some(c.to_string()), text[c.len_utf8()..].trim()),
        _ => (None, text),
    };
    let (negative, text) = match text.chars().next() {
        Some(c) if is_minus(c) => (true, text[c.len_utf8()..].trim_start()),
        Some('+') => (false, text[1..].trim_start()),
        _ => (false, text),
    };
    // The number runs while digits, marks and spaces followed by a digit go on.
    let mut end = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_digit = chars.peek().is_some_and(|(_, n)| n.is_ascii_digit());
        let part =
            c.is_ascii_digit() || matches!(c, ',' | '.') || (is_group_space(c) && next_is_digit);
        if !part {
            break;
        }
        end = i + c.len_utf8();
    }
    let (core, rest) = text.split_at(end);
    let suffix = rest.trim();
    let unit = match (prefix_unit, suffix.is_empty()) {
        (Some(_), false) => return Err(NumberError::NotANumber),
        (Some(sign), true) => Some(sign),
        (None, true) => None,
        (None, false) => Some(read_unit(suffix)?),
    };
    let plain = plain_digits(core, lang).ok_or(NumberError::NotANumber)?;
    let signed = if negative { format!("-{plain}") } else { plain };
    match parse_decimal(&signed)? {
        Some(value) => Ok(Some(Measure { value, unit })),
        None => Err(NumberError::NotANumber),
    }
}

/// A unit after a number: words or signs ("h", "%", "jours", "/10"), never more digits
/// (so "1e5" or "12h30" are not taken for a number and its unit).
fn read_unit(text: &str) -> Result<String, NumberError> {
    let digits_allowed = text.starts_with('/');
    let well_formed = text.chars().count() <= MAX_UNIT_CHARS
        && (digits_allowed || !text.chars().any(|c| c.is_ascii_digit()))
        && !text.chars().next().is_some_and(|c| matches!(c, ',' | '.'));
    if well_formed {
        Ok(text.to_owned())
    } else {
        Err(NumberError::NotANumber)
    }
}

/// The digits with one "." for the decimal mark, or `None` when the grouping is not one a
/// sheet writes (groups of three after the first).
fn plain_digits(core: &str, lang: Lang) -> Option<String> {
    let commas = core.matches(',').count();
    let dots = core.matches('.').count();
    let decimal = match (commas, dots) {
        (0, 0) => None,
        (_, 0) if commas > 1 => None,
        (0, _) if dots > 1 => None,
        (1, 0) if lang == Lang::En && groups_of_three_after(core, ',') => None,
        (1, 0) => Some(','),
        (0, 1) => Some('.'),
        _ => {
            // Both: the last one is the decimal mark, and it comes once.
            let last = core.rfind([',', '.'])?;
            let mark = core[last..].chars().next()?;
            (core.matches(mark).count() == 1).then_some(mark)?;
            Some(mark)
        }
    };
    let (whole, fraction) = match decimal {
        Some(mark) => core.split_once(mark)?,
        None => (core, ""),
    };
    if !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let groups: Vec<&str> = whole
        .split(|c: char| is_group_space(c) || matches!(c, ',' | '.'))
        .collect();
    let grouped = groups.len() > 1;
    let sound = groups.iter().enumerate().all(|(i, g)| match (i, grouped) {
        (_, false) => g.chars().all(|c| c.is_ascii_digit()),
        (0, true) => (1..=3).contains(&g.len()) && g.chars().all(|c| c.is_ascii_digit()),
        _ => g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()),
    });
    let digits: String = groups.concat();
    if !sound || (digits.is_empty() && fraction.is_empty()) {
        return None;
    }
    Some(if fraction.is_empty() {
        digits
    } else {
        format!("{digits}.{fraction}")
    })
}

/// "1,500": one mark followed by exactly three digits, the way thousands are grouped.
fn groups_of_three_after(core: &str, mark: char) -> bool {
    core.split_once(mark).is_some_and(|(whole, after)| {
        !whole.is_empty() && after.len() == 3 && after.chars().all(|c| c.is_ascii_digit())
    })
}

/// Digits grouped by three from the right with `space` ("1 234 567"): how sheets show
/// large numbers, and how messages write large counts.
pub fn grouped(digits: &str, space: char) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(space);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::number::format_decimal;
    use proptest::prelude::*;

    fn fr(text: &str) -> Option<(f64, Option<String>)> {
        read_number(text, Lang::Fr)
            .ok()
            .flatten()
            .map(|m| (m.value, m.unit))
    }

    fn unit(u: &str) -> Option<String> {
        Some(u.to_owned())
    }

    #[test]
    fn reads_what_a_french_user_means() {
        assert_eq!(fr("48 h"), Some((48.0, unit("h"))));
        assert_eq!(fr("95 %"), Some((95.0, unit("%"))));
        assert_eq!(fr("95\u{a0}%"), Some((95.0, unit("%"))));
        assert_eq!(fr("\u{2212}30 %"), Some((-30.0, unit("%"))));
        assert_eq!(fr("\u{2212} 30\u{202f}%"), Some((-30.0, unit("%"))));
        assert_eq!(fr("6,8"), Some((6.8, None)));
        assert_eq!(fr("1\u{a0}234,5"), Some((1234.5, None)));
        assert_eq!(
            fr("1\u{202f}234\u{202f}567,25 €"),
            Some((1_234_567.25, unit("€")))
        );
        assert_eq!(fr("12 000"), Some((12_000.0, None)));
        assert_eq!(fr("8,5 /10"), Some((8.5, unit("/10"))));
        assert_eq!(fr("+10 points"), Some((10.0, unit("points"))));
        assert_eq!(fr("1.000.000"), Some((1_000_000.0, None)));
        assert_eq!(fr("1.234,5"), Some((1234.5, None)));
        assert_eq!(fr("€ 1 200"), Some((1200.0, unit("€"))));
        assert_eq!(fr("  "), None);
        assert_eq!(read_number("", Lang::Fr), Ok(None));
    }

    #[test]
    fn one_comma_and_three_digits_follow_the_language() {
        assert_eq!(fr("1,500"), Some((1.5, None)));
        let en = read_number("1,500", Lang::En).unwrap().unwrap();
        assert_eq!(en.value, 1500.0);
        let en = read_number("$1,200.50", Lang::En).unwrap().unwrap();
        assert_eq!((en.value, en.unit.as_deref()), (1200.5, Some("$")));
        assert_eq!(read_number("6,8", Lang::En).unwrap().unwrap().value, 6.8);
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        for bad in [
            "vingt",
            "???",
            "=SUM(A1)",
            "1e5",
            "12h30",
            "1,2,3,4",
            "1 23",
            "12 5",
            "1.2.3,4,5",
            "abc 12",
            "€ 12 h",
            "--1",
            "-",
            ",",
            "1,,5",
            "1,2.3.4",
            "NaN",
            "+",
            "1 ,5",
        ] {
            assert_eq!(
                read_number(bad, Lang::Fr),
                Err(NumberError::NotANumber),
                "{bad}"
            );
        }
        assert_eq!(
            read_number("10 000 000 000 000", Lang::Fr),
            Err(NumberError::OutOfRange)
        );
    }

    /// Writes `value` as a French sheet shows it: thousands grouped by `space`, a decimal
    /// comma, `minus` before a negative number, `unit` after.
    fn french_sheet(value: f64, space: char, minus: char, unit: &str) -> String {
        let plain = format_decimal(value, Lang::Fr);
        let (negative, plain) = match plain.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, plain.as_str()),
        };
        let (whole, fraction) = plain.split_once(',').unwrap_or((plain, ""));
        let grouped = grouped(whole, space);
        let sign = if negative {
            minus.to_string()
        } else {
            String::new()
        };
        let fraction = if fraction.is_empty() {
            String::new()
        } else {
            format!(",{fraction}")
        };
        format!("{sign}{grouped}{fraction}{unit}")
    }

    proptest! {
        /// Format as a French sheet does, then read: the same number (to the four decimals
        /// written) and the same unit.
        #[test]
        fn a_french_number_reads_back(
            value in -1e9f64..1e9f64,
            space in prop::sample::select(vec![' ', '\u{a0}', '\u{202f}', '\u{2009}']),
            minus in prop::sample::select(vec!['-', '\u{2212}']),
            unit in prop::sample::select(vec!["", " %", "\u{a0}%", "%", " h", " jours", " €", " /10"]),
        ) {
            let text = french_sheet(value, space, minus, unit);
            let read = read_number(&text, Lang::Fr).unwrap().unwrap();
            let written = parse_decimal(&format_decimal(value, Lang::Fr)).unwrap().unwrap();
            prop_assert_eq!(read.value, written, "{}", text);
            let expected = unit.trim_start_matches([' ', '\u{a0}']);
            prop_assert_eq!(read.unit.as_deref().unwrap_or(""), expected, "{}", text);
        }

        /// An English sheet's "-1,234,567.5" reads back too.
        #[test]
        fn an_english_number_reads_back(value in -1e9f64..1e9f64) {
            let plain = format_decimal(value, Lang::En);
            let (sign, unsigned) = match plain.strip_prefix('-') {
                Some(rest) => ("-", rest),
                None => ("", plain.as_str()),
            };
            let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
            let mut english = format!("{sign}{}", grouped(whole, ','));
            if !fraction.is_empty() {
                english = format!("{english}.{fraction}");
            }
            let read = read_number(&english, Lang::En).unwrap().unwrap();
            prop_assert_eq!(read.value, parse_decimal(&plain).unwrap().unwrap(), "{}", english);
        }

        #[test]
        fn never_panics(text in ".{0,40}", en in any::<bool>()) {
            let lang = if en { Lang::En } else { Lang::Fr };
            if let Ok(Some(m)) = read_number(&text, lang) {
                prop_assert!(m.value.is_finite());
            }
        }
    }
}
