//! xa.III.9: Có cơ sở giáo dục và đào tạo đạt mức độ 2 trở lên về mức độ chuyển đổi số theo Quyết
//! định số 4725/QĐ- BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo (an education and training
//! institution at digital-transformation level 2 or higher under Decision 4725/QĐ-BGDĐT).
//!
//! Check: `education_institutions.dt_level2_plus` ≥ 1.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.III.9",
    group: super::XA_HOI_SO,
    name: "Có cơ sở giáo dục và đào tạo đạt mức độ 2 trở lên về mức độ chuyển đổi số theo Quyết định số 4725/QĐ- BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo",
    unit: "Mô hình",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text("Có mô hình"),
        Target::Text("Có mô hình"),
        Target::Text("Có mô hình"),
    ]),
    agency: "",
    legal_basis: "Quyết định số 4725/QĐ- BGDĐT ngày 30/12/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.",
    source: crate::source_xa!("III.9"),
    data_source: "Tại địa phương có cơ sở giáo dục và đào tạo đạt mức độ 2 trở lên về mức độ chuyển đổi số theo Quyết định số 4725/QĐ-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["education_institutions.dt_level2_plus"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row III.9: the target \"Có mô hình\" is a count in disguise: at least one education and training institution in the commune at digital-transformation level 2 or higher under Quyết định 4725/QĐ-BGDĐT (`education_institutions.dt_level2_plus` ≥ 1; the key of district row IV.2, a share over `education_institutions.total` there).",
    ],
    judgements: &[],
    check: |cx| cx.count_at_least("education_institutions.dt_level2_plus", 1.0),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_count_target, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(
            &CRITERION,
            &["*", "*", "Có mô hình", "Có mô hình", "Có mô hình"],
        );
        assert_count_target(&CRITERION, "education_institutions.dt_level2_plus", 1.0);
    }
}
