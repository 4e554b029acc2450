//! # thanh-hoa-interim-district-2024: Thanh Hóa interim district-level criteria
//!
//! Bộ tiêu chí tạm thời về chuyển đổi số cấp huyện đến năm 2025 trên địa bàn tỉnh Thanh
//! Hóa (Quyết định của Chủ tịch UBND tỉnh, 2024), Phụ lục 1: 23 criteria in 5 groups with
//! a target for 2024 and 2025. Recognition (Article 2) is applied by the host: every
//! criterion met, and both the previous year's DTI result and this year's self-assessed
//! DTI score at least 70 % (see `manifest.json`).
//!
//! The source lists no evidence documents per criterion ("Văn bản liên quan đến các tiêu
//! chí" is kept as `legal_basis`).
#![cfg_attr(not(test), no_std)]

use dtcheck_sdk::prelude::*;

/// `source` of a row of Phụ lục 1.
#[macro_export]
macro_rules! source {
    ($row:literal) => {
        concat!("Bộ tiêu chí tạm thời chuyển đổi số cấp huyện (Thanh Hóa, 2024), Phụ lục 1, dòng ", $row)
    };
}

pub const CHUNG: Group = Group {
    id: "I",
    name: "TIÊU CHÍ CHUNG",
};
pub const HA_TANG_SO_ATTT: Group = Group {
    id: "II",
    name: "HẠ TẦNG SỐ VÀ AN TOÀN THÔNG TIN MẠNG",
};
pub const CHINH_QUYEN_SO: Group = Group {
    id: "III",
    name: "CHÍNH QUYỀN SỐ",
};
pub const KINH_TE_SO: Group = Group {
    id: "IV",
    name: "KINH TẾ SỐ",
};
pub const XA_HOI_SO: Group = Group {
    id: "V",
    name: "XÃ HỘI SỐ",
};

pub mod ci_1;
pub mod cii_1;
pub mod cii_2;
pub mod cii_3;
pub mod cii_4;
pub mod cii_5;
pub mod ciii_1;
pub mod ciii_2;
pub mod ciii_3;
pub mod ciii_4;
pub mod ciii_5;
pub mod ciii_6;
pub mod ciii_7;
pub mod ciii_8;
pub mod ciii_9;
pub mod civ_1;
pub mod civ_2;
pub mod civ_3;
pub mod civ_4;
pub mod civ_5;
pub mod cv_1;
pub mod cv_2;
pub mod cv_3;

/// Every criterion, in the order of the source table.
pub const CRITERIA: &[&Criterion] = &[
    &ci_1::CRITERION,
    &cii_1::CRITERION,
    &cii_2::CRITERION,
    &cii_3::CRITERION,
    &cii_4::CRITERION,
    &cii_5::CRITERION,
    &ciii_1::CRITERION,
    &ciii_2::CRITERION,
    &ciii_3::CRITERION,
    &ciii_4::CRITERION,
    &ciii_5::CRITERION,
    &ciii_6::CRITERION,
    &ciii_7::CRITERION,
    &ciii_8::CRITERION,
    &ciii_9::CRITERION,
    &civ_1::CRITERION,
    &civ_2::CRITERION,
    &civ_3::CRITERION,
    &civ_4::CRITERION,
    &civ_5::CRITERION,
    &cv_1::CRITERION,
    &cv_2::CRITERION,
    &cv_3::CRITERION,
];

#[cfg(test)]
mod tests {
    use super::CRITERIA;
    use dtcheck_sdk::{LevelOfGovernment, Target, Targets};

    /// Each criterion's tests check every year of its row; this checks the table as a
    /// whole: 23 rows in source order (I.1, II.1–5, III.1–9, IV.1–5, V.1–3), each a
    /// district criterion with the two year columns 2024 and 2025.
    #[test]
    fn every_criterion_has_a_target_for_2024_and_2025() {
        let ids: Vec<&str> = CRITERIA.iter().map(|c| c.id).collect();
        let mut expected = Vec::new();
        for (group, rows) in [("I", 1), ("II", 5), ("III", 9), ("IV", 5), ("V", 3)] {
            expected.extend((1..=rows).map(|r| format!("{group}.{r}")));
        }
        assert_eq!(ids, expected);
        for c in CRITERIA {
            assert_eq!(c.group.id, c.id.split('.').next().unwrap_or_default());
            assert_eq!(c.level_of_government, LevelOfGovernment::District);
            let rows: &[(u16, Target)] = match c.targets {
                Targets::ByYear(rows) => rows,
                Targets::ByLevel(_) => &[],
            };
            let years = rows.iter().map(|(year, _)| *year);
            assert!(years.eq(2024..=2025), "{}: not one target per year", c.id);
        }
    }
}
