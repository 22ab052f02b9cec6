use super::*;
use proptest::prelude::*;

/// Every character the same width, bold a little wider: a font the tests can reason about.
pub(crate) struct Fixed;

impl Measure for Fixed {
    fn width(&self, text: &str, bold: bool) -> f64 {
        text.chars().count() as f64 * if bold { 0.65 } else { 0.6 }
    }
}

fn narrative(text: &str) -> Block {
    Block {
        text: text.to_owned(),
        look: Look::plain(1.0, false, 0.0),
        tail: None,
        flows: true,
    }
}

fn item(text: &str, tail: &str) -> Block {
    Block {
        text: text.to_owned(),
        look: Look {
            before: 0.8,
            ..Look::plain(1.0, true, 0.0)
        },
        tail: Some((tail.to_owned(), Look::plain(1.0, false, 0.0))),
        flows: false,
    }
}

fn shown<'a>(blocks: &'a [Block], pages: &[Vec<Piece>], block: usize) -> Vec<&'a str> {
    pages
        .iter()
        .flatten()
        .filter(|p| p.block == block)
        .flat_map(|p| blocks[block].text[p.start..p.end].split_whitespace())
        .collect()
}

/// A page's height as laid out, and whether it is one piece alone (which may overflow only
/// if nothing smaller could be shown).
fn page_height(blocks: &[Block], page: &[Piece], head: f64, room: Room) -> f64 {
    head + page
        .iter()
        .map(|p| {
            let laid = lay(&blocks[p.block], &Fixed);
            let from = laid
                .words
                .iter()
                .position(|w| w.start == p.start && p.end > p.start);
            let to = laid
                .words
                .iter()
                .position(|w| w.end == p.end)
                .map(|i| i + 1);
            match (from, to) {
                (Some(f), Some(t)) => laid.height(room, f, t, p.tail),
                _ => laid.height(room, 0, 0, p.tail),
            }
        })
        .sum::<f64>()
}

const ROOM: Room = Room {
    width: 36.0,
    height: 20.0,
};

#[test]
fn lines_wrap_like_a_browser() {
    let w = words("aaaa bbbb cccc", false, &Fixed);
    // 2.4 em a word, 0.6 a space: two words take 5.4 em.
    assert_eq!(lines(&w, 5.4, 0.6), 2);
    assert_eq!(lines(&w, 5.3, 0.6), 3);
    assert_eq!(lines(&w, 100.0, 0.6), 1);
    // A typed line break, and a blank line between paragraphs.
    assert_eq!(lines(&words("a\nb\n\nc", false, &Fixed), 100.0, 0.6), 4);
    // A word wider than the line breaks inside it.
    assert_eq!(lines(&words(&"x".repeat(20), false, &Fixed), 6.0, 0.6), 2);
    // A no-break space keeps two words together.
    let nb = words("valeur\u{a0}: 12", false, &Fixed);
    assert_eq!(nb.len(), 2);
}

#[test]
fn short_content_stays_on_one_slide() {
    let blocks = vec![
        narrative("Un cap clair pour l’année."),
        item("Délai", "48 → 24 h"),
    ];
    let pages = paginate(&blocks, 1.5, 1.5, ROOM, &Fixed);
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].len(), 2);
    assert!(pages[0][1].tail);
}

#[test]
fn a_long_narrative_breaks_at_a_paragraph_then_a_sentence() {
    // Two paragraphs of ten sentences of ten words: about 18 lines each at 36 em.
    let sentence = "Les usagers obtiennent une réponse claire dès le premier contact.";
    let paragraph = [sentence; 10].join(" ");
    let text = format!("{paragraph}\n{paragraph}");
    let blocks = vec![narrative(&text)];
    let pages = paginate(&blocks, 0.0, 1.5, ROOM, &Fixed);
    assert!(pages.len() >= 2);
    for page in &pages[..pages.len() - 1] {
        let piece = page.last().unwrap();
        let before_break = &text[..piece.end];
        assert!(
            before_break.ends_with('.'),
            "a slide ends on a sentence: …{}",
            &before_break[before_break.len().saturating_sub(20)..]
        );
    }
    assert_eq!(
        shown(&blocks, &pages, 0),
        text.split_whitespace().collect::<Vec<_>>()
    );
}

