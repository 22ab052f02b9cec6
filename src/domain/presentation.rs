//! Presentation mode: which slides a set makes and how keys move between them, as the
//! clickers a facilitator holds send them. A slide whose content would need type smaller
//! than the floor size is split over several (`slide_pages`), each marked "1/2", "2/2".

use super::model::{KeyResult, Objective, OkrSet};
use super::progress::Status;
use super::rollup::Rollup;
use super::set_figures::SetFigures;
use super::slide_pages::{height, paginate, Block, Look, Measure, Piece, Room, LINE};
use chrono::NaiveDate;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// Name, team, cycle and narrative.
    Title,
    /// One objective, by position.
    Objective(usize),
    /// Every objective's progress and status.
    Summary,
}

/// Title, one slide per objective, then the summary (before any split).
pub fn slides(set: &OkrSet) -> Vec<Slide> {
    let mut out = vec![Slide::Title];
    out.extend((0..set.objectives.len()).map(Slide::Objective));
    out.push(Slide::Summary);
    out
}

/// What a part of a slide shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Content {
    Name,
    Narrative,
    ObjectiveTitle,
    /// The reference objectives it serves.
    Serves,
    /// The teams' objectives that contribute to it.
    Contributors,
    KeyResult(usize),
    /// The set's progress, on the summary.
    SetProgress,
    /// One objective's row on the summary.
    Row(usize),
    /// The date the figures are as of (title and summary).
    AsOf,
    /// A reference objective's rolled-up progress: its bar, then its words.
    RollupBar,
    Rollup,
}

/// One part of a slide: bytes `start..end` of its text (a title, the narrative), and
/// whether this is its end (a key result's goal and figures show with it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown {
    pub content: Content,
    pub start: usize,
    pub end: usize,
    pub last: bool,
}

/// One slide on the screen: what it is, its part among the slides it was split into
/// (from 1), and what it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    pub slide: Slide,
    pub part: usize,
    pub parts: usize,
    pub shown: Vec<Shown>,
}

/// The texts a slide shows besides the set's own (they come from the catalogue).
pub trait SlideTexts {
    /// The title slide's line above the name: team and cycle.
    fn meta(&self) -> String;
    /// "Objectif 2", above an objective's title.
    fn kicker(&self, objective: usize) -> String;
    /// What the objective serves and who contributes to it, when there is any.
    fn serves(&self, objective: &Objective) -> Option<String>;
    fn contributors(&self, objective: &Objective) -> Option<String>;
    /// A key result's goal (and latest value), under its title.
    fn goal(&self, key_result: &KeyResult) -> String;
    /// The summary's heading.
    fn summary(&self) -> String;
    /// A status badge's words (beside a key result, an objective, a summary row).
    fn status(&self, status: Status) -> String;
    /// "Chiffres au 2 déc. 2026", or that there is no figure yet.
    fn figures_as_of(&self, as_of: Option<NaiveDate>) -> String;
    /// A reference objective's rollup in words (a warning when nobody serves it).
    fn rollup(&self, rollup: &Rollup) -> String;
}

/// style/main.css's slide rules, in ems of the slide's font size.
mod css {
    /// `.slide-title`.
    pub const TITLE: f64 = 1.3;
    /// The margin below a title, a kicker, a meta line (`0.3em`).
    pub const AFTER: f64 = 0.3;
    /// The progress bar's column beside a key result (`.slide-kr` grid) and its gap.
    pub const FIGURES: f64 = 8.5;
    pub const FIGURES_GAP: f64 = 0.8;
    /// Above a key result: the list's gap, the border (2 px at 32 px), the padding.
    pub const ITEM_BEFORE: f64 = 0.45 + 0.0625 + 0.3;
    /// A progress bar's height; a status badge's padding and borders, across and down.
    pub const PROGRESS: f64 = 1.4;
    pub const BADGE_PAD: f64 = 1.0;
    pub const BADGE_EDGE: f64 = 0.25;
    /// The widest a part marker reads ("· 12/12").
    pub const MARKER: &str = " · 88/88";
}

fn block(text: String, look: Look, flows: bool) -> Block {
    Block {
        text,
        look,
        tail: None,
        flows,
    }
}

/// A progress bar on a line of its own.
fn bar_block() -> Block {
    block(
        String::new(),
        Look {
            aside_height: css::PROGRESS,
            ..Look::plain(1.0, false, css::AFTER)
        },
        false,
    )
}

