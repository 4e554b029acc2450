//! xa.III.3: Tỷ lệ dân số trưởng thành từ 18 tuổi trở lên có chữ ký số hoặc chữ ký điện tử cá nhân
//! (share of residents aged 18 and over with a personal digital or electronic signature).
//!
//! Check: `adults_18plus.digital_signature` / `adults_18plus.total` ≥ the level's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.III.3",
    group: super::XA_HOI_SO,
    name: "Tỷ lệ dân số trưởng thành từ 18 tuổi trở lên có chữ ký số hoặc chữ ký điện tử cá nhân",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(20.0),
        Target::Min(30.0),
        Target::Min(40.0),
        Target::Min(50.0),
        Target::Min(60.0),
    ]),
    agency: "",
    legal_basis: "Quyết định số 411/QĐ- TTg ngày 31/3/2022 của Thủ tướng Chính phủ.",
    source: crate::source_xa!("III.3"),
    data_source: "Tỷ lệ phần trăm dân số trưởng thành từ 18 tuổi trở lên có chữ ký số hoặc chữ ký điện tử cá nhân trên tổng dân số từ 18 tuổi trở lên tại địa phương cấp xã.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["adults_18plus.total", "adults_18plus.digital_signature"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row III.3 states 18 and over explicitly: 1829 3.10's keys (`adults_18plus.digital_signature` / `adults_18plus.total`, a personal digital or electronic signature among residents aged 18 and over) measure the same thing.",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("adults_18plus.digital_signature", "adults_18plus.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["20%", "30%", "40%", "50%", "60%"]);
        assert_share_targets(
            &CRITERION,
            "adults_18plus.digital_signature",
            "adults_18plus.total",
        );
    }
}
