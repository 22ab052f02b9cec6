//! The parts of the set a reader can subscribe to, and the scope an edit declares.

use crate::domain::id::Id;
use crate::domain::model::OkrSet;

/// The set's own fields, each notified on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetField {
    Name,
    Team,
    Cycle,
    Vocabulary,
    Why,
    CountRule,
    Launch,
    Closed,
    Previous,
    Reference,
    Created,
    Rituals,
    Workshop,
}

pub(super) const FIELDS: usize = 13;

impl SetField {
    pub(super) fn index(self) -> usize {
        self as usize
    }

    pub(super) fn same(self, a: &OkrSet, b: &OkrSet) -> bool {
        match self {
            SetField::Name => a.name == b.name,
            SetField::Team => a.team == b.team,
            SetField::Cycle => a.cycle == b.cycle,
            SetField::Vocabulary => a.vocabulary == b.vocabulary,
            SetField::Why => a.why == b.why,
            SetField::CountRule => a.count_rule == b.count_rule,
            SetField::Launch => a.launch == b.launch,
            SetField::Closed => a.closed == b.closed,
            SetField::Previous => a.previous == b.previous,
            SetField::Reference => a.reference == b.reference,
            SetField::Created => a.created == b.created,
            SetField::Rituals => a.rituals == b.rituals,
            SetField::Workshop => a.workshop == b.workshop,
        }
    }

    /// Copies the field into the readers' copy of the set.
    pub(super) fn copy(self, from: &OkrSet, to: &mut OkrSet) {
        match self {
            SetField::Name => to.name.clone_from(&from.name),
            SetField::Team => to.team.clone_from(&from.team),
            SetField::Cycle => to.cycle = from.cycle,
            SetField::Vocabulary => to.vocabulary.clone_from(&from.vocabulary),
            SetField::Why => to.why.clone_from(&from.why),
            SetField::CountRule => to.count_rule = from.count_rule,
            SetField::Launch => to.launch.clone_from(&from.launch),
            SetField::Closed => to.closed = from.closed,
            SetField::Previous => to.previous.clone_from(&from.previous),
            SetField::Reference => to.reference = from.reference,
            SetField::Created => to.created = from.created,
            SetField::Rituals => to.rituals = from.rituals,
            SetField::Workshop => to.workshop.clone_from(&from.workshop),
        }
    }

    pub(super) const ALL: [SetField; FIELDS] = [
        SetField::Name,
        SetField::Team,
        SetField::Cycle,
        SetField::Vocabulary,
        SetField::Why,
        SetField::CountRule,
        SetField::Launch,
        SetField::Closed,
        SetField::Previous,
        SetField::Reference,
        SetField::Created,
        SetField::Rituals,
        SetField::Workshop,
    ];
}

/// What an edit may change, when its caller knows: the store then compares only that
/// (and the logs), so a keystroke costs the same in a 2,500-result set as in a small one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Anything: the whole set is compared.
    Whole,
    /// One of the set's own fields.
    Field(SetField),
    /// One objective's own fields (not its key results, nor the order).
    Objective(Id),
    /// One key result's fields and check-ins.
    KeyResult(Id),
}
