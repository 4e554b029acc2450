//! Phụ lục II (cấp huyện): KHUNG TIÊU CHÍ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CẤP HUYỆN.
//!
//! 33 criteria in 4 groups, numbered as the source table numbers them: I (CHỈ TIÊU CHUNG) 1,
//! II (CHÍNH QUYỀN SỐ) 1–22, III (KINH TẾ SỐ) 1–6, IV (XÃ HỘI SỐ) 1–4; ids `huyen.I.1` …
//! `huyen.IV.4`. Each has a target at each of the five levels; "Không áp dụng" is
//! `Target::NotAssessed`. The district's facts describe the district (its People's
//! Committee, its bodies and its territory); criterion I.1 reads the host-computed
//! `communes.*` facts (the 2361 levels its communes reached under Phụ lục I).
//!
//! Transcription conventions (judgement calls common to every row):
//! - Group names are written as the table writes them (upper case: "CHỈ TIÊU CHUNG",
//!   "CHÍNH QUYỀN SỐ", "KINH TẾ SỐ", "XÃ HỘI SỐ"); the decision's body calls them "Nhóm
//!   tiêu chí chung", "Nhóm Chính quyền số", "Nhóm Kinh tế số", "Nhóm Xã hội số".
//! - The table is dumped one cell per line and cells wrap over several lines: a cell's
//!   lines are joined with a single space. `data_source` is the "Phương pháp tính/ nguồn
//!   thu thập số liệu" cell and `legal_basis` the "Căn cứ" cell, verbatim.
//! - The same roman numeral names different groups in the two appendices: the district's
//!   II is CHÍNH QUYỀN SỐ, the commune's II is KINH TẾ SỐ.
use dtcheck_sdk::prelude::*;

pub const CHI_TIEU_CHUNG: Group = Group {
    id: "I",
    name: "CHỈ TIÊU CHUNG",
};
pub const CHINH_QUYEN_SO: Group = Group {
    id: "II",
    name: "CHÍNH QUYỀN SỐ",
};
pub const KINH_TE_SO: Group = Group {
    id: "III",
    name: "KINH TẾ SỐ",
};
pub const XA_HOI_SO: Group = Group {
    id: "IV",
    name: "XÃ HỘI SỐ",
};

pub mod i_1;
pub mod ii_1;
pub mod ii_10;
pub mod ii_11;
pub mod ii_12;
pub mod ii_13;
pub mod ii_14;
pub mod ii_15;
pub mod ii_16;
pub mod ii_17;
pub mod ii_18;
pub mod ii_19;
pub mod ii_2;
pub mod ii_20;
pub mod ii_21;
pub mod ii_22;
pub mod ii_3;
pub mod ii_4;
pub mod ii_5;
pub mod ii_6;
pub mod ii_7;
pub mod ii_8;
pub mod ii_9;
pub mod iii_1;
pub mod iii_2;
pub mod iii_3;
pub mod iii_4;
pub mod iii_5;
pub mod iii_6;
pub mod iv_1;
pub mod iv_2;
pub mod iv_3;
pub mod iv_4;

/// Every district criterion, in the order of the source table.
pub const CRITERIA: &[&Criterion] = &[
    &i_1::CRITERION,
    &ii_1::CRITERION,
    &ii_2::CRITERION,
    &ii_3::CRITERION,
    &ii_4::CRITERION,
    &ii_5::CRITERION,
    &ii_6::CRITERION,
    &ii_7::CRITERION,
    &ii_8::CRITERION,
    &ii_9::CRITERION,
    &ii_10::CRITERION,
    &ii_11::CRITERION,
    &ii_12::CRITERION,
    &ii_13::CRITERION,
    &ii_14::CRITERION,
    &ii_15::CRITERION,
    &ii_16::CRITERION,
    &ii_17::CRITERION,
    &ii_18::CRITERION,
    &ii_19::CRITERION,
    &ii_20::CRITERION,
    &ii_21::CRITERION,
    &ii_22::CRITERION,
    &iii_1::CRITERION,
    &iii_2::CRITERION,
    &iii_3::CRITERION,
    &iii_4::CRITERION,
    &iii_5::CRITERION,
    &iii_6::CRITERION,
    &iv_1::CRITERION,
    &iv_2::CRITERION,
    &iv_3::CRITERION,
    &iv_4::CRITERION,
];

/// "Tối thiểu 01 hệ thống" (rows II.13, II.14, level 4): a count in disguise.
pub(crate) const AT_LEAST_1_SYSTEM: Target = Target::AtLeast {
    count: 1,
    or_all: false,
    text: "Tối thiểu 01 hệ thống",
};

/// "Tối thiểu 03 hệ thống" (rows II.13, II.14, level 5).
pub(crate) const AT_LEAST_3_SYSTEMS: Target = Target::AtLeast {
    count: 3,
    or_all: false,
    text: "Tối thiểu 03 hệ thống",
};

/// The result of a check that meets a target (or selector) it was not written for: a
/// criterion bug, reported as an `error` outcome rather than a guess.
pub(crate) fn unexpected_target() -> Eval {
    Eval::bug("the check does not know this target")
}

/// Test helpers: evaluate a criterion at a maturity level.
#[cfg(test)]
pub(crate) mod test_support {
    pub use dtcheck_sdk::testing::evaluate_at_level as at_level;
}

#[cfg(test)]
mod tests {
    use super::CRITERIA;
    use dtcheck_sdk::{LevelOfGovernment, Targets};

    #[test]
    fn the_table_has_33_rows_in_4_groups() {
        assert_eq!(CRITERIA.len(), 33);
        let count = |g: &str| CRITERIA.iter().filter(|c| c.group.id == g).count();
        assert_eq!(
            [count("I"), count("II"), count("III"), count("IV")],
            [1, 22, 6, 4]
        );
        for (i, c) in CRITERIA.iter().enumerate() {
            assert!(c.id.starts_with("huyen."), "{}", c.id);
            let row = &c.id["huyen.".len()..];
            assert_eq!(
                row,
                [c.group.id, ".", row.split('.').nth(1).unwrap_or("")].concat()
            );
            assert!(c.source.ends_with(row), "{}: {}", c.id, c.source);
            assert_eq!(
                c.level_of_government,
                LevelOfGovernment::District,
                "{}",
                c.id
            );
            assert!(matches!(c.targets, Targets::ByLevel(_)), "{}", c.id);
            assert!(c.agency.is_empty() && c.evidence.is_empty(), "{}", c.id);
            assert!(!c.facts.is_empty(), "{}", c.id);
            let dup = CRITERIA[..i].iter().any(|d| d.id == c.id);
            assert!(!dup, "{} twice", c.id);
        }
    }

    #[test]
    fn metadata_serialises() {
        for c in CRITERIA {
            let json = dtcheck_sdk::metadata_json(c);
            assert!(json.contains(c.id), "{json}");
        }
    }
}
