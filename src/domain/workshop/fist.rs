//! The confidence vote (fist of five): for each key result, the room shows 0 to 5 fingers
//! and the facilitator enters how many showed each. Counts only, never names. The average
//! reads as a confidence from 0 to 1 (fingers / 5), judged with the method's thresholds:
//! above 0.9 the target is too safe, 0.4 to 0.75 is the stretch it should be, below 0.25
//! it borders on fantasy.

use super::{Workshop, MAX_FIST_VOTES, MAX_VOTES};
use crate::domain::id::Id;
use crate::domain::model::OkrSet;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FistVote {
    #[serde(rename = "key_result")]
    pub key_result: Id,
    /// How many people showed 0, 1, … 5 fingers.
    #[serde(rename = "counts")]
    pub counts: [u32; 6],
}

/// What an average confidence says of a target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    /// Above 0.9: the room is sure; the target asks too little.
    TooSafe,
    /// Above 0.75 up to 0.9: within reach; it could stretch more.
    Comfortable,
    /// 0.4 to 0.75: ambitious and believed, the sweet spot.
    Stretch,
    /// 0.25 up to 0.4: a long shot; say what would make it reachable.
    LongShot,
    /// Below 0.25: the room does not believe it.
    Fantasy,
}

pub fn band(confidence: f64) -> Band {
    if confidence > 0.9 {
        Band::TooSafe
    } else if confidence > 0.75 {
        Band::Comfortable
    } else if confidence >= 0.4 {
        Band::Stretch
    } else if confidence >= 0.25 {
        Band::LongShot
    } else {
        Band::Fantasy
    }
}

pub fn voters(counts: &[u32; 6]) -> u32 {
    counts.iter().sum()
}

/// Average fingers / 5, when anyone voted.
pub fn confidence(counts: &[u32; 6]) -> Option<f64> {
    let n = voters(counts);
    if n == 0 {
        return None;
    }
    let fingers: u64 = counts
        .iter()
        .enumerate()
        .map(|(f, &c)| f as u64 * u64::from(c))
        .sum();
    Some(fingers as f64 / (5.0 * f64::from(n)))
}

/// The fewest and the most fingers shown.
pub fn spread(counts: &[u32; 6]) -> Option<(usize, usize)> {
    let low = counts.iter().position(|&c| c > 0)?;
    let high = counts.iter().rposition(|&c| c > 0)?;
    Some((low, high))
}

/// The room is divided when some showed 0–1 fingers and others 4–5: worth a word before
/// the average is taken as the room's view.
pub fn divided(counts: &[u32; 6]) -> bool {
    spread(counts).is_some_and(|(low, high)| low <= 1 && high >= 4)
}

pub fn vote_of<'a>(workshop: &'a Workshop, key_result: &Id) -> Option<&'a FistVote> {
    workshop
        .confidence
        .iter()
        .find(|v| &v.key_result == key_result)
}

/// Changes how many showed `fingers` (0–5) for a key result by `delta`: never below zero,
/// never past the bound. Votes on key results the set no longer has are dropped first,
/// so the list stays within the file's limits.
pub fn adjust(set: &mut OkrSet, key_result: &Id, fingers: usize, delta: i32) -> Option<u32> {
    if fingers > 5 || set.key_result(key_result).is_none() {
        return None;
    }
    let live: Vec<Id> = set
        .objectives
        .iter()
        .flat_map(|o| o.key_results.iter().map(|k| k.id.clone()))
        .collect();
    let votes = &mut set.workshop.confidence;
    votes.retain(|v| live.contains(&v.key_result));
    let at = match votes.iter().position(|v| &v.key_result == key_result) {
        Some(at) => at,
        None if votes.len() < MAX_FIST_VOTES => {
            votes.push(FistVote {
                key_result: key_result.clone(),
                counts: [0; 6],
            });
            votes.len() - 1
        }
        None => return None,
    };
    let count = &mut votes[at].counts[fingers];
    *count = (i64::from(*count) + i64::from(delta)).clamp(0, i64::from(MAX_VOTES)) as u32;
    let now = *count;
    if voters(&votes[at].counts) == 0 {
        votes.remove(at);
    }
    Some(now)
}

/// Forgets a key result's vote (to vote again).
pub fn clear(workshop: &mut Workshop, key_result: &Id) {
    workshop.confidence.retain(|v| &v.key_result != key_result);
}

/// The set's average confidence over the key results the room voted on.
pub fn set_confidence(set: &OkrSet) -> Option<f64> {
    let all: Vec<f64> = set
        .objectives
        .iter()
        .flat_map(|o| &o.key_results)
        .filter_map(|k| vote_of(&set.workshop, &k.id).and_then(|v| confidence(&v.counts)))
        .collect();
    (!all.is_empty()).then(|| all.iter().sum::<f64>() / all.len() as f64)
}

/// Sets how many showed `fingers` for a key result, as a count field gives it.
pub fn set_count(set: &mut OkrSet, key_result: &Id, fingers: usize, count: u32) -> Option<u32> {
    let now = vote_of(&set.workshop, key_result)
        .map_or(0, |v| v.counts.get(fingers).copied().unwrap_or(0));
    let delta = (i64::from(count.min(MAX_VOTES)) - i64::from(now)) as i32;
    adjust(set, key_result, fingers, delta)
}
