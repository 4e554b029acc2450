//! The row-level lists of seed 001 ("A. Các mẫu bảng biểu", the forms the Sở Thông tin
//! và Truyền thông is responsible for), as the template writes them and the import reads
//! them: each form's title, its columns exactly as the seed has them (in order, with the
//! seed's Vietnamese headers), the summary lines under it, and the facts its rows give.
//!
//! A form reads like its table: one [`Column`] per column of the seed, one [`Summary`]
//! per line under the list, one [`Derived`] per fact of the data dictionary whose
//! `x-derivable-from` names the form.

/// What a column holds, and so what the import may read of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The row number (TT / STT): not read.
    RowNumber,
    /// Personal data (a name, a phone number, an address, an e-mail address): never
    /// copied anywhere; read only to tell a blank cell from a filled one, and, for the
    /// columns that identify a row, to find rows that repeat a person or an enterprise
    /// (compared in memory, never reported).
    Private,
    /// Free text (a position, a note, a provider): not read.
    Text,
    /// Có / Không.
    YesNo,
    /// A personal entry whose presence is the answer ("Hộp thư điện tử công vụ (ghi địa
    /// chỉ hộp thư)": an address filled in means the mailbox exists). Never copied.
    FilledMeansYes,
}

/// One column of a form.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// The header as the seed writes it.
    pub header: &'static str,
    /// The header of the merged cell above it, when the seed groups columns
    /// ("Sử dụng hợp đồng điện tử" over "Có/Không" and "Đơn vị cung cấp …").
    pub group: Option<&'static str>,
    pub kind: Kind,
    /// Part of what identifies a row's person or enterprise (duplicates are refused).
    pub identifies: bool,
}

/// What the rows of a form count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// Every row of the list.
    Rows,
    /// Rows whose column `i` says yes (Có, or filled in for [`Kind::FilledMeansYes`]).
    Yes(usize),
    /// Rows whose columns `i` and `j` both say yes.
    Both(usize, usize),
}

/// A line under the list ("Tổng số CBCC của cơ quan: … người", "Tỷ lệ …: …%"): when
/// filled in, it must agree with the rows.
#[derive(Debug, Clone, Copy)]
pub struct Summary {
    /// The line's label as the seed writes it, without the dots and the colon.
    pub label: &'static str,
    pub says: Says,
}

/// What a summary line states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Says {
    /// A count.
    Count(Count),
    /// A percentage: the first count over the second.
    Percent(Count, Count),
}

/// A fact of the data dictionary that a form's rows give.
#[derive(Debug, Clone, Copy)]
pub struct Derived {
    pub fact: &'static str,
    pub count: Count,
    /// What is counted, for the explanation ("có điện thoại thông minh").
    pub what: &'static str,
}

/// One list of seed 001.
#[derive(Debug, Clone, Copy)]
pub struct Form {
    /// The form's number in seed 001 ("3.3").
    pub id: &'static str,
    /// The sheet of the workbook that holds it (at most 31 characters, as Excel allows).
    pub sheet: &'static str,
    /// The title as the seed writes it.
    pub title: &'static str,
    /// A second heading over the table, when the seed has one (Mẫu 4.1's two lists).
    pub heading: Option<&'static str>,
    pub columns: &'static [Column],
    pub summary: &'static [Summary],
    pub derives: &'static [Derived],
    /// Why no fact is derived from the form's rows, when none is.
    pub derives_nothing: Option<&'static str>,
}

const fn col(header: &'static str, kind: Kind) -> Column {
    Column {
        header,
        group: None,
        kind,
        identifies: false,
    }
}

const fn id(header: &'static str, kind: Kind) -> Column {
    Column {
        header,
        group: None,
        kind,
        identifies: true,
    }
}

const fn grouped(group: &'static str, header: &'static str, kind: Kind) -> Column {
    Column {
        header,
        group: Some(group),
        kind,
        identifies: false,
    }
}

