//! huyen.II.8: Tỷ lệ công chức cấp huyện được trang bị máy tính, có kết nối mạng LAN, được cài phần
//! mềm phòng chống virus, mã độc (share of civil servants' computers on the LAN with anti-virus
//! software).
//!
//! Check: `office_computers.officials_lan_antivirus` / `office_computers.total` ≥ the level's
//! percentage (computers equipped for công chức, on the LAN, with anti-virus/anti-malware software
//! over computers of the district government).
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "huyen.II.8",
    group: super::CHINH_QUYEN_SO,
    name: "Tỷ lệ công chức cấp huyện được trang bị máy tính, có kết nối mạng LAN, được cài phần mềm phòng chống virus, mã độc",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(50.0),
        Target::Min(60.0),
        Target::Min(70.0),
        Target::Min(80.0),
        Target::Min(90.0),
    ]),
    agency: "",
    legal_basis: "Chỉ thị số 14/CT-TTg ngày 25/5/2018 của Thủ tướng Chính phủ.",
    source: crate::source_huyen!("II.8"),
    data_source: "Tỷ lệ phần trăm của số máy tính được trang bị cho công chức cấp huyện có kết nối mạng LAN được cài đặt phần mềm chống virus, mã độc trên tổng số máy tính hiện có của cơ quan chính quyền cấp huyện.",
    level_of_government: LevelOfGovernment::District,
    evidence: &[],
    facts: &[
        "office_computers.total",
        "office_computers.officials_lan_antivirus",
    ],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục II, row II.8: the row's name speaks of the share of công chức equipped with a computer on the LAN with anti-virus software, but its method computes a share of COMPUTERS (computers equipped for công chức, on the LAN, with anti-virus/anti-malware software, over all computers of the district government bodies); the method is implemented (`office_computers.officials_lan_antivirus` / `office_computers.total`).",
        "2361/QĐ-BTTTT Phụ lục II, row II.8 names công chức only (not cán bộ); Thanh Hóa's interim district row III.1 measures cán bộ, công chức with licensed anti-virus software: a different indicator.",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "office_computers.officials_lan_antivirus",
            "office_computers.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_has_its_minimum() {
        assert_targets(&CRITERION, &["50%", "60%", "70%", "80%", "90%"]);
        assert_share_targets(
            &CRITERION,
            "office_computers.officials_lan_antivirus",
            "office_computers.total",
        );
    }
}
