//! The method guide as data: its sections, in the order they are read, with a stable id
//! each (the guide's address, `#/guide/<id>`), the section each coaching rule sends the
//! reader to, and a search that finds a section whatever the case and accents typed.
//!
//! The words themselves live in the catalogue (`i18n::GuideWords`): they name the team's
//! terms, so they are written for a language and a vocabulary; this module only knows
//! their shape (`SectionText`), which is what search and the page read.

use super::coaching::{plain_into, Rule};
use std::ops::Range;

/// One section of the guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// What an objective is and is not: neither generic nor operational.
    Objective,
    /// A key result says what changed in the world; a task says what the team does.
    KeyResult,
    /// From a baseline to a target, with a unit.
    Measure,
    /// The kinds of key results, a weak and a strong example of each.
    Kinds,
    /// The team's count rule, and why so few.
    Count,
    /// Check-ins and the follow-up meeting's questions.
    FollowUp,
    /// Learning, never evaluating people.
    Learning,
    /// The team's own words.
    Words,
    /// One pilot team first.
    Pilot,
    /// What the method warns against.
    AntiPatterns,
}

impl Section {
    pub const ALL: [Section; 10] = [
        Section::Objective,
        Section::KeyResult,
        Section::Measure,
        Section::Kinds,
        Section::Count,
        Section::FollowUp,
        Section::Learning,
        Section::Words,
        Section::Pilot,
        Section::AntiPatterns,
    ];

    /// The section's address in the page (`#/guide/<id>`) and its heading's id: kept
    /// stable, since bookmarks and printed links hold it.
    pub fn id(self) -> &'static str {
        match self {
            Section::Objective => "objective",
            Section::KeyResult => "key-result",
            Section::Measure => "measure",
            Section::Kinds => "kinds",
            Section::Count => "count",
            Section::FollowUp => "follow-up",
            Section::Learning => "learning",
            Section::Words => "words",
            Section::Pilot => "pilot",
            Section::AntiPatterns => "anti-patterns",
        }
    }

    pub fn from_id(id: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Where a coaching finding's "why?" leads: the section that explains the rule.
    pub fn for_rule(rule: Rule) -> Section {
        match rule {
            Rule::KrStartsWithTaskVerb | Rule::ObjectiveWithoutKr => Section::KeyResult,
            Rule::KrWithoutNumber
            | Rule::KrWithoutBaseline
            | Rule::KrBaselineEqualsTarget
            | Rule::KrMissingUnit => Section::Measure,
            Rule::KrDirectionContradictsKind => Section::Kinds,
            Rule::ObjectiveHasNumber | Rule::ObjectiveTooLong | Rule::ObjectiveGeneric => {
                Section::Objective
            }
            Rule::KrDuplicate | Rule::TooManyObjectives | Rule::TooManyKeyResults => Section::Count,
        }
    }
}

/// A piece of a section's body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    /// Items read in order (questions, pitfalls).
    List(Vec<String>),
    /// A weak wording and a stronger one, under an optional label (a kind of key result).
    Example {
        label: Option<String>,
        weak: String,
        strong: String,
    },
}

impl Block {
    /// Every text of the block, in reading order.
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Block::Paragraph(text) => vec![text],
            Block::List(items) => items.iter().map(String::as_str).collect(),
            Block::Example {
                label,
                weak,
                strong,
            } => label
                .iter()
                .map(String::as_str)
                .chain([weak.as_str(), strong.as_str()])
                .collect(),
        }
    }
}

/// One section as written for a language and the team's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionText {
    pub section: Section,
    pub heading: String,
    pub blocks: Vec<Block>,
}

impl SectionText {
    /// The heading, then every text of the body.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.heading.as_str()).chain(self.blocks.iter().flat_map(Block::texts))
    }
}

/// A text with case and accents set aside, and where each of its bytes came from.
struct Folded {
    text: String,
    /// For each byte of `text`, the range of the original character it comes from.
    origin: Vec<Range<usize>>,
}

fn fold(text: &str) -> Folded {
    let mut folded = Folded {
        text: String::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
    };
    for (at, c) in text.char_indices() {
        let before = folded.text.len();
        plain_into(c, &mut folded.text);
        let span = at..at + c.len_utf8();
        folded
            .origin
            .extend(std::iter::repeat_n(span, folded.text.len() - before));
    }
    folded
}

/// What the reader typed in the guide's search box: its words, folded. A section matches
/// when each word is found somewhere in it (heading or body), in any case and with or
/// without accents.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    pub fn new(typed: &str) -> Query {
        let folded = fold(typed).text;
        Query {
            words: folded
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether the section holds every word of the query; an empty query matches all.
    pub fn matches(&self, section: &SectionText) -> bool {
        let folded: Vec<String> = section.texts().map(|t| fold(t).text).collect();
        self.words
            .iter()
            .all(|w| folded.iter().any(|text| text.contains(w.as_str())))
    }

    /// Where the query's words occur in `text`, as byte ranges of `text` itself, sorted
    /// and merged: the page marks these.
    pub fn ranges(&self, text: &str) -> Vec<Range<usize>> {
        let folded = fold(text);
        let mut found: Vec<Range<usize>> = Vec::new();
        for word in &self.words {
            for (at, _) in folded.text.match_indices(word.as_str()) {
                let last = at + word.len() - 1;
                found.push(folded.origin[at].start..folded.origin[last].end);
            }
        }
        found.sort_by_key(|r| (r.start, r.end));
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(found.len());
        for range in found {
            match merged.last_mut() {
                Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
                _ => merged.push(range),
            }
        }
        merged
    }
}

/// The sections that match `typed`, in the guide's order.
pub fn search(typed: &str, sections: &[SectionText]) -> Vec<Section> {
    let query = Query::new(typed);
    sections
        .iter()
        .filter(|s| query.matches(s))
        .map(|s| s.section)
        .collect()
}

/// `text` cut into pieces, each marked or not: what the page draws as text and `<mark>`
/// nodes, never as markup.
pub fn highlight<'a>(text: &'a str, query: &Query) -> Vec<(&'a str, bool)> {
    let mut pieces = Vec::new();
    let mut at = 0;
    for range in query.ranges(text) {
        if range.start > at {
            pieces.push((&text[at..range.start], false));
        }
        pieces.push((&text[range.clone()], true));
        at = range.end;
    }
    if at < text.len() || pieces.is_empty() {
        pieces.push((&text[at..], false));
    }
    pieces
}

#[cfg(test)]
mod tests;
