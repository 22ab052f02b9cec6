//! The projector's timer for the current agenda item: start, pause, one more minute, next
//! item. Plain state driven by the clock the page reads (milliseconds), never stored: a
//! reload starts the item's time again, which the room can live with.

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Timer {
    /// The agenda item being timed (by position).
    pub item: usize,
    /// Time spent on it before the current run.
    spent: f64,
    /// When the current run started; `None` while paused.
    since: Option<f64>,
    /// Minutes added to the item's timebox.
    pub extra_minutes: u32,
}

const MINUTE: f64 = 60_000.0;

impl Timer {
    pub fn running(&self) -> bool {
        self.since.is_some()
    }

    /// Milliseconds spent on the item at `now`.
    pub fn elapsed(&self, now: f64) -> f64 {
        self.spent + self.since.map_or(0.0, |s| (now - s).max(0.0))
    }

    /// Milliseconds left of a timebox of `minutes` (and the minutes added); below zero
    /// once time is up.
    pub fn remaining(&self, minutes: u32, now: f64) -> f64 {
        f64::from(minutes + self.extra_minutes) * MINUTE - self.elapsed(now)
    }

    pub fn is_over(&self, minutes: u32, now: f64) -> bool {
        self.remaining(minutes, now) <= 0.0
    }

    pub fn start(&mut self, now: f64) {
        if self.since.is_none() {
            self.since = Some(now);
        }
    }

    pub fn pause(&mut self, now: f64) {
        self.spent = self.elapsed(now);
        self.since = None;
    }

    pub fn toggle(&mut self, now: f64) {
        if self.running() {
            self.pause(now)
        } else {
            self.start(now)
        }
    }

    pub fn add_minute(&mut self) {
        self.extra_minutes = (self.extra_minutes + 1).min(super::MAX_MINUTES);
    }

    /// To another item of the `count` in the plan: its time starts from zero, running if
    /// the timer was.
    pub fn go_to(&mut self, item: usize, count: usize, now: f64) {
        let item = item.min(count.saturating_sub(1));
        if item == self.item {
            return;
        }
        let running = self.running();
        *self = Timer {
            item,
            ..Timer::default()
        };
        if running {
            self.start(now);
        }
    }

    pub fn next(&mut self, count: usize, now: f64) {
        self.go_to(self.item + 1, count, now);
    }

    pub fn previous(&mut self, count: usize, now: f64) {
        self.go_to(self.item.saturating_sub(1), count, now);
    }
}

/// "12:05", "-0:30": minutes and seconds, rounded up while time is left (a timer never
/// shows 0:00 before it is up).
pub fn clock_face(remaining_ms: f64) -> String {
    let seconds = if remaining_ms > 0.0 {
        (remaining_ms / 1000.0).ceil() as i64
    } else {
        (remaining_ms / 1000.0).floor() as i64
    };
    let sign = if seconds < 0 { "-" } else { "" };
    let s = seconds.abs();
    format!("{sign}{}:{:02}", s / 60, s % 60)
}

/// What a key does on the workshop screen (`KeyboardEvent.key`), outside text fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimerKey {
    /// Space or S: start, or pause.
    StartPause,
    /// M (or "+" when no card is selected): one more minute.
    AddMinute,
    /// N: the next item; P: the previous.
    Next,
    Previous,
}

pub fn timer_key(key: &str) -> Option<TimerKey> {
    match key {
        " " | "Spacebar" | "s" | "S" => Some(TimerKey::StartPause),
        "m" | "M" => Some(TimerKey::AddMinute),
        "n" | "N" => Some(TimerKey::Next),
        "p" | "P" => Some(TimerKey::Previous),
        _ => None,
    }
}
