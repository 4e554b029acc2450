//! xa.I.6: Tỷ lệ cán bộ, công chức cấp xã tham gia đào tạo, bồi dưỡng, tập huấn, cập nhật kiến thức
//! về chuyển đổi số, kỹ năng số, công nghệ số (share of commune officials trained in digital
//! transformation, digital skills and digital technology).
//!
//! Check: `officials.digital_trained` / `officials.total` ≥ the level's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.6",
    group: super::CHINH_QUYEN_SO,
    name: "Tỷ lệ cán bộ, công chức cấp xã tham gia đào tạo, bồi dưỡng, tập huấn, cập nhật kiến thức về chuyển đổi số, kỹ năng số, công nghệ số",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(50.0),
        Target::Min(60.0),
        Target::Min(80.0),
        Target::Min(100.0),
        Target::Min(100.0),
    ]),
    agency: "",
    legal_basis: "Quyết định số 146/QĐ- TTg ngày 28/01/2022 của Thủ tướng Chính phủ.",
    source: crate::source_xa!("I.6"),
    data_source: "Tỷ lệ phần trăm của số cán bộ, công chức cấp xã được tham gia đào tạo, bồi dưỡng, tập huấn, cập nhật kiến thức về chuyển đổi số, kỹ năng số, công nghệ số trên tổng số cán bộ, công chức của địa phương cấp xã tại thời điểm đánh giá.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["officials.total", "officials.digital_trained"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.6: the population is the commune's cán bộ, công chức at the time of assessment, `officials.total` (1829 1.2/1.4's population), numerator `officials.digital_trained` (key of district row II.6); not 1829 1.10's `staff.*`, which adds non-specialised workers. The row gives no period for the training: the dataset counts those who have taken part as of the assessment.",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("officials.digital_trained", "officials.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["50%", "60%", "80%", "100%", "100%"]);
        assert_share_targets(&CRITERION, "officials.digital_trained", "officials.total");
    }
}
