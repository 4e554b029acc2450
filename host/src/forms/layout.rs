//! Where things are in the workbook: the sheets' names, the headers of the fixed sheets
//! and the rows the template writes. The template writes this layout and the import
//! reads it; nothing else knows it.

/// The sheet that explains the workbook (not read).
pub const GUIDE: &str = "Hướng dẫn";
/// The locality's identity, year and DTI points.
pub const LOCALITY: &str = "Địa phương";
/// One row per figure the set reads.
pub const FACTS: &str = "Số liệu";
/// One row per evidence document.
pub const EVIDENCE: &str = "Hồ sơ chứng minh";

/// The row (0-based) of a list's headers (of the group row, for a grouped list).
pub const HEADER_ROW: u32 = 2;
/// Empty rows the template leaves between a list's headers and its summary lines.
pub const EMPTY_ROWS: u32 = 10;
/// Rows of a list given the Có/Không drop-down.
pub const LIST_ROWS_FOR_VALIDATION: u32 = 20_000;

/// The fact of the households Mẫu 4.1's lists concern (not derived from them).
pub const HOUSEHOLDS_READY: &str = "households.broadband_and_mobile_ready";

/// A row of the locality sheet: its label (column A) and what it holds (column B).
#[derive(Debug, Clone, Copy)]
pub struct LocalityField {
    pub key: &'static str,
    pub label: &'static str,
    pub number: bool,
    pub required: bool,
}

const fn field(
    key: &'static str,
    label: &'static str,
    number: bool,
    required: bool,
) -> LocalityField {
    LocalityField {
        key,
        label,
        number,
        required,
    }
}

pub const LOCALITY_FIELDS: &[LocalityField] = &[
    field("code", "Mã địa phương", false, true),
    field("name", "Tên địa phương", false, true),
    field("level", "Cấp (xã/huyện)", false, true),
    field("district", "Huyện", false, false),
    field("province", "Tỉnh", false, true),
    field("year", "Năm số liệu", true, true),
    field("dti_max", "Điểm tối đa của Bộ chỉ số DTI", true, false),
    field("dti_self", "Điểm DTI tự đánh giá", true, false),
    field("dti_appraised", "Điểm DTI thẩm định", true, false),
    field(
        "dti_previous",
        "Kết quả DTI của năm liền trước (điểm)",
        true,
        false,
    ),
    field(
        "dti_previous_max",
        "Điểm tối đa DTI của năm liền trước",
        true,
        false,
    ),
];

/// The facts sheet's headers (row 3), in order.
pub const FACT_HEADERS: &[&str] = &[
    "Mã số liệu",
    "Số liệu (theo văn bản)",
    "Đơn vị",
    "Đối tượng",
    "Chỉ tiêu sử dụng",
    "Nguồn",
    SELF_ASSESSED,
    APPRAISED,
];
/// The commune's own figure.
pub const SELF_ASSESSED: &str = "Kết quả tự đánh giá của UBND cấp xã";
/// The district's appraised figure.
pub const APPRAISED: &str = "Kết quả thẩm định của UBND cấp huyện";
/// Columns of the facts sheet read by the import.
pub const FACT_KEY_COL: usize = 0;
pub const FACT_SELF_COL: usize = 6;
pub const FACT_APPRAISED_COL: usize = 7;

/// The evidence sheet's headers (row 3), in order.
pub const EVIDENCE_HEADERS: &[&str] = &[
    "Mã hồ sơ",
    "Hồ sơ cần có",
    "Chỉ tiêu",
    "Tên văn bản",
    "Số, ký hiệu",
    "Ngày ban hành",
    "Đường dẫn",
];
pub const EVIDENCE_ID_COL: usize = 0;
pub const EVIDENCE_TITLE_COL: usize = 3;
pub const EVIDENCE_REFERENCE_COL: usize = 4;
pub const EVIDENCE_ISSUED_COL: usize = 5;
pub const EVIDENCE_URL_COL: usize = 6;

/// The row (0-based) of the fixed sheets' headers; their rows follow.
pub const TABLE_HEADER_ROW: usize = 2;
