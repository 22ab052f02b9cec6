//! The history list by day. A history of a few weeks holds hundreds of versions; read as
//! days ("Aujourd’hui · 12 versions"), the newest day open and the others a click away,
//! it stays a list one can scan, and opening it draws one day's rows rather than all.

use chrono::NaiveDate;

/// Up to this many versions every day is open, so a short history reads as one list.
pub const ALL_OPEN_UP_TO: usize = 60;

/// One day of the list: its date and its versions, as positions in the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Day {
    pub date: NaiveDate,
    pub versions: Vec<usize>,
}

/// The list's versions (given by their local dates, newest first) gathered by day, in
/// the order the days first appear. A day appears once (it is the list's key), even if
/// a clock set back wrote one of its versions among another day's.
pub fn by_day(dates: impl IntoIterator<Item = NaiveDate>) -> Vec<Day> {
    let mut days: Vec<Day> = Vec::new();
    for (i, date) in dates.into_iter().enumerate() {
        match days.iter_mut().rev().find(|d| d.date == date) {
            Some(day) => day.versions.push(i),
            None => days.push(Day {
                date,
                versions: vec![i],
            }),
        }
    }
    days
}

/// Whether the `index`th day is open when the list is first drawn: the newest always,
/// every day of a short history (`ALL_OPEN_UP_TO`).
pub fn open_at_first(index: usize, versions: usize) -> bool {
    index == 0 || versions <= ALL_OPEN_UP_TO
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
    }

    #[test]
    fn versions_of_a_day_are_one_entry() {
        let days = by_day([d(30), d(30), d(29), d(27), d(27), d(27)]);
        let day = |date, versions: &[usize]| Day {
            date,
            versions: versions.to_vec(),
        };
        assert_eq!(
            days,
            vec![
                day(d(30), &[0, 1]),
                day(d(29), &[2]),
                day(d(27), &[3, 4, 5])
            ]
        );
        assert!(by_day([]).is_empty());
        // A clock set back: the day is still one entry.
        let days = by_day([d(30), d(29), d(30)]);
        assert_eq!(days, vec![day(d(30), &[0, 2]), day(d(29), &[1])]);
    }

    #[test]
    fn the_newest_day_is_open_and_a_short_history_all_open() {
        assert!(open_at_first(0, 500));
        assert!(!open_at_first(1, ALL_OPEN_UP_TO + 1));
        assert!(open_at_first(4, ALL_OPEN_UP_TO));
    }

    proptest! {
        /// Every version is in exactly one day, once, in the list's order; a day holds
        /// only its date and appears once, whatever order the dates come in.
        #[test]
        fn the_days_cover_the_list_once(days_ago in prop::collection::vec(0u32..6, 0..80)) {
            let dates: Vec<NaiveDate> = days_ago.iter().map(|a| d(28 - a)).collect();
            let days = by_day(dates.iter().copied());
            let mut seen: Vec<usize> = days.iter().flat_map(|g| g.versions.iter().copied()).collect();
            for group in &days {
                prop_assert!(!group.versions.is_empty());
                prop_assert!(group.versions.windows(2).all(|w| w[0] < w[1]));
                prop_assert!(group.versions.iter().all(|&i| dates[i] == group.date));
                prop_assert_eq!(days.iter().filter(|g| g.date == group.date).count(), 1);
            }
            seen.sort_unstable();
            prop_assert_eq!(seen, (0..dates.len()).collect::<Vec<_>>());
        }
    }
}
