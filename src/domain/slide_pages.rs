//! Paging a slide's content so its type never shrinks below the floor size: blocks of text
//! are laid out the way the browser wraps them (greedy, word by word, widths measured by
//! the shell from the real font), and what does not fit goes on the next slide. A text
//! that must be split breaks at a paragraph, else a sentence, else a word: never cut.
//!
//! Every length here is in ems of the floor font size; `style/main.css`'s slide rules
//! use the same figures (`LINE`, the sizes and spaces the caller gives in `Look`).

/// Line height of every slide text (`.slide-body { line-height }`).
pub const LINE: f64 = 1.25;

/// The width of a text, in ems of its own font size. The shell measures the real font;
/// tests use a fixed width per character.
pub trait Measure {
    fn width(&self, text: &str, bold: bool) -> f64;
}

/// The space a slide gives its content at the floor size, in ems.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Room {
    pub width: f64,
    pub height: f64,
}

/// How a block is laid out: its font size (in ems of the slide's), weight, the space above
/// and below it, the width something beside it takes (figures), and the height that
/// something needs.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Look {
    pub size: f64,
    pub bold: bool,
    pub before: f64,
    pub after: f64,
    pub aside: f64,
    pub aside_height: f64,
}

impl Look {
    pub const fn plain(size: f64, bold: bool, after: f64) -> Look {
        Look {
            size,
            bold,
            before: 0.0,
            after,
            aside: 0.0,
            aside_height: 0.0,
        }
    }
}

/// One block of a slide: its text, and a line that ends it and stays with its last words
/// (a key result's goal under its title).
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub text: String,
    pub look: Look,
    pub tail: Option<(String, Look)>,
    /// A narrative flows from one slide into the next; other blocks move whole to the next
    /// slide, and are split only when one alone is taller than a slide.
    pub flows: bool,
}

/// What a slide shows of a block: the bytes `start..end` of its text, and its tail or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    pub block: usize,
    pub start: usize,
    pub end: usize,
    pub tail: bool,
}

/// A word of a block, as the browser breaks lines: between spaces, never at a no-break
/// space. `breaks` counts the line breaks typed before it (`white-space: pre-line`).
#[derive(Clone, Copy, Debug)]
struct Word {
    start: usize,
    end: usize,
    width: f64,
    breaks: usize,
    sentence_end: bool,
}

