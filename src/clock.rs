//! Time and randomness from the browser, handed to the domain as plain values.

use crate::domain::id::Id;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, Utc};

pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// The user's local time, for display.
pub fn local(at: DateTime<Utc>) -> NaiveDateTime {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        at.timestamp_millis() as f64
    ));
    let offset_minutes = -(date.get_timezone_offset() as i32);
    let offset =
        FixedOffset::east_opt(offset_minutes * 60).unwrap_or(FixedOffset::east_opt(0).unwrap());
    at.with_timezone(&offset).naive_local()
}

pub fn today() -> NaiveDate {
    local(now()).date()
}

/// A fresh id: 16 characters from the browser's cryptographic random source.
pub fn new_id() -> Id {
    const ALPHABET: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for b in &mut bytes {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    Id::new(
        bytes
            .iter()
            .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
            .collect::<String>(),
    )
}

fn performance() -> Option<web_sys::Performance> {
    web_sys::window().and_then(|w| w.performance())
}

/// Starts a User Timing span named `name`; `end_span` closes it. Only the latest span of a
/// name is kept, so the buffer never grows; the benchmark reads them (scripts/bench.sh).
pub fn start_span(name: &str) {
    if let Some(p) = performance() {
        let _ = p.mark(&format!("{name}:start"));
    }
}

pub fn end_span(name: &str) {
    if let Some(p) = performance() {
        let start = format!("{name}:start");
        p.clear_measures_with_measure_name(name);
        let _ = p.measure_with_start_mark(name, &start);
        p.clear_marks_with_mark_name(&start);
    }
}