/// Seed 001, "A. Các mẫu bảng biểu": every form whose rows the import reads, in the
/// seed's order.
pub const FORMS: &[Form] = &[
    Form {
        id: "1.4",
        sheet: "Mẫu 1.4",
        title: "Mẫu 1.4. Danh sách cán bộ, công chức có máy tính và được cấp hộp thư điện tử công vụ",
        heading: None,
        columns: &[
            col("STT", Kind::RowNumber),
            id("Họ tên", Kind::Private),
            id("Chức vụ", Kind::Text),
            col("Có máy tính làm việc", Kind::YesNo),
            col(
                "Hộp thư điện tử công vụ (ghi địa chỉ hộp thư)",
                Kind::FilledMeansYes,
            ),
            col("Ghi chú", Kind::Text),
        ],
        summary: &[
            Summary {
                label: "Tổng số CBCC của cơ quan",
                says: Says::Count(Count::Rows),
            },
            Summary {
                label: "Tỷ lệ CBCC có máy tính/tổng số CBCC",
                says: Says::Percent(Count::Yes(3), Count::Rows),
            },
            Summary {
                label: "Tỷ lệ CBCC được cấp hộp thư điện tử công vụ/tổng số CBCC",
                says: Says::Percent(Count::Yes(4), Count::Rows),
            },
        ],
        derives: &[
            Derived {
                fact: "officials.total",
                count: Count::Rows,
                what: "cán bộ, công chức",
            },
            Derived {
                fact: "officials.with_computer",
                count: Count::Yes(3),
                what: "có máy tính làm việc",
            },
            Derived {
                fact: "officials.with_official_email",
                count: Count::Yes(4),
                what: "được cấp hộp thư điện tử công vụ",
            },
        ],
        derives_nothing: None,
    },
    Form {
        id: "2.5",
        sheet: "Mẫu 2.5",
        title: "Mẫu 2.5. Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử",
        heading: None,
        columns: &[
            col("TT", Kind::RowNumber),
            id("Tên doanh nghiệp", Kind::Private),
            id("Số điện thoại liên hệ", Kind::Private),
            grouped("Sử dụng hợp đồng điện tử", "Có/Không", Kind::YesNo),
            grouped(
                "Sử dụng hợp đồng điện tử",
                "Đơn vị cung cấp hợp đồng điện tử",
                Kind::Text,
            ),
            col("Ghi chú", Kind::Text),
        ],
        summary: &[
            Summary {
                label: "Tổng số DNVVN",
                says: Says::Count(Count::Rows),
            },
            Summary {
                label: "Tỷ lệ DNVVN sử dụng hợp đồng điện tử",
                says: Says::Percent(Count::Yes(3), Count::Rows),
            },
        ],
        derives: &[
            Derived {
                fact: "enterprises.total",
                count: Count::Rows,
                what: "doanh nghiệp",
            },
            Derived {
                fact: "enterprises.e_contracts",
                count: Count::Yes(3),
                what: "sử dụng hợp đồng điện tử",
            },
        ],
        derives_nothing: None,
    },
    Form {
        id: "2.6",
        sheet: "Mẫu 2.6",
        title: "Mẫu 2.6. Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số",
        heading: None,
        columns: &[
            col("TT", Kind::RowNumber),
            id("Tên doanh nghiệp", Kind::Private),
            id("Số điện thoại liên hệ", Kind::Private),
            col("Sử dụng nền tảng số", Kind::YesNo),
            col("Ghi chú", Kind::Text),
        ],
        summary: &[
            Summary {
                label: "Tổng số DNVVN",
                says: Says::Count(Count::Rows),
            },
            Summary {
                label: "Tỷ lệ DNVVN sử dụng nền tảng số",
                says: Says::Percent(Count::Yes(3), Count::Rows),
            },
        ],
        derives: &[
            Derived {
                fact: "smes.total",
                count: Count::Rows,
                what: "doanh nghiệp nhỏ và vừa",
            },
            Derived {
                fact: "smes.digital_platforms",
                count: Count::Yes(3),
                what: "sử dụng nền tảng số",
            },
        ],
        derives_nothing: None,
    },
    Form {
        id: "3.3",
        sheet: "Mẫu 3.3",
        title: "Mẫu 3.3. Tỷ lệ thuê bao điện thoại di động thông minh có sử dụng phần mềm an toàn thông tin mạng cơ bản",
        heading: None,
        columns: &[
            col("TT", Kind::RowNumber),
            id("Họ và tên", Kind::Private),
            id("Số điện thoại liên hệ", Kind::Private),
            col("Có điện thoại thông minh", Kind::YesNo),
            col("Có cài đặt PM ATTT", Kind::YesNo),
            col("Có chữ ký số", Kind::YesNo),
            col("Có sử dụng dịch vụ công trực tuyến", Kind::YesNo),
            col("Ghi chú", Kind::Text),
        ],
        summary: &[
            Summary {
                label: "Tổng dân số trưởng thành",
                says: Says::Count(Count::Rows),
            },
            Summary {
                label: "Tỷ lệ dân số trưởng thành có điện thoại thông minh",
                says: Says::Percent(Count::Yes(3), Count::Rows),
            },
            Summary {
                label: "Tỷ lệ thuê bao điện thoại thông minh được cài đặt phần mềm ATTT",
                says: Says::Percent(Count::Both(3, 4), Count::Yes(3)),
            },
            Summary {
                label: "Tỷ lệ dân số trưởng thành có chữ ký số",
                says: Says::Percent(Count::Yes(5), Count::Rows),
            },
            Summary {
                label: "Tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến",
                says: Says::Percent(Count::Yes(6), Count::Rows),
            },
        ],
        derives: &[
            Derived {
                fact: "adults_18plus.total",
                count: Count::Rows,
                what: "người trưởng thành",
            },
            Derived {
                fact: "adults_18plus.smartphone",
                count: Count::Yes(3),
                what: "có điện thoại thông minh",
            },
            Derived {
                fact: "smartphone_subscribers.total",
                count: Count::Yes(3),
                what: "có điện thoại thông minh",
            },
            Derived {
                fact: "smartphone_subscribers.security_app",
                count: Count::Both(3, 4),
                what: "có điện thoại thông minh và cài đặt PM ATTT",
            },
            Derived {
                fact: "adults_18plus.digital_signature",
                count: Count::Yes(5),
                what: "có chữ ký số",
            },
            Derived {
                fact: "adults_18plus.online_public_services",
                count: Count::Yes(6),
                what: "có sử dụng dịch vụ công trực tuyến",
            },
        ],
        derives_nothing: None,
    },
    Form {
        id: "4.1",
        sheet: "Mẫu 4.1 hộp cáp",
        title: "Mẫu số 4.1. Hạ tầng mạng băng rộng cáp quang, mạng thông tin di động 4G/5G sẵn sàng cung cấp dịch vụ đến các hộ gia đình.",
        heading: Some("Danh sách hộp cáp cung cấp dịch vụ Internet băng thông rộng"),
        columns: &[
            col("TT", Kind::RowNumber),
            col("Địa chỉ lắp đặt", Kind::Private),
            col("Mạng thông tin di động (ghi tên doanh nghiệp)", Kind::Text),
            col("Ghi chú", Kind::Text),
        ],
        summary: &[],
        derives: &[],
        derives_nothing: Some(
            "danh sách hộp cáp và trạm thu, phát sóng là hồ sơ chứng minh của chỉ tiêu 4.1 (cần xác nhận của các doanh nghiệp viễn thông); không tính số liệu nào từ danh sách. Số hộ gia đình được phục vụ ghi ở dòng households.broadband_and_mobile_ready của trang tính «Số liệu»",
        ),
    },
    Form {
        id: "4.1",
        sheet: "Mẫu 4.1 trạm",
        title: "Mẫu số 4.1. Hạ tầng mạng băng rộng cáp quang, mạng thông tin di động 4G/5G sẵn sàng cung cấp dịch vụ đến các hộ gia đình.",
        heading: Some("1. Danh sách các trạm thu, phát sóng thông tin di động"),
        columns: &[
            col("TT", Kind::RowNumber),
            col("Tên thôn/bản/khu phố", Kind::Text),
            col(
                "Hộp cáp cung cấp dịch vụ truy cập Internet băng rộng",
                Kind::Text,
            ),
            col("Ghi chú", Kind::Text),
        ],
        summary: &[],
        derives: &[],
        derives_nothing: Some(
            "danh sách hộp cáp và trạm thu, phát sóng là hồ sơ chứng minh của chỉ tiêu 4.1 (cần xác nhận của các doanh nghiệp viễn thông); không tính số liệu nào từ danh sách. Số hộ gia đình được phục vụ ghi ở dòng households.broadband_and_mobile_ready của trang tính «Số liệu»",
        ),
    },
    Form {
        id: "4.5",
        sheet: "Mẫu 4.5",
        title: "Mẫu số 4.5. Danh sách các khu vực công cộng, điểm du lịch cộng đồng, ... có wifi công cộng trên địa bàn xã",
        heading: None,
        columns: &[
            col("STT", Kind::RowNumber),
            id("Khu vực/tên điểm du lịch cộng đồng", Kind::Text),
            id("Địa chỉ (Số nhà/thôn)", Kind::Private),
            col("Ghi chú", Kind::Text),
        ],
        summary: &[Summary {
            label: "Tổng số điểm công cộng có wifi",
            says: Says::Count(Count::Rows),
        }],
        derives: &[Derived {
            fact: "public_wifi.points",
            count: Count::Rows,
            what: "điểm công cộng có wifi",
        }],
        derives_nothing: None,
    },
];

