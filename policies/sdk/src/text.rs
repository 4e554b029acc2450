//! Building reason texts without `core::fmt`: `core::fmt`'s float formatting alone
//! would be most of a module's size. Numbers are rendered with at most two decimals,
//! trailing zeros trimmed, the way the source tables write them ("75%", "62,5%" is
//! rendered "62.5").

use alloc::string::String;

/// A small string builder: `Text::new().s("đạt ").num(75.0).s(" %").done()`.
#[derive(Default)]
pub struct Text(String);

impl Text {
    pub fn new() -> Self {
        Text(String::new())
    }

    /// Appends a string.
    pub fn s(mut self, s: &str) -> Self {
        self.0.push_str(s);
        self
    }

    /// Appends an integer.
    pub fn int(mut self, n: i64) -> Self {
        push_int(&mut self.0, n);
        self
    }

    /// Appends a number with at most two decimals.
    pub fn num(mut self, n: f64) -> Self {
        push_num(&mut self.0, n);
        self
    }

    pub fn done(self) -> String {
        self.0
    }
}

fn push_int(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 20];
    let mut v = n.unsigned_abs();
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    for &d in &digits[i..] {
        out.push(char::from(d));
    }
}

/// Renders `n` rounded half away from zero to two decimals, without trailing zeros.
pub fn push_num(out: &mut String, n: f64) {
    if !n.is_finite() {
        out.push_str(if n.is_nan() {
            "NaN"
        } else if n > 0.0 {
            "inf"
        } else {
            "-inf"
        });
        return;
    }
    let negative = n < 0.0;
    let hundredths = (n.abs() * 100.0 + 0.5) as u64;
    if negative && hundredths > 0 {
        out.push('-');
    }
    push_int(out, (hundredths / 100) as i64);
    let frac = hundredths % 100;
    if frac != 0 {
        out.push('.');
        out.push(char::from(b'0' + (frac / 10) as u8));
        if !frac.is_multiple_of(10) {
            out.push(char::from(b'0' + (frac % 10) as u8));
        }
    }
}

/// Rounds to two decimals (half away from zero), the precision measured shares are
/// reported with. Comparisons against targets use the exact values, never this.
pub fn round2(n: f64) -> f64 {
    if !n.is_finite() {
        return n;
    }
    let hundredths = (n.abs() * 100.0 + 0.5) as u64 as f64 / 100.0;
    if n < 0.0 { -hundredths } else { hundredths }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(n: f64) -> String {
        Text::new().num(n).done()
    }

    #[test]
    fn numbers_render_like_the_tables() {
        assert_eq!(num(75.0), "75");
        assert_eq!(num(62.5), "62.5");
        assert_eq!(num(66.666), "66.67");
        assert_eq!(num(0.0), "0");
        assert_eq!(num(-1.25), "-1.25");
        assert_eq!(num(100.0), "100");
        assert_eq!(num(0.004), "0");
        assert_eq!(Text::new().int(-2024).int(0).done(), "-20240");
    }

    #[test]
    fn round2_rounds_half_away_from_zero() {
        assert_eq!(round2(66.666), 66.67);
        assert_eq!(round2(12.345), 12.35);
        assert_eq!(round2(-0.5), -0.5);
    }
}
