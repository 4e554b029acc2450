//! huyen.II.18: Trang thông tin điện tử (TTĐT) cung cấp đầy đủ thông tin theo quy định tại Nghị
//! định số 42/2022/NĐ-CP ngày 24/06/2022 và Thông tư số 22/2023/TT-BTTTT ngày 31/12/2023 (web
//! portal providing the information required by Decree 42/2022 and Circular 22/2023).
//!
//! Check: all of `portal.compliant_nd42_tt22`, `portal.integrated_provincial` are true.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.II.18",
    group: super::CHINH_QUYEN_SO,
    name: "Trang thông tin điện tử (TTĐT) cung cấp đầy đủ thông tin theo quy định tại Nghị định số 42/2022/NĐ-CP ngày 24/06/2022 và Thông tư số 22/2023/TT-BTTTT ngày 31/12/2023",
    unit: "Trang TTĐT",
    targets: Targets::ByLevel(&[
        Target::Text("Có Trang TTĐT"),
        Target::Text("Có Trang TTĐT"),
        Target::Text("Có Trang TTĐT"),
        Target::Text("Có Trang TTĐT"),
        Target::Text("Có Trang TTĐT"),
    ]),
    agency: "",
    legal_basis: "Thông tư số 22/2023/TT-BTTTT ngày 31/12/2023 của Bộ trưởng Bộ Thông tin và Truyền thông.",
    source: crate::source_huyen!("II.18"),
    data_source: "UBND cấp huyện có Trang thông tin điện tử cung cấp đầy đủ thông tin theo quy định tại Nghị định số 42/2022/NĐ-CP ngày 24/06/2022 và Thông tư số 22/2023/TT-BTTTT ngày 31/12/2023 và tích hợp với Cổng TTĐT cấp tỉnh.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &["portal.compliant_nd42_tt22", "portal.integrated_provincial"],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row II.18: the target \"Có Trang TTĐT\" (every level) is read with the row's name and method: the district People's Committee has a web portal that provides all information required by Decree 42/2022/NĐ-CP and Circular 22/2023/TT-BTTTT (assessor's judgement `portal.compliant_nd42_tt22`, not 1829's `portal.compliant_nd42`) and is integrated with the provincial web portal (`portal.integrated_provincial`, required by the method column only); both must hold.",
    ],
    judgements: &[],
    check: |cx| cx.all_hold(["portal.compliant_nd42_tt22", "portal.integrated_provincial"]),
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_all_flags, assert_targets};

    #[test]
    fn all_flags_must_hold() {
        assert_targets(
            &CRITERION,
            &[
                "Có Trang TTĐT",
                "Có Trang TTĐT",
                "Có Trang TTĐT",
                "Có Trang TTĐT",
                "Có Trang TTĐT",
            ],
        );
        assert_all_flags(
            &CRITERION,
            &["portal.compliant_nd42_tt22", "portal.integrated_provincial"],
        );
    }
}