/// A status badge as the browser lays it out: one unbreakable box (its padding and border
/// measured as three no-break spaces) that goes to the next line whole.
fn badge(status: &str) -> String {
    format!(
        "\u{a0}\u{a0}\u{a0}✓\u{a0}{}",
        status.trim().replace(' ', "\u{a0}")
    )
}

/// A key result or a summary row: its title, then its goal and status on their own
/// line; the progress bar beside it.
fn item(text: &str, goal: Option<String>, status: Option<String>, figures: bool) -> Block {
    let tail = match (goal, status) {
        (Some(g), Some(s)) => Some(format!("{g} {}", badge(&s))),
        (Some(g), None) => Some(g),
        (None, Some(s)) => Some(badge(&s)),
        (None, None) => None,
    };
    Block {
        text: text.trim().to_owned(),
        look: Look {
            before: css::ITEM_BEFORE,
            aside: if figures {
                css::FIGURES + css::FIGURES_GAP
            } else {
                0.0
            },
            aside_height: if figures { css::PROGRESS } else { 0.0 },
            ..Look::plain(1.0, true, 0.0)
        },
        tail: tail.map(|t| (t, Look::plain(1.0, false, 0.0))),
        flows: false,
    }
}

/// A kicker line with room for the part marker; beside it an objective's figures.
fn kicker(text: String, status: Option<String>, room: Room, m: &dyn Measure) -> f64 {
    let line = block(
        format!("{text}{}", css::MARKER),
        Look::plain(1.0, false, css::AFTER),
        false,
    );
    let alone = height(&line, room, m);
    match status {
        None => alone,
        Some(s) => {
            let figures = 8.0 + 1.0 + m.width(&s, true) + css::BADGE_PAD;
            let one_row = m.width(&line.text, false) + 1.0 + figures <= room.width;
            let row = LINE + css::BADGE_EDGE;
            if one_row {
                alone.max(row + css::AFTER)
            } else {
                alone + row
            }
        }
    }
}

/// What a slide shows of the set's figures, read from `SetFigures` alone, so the
/// layout and the drawing agree and a reference objective shows its rollup, never a
/// status of its own (`set_figures`).
pub struct SlideFigures<'a> {
    pub figures: &'a SetFigures,
    pub texts: &'a dyn SlideTexts,
}

impl SlideFigures<'_> {
    /// The date line (title and summary), when the set has figures to speak of.
    pub fn as_of(&self) -> Option<String> {
        self.figures
            .dated
            .then(|| self.texts.figures_as_of(self.figures.as_of))
    }
    /// An objective's status badge: a team objective's, once launched.
    pub fn objective_status(&self, objective: usize) -> Option<Status> {
        self.figures.objective(objective)?.status()
    }
    /// A key result's status badge: a team objective's key result, once launched.
    pub fn key_result_status(&self, objective: usize, kr: &KeyResult) -> Option<Status> {
        self.figures.key_result(objective, kr)?.status
    }
    /// A reference objective's rollup in words, and whether a bar shows it (not when
    /// nobody serves it); none for a team objective.
    pub fn rollup(&self, objective: usize) -> Option<(String, bool)> {
        let r = self.figures.rollup(objective)?;
        Some((self.texts.rollup(r), !r.nobody()))
    }
}

