//! What the domain's slide paging needs from the browser: the room a slide gives at the
//! floor size, and text widths in the real font (a canvas measures them, with no layout).

use crate::domain::presentation::Page;
use crate::domain::slide_pages::{Measure, Room};
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::JsCast;

/// A hidden copy of the slide body, where each page of a new deck is tried.
pub const PROBE: &str = "slide-probe";

/// The smallest type a slide may show: 32 px at 1280 × 720, and in proportion to the
/// screen, so every screen shows the same slides at the same size on the wall (a big
/// screen larger, an older 1024 × 768 projector a little smaller in pixels); never under
/// `FLOOR_MIN_PX`, a phone's reading size, where a slide at a projector's floor would
/// leave a line a few letters wide.
pub fn floor_px(width: f64, height: f64) -> f64 {
    (32.0 * (width / 1280.0).min(height / 720.0)).max(FLOOR_MIN_PX)
}

/// The floor on the smallest screens (a phone going over the slides).
const FLOOR_MIN_PX: f64 = 16.0;

/// Slack kept below and beside the text: rounding, and a font's kerning the canvas reads
/// slightly differently from the page.
const SLACK_EM: f64 = 0.3;
const WIDTH_SLACK: f64 = 1.04;

/// The slide body's content box (its size less the padding `.slide-body` gives, in vw
/// and vh), in ems of the floor size; `squeeze` (≤ 1) takes a share off its height when a
/// slide was found too tall anyway.
pub fn room(body_width: f64, body_height: f64, viewport: (f64, f64), squeeze: f64) -> Room {
    let (vw, vh) = viewport;
    let floor = floor_px(vw, vh);
    Room {
        width: (body_width - 0.08 * vw) / floor - SLACK_EM,
        height: (body_height - 0.035 * vh) * squeeze / floor - SLACK_EM,
    }
}

/// `style/main.css`'s `--font`: the canvas needs the family by name.
const FONT: &str = "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", \"Helvetica Neue\", Arial, sans-serif";

pub struct CanvasMeasure {
    context: Option<web_sys::CanvasRenderingContext2d>,
    bold: Cell<Option<bool>>,
}

impl CanvasMeasure {
    pub fn new() -> CanvasMeasure {
        let context = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("canvas").ok())
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
            .and_then(|c| c.get_context("2d").ok().flatten())
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
        CanvasMeasure {
            context,
            bold: Cell::new(None),
        }
    }
}

impl Measure for CanvasMeasure {
    fn width(&self, text: &str, bold: bool) -> f64 {
        let Some(context) = &self.context else {
            // No canvas: a wide guess per character keeps the slides within the screen.
            return text.chars().count() as f64 * 0.62;
        };
        if self.bold.get() != Some(bold) {
            let weight = if bold { 700 } else { 400 };
            context.set_font(&format!("{weight} 100px {FONT}"));
            self.bold.set(Some(bold));
        }
        context
            .measure_text(text)
            .map_or(text.chars().count() as f64 * 62.0, |m| m.width())
            / 100.0
            * WIDTH_SLACK
    }
}

/// Whether every page, drawn by `draw` into the hidden probe at the body's size and the
/// floor size, fits the slide body. The deck is checked whole before a slide shows, so a
/// slide found too tall is laid out again once, up front, and the total ("2 / 5") never
/// changes while going through the deck. Without the probe (not drawn yet), true. Each
/// page is drawn under an owner of its own, a child of the current one (its contexts),
/// and removed with it.
pub fn every_page_fits(
    body: &str,
    floor: f64,
    pages: &[Page],
    draw: impl Fn(&Page) -> AnyView + Clone + 'static,
) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return true;
    };
    let probe = document
        .get_element_by_id(PROBE)
        .and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok());
    let (Some(body), Some(probe)) = (document.get_element_by_id(body), probe) else {
        return true;
    };
    let _ = probe.set_attribute(
        "style",
        &format!(
            "width: {}px; height: {}px; font-size: {floor}px",
            body.client_width(),
            body.client_height()
        ),
    );
    let fits = pages.iter().all(|page| {
        let (page, draw) = (page.clone(), draw.clone());
        let drawn = leptos::mount::mount_to(probe.clone(), move || draw(&page));
        let fits = probe.scroll_height() <= probe.client_height()
            && probe.scroll_width() <= probe.client_width();
        drop(drawn);
        fits
    });
    let _ = probe.remove_attribute("style");
    fits
}
