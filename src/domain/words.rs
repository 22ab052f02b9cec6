//! Counting words the way a reader would, in French and English: `l'équipe`,
//! `aujourd'hui` and `c'est-à-dire` are one word each, "48 h" is two, and a token with no
//! letter or digit (punctuation, a dash, an emoji) is no word at all.

/// The narrative's limit, from the method: what must happen, in at most 300 words.
pub const NARRATIVE_MAX_WORDS: usize = 300;

/// Words of `text`: runs between any Unicode whitespace holding a letter or a digit.
pub fn count_words(text: &str) -> usize {
    text.split(char::is_whitespace)
        .filter(|token| token.chars().any(char::is_alphanumeric))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn french_elisions_and_compounds_are_one_word() {
        assert_eq!(count_words("l'équipe"), 1);
        assert_eq!(count_words("l’équipe aujourd’hui"), 2);
        assert_eq!(count_words("aujourd'hui"), 1);
        assert_eq!(count_words("c'est-à-dire"), 1);
        assert_eq!(count_words("Qu’est-ce qu’on vise ?"), 3);
    }

    #[test]
    fn numbers_count_and_units_too() {
        assert_eq!(count_words("48 h"), 2);
        assert_eq!(count_words("de 48 h à 24 h"), 6);
        assert_eq!(count_words("95 %"), 1);
        assert_eq!(count_words("6,8 → 8,5"), 2);
    }

    #[test]
    fn punctuation_and_emoji_alone_are_not_words() {
        assert_eq!(count_words(""), 0);
        assert_eq!(count_words("   \n\t "), 0);
        assert_eq!(count_words("— … ! ?"), 0);
        assert_eq!(count_words("🎯 🚀"), 0);
        assert_eq!(count_words("Cap 🎯"), 1);
        assert_eq!(count_words("« Réussir »"), 1);
    }

    #[test]
    fn any_unicode_whitespace_separates() {
        assert_eq!(
            count_words("un\u{a0}deux\u{202f}trois\u{2009}quatre\u{3000}cinq\nsix\r\nsept"),
            7
        );
        assert_eq!(count_words("one  two\t\tthree"), 3);
        assert_eq!(count_words("We ship faster, and we learn."), 6);
    }

    proptest! {
        #[test]
        fn words_joined_by_any_whitespace_count_once_each(
            words in proptest::collection::vec("[a-zA-Zéèàç0-9'’-]{0,8}[a-zé0-9]", 0..60),
            seps in proptest::collection::vec(prop::sample::select(vec![" ", "  ", "\n", "\t", "\u{a0}", "\u{2009}", " — ", " ! "]), 60),
        ) {
            let text: String = words.iter().zip(&seps).map(|(w, s)| format!("{w}{s}")).collect();
            prop_assert_eq!(count_words(&text), words.len());
        }

        #[test]
        fn never_more_words_than_tokens(text in any::<String>()) {
            prop_assert!(count_words(&text) <= text.split_whitespace().count());
        }
    }
}
