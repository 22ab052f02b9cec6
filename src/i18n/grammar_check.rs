//! A small grammar checker for the catalogue's tests: given a sentence and the two terms it
//! was written with, it finds every place a term appears and says what around it disagrees
//! with the term's gender, elision or number ("l’un" before a feminine word, "le" before
//! a vowel sound, "2 finalité"). It knows only the words the catalogue uses around terms,
//! which is what makes it precise; its own test shows that it catches each mistake.

use crate::domain::vocabulary::{Gender, Term, Terms};

/// One place a term appears in a sentence.
struct Hit<'a> {
    term: &'a Term,
    start: usize,
    end: usize,
    plural: bool,
}

fn is_letter(c: char) -> bool {
    c.is_alphanumeric()
}

/// Where `needle` occurs in `text` as whole words, case aside for the first letter.
fn find_words(text: &str, needle: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    if needle.is_empty() {
        return found;
    }
    let lower = text.to_lowercase();
    let needle = needle.to_lowercase();
    // Lower-casing keeps byte lengths of the letters the tests use (Latin-1 accents).
    debug_assert_eq!(lower.len(), text.len());
    for (start, _) in lower.match_indices(&needle) {
        let end = start + needle.len();
        let before = lower[..start].chars().next_back();
        let after = lower[end..].chars().next();
        if !before.is_some_and(is_letter) && !after.is_some_and(is_letter) {
            found.push((start, end));
        }
    }
    found
}

fn hits<'a>(text: &str, terms: &'a Terms) -> Vec<Hit<'a>> {
    let mut all = Vec::new();
    // Longest forms first: "zqé de zqa" is one term, not "zqé" followed by words.
    let mut forms: Vec<_> = [&terms.objective, &terms.key_result]
        .into_iter()
        .flat_map(|term| [(term, true, &term.plural), (term, false, &term.singular)])
        .collect();
    forms.sort_by_key(|(_, _, form)| std::cmp::Reverse(form.len()));
    for (term, plural, form) in forms {
        for (start, end) in find_words(text, form) {
            let inside = all.iter().any(|h: &Hit| start < h.end && h.start < end);
            if !inside {
                all.push(Hit {
                    term,
                    start,
                    end,
                    plural,
                });
            }
        }
    }
    all
}

/// The word just before `at`, lower-cased, and what precedes it.
fn word_before(text: &str, at: usize) -> (String, usize) {
    let head = text[..at].trim_end_matches(|c: char| c.is_whitespace());
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    (head[start..].to_lowercase(), start)
}

fn word_after(text: &str, at: usize) -> String {
    text[at..]
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase()
}

const ELIDED: [&str; 6] = ["l’", "l'", "d’", "d'", "qu’", "qu'"];

/// Past participles and adjectives the catalogue puts after a term, masculine singular.
const PARTICIPLES: [&str; 14] = [
    "supprimé",
    "ajouté",
    "retiré",
    "modifié",
    "déplacé",
    "atteint",
    "remis",
    "clos",
    "prêt",
    "revu",
    "gardé",
    "repris",
    "lancé",
    "créé",
];

/// Sentence-wide words that only one gender can use of a term (pronouns, clitics).
const MASCULINE_ONLY: [&str; 13] = [
    "supprimé",
    "ajouté",
    "retiré",
    "l’un",
    "l'un",
    "celui",
    "ceux",
    "il",
    "ils",
    "le remettre",
    "le garder",
    "le supprimer",
    "le revoir",
];
const FEMININE_ONLY: [&str; 13] = [
    "supprimée",
    "ajoutée",
    "retirée",
    "l’une",
    "l'une",
    "celle",
    "celles",
    "elle",
    "elles",
    "la remettre",
    "la garder",
    "la supprimer",
    "la revoir",
];

/// Word sequences French never writes.
const NEVER_FR: [&str; 10] = [
    "de le", "de les", "à le", "à les", "de un", "de une", "que un", "que une", "que il", "si il",
];

