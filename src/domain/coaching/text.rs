//! Comparing what teams type: case, accents and typographic apostrophes set aside. Only
//! the Latin letters of French and English are folded: std's Unicode tables would weigh
//! on the wasm for letters no rule list holds.

/// Lower case for Latin letters (accents kept), for titles compared with each other.
pub(super) fn fold(text: &str) -> String {
    text.trim().chars().map(lower).collect()
}

fn lower(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        'Œ' => 'œ',
        'Ÿ' => 'ÿ',
        '’' => '\'',
        _ => c,
    }
}

/// A letter as the word lists spell it, once lower-cased: without its accent ("é" → "e",
/// "œ" → "oe"), so a title matches whether or not its accents were typed.
fn plain_letter(c: char) -> &'static str {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
        'æ' => "ae",
        'ç' => "c",
        'è' | 'é' | 'ê' | 'ë' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
        'œ' => "oe",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'ý' | 'ÿ' => "y",
        _ => "",
    }
}

/// `word` lower-cased and without accents ("Élaborer" → "elaborer", "ŒUVRE" → "oeuvre").
pub(super) fn plain(word: &str) -> String {
    let mut plain = String::with_capacity(word.len());
    for c in word.chars() {
        plain_into(c, &mut plain);
    }
    plain
}

/// One character as `plain` spells it, pushed onto `out`: the guide's search folds text
/// the same way coaching does, so "reunion" finds "Réunion".
pub(crate) fn plain_into(c: char, out: &mut String) {
    let c = lower(c);
    match plain_letter(c) {
        "" => out.push(c),
        letters => out.push_str(letters),
    }
}

/// `text` with its first letter in lower case, to quote it mid-sentence ("Mettre en
/// place…" → "mettre en place…"); an acronym ("CRM", "SAP") keeps its capitals.
pub(super) fn lower_initial(text: &str) -> String {
    let mut chars = text.chars();
    let (Some(first), second) = (chars.next(), chars.next()) else {
        return text.to_owned();
    };
    if second.is_some_and(|c| c.is_alphabetic() && lower(c) != c) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    out.push(lower(first));
    out.push_str(&text[first.len_utf8()..]);
    out
}

/// One word of a title, as the rules compare it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Word {
    /// Lower case, without accents.
    pub plain: String,
    /// Written with a letter that, of the two languages, only French writes ("é", "à",
    /// "ç", "œ"…): a sign the title is French.
    pub french_letter: bool,
}

/// The words of a text, split at anything that is not a letter or a digit: apostrophes
/// and hyphens split too ("d’un" → "d", "un"; "set-up" → "set", "up").
pub(super) fn words(text: &str) -> Vec<Word> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| Word {
            plain: plain(w),
            french_letter: w.chars().map(lower).any(is_french_letter),
        })
        .collect()
}

fn is_french_letter(c: char) -> bool {
    matches!(
        c,
        'à' | 'â'
            | 'æ'
            | 'ç'
            | 'é'
            | 'è'
            | 'ê'
            | 'ë'
            | 'î'
            | 'ï'
            | 'ô'
            | 'œ'
            | 'ù'
            | 'û'
            | 'ü'
            | 'ÿ'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_accents_set_aside() {
        assert_eq!(plain("Élaborer"), "elaborer");
        assert_eq!(plain("ŒUVRE"), "oeuvre");
        assert_eq!(plain("MISE À JOUR"), "mise a jour");
        assert_eq!(plain("CRÉER"), plain("creer"));
        let read = words("Mise À jour d’un rapport — set-up, naïve Señor");
        let plain: Vec<&str> = read.iter().map(|w| w.plain.as_str()).collect();
        assert_eq!(
            plain,
            ["mise", "a", "jour", "d", "un", "rapport", "set", "up", "naive", "senor"]
        );
        let french: Vec<bool> = read.iter().map(|w| w.french_letter).collect();
        assert_eq!(
            french,
            [false, true, false, false, false, false, false, false, true, false]
        );
        assert_eq!(fold(" Taux D’ÉCHEC "), "taux d'échec");
    }
}
