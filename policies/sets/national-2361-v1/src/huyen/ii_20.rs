//! huyen.II.20: Có Trung tâm giám sát, điều hành thông minh (IOC) hoặc hệ thống quản lý dữ liệu tập
//! trung phục vụ công tác quản lý, chỉ đạo điều hành của lãnh đạo UBND cấp huyện (an IOC or a
//! centralised data-management system).
//!
//! Check: `ioc_or_central_data.deployed` is true (the district has deployed an intelligent
//! operations centre (IOC) or a centralised data-management system serving its leaders).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.II.20",
    group: super::CHINH_QUYEN_SO,
    name: "Có Trung tâm giám sát, điều hành thông minh (IOC) hoặc hệ thống quản lý dữ liệu tập trung phục vụ công tác quản lý, chỉ đạo điều hành của lãnh đạo UBND cấp huyện",
    unit: "Hệ thống",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text("Có hệ thống"),
        Target::Text("Có hệ thống"),
    ]),
    agency: "",
    legal_basis: "Công văn số 3445/BNN-VPĐP ngày 29/5/2023 của Bộ Nông nghiệp và Phát triển nông thôn.",
    source: crate::source_huyen!("II.20"),
    data_source: "Có triển khai Trung tâm giám sát, điều hành thông minh (IOC) hoặc hệ thống quản lý dữ liệu tập trung phục vụ công tác quản lý, chỉ đạo điều hành của lãnh đạo UBND cấp huyện.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["ioc_or_central_data.deployed"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row II.20: the target \"Có hệ thống\" is met by either an intelligent operations centre (IOC) or a centralised data-management system (\"hoặc\"); recorded as the one yes/no fact `ioc_or_central_data.deployed`.",
    ],
    judgements: &[],
    check: |cx| cx.holds("ioc_or_central_data.deployed"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn true_passes_where_applicable() {
        assert_targets(&CRITERION, &["*", "*", "*", "Có hệ thống", "Có hệ thống"]);
        assert_flag_target(&CRITERION, "ioc_or_central_data.deployed");
    }
}
