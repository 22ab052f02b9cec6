//! A stable sort for the app's short, nearly sorted lists (check-ins, meetings, the change
//! log, the home cards). The standard library's sort is faster on large random input but
//! costs about 3 KB of wasm for every type and key it sorts by; this one costs a few hundred
//! bytes, and on input that is already sorted it does one comparison per item.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        if compare(&items[i - 1], &items[i]) != Ordering::Greater {
            continue;
        }
        // After every earlier item that is not greater, so equal items keep their order.
        let at = items[..i].partition_point(|x| compare(x, &items[i]) != Ordering::Greater);
        items[at..=i].rotate_right(1);
    }
}

/// Sorts `items` by the key `key` gives, keeping equal items in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_like_the_standard_stable_sort(items in proptest::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            let mut std = items;
            std.sort_by_key(|&(k, _)| k);
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn descending_order_by_a_comparator() {
        let mut items = vec![3, 1, 4, 1, 5, 9, 2, 6];
        sort_by(&mut items, |a, b| b.cmp(a));
        assert_eq!(items, [9, 6, 5, 4, 3, 2, 1, 1]);
    }
}
