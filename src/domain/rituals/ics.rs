//! The set's rituals as an iCalendar file (RFC 5545) that Outlook and Google Calendar
//! import: UTF-8, CRLF line ends, lines folded at 75 octets without splitting a
//! character, text escaped, and a stable UID per ritual and set, so importing the file
//! again updates the events it made instead of adding copies.
//!
//! Written here rather than with the `icalendar` crate: its 0.17 pulls chrono's clock,
//! std and wasm-bindgen features, uuid with getrandom, and the nom and iso8601 parsers
//! into the wasm for a writer of a few properties.
//!
//! Events are all-day dates (`VALUE=DATE`): the app knows the day of a ritual, not its
//! hour, and a date has no time zone, so no VTIMEZONE is needed and the day is the same
//! wherever the file is opened. Only the stamps (DTSTAMP, LAST-MODIFIED) are instants,
//! written in UTC with a `Z`, as the RFC requires of DTSTAMP.

use super::calendar::{events, Repeat, Ritual};
use super::{Rhythm, LAST_COMMON_DAY};
use crate::domain::model::OkrSet;
use chrono::{DateTime, Datelike, NaiveDate, Utc};

/// Longest line, in octets, before the line break (RFC 5545, 3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// What an event says, in the reader's language and the team's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Texts {
    pub summary: String,
    pub description: String,
}

