//! The "open my email" link: a `mailto:` with the subject and a body. Some mail clients
//! cut links past about 2,000 characters, so a summary too long for the link stays out
//! of it (the shell puts it on the clipboard) and the body asks to paste it.

/// The longest link the app writes, in characters.
pub const MAX_LINK_CHARS: usize = 2_000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MailLink {
    pub href: String,
    /// Whether the whole summary is in the link; if not, the body asks to paste it.
    pub whole: bool,
}

/// A `mailto:` link of at most `MAX_LINK_CHARS`: `summary` as the body when it fits,
/// else `paste_body`; a subject too long for the link is shortened, with an ellipsis.
pub fn mail_link(subject: &str, summary: &str, paste_body: &str) -> MailLink {
    let link = |subject: &str, body: &str| {
        format!(
            "mailto:?subject={}&body={}",
            encode_component(subject),
            encode_component(body)
        )
    };
    let href = link(subject, summary);
    if href.len() <= MAX_LINK_CHARS {
        return MailLink { href, whole: true };
    }
    let mut shown: Vec<char> = subject.chars().collect();
    loop {
        let cut: String = if shown.len() < subject.chars().count() {
            shown.iter().collect::<String>() + "…"
        } else {
            subject.to_owned()
        };
        let href = link(&cut, paste_body);
        if href.len() <= MAX_LINK_CHARS || shown.is_empty() {
            return MailLink { href, whole: false };
        }
        shown.pop();
    }
}

/// What JavaScript's `encodeURIComponent` writes: every UTF-8 byte as `%XX` except
/// ASCII letters, digits and `-_.!~*'()`.
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn decode(text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn encoding_matches_encode_uri_component() {
        // Values from the browser's encodeURIComponent.
        assert_eq!(
            encode_component("OKR\u{a0}: Pilote partagé"),
            "OKR%C2%A0%3A%20Pilote%20partag%C3%A9"
        );
        assert_eq!(encode_component("a-b_c.d!e~f*g'h(i)"), "a-b_c.d!e~f*g'h(i)");
        assert_eq!(encode_component("&=?#/+\n"), "%26%3D%3F%23%2F%2B%0A");
        assert_eq!(encode_component("🎯"), "%F0%9F%8E%AF");
    }

    #[test]
    fn a_short_summary_goes_in_the_link_and_a_long_one_is_pasted() {
        let short = mail_link("OKR : Pilote", "Pilote\nLogistique", "Collez ici.");
        assert!(short.whole);
        assert_eq!(
            decode(short.href.split("body=").nth(1).unwrap()),
            "Pilote\nLogistique"
        );
        let long_summary = "Délai moyen de livraison des commandes urgentes. ".repeat(60);
        let long = mail_link("OKR : Pilote", &long_summary, "Collez ici.");
        assert!(!long.whole);
        assert!(long.href.len() <= MAX_LINK_CHARS);
        assert!(long.href.ends_with(&encode_component("Collez ici.")));
        assert!(long.href.contains(&encode_component("OKR : Pilote")));
    }

    proptest! {
        #[test]
        fn every_link_fits_and_reads_back(
            subject in "\\PC{0,220}",
            summary in "\\PC{0,900}",
            paste in "[a-zA-Zé .:]{1,200}",
        ) {
            let link = mail_link(&subject, &summary, &paste);
            prop_assert!(link.href.len() <= MAX_LINK_CHARS, "{}", link.href.len());
            prop_assert!(link.href.is_ascii());
            let query = link.href.strip_prefix("mailto:?subject=").unwrap();
            let (s, b) = query.split_once("&body=").unwrap();
            let (s, b) = (decode(s), decode(b));
            if link.whole {
                prop_assert_eq!(s, subject);
                prop_assert_eq!(b, summary);
            } else {
                prop_assert_eq!(b, paste);
                // The subject is the original, or a beginning of it with an ellipsis.
                let kept = s.strip_suffix('…').unwrap_or(&s);
                prop_assert!(subject.starts_with(kept));
            }
        }
    }
}