/// The slide's blocks, what each shows, and the heading heights (first part, others).
fn layout(
    set: &OkrSet,
    slide: Slide,
    f: &SlideFigures,
    room: Room,
    m: &dyn Measure,
) -> (Vec<Block>, Vec<Content>, f64, f64) {
    let t = f.texts;
    let title = Look::plain(css::TITLE, true, css::AFTER);
    let meta = Look::plain(1.0, false, css::AFTER);
    let status = |s: Option<Status>| s.map(|s| t.status(s));
    match slide {
        Slide::Title => {
            let head = kicker(t.meta(), None, room, m);
            let mut blocks = vec![
                block(set.name.trim().to_owned(), title, false),
                block(
                    set.why.narrative.trim().to_owned(),
                    Look::plain(1.0, false, 0.0),
                    true,
                ),
            ];
            let mut contents = vec![Content::Name, Content::Narrative];
            if let Some(as_of) = f.as_of() {
                blocks.insert(1, block(as_of, meta, false));
                contents.insert(1, Content::AsOf);
            }
            (blocks, contents, head, head)
        }
        Slide::Objective(i) => {
            let Some(o) = set.objectives.get(i) else {
                return (Vec::new(), Vec::new(), 0.0, 0.0);
            };
            let first = kicker(t.kicker(i + 1), status(f.objective_status(i)), room, m);
            let rest = kicker(t.kicker(i + 1), None, room, m);
            let mut blocks = vec![block(o.title.trim().to_owned(), title, false)];
            let mut contents = vec![Content::ObjectiveTitle];
            if let Some(text) = t.serves(o) {
                blocks.push(block(text, meta, false));
                contents.push(Content::Serves);
            }
            if let Some((text, bar)) = f.rollup(i) {
                if bar {
                    blocks.push(bar_block());
                    contents.push(Content::RollupBar);
                }
                blocks.push(block(text, meta, false));
                contents.push(Content::Rollup);
            }
            if let Some(text) = t.contributors(o) {
                blocks.push(block(text, meta, false));
                contents.push(Content::Contributors);
            }
            for (k, kr) in o.key_results.iter().enumerate() {
                let status = status(f.key_result_status(i, kr));
                let figures = status.is_some();
                blocks.push(item(&kr.title, Some(t.goal(kr)), status, figures));
                contents.push(Content::KeyResult(k));
            }
            (blocks, contents, first, rest)
        }
        Slide::Summary => {
            let first = height(
                &block(format!("{}{}", t.summary(), css::MARKER), title, false),
                room,
                m,
            );
            let rest = kicker(t.summary(), None, room, m);
            let mut blocks = Vec::new();
            let mut contents = Vec::new();
            if let Some(as_of) = f.as_of() {
                blocks.push(block(as_of, Look::plain(1.0, false, css::AFTER), false));
                contents.push(Content::AsOf);
            }
            // A reference set's progress is its rollup, launched or not.
            if set.launch.is_some() || set.reference {
                blocks.push(bar_block());
                contents.push(Content::SetProgress);
            }
            for (i, o) in set.objectives.iter().enumerate() {
                // A reference objective's row reads its rollup: the words under its title,
                // the bar beside it unless nobody serves it.
                let (goal, bar) = match f.rollup(i) {
                    Some((text, bar)) => (Some(text), bar),
                    None => (None, true),
                };
                blocks.push(item(&o.title, goal, status(f.objective_status(i)), bar));
                contents.push(Content::Row(i));
            }
            (blocks, contents, first, rest)
        }
    }
}

/// Every slide of the set as shown in `room` (at the floor size): a slide whose content
/// does not fit is split, the narrative by paragraph or sentence, the lists by item.
pub fn deck(set: &OkrSet, figures: &SlideFigures, room: Room, m: &dyn Measure) -> Vec<Page> {
    let mut out = Vec::new();
    for slide in slides(set) {
        let (blocks, contents, first, rest) = layout(set, slide, figures, room, m);
        let pages = paginate(&blocks, first, rest, room, m);
        let parts = pages.len();
        out.extend(pages.into_iter().enumerate().map(|(i, pieces)| {
            Page {
                slide,
                part: i + 1,
                parts,
                shown: pieces
                    .into_iter()
                    .map(
                        |Piece {
                             block,
                             start,
                             end,
                             tail,
                         }| Shown {
                            content: contents[block],
                            start,
                            end,
                            last: tail,
                        },
                    )
                    .collect(),
            }
        }));
    }
    out
}

/// Where a slide moved to when the deck is laid out again (a resize): the same part of
/// the same slide, or its last part.
pub fn same_place(old: &Page, deck: &[Page]) -> usize {
    deck.iter()
        .position(|p| p.slide == old.slide && (p.part == old.part || p.part == p.parts))
        .unwrap_or(0)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Next,
    Previous,
    First,
    Last,
    ToggleFullscreen,
    Leave,
}

/// The command a key stands for (`KeyboardEvent.key` values).
pub fn command(key: &str) -> Option<Command> {
    match key {
        "ArrowRight" | "ArrowDown" | " " | "Spacebar" | "PageDown" => Some(Command::Next),
        "ArrowLeft" | "ArrowUp" | "PageUp" => Some(Command::Previous),
        "Home" => Some(Command::First),
        "End" => Some(Command::Last),
        "f" | "F" => Some(Command::ToggleFullscreen),
        "Escape" | "Esc" => Some(Command::Leave),
        _ => None,
    }
}

/// Where a move lands among `count` slides; it stops at either end.
pub fn moved(index: usize, count: usize, command: Command) -> usize {
    let last = count.saturating_sub(1);
    match command {
        Command::Next => (index + 1).min(last),
        Command::Previous => index.saturating_sub(1),
        Command::First => 0,
        Command::Last => last,
        Command::ToggleFullscreen | Command::Leave => index.min(last),
    }
}

#[cfg(test)]
#[path = "presentation_reference_tests.rs"]
mod reference_tests;
#[cfg(test)]
#[path = "presentation_tests.rs"]
mod tests;
