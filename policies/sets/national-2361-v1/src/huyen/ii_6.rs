//! huyen.II.6: Tỷ lệ cán bộ, công chức được tham gia đào tạo, bồi dưỡng, tập huấn, cập nhật kiến
//! thức về chuyển đổi số, kỹ năng số, công nghệ số (share of officials trained in digital
//! transformation, digital skills and digital technology).
//!
//! Check: `officials.digital_trained` / `officials.total` ≥ the level's percentage (officials
//! trained over officials).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.II.6",
    group: super::CHINH_QUYEN_SO,
    name: "Tỷ lệ cán bộ, công chức được tham gia đào tạo, bồi dưỡng, tập huấn, cập nhật kiến thức về chuyển đổi số, kỹ năng số, công nghệ số",
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
    source: crate::source_huyen!("II.6"),
    data_source: "Tỷ lệ phần trăm của số cán bộ, công chức cấp huyện được tham gia đào tạo, bồi dưỡng, tập huấn, cập nhật kiến thức về chuyển đổi số, kỹ năng số, công nghệ số trên tổng số cán bộ, công chức của địa phương cấp huyện tại thời điểm đánh giá.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["officials.total", "officials.digital_trained"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row II.6: the population is the district's cán bộ, công chức at the time of assessment (`officials.total`, not viên chức and not `staff.*`); the numerator is those who took part in training, refresher or update courses on digital transformation, digital skills or digital technology (`officials.digital_trained`).",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("officials.digital_trained", "officials.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_has_its_minimum() {
        assert_targets(&CRITERION, &["50%", "60%", "80%", "100%", "100%"]);
        assert_share_targets(&CRITERION, "officials.digital_trained", "officials.total");
    }
}
