//! The guided path a pilot team follows: why → draft → launch. Each step knows what is
//! missing before it is ready; the team may still move freely between steps.

use super::coaching::{Finding, Severity};
use super::model::{OkrSet, Reason};
use super::visible::is_blank;
use super::words::{count_words, NARRATIVE_MAX_WORDS};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Why,
    Draft,
    Launch,
    /// The steps of a launched set: following it up, reviewing it, closing it.
    CheckIn,
    Meeting,
    Retro,
}

impl Step {
    pub const ALL: [Step; 6] = [
        Step::Why,
        Step::Draft,
        Step::Launch,
        Step::CheckIn,
        Step::Meeting,
        Step::Retro,
    ];

    /// The steps a set offers: the follow-up ones once it is launched.
    pub fn offered(set: &OkrSet) -> &'static [Step] {
        if set.launch.is_some() {
            &Step::ALL
        } else {
            &Step::ALL[..3]
        }
    }

    /// Where a set opens: a draft on the draft (which points to the why while the why is
    /// missing), a launched set on its check-ins, a closed one on its retrospective.
    pub fn opens_on(set: &OkrSet) -> Step {
        match (set.launch.is_some(), set.is_closed()) {
            (_, true) => Step::Retro,
            (true, false) => Step::CheckIn,
            (false, false) => Step::Draft,
        }
    }
}

/// What keeps the why step from being ready.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WhyGap {
    NarrativeMissing,
    NarrativeTooLong { words: usize },
    ReasonMissing,
}

pub fn why_gaps(set: &OkrSet) -> Vec<WhyGap> {
    let mut gaps = Vec::new();
    let words = count_words(&set.why.narrative);
    if words == 0 {
        gaps.push(WhyGap::NarrativeMissing);
    } else if words > NARRATIVE_MAX_WORDS {
        gaps.push(WhyGap::NarrativeTooLong { words });
    }
    let other_only_blank = set.why.reasons == [Reason::Other] && is_blank(&set.why.other_reason);
    if set.why.reasons.is_empty() || other_only_blank {
        gaps.push(WhyGap::ReasonMissing);
    }
    gaps
}

/// The draft is ready when it has objectives and no coaching warning is left. Advice
/// does not hold it back.
pub fn draft_ready(set: &OkrSet, findings: &[Finding]) -> bool {
    !set.objectives.is_empty()
        && findings
            .iter()
            .all(|f| f.rule.severity() != Severity::Warning)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::coaching::review;
    use crate::domain::id::Id;
    use crate::domain::language::Lang;
    use crate::domain::model::{Cycle, KeyResult, KrKind, Objective};
    use chrono::{NaiveDate, TimeZone, Utc};

    fn set() -> OkrSet {
        let start = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        OkrSet::new(
            Id::new("s"),
            "Pilote",
            "",
            Cycle::quarter_from(start),
            Utc.timestamp_opt(0, 0).unwrap(),
        )
    }

    #[test]
    fn the_why_is_ready_with_a_story_of_at_most_300_words_and_a_reason() {
        let mut s = set();
        assert_eq!(
            why_gaps(&s),
            vec![WhyGap::NarrativeMissing, WhyGap::ReasonMissing]
        );
        s.why.narrative = "mot ".repeat(300);
        s.why.reasons = vec![Reason::AlignTeam];
        assert_eq!(why_gaps(&s), vec![]);
        s.why.narrative.push_str("encore");
        assert_eq!(why_gaps(&s), vec![WhyGap::NarrativeTooLong { words: 301 }]);
        s.why.narrative = "— 🎯 !".into();
        assert_eq!(why_gaps(&s), vec![WhyGap::NarrativeMissing]);
        s.why.narrative = "Un récit.".into();
        s.why.reasons = vec![Reason::Other];
        assert_eq!(why_gaps(&s), vec![WhyGap::ReasonMissing]);
        s.why.other_reason = "Convaincre le comité".into();
        assert_eq!(why_gaps(&s), vec![]);
    }

    #[test]
    fn the_draft_is_ready_with_objectives_and_no_warning() {
        let mut s = set();
        assert!(!draft_ready(&s, &review(&s, Lang::Fr)));
        let mut objective = Objective::new(Id::new("o"));
        objective.title = "Des usagers mieux servis".into();
        s.objectives.push(objective);
        assert!(
            !draft_ready(&s, &review(&s, Lang::Fr)),
            "an objective without key result is a warning"
        );
        let mut kr = KeyResult::new(Id::new("k"));
        kr.title = "Délai de réponse".into();
        kr.kind = KrKind::Decrease;
        kr.baseline = Some(48.0);
        kr.target = Some(24.0);
        s.objectives[0].key_results.push(kr);
        assert!(
            draft_ready(&s, &review(&s, Lang::Fr)),
            "missing unit is only advice"
        );
    }
}