/// What is wrong in a French sentence, one line per mistake.
pub fn french(text: &str, terms: &Terms) -> Vec<String> {
    let mut wrong = Vec::new();
    let mut say = |what: String| wrong.push(format!("{what} in «{text}»"));
    for hit in hits(text, terms) {
        let term = hit.term;
        let form = &text[hit.start..hit.end];
        let feminine = term.gender == Gender::Feminine;
        let (sing, plur) = (!hit.plural, hit.plural);
        let head = text[..hit.start].to_lowercase();
        let elided = ELIDED.iter().find(|e| head.ends_with(*e));
        if let Some(e) = elided {
            if !term.vowel_sound {
                say(format!("“{e}” before “{form}”, which does not elide"));
            }
            if e.starts_with('l') && plur {
                say(format!("“{e}” before the plural “{form}”"));
            }
        } else {
            let (word, word_start) = word_before(text, hit.start);
            let need = |ok: bool, why: &str| (!ok).then(|| format!("“{word} {form}”: {why}"));
            let check = match word.as_str() {
                "le" | "ce" | "du" | "au" | "nouveau" => need(
                    !feminine && !term.vowel_sound && sing,
                    "masculine, no elision, one",
                ),
                "la" => need(
                    feminine && !term.vowel_sound && sing,
                    "feminine, no elision, one",
                ),
                "cet" | "nouvel" => need(!feminine && term.vowel_sound && sing, "masculine elided"),
                "un" | "aucun" => need(!feminine && sing, "masculine, one"),
                "une" | "aucune" | "cette" | "nouvelle" => need(feminine && sing, "feminine, one"),
                "nouveaux" => need(!feminine && plur, "masculine plural"),
                "nouvelles" => need(feminine && plur, "feminine plural"),
                "de" | "que" | "ne" | "se" | "je" => need(!term.vowel_sound, "must elide"),
                "les" | "des" | "ses" | "ces" | "vos" | "nos" | "leurs" | "aux" => {
                    need(plur, "plural")
                }
                "autre" | "autres" => {
                    let (det, _) = word_before(text, word_start);
                    let det = ELIDED
                        .iter()
                        .find_map(|e| det.strip_prefix(e))
                        .unwrap_or(&det)
                        .to_owned();
                    match det.as_str() {
                        "un" | "aucun" => need(!feminine, "“un autre” is masculine"),
                        "une" | "aucune" => need(feminine, "“une autre” is feminine"),
                        _ => None,
                    }
                }
                number => match number.parse::<usize>() {
                    Ok(n) => need((n <= 1) == sing, "French counts 0 and 1 singular"),
                    Err(_) => None,
                },
            };
            if let Some(why) = check {
                say(why);
            }
        }
        let next = word_after(text, hit.end);
        for p in PARTICIPLES {
            let agrees = if next == p {
                Some(!feminine)
            } else if next == format!("{p}e") {
                Some(feminine && sing)
            } else if next == format!("{p}s") {
                Some(!feminine && plur)
            } else if next == format!("{p}es") {
                Some(feminine && plur)
            } else {
                None
            };
            if agrees == Some(false) {
                say(format!("“{form} {next}” does not agree"));
            }
        }
    }
    for never in NEVER_FR {
        if !find_words(text, never).is_empty() {
            say(format!("“{never}”"));
        }
    }
    // Pronouns can refer to either term: judged only when both share a gender, and never
    // inside the terms themselves (a short form "IL" is no pronoun).
    let mut masked = text.to_owned();
    let shorts = [&terms.objective.short, &terms.key_result.short];
    let spans = hits(text, terms)
        .into_iter()
        .map(|h| (h.start, h.end))
        .chain(
            shorts
                .into_iter()
                .filter(|s| !s.trim().is_empty())
                .flat_map(|s| find_words(text, s.trim())),
        );
    for (start, end) in spans.collect::<Vec<_>>() {
        masked.replace_range(start..end, &"_".repeat(end - start));
    }
    let text = masked.as_str();
    if terms.objective.gender == terms.key_result.gender {
        let wrong_gender: &[&str] = match terms.objective.gender {
            Gender::Feminine => &MASCULINE_ONLY,
            Gender::Masculine => &FEMININE_ONLY,
        };
        for marker in wrong_gender {
            if !find_words(text, marker).is_empty() {
                say(format!(
                    "“{marker}” with {:?} terms",
                    terms.objective.gender
                ));
            }
        }
    }
    wrong
}

