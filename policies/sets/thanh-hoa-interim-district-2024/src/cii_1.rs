//! II.1: Tỷ lệ hệ thống thông tin của các cơ quan nhà nước trên địa bàn được phê duyệt và triển
//! khai phương án đảm bảo an toàn thông tin theo cấp độ (share of the information systems of the
//! state agencies in the district whose level-based information-security plan is approved and
//! deployed).
//!
//! Check: `state_agency_information_systems.level_approved_plan_deployed` /
//! `state_agency_information_systems.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "II.1",
    group: crate::HA_TANG_SO_ATTT,
    name: "Tỷ lệ hệ thống thông tin của các cơ quan nhà nước trên địa bàn được phê duyệt và triển khai phương án đảm bảo an toàn thông tin theo cấp độ.",
    unit: "%",
    targets: Targets::ByYear(&[(2024, Target::Min(100.0)), (2025, Target::Min(100.0))]),
    agency: "Sở Thông tin và Truyền thông",
    legal_basis: "Nghị định số 85/2016/NĐ-CP ngày 01/7/2016",
    source: crate::source!("II.1"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "state_agency_information_systems.total",
        "state_agency_information_systems.level_approved_plan_deployed",
    ],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row II.1 counts the information systems of all state agencies in the district (\"các cơ quan nhà nước trên địa bàn\"), a wider population than the district government's own systems (`information_systems.*`, 2361 district II.9–II.11): new keys `state_agency_information_systems.*`.",
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row II.1: a system counts when its level-based information-security plan (Nghị định 85/2016/NĐ-CP) is both approved and deployed (\"được phê duyệt và triển khai phương án đảm bảo an toàn thông tin theo cấp độ\"), one count `state_agency_information_systems.level_approved_plan_deployed`; the row does not say \"đầy đủ\" (fully deployed) as 2361 district II.10 does.",
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row II.1: a district reporting no information system (`state_agency_information_systems.total` = 0) is not assessed, with the reason, rather than passed or failed (the SDK's `share_at_least` does this).",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "state_agency_information_systems.level_approved_plan_deployed",
            "state_agency_information_systems.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["100%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "state_agency_information_systems.level_approved_plan_deployed",
            "state_agency_information_systems.total",
        );
    }
}
