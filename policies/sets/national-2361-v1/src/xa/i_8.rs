//! xa.I.8: Tỷ lệ công chức cấp xã được trang bị máy tính, có kết nối mạng LAN, được cài phần mềm
//! phòng chống virus, mã độc (civil servants' computers connected to the LAN with
//! anti-virus/anti-malware software).
//!
//! Check: `office_computers.officials_lan_antivirus` / `office_computers.total` ≥ the level's
//! minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.I.8",
    group: super::CHINH_QUYEN_SO,
    name: "Tỷ lệ công chức cấp xã được trang bị máy tính, có kết nối mạng LAN, được cài phần mềm phòng chống virus, mã độc",
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
    source: crate::source_xa!("I.8"),
    data_source: "Tỷ lệ phần trăm của số máy tính được trang bị cho công chức cấp xã có kết nối mạng LAN được cài đặt phần mềm chống virus, mã độc trên tổng số máy tính hiện có của cơ quan chính quyền cấp xã.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &[
        "office_computers.total",
        "office_computers.officials_lan_antivirus",
    ],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row I.8: the name is a share of civil servants (công chức) equipped with a LAN-connected computer with anti-malware software, but the method column computes a share of computers: those equipped for civil servants, connected to the LAN and with anti-virus/anti-malware software, over all computers of the commune government. The method is implemented (`office_computers.officials_lan_antivirus` / `office_computers.total`, the keys of district row II.8); the two readings differ when civil servants share or lack computers.",
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
    fn each_level_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["50%", "60%", "70%", "80%", "90%"]);
        assert_share_targets(
            &CRITERION,
            "office_computers.officials_lan_antivirus",
            "office_computers.total",
        );
    }
}
