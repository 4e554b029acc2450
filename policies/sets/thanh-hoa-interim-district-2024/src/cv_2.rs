//! V.2: Trung tâm y tế, bệnh viện thực hiện ứng dụng công nghệ thông tin theo Thông tư
//! 54/2017/TT-BYT và Thông tư 46/2018/TT-BYT của Bộ Y tế (the health centre and hospitals apply IT
//! under Circulars 54/2017/TT-BYT and 46/2018/TT-BYT).
//!
//! Check: `health_centres_and_hospitals.it_tt54_tt46` is true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "V.2",
    group: crate::XA_HOI_SO,
    name: "Trung tâm y tế, bệnh viện thực hiện ứng dụng công nghệ thông tin theo Thông tư 54/2017/TT-BYT và Thông tư 46/2018/TT-BYT của Bộ Y tế.",
    unit: "Có/ không",
    targets: Targets::ByYear(&[(2024, Target::Text("Có")), (2025, Target::Text("Có"))]),
    agency: "Sở Y tế",
    legal_basis: "Thông tư 54/2017/TT-BYT và Thông tư 46/2018/TT-BYT của Bộ Y tế",
    source: crate::source!("V.2"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["health_centres_and_hospitals.it_tt54_tt46"],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row V.2 (unit \"Có/ không\", target \"Có\") is a yes/no judgement, `health_centres_and_hospitals.it_tt54_tt46`: the district's health centre and its hospitals apply IT as Thông tư 54/2017/TT-BYT (IT-application criteria) and Thông tư 46/2018/TT-BYT (electronic medical records) require; read as all of them, since the row names the kinds of facility and gives no share. Not 2361 district IV.4 (share of medical facilities with electronic medical records).",
    ],
    judgements: &[],
    check: |cx| cx.holds("health_centres_and_hospitals.it_tt54_tt46"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn every_year_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["Có", "Có"]);
        assert_flag_target(&CRITERION, "health_centres_and_hospitals.it_tt54_tt46");
    }
}
