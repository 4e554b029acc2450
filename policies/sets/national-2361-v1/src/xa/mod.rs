//! # Phụ lục I: commune framework (khung tiêu chí đánh giá mức độ chuyển đổi số cấp xã)
//!
//! 38 criteria of 2361/QĐ-BTTTT (31/12/2024), Phụ lục I, in three groups as the table
//! writes them: I CHÍNH QUYỀN SỐ (I.1–I.24), II KINH TẾ SỐ (II.1–II.5), III XÃ HỘI SỐ
//! (III.1–III.9). Ids are `xa.<group>.<row>`; every criterion has a target at each of the
//! five maturity levels ("Không áp dụng" = `Target::NotAssessed`), no agency column and no
//! evidence documents; `data_source` is the "Phương pháp tính/ nguồn thu thập số liệu"
//! cell and `legal_basis` the "Căn cứ" cell, verbatim.
//!
//! Facts shared with the district appendix (Phụ lục II) use the same keys, read from the
//! commune's own figures; facts shared with thanh-hoa-1829-2023 are reused only where the
//! population and the measured thing are the same (see each criterion's notes).
use dtcheck_sdk::prelude::*;

pub const CHINH_QUYEN_SO: Group = Group {
    id: "I",
    name: "CHÍNH QUYỀN SỐ",
};
pub const KINH_TE_SO: Group = Group {
    id: "II",
    name: "KINH TẾ SỐ",
};
pub const XA_HOI_SO: Group = Group {
    id: "III",
    name: "XÃ HỘI SỐ",
};

pub mod i_1;
pub mod i_10;
pub mod i_11;
pub mod i_12;
pub mod i_13;
pub mod i_14;
pub mod i_15;
pub mod i_16;
pub mod i_17;
pub mod i_18;
pub mod i_19;
pub mod i_2;
pub mod i_20;
pub mod i_21;
pub mod i_22;
pub mod i_23;
pub mod i_24;
pub mod i_3;
pub mod i_4;
pub mod i_5;
pub mod i_6;
pub mod i_7;
pub mod i_8;
pub mod i_9;
pub mod ii_1;
pub mod ii_2;
pub mod ii_3;
pub mod ii_4;
pub mod ii_5;
pub mod iii_1;
pub mod iii_2;
pub mod iii_3;
pub mod iii_4;
pub mod iii_5;
pub mod iii_6;
pub mod iii_7;
pub mod iii_8;
pub mod iii_9;

/// Every commune criterion, in the order of the source table.
pub const CRITERIA: &[&Criterion] = &[
    &i_1::CRITERION,
    &i_2::CRITERION,
    &i_3::CRITERION,
    &i_4::CRITERION,
    &i_5::CRITERION,
    &i_6::CRITERION,
    &i_7::CRITERION,
    &i_8::CRITERION,
    &i_9::CRITERION,
    &i_10::CRITERION,
    &i_11::CRITERION,
    &i_12::CRITERION,
    &i_13::CRITERION,
    &i_14::CRITERION,
    &i_15::CRITERION,
    &i_16::CRITERION,
    &i_17::CRITERION,
    &i_18::CRITERION,
    &i_19::CRITERION,
    &i_20::CRITERION,
    &i_21::CRITERION,
    &i_22::CRITERION,
    &i_23::CRITERION,
    &i_24::CRITERION,
    &ii_1::CRITERION,
    &ii_2::CRITERION,
    &ii_3::CRITERION,
    &ii_4::CRITERION,
    &ii_5::CRITERION,
    &iii_1::CRITERION,
    &iii_2::CRITERION,
    &iii_3::CRITERION,
    &iii_4::CRITERION,
    &iii_5::CRITERION,
    &iii_6::CRITERION,
    &iii_7::CRITERION,
    &iii_8::CRITERION,
    &iii_9::CRITERION,
];

/// Test helper: evaluates a criterion at a maturity level with numeric facts, in the order
/// of its `facts` (`None` = absent).
#[cfg(test)]
pub(crate) mod test_support {
    pub use dtcheck_sdk::testing::evaluate_at_level as eval_counts;
}

#[cfg(test)]
mod tests {
    extern crate alloc;

    use super::CRITERIA;
    use alloc::format;
    use alloc::vec::Vec;
    use dtcheck_sdk::{LevelOfGovernment, Targets};

    #[test]
    fn the_table_has_38_commune_criteria_in_order() {
        let ids: Vec<&str> = CRITERIA.iter().map(|c| c.id).collect();
        let mut expected = Vec::new();
        for (group, rows) in [("I", 24), ("II", 5), ("III", 9)] {
            for row in 1..=rows {
                expected.push(format!("xa.{group}.{row}"));
            }
        }
        assert_eq!(ids, expected);
        for c in CRITERIA {
            assert_eq!(
                c.level_of_government,
                LevelOfGovernment::Commune,
                "{}",
                c.id
            );
            assert!(matches!(c.targets, Targets::ByLevel(_)), "{}", c.id);
            let row = c.id.strip_prefix("xa.").unwrap_or_default();
            assert!(c.source.ends_with(&format!("dòng {row}")), "{}", c.id);
            assert!(c.id.starts_with(&format!("xa.{}.", c.group.id)), "{}", c.id);
            assert!(c.agency.is_empty() && c.evidence.is_empty(), "{}", c.id);
            assert!(
                !c.data_source.is_empty() && !c.legal_basis.is_empty(),
                "{}",
                c.id
            );
            assert!(!c.notes.is_empty(), "{}: no notes", c.id);
        }
    }
}
