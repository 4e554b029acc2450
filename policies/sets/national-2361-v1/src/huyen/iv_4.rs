//! huyen.IV.4: Tỷ lệ cơ sở khám bệnh, chữa bệnh có triển khai hồ sơ bệnh án điện tử theo Thông tư
//! số 46/2018/TT- BYT ngày 28/12/2018 của Bộ Y tế (share of medical facilities with electronic
//! medical records).
//!
//! Check: `healthcare_facilities.electronic_medical_records` / `healthcare_facilities.total` ≥ the
//! level's percentage (facilities with electronic medical records (Circular 46/2018/TT-BYT) over
//! medical examination and treatment facilities).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.IV.4",
    group: super::XA_HOI_SO,
    name: "Tỷ lệ cơ sở khám bệnh, chữa bệnh có triển khai hồ sơ bệnh án điện tử theo Thông tư số 46/2018/TT- BYT ngày 28/12/2018 của Bộ Y tế",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Min(50.0),
        Target::Min(100.0),
        Target::Min(100.0),
    ]),
    agency: "",
    legal_basis: "Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ.",
    source: crate::source_huyen!("IV.4"),
    data_source: "Tỷ lệ phần trăm của số cơ sở khám bệnh, chữa bệnh có triển khai hồ sơ bệnh án điện tử trên tổng số cơ sở khám bệnh, chữa bệnh của địa phương cấp huyện.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "healthcare_facilities.total",
        "healthcare_facilities.electronic_medical_records",
    ],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row IV.4: the population is the medical examination and treatment facilities (cơ sở khám bệnh, chữa bệnh) of the district (`healthcare_facilities.total`).",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "healthcare_facilities.electronic_medical_records",
            "healthcare_facilities.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_has_its_minimum() {
        assert_targets(&CRITERION, &["*", "*", "50%", "100%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "healthcare_facilities.electronic_medical_records",
            "healthcare_facilities.total",
        );
    }
}
