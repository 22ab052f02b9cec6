//! Rules every set must meet, whether typed, stored or imported: the limits that keep the
//! app fast and the text safe to show.

use super::id::Id;
use super::model::{Contribution, CountRule, KeyResult, Objective, OkrSet, Why};
use super::number::MAX_ABS;
use super::visible::{is_bidi_control, is_blank, Excerpt};
use super::vocabulary::{Term, Vocabulary};
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeSet;

mod follow_up;
use follow_up::{check_check_in, check_follow_up, check_retro};

/// Well above what the browser's 5 MiB can hold of real sets, so a whole workspace always
/// exports and imports back; it bounds only the preview a hostile file can ask for.
pub const MAX_SETS_PER_FILE: usize = 2000;
pub const MAX_OBJECTIVES: usize = 50;
pub const MAX_KEY_RESULTS: usize = 50;
pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_TITLE_CHARS: usize = 500;
pub const MAX_UNIT_CHARS: usize = 40;
pub const MAX_TERM_CHARS: usize = 60;
/// The narrative is judged in words (300); this only bounds what a file may carry.
pub const MAX_NARRATIVE_CHARS: usize = 20_000;
pub const MAX_WHY_CHARS: usize = 1_000;
pub const MAX_SHORT_TERM_CHARS: usize = 8;
/// A weekly check-in for ten years; a file cannot ask for more.
pub const MAX_CHECK_INS: usize = 520;
pub const MAX_MEETINGS: usize = 520;
pub const MAX_CHANGES: usize = 2_000;
/// A note, an answer, a reason, a retrospective paragraph.
pub const MAX_NOTE_CHARS: usize = 2_000;
pub const MIN_YEAR: i32 = 1970;
pub const MAX_YEAR: i32 = 2200;

/// Where in a file a problem sits; positions count from 1, as people do.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub set: usize,
    pub set_name: Excerpt,
    pub objective: Option<usize>,
    pub key_result: Option<usize>,
    /// The set's own words, once they are known to be sound, so the message uses them.
    /// Boxed: it keeps every `Result<_, Invalid>` small.
    pub vocabulary: Box<Vocabulary>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    Team,
    Title,
    Unit,
    /// A word of a custom vocabulary.
    Term,
    Narrative,
    Reason,
    Why,
    /// A check-in note, a meeting answer, a change reason or a retrospective paragraph.
    Note,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    TooManySets {
        count: usize,
    },
    TooManyObjectives {
        count: usize,
    },
    TooManyKeyResults {
        count: usize,
    },
    /// Check-ins of one key result, meetings or change-log entries beyond their limit.
    TooManyEntries {
        count: usize,
        max: usize,
    },
    /// A milestone is done (1) or not (0).
    MilestoneValue,
    /// A meeting names an objective the set does not have.
    UnknownReference {
        id: Excerpt,
    },
    MalformedId {
        id: Excerpt,
    },
    DuplicateId {
        id: Excerpt,
    },
    EmptyName,
    EmptyTerm,
    TooLong {
        field: Field,
        max: usize,
    },
    ForbiddenCharacters {
        field: Field,
    },
    NumberOutOfRange,
    DateOutOfRange,
    CycleEndsBeforeStart,
    CountRuleOutOfRange,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invalid {
    pub at: Location,
    pub problem: Problem,
}

