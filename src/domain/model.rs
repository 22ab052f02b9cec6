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
    /// The follow-up meetings held during the cycle, oldest first.
    pub meetings: Vec<Meeting>,
    /// Every change to the plan after launch, with its reason, oldest first.
    pub changes: Vec<Change>,
    /// When the cycle was closed; a closed set is read-only until reopened.
    pub closed: Option<DateTime<Utc>>,
    /// The cycle this one follows, kept by name too in case that set is not in this browser.
    pub previous: Option<PreviousCycle>,
    /// The organisation's (or a department's) set, which teams' objectives contribute to.
    #[serde(default)]
    pub reference: bool,
    /// What each item looked like when this copy was shared (exported or imported): the
    /// fingerprints let a merge of two files tell an edit on one side from edits on both.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub shared: std::collections::BTreeMap<String, Vec<u32>>,
    /// How often the team checks in and meets (`rituals`); absent, the defaults.
    #[serde(
        rename = "rituals",
        default,
        skip_serializing_if = "super::rituals::Rituals::is_unset"
    )]
    pub rituals: super::rituals::Rituals,
    /// The facilitator's kit: agenda, ideas and parking, confidence votes.
    #[serde(
        rename = "workshop",
        default,
        skip_serializing_if = "super::workshop::Workshop::is_empty"
    )]
    pub workshop: super::workshop::Workshop,
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
    /// The end-of-cycle look back.
    pub retro: Retro,
    /// The reference objectives this one contributes to (several are allowed).
    #[serde(default)]
    pub contributes_to: Vec<Contribution>,
}

/// A link to a reference set's objective, by stable ids; the titles are kept so a link to
/// a set that is not in this browser still reads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contribution {
    pub set: Id,
    pub objective: Id,
    pub set_name: String,
    pub objective_title: String,
}

/// What the team says of an objective at the end of the cycle: learning, not a grade.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retro {
    pub happened: String,
    pub learned: String,
    pub differently: String,
}

/// The link from a set to the closed cycle it continues.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PreviousCycle {
    pub id: Id,
    pub name: String,
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
    pub const ALL: [Reason; 4] = [
        Reason::AlignTeam,
        Reason::MeasureImpact,
        Reason::LinkStrategy,
        Reason::Other,
    ];
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
        CountRule {
            max_objectives: 3,
            max_key_results: 3,
        }
    }
}

impl CountRule {
    /// The rules the method names: 3 × 3 (the default) and 2 × 2.
    pub const PRESETS: [CountRule; 2] = [
        CountRule {
            max_objectives: 3,
            max_key_results: 3,
        },
        CountRule {
            max_objectives: 2,
            max_key_results: 2,
        },
    ];
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
    /// Every measure taken during the cycle, by date (oldest first).
    pub check_ins: Vec<CheckIn>,
}

/// One measure of a key result. A milestone reads 1 (done) or 0 (not yet).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckIn {
    pub id: Id,
    pub date: NaiveDate,
    pub value: f64,
    pub confidence: Confidence,
    pub note: String,
}

pub mod milestone;

impl CheckIn {
    /// For a milestone's check-in: whether it says the milestone is reached.
    pub fn is_done(&self) -> bool {
        milestone::reached(self.value)
    }
}

/// How the team feels about reaching the target: said in words, never by colour alone.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    #[default]
    Confident,
    Uncertain,
    Struggling,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [
        Confidence::Confident,
        Confidence::Uncertain,
        Confidence::Struggling,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Confidence::Confident => "confident",
            Confidence::Uncertain => "uncertain",
            Confidence::Struggling => "struggling",
        }
    }

    pub fn from_key(key: &str) -> Option<Confidence> {
        Confidence::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// A follow-up meeting: the team's answers to the product's short questions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub id: Id,
    pub date: NaiveDate,
    pub learned: String,
    /// Objectives the team found no longer relevant as they stand.
    pub to_revisit: Vec<Id>,
    pub adjust: String,
    pub blocking: String,
    /// The key results' figures on the meeting's day, noted when it was saved (see
    /// `meeting_figures`); absent in meetings saved before figures were noted.
    #[serde(rename = "figures", default, skip_serializing_if = "Option::is_none")]
    pub figures: Option<Vec<super::meeting_figures::KrFigure>>,
}

/// One entry of the change log: what changed in the launched plan, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    pub at: DateTime<Utc>,
    /// The title of the objective or key result, as it read when changed.
    pub subject: String,
    pub what: ChangeKind,
    pub old: Option<ChangeValue>,
    pub new: Option<ChangeValue>,
    pub reason: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    ObjectiveAdded,
    ObjectiveRemoved,
    ObjectiveTitle,
    ObjectiveWhy,
    KeyResultAdded,
    KeyResultRemoved,
    KeyResultTitle,
    KeyResultKind,
    Baseline,
    Target,
    Unit,
}

/// A value before or after a change, kept typed so it reads well in either language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeValue {
    Text(String),
    Number(f64),
    Kind(KrKind),
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
    pub const ALL: [KrKind; 5] = [
        KrKind::Increase,
        KrKind::Decrease,
        KrKind::StayAbove,
        KrKind::StayBelow,
        KrKind::Milestone,
    ];

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
            meetings: Vec::new(),
            changes: Vec::new(),
            closed: None,
            previous: None,
            reference: false,
            shared: Default::default(),
            rituals: Default::default(),
            workshop: Default::default(),
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
    /// The latest check-in (by date; the last recorded wins a tie).
    pub fn last_check_in(&self) -> Option<&CheckIn> {
        self.check_ins.iter().max_by_key(|c| c.date)
    }

    pub fn new(id: Id) -> KeyResult {
        KeyResult {
            id,
            title: String::new(),
            kind: KrKind::default(),
            baseline: None,
            target: None,
            unit: String::new(),
            check_ins: Vec::new(),
        }
    }
}

impl Objective {
    pub fn new(id: Id) -> Objective {
        Objective {
            id,
            title: String::new(),
            why: String::new(),
            key_results: Vec::new(),
            retro: Retro::default(),
            contributes_to: Vec::new(),
        }
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