#[test]
fn items_move_whole_to_the_next_slide_with_their_goal() {
    let title = "Part des demandes traitées en moins de deux jours ouvrés par l’équipe";
    let blocks: Vec<Block> = (0..6).map(|_| item(title, "de 40 à 80 %")).collect();
    let pages = paginate(&blocks, 1.5, 1.5, ROOM, &Fixed);
    assert!(pages.len() >= 2, "{pages:?}");
    for piece in pages.iter().flatten() {
        assert!(
            piece.tail,
            "an item is never split when it fits a slide alone"
        );
        assert_eq!((piece.start, piece.end), (0, title.len()));
    }
}

#[test]
fn an_item_taller_than_a_slide_is_split_by_words_and_ends_with_its_goal() {
    let title = vec!["mot"; 400].join(" ");
    let blocks = vec![item(&title, "de 1 à 2")];
    let pages = paginate(&blocks, 1.5, 1.5, ROOM, &Fixed);
    assert!(pages.len() >= 2);
    let last = pages.last().unwrap().last().unwrap();
    assert!(last.tail);
    assert!(pages[..pages.len() - 1].iter().flatten().all(|p| !p.tail));
    assert_eq!(shown(&blocks, &pages, 0).len(), 400);
}

#[test]
fn a_room_too_small_for_a_word_still_ends() {
    let blocks = vec![narrative("un deux trois")];
    let tiny = Room {
        width: 1.0,
        height: 0.5,
    };
    let pages = paginate(&blocks, 0.0, 0.0, tiny, &Fixed);
    assert_eq!(pages.len(), 3);
    assert_eq!(shown(&blocks, &pages, 0), ["un", "deux", "trois"]);
}

fn text_strategy() -> impl Strategy<Value = String> {
    let word = "[a-zéà’]{1,14}[.!?,]?";
    let sep = prop_oneof![8 => Just(" "), 1 => Just("\n"), 1 => Just("\n\n"), 1 => Just("\u{a0}")];
    prop::collection::vec((word, sep), 0..400).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(w, s)| format!("{w}{s}"))
            .collect::<String>()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    /// Every word shows exactly once, in order, and every slide fits, whatever the text
    /// and the screen: only a slide holding one word or one whole item may not.
    #[test]
    fn every_word_once_in_order_and_every_slide_fits(
        title in text_strategy(),
        text in text_strategy(),
        items in prop::collection::vec(text_strategy(), 0..4),
        width in 8.0f64..60.0,
        height in 4.0f64..34.0,
        first in 0.0f64..3.0,
        rest in 0.0f64..2.0,
    ) {
        let room = Room { width, height };
        let mut blocks = vec![
            Block { look: Look::plain(1.3, true, 0.3), flows: false, ..narrative(&title) },
            narrative(&text),
        ];
        blocks.extend(items.iter().map(|t| item(t, "de 40 à 80 %")));
        let pages = paginate(&blocks, first, rest, room, &Fixed);
        for (b, block) in blocks.iter().enumerate() {
            let expected: Vec<&str> = block.text.split_whitespace().collect();
            prop_assert_eq!(shown(&blocks, &pages, b), expected);
            let tails = pages.iter().flatten().filter(|p| p.block == b && p.tail).count();
            prop_assert_eq!(tails, 1, "each block ends exactly once");
        }
        let order: Vec<(usize, usize)> = pages.iter().flatten().map(|p| (p.block, p.start)).collect();
        prop_assert!(order.windows(2).all(|w| w[0] <= w[1]), "pieces in order");
        for (i, page) in pages.iter().enumerate() {
            let head = if i == 0 { first } else { rest };
            let h = page_height(&blocks, page, head, room);
            let alone = page.len() == 1
                && (blocks[page[0].block].text[page[0].start..page[0].end].split(breakable).filter(|w| !w.is_empty()).count() <= 1
                    || (page[0].tail && !blocks[page[0].block].flows));
            prop_assert!(h <= room.height + 1e-9 || alone, "slide {} is {} em tall in {}", i, h, room.height);
        }
    }
}
