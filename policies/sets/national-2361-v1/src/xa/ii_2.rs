//! xa.II.2: Tỷ lệ thành viên của hợp tác xã, doanh nghiệp được định hướng, tập huấn ứng dụng công
//! nghệ số phục vụ sản xuất, kinh doanh (share of members of cooperatives and enterprises oriented
//! and trained in applying digital technology).
//!
//! Check: `coop_enterprise_members.digital_trained` / `coop_enterprise_members.total` ≥ the level's
//! minimum.
use dtcheck_sdk::prelude::*;

pub const CRITERION: Criterion = Criterion {
    id: "xa.II.2",
    group: super::KINH_TE_SO,
    name: "Tỷ lệ thành viên của hợp tác xã, doanh nghiệp được định hướng, tập huấn ứng dụng công nghệ số phục vụ sản xuất, kinh doanh",
    unit: "%",
    targets: Targets::ByLevel(&[
        Target::Min(30.0),
        Target::Min(40.0),
        Target::Min(50.0),
        Target::Min(70.0),
        Target::Min(90.0),
    ]),
    agency: "",
    legal_basis: "Công văn số 3445/BNN- VPĐP ngày 29/5/2023 của Bộ Nông nghiệp và Phát triển nông thôn.",
    source: crate::source_xa!("II.2"),
    data_source: "Tỷ lệ phần trăm của số thành viên của hợp tác xã, doanh nghiệp được định hướng, tập huấn ứng dụng công nghệ số phục vụ sản xuất, kinh doanh trên tổng số thành viên của hợp tác xã, doanh nghiệp trên địa bàn xã.",
    level_of_government: LevelOfGovernment::Commune,
    evidence: &[],
    facts: &[
        "coop_enterprise_members.total",
        "coop_enterprise_members.digital_trained",
    ],
    notes: &[
        "2361/QĐ-BTTTT Phụ lục I, row II.2 counts people: the members of the commune's cooperatives and enterprises (`coop_enterprise_members.total`) and those oriented and trained in applying digital technology to production and business (`coop_enterprise_members.digital_trained`). The row does not say whether an enterprise's employees are its \"thành viên\" (members); the dataset records the figure the commune reports.",
    ],
    judgements: &[],
    check: |cx| {
        cx.share_at_least(
            "coop_enterprise_members.digital_trained",
            "coop_enterprise_members.total",
        )
    },
};

#[cfg(test)]
mod tests {
    use super::CRITERION;
    use dtcheck_sdk::testing::{assert_share_targets, assert_targets};

    #[test]
    fn each_level_is_assessed_against_its_target() {
        assert_targets(&CRITERION, &["30%", "40%", "50%", "70%", "90%"]);
        assert_share_targets(
            &CRITERION,
            "coop_enterprise_members.digital_trained",
            "coop_enterprise_members.total",
        );
    }
}
