//! xa.III.4: Tỷ lệ người dân trong độ tuổi trưởng thành có tài khoản định danh điện tử (share of
//! adult residents with an electronic identification account).
//!
//! Check: `adults_18plus.e_id_account` / `adults_18plus.total` ≥ the level's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.III.4",
    group: super::XA_HOI_SO,
    name: "Tỷ lệ người dân trong độ tuổi trưởng thành có tài khoản định danh điện tử",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(40.0),
        Target::Min(50.0),
        Target::Min(60.0),
        Target::Min(70.0),
        Target::Min(80.0),
    ]),
    agency: "",
    legal_basis: "Nghị định số 69/2024/NĐ-CP ngày 25/6/2024 của Chính phủ.",
    source: crate::source_xa!("III.4"),
    data_source: "Tỷ lệ phần trăm của số người dân trong độ tuổi trường thành được thiết lập tài khoản định danh điện tử trên tổng số người dân trong độ tuổi trưởng thành tại địa phương cấp xã.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["adults_18plus.total", "adults_18plus.e_id_account"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row III.4 does not say at which age \"độ tuổi trưởng thành\" starts. It is read as 18 and over (người thành niên, Civil Code 2015 Art. 20; the reading of 1829 3.10 and of `adults_18plus`; row III.3 states 18), although row III.1 calls residents aged 15 and over \"dân số trưởng thành\": uncertain, an assessor reading 15 and over would need `adults_15plus`.",
        "Competing readings, recorded: 15 and over is supported by row III.1 of this appendix (\"dân số trưởng thành từ 15 tuổi trở lên\", smartphones) and by the 2024 provincial DTI guidance for districts (seed 002), which counts e-ID accounts over residents aged 15 and over; 18 and over by row III.3 (\"từ 18 tuổi trở lên\", digital signatures), by the legal age of adulthood and by 1829's reading of its Mẫu 3.3 list (3.3, 3.4, 3.10, 3.11). This set reads 18 and over; the crosswalk note of 1829 3.9 → xa.III.4 says what the 15+ reading would change.",
        "2361/QĐ-BTTTT Phụ lục I, row III.4: numerator `adults_18plus.e_id_account`, not 1829 3.9's `residents.e_id_account` (a share of all residents).",
        "2361/QĐ-BTTTT Phụ lục I, row III.4: the method column's \"trường thành\" is a typo for \"trưởng thành\", kept verbatim in `data_source`.",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("adults_18plus.e_id_account", "adults_18plus.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["40%", "50%", "60%", "70%", "80%"]);
        assert_share_targets(
            &CRITERION,
            "adults_18plus.e_id_account",
            "adults_18plus.total",
        );
    }
}
