//! Numbers as people type and read them: "6,8" in French, "6.8" in English, spaces as
//! thousands separators. Values beyond `MAX_ABS` are refused so that progress arithmetic
//! can never overflow to infinity.

use super::language::Lang;

/// Largest magnitude a key result value may take.
pub const MAX_ABS: f64 = 1e12;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    NotANumber,
    OutOfRange,
}

/// Reads a typed number. An empty field is `None`: the value is not known yet.
pub fn parse_decimal(input: &str) -> Result<Option<f64>, NumberError> {
    let cleaned: String = input
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\''))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if cleaned.is_empty() {
        return Ok(None);
    }
    let plain = cleaned.strip_prefix('+').unwrap_or(&cleaned);
    let digits_only = plain.strip_prefix('-').unwrap_or(plain);
    let well_formed = !digits_only.is_empty()
        && digits_only.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits_only.chars().filter(|&c| c == '.').count() <= 1
        && digits_only.chars().any(|c| c.is_ascii_digit());
    if !well_formed {
        return Err(NumberError::NotANumber);
    }
    // serde_json's float reader (already in the wasm, and correctly rounded with
    // `float_roundtrip`) rather than core's, which would add its own 10 KiB of tables.
    // JSON wants "0.5" for ".5", "5" for "5." and no leading zeros.
    let (whole, fraction) = digits_only.split_once('.').unwrap_or((digits_only, ""));
    let whole = match whole.trim_start_matches('0') {
        "" => "0",
        trimmed => trimmed,
    };
    let sign = if plain.starts_with('-') { "-" } else { "" };
    let json = if fraction.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction}")
    };
    let value: f64 = serde_json::from_str(&json).map_err(|_| NumberError::NotANumber)?;
    check_range(value).map(Some)
}

/// Accepts a value only when it is finite and within `MAX_ABS`.
pub fn check_range(value: f64) -> Result<f64, NumberError> {
    if value.is_finite() && value.abs() <= MAX_ABS {
        Ok(value)
    } else {
        Err(NumberError::OutOfRange)
    }
}

/// Writes a number for reading: at most four decimals, no trailing zeros, the language's
/// decimal mark. Integer arithmetic rather than `{:.4}`, whose float formatting costs
/// about 10 KiB of wasm; values are bounded by `MAX_ABS`, so the scaled value fits.
pub fn format_decimal(value: f64, lang: Lang) -> String {
    let scaled = (value.abs() * 10_000.0).round() as u64;
    let (whole, mut fraction) = (scaled / 10_000, scaled % 10_000);
    let mut text = String::new();
    if value < 0.0 && scaled != 0 {
        text.push('-');
    }
    text.push_str(&whole.to_string());
    if fraction != 0 {
        let mut digits = 4;
        while fraction % 10 == 0 {
            fraction /= 10;
            digits -= 1;
        }
        text.push(match lang {
            Lang::Fr => ',',
            Lang::En => '.',
        });
        text.push_str(&format!("{fraction:0digits$}"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_both_decimal_marks_and_spaces() {
        assert_eq!(parse_decimal("6,8"), Ok(Some(6.8)));
        assert_eq!(parse_decimal("6.8"), Ok(Some(6.8)));
        assert_eq!(parse_decimal(" 1 000 "), Ok(Some(1000.0)));
        assert_eq!(parse_decimal("1\u{202f}000,5"), Ok(Some(1000.5)));
        assert_eq!(parse_decimal("-30"), Ok(Some(-30.0)));
        assert_eq!(parse_decimal("+10"), Ok(Some(10.0)));
        assert_eq!(parse_decimal(""), Ok(None));
        assert_eq!(parse_decimal("   "), Ok(None));
        assert_eq!(parse_decimal(",5"), Ok(Some(0.5)));
        assert_eq!(parse_decimal("5,"), Ok(Some(5.0)));
        assert_eq!(parse_decimal("007"), Ok(Some(7.0)));
        assert_eq!(parse_decimal("-0,25"), Ok(Some(-0.25)));
        assert_eq!(parse_decimal("0,1"), Ok(Some(0.1)));
    }

    proptest! {
        #[test]
        fn reads_what_core_reads(v in -1e12f64..1e12f64) {
            let text = format!("{v}");
            prop_assert_eq!(parse_decimal(&text), Ok(Some(text.parse::<f64>().unwrap())));
        }
    }

    #[test]
    fn refuses_what_is_not_a_plain_number() {
        for bad in [
            "abc", "1,2,3", "NaN", "inf", "-", ".", "1e5", "0x10", "12h", "--1",
        ] {
            assert_eq!(parse_decimal(bad), Err(NumberError::NotANumber), "{bad}");
        }
        assert_eq!(
            parse_decimal("10000000000000"),
            Err(NumberError::OutOfRange)
        );
    }

    #[test]
    fn writes_for_each_language() {
        assert_eq!(format_decimal(6.8, Lang::Fr), "6,8");
        assert_eq!(format_decimal(6.8, Lang::En), "6.8");
        assert_eq!(format_decimal(48.0, Lang::Fr), "48");
        assert_eq!(format_decimal(0.1 + 0.2, Lang::En), "0.3");
        assert_eq!(format_decimal(-0.00001, Lang::En), "0");
        assert_eq!(format_decimal(-12.5, Lang::Fr), "-12,5");
        assert_eq!(format_decimal(-0.5, Lang::En), "-0.5");
        assert_eq!(format_decimal(0.00005, Lang::Fr), "0,0001");
        assert_eq!(format_decimal(2.0503, Lang::En), "2.0503");
        assert_eq!(format_decimal(1e12, Lang::En), "1000000000000");
        assert_eq!(format_decimal(-1e12, Lang::Fr), "-1000000000000");
    }

    proptest! {
        #[test]
        fn what_is_written_reads_back(v in -1e9f64..1e9f64, fr in any::<bool>()) {
            let lang = if fr { Lang::Fr } else { Lang::En };
            let text = format_decimal(v, lang);
            let back = parse_decimal(&text).unwrap().unwrap();
            prop_assert!((back - v).abs() <= 0.00005 + v.abs() * 1e-12, "{v} -> {text} -> {back}");
        }

        #[test]
        fn never_panics_on_any_text(s in ".*") {
            if let Ok(Some(v)) = parse_decimal(&s) {
                prop_assert!(v.is_finite() && v.abs() <= MAX_ABS);
            }
        }
    }
}
