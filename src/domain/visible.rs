//! What of a text a reader actually sees. Some characters draw nothing (zero-width spaces,
//! joiners, soft hyphens, fillers) and some reorder what follows (bidirectional controls):
//! a name made only of them looks empty, and a file quoting them in a message could
//! disguise it. One definition here serves the checks that a name is given (`is_blank`)
//! and the short excerpts of a file's text that messages quote (`Excerpt`).

use std::fmt;

/// Bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates
/// (U+2066–U+2069) and the marks (LRM, RLM, ALM). They can make text read backwards.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Characters that draw nothing on their own: zero-width spaces and joiners, the word
/// joiner and invisible operators, the byte-order mark, the soft hyphen, fillers and
/// variation selectors, tags and other format characters.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00ad}'               // soft hyphen
        | '\u{034f}'             // combining grapheme joiner
        | '\u{115f}' | '\u{1160}' | '\u{3164}' | '\u{ffa0}' // Hangul fillers
        | '\u{17b4}' | '\u{17b5}' // Khmer inherent vowels
        | '\u{180b}'..='\u{180f}' // Mongolian variation selectors and vowel separator
        | '\u{200b}'..='\u{200d}' // zero-width space, non-joiner, joiner
        | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
        | '\u{206a}'..='\u{206f}' // deprecated format characters
        | '\u{2800}'             // braille blank, often used to fake an empty name
        | '\u{fe00}'..='\u{fe0f}' // variation selectors
        | '\u{feff}'             // byte-order mark, zero-width no-break space
        | '\u{fff9}'..='\u{fffb}' // interlinear annotation
        | '\u{1bca0}'..='\u{1bca3}' // shorthand format controls
        | '\u{1d173}'..='\u{1d17a}' // musical format characters
        | '\u{e0000}'..='\u{e0fff}' // tags and variation selectors supplement
    )
}

/// Whether a character leaves no visible mark: spaces of every width, controls,
/// bidirectional controls and invisible characters.
pub fn is_unseen(c: char) -> bool {
    c.is_whitespace() || c.is_control() || is_bidi_control(c) || is_invisible(c)
}

/// Text that shows nothing once unseen characters are set aside: what a required name or
/// title may not be, however it was typed, imported or merged.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(is_unseen)
}

/// Longest excerpt of a file's text a message quotes, in characters, ellipsis included.
pub const EXCERPT_CHARS: usize = 60;

/// A short, cleaned quotation of text from a file, the only form in which a message may
/// quote it: bidirectional and invisible characters removed, controls shown as their
/// Unicode pictures (␇), runs of spaces and line breaks made one space, and at most
/// `EXCERPT_CHARS` characters (the last an ellipsis when it was cut). Cleaning an excerpt
/// again changes nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Excerpt(String);