/// What is wrong in an English sentence: articles and number.
pub fn english(text: &str, terms: &Terms) -> Vec<String> {
    let mut wrong = Vec::new();
    for hit in hits(text, terms) {
        let term = hit.term;
        let form = &text[hit.start..hit.end];
        let (word, _) = word_before(text, hit.start);
        let sing = !hit.plural;
        let ok = match word.as_str() {
            "a" => !term.vowel_sound && sing,
            "an" => term.vowel_sound && sing,
            "this" | "that" | "another" | "each" | "every" => sing,
            "these" | "those" | "many" | "several" => !sing,
            number => number.parse::<usize>().map_or(true, |n| (n == 1) == sing),
        };
        if !ok {
            wrong.push(format!("“{word} {form}” in «{text}»"));
        }
    }
    wrong
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(s: &str, p: &str, gender: Gender, vowel_sound: bool) -> Term {
        Term {
            singular: s.into(),
            plural: p.into(),
            gender,
            vowel_sound,
            short: String::new(),
        }
    }

    /// The checker itself catches each kind of mistake, and passes the right forms.
    #[test]
    fn the_checker_catches_each_mistake() {
        let fem = Terms {
            objective: term("ambition", "ambitions", Gender::Feminine, true),
            key_result: term(
                "mesure d’impact",
                "mesures d’impact",
                Gender::Feminine,
                false,
            ),
        };
        let masc = Terms {
            objective: term("objectif", "objectifs", Gender::Masculine, true),
            key_result: term("but", "buts", Gender::Masculine, false),
        };
        let bad_fem = [
            "Même intitulé qu’une autre mesure d’impact\u{a0}: l’un des deux est de trop\u{a0}?",
            "Gardez ceux qui disent le mieux le changement.",
            "Le remettre",
            "Mesure d’impact supprimé.",
            "Ajouter un ambition",
            "Supprimer le mesure d’impact 1",
            "Supprimer la ambition 1",
            "Intitulé de la ambition",
            "Intitulé de le mesure d’impact",
            "2 ambition · 1 mesures d’impact",
            "Aucun mesure d’impact",
            "Même intitulé qu’un autre mesure d’impact",
            "l’mesure d’impact",
            "les mesure d’impact",
            "Mesures d’impact supprimée",
            "(supprimé depuis)",
        ];
        for text in bad_fem {
            assert!(!french(text, &fem).is_empty(), "missed: {text}");
        }
        let bad_masc = [
            "l’une des deux",
            "Gardez celles",
            "La remettre",
            "nouveau objectif",
            "ce objectif",
            "cet but",
            "l’but",
            "Plus de 1 objectifs",
            "Objectif supprimée.",
        ];
        for text in bad_masc {
            assert!(!french(text, &masc).is_empty(), "missed: {text}");
        }
        let good = [
            (
                "Même intitulé qu’une autre mesure d’impact\u{a0}: l’une des deux est de trop\u{a0}?",
                &fem,
            ),
            ("Ambition supprimée. La remettre", &fem),
            ("0 ambition · 2 mesures d’impact", &fem),
            ("Intitulé de l’ambition 1 et de la mesure d’impact", &fem),
            ("Nouvel objectif, nouveau but, cet objectif, ce but, du but", &masc),
            ("Gardez ceux qui comptent\u{a0}: l’un des deux buts", &masc),
        ];
        for (text, terms) in good {
            assert_eq!(french(text, terms), Vec::<String>::new());
        }
        let en = Terms {
            objective: term("objective", "objectives", Gender::Masculine, true),
            key_result: term("goal", "goals", Gender::Masculine, false),
        };
        for bad in [
            "Add a objective",
            "Add an goal",
            "More than 1 goals",
            "2 goal",
            "0 objective",
            "this goals",
        ] {
            assert!(!english(bad, &en).is_empty(), "missed: {bad}");
        }
        assert!(english("Add an objective and a goal: 1 goal, 0 goals", &en).is_empty());
    }
}
