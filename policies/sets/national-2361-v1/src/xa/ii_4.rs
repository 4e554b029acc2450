//! xa.II.4: Doanh nghiệp, hợp tác xã ứng dụng công nghệ số trong quản lý, sản xuất, kinh doanh
//! (enterprises and cooperatives applying digital technology in management, production and
//! business).
//!
//! Source: 2361/QĐ-BTTTT ngày 31/12/2024, Phụ lục I (cấp xã), row II.4. Unit: "Doanh nghiệp, hợp
//! tác xã" (a count in disguise). Targets: level 1 "Không áp dụng", level 2 "Không áp dụng", level
//! 3 "Có 1 doanh nghiệp, hợp tác xã", level 4 "Có 2 doanh nghiệp, hợp tác xã", level 5 "Có 3 doanh
//! nghiệp, hợp tác xã trở lên hoặc 100% doanh nghiệp, hợp tác xã trên địa bàn".
//! Method / data source: Doanh nghiệp, hợp tác xã có ứng dụng công nghệ số trong quản lý, sản xuất,
//! kinh doanh.
//! Legal basis: Công văn số 3445/BNN- VPĐP ngày 29/5/2023 của Bộ Nông nghiệp và Phát triển nông
//! thôn.
//! Check: ≥ 1 (level 3), ≥ 2 (level 4), ≥ 3 or 100% of `enterprises_and_cooperatives.total` (level
//! 5), branching on the target text.
//! Notes: see `notes` below (judgement calls, citing the source rows).
use dtcheck_sdk::Measured;
use dtcheck_sdk::prelude::*;
use dtcheck_sdk::text::Text;

const TOTAL: &str = "enterprises_and_cooperatives.total";
const APPLYING: &str = "enterprises_and_cooperatives.digital_tech";
const ONE: &str = "Có 1 doanh nghiệp, hợp tác xã";
const TWO: &str = "Có 2 doanh nghiệp, hợp tác xã";
const THREE_OR_ALL: &str =
    "Có 3 doanh nghiệp, hợp tác xã trở lên hoặc 100% doanh nghiệp, hợp tác xã trên địa bàn";

pub const CRITERION: Criterion = Criterion {
    id: "xa.II.4",
    group: super::KINH_TE_SO,
    name: "Doanh nghiệp, hợp tác xã ứng dụng công nghệ số trong quản lý, sản xuất, kinh doanh",
    unit: "Doanh nghiệp, hợp tác xã",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text(ONE),
        Target::Text(TWO),
        Target::Text(THREE_OR_ALL),
    ]),
    agency: "",
    legal_basis: "Công văn số 3445/BNN- VPĐP ngày 29/5/2023 của Bộ Nông nghiệp và Phát triển nông thôn.",
    source: crate::source_xa!("II.4"),
    data_source: "Doanh nghiệp, hợp tác xã có ứng dụng công nghệ số trong quản lý, sản xuất, kinh doanh.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &[TOTAL, APPLYING],
    notes: &[
        "2361 Phụ lục I row II.4: the text targets are counts in disguise and the check branches on the target text: \"Có 1 doanh nghiệp, hợp tác xã\" (level 3) is `enterprises_and_cooperatives.digital_tech` ≥ 1, \"Có 2 doanh nghiệp, hợp tác xã\" (level 4) is ≥ 2, \"Có 3 doanh nghiệp, hợp tác xã trở lên hoặc 100% doanh nghiệp, hợp tác xã trên địa bàn\" (level 5) is ≥ 3 or all of `enterprises_and_cooperatives.total` (key of district row III.2) when there is at least one.",
        "2361 Phụ lục I row II.4: the \"100%\" alternative is written only at level 5, so a commune whose single enterprise or cooperative applies digital technology meets levels 3 and 5 but not level 4 (it needs 2) and, levels being cumulative, can reach neither 4 nor 5; a commune with none fails every level (100% of none is not read as met). Flaws of the source, transcribed as written.",
    ],
    check,
};

