//! Exact comparisons of counts with targets.
//!
//! A count crosses the ABI as a double, which holds every whole number up to 2^53
//! exactly (the host refuses larger counts), and a percentage target has at most two
//! decimals. So "part / total ≥ min %" is decided on whole numbers, as
//! part × 10 000 ≥ min × 100 × total in 128 bits: a share exactly at its target passes
//! and the smallest step below fails, for any total, where `part * 100.0 >= min * total`
//! on doubles could round either way once the products pass 2^53.

/// A share of a population against a percentage minimum, decided exactly.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Share {
    /// part × 100 ≥ min × total, exactly.
    pub met: bool,
    /// The share in percent to two decimals, for display: rounded half up, except that a
    /// share just below its minimum is cut (69.999 % shows as 69.99 %, never as the
    /// 70 % it does not reach).
    pub shown: f64,
}

/// The largest count compared exactly (the ABI's).
pub const MAX_EXACT: f64 = crate::abi::MAX_EXACT_COUNT as f64;

/// `x` as a whole number, when it is one within 0..=2^53.
pub fn whole(x: f64) -> Option<u64> {
    ((0.0..=MAX_EXACT).contains(&x) && (x as u64) as f64 == x).then_some(x as u64)
}

/// A percentage target in hundredths of a percent, when it has at most two decimals.
pub fn hundredths(min: f64) -> Option<u64> {
    if !(0.0..=1e15).contains(&min) {
        return None;
    }
    let h = (min * 100.0 + 0.5) as u64;
    (h as f64 / 100.0 == min).then_some(h)
}

/// `part / total` against `min` percent; `None` when a figure is not a whole number
/// within 0..=2^53, `total` is 0, or `min` has more than two decimals: nothing a
/// criterion may decide on.
pub fn share(part: f64, total: f64, min: f64) -> Option<Share> {
    let (p, t, h) = (whole(part)?, whole(total)?, hundredths(min)?);
    if t == 0 {
        return None;
    }
    // In 64 bits when the products fit (any real population), else in 128: the same
    // arithmetic, but 128-bit arithmetic is a library call in the sandbox.
    let (met, shown) = match (p.checked_mul(10_000), h.checked_mul(t)) {
        (Some(scaled), Some(_)) => {
            let (met, shown) = hundredths_shown(scaled, h, t);
            (met, shown as f64)
        }
        _ => {
            let (met, shown) =
                hundredths_shown(u128::from(p) * 10_000, u128::from(h), u128::from(t));
            (met, shown as f64)
        }
    };
    Some(Share {
        met,
        shown: shown / 100.0,
    })
}

/// Whether `scaled` (part × 10 000) reaches `min` (in hundredths) × `total`, and the
/// share to show in hundredths of a percent: `scaled / total` rounded half up, or cut
/// when rounding would show a share below its minimum as reaching it.
fn hundredths_shown<N>(scaled: N, min: N, total: N) -> (bool, N)
where
    N: Copy
        + PartialOrd
        + core::ops::Div<Output = N>
        + core::ops::Rem<Output = N>
        + core::ops::Add<Output = N>
        + core::ops::Mul<Output = N>
        + From<u8>,
{
    let met = scaled >= min * total;
    let (floor, rem) = (scaled / total, scaled % total);
    let rounded = if N::from(2) * rem >= total {
        floor + N::from(1)
    } else {
        floor
    };
    (
        met,
        if !met && rounded >= min {
            floor
        } else {
            rounded
        },
    )
}

/// A count against a whole-number minimum, decided exactly; `None` as for [`share`].
pub fn count_at_least(n: f64, min: f64) -> Option<bool> {
    Some(whole(n)? >= whole(min)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exactly_at_the_target_passes_and_one_below_fails() {
        for total in [1u64, 3, 7, 100, 103, 9_999_991, 10_000_000, 1 << 53] {
            for min in [10.0, 33.33, 45.0, 62.5, 70.0, 100.0] {
                let h = u128::from(hundredths(min).unwrap());
                // The smallest part that meets the minimum: ceil(h × total / 10 000).
                let need = (h * total as u128).div_ceil(10_000) as u64;
                let s = share(need as f64, total as f64, min).unwrap();
                assert!(s.met, "{need}/{total} ≥ {min}");
                assert!(s.shown >= min, "{need}/{total}: shown {} < {min}", s.shown);
                if need > 0 {
                    let s = share((need - 1) as f64, total as f64, min).unwrap();
                    assert!(!s.met, "{}/{total} < {min}", need - 1);
                    assert!(
                        s.shown < min,
                        "{}/{total}: shown {} ≥ {min}",
                        need - 1,
                        s.shown
                    );
                }
            }
        }
    }

    /// Every total from 1 to 10^5, and one in 997 up to 10^7, for every target value
    /// the shipped sets use (and two with decimals): the smallest passing part passes,
    /// one less fails, and neither is shown on the wrong side of the target.
    #[test]
    fn every_total_up_to_ten_million() {
        let targets = [
            10.0, 20.0, 30.0, 40.0, 45.0, 50.0, 55.0, 60.0, 65.0, 70.0, 75.0, 80.0, 85.0, 90.0,
            95.0, 100.0, 33.33, 62.5,
        ];
        let totals = (1..=100_000u64).chain((100_000..=10_000_000).step_by(997));
        for total in totals {
            for min in targets {
                let h = u128::from(hundredths(min).unwrap());
                let need = (h * u128::from(total)).div_ceil(10_000) as u64;
                let at = share(need as f64, total as f64, min).unwrap();
                assert!(at.met && at.shown >= min, "{need}/{total} vs {min}: {at:?}");
                if need > 0 {
                    let below = share((need - 1) as f64, total as f64, min).unwrap();
                    assert!(
                        !below.met && below.shown < min,
                        "{}/{total} vs {min}: {below:?}",
                        need - 1
                    );
                }
            }
        }
    }

    #[test]
    fn doubles_would_have_rounded_here() {
        // 70 % of 2^53 minus one unit: on doubles both sides round to the same value.
        let total = (1u64 << 53) as f64;
        let part = 6_305_039_478_318_694.0; // floor(0.7 × 2^53) = 6305039478318694.4 → below
        assert!(part * 100.0 >= 70.0 * total, "doubles say met");
        assert!(!share(part, total, 70.0).unwrap().met, "exactly: not met");
    }

    #[test]
    fn what_cannot_be_decided_exactly_is_refused() {
        assert_eq!(share(1.5, 3.0, 50.0), None);
        assert_eq!(share(1.0, MAX_EXACT * 2.0, 50.0), None);
        assert_eq!(share(1.0, 0.0, 50.0), None);
        assert_eq!(share(1.0, 2.0, 33.333), None);
        assert_eq!(share(-1.0, 2.0, 50.0), None);
        assert_eq!(count_at_least(3.0, 1.0), Some(true));
        assert_eq!(count_at_least(0.0, 1.0), Some(false));
        assert_eq!(count_at_least(0.5, 1.0), None);
    }
}
