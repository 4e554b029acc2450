//! 3.4: Tỷ lệ dân số trưởng thành có điện thoại thông minh (share of adults with a smartphone).
//!
//! Check: `adults_18plus.smartphone` / `adults_18plus.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "3.4",
    group: crate::XA_HOI_SO,
    name: "Tỷ lệ dân số trưởng thành có điện thoại thông minh",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::Min(60.0)),
        (2023, Target::Min(65.0)),
        (2024, Target::Min(70.0)),
        (2025, Target::Min(80.0)),
    ]),
    agency: "Sở TTTT",
    legal_basis: "Quyết định số 411/QĐ-TTg ngày 31/3/2022; KH số 134/KH-UBND ngày 16/5/2022",
    source: crate::source!("3.4"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::FORM_3_3],
    facts: &["adults_18plus.total", "adults_18plus.smartphone"],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 3.4 says \"dân số trưởng thành\" (adult population) without an age: read as residents aged 18 and over (người thành niên, Bộ luật Dân sự 2015, Điều 20), `adults_18plus.total` (the rows of Mẫu 3.3), distinct from the population aged 15 and over of 3.2.",
        "Competing readings of \"dân số trưởng thành\", recorded: 18 and over (this set's reading: người thành niên, Bộ luật Dân sự 2015, Điều 20; 2361/QĐ-BTTTT Phụ lục I row III.3 writes \"dân số trưởng thành từ 18 tuổi trở lên\" for digital signatures) or 15 and over (2361/QĐ-BTTTT Phụ lục I row III.1 writes \"dân số trưởng thành từ 15 tuổi trở lên\" for the smartphone indicator, under Quyết định 411/QĐ-TTg as 1829's row 3.4; the 2024 provincial DTI guidance for districts (seed 002) counts e-ID accounts and digital signatures over residents aged 15 and over). Mẫu 3.3 of the assignment letter (seed 001) keeps one list of \"dân số trưởng thành\" for 3.3, 3.4, 3.10 and 3.11, with no age. 18 and over is kept for every row of that list, and for 3.6: one census for the whole of Mẫu 3.3, the age 2361 states for digital signatures, and the legal age of adulthood; a province that decides on 15 and over changes the population, not the rule: residents aged 15 and over (`adults_15plus.total`), with counts over them that the data dictionary has so far only for smartphones (`adults_15plus.smartphone`) and payment accounts. For this row the 15+ reading has the most support (2361 row III.1 is the same indicator under the same legal basis): read so, residents aged 15–17 would count too; the crosswalk pair 3.4 → xa.III.1 is `partial` for that reason.",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("adults_18plus.smartphone", "adults_18plus.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::abi::GuestOutcome::*;
    use dtcheck_sdk::evaluate_native;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["60%", "65%", "70%", "80%"]);
        assert_share_targets(
            &CRITERION,
            "adults_18plus.smartphone",
            "adults_18plus.total",
        );
    }

    #[test]
    fn targets_follow_the_year() {
        // 60 % passes in 2022 (target 60 %) and fails in 2023 (target 65 %).
        let facts = [Some(100.0), Some(60.0)];
        assert_eq!(evaluate_native(&CRITERION, 2022, &facts).outcome, Pass);
        assert_eq!(evaluate_native(&CRITERION, 2023, &facts).outcome, Fail);
    }
}