/// The calendar file of the set's rituals, named `name`; `texts` words each ritual.
pub fn calendar(
    set: &OkrSet,
    name: &str,
    now: DateTime<Utc>,
    texts: &dyn Fn(Ritual) -> Texts,
) -> String {
    let mut out = String::new();
    let mut line = |content: String| out.push_str(&fold(&content));
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//Boussole//Boussole//FR".into());
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    line(format!("X-WR-CALNAME:{}", escape(name)));
    // SEQUENCE is a 32-bit integer; the revision grows with every edit, so a calendar
    // downloaded after a change of rhythm replaces the one before.
    let sequence = set.revision.min(i32::MAX as u64);
    for event in events(set) {
        let words = texts(event.ritual);
        line("BEGIN:VEVENT".into());
        line(format!("UID:{}-{}@boussole", event.ritual.key(), set.id));
        line(format!("DTSTAMP:{}", utc(now)));
        line(format!("LAST-MODIFIED:{}", utc(set.modified)));
        line(format!("SEQUENCE:{sequence}"));
        line(format!("DTSTART;VALUE=DATE:{}", date(event.first)));
        let next_day = event.first.succ_opt().unwrap_or(event.first);
        line(format!("DTEND;VALUE=DATE:{}", date(next_day)));
        if let Some(repeat) = event.repeat {
            line(format!("RRULE:{}", rrule(&repeat)));
        }
        line(format!("SUMMARY:{}", escape(&words.summary)));
        line(format!("DESCRIPTION:{}", escape(&words.description)));
        // A day to remember, not a busy day.
        line("TRANSP:TRANSPARENT".into());
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}

/// The recurrence rule of a repeat, as `Rhythm::nth` counts it: a monthly rhythm keeps
/// its day up to the 28th, and from the 29th on is each month's last day
/// (`BYMONTHDAY=-1`). UNTIL is a date, as DTSTART is (RFC 5545, 3.3.10).
pub fn rrule(repeat: &Repeat) -> String {
    let until = date(repeat.until);
    match repeat.rhythm {
        Rhythm::Weekly => format!("FREQ=WEEKLY;UNTIL={until}"),
        Rhythm::EveryTwoWeeks => format!("FREQ=WEEKLY;INTERVAL=2;UNTIL={until}"),
        Rhythm::Monthly => match repeat.month_day() {
            day @ 1..=LAST_COMMON_DAY => {
                format!("FREQ=MONTHLY;BYMONTHDAY={day};UNTIL={until}")
            }
            _ => format!("FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL={until}"),
        },
    }
}

/// A DATE value: "20280229".
pub fn date(day: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}

/// A DATE-TIME in UTC: "20281115T100000Z".
pub fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A TEXT value: backslash, semicolon and comma escaped, each line break (CRLF, CR or
/// LF) written `\n`; other control characters, which TEXT may not hold, are dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded: at most 75 octets a line, each continuation starting with
/// one space (which counts), never inside a character; ends with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 32 + 2);
    let mut width = 0;
    for c in line.chars() {
        let octets = c.len_utf8();
        if width + octets > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += octets;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::Id;
    use crate::domain::model::{Cycle, Launch};
    use crate::domain::rituals::Rituals;
    use chrono::{FixedOffset, TimeZone};
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Lines as a reader sees them: CRLF split, continuation lines joined.
    fn unfold(text: &str) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        for physical in text.split("\r\n") {
            match physical.strip_prefix(' ') {
                Some(rest) => lines.last_mut().expect("a first line").push_str(rest),
                None if physical.is_empty() => {}
                None => lines.push(physical.to_owned()),
            }
        }
        lines
    }

    fn unescape(text: &str) -> String {
        let mut out = String::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') | Some('N') => out.push('\n'),
                    Some(other) => out.push(other),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    fn sample() -> OkrSet {
        let start = d(2028, 1, 31);
        let now = Utc.with_ymd_and_hms(2028, 1, 31, 8, 0, 0).unwrap();
        let mut set = OkrSet::new(
            Id::new("set-42"),
            "Pilote",
            "",
            Cycle {
                start,
                end: d(2028, 6, 30),
            },
            now,
        );
        set.launch = Some(Launch {
            at: now,
            reference: Vec::new(),
        });
        set.revision = 7;
        set
    }

    fn words(ritual: Ritual) -> Texts {
        Texts {
            summary: format!("Rituel {}", ritual.key()),
            description: "Ligne 1\nValeur; confiance, et \\ fin".into(),
        }
    }

    #[test]
    fn a_line_is_folded_at_75_octets_between_characters() {
        assert_eq!(fold("SUMMARY:court"), "SUMMARY:court\r\n");
        let exact = "X".repeat(75);
        assert_eq!(fold(&exact), format!("{exact}\r\n"));
        assert_eq!(
            fold(&"X".repeat(76)),
            format!("{}\r\n X\r\n", "X".repeat(75))
        );
        // "é" is two octets: at octet 74 it does not fit whole, so it starts the next line.
        let line = format!("{}é", "X".repeat(74));
        assert_eq!(fold(&line), format!("{}\r\n é\r\n", "X".repeat(74)));
        // A four-octet emoji never splits; continuation lines hold 74 octets after the space.
        let folded = fold(&format!("DESCRIPTION:{}", "🎯".repeat(40)));
        for physical in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= MAX_LINE_OCTETS, "{}", physical.len());
        }
    }

    #[test]
    fn text_is_escaped_as_the_rfc_says() {
        assert_eq!(escape("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
        assert_eq!(escape("un\r\ndeux\rtrois"), "un\\ndeux\\ntrois");
        assert_eq!(escape("bell\u{7}tab\t:"), "belltab\t:");
        assert_eq!(
            escape("Point d’étape : « Pilote »"),
            "Point d’étape : « Pilote »"
        );
    }

    #[test]
    fn the_file_is_a_calendar_of_all_day_events_with_stable_ids() {
        let set = sample();
        let now = Utc.with_ymd_and_hms(2028, 2, 3, 10, 5, 0).unwrap();
        let text = calendar(&set, "Rituels, Pilote", now, &words);
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(
            !text.replace("\r\n", "").contains('\n'),
            "every line ends with CRLF"
        );
        let lines = unfold(&text);
        assert_eq!(lines[0], "BEGIN:VCALENDAR");
        assert!(lines.contains(&"VERSION:2.0".to_owned()));
        assert!(lines.contains(&"X-WR-CALNAME:Rituels\\, Pilote".to_owned()));
        let uids: Vec<&String> = lines.iter().filter(|l| l.starts_with("UID:")).collect();
        assert_eq!(
            uids,
            vec![
                "UID:check-ins-set-42@boussole",
                "UID:meetings-set-42@boussole",
                "UID:retrospective-set-42@boussole"
            ]
        );
        let has = |line: &str| lines.iter().any(|l| l == line);
        assert!(has("DTSTART;VALUE=DATE:20280207") && has("DTEND;VALUE=DATE:20280208"));
        assert!(has("RRULE:FREQ=WEEKLY;UNTIL=20280630"));
        assert!(
            has("DTSTART;VALUE=DATE:20280229"),
            "a month after 31 January 2028"
        );
        assert!(has("RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20280630"));
        assert!(has("DTSTART;VALUE=DATE:20280630") && has("DTEND;VALUE=DATE:20280701"));
        assert!(has("SEQUENCE:7"));
        let description = lines
            .iter()
            .find(|l| l.starts_with("DESCRIPTION:"))
            .unwrap();
        assert_eq!(
            unescape(description.strip_prefix("DESCRIPTION:").unwrap()),
            "Ligne 1\nValeur; confiance, et \\ fin"
        );
        // The same set gives the same events: only the stamp moves.
        let later = calendar(&set, "Rituels, Pilote", now + chrono::Days::new(3), &words);
        let without_stamp = |t: &str| {
            unfold(t)
                .into_iter()
                .filter(|l| !l.starts_with("DTSTAMP:"))
                .collect::<Vec<_>>()
        };
        assert_eq!(without_stamp(&text), without_stamp(&later));
    }

    #[test]
    fn dates_float_and_stamps_are_utc() {
        let set = sample();
        // An instant given with an offset is written as the same instant in UTC.
        let paris = FixedOffset::east_opt(2 * 3600).unwrap();
        let now = paris.with_ymd_and_hms(2028, 3, 26, 1, 30, 0).unwrap();
        let text = calendar(&set, "Pilote", now.with_timezone(&Utc), &words);
        let lines = unfold(&text);
        assert!(lines.contains(&"DTSTAMP:20280325T233000Z".to_owned()));
        assert!(lines.contains(&"LAST-MODIFIED:20280131T080000Z".to_owned()));
        // No time zone is named: every event is a day, the same wherever it is read.
        assert!(!text.contains("TZID") && !text.contains("VTIMEZONE"));
        for line in lines
            .iter()
            .filter(|l| l.starts_with("DTSTART") || l.starts_with("DTEND"))
        {
            assert!(line.contains(";VALUE=DATE:"), "{line}");
            assert_eq!(line.split(':').nth(1).unwrap().len(), 8, "{line}");
        }
    }

    #[test]
    fn a_monthly_rule_keeps_the_day_or_the_month_s_last() {
        let repeat = |day: u32| Repeat {
            rhythm: Rhythm::Monthly,
            from: d(2028, 1, day),
            until: d(2028, 12, 31),
        };
        assert_eq!(
            rrule(&repeat(15)),
            "FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20281231"
        );
        assert_eq!(
            rrule(&repeat(31)),
            "FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20281231"
        );
        assert_eq!(
            rrule(&repeat(28)),
            "FREQ=MONTHLY;BYMONTHDAY=28;UNTIL=20281231"
        );
        // From the 29th on, each month's last day: what the rule says is what the app
        // counts, 29 February in 2028, then 31 March, 30 April…
        for day in [29, 30, 31] {
            assert_eq!(
                rrule(&repeat(day)),
                "FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20281231"
            );
            let dates: Vec<_> = repeat(day).dates().collect();
            assert_eq!(
                &dates[..3],
                &[d(2028, 2, 29), d(2028, 3, 31), d(2028, 4, 30)]
            );
            assert_eq!(dates.len(), 11);
        }
        let weeks = Repeat {
            rhythm: Rhythm::EveryTwoWeeks,
            from: d(2028, 1, 3),
            until: d(2028, 3, 31),
        };
        assert_eq!(rrule(&weeks), "FREQ=WEEKLY;INTERVAL=2;UNTIL=20280331");
    }

    #[test]
    fn the_rhythms_chosen_are_the_rhythms_written() {
        let mut set = sample();
        set.rituals = Rituals {
            check_ins: Some(Rhythm::Monthly),
            meetings: Some(Rhythm::EveryTwoWeeks),
        };
        let lines = unfold(&calendar(&set, "Pilote", set.modified, &words));
        let rules: Vec<&String> = lines.iter().filter(|l| l.starts_with("RRULE:")).collect();
        assert_eq!(
            rules,
            vec![
                "RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20280630",
                "RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20280630"
            ]
        );
    }

    proptest! {
        #[test]
        fn folding_keeps_every_character_and_every_line_short(value in "\\PC{0,300}") {
            // A content line starts with its property's name, never with a space.
            let line = format!("X-TEST:{value}");
            let folded = fold(&line);
            prop_assert!(folded.ends_with("\r\n"));
            for physical in folded.trim_end_matches("\r\n").split("\r\n") {
                prop_assert!(physical.len() <= MAX_LINE_OCTETS);
            }
            prop_assert_eq!(unfold(&folded).concat(), line);
        }

        #[test]
        fn escaped_text_reads_back_and_breaks_nothing(text in "(\\PC|[\\\\;,\n\r\t])*") {
            let escaped = escape(&text);
            prop_assert!(!escaped.contains('\n') && !escaped.contains('\r'));
            // Every ; and , is escaped: none can end a value or split a list.
            let mut chars = escaped.chars();
            while let Some(c) = chars.next() {
                prop_assert!(c != ';' && c != ',');
                if c == '\\' {
                    prop_assert!(matches!(chars.next(), Some('\\' | ';' | ',' | 'n')));
                }
            }
            let expected = text.replace("\r\n", "\n").replace('\r', "\n");
            prop_assert_eq!(unescape(&escaped), expected);
        }

        #[test]
        fn any_name_makes_a_file_of_short_crlf_lines(name in "\\PC{0,200}", summary in "\\PC{0,200}") {
            let set = sample();
            let text = calendar(&set, &name, set.modified, &|_| Texts {
                summary: summary.clone(),
                description: summary.clone(),
            });
            prop_assert!(text.ends_with("\r\n"));
            prop_assert!(!text.replace("\r\n", "").contains('\n'));
            for physical in text.split("\r\n") {
                prop_assert!(physical.len() <= MAX_LINE_OCTETS);
            }
            let calname = format!("X-WR-CALNAME:{}", escape(&name));
            prop_assert!(unfold(&text).contains(&calname));
        }
    }
}
