//! V.1: Tỷ lệ Tổ công nghệ số cộng đồng hoạt động hiệu quả theo yêu cầu của địa phương (share of
//! community digital-technology teams operating effectively as the locality requires).
//!
//! Check: `community_digital_teams.effective` / `community_digital_teams.total` ≥ the year's
//! minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "V.1",
    group: crate::XA_HOI_SO,
    name: "Tỷ lệ Tổ công nghệ số cộng đồng hoạt động hiệu quả theo yêu cầu của địa phương.",
    unit: "%",
    targets: Targets::ByYear(&[(2024, Target::Min(85.0)), (2025, Target::Min(90.0))]),
    agency: "Sở Thông tin và Truyền thông",
    legal_basis: "Công văn số 793/BTTTT-THH ngày 05/3/2022 của Bộ Thông tin và Truyền thông",
    source: crate::source!("V.1"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "community_digital_teams.total",
        "community_digital_teams.effective",
    ],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row V.1 is the share of the community digital-technology teams of the district (`community_digital_teams.total`) that operate effectively as the locality requires (`community_digital_teams.effective`, the assessor's judgement team by team; what \"effective\" means is left to the locality and to Công văn 793/BTTTT-THH, not in the sources). 2361 district IV.1 (teams established and operating over the communes and villages) is a different measure.",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "community_digital_teams.effective",
            "community_digital_teams.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["85%", "90%"]);
        assert_share_targets(
            &CRITERION,
            "community_digital_teams.effective",
            "community_digital_teams.total",
        );
    }
}
