//! Evidence documents required by the criteria ("Thành phần hồ sơ chứng minh", seed 001).
//! Ids are those of the data dictionary (`datasets/schema/dataset.v1.schema.json`).
use dtcheck_sdk::Evidence;

pub const HCC_222_FORMS: Evidence = Evidence {
    id: "hcc_222_forms",
    title: "Biểu mẫu báo cáo kết quả theo Công văn số 222/HCC-HCQT ngày 13/6/2023 của Trung tâm Phục vụ Hành chính công tỉnh",
};
