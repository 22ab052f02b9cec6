//! Which language a title is written in, from its own words. A team writes in its own
//! language whatever the UI's, so coaching reads each title in the language it is in.
//!
//! Each word is a sign for at most one language: a letter only French writes ("é", "à",
//! "ç"), or a word of one language's list and not the other's (function words, the task
//! forms of `task_words`). Words both languages spell alike ("plan", "test", "support",
//! "organisation") and unknown words count for neither. The language with more signs
//! wins; a tie says nothing, and the caller falls back (the objective's language, then
//! the UI's). Case and accents do not matter: words are compared without them, and the
//! lists hold no word that reads as the other language's once its accents are gone.

use super::task_words::heads;
use super::text::{plain, words, Word};
use crate::domain::language::Lang;
use std::sync::LazyLock;

/// French words that tell a French title: articles, prepositions, pronouns and a few
/// words of measures. The last line holds French words spelled like English task verbs,
/// so that they tell neither language.
const FRENCH_WORDS: &[&str] = &[
    "le",
    "la",
    "les",
    "l",
    "d",
    "du",
    "des",
    "de",
    "un",
    "une",
    "et",
    "en",
    "au",
    "aux",
    "pour",
    "par",
    "sur",
    "dans",
    "avec",
    "sans",
    "chez",
    "entre",
    "vers",
    "apres",
    "avant",
    "depuis",
    "pendant",
    "qui",
    "que",
    "qu",
    "dont",
    "ou",
    "est",
    "sont",
    "plus",
    "moins",
    "mieux",
    "tous",
    "toutes",
    "tout",
    "toute",
    "chaque",
    "nos",
    "notre",
    "votre",
    "vos",
    "leur",
    "leurs",
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "ne",
    "pas",
    "mois",
    "jour",
    "jours",
    "semaine",
    "semaines",
    "annee",
    "taux",
    "nombre",
    "delai",
    "delais",
    "moyen",
    "moyenne",
    "nouveau",
    "nouvelle",
    "nouvel",
    "equipe",
    "equipes",
    "mensuel",
    "mensuelle",
    "hebdomadaire",
    "qualite",
    "fiable",
    "reussi",
    "reussie",
    "atteint",
    "plan",
    "test",
    "design",
    "support",
    "contact",
    "report",
    "audit",
    "budget",
    "document",
    "planning",
    "train",
    "prepare",
    "organise",
    "finalise",
];

/// English words that tell an English title. The last line holds English words spelled
/// like French task forms ("former", "formation"), so that they tell neither.
const ENGLISH_WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "to",
    "for",
    "with",
    "without",
    "from",
    "by",
    "in",
    "into",
    "at",
    "per",
    "our",
    "their",
    "your",
    "its",
    "is",
    "are",
    "be",
    "been",
    "was",
    "more",
    "less",
    "fewer",
    "each",
    "every",
    "all",
    "new",
    "than",
    "that",
    "which",
    "who",
    "within",
    "under",
    "over",
    "rate",
    "number",
    "time",
    "times",
    "days",
    "weeks",
    "month",
    "months",
    "monthly",
    "weekly",
    "quarter",
    "customer",
    "customers",
    "orders",
    "share",
    "average",
    "first",
    "this",
    "these",
    "those",
    "after",
    "before",
    "up",
    "out",
    "through",
    "across",
    "better",
    "faster",
    "higher",
    "lower",
    "ready",
    "former",
    "formation",
    "animation",
    "conception",
    "definition",
];

/// The language `text` is written in, when its words tell; `None` when they do not (no
/// sign, or as many for each).
pub fn title_language(text: &str) -> Option<Lang> {
    Title::read(text).signs.language()
}

/// A title read once: its words, and how many of them are signs of each language.
pub(super) struct Title<'a> {
    pub text: &'a str,
    pub words: Vec<String>,
    pub signs: Signs,
}

impl<'a> Title<'a> {
    pub fn read(text: &'a str) -> Title<'a> {
        let mut signs = Signs::default();
        let words = words(text)
            .into_iter()
            .map(|word| {
                match sign(&word) {
                    Some(Lang::Fr) => signs.french += 1,
                    Some(Lang::En) => signs.english += 1,
                    None => {}
                }
                word.plain
            })
            .collect();
        Title { text, words, signs }
    }
}

/// How many words are signs of each language; several titles' add up (an objective and
/// its key results).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Signs {
    french: usize,
    english: usize,
}

