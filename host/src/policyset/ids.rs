//! Criterion ids as the source tables order them.

use std::cmp::Ordering;

/// Orders criterion ids as the source tables do: "1.2" < "1.10", "I.1" < "II.1" < "IV.1".
pub fn id_order(a: &str, b: &str) -> Ordering {
    let mut xs = a.split('.');
    let mut ys = b.split('.');
    loop {
        match (xs.next(), ys.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => {
                let o = match (x.parse::<u64>(), y.parse::<u64>()) {
                    (Ok(x), Ok(y)) => x.cmp(&y),
                    _ => roman(x).cmp(&roman(y)).then_with(|| x.cmp(y)),
                };
                if o != Ordering::Equal {
                    return o;
                }
            }
        }
    }
}

fn roman(s: &str) -> u32 {
    let value = |c| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        _ => 0,
    };
    let digits: Vec<u32> = s.chars().map(value).collect();
    if digits.contains(&0) {
        return u32::MAX;
    }
    let mut total = 0;
    for (i, d) in digits.iter().enumerate() {
        if digits.get(i + 1).is_some_and(|next| next > d) {
            total -= *d as i64;
        } else {
            total += *d as i64;
        }
    }
    u32::try_from(total).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::id_order;
    use std::cmp::Ordering::*;

    #[test]
    fn ids_sort_like_the_source_tables() {
        assert_eq!(id_order("1.2", "1.10"), Less);
        assert_eq!(id_order("4.8", "1.11"), Greater);
        assert_eq!(id_order("I.24", "II.1"), Less);
        assert_eq!(id_order("III.9", "IV.1"), Less);
        assert_eq!(id_order("IV.4", "V.1"), Less);
        assert_eq!(id_order("II.22", "II.3"), Greater);
    }
}
