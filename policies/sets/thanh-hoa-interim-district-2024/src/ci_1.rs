//! I.1: Tỷ lệ xã, phường, thị trấn được công nhận hoàn thành các tiêu chí chuyển đổi số cấp xã và
//! duy trì ổn định (share of the communes, wards and townships recognised as having completed the
//! commune digital-transformation criteria, and keeping them).
//!
//! Check: `communes.recognized` / `communes.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "I.1",
    group: crate::CHUNG,
    name: "Tỷ lệ xã, phường, thị trấn được công nhận hoàn thành các tiêu chí chuyển đổi số cấp xã và duy trì ổn định.",
    unit: "%",
    targets: Targets::ByYear(&[(2024, Target::Min(100.0)), (2025, Target::Min(100.0))]),
    agency: "Sở Thông tin và Truyền thông",
    legal_basis: "Các Quyết định công nhận hoàn thành các tiêu chí chuyển đổi số cấp xã",
    source: crate::source!("I.1"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["communes.total", "communes.recognized"],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row I.1 reads the host-computed facts `communes.total` (the district's communes) and `communes.recognized` (those recognised as completing the commune criteria: the host evaluates the district's commune datasets under thanh-hoa-1829-2023 for the same year and applies its Article 2 rule); without commune datasets the host uses the figures declared in the district dataset and says so.",
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row I.1 also asks the communes to keep their results (\"và duy trì ổn định\"): one year's data cannot show that recognition has been maintained, so only the share recognised in the assessment year is checked; whether it has been maintained is left to the assessor (the legal basis cited is the recognition decisions themselves, \"Các Quyết định công nhận hoàn thành các tiêu chí chuyển đổi số cấp xã\").",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("communes.recognized", "communes.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["100%", "100%"]);
        assert_share_targets(&CRITERION, "communes.recognized", "communes.total");
    }
}
