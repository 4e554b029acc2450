//! II.5: Có hệ thống hội nghị truyền hình trực tuyến được kết nối thông suốt đến 100% cấp xã
//! (khuyến khích đến cấp thôn), cấp huyện, tỉnh và Trung ương (an online video-conference system
//! connected smoothly to every commune and to the district, province and central level).
//!
//! Check: `video_conference.connected` is true and `communes.video_conference_connected` =
//! `communes.total` (every commune reached).
use dtcheck_sdk::Measured;
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "II.5",
    group: crate::HA_TANG_SO_ATTT,
    name: "Có hệ thống hội nghị truyền hình trực tuyến được kết nối thông suốt đến 100% cấp xã (khuyến khích đến cấp thôn), cấp huyện, tỉnh và Trung ương.",
    unit: "Hệ thống",
    targets: Targets::ByYear(&[(2024, Target::Text("Có")), (2025, Target::Text("Có"))]),
    agency: "Sở Thông tin và Truyền thông",
    legal_basis: "Quyết định số 3853/QĐ-UBND ngày 09/11/2022",
    source: crate::source!("II.5"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "video_conference.connected",
        "communes.total",
        "communes.video_conference_connected",
    ],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row II.5 (unit \"Hệ thống\", target \"Có\") states a count in its name: the video-conference system must reach 100 % of the communes (\"đến 100% cấp xã\": `communes.video_conference_connected` = `communes.total`) and the district, province and central level (`video_conference.connected`); both must hold. The connection down to villages is only encouraged (\"khuyến khích đến cấp thôn\") and is not checked.",
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row II.5: `video_conference.connected` is the key of 1829 4.4 read at district level (the locality's system connected smoothly to the levels above it); `communes.total` is host-computed from the commune datasets (or declared), `communes.video_conference_connected` is declared by the district. A district with no communes (`communes.total` = 0) is not assessed, with the reason.",
    ],
    judgements: &[],
    check,
};

const UPWARD: &str = "video_conference.connected";
const COMMUNES: &str = "communes.total";
const REACHED: &str = "communes.video_conference_connected";

/// "Có": the system reaches every commune ("100% cấp xã") and the district, province and
/// central level. The connection to villages is only encouraged and is not read.
fn check(cx: &Cx<'_>) -> Result<Eval, Missing> {
    let [total, reached] = cx.numbers([COMMUNES, REACHED])?;
    let upward = cx.flag(UPWARD)?;
    let every = cx.share_of(&[(REACHED, reached)], &[(COMMUNES, total)], 100.0);
    if every.verdict != Verdict::Pass && every.verdict != Verdict::Fail {
        // Contradictory counts, or no commune to connect: that is the answer.
        return Ok(every);
    }
    let met = every.verdict == Verdict::Pass && upward;
    let upward = cx.holds(UPWARD)?;
    Ok(cx.all(Measured::Bool(met), [every, upward]))
}

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::abi::GuestOutcome::{self, *};
    use dtcheck_sdk::abi::{Input, Selector, Value};
    use dtcheck_sdk::testing::assert_targets;
    use dtcheck_sdk::{EvalOutput, Measured, evaluate};

    /// Facts in the order of `facts`: upward connection, communes, communes reached.
    fn eval(
        year: u16,
        upward: Option<bool>,
        total: Option<f64>,
        reached: Option<f64>,
    ) -> EvalOutput {
        let facts = vec![
            upward.map_or(Value::Absent, Value::Bool),
            total.map_or(Value::Absent, Value::Number),
            reached.map_or(Value::Absent, Value::Number),
        ];
        let input = Input {
            selector: Selector::Year(year),
            facts,
            explain: true,
        };
        evaluate(&CRITERION, &input)
    }

    fn outcome(year: u16, upward: bool, total: f64, reached: f64) -> GuestOutcome {
        eval(year, Some(upward), Some(total), Some(reached)).outcome
    }

    #[test]
    fn every_commune_and_the_upper_levels_are_required() {
        assert_targets(&CRITERION, &["Có", "Có"]);
        for year in [2024, 2025] {
            let all = eval(year, Some(true), Some(20.0), Some(20.0));
            assert_eq!(all.outcome, Pass, "{:?}", all.reason);
            assert_eq!(all.measured, Measured::Bool(true));
            let short = eval(year, Some(true), Some(20.0), Some(19.0));
            assert_eq!(short.outcome, Fail, "{:?}", short.reason);
            assert!(
                matches!(
                    &short.reason,
                    dtcheck_sdk::abi::Reason::All(c)
                        if matches!(c[0], dtcheck_sdk::abi::Reason::Share { met: false, .. })
                ),
                "{:?}",
                short.reason
            );
            assert_eq!(outcome(year, false, 20.0, 20.0), Fail);
            assert_eq!(outcome(year, true, 20.0, 21.0), Error);
            assert_eq!(outcome(year, true, 0.0, 0.0), NotAssessed);
        }
    }

    #[test]
    fn absent_facts_are_named() {
        let out = eval(2024, Some(true), None, None);
        assert_eq!(out.outcome, MissingData);
        assert_eq!(out.missing, vec![1, 2]);
        let out = eval(2024, None, Some(20.0), Some(20.0));
        assert_eq!(out.outcome, MissingData);
        assert_eq!(out.missing, vec![0]);
    }
}
