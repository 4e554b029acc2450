//! # national-2361-v1: national framework for digital-transformation maturity
//!
//! Quyết định 2361/QĐ-BTTTT ngày 31/12/2024 của Bộ trưởng Bộ Thông tin và Truyền thông,
//! version 1.0: Phụ lục I (commune framework, 38 criteria, module [`xa`]) and Phụ lục II
//! (district framework, 33 criteria, module [`huyen`]). Each criterion has a target at
//! each of the five maturity levels (1 Khởi động, 2 Kết nối, 3 Cơ bản, 4 Nâng cao,
//! 5 Toàn diện); "Không áp dụng" is `Target::NotAssessed` at that level.
//!
//! Ids carry the appendix, because the source numbering repeats across them ("I.1" is a
//! commune criterion in Phụ lục I and the district's general criterion in Phụ lục II):
//! `xa.I.1` (xã, Phụ lục I) and `huyen.I.1` (huyện, Phụ lục II). The same roman numeral
//! names different groups in the two appendices (commune II = Kinh tế số, district II =
//! Chính quyền số).
//!
//! The source lists no evidence documents per criterion, only the computation method and
//! data source ("Phương pháp tính/nguồn thu thập số liệu", kept in `data_source`).
//! A level is reached when every criterion that applies at it is met and every lower
//! level is reached; the host computes it (see `manifest.json`).
#![no_std]

pub mod huyen;
pub mod xa;

/// `source` of a row of Phụ lục I (commune).
#[macro_export]
macro_rules! source_xa {
    ($row:literal) => {
        concat!(
            "2361/QĐ-BTTTT ngày 31/12/2024, Phụ lục I (cấp xã), dòng ",
            $row
        )
    };
}

/// `source` of a row of Phụ lục II (district).
#[macro_export]
macro_rules! source_huyen {
    ($row:literal) => {
        concat!(
            "2361/QĐ-BTTTT ngày 31/12/2024, Phụ lục II (cấp huyện), dòng ",
            $row
        )
    };
}