impl Excerpt {
    pub fn of(text: &str) -> Excerpt {
        let mut shown: Vec<char> = Vec::new();
        let mut space = false;
        // Stops one character past the limit: a 100 000-character name costs what its
        // first characters cost.
        for c in text.chars() {
            let c = match c {
                c if is_bidi_control(c) || is_invisible(c) => continue,
                c if c.is_whitespace() => {
                    space = !shown.is_empty();
                    continue;
                }
                '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
                '\u{7f}' => '\u{2421}',
                c if c.is_control() => '\u{fffd}',
                c => c,
            };
            if std::mem::take(&mut space) {
                shown.push(' ');
            }
            shown.push(c);
            if shown.len() > EXCERPT_CHARS {
                break;
            }
        }
        if shown.len() > EXCERPT_CHARS {
            shown.truncate(EXCERPT_CHARS - 1);
            while shown.last() == Some(&' ') {
                shown.pop();
            }
            shown.push('…');
        }
        Excerpt(shown.into_iter().collect())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for Excerpt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Any text becomes an excerpt only through `Excerpt::of`, cleaned.
impl From<&str> for Excerpt {
    fn from(text: &str) -> Excerpt {
        Excerpt::of(text)
    }
}

impl PartialEq<str> for Excerpt {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Excerpt {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Characters a hostile text mixes in: every kind the excerpt must not let through.
    fn hostile_char() -> impl Strategy<Value = char> {
        prop_oneof![
            any::<char>(),
            prop::sample::select(vec![
                '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}',
                '\u{2068}', '\u{2069}', '\u{200e}', '\u{200f}', '\u{61c}', '\u{200b}', '\u{200c}',
                '\u{200d}', '\u{2060}', '\u{feff}', '\u{ad}', '\u{0}', '\u{7}', '\u{1b}', '\u{7f}',
                '\u{85}', '\u{9b}', '\n', '\t', ' ', '\u{a0}', '\u{2028}', 'é', '🎯',
            ]),
        ]
    }

    /// Spaces of every width and the invisible characters people paste, listed by hand
    /// rather than taken from the definitions under test.
    fn unseen_char() -> impl Strategy<Value = char> {
        prop::sample::select(vec![
            ' ',
            '\t',
            '\n',
            '\r',
            '\u{b}',
            '\u{c}',
            '\u{85}',
            '\u{a0}',
            '\u{1680}',
            '\u{2000}',
            '\u{2003}',
            '\u{2009}',
            '\u{200a}',
            '\u{2028}',
            '\u{2029}',
            '\u{202f}',
            '\u{205f}',
            '\u{3000}',
            '\u{200b}',
            '\u{200c}',
            '\u{200d}',
            '\u{2060}',
            '\u{feff}',
            '\u{ad}',
            '\u{180e}',
            '\u{2800}',
            '\u{3164}',
            '\u{fe0f}',
            '\u{e0020}',
            '\u{200e}',
            '\u{200f}',
            '\u{61c}',
            '\u{202a}',
            '\u{202e}',
            '\u{2066}',
            '\u{2069}',
            '\u{0}',
            '\u{7f}',
        ])
    }

    proptest! {
        #[test]
        fn any_excerpt_is_short_and_clean(
            chars in prop::collection::vec(hostile_char(), 0..400),
        ) {
            let text: String = chars.into_iter().collect();
            let excerpt = Excerpt::of(&text);
            prop_assert!(excerpt.as_str().chars().count() <= EXCERPT_CHARS);
            prop_assert!(!excerpt.as_str().chars().any(|c| c.is_control()
                || is_bidi_control(c) || is_invisible(c)), "{:?}", excerpt);
            prop_assert_eq!(Excerpt::of(excerpt.as_str()), excerpt.clone());
            // The text's visible characters come first to last, only the end may be cut.
            let made = |c: &char| matches!(c, ' ' | '…' | '\u{2400}'..='\u{2421}' | '\u{fffd}');
            let kept: String = excerpt.as_str().chars().filter(|c| !made(c)).collect();
            let seen: String = text.chars().filter(|c| !is_unseen(*c) && !made(c)).collect();
            prop_assert!(seen.starts_with(&kept), "{:?} from {:?}", excerpt, text);
        }

        #[test]
        fn any_string_of_spaces_and_invisible_characters_is_blank(
            chars in prop::collection::vec(unseen_char(), 0..50),
        ) {
            let text: String = chars.into_iter().collect();
            prop_assert!(is_blank(&text));
        }

        #[test]
        fn one_visible_character_is_enough(
            before in prop::collection::vec(unseen_char(), 0..10),
            seen in "[a-zA-Zé0-9🎯·]",
            after in prop::collection::vec(unseen_char(), 0..10),
        ) {
            let text: String = before.into_iter().chain(seen.chars()).chain(after).collect();
            prop_assert!(!is_blank(&text));
        }
    }

    #[test]
    fn an_excerpt_keeps_short_text_as_it_reads() {
        assert_eq!(Excerpt::of("owner"), "owner");
        assert_eq!(Excerpt::of("  Équipe   Formation \n"), "Équipe Formation");
        assert_eq!(Excerpt::of("🎯 Cap"), "🎯 Cap");
    }

    #[test]
    fn an_excerpt_drops_what_disguises_and_shows_controls() {
        assert_eq!(Excerpt::of("abc\u{202e}fed\u{2066}"), "abcfed");
        assert_eq!(Excerpt::of("o\u{200b}1\u{feff}\u{ad}"), "o1");
        assert_eq!(Excerpt::of("a\u{7}b\u{1b}"), "a␇b␛");
        assert_eq!(Excerpt::of("a\u{85}b"), "a b");
        assert_eq!(Excerpt::of("\u{200b}\u{200d}"), "");
    }

    #[test]
    fn a_long_text_is_cut_on_a_character_with_an_ellipsis() {
        let cut = Excerpt::of(&"é".repeat(100_000));
        assert_eq!(cut.as_str().chars().count(), EXCERPT_CHARS);
        assert!(cut.as_str().ends_with("é…"));
        let fits = "x".repeat(EXCERPT_CHARS);
        assert_eq!(Excerpt::of(&fits), fits.as_str());
        let over = format!("{fits}y");
        assert_eq!(Excerpt::of(&over).as_str(), format!("{}…", &fits[1..]));
        let at_space = format!("{} yyyy", "x".repeat(EXCERPT_CHARS - 2));
        assert_eq!(
            Excerpt::of(&at_space).as_str(),
            format!("{}…", "x".repeat(EXCERPT_CHARS - 2))
        );
    }

    #[test]
    fn blank_is_what_shows_nothing() {
        for blank in [
            "",
            "   ",
            "\u{200b}",
            "\u{200b}\u{200c}\u{200d}\u{2060}\u{feff}",
            " \u{ad}\u{a0}\u{3000}\u{2800}",
            "\u{202e}\u{2066}\t\n",
            "\u{3164}\u{115f}",
        ] {
            assert!(is_blank(blank), "{blank:?}");
        }
        for seen in ["a", "\u{200b}a", "·", "🎯", "\u{200d}👩"] {
            assert!(!is_blank(seen), "{seen:?}");
        }
    }
}