/// Characters that could disguise text: controls and bidirectional overrides and marks.
pub fn is_forbidden_char(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// What the editor keeps of typed or pasted text for a one-line field. A tab (a cell
/// boundary in a row pasted from a spreadsheet) parts words as a space would, never glues
/// them; other control characters go.
pub fn clean_line(text: &str, max_chars: usize) -> String {
    text.chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .filter(|&c| !is_forbidden_char(c))
        .take(max_chars)
        .collect()
}

pub(crate) fn check_text(text: &str, field: Field, max: usize) -> Result<(), Problem> {
    if text.chars().any(is_forbidden_char) {
        return Err(Problem::ForbiddenCharacters { field });
    }
    if text.chars().count() > max {
        return Err(Problem::TooLong { field, max });
    }
    Ok(())
}

/// A custom term is shown in every sentence: it must be a word, not a paragraph.
fn check_term(term: &Term) -> Result<(), Problem> {
    if is_blank(&term.singular) || is_blank(&term.plural) {
        return Err(Problem::EmptyTerm);
    }
    check_text(&term.singular, Field::Term, MAX_TERM_CHARS)?;
    check_text(&term.plural, Field::Term, MAX_TERM_CHARS)?;
    check_text(&term.short, Field::Term, MAX_SHORT_TERM_CHARS)
}

/// A date as a date field gives it ("2027-01-31"), if it is one a set may hold.
pub fn read_date(text: &str) -> Option<NaiveDate> {
    text.parse::<NaiveDate>()
        .ok()
        .filter(|d| check_date(*d).is_ok())
}

pub(crate) fn check_date(date: NaiveDate) -> Result<(), Problem> {
    if (MIN_YEAR..=MAX_YEAR).contains(&date.year()) {
        Ok(())
    } else {
        Err(Problem::DateOutOfRange)
    }
}

pub(crate) fn check_number(value: f64) -> Result<(), Problem> {
    if value.is_finite() && value.abs() <= MAX_ABS {
        Ok(())
    } else {
        Err(Problem::NumberOutOfRange)
    }
}

pub(crate) fn check_count(count: usize, max: usize) -> Result<(), Problem> {
    if count > max {
        return Err(Problem::TooManyEntries { count, max });
    }
    Ok(())
}

fn check_key_result(kr: &KeyResult, ids: &mut BTreeSet<Id>) -> Result<(), Problem> {
    check_text(&kr.title, Field::Title, MAX_TITLE_CHARS)?;
    check_text(&kr.unit, Field::Unit, MAX_UNIT_CHARS)?;
    [kr.baseline, kr.target]
        .into_iter()
        .flatten()
        .try_for_each(check_number)?;
    check_count(kr.check_ins.len(), MAX_CHECK_INS)?;
    kr.check_ins
        .iter()
        .try_for_each(|c| check_check_in(c, kr.kind, ids))
}

/// Items a set may note share points for: every item a set may hold, and more.
pub const MAX_SHARED_KEYS: usize = 50_000;

/// A team objective names at most this many reference objectives.
pub const MAX_CONTRIBUTIONS: usize = 20;

fn check_contributions(links: &[Contribution]) -> Result<(), Problem> {
    check_count(links.len(), MAX_CONTRIBUTIONS)?;
    for link in links {
        // The reference set may be elsewhere: the ids need only be sound.
        check_id(&link.set, &mut BTreeSet::new())?;
        check_id(&link.objective, &mut BTreeSet::new())?;
        check_text(&link.set_name, Field::Name, MAX_NAME_CHARS)?;
        check_text(&link.objective_title, Field::Title, MAX_TITLE_CHARS)?;
    }
    Ok(())
}

pub(crate) fn check_id(id: &Id, seen: &mut BTreeSet<Id>) -> Result<(), Problem> {
    if !id.is_well_formed() {
        return Err(Problem::MalformedId {
            id: Excerpt::of(id.as_str()),
        });
    }
    if !seen.insert(id.clone()) {
        return Err(Problem::DuplicateId {
            id: Excerpt::of(id.as_str()),
        });
    }
    Ok(())
}

/// What the editor keeps of typed or pasted text of several lines.
pub fn clean_paragraph(text: &str, max_chars: usize) -> String {
    text.chars()
        .filter(|&c| matches!(c, '\n' | '\t') || !is_forbidden_char(c))
        .take(max_chars)
        .collect()
}

/// Checks one set; `index` is its position in the file (from 0).
pub fn validate_set(set: &OkrSet, index: usize, set_ids: &mut BTreeSet<Id>) -> Result<(), Invalid> {
    let mut at = Location {
        set: index + 1,
        set_name: Excerpt::of(&set.name),
        ..Location::default()
    };
    let fail = |at: &Location, problem| {
        Err(Invalid {
            at: at.clone(),
            problem,
        })
    };
    if let Err(p) = check_id(&set.id, set_ids) {
        return fail(&at, p);
    }
    // A name of zero-width characters shows nothing: the set would have nothing to click.
    if is_blank(&set.name) {
        return fail(&at, Problem::EmptyName);
    }
    for (text, field, max) in [
        (&set.name, Field::Name, MAX_NAME_CHARS),
        (&set.team, Field::Team, MAX_NAME_CHARS),
    ] {
        if let Err(p) = check_text(text, field, max) {
            return fail(&at, p);
        }
    }
    if let Vocabulary::Custom {
        objective,
        key_result,
    } = &set.vocabulary
    {
        if let Err(p) = check_term(objective).and_then(|_| check_term(key_result)) {
            return fail(&at, p);
        }
    }
    *at.vocabulary = set.vocabulary.clone();
    if let Err(p) = check_date(set.cycle.start).and(check_date(set.cycle.end)) {
        return fail(&at, p);
    }
    if set.cycle.end < set.cycle.start {
        return fail(&at, Problem::CycleEndsBeforeStart);
    }
    if let Err(p) = check_why(&set.why).and_then(|_| check_count_rule(set.count_rule)) {
        return fail(&at, p);
    }
    let mut item_ids = check_objectives(&set.objectives, &mut at)?;
    if let Err(p) = check_follow_up(set, &mut item_ids).and(super::workshop::check(&set.workshop)) {
        return fail(&at, p);
    }
    if let Some(launch) = &set.launch {
        // The reference is a snapshot: its ids repeat the live ones, so it is checked apart.
        check_objectives(&launch.reference, &mut at)?;
    }
    Ok(())
}

/// Checks objectives and their key results; hands back the ids it saw.
fn check_objectives(objectives: &[Objective], at: &mut Location) -> Result<BTreeSet<Id>, Invalid> {
    let fail = |at: &Location, problem| {
        Err(Invalid {
            at: at.clone(),
            problem,
        })
    };
    if objectives.len() > MAX_OBJECTIVES {
        return fail(
            at,
            Problem::TooManyObjectives {
                count: objectives.len(),
            },
        );
    }
    let mut item_ids = BTreeSet::new();
    for (oi, objective) in objectives.iter().enumerate() {
        at.objective = Some(oi + 1);
        at.key_result = None;
        if let Err(p) = check_id(&objective.id, &mut item_ids)
            .and_then(|_| check_text(&objective.title, Field::Title, MAX_TITLE_CHARS))
            .and_then(|_| check_paragraph(&objective.why, Field::Why, MAX_WHY_CHARS))
            .and_then(|_| check_retro(&objective.retro))
            .and_then(|_| check_contributions(&objective.contributes_to))
        {
            return fail(at, p);
        }
        if objective.key_results.len() > MAX_KEY_RESULTS {
            return fail(
                at,
                Problem::TooManyKeyResults {
                    count: objective.key_results.len(),
                },
            );
        }
        for (ki, kr) in objective.key_results.iter().enumerate() {
            at.key_result = Some(ki + 1);
            if let Err(p) =
                check_id(&kr.id, &mut item_ids).and_then(|_| check_key_result(kr, &mut item_ids))
            {
                return fail(at, p);
            }
        }
    }
    at.objective = None;
    at.key_result = None;
    Ok(item_ids)
}

/// Text of several lines (a narrative): line breaks and tabs are fine, other controls not.
pub(crate) fn check_paragraph(text: &str, field: Field, max: usize) -> Result<(), Problem> {
    if text
        .chars()
        .any(|c| !matches!(c, '\n' | '\t' | '\r') && is_forbidden_char(c))
    {
        return Err(Problem::ForbiddenCharacters { field });
    }
    if text.chars().count() > max {
        return Err(Problem::TooLong { field, max });
    }
    Ok(())
}

fn check_why(why: &Why) -> Result<(), Problem> {
    check_paragraph(&why.narrative, Field::Narrative, MAX_NARRATIVE_CHARS)?;
    check_text(&why.other_reason, Field::Reason, MAX_NAME_CHARS)
}

fn check_count_rule(rule: CountRule) -> Result<(), Problem> {
    let fits = |n: u32| (1..=CountRule::MAX).contains(&n);
    if fits(rule.max_objectives) && fits(rule.max_key_results) {
        Ok(())
    } else {
        Err(Problem::CountRuleOutOfRange)
    }
}

/// Checks a whole file's sets: each set, and set ids unique across the file.
pub fn validate_sets(sets: &[OkrSet]) -> Result<(), Invalid> {
    if sets.len() > MAX_SETS_PER_FILE {
        return Err(Invalid {
            at: Location::default(),
            problem: Problem::TooManySets { count: sets.len() },
        });
    }
    let mut set_ids = BTreeSet::new();
    sets.iter()
        .enumerate()
        .try_for_each(|(i, set)| validate_set(set, i, &mut set_ids))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_field_gives_a_date_a_set_may_hold() {
        assert_eq!(
            read_date("2027-01-31"),
            NaiveDate::from_ymd_opt(2027, 1, 31)
        );
        for bad in ["2500-01-01", "1969-12-31", "2027-02-30", "", "demain"] {
            assert_eq!(read_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn pasted_text_loses_what_validation_refuses() {
        assert_eq!(clean_line("Cap\u{202e} vers\u{7}", 100), "Cap vers");
        // A row copied from a spreadsheet: its cells stay words apart.
        assert_eq!(
            clean_line("Tabulé\tavec colonne", 100),
            "Tabulé avec colonne"
        );
        assert_eq!(
            clean_paragraph("Un\n\tdeux\u{200f}\u{1b}", 100),
            "Un\n\tdeux"
        );
        assert!(check_paragraph(&clean_paragraph("a\u{2066}\nb", 10), Field::Note, 10).is_ok());
    }
}
