//! huyen.IV.2: Tỷ lệ cơ sở giáo dục và đào tạo đạt mức độ 2 trở lên về mức độ chuyển đổi số theo
//! Quyết định số 4725/QĐ-BGDĐT ngày 30/12/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo (share of
//! education and training institutions at digital-transformation level 2 or above).
//!
//! Check: `education_institutions.dt_level2_plus` / `education_institutions.total` ≥ the level's
//! percentage (institutions at level 2 or above (Decision 4725/QĐ-BGDĐT) over education and
//! training institutions).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.IV.2",
    group: super::XA_HOI_SO,
    name: "Tỷ lệ cơ sở giáo dục và đào tạo đạt mức độ 2 trở lên về mức độ chuyển đổi số theo Quyết định số 4725/QĐ-BGDĐT ngày 30/12/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(10.0),
        Target::Min(30.0),
        Target::Min(50.0),
        Target::Min(60.0),
        Target::Min(80.0),
    ]),
    agency: "",
    legal_basis: "- Quyết định số 4725/QĐ-BGDĐT ngày 30/12/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo. - Thực tế tại địa phương.",
    source: crate::source_huyen!("IV.2"),
    data_source: "Tỷ lệ phần trăm của số cơ sở giáo dục và đào tạo đạt mức độ 2 trở lên về mức độ chuyển đổi số theo Quyết định số 4725/QĐ- BGDĐT trên tổng số cơ sở giáo dục của địa phương cấp huyện.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "education_institutions.total",
        "education_institutions.dt_level2_plus",
    ],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row IV.2: the method's denominator \"tổng số cơ sở giáo dục\" is read as the education and training institutions of the row's name (`education_institutions.total`).",
        "2361/QĐ-BTTTT Phụ lục II, row IV.2, method column: the source breaks the line inside \"4725/QĐ-|BGDĐT\"; the cell's lines are joined with a single space (\"4725/QĐ- BGDĐT\"), as the source itself writes \"QĐ- TTg\" elsewhere.",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "education_institutions.dt_level2_plus",
            "education_institutions.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_has_its_minimum() {
        assert_targets(&CRITERION, &["10%", "30%", "50%", "60%", "80%"]);
        assert_share_targets(
            &CRITERION,
            "education_institutions.dt_level2_plus",
            "education_institutions.total",
        );
    }
}
