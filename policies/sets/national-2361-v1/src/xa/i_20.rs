//! xa.I.20: Xây dựng và triển khai kế hoạch của địa phương để hỗ trợ, hướng dẫn người dân trong
//! chuyển đổi số (a local plan to support and guide residents in digital transformation).
//!
//! Check: `resident_dx_support_plan.issued` is true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.20",
    group: super::CHINH_QUYEN_SO,
    name: "Xây dựng và triển khai kế hoạch của địa phương để hỗ trợ, hướng dẫn người dân trong chuyển đổi số",
    unit: "Chương trình, kế hoạch",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text("Có kế hoạch"),
        Target::Text("Có kế hoạch"),
        Target::Text("Có kế hoạch"),
    ]),
    agency: "",
    legal_basis: "Công văn số 3445/BNN- VPĐP ngày 29/5/2023 của Bộ Nông nghiệp và Phát triển nông thôn.",
    source: crate::source_xa!("I.20"),
    data_source: "UBND cấp xã có ban hành Kế hoạch để hỗ trợ, hướng dẫn người dân trong chuyển đổi số.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["resident_dx_support_plan.issued"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.20: the name says \"Xây dựng và triển khai kế hoạch\" (draw up and carry out a plan), but the target \"Có kế hoạch\" and the method (\"UBND cấp xã có ban hành Kế hoạch\") only require the plan to be issued: implemented as the target and method state, the yes/no fact `resident_dx_support_plan.issued`.",
    ],
    judgements: &[],
    check: |cx| cx.holds("resident_dx_support_plan.issued"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(
            &CRITERION,
            &["*", "*", "Có kế hoạch", "Có kế hoạch", "Có kế hoạch"],
        );
        assert_flag_target(&CRITERION, "resident_dx_support_plan.issued");
    }
}