/// "Có 1 / Có 2 / Có 3 … trở lên hoặc 100% …": a minimum number of enterprises and
/// cooperatives applying digital technology, read from the target text of the level; at
/// level 5 all of them (when there is at least one) also meets it.
fn check(cx: &Cx<'_>) -> Result<Eval, Missing> {
    let [total, applying] = cx.numbers([TOTAL, APPLYING])?;
    if total < 0.0 || applying < 0.0 || applying > total {
        let why = Text::new()
            .s("inconsistent data: a count is negative or exceeds its total (`")
            .s(APPLYING)
            .s("` = ")
            .num(applying)
            .s(", `")
            .s(TOTAL)
            .s("` = ")
            .num(total)
            .s(")")
            .done();
        return Ok(Eval::new(Verdict::Error, Measured::None, why));
    }
    let (min, or_all) = match cx.target() {
        Target::Text(ONE) => (1.0, false),
        Target::Text(TWO) => (2.0, false),
        Target::Text(THREE_OR_ALL) => (3.0, true),
        _ => {
            let why = Text::new()
                .s("criterion bug: no rule for this target")
                .done();
            return Ok(Eval::new(Verdict::Error, Measured::None, why));
        }
    };
    let enough = applying >= min;
    let all = or_all && total > 0.0 && applying == total;
    let met = enough || all;
    let mut why = Text::new()
        .s(if met { "met: `" } else { "not met: `" })
        .s(APPLYING)
        .s("` = ")
        .num(applying)
        .s(if enough { " ≥ " } else { " < " })
        .num(min);
    if or_all {
        why = why
            .s(if all {
                "; 100 % of `"
            } else {
                "; not 100 % of `"
            })
            .s(TOTAL)
            .s("` = ")
            .num(total);
        if total == 0.0 {
            why = why.s(" (no enterprise or cooperative: 100 % of none does not count)");
        }
    }
    Ok(Eval::new(
        if met { Verdict::Pass } else { Verdict::Fail },
        Measured::Number(applying),
        why.done(),
    ))
}

#[cfg(test)]
mod tests {
    use super::{CRITERION, ONE, THREE_OR_ALL, TWO};
    use crate::xa::test_support::eval_counts;
    use dtcheck_sdk::abi::GuestOutcome::{self, *};
    use dtcheck_sdk::testing::{assert_star_years_not_assessed, assert_targets};

    fn at(level: u8, total: f64, applying: f64) -> GuestOutcome {
        eval_counts(&CRITERION, level, &[Some(total), Some(applying)]).outcome
    }

    #[test]
    fn targets_as_written() {
        assert_targets(&CRITERION, &["*", "*", ONE, TWO, THREE_OR_ALL]);
        assert_star_years_not_assessed(&CRITERION);
    }

    #[test]
    fn counts_follow_the_level() {
        assert_eq!(at(3, 10.0, 1.0), Pass);
        assert_eq!(at(3, 10.0, 0.0), Fail);
        assert_eq!(at(4, 10.0, 2.0), Pass);
        assert_eq!(at(4, 10.0, 1.0), Fail);
        assert_eq!(at(5, 10.0, 3.0), Pass);
        assert_eq!(at(5, 10.0, 2.0), Fail);
    }

    #[test]
    fn all_of_them_counts_at_level_5_only() {
        assert_eq!(at(5, 2.0, 2.0), Pass);
        assert_eq!(at(5, 1.0, 1.0), Pass);
        assert_eq!(at(4, 1.0, 1.0), Fail);
        let none = eval_counts(&CRITERION, 5, &[Some(0.0), Some(0.0)]);
        assert_eq!(none.outcome, Fail);
        assert!(none.reason.contains("none"), "{}", none.reason);
    }

    #[test]
    fn inconsistent_and_missing_data_are_reported() {
        assert_eq!(at(3, 2.0, 3.0), Error);
        assert_eq!(at(3, -1.0, 0.0), Error);
        let out = eval_counts(&CRITERION, 3, &[None, Some(1.0)]);
        assert_eq!(out.outcome, MissingData);
        assert_eq!(out.missing, [0]);
    }
}
