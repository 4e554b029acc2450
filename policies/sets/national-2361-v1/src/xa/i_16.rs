//! xa.I.16: Trang thông tin điện tử cung cấp đầy đủ thông tin theo quy định tại Nghị định số
//! 42/2022/NĐ-CP ngày 24/06/2022 và Thông tư số 22/2023/TT-BTTTT ngày 31/12/2023 (the web portal
//! provides all information required by Decree 42/2022/NĐ-CP and Circular 22/2023/TT-BTTTT).
//!
//! Check: `portal.compliant_nd42_tt22` is true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.16",
    group: super::CHINH_QUYEN_SO,
    name: "Trang thông tin điện tử cung cấp đầy đủ thông tin theo quy định tại Nghị định số 42/2022/NĐ-CP ngày 24/06/2022 và Thông tư số 22/2023/TT-BTTTT ngày 31/12/2023",
    unit: "Trang",
    targets: Targets::ByLevel(&[
        Target::NotAssessed,
        Target::NotAssessed,
        Target::Text("Có trang thông tin điện tử"),
        Target::Text("Có trang thông tin điện tử"),
        Target::Text("Có trang thông tin điện tử"),
    ]),
    agency: "",
    legal_basis: "Thông tư số 22/2023/TT- BTTTT ngày 31/12/2023 của Bộ trưởng Bộ Thông tin và Truyền thông.",
    source: crate::source_xa!("I.16"),
    data_source: "UBND cấp xã có Trang thông tin điện tử cung cấp đầy đủ thông tin theo quy định tại Nghị định số 42/2022/NĐ-CP ngày 24/06/2022 và Thông tư số 22/2023/TT-BTTTT ngày 31/12/2023.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &["portal.compliant_nd42_tt22"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.16: the target cell says only \"Có trang thông tin điện tử\", but the name and the method require the commune's web portal to provide all information required by Decree 42/2022/NĐ-CP and Circular 22/2023/TT-BTTTT: implemented as the name states, the assessor's yes/no judgement `portal.compliant_nd42_tt22` (key of district row II.18), so a portal lacking required information does not meet it. Not 1829 1.9's `portal.compliant_nd42` (Decree 42 only).",
    ],
    judgements: &[],
    check: |cx| cx.holds("portal.compliant_nd42_tt22"),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_flag_target, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(
            &CRITERION,
            &[
                "*",
                "*",
                "Có trang thông tin điện tử",
                "Có trang thông tin điện tử",
                "Có trang thông tin điện tử",
            ],
        );
        assert_flag_target(&CRITERION, "portal.compliant_nd42_tt22");
    }
}
