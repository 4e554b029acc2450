//! xa.III.6: Tỷ lệ người dân có hồ sơ sức khỏe điện tử (share of residents with an electronic
//! health record).
//!
//! Check: `residents.e_health_record_created` / `residents.total` ≥ the level's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.III.6",
    group: super::XA_HOI_SO,
    name: "Tỷ lệ người dân có hồ sơ sức khỏe điện tử",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(60.0),
        Target::Min(70.0),
        Target::Min(80.0),
        Target::Min(90.0),
        Target::Min(100.0),
    ]),
    agency: "",
    legal_basis: "Quyết định số 411/QĐ- TTg ngày 31/3/2022 của Thủ tướng Chính phủ.",
    source: crate::source_xa!("III.6"),
    data_source: "Tỷ lệ phần trăm của số người dân đã được thiết lập hồ sơ sức khỏe điện tử trên tổng số người dân của địa phương cấp xã.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["residents.total", "residents.e_health_record_created"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row III.6 counts residents for whom an electronic health record has been set up (\"đã được thiết lập\"): `residents.e_health_record_created`, not 1829 3.5's `residents.e_health_record`, which also requires the record to be updated regularly; the population `residents.total` is the same.",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("residents.e_health_record_created", "residents.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["60%", "70%", "80%", "90%", "100%"]);
        assert_share_targets(
            &CRITERION,
            "residents.e_health_record_created",
            "residents.total",
        );
    }
}
