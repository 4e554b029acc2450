//! 1.11: Triển khai các nền tảng công nghệ, ứng dụng phòng, chống dịch theo các hướng dẫn của Bộ Y
//! tế và Bộ Thông tin và Truyền thông. (epidemic-prevention technology platforms and applications
//! deployed).
//!
//! Check: `epidemic_platforms.deployed` is true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "1.11",
    group: crate::CHINH_QUYEN_SO,
    name: "Triển khai các nền tảng công nghệ, ứng dụng phòng, chống dịch theo các hướng dẫn của Bộ Y tế và Bộ Thông tin và Truyền thông.",
    unit: "Nền tảng",
    targets: Targets::ByYear(&[
        (2022, Target::Text("Triển khai sử dụng")),
        (2023, Target::NotAssessed),
        (2024, Target::NotAssessed),
        (2025, Target::NotAssessed),
    ]),
    agency: "Sở Y tế (chủ trì), Sở TTTT",
    legal_basis: "",
    source: crate::source!("1.11"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["epidemic_platforms.deployed"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 1.11's 2023 cell reads \"*1\": the \"1\" is the marker of footnote 1 (the footnote that defines `*`), not part of the target, so 2023 is not assessed, like 2024 and 2025 (Công văn UBND xã Cẩm Tân giao thực hiện Chỉ tiêu chuyển đổi số 2024 confirms: \"Chỉ tiêu này năm 2024 không thực hiện\").",
        "1829/QĐ-UBND Phụ lục 01, row 1.11: the target \"Triển khai sử dụng\" is qualitative (1829/QĐ-UBND defines no measure): the assessor's judgement that the platforms and applications recommended by the Ministry of Health and the Ministry of Information and Communications are deployed and used is recorded as the boolean fact `epidemic_platforms.deployed` (2022 only).",
        "1829/QĐ-UBND Phụ lục 01, row 1.11: Công văn UBND xã Cẩm Tân giao thực hiện Chỉ tiêu chuyển đổi số 2024 lists no evidence for 1.11 (it is not implemented in 2024), so none is required.",
    ],
    judgements: &[],
    check: |cx| cx.holds("epidemic_platforms.deployed"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["Triển khai sử dụng", "*", "*", "*"]);
        assert_flag_target(&CRITERION, "epidemic_platforms.deployed");
    }
}
