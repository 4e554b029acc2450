//! huyen.IV.1: Tỷ lệ tổ công nghệ số cộng đồng được thành lập và đi vào hoạt động (share of
//! community digital-technology teams established and operating).
//!
//! Check: `community_digital_teams.operating` / (`communes.total` + `villages.total`) ≥ the level's
//! percentage: the teams established and operating over the communes and villages (thôn, bản, tổ
//! dân phố) of the district, each of which is to have one.
use dtcheck_sdk::prelude::*;

const TEAMS: &str = "community_digital_teams.operating";
const COMMUNES: &str = "communes.total";
const VILLAGES: &str = "villages.total";

pub const CRITERION: Criterion = Criterion {
    id: "huyen.IV.1",
    group: super::XA_HOI_SO,
    name: "Tỷ lệ tổ công nghệ số cộng đồng được thành lập và đi vào hoạt động",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(70.0),
        Target::Min(80.0),
        Target::Min(90.0),
        Target::Min(100.0),
        Target::Min(100.0),
    ]),
    agency: "",
    legal_basis: "Thực tế tại địa phương.",
    source: crate::source_huyen!("IV.1"),
    data_source: "Tỷ lệ phần trăm của số Tổ công nghệ số cộng đồng được thành lập và đi vào hoạt động trên tổng số xã, phường, thị trấn và thôn, bản, tổ dân phố của địa phương cấp huyện.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[COMMUNES, VILLAGES, TEAMS],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row IV.1: per the method column the denominator is the number of communes (xã, phường, thị trấn) PLUS the number of villages and residential groups (thôn, bản, tổ dân phố) of the district: `communes.total` (host-computed from the district's commune datasets, or the district's declared figure) + `villages.total`; the numerator is the community digital-technology teams established and in operation at either level (`community_digital_teams.operating`).",
        "2361/QĐ-BTTTT Phụ lục II, row IV.1: the method implies one team per commune and per village, so more teams than communes and villages is treated as inconsistent data (an error naming the facts), like a share above 100 %; no communes and no villages is not assessed.",
        "2361/QĐ-BTTTT Phụ lục II, row IV.1 vs Thanh Hóa interim district row V.1 (\"Tổ công nghệ số cộng đồng hoạt động hiệu quả theo yêu cầu của địa phương\"): a different indicator (teams working effectively), not the same facts.",
    ],
    judgements: &[],
    check,
};

fn check(cx: &Cx<'_>) -> Result<Eval, Missing> {
    let [communes, villages, teams] = cx.numbers([COMMUNES, VILLAGES, TEAMS])?;
    let Target::Min(min) = cx.target() else {
        return Ok(super::unexpected_target());
    };
    // Teams over communes plus villages: more teams than both is inconsistent.
    Ok(cx.share_of(
        &[(TEAMS, teams)],
        &[(COMMUNES, communes), (VILLAGES, villages)],
        min,
    ))
}

#[cfg(test)]
mod tests {
    extern crate alloc;

    use super::CRITERION;
    use crate::huyen::test_support::at_level;
    use alloc::vec;
    use dtcheck_sdk::Measured;
    use dtcheck_sdk::abi::GuestOutcome::*;
    use dtcheck_sdk::testing::assert_targets;

    /// communes, villages, teams (the declared order).
    fn run(level: u8, communes: f64, villages: f64, teams: f64) -> dtcheck_sdk::EvalOutput {
        at_level(
            &CRITERION,
            level,
            &[Some(communes), Some(villages), Some(teams)],
        )
    }

    #[test]
    fn each_level_has_its_minimum_over_communes_and_villages() {
        assert_targets(&CRITERION, &["70%", "80%", "90%", "100%", "100%"]);
        // 20 communes + 180 villages = 200 units.
        for (level, min) in [(1u8, 70.0), (2, 80.0), (3, 90.0), (4, 100.0), (5, 100.0)] {
            let at = run(level, 20.0, 180.0, 2.0 * min);
            assert_eq!(at.outcome, Pass, "level {level}: {:?}", at.reason);
            assert_eq!(at.measured, Measured::Number(min));
            let below = run(level, 20.0, 180.0, 2.0 * min - 1.0);
            assert_eq!(below.outcome, Fail, "level {level}: {:?}", below.reason);
            assert_eq!(below.measured, Measured::Number(min - 0.5));
        }
        // The villages count: 20 teams for 20 communes alone would be 100 %.
        assert_eq!(run(1, 20.0, 180.0, 20.0).outcome, Fail);
    }

    #[test]
    fn missing_inconsistent_and_empty() {
        let missing = at_level(&CRITERION, 2, &[Some(20.0), None, Some(10.0)]);
        assert_eq!(missing.outcome, MissingData);
        assert_eq!(missing.missing, vec![1]);
        assert_eq!(run(2, 2.0, 3.0, 6.0).outcome, Error);
        assert_eq!(run(2, 2.0, -3.0, 1.0).outcome, Error);
        let empty = run(2, 0.0, 0.0, 0.0);
        assert_eq!(empty.outcome, NotAssessed, "{:?}", empty.reason);
    }
}
