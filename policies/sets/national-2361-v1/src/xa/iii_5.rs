//! xa.III.5: Tỷ lệ người dân trong độ tuổi lao động được được tập huấn, hướng dẫn kỹ năng số cơ
//! bản, an toàn thông tin trên không gian mạng và hành vi ứng xử trên các mạng xã hội (share of
//! working-age residents trained in basic digital skills, cyber-safety and conduct on social
//! networks).
//!
//! Check: `working_age.digital_skills_trained` / `working_age.total` ≥ the level's minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.III.5",
    group: super::XA_HOI_SO,
    name: "Tỷ lệ người dân trong độ tuổi lao động được được tập huấn, hướng dẫn kỹ năng số cơ bản, an toàn thông tin trên không gian mạng và hành vi ứng xử trên các mạng xã hội",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(10.0),
        Target::Min(30.0),
        Target::Min(50.0),
        Target::Min(70.0),
        Target::Min(90.0),
    ]),
    agency: "",
    legal_basis: "Quyết định số 411/QĐ- TTg ngày 31/3/2022 của Thủ tướng Chính phủ.",
    source: crate::source_xa!("III.5"),
    data_source: "Tỷ lệ phần trăm của số người dân trong độ tuổi lao động được tập huấn, hướng dẫn kỹ năng số cơ bản, an toàn thông tin trên không gian mạng và hành vi ứng xử trên các mạng xã hội trên tổng số người dân trong độ tuổi lao động tại địa phương cấp xã.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["working_age.total", "working_age.digital_skills_trained"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row III.5: the doubled \"được được\" in the name is the source's typo, kept verbatim.",
        "2361/QĐ-BTTTT Phụ lục I, row III.5: numerator `working_age.digital_skills_trained` (trained or guided in basic digital skills, information security in cyberspace and conduct on social networks), not 1829 3.1's `working_age.digital_skills_informed` (being informed about basic digital skills counts there); the population `working_age.total` is the same.",
    ],
    judgements: &[],
    check: |cx| cx.share_at_least("working_age.digital_skills_trained", "working_age.total"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["10%", "30%", "50%", "70%", "90%"]);
        assert_share_targets(
            &CRITERION,
            "working_age.digital_skills_trained",
            "working_age.total",
        );
    }
}
