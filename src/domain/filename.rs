//! Names of exported files: readable, safe on every file system, dated.

use chrono::NaiveDate;

/// Lower-case ASCII words joined by dashes; accents folded ("Équipe qualité" → "equipe-qualite").
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let folded = fold_accent(c);
        if folded.is_ascii_alphanumeric() {
            out.push(folded.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 60 {
            break;
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// A Latin letter without its accent ("é" → "e"); other characters stay.
pub(crate) fn fold_accent(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' | 'À' | 'Â' | 'Ä' | 'Á' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'î' | 'ï' | 'í' | 'Î' | 'Ï' => 'i',
        'ô' | 'ö' | 'ó' | 'õ' | 'Ô' | 'Ö' => 'o',
        'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        'ÿ' => 'y',
        'œ' | 'Œ' => 'o',
        'æ' | 'Æ' => 'a',
        other => other,
    }
}

/// "boussole-<slug>-<date>.json"; `fallback` names a set whose name has no letters.
pub fn export_file_name(name: &str, fallback: &str, date: NaiveDate) -> String {
    dated_file_name(name, fallback, date, "json")
}

/// "boussole-<slug>-<date>.ics": the set's rituals as a calendar file.
pub fn calendar_file_name(name: &str, fallback: &str, date: NaiveDate) -> String {
    dated_file_name(name, fallback, date, "ics")
}

/// "boussole-<slug>-<date>.<extension>", the one shape of every file the app writes.
fn dated_file_name(name: &str, fallback: &str, date: NaiveDate, extension: &str) -> String {
    let mut s = slug(name);
    if s.is_empty() {
        s = slug(fallback);
    }
    format!("boussole-{s}-{date}.{extension}")
}

/// A spreadsheet file named like the JSON exports: "boussole-<slug>-<date>.csv", and
/// "boussole-<slug>-<date>-<part>.csv" for a second file of the same export (the
/// check-ins, `part` in the UI's words, made a slug too).
pub fn sheet_file_name(name: &str, fallback: &str, date: NaiveDate, part: Option<&str>) -> String {
    let file = dated_file_name(name, fallback, date, "csv");
    match (part.map(slug), file.strip_suffix(".csv")) {
        (Some(part), Some(stem)) if !part.is_empty() => format!("{stem}-{part}.csv"),
        _ => file,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_safe_and_dated() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(
            export_file_name("Équipe qualité : T1 / 2026", "set", d),
            "boussole-equipe-qualite-t1-2026-2026-11-23.json"
        );
        assert_eq!(
            export_file_name("<>:\"/\\|?*", "espace", d),
            "boussole-espace-2026-11-23.json"
        );
        assert!(slug(&"a".repeat(500)).len() <= 60);
        assert_eq!(
            calendar_file_name("Équipe qualité : T1 / 2026", "set", d),
            "boussole-equipe-qualite-t1-2026-2026-11-23.ics"
        );
        assert_eq!(
            calendar_file_name("???", "okr", d),
            "boussole-okr-2026-11-23.ics"
        );
        assert_eq!(
            sheet_file_name("Équipe qualité", "set", d, None),
            "boussole-equipe-qualite-2026-11-23.csv"
        );
        assert_eq!(
            sheet_file_name("Équipe qualité", "set", d, Some("Points d’étape")),
            "boussole-equipe-qualite-2026-11-23-points-d-etape.csv"
        );
    }
}
