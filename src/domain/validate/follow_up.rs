//! The rules on what follows a launch: check-ins, meetings, the change log, the
//! retrospective and the link to the previous cycle.

use super::{
    check_count, check_date, check_id, check_number, check_paragraph, check_text, Field, Problem,
    MAX_CHANGES, MAX_MEETINGS, MAX_NAME_CHARS, MAX_NOTE_CHARS, MAX_OBJECTIVES, MAX_SHARED_KEYS,
    MAX_TITLE_CHARS,
};
use crate::domain::id::Id;
use crate::domain::model::{
    milestone, Change, ChangeValue, CheckIn, KrKind, Meeting, OkrSet, Retro,
};
use crate::domain::visible::Excerpt;
use std::collections::BTreeSet;

pub(super) fn check_check_in(
    check_in: &CheckIn,
    kind: KrKind,
    ids: &mut BTreeSet<Id>,
) -> Result<(), Problem> {
    check_id(&check_in.id, ids)?;
    check_date(check_in.date)?;
    check_number(check_in.value)?;
    let milestone_values = [milestone::value(true), milestone::value(false)];
    if kind == KrKind::Milestone && !milestone_values.contains(&check_in.value) {
        return Err(Problem::MilestoneValue);
    }
    check_paragraph(&check_in.note, Field::Note, MAX_NOTE_CHARS)
}

pub(super) fn check_retro(retro: &Retro) -> Result<(), Problem> {
    [&retro.happened, &retro.learned, &retro.differently]
        .into_iter()
        .try_for_each(|text| check_paragraph(text, Field::Note, MAX_NOTE_CHARS))
}

fn check_meeting(
    meeting: &Meeting,
    objectives: &[&Id],
    ids: &mut BTreeSet<Id>,
) -> Result<(), Problem> {
    check_id(&meeting.id, ids)?;
    check_date(meeting.date)?;
    [&meeting.learned, &meeting.adjust, &meeting.blocking]
        .into_iter()
        .try_for_each(|text| check_paragraph(text, Field::Note, MAX_NOTE_CHARS))?;
    check_count(meeting.to_revisit.len(), MAX_OBJECTIVES)?;
    crate::domain::meeting_figures::check(meeting.figures.as_deref())?;
    // Removing an objective removes it from the meetings too, so every name must resolve.
    match meeting
        .to_revisit
        .iter()
        .find(|id| !objectives.contains(id))
    {
        Some(id) => Err(Problem::UnknownReference {
            id: Excerpt::of(id.as_str()),
        }),
        None => Ok(()),
    }
}

fn check_change(change: &Change) -> Result<(), Problem> {
    check_text(&change.subject, Field::Title, MAX_TITLE_CHARS)?;
    check_paragraph(&change.reason, Field::Note, MAX_NOTE_CHARS)?;
    for value in [&change.old, &change.new].into_iter().flatten() {
        match value {
            ChangeValue::Text(text) => check_paragraph(text, Field::Note, MAX_NOTE_CHARS)?,
            ChangeValue::Number(n) => check_number(*n)?,
            ChangeValue::Kind(_) => {}
        }
    }
    Ok(())
}

/// What follows a launch: meetings (ids shared with the set's items), the change log,
/// the link to the previous cycle.
pub(super) fn check_follow_up(set: &OkrSet, ids: &mut BTreeSet<Id>) -> Result<(), Problem> {
    check_count(set.meetings.len(), MAX_MEETINGS)?;
    let objectives: Vec<&Id> = set.objectives.iter().map(|o| &o.id).collect();
    set.meetings
        .iter()
        .try_for_each(|m| check_meeting(m, &objectives, ids))?;
    check_count(set.changes.len(), MAX_CHANGES)?;
    set.changes.iter().try_for_each(check_change)?;
    // Share points: fingerprints by item key; bounded, and keys in a safe alphabet.
    check_count(set.shared.len(), MAX_SHARED_KEYS)?;
    for (key, history) in &set.shared {
        check_count(history.len(), crate::domain::shared::HISTORY)?;
        let (kind, id) = key.split_once(':').unwrap_or(("", key));
        if kind.len() != 1 || !Id::new(id).is_well_formed() {
            return Err(Problem::MalformedId {
                id: Excerpt::of(key),
            });
        }
    }
    if let Some(previous) = &set.previous {
        check_id(&previous.id, &mut BTreeSet::new())?;
        check_text(&previous.name, Field::Name, MAX_NAME_CHARS)?;
    }
    Ok(())
}
