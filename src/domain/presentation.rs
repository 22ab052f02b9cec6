//! Presentation mode: which slides a set makes and how keys move between them, as the
//! clickers a facilitator holds send them.

use super::model::OkrSet;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// Name, team, cycle and narrative.
    Title,
    /// One objective, by position.
    Objective(usize),
    /// Every objective's progress and status.
    Summary,
}

/// Title, one slide per objective, then the summary.
pub fn slides(set: &OkrSet) -> Vec<Slide> {
    let mut out = vec![Slide::Title];
    out.extend((0..set.objectives.len()).map(Slide::Objective));
    out.push(Slide::Summary);
    out
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
mod tests {
    use super::*;
    use crate::domain::id::Id;
    use crate::domain::model::{Cycle, Objective};
    use chrono::{DateTime, NaiveDate, Utc};

    #[test]
    fn a_set_of_three_objectives_makes_five_slides() {
        let start = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        let mut set = OkrSet::new(
            Id::new("s"),
            "S",
            "",
            Cycle::quarter_from(start),
            DateTime::<Utc>::from_timestamp(0, 0).unwrap(),
        );
        assert_eq!(slides(&set), vec![Slide::Title, Slide::Summary]);
        set.objectives = (0..3)
            .map(|i| Objective::new(Id::new(format!("o{i}"))))
            .collect();
        let all = slides(&set);
        assert_eq!(all.len(), 5);
        assert_eq!(all[2], Slide::Objective(1));
    }

    #[test]
    fn clicker_keys_move_and_stop_at_the_ends() {
        for key in ["ArrowRight", "ArrowDown", " ", "PageDown"] {
            assert_eq!(command(key), Some(Command::Next), "{key}");
        }
        for key in ["ArrowLeft", "ArrowUp", "PageUp"] {
            assert_eq!(command(key), Some(Command::Previous), "{key}");
        }
        assert_eq!(command("f"), Some(Command::ToggleFullscreen));
        assert_eq!(command("Escape"), Some(Command::Leave));
        assert_eq!(command("a"), None);
        assert_eq!(moved(0, 5, Command::Previous), 0);
        assert_eq!(moved(4, 5, Command::Next), 4);
        assert_eq!(moved(1, 5, Command::Next), 2);
        assert_eq!(moved(3, 5, Command::First), 0);
        assert_eq!(moved(0, 5, Command::Last), 4);
        assert_eq!(moved(0, 0, Command::Next), 0);
    }
}
