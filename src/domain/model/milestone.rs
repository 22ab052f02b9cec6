//! The one reading of a milestone's value, for every layer (progress, labels, forms): a
//! check-in saves 1 when the milestone is reached and 0 when not yet; from 0.5 it counts
//! as reached.

pub const REACHED: f64 = 1.0;
pub const NOT_YET: f64 = 0.0;

pub fn reached(value: f64) -> bool {
    value >= 0.5
}

/// What a check-in saves for a milestone ticked (or not).
pub fn value(reached: bool) -> f64 {
    if reached {
        REACHED
    } else {
        NOT_YET
    }
}
