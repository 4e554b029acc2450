//! 1.5: Hồ sơ TTHC tại UBND cấp xã tiếp nhận, cập nhật, xử lý trên Hệ thống thông tin một cửa
//! điện tử. (share of administrative-procedure dossiers received, updated and processed on the
//! electronic one-stop system).
//!
//! Source: 1829/QĐ-UBND, Phụ lục 01, row 1.5. Unit: "%" (a minimum share). Targets: 2022 100 %,
//! 2023 100 %, 2024 100 %, 2025 100 %.
//! Agency: Trung tâm Phục vụ HCC tỉnh. Legal basis: Quyết định số 942/QĐ-TTg ngày 15/6/2021;
//! Chỉ thị số 12/CT-UBND ngày 01/4/2020.
//! Evidence (001, Chỉ tiêu 1.5): Biểu mẫu báo cáo kết quả theo Công văn số 222/HCC-HCQT ngày
//! 13/6/2023 của Trung tâm Phục vụ Hành chính công tỉnh.
//! Check: `admin_dossiers.on_one_stop_system` / `admin_dossiers.received` ≥ the year's minimum.
//!
//! **Notes**
//! - None: a direct transcription.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "1.5",
    group: crate::CHINH_QUYEN_SO,
    name: "Hồ sơ TTHC tại UBND cấp xã tiếp nhận, cập nhật, xử lý trên Hệ thống thông tin một cửa điện tử.",
    unit: "%",
    targets: Targets::ByYear(&[
        (2022, Target::Min(100.0)),
        (2023, Target::Min(100.0)),
        (2024, Target::Min(100.0)),
        (2025, Target::Min(100.0)),
    ]),
    agency: "Trung tâm Phục vụ HCC tỉnh",
    legal_basis: "Quyết định số 942/QĐ-TTg ngày 15/6/2021; Chỉ thị số 12/CT-UBND ngày 01/4/2020",
    source: crate::source!("1.5"),
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[crate::evidence::HCC_222_FORMS],
    facts: &[
        "admin_dossiers.received",
        "admin_dossiers.on_one_stop_system",
    ],
    notes: &[],
    check: |cx| {
        cx.share_at_least(
            "admin_dossiers.on_one_stop_system",
            "admin_dossiers.received",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::abi::GuestOutcome::*;
    use dtcheck_sdk::evaluate_native;

    #[test]
    fn every_year_exactly_at_the_target_passes_and_just_below_fails() {
        // (year, target %): out of 200, 2 × target passes and one fewer fails.
        for (year, min) in [(2022, 100.0), (2023, 100.0), (2024, 100.0), (2025, 100.0)] {
            let at = evaluate_native(&CRITERION, year, &[Some(200.0), Some(2.0 * min)]);
            let below = [Some(200.0), Some(2.0 * min - 1.0)];
            let below = evaluate_native(&CRITERION, year, &below);
            assert_eq!(at.outcome, Pass, "{year}: {}", at.reason);
            assert_eq!(below.outcome, Fail, "{year}: {}", below.reason);
        }
    }
}
