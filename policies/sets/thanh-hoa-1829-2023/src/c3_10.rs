//! 3.10: Tỷ lệ dân số ở độ tuổi trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân (share of
//! adults with a personal digital or electronic signature).
//!
//! Check: `adults_18plus.digital_signature` / `adults_18plus.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "3.10",
    group: crate::XA_HOI_SO,
    name: "Tỷ lệ dân số ở độ tuổi trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::NotAssessed),
        (2023, Target::Min(30.0)),
        (2024, Target::Min(40.0)),
        (2025, Target::Min(50.0)),
    ]),
    agency: "Sở TTTT",
    legal_basis: "Quyết định số 411/QĐ-TTg ngày 31/3/2022; KH số 134/KH-UBND ngày 16/5/2022",
    source: crate::source!("3.10"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::FORM_3_3],
    facts: &["adults_18plus.total", "adults_18plus.digital_signature"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 3.10 says \"dân số ở độ tuổi trưởng thành\" (adult population) without an age: read as residents aged 18 and over (người thành niên, Bộ luật Dân sự 2015, Điều 20), `adults_18plus.total` (the rows of Mẫu 3.3), distinct from the population aged 15 and over of 3.2.",
        "1829/QĐ-UBND Phụ lục 01, row 3.10: Công văn UBND xã Cẩm Tân giao thực hiện Chỉ tiêu chuyển đổi số 2024 (Chỉ tiêu 3.10) gives as evidence \"Danh sách dân số trưởng thành có điện thoại thông minh (theo mẫu số 3.3)\", copied from 3.4 (its guidance also ends with 3.4's smartphone census). Mẫu 3.3 does have a digital-signature column (\"Có chữ ký số\"), so the evidence required is Mẫu 3.3 (`form_3_3`), read for that column; `adults_18plus.digital_signature` also counts personal electronic signatures, as the criterion says (\"chữ ký số hoặc chữ ký điện tử cá nhân\").",
        "Competing readings of \"dân số trưởng thành\", recorded: 18 and over (this set's reading: người thành niên, Bộ luật Dân sự 2015, Điều 20; 2361/QĐ-BTTTT Phụ lục I row III.3 writes \"dân số trưởng thành từ 18 tuổi trở lên\" for digital signatures) or 15 and over (2361/QĐ-BTTTT Phụ lục I row III.1 writes \"dân số trưởng thành từ 15 tuổi trở lên\" for the smartphone indicator, under Quyết định 411/QĐ-TTg as 1829's row 3.4; the 2024 provincial DTI guidance for districts (seed 002) counts e-ID accounts and digital signatures over residents aged 15 and over). Mẫu 3.3 of the assignment letter (seed 001) keeps one list of \"dân số trưởng thành\" for 3.3, 3.4, 3.10 and 3.11, with no age. 18 and over is kept for every row of that list, and for 3.6: one census for the whole of Mẫu 3.3, the age 2361 states for digital signatures, and the legal age of adulthood; a province that decides on 15 and over changes the population, not the rule: residents aged 15 and over (`adults_15plus.total`), with counts over them that the data dictionary has so far only for smartphones (`adults_15plus.smartphone`) and payment accounts. Read so, this row and 2361 row III.3 (which states 18) are the same indicator (crosswalk `one_to_one`); read as 15 and over, the pair would be `partial`.",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("adults_18plus.digital_signature", "adults_18plus.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::abi::GuestOutcome::*;
    use dtcheck_sdk::evaluate_native;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["*", "30%", "40%", "50%"]);
        assert_share_targets(
            &CRITERION,
            "adults_18plus.digital_signature",
            "adults_18plus.total",
        );
    }

    #[test]
    fn targets_follow_the_year() {
        // 30 % passes in 2023 (target 30 %) and fails in 2024 (target 40 %).
        let facts = [Some(100.0), Some(30.0)];
        assert_eq!(evaluate_native(&CRITERION, 2023, &facts).outcome, Pass);
        assert_eq!(evaluate_native(&CRITERION, 2024, &facts).outcome, Fail);
    }
}