fn breakable(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

fn words(text: &str, bold: bool, m: &dyn Measure) -> Vec<Word> {
    let mut out = Vec::new();
    let mut breaks = 0;
    let mut start = None;
    let mut push = |s: usize, e: usize, breaks: &mut usize| {
        let word = &text[s..e];
        let last = word
            .trim_end_matches(|c: char| {
                matches!(c, '»' | '"' | '”' | '’' | ')' | '\u{a0}' | '\u{202f}')
            })
            .chars()
            .last();
        out.push(Word {
            start: s,
            end: e,
            width: m.width(word, bold),
            breaks: *breaks,
            sentence_end: matches!(last, Some('.' | '!' | '?' | '…')),
        });
        *breaks = 0;
    };
    for (i, c) in text.char_indices() {
        if breakable(c) {
            if let Some(s) = start.take() {
                push(s, i, &mut breaks);
            }
            if c == '\n' {
                breaks += 1;
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        push(s, text.len(), &mut breaks);
    }
    out
}

/// Lines the words take in `width` ems (of their own size), wrapped greedily; a word wider
/// than a line breaks inside it (`overflow-wrap: anywhere`).
fn lines(words: &[Word], width: f64, space: f64) -> usize {
    let width = width.max(0.5);
    let mut count = 0usize;
    let mut at = 0.0f64;
    for (i, w) in words.iter().enumerate() {
        let new_line = i == 0 || w.breaks > 0;
        if new_line {
            count += if i == 0 { 1 } else { w.breaks };
            at = 0.0;
        }
        if at > 0.0 && at + space + w.width > width {
            count += 1;
            at = 0.0;
        }
        if at == 0.0 && w.width > width {
            let extra = (w.width / width).ceil() as usize - 1;
            count += extra;
            at = w.width - extra as f64 * width;
        } else {
            at += if at > 0.0 { space } else { 0.0 } + w.width;
        }
    }
    count
}

/// A block ready to lay out: its words and its tail's, measured once.
struct Laid<'a> {
    block: &'a Block,
    words: Vec<Word>,
    tail: Vec<Word>,
    space: f64,
    tail_space: f64,
}

impl Laid<'_> {
    /// Height of words `from..to`, with the tail or not, in ems of the floor size.
    fn height(&self, room: Room, from: usize, to: usize, tail: bool) -> f64 {
        let look = self.block.look;
        let wide = |size: f64| (room.width - look.aside) / size.max(0.1);
        let text =
            lines(&self.words[from..to], wide(look.size), self.space) as f64 * LINE * look.size;
        let end = match (&self.block.tail, tail) {
            (Some((_, t)), true) => {
                lines(&self.tail, wide(t.size), self.tail_space) as f64 * LINE * t.size
            }
            _ => 0.0,
        };
        let aside = if tail || to == self.words.len() {
            look.aside_height
        } else {
            0.0
        };
        look.before + (text + end).max(aside) + look.after
    }

    /// The last word after which to end this slide's part, from `from`, so it fits in
    /// `left`: a paragraph's end if that fills at least half of it, else a sentence's,
    /// else any word.
    fn break_before(&self, room: Room, from: usize, left: f64) -> Option<usize> {
        let n = self.words.len();
        let fits = |to: usize| self.height(room, from, to, false) <= left;
        // Heights grow with `to`: the last fitting end is found by halving.
        let last_fit = |ok: &dyn Fn(usize) -> bool| -> Option<usize> {
            let (mut lo, mut hi) = (from + 1, n - 1);
            if lo > hi || !fits(lo) {
                return None;
            }
            while lo < hi {
                let mid = (lo + hi).div_ceil(2);
                if fits(mid) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            (from + 1..=lo).rev().find(|&e| ok(e))
        };
        let paragraph = |e: usize| self.words[e].breaks > 0;
        let sentence = |e: usize| paragraph(e) || self.words[e - 1].sentence_end;
        if let Some(e) = last_fit(&paragraph) {
            if self.height(room, from, e, false) >= left / 2.0 {
                return Some(e);
            }
        }
        last_fit(&sentence).or_else(|| last_fit(&|_| true))
    }
}

/// The height of a block shown whole: for headings the caller repeats on every slide.
pub fn height(block: &Block, room: Room, m: &dyn Measure) -> f64 {
    let laid = lay(block, m);
    laid.height(room, 0, laid.words.len(), true)
}

fn lay<'a>(block: &'a Block, m: &dyn Measure) -> Laid<'a> {
    let bold = block.look.bold;
    let tail_bold = block.tail.as_ref().is_some_and(|(_, t)| t.bold);
    Laid {
        block,
        words: words(&block.text, bold, m),
        tail: block
            .tail
            .as_ref()
            .map(|(t, l)| words(t, l.bold, m))
            .unwrap_or_default(),
        space: m.width(" ", bold),
        tail_space: m.width(" ", tail_bold),
    }
}

/// Lays `blocks` out on as many slides as they need. The first slide starts below a
/// heading `first` ems tall, the others below one `rest` ems tall. A slide holds at least
/// one word, so a room too small for anything still ends.
pub fn paginate(
    blocks: &[Block],
    first: f64,
    rest: f64,
    room: Room,
    m: &dyn Measure,
) -> Vec<Vec<Piece>> {
    let mut pages: Vec<Vec<Piece>> = Vec::new();
    let mut page: Vec<Piece> = Vec::new();
    let mut used = first;
    let mut turn = |page: &mut Vec<Piece>, used: &mut f64| {
        pages.push(std::mem::take(page));
        *used = rest;
    };
    for (b, block) in blocks.iter().enumerate() {
        let laid = lay(block, m);
        let n = laid.words.len();
        let mut from = 0;
        loop {
            let whole = laid.height(room, from, n, true);
            let piece = |start: usize, end: usize, tail: bool| Piece {
                block: b,
                start: laid.words.get(start).map_or(0, |w| w.start),
                end: if end > start {
                    laid.words[end - 1].end
                } else {
                    laid.words.get(start).map_or(0, |w| w.start)
                },
                tail,
            };
            if used + whole <= room.height {
                page.push(piece(from, n, true));
                used += whole;
                break;
            }
            let fresh = room.height - rest;
            if !page.is_empty() && (!block.flows || n - from <= 1) && whole <= fresh {
                turn(&mut page, &mut used);
                continue;
            }
            match laid.break_before(room, from, room.height - used) {
                Some(to) => {
                    page.push(piece(from, to, false));
                    from = to;
                }
                None if !page.is_empty() => {}
                None if from + 1 >= n => {
                    // Alone and still too tall: shown as it is, the fitting shrinks it.
                    page.push(piece(from, n, true));
                    turn(&mut page, &mut used);
                    break;
                }
                None => {
                    page.push(piece(from, from + 1, false));
                    from += 1;
                }
            }
            turn(&mut page, &mut used);
        }
    }
    if !page.is_empty() || pages.is_empty() {
        pages.push(page);
    }
    pages
}

#[cfg(test)]
#[path = "slide_pages_tests.rs"]
pub(crate) mod tests;
