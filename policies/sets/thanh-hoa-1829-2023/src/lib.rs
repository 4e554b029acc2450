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

pub const CHINH_QUYEN_SO: Group = Group { id: "1", name: "Chính quyền số" };
pub const KINH_TE_SO: Group = Group { id: "2", name: "Kinh tế số" };
pub const XA_HOI_SO: Group = Group { id: "3", name: "Xã hội số" };
pub const HA_TANG_SO: Group = Group { id: "4", name: "Hạ tầng số" };

pub mod c1_6;

/// Every criterion, in the order of the source table.
pub const CRITERIA: &[&Criterion] = &[&c1_6::CRITERION];
