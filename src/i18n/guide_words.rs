//! The method guide's sentences and coaching's rewrite, per language. They name the
//! team's terms (gender, elision and number in French), so each is a method that takes
//! `Terms`; the guide's shape and search are `domain::guide`'s.

use crate::domain::guide::{Block, Section, SectionText};
use crate::domain::language::Lang;
use crate::domain::model::KrKind;
use crate::domain::vocabulary::{Terms, Vocabulary};

pub trait GuideWords {
    /// A section's heading, in the team's words: the guide's headings, its contents and
    /// the "why?" links name it.
    fn guide_heading(&self, section: Section, t: &Terms) -> String;
    /// A section's body, in the team's words.
    fn guide_blocks(&self, section: Section, t: &Terms) -> Vec<Block>;
    /// A whole section: what the page draws and search reads.
    fn guide_section(&self, section: Section, t: &Terms) -> SectionText {
        SectionText {
            section,
            heading: self.guide_heading(section, t),
            blocks: self.guide_blocks(section, t),
        }
    }
    /// Every section, in the guide's order.
    fn guide(&self, t: &Terms) -> Vec<SectionText> {
        Section::ALL
            .into_iter()
            .map(|section| self.guide_section(section, t))
            .collect()
    }
    /// How many sections a search found, for the live region: "3 sections".
    fn guide_found(&self, count: usize) -> String;
    /// A search that found nothing, quoting what was typed.
    fn guide_nothing_found(&self, typed: &str) -> String;
    /// The link back to the set the guide was opened from.
    fn back_to_set(&self, name: &str) -> String;
    /// The blank a rewritten title leaves for the team to name: "[ce qui doit changer]".
    fn rewrite_blank(&self) -> &'static str;
    /// A task-like key result rewritten as a change: the direction, the blank, and the
    /// task kept as the means when given. Written in the title's language.
    fn rewrite_title(&self, kind: KrKind, means: Option<&str>) -> String;
    /// The suggestion as offered beside the finding, with the numbers still to fill.
    fn rewrite_offer(&self, title: &str) -> String;
    /// The toast once applied (with its undo): what to fill now.
    fn rewrite_done(&self, t: &Terms) -> String;
}

pub(super) fn para(text: String) -> Block {
    Block::Paragraph(text)
}

pub(super) fn list(items: Vec<String>) -> Block {
    Block::List(items)
}

pub(super) fn example(label: Option<String>, weak: String, strong: String) -> Block {
    Block::Example {
        label,
        weak,
        strong,
    }
}

/// Where the team's words differ from the method's, one phrase per word that differs,
/// written by `phrase(team's plural, method's plural)`: the section on words names the
/// method's own only there.
pub(super) fn renamed(t: &Terms, lang: Lang, phrase: fn(&str, &str) -> String) -> Vec<String> {
    let standard = Vocabulary::Standard.terms(lang);
    [
        (&t.objective, &standard.objective),
        (&t.key_result, &standard.key_result),
    ]
    .into_iter()
    .filter(|(own, method)| own.plural.trim() != method.plural)
    .map(|(own, method)| phrase(own.plural.trim(), &method.plural))
    .collect()
}
