//! Keeping history within its share of the browser's storage. Versions share the quota
//! with the sets, so history gets a budget (a fifth of it); past it, or when a save of a
//! set meets a full quota, the oldest versions go first, whichever set they belong to.
//! The way back from an import or a merge (the versions kept before them) is never let go
//! silently in its first 30 days: the budget never takes it, and a full quota takes it
//! only last, and says so.

use super::History;
use crate::domain::summary::utf16_len;
use chrono::{DateTime, Duration, Utc};

/// What browsers give an origin's localStorage, in UTF-16 code units (5 MiB).
pub const QUOTA: usize = 5 * 1024 * 1024;
/// History's share of it: a fifth.
pub const BUDGET: usize = QUOTA / 5;
/// How long a version kept before an import or a merge is kept whatever the budget.
pub const GUARD_DAYS: i64 = 30;

/// What a pruning let go.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pruned {
    pub versions: usize,
    /// Of which versions kept before an import or a merge, less than 30 days old: the
    /// user is told.
    pub guarded: usize,
}

impl Pruned {
    pub fn add(&mut self, other: Pruned) {
        self.versions += other.versions;
        self.guarded += other.guarded;
    }
}

/// Whether a version is the way back from a recent import or merge.
pub fn guarded(version: &super::Version, now: DateTime<Utc>) -> bool {
    version.reason.guards_a_file() && now - version.at < Duration::days(GUARD_DAYS)
}

/// The stored size of a history, as the quota counts it.
pub fn stored_size(history: &History) -> usize {
    utf16_len(&history.to_json())
}

/// Lets go of the oldest versions (never a guarded one) until the histories together fit
/// in `budget`. Which histories changed is returned beside what went.
pub fn within(histories: &mut [History], budget: usize, now: DateTime<Utc>) -> (Pruned, Vec<bool>) {
    prune(histories, now, false, |total, _| {
        total.saturating_sub(budget)
    })
}

/// Frees at least `chars` when storage is full: the oldest versions first. For a save of
/// the set (`take_guarded`), guarded ones go too once no other is left, and the caller
/// says so; for keeping another version, never.
pub fn free(
    histories: &mut [History],
    chars: usize,
    now: DateTime<Utc>,
    take_guarded: bool,
) -> (Pruned, Vec<bool>) {
    prune(histories, now, take_guarded, |_, freed| {
        chars.saturating_sub(freed)
    })
}

/// `missing(total, freed)` says how many units are still to free; 0 ends it. Versions go
/// in batches sized from the average version, so a large history is measured a few
/// times, not once per version.
fn prune(
    histories: &mut [History],
    now: DateTime<Utc>,
    take_guarded: bool,
    missing: impl Fn(usize, usize) -> usize,
) -> (Pruned, Vec<bool>) {
    let mut sizes: Vec<usize> = histories.iter().map(stored_size).collect();
    let start: usize = sizes.iter().sum();
    let mut changed = vec![false; histories.len()];
    let mut pruned = Pruned::default();
    loop {
        let total: usize = sizes.iter().sum();
        let deficit = missing(total, start.saturating_sub(total));
        if deficit == 0 {
            break;
        }
        // Every version that may go, oldest first: unguarded ones, then (if allowed)
        // guarded ones.
        let mut candidates: Vec<(bool, DateTime<Utc>, usize, u32)> = histories
            .iter()
            .enumerate()
            .flat_map(|(h, history)| history.versions.iter().map(move |v| (h, v)))
            .map(|(h, v)| (guarded(v, now), v.at, h, v.n))
            .filter(|(g, ..)| take_guarded || !g)
            .collect();
        if candidates.is_empty() {
            break;
        }
        crate::domain::order::sort_by_key(&mut candidates, |(g, at, ..)| (*g, *at));
        let count: usize = histories.iter().map(|h| h.versions.len()).sum();
        let average = (total / count.max(1)).max(1);
        // Half the estimate: items shared with the versions that stay free nothing.
        let batch = (deficit / average / 2).clamp(1, candidates.len());
        let mut touched = vec![false; histories.len()];
        for (was_guarded, _, h, n) in candidates.into_iter().take(batch) {
            histories[h].remove(n);
            touched[h] = true;
            changed[h] = true;
            pruned.versions += 1;
            pruned.guarded += usize::from(was_guarded);
        }
        for (h, size) in sizes.iter_mut().enumerate() {
            if touched[h] {
                *size = stored_size(&histories[h]);
            }
        }
    }
    (pruned, changed)
}
