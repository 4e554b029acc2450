//! # thanh-hoa-1829-2023: Thanh Hóa commune-level digital-transformation criteria
//!
//! Quyết định 1829/QĐ-UBND ngày 30/5/2023 của Chủ tịch UBND tỉnh Thanh Hóa, Phụ lục 01:
//! 37 criteria in 4 groups with a target per year 2022–2025 (`*` = not assessed that
//! year, footnote 1). Evidence per criterion from Cẩm Tân's 2024 assignment (seed 001).
//! Recognition (Article 2) is a set-level rule applied by the host (see `manifest.json`).
#![no_std]

use dtcheck_sdk::prelude::*;

pub mod evidence;

/// `source` of a row of Appendix 01.
#[macro_export]
macro_rules! source {
    ($row:literal) => {
        concat!("1829/QĐ-UBND ngày 30/5/2023, Phụ lục 01, dòng ", $row)
    };
}

pub const CHINH_QUYEN_SO: Group = Group {
    id: "1",
    name: "Chính quyền số",
};
pub const KINH_TE_SO: Group = Group {
    id: "2",
    name: "Kinh tế số",
};
pub const XA_HOI_SO: Group = Group {
    id: "3",
    name: "Xã hội số",
};
pub const HA_TANG_SO: Group = Group {
    id: "4",
    name: "Hạ tầng số",
};

pub mod c1_1;
pub mod c1_10;
pub mod c1_11;
pub mod c1_2;
pub mod c1_3;
pub mod c1_4;
pub mod c1_5;
pub mod c1_6;
pub mod c1_7;
pub mod c1_8;
pub mod c1_9;
pub mod c2_1;
pub mod c2_2;
pub mod c2_3;
pub mod c2_4;
pub mod c2_5;
pub mod c2_6;
pub mod c3_1;
pub mod c3_10;
pub mod c3_11;
pub mod c3_12;
pub mod c3_2;
pub mod c3_3;
pub mod c3_4;
pub mod c3_5;
pub mod c3_6;
pub mod c3_7;
pub mod c3_8;
pub mod c3_9;
pub mod c4_1;
pub mod c4_2;
pub mod c4_3;
pub mod c4_4;
pub mod c4_5;
pub mod c4_6;
pub mod c4_7;
pub mod c4_8;

/// Every criterion, in the order of the source table.
pub const CRITERIA: &[&Criterion] = &[
    &c1_1::CRITERION,
    &c1_2::CRITERION,
    &c1_3::CRITERION,
    &c1_4::CRITERION,
    &c1_5::CRITERION,
    &c1_6::CRITERION,
    &c1_7::CRITERION,
    &c1_8::CRITERION,
    &c1_9::CRITERION,
    &c1_10::CRITERION,
    &c1_11::CRITERION,
    &c2_1::CRITERION,
    &c2_2::CRITERION,
    &c2_3::CRITERION,
    &c2_4::CRITERION,
    &c2_5::CRITERION,
    &c2_6::CRITERION,
    &c3_1::CRITERION,
    &c3_2::CRITERION,
    &c3_3::CRITERION,
    &c3_4::CRITERION,
    &c3_5::CRITERION,
    &c3_6::CRITERION,
    &c3_7::CRITERION,
    &c3_8::CRITERION,
    &c3_9::CRITERION,
    &c3_10::CRITERION,
    &c3_11::CRITERION,
    &c3_12::CRITERION,
    &c4_1::CRITERION,
    &c4_2::CRITERION,
    &c4_3::CRITERION,
    &c4_4::CRITERION,
    &c4_5::CRITERION,
    &c4_6::CRITERION,
    &c4_7::CRITERION,
    &c4_8::CRITERION,
];

#[cfg(test)]
mod tests {
    use super::CRITERIA;
    use dtcheck_sdk::{Target, Targets};

    /// Each criterion's tests check every year of its row; this checks that every row has
    /// the four year columns of Appendix 01, in order.
    #[test]
    fn every_criterion_has_a_target_for_each_year_2022_to_2025() {
        assert_eq!(CRITERIA.len(), 37);
        for c in CRITERIA {
            let rows: &[(u16, Target)] = match c.targets {
                Targets::ByYear(rows) => rows,
                Targets::ByLevel(_) => &[],
            };
            let years = rows.iter().map(|(year, _)| *year);
            assert!(years.eq(2022..=2025), "{}: not one target per year", c.id);
        }
    }
}
