//! 3.11: Tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến (share of adults using online
//! public services).
//!
//! Check: `adults_18plus.online_public_services` / `adults_18plus.total` ≥ the year's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "3.11",
    group: crate::XA_HOI_SO,
    name: "Tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::NotAssessed),
        (2023, Target::Min(20.0)),
        (2024, Target::Min(30.0)),
        (2025, Target::Min(50.0)),
    ]),
    agency: "Trung tâm Phục vụ HCC tỉnh",
    legal_basis: "Quyết định số 411/QĐ-TTg ngày 31/3/2022; KH số 134/KH-UBND ngày 16/5/2022",
    source: crate::source!("3.11"),
    data_source: "",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::FORM_3_3],
    facts: &[
        "adults_18plus.total",
        "adults_18plus.online_public_services",
    ],
    notes: &[
        "1829/QĐ-UBND Phụ lục 01, row 3.11 says \"dân số trưởng thành\" (adult population) without an age: read as residents aged 18 and over (người thành niên, Bộ luật Dân sự 2015, Điều 20), `adults_18plus.total` (the rows of Mẫu 3.3), distinct from the population aged 15 and over of 3.2.",
        "Competing readings of \"dân số trưởng thành\", recorded: 18 and over (this set's reading: người thành niên, Bộ luật Dân sự 2015, Điều 20; 2361/QĐ-BTTTT Phụ lục I row III.3 writes \"dân số trưởng thành từ 18 tuổi trở lên\" for digital signatures) or 15 and over (2361/QĐ-BTTTT Phụ lục I row III.1 writes \"dân số trưởng thành từ 15 tuổi trở lên\" for the smartphone indicator, under Quyết định 411/QĐ-TTg as 1829's row 3.4; the 2024 provincial DTI guidance for districts (seed 002) counts e-ID accounts and digital signatures over residents aged 15 and over). Mẫu 3.3 of the assignment letter (seed 001) keeps one list of \"dân số trưởng thành\" for 3.3, 3.4, 3.10 and 3.11, with no age. 18 and over is kept for every row of that list, and for 3.6: one census for the whole of Mẫu 3.3, the age 2361 states for digital signatures, and the legal age of adulthood; a province that decides on 15 and over changes the population, not the rule: residents aged 15 and over (`adults_15plus.total`), with counts over them that the data dictionary has so far only for smartphones (`adults_15plus.smartphone`) and payment accounts.",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "adults_18plus.online_public_services",
            "adults_18plus.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::abi::GuestOutcome::*;
    use dtcheck_sdk::evaluate_native;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["*", "20%", "30%", "50%"]);
        assert_share_targets(
            &CRITERION,
            "adults_18plus.online_public_services",
            "adults_18plus.total",
        );
    }

    #[test]
    fn targets_follow_the_year() {
        // 20 % passes in 2023 (target 20 %) and fails in 2024 (target 30 %).
        let facts = [Some(100.0), Some(20.0)];
        assert_eq!(evaluate_native(&CRITERION, 2023, &facts).outcome, Pass);
        assert_eq!(evaluate_native(&CRITERION, 2024, &facts).outcome, Fail);
    }
}
