//! The OKR model: a set holds a team's objectives for one cycle, each with its key results.

use super::id::Id;
use super::vocabulary::Vocabulary;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OkrSet {
    pub id: Id,
    pub name: String,
    pub team: String,
    pub cycle: Cycle,
    #[serde(default)]
    pub vocabulary: Vocabulary,
    /// The north of the set, written before any objective.
    pub why: Why,
    /// The team's agreed limits on how much it takes on.
    pub count_rule: CountRule,
    pub objectives: Vec<Objective>,
    /// Set when the team starts the cycle; holds the drafted version for later comparison.
    pub launch: Option<Launch>,
    pub created: DateTime<Utc>,
    pub modified: DateTime<Utc>,
    /// Bumped by every saved edit, so two copies of a set can tell which moved on.
    pub revision: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cycle {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    pub id: Id,
    pub title: String,
    /// Why it matters, in the team's words; optional.
    pub why: String,
    pub key_results: Vec<KeyResult>,
}

/// Why the team writes OKRs at all, and what success looks like in 6 to 12 months.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Why {
    /// At most `words::NARRATIVE_MAX_WORDS` words to be ready; never cut.
    pub narrative: String,
    pub reasons: Vec<Reason>,
    /// The team's own reason, when `Reason::Other` is ticked.
    pub other_reason: String,
}

/// Why a team takes up OKRs, as the method lists the usual answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    AlignTeam,
    MeasureImpact,
    LinkStrategy,
    Other,
}

impl Reason {
    pub const ALL: [Reason; 4] = [Reason::AlignTeam, Reason::MeasureImpact, Reason::LinkStrategy, Reason::Other];
}

/// "Less is more": how many objectives, and key results per objective, the team allows
/// itself. Going past it is allowed, and flagged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountRule {
    pub max_objectives: u32,
    pub max_key_results: u32,
}

impl Default for CountRule {
    fn default() -> Self {
        CountRule { max_objectives: 3, max_key_results: 3 }
    }
}

impl CountRule {
    /// The rules the method names: 3 × 3 (the default) and 2 × 2.
    pub const PRESETS: [CountRule; 2] =
        [CountRule { max_objectives: 3, max_key_results: 3 }, CountRule { max_objectives: 2, max_key_results: 2 }];
    /// Bounds of a custom rule.
    pub const MAX: u32 = 10;
}

/// The start of the cycle: when, and the objectives as drafted then.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Launch {
    pub at: DateTime<Utc>,
    pub reference: Vec<Objective>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyResult {
    pub id: Id,
    pub title: String,
    pub kind: KrKind,
    /// Where the metric stands when the cycle starts; absent while drafting.
    pub baseline: Option<f64>,
    /// Where the team wants it; for "stay above/below", the threshold.
    pub target: Option<f64>,
    pub unit: String,
}

/// How a key result is measured, as the best OKR tools distinguish them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KrKind {
    #[default]
    Increase,
    Decrease,
    StayAbove,
    StayBelow,
    Milestone,
}

impl KrKind {
    pub const ALL: [KrKind; 5] =
        [KrKind::Increase, KrKind::Decrease, KrKind::StayAbove, KrKind::StayBelow, KrKind::Milestone];

    /// Whether the kind reads a baseline ("from → to"); thresholds and milestones do not.
    pub fn has_baseline(self) -> bool {
        matches!(self, KrKind::Increase | KrKind::Decrease)
    }

    /// Whether the kind reads numbers at all.
    pub fn is_numeric(self) -> bool {
        self != KrKind::Milestone
    }

    pub fn key(self) -> &'static str {
        match self {
            KrKind::Increase => "increase",
            KrKind::Decrease => "decrease",
            KrKind::StayAbove => "stay_above",
            KrKind::StayBelow => "stay_below",
            KrKind::Milestone => "milestone",
        }
    }

    pub fn from_key(key: &str) -> Option<KrKind> {
        KrKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

impl OkrSet {
    /// A new empty set; the cycle defaults are the caller's (the shell knows today's date).
    pub fn new(id: Id, name: &str, team: &str, cycle: Cycle, now: DateTime<Utc>) -> OkrSet {
        OkrSet {
            id,
            name: name.trim().to_owned(),
            team: team.trim().to_owned(),
            cycle,
            vocabulary: Vocabulary::default(),
            why: Why::default(),
            count_rule: CountRule::default(),
            objectives: Vec::new(),
            launch: None,
            created: now,
            modified: now,
            revision: 1,
        }
    }

    pub fn key_result_count(&self) -> usize {
        self.objectives.iter().map(|o| o.key_results.len()).sum()
    }

    pub fn objective(&self, id: &Id) -> Option<&Objective> {
        self.objectives.iter().find(|o| &o.id == id)
    }

    pub fn key_result(&self, id: &Id) -> Option<(&Objective, &KeyResult)> {
        self.objectives
            .iter()
            .find_map(|o| o.key_results.iter().find(|k| &k.id == id).map(|k| (o, k)))
    }
}

impl KeyResult {
    pub fn new(id: Id) -> KeyResult {
        KeyResult {
            id,
            title: String::new(),
            kind: KrKind::default(),
            baseline: None,
            target: None,
            unit: String::new(),
        }
    }
}

impl Objective {
    pub fn new(id: Id) -> Objective {
        Objective { id, title: String::new(), why: String::new(), key_results: Vec::new() }
    }
}

impl Cycle {
    /// A quarter-like default: from `start`, three months less a day.
    pub fn quarter_from(start: NaiveDate) -> Cycle {
        let end = start
            .checked_add_months(chrono::Months::new(3))
            .and_then(|d| d.pred_opt())
            .unwrap_or(start);
        Cycle { start, end }
    }
}
