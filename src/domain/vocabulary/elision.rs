//! A guess at whether a word the team types starts with a vowel sound, so the picker can
//! tick the elision box for it ("l’ambition", "an outcome") rather than leave it to the
//! team to know the rule. Only a suggestion: the box stays the team's to change, and a
//! word the team corrected keeps its correction (see `Term::set_singular`).

use super::Term;
use crate::domain::language::Lang;

/// French words whose "h" is aspirated ("la hausse", "le handicap"): no elision. The
/// common ones of a team's vocabulary; a word starting with one of these is matched.
const ASPIRATED_H: [&str; 26] = [
    "hache",
    "haie",
    "haine",
    "hall",
    "halte",
    "hamac",
    "hameau",
    "hanche",
    "handicap",
    "hangar",
    "harcèlement",
    "hardi",
    "hasard",
    "hâte",
    "hausse",
    "haut",
    "héros",
    "hérisson",
    "hiérarchi",
    "hollandais",
    "homard",
    "honte",
    "hors",
    "housse",
    "hublot",
    "huit",
];

/// English words whose silent "h" makes a vowel sound ("an hour").
const SILENT_H: [&str; 4] = ["hour", "honest", "honou", "heir"];

/// English words whose vowel letter sounds like a consonant ("a unit", "a one-off").
const CONSONANT_VOWEL: [&str; 12] = [
    "uni", "use", "usa", "usu", "uti", "ura", "ure", "uro", "eu", "ewe", "one", "once",
];

/// Letters whose English name starts with a vowel sound, for acronyms ("an MVP", "an OKR").
const VOWEL_LETTER_NAMES: &str = "aefhilmnorsx";

fn lower(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        'Œ' => 'œ',
        'Æ' => 'æ',
        'Ÿ' => 'ÿ',
        _ => c,
    }
}

fn is_vowel(c: char) -> bool {
    "aàâäeéèêëiîïoôöuùûüæœ".contains(c)
}

/// Whether `word` most likely starts with a vowel sound in `lang` (the language the team
/// writes in is taken to be the UI's). Leading quotes and spaces are skipped.
pub fn suggests_vowel_sound(word: &str, lang: Lang) -> bool {
    let first: String = word
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let acronym = first.chars().count() >= 2 && first.chars().all(|c| c.is_ascii_uppercase());
    let first: String = first.chars().map(lower).collect();
    let Some(initial) = first.chars().next() else {
        return false;
    };
    let starts = |list: &[&str]| list.iter().any(|p| first.starts_with(p));
    match lang {
        Lang::Fr => match initial {
            'h' => !starts(&ASPIRATED_H),
            // "le yaourt", but "l’ypérite": a "y" before a vowel sounds like a consonant.
            'y' => !first.chars().nth(1).is_some_and(is_vowel),
            c => is_vowel(c),
        },
        Lang::En if acronym => VOWEL_LETTER_NAMES.contains(initial),
        Lang::En => match initial {
            'h' => starts(&SILENT_H),
            c => is_vowel(c) && !starts(&CONSONANT_VOWEL),
        },
    }
}

impl Term {
    /// Sets the singular as typed and, if the elision box still followed the suggestion
    /// for the previous word, has it follow the new word: a box the team changed by hand
    /// is left as the team set it.
    pub fn set_singular(&mut self, singular: String, lang: Lang) {
        if self.vowel_sound == suggests_vowel_sound(&self.singular, lang) {
            self.vowel_sound = suggests_vowel_sound(&singular, lang);
        }
        self.singular = singular;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_vowels_and_mute_h_elide() {
        for word in [
            "objectif",
            "ambition",
            "indicateur de changement",
            "Écart",
            "effet",
            "œuvre",
            "horizon",
            "habitude",
            "Hôpital",
            "« impact »",
            "OKR",
            "ypérite",
            "usage",
        ] {
            assert!(suggests_vowel_sound(word, Lang::Fr), "{word}");
        }
        for word in [
            "but",
            "finalité",
            "résultat clé",
            "mesure d’impact",
            "hausse du chiffre",
            "Handicap",
            "hauteur",
            "yaourt",
            "KPI",
            "3D",
            "",
            "  ",
        ] {
            assert!(!suggests_vowel_sound(word, Lang::Fr), "{word}");
        }
    }

    #[test]
    fn english_vowel_sounds_by_sound_not_letter() {
        for word in [
            "objective",
            "outcome",
            "hour",
            "honest goal",
            "MVP",
            "OKR",
            "idea",
        ] {
            assert!(suggests_vowel_sound(word, Lang::En), "{word}");
        }
        for word in [
            "goal",
            "key result",
            "unit",
            "user story",
            "European target",
            "one-off",
            "habit",
            "KPI",
            "",
        ] {
            assert!(!suggests_vowel_sound(word, Lang::En), "{word}");
        }
    }

    #[test]
    fn the_box_follows_the_word_until_the_team_changes_it() {
        let mut t = Term::default();
        for (typed, ticked) in [("a", true), ("am", true), ("ambition", true), ("b", false)] {
            t.set_singular(typed.to_owned(), Lang::Fr);
            assert_eq!(t.vowel_sound, ticked, "{typed}");
        }
        t.set_singular("habitude".to_owned(), Lang::Fr);
        assert!(t.vowel_sound);
        // The team knows better: "hausse" is aspirated, and so is its own "hibou".
        t.vowel_sound = false;
        t.set_singular("hibou".to_owned(), Lang::Fr);
        assert!(!t.vowel_sound, "a correction by hand is kept");
        assert_eq!(t.singular, "hibou");
        // Once the box agrees with the guess again, it follows the word again.
        t.set_singular("but".to_owned(), Lang::Fr);
        t.set_singular("objectif".to_owned(), Lang::Fr);
        assert!(t.vowel_sound);
    }
}