/// The form whose rows give `fact`, if one does.
pub fn deriving(fact: &str) -> Option<(&'static Form, &'static Derived)> {
    FORMS
        .iter()
        .find_map(|f| f.derives.iter().find(|d| d.fact == fact).map(|d| (f, d)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_valid_in_excel_and_distinct() {
        let mut seen = std::collections::BTreeSet::new();
        for f in FORMS {
            assert!(f.sheet.chars().count() <= 31, "{}", f.sheet);
            assert!(!f.sheet.contains(['[', ']', ':', '*', '?', '/', '\\']));
            assert!(seen.insert(f.sheet), "{}", f.sheet);
        }
    }

    #[test]
    fn counts_name_yes_no_columns() {
        let yes = |f: &Form, c: Count| match c {
            Count::Rows => true,
            Count::Yes(i) => matches!(f.columns[i].kind, Kind::YesNo | Kind::FilledMeansYes),
            Count::Both(i, j) => [i, j]
                .iter()
                .all(|&k| matches!(f.columns[k].kind, Kind::YesNo | Kind::FilledMeansYes)),
        };
        for f in FORMS {
            for d in f.derives {
                assert!(yes(f, d.count), "{} {}", f.id, d.fact);
            }
            for s in f.summary {
                match s.says {
                    Says::Count(c) => assert!(yes(f, c)),
                    Says::Percent(a, b) => assert!(yes(f, a) && yes(f, b)),
                }
            }
            assert_eq!(
                f.derives.is_empty(),
                f.derives_nothing.is_some(),
                "{}",
                f.id
            );
        }
    }

    #[test]
    fn every_derived_fact_is_in_the_dictionary_and_names_its_form() {
        let dict = crate::dataset::DataDictionary::shipped().expect("schema");
        for f in FORMS {
            for d in f.derives {
                let def = dict.fact(d.fact).expect(d.fact);
                assert_eq!(
                    def.derivable_from.as_deref(),
                    Some(format!("Mẫu {}", f.id).as_str()),
                    "{}",
                    d.fact
                );
            }
        }
    }
}
