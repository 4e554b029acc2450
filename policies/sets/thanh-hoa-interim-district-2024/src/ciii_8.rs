//! III.8: Trang thông tin điện tử cung cấp kịp thời, đầy đủ thông tin theo quy định tại Nghị định
//! 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ Quy định về việc cung cấp thông tin và dịch vụ công
//! trực tuyến của cơ quan nhà nước trên môi trường mạng (a web portal providing the information
//! required by Decree 42/2022/NĐ-CP completely and in time).
//!
//! Check: `portal.compliant_nd42` and `portal.information_timely` are true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "III.8",
    group: crate::CHINH_QUYEN_SO,
    name: "Trang thông tin điện tử cung cấp kịp thời, đầy đủ thông tin theo quy định tại Nghị định 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng.",
    unit: "Trang TTĐT",
    targets: Targets::ByYear(&[(2024, Target::Text("Có")), (2025, Target::Text("Có"))]),
    agency: "Sở Thông tin và Truyền thông",
    legal_basis: "Nghị định số 42/2022/NĐ-CP ngày 24/6/2022",
    source: crate::source!("III.8"),
    data_source: "",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["portal.compliant_nd42", "portal.information_timely"],
    notes: &[
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row III.8 (unit \"Trang TTĐT\", target \"Có\") is qualitative: the district web portal must provide the information required by Nghị định 42/2022/NĐ-CP completely (\"đầy đủ\": the assessor's judgement `portal.compliant_nd42`, as 1829 1.9) and in time (\"kịp thời\": `portal.information_timely`, which 1829 1.9 does not ask); both must hold. A district without a web portal fails both.",
        "Bộ tiêu chí tạm thời cấp huyện (Thanh Hóa 2024) Phụ lục 1, row III.8 cites Decree 42 only: not `portal.compliant_nd42_tt22` (2361 district II.18 adds Circular 22/2023/TT-BTTTT and integration with the provincial portal).",
    ],
    judgements: &[],
    check: |cx| cx.all_hold(["portal.compliant_nd42", "portal.information_timely"]),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_all_flags, assert_targets};

    #[test]
    fn every_year_needs_complete_and_timely_information() {
        assert_targets(&CRITERION, &["Có", "Có"]);
        let flags = ["portal.compliant_nd42", "portal.information_timely"];
        assert_all_flags(&CRITERION, &flags);
    }
}