impl Signs {
    pub fn language(self) -> Option<Lang> {
        match self.french.cmp(&self.english) {
            std::cmp::Ordering::Greater => Some(Lang::Fr),
            std::cmp::Ordering::Less => Some(Lang::En),
            std::cmp::Ordering::Equal => None,
        }
    }
}

impl std::ops::Add for Signs {
    type Output = Signs;
    fn add(self, other: Signs) -> Signs {
        Signs {
            french: self.french + other.french,
            english: self.english + other.english,
        }
    }
}

/// Which language one word is a sign of, if any.
fn sign(word: &Word) -> Option<Lang> {
    if word.french_letter {
        return Some(Lang::Fr);
    }
    let (french, english) = (
        in_list(&word.plain, Lang::Fr),
        in_list(&word.plain, Lang::En),
    );
    match (french, english) {
        (true, false) => Some(Lang::Fr),
        (false, true) => Some(Lang::En),
        _ => None,
    }
}

/// Whether a plain word is in a language's list or opens one of its task forms.
fn in_list(word: &str, lang: Lang) -> bool {
    let signs = match lang {
        Lang::Fr => &FRENCH_SIGNS,
        Lang::En => &ENGLISH_SIGNS,
    };
    signs.binary_search_by(|w| w.as_str().cmp(word)).is_ok()
}

/// Each language's list and the heads of its task forms, plain and sorted: built once, so
/// a word is looked up, not compared with every entry.
static FRENCH_SIGNS: LazyLock<Vec<String>> = LazyLock::new(|| signs(FRENCH_WORDS, Lang::Fr));
static ENGLISH_SIGNS: LazyLock<Vec<String>> = LazyLock::new(|| signs(ENGLISH_WORDS, Lang::En));

fn signs(list: &[&'static str], lang: Lang) -> Vec<String> {
    let mut all: Vec<String> = list.iter().copied().chain(heads(lang)).map(plain).collect();
    // The app's small sort: std's would add kilobytes of wasm for a list sorted once.
    crate::domain::order::sort_by(&mut all, |a, b| a.cmp(b));
    all.dedup();
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain_word(word: &str) -> Word {
        Word {
            plain: plain(word),
            french_letter: false,
        }
    }

    /// The lists are compared with plain words, so they hold plain words; a word in
    /// both lists is a sign for neither, any other for its own language only.
    #[test]
    fn each_listed_word_is_a_sign_for_its_own_language_at_most() {
        for (lang, list) in [(Lang::Fr, FRENCH_WORDS), (Lang::En, ENGLISH_WORDS)] {
            let other = if lang == Lang::Fr { Lang::En } else { Lang::Fr };
            for word in list.iter().copied().chain(heads(lang)) {
                assert_ne!(sign(&plain_word(word)), Some(other), "{word}");
            }
            for word in list {
                assert_eq!(plain(word), *word, "spelled plain");
            }
        }
        // Words both languages spell alike tell neither.
        for word in [
            "plan",
            "test",
            "support",
            "organisation",
            "creation",
            "former",
        ] {
            assert_eq!(sign(&plain_word(word)), None, "{word}");
        }
        assert_eq!(sign(&plain_word("lancement")), Some(Lang::Fr));
        assert_eq!(sign(&plain_word("launch")), Some(Lang::En));
        assert_eq!(sign(&words("À")[0]), Some(Lang::Fr));
    }

    #[test]
    fn titles_of_the_issue() {
        let fr = Some(Lang::Fr);
        let en = Some(Lang::En);
        for (title, lang) in [
            ("Plan de continuité testé sur les sites", fr),
            ("Plan de continuite teste sur les sites", fr),
            ("Organisation d’un atelier", fr),
            ("Mise à jour mensuelle du rapport qualité", fr),
            ("Launch of the new portal", en),
            ("Plan the migration", en),
            ("Plan 2027", None),
            ("", None),
            ("Organisation", None),
        ] {
            assert_eq!(title_language(title), lang, "{title}");
        }
    }
}
