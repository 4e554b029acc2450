//! Evidence documents required by the criteria ("Thành phần hồ sơ chứng minh", seed 001).
//! Ids are those of the data dictionary (`datasets/schema/dataset.v1.schema.json`).
use dtcheck_sdk::Evidence;

/// Used by 1.1.
pub const CDS_PLAN: Evidence = Evidence {
    id: "cds_plan",
    title: "Kế hoạch giai đoạn; Kế hoạch hàng năm",
};

/// Used by 1.1.
pub const CDS_PLAN_REPORT: Evidence = Evidence {
    id: "cds_plan_report",
    title: "Báo cáo đánh giá tình hình triển khai thực hiện Kế hoạch",
};

/// Used by 1.2, 1.3.
pub const STTTT_CT15_MONTHLY_REPORT: Evidence = Evidence {
    id: "stttt_ct15_monthly_report",
    title: "Báo cáo hàng tháng của Sở Thông tin và Truyền thông về tình hình thực hiện Chỉ thị số 15/CT-UBND ngày 18/5/2020 của Chủ tịch UBND tỉnh",
};

/// Used by 1.4.
pub const VP_917_FORMS: Evidence = Evidence {
    id: "vp_917_forms",
    title: "Biểu mẫu báo cáo kết quả, thẩm định, thẩm tra, công nhận về thư điện tử công vụ theo Công văn số 917/VP-CNTT ngày 12/6/2023 của Văn phòng UBND tỉnh",
};

/// Used by 1.5, 1.6.
pub const HCC_222_FORMS: Evidence = Evidence {
    id: "hcc_222_forms",
    title: "Biểu mẫu báo cáo kết quả theo Công văn số 222/HCC-HCQT ngày 13/6/2023 của Trung tâm Phục vụ Hành chính công tỉnh",
};

/// Used by 1.7.
pub const CITIZEN_CHANNEL_LINKS: Evidence = Evidence {
    id: "citizen_channel_links",
    title: "Danh sách đường link đến các ứng dụng của cấp xã để giao tiếp, tương tác và tiếp nhận các ý kiến, phản ánh, kiến nghị của người dân (liệt kê trong báo cáo)",
};

/// Used by 1.8.
pub const SHARED_PLATFORMS_LIST: Evidence = Evidence {
    id: "shared_platforms_list",
    title: "Danh sách các cơ sở dữ liệu chuyên ngành, phần mềm, nền tảng ứng dụng dùng chung",
};

/// Used by 1.8.
pub const SHARED_PLATFORMS_REPORT: Evidence = Evidence {
    id: "shared_platforms_report",
    title: "Báo cáo đánh giá tình hình sử dụng các cơ sở dữ liệu chuyên ngành, phần mềm, nền tảng ứng dụng dùng chung từ Trung ương đến địa phương, có số liệu chứng minh",
};

/// Used by 1.9.
pub const PORTAL_ADDRESS: Evidence = Evidence {
    id: "portal_address",
    title: "Địa chỉ trang thông tin điện tử của đơn vị",
};

/// Used by 1.9.
pub const PORTAL_EDITORIAL_BOARD: Evidence = Evidence {
    id: "portal_editorial_board",
    title: "Quyết định thành lập Ban biên tập, Quy chế hoạt động",
};

/// Used by 1.9.
pub const PORTAL_CONTENT_STATS: Evidence = Evidence {
    id: "portal_content_stats",
    title: "Thống kê tổng hợp tin, bài, hình ảnh, video đã đăng tải trên Trang thông tin điện tử",
};

/// Used by 1.10, 2.1.
pub const STAFF_TRAINING_PLAN: Evidence = Evidence {
    id: "staff_training_plan",
    title: "Kế hoạch tổ chức tuyên truyền, đào tạo, tập huấn nâng cao nhận thức và kỹ năng số cho đội ngũ cán bộ công chức, người lao động của cơ quan",
};

/// Used by 1.10, 2.1.
pub const STAFF_TRAINING_RECORDS: Evidence = Evidence {
    id: "staff_training_records",
    title: "Công văn triệu tập, cử cán bộ công chức tham gia các khóa đào tạo, các Hội nghị, lớp tập huấn; các hình ảnh, video, tài liệu minh chứng việc tổ chức thực hiện",
};

/// Used by 2.2.
pub const SNN_2848_FORMS: Evidence = Evidence {
    id: "snn_2848_forms",
    title: "Biểu mẫu báo cáo kết quả theo Công văn số 2848/SNN&PTNT-QLCL ngày 13/6/2023 của Sở Nông nghiệp và Phát triển nông thôn",
};

/// Used by 2.3, 3.12.
pub const SCT_1615_FORMS: Evidence = Evidence {
    id: "sct_1615_forms",
    title: "Biểu mẫu báo cáo kết quả theo Công văn số 1615/SCT-XNK ngày 14/6/2023 của Sở Công thương",
};

/// Used by 2.4, 3.2.
pub const NHNN_797A_FORMS: Evidence = Evidence {
    id: "nhnn_797a_forms",
    title: "Biểu mẫu báo cáo kết quả theo Công văn số 797a/THH-NSKSNB ngày 13/6/2023 của Ngân hàng Nhà nước Việt Nam - Chi nhánh Thanh Hóa",
};

/// Used by 2.5.
pub const FORM_2_5: Evidence = Evidence {
    id: "form_2_5",
    title: "Danh sách các doanh nghiệp trên địa bàn có sử dụng hợp đồng điện tử (Mẫu số 2.5)",
};

/// Used by 2.6.
pub const FORM_2_6: Evidence = Evidence {
    id: "form_2_6",
    title: "Danh sách doanh nghiệp nhỏ và vừa trên địa bàn, thể hiện cụ thể việc sử dụng các nền tảng số (Mẫu số 2.6)",
};

/// Used by 3.1.
pub const DIGITAL_SKILLS_PLAN: Evidence = Evidence {
    id: "digital_skills_plan",
    title: "Kế hoạch tổ chức triển khai thực hiện (thông tin, tuyên truyền, đào tạo kỹ năng số cơ bản cho người dân)",
};

/// Used by 3.1.
pub const DIGITAL_SKILLS_MATERIALS: Evidence = Evidence {
    id: "digital_skills_materials",
    title: "Tài liệu nội dung để thông tin, tuyên truyền, đào tạo kỹ năng số cơ bản cho người dân",
};

/// Used by 3.3, 3.4, 3.10, 3.11.
pub const FORM_3_3: Evidence = Evidence {
    id: "form_3_3",
    title: "Mẫu 3.3. Tỷ lệ thuê bao điện thoại di động thông minh có sử dụng phần mềm an toàn thông tin mạng cơ bản",
};

/// Used by 3.5, 3.6.
pub const SYT_2579_FORMS: Evidence = Evidence {
    id: "syt_2579_forms",
    title: "Biểu mẫu báo cáo kết quả theo Công văn số 2579/SYT-VP ngày 21/6/2023 của Sở Y tế",
};

/// Used by 3.7, 3.8.
pub const SGDDT_1908_FORMS: Evidence = Evidence {
    id: "sgddt_1908_forms",
    title: "Biểu mẫu báo cáo kết quả theo Công văn số 1908/SGDĐT-VP ngày 23/6/2023 của Sở Giáo dục và Đào tạo",
};

/// Used by 3.8.
pub const SLDTBXH_2559_FORMS: Evidence = Evidence {
    id: "sldtbxh_2559_forms",
    title: "Biểu mẫu báo cáo kết quả theo Công văn số 2559/SLĐT BXH-GDNN ngày 14/6/2023 của Sở Lao động, Thương binh và Xã hội",
};

/// Used by 3.9.
pub const CAT_2705_FORMS: Evidence = Evidence {
    id: "cat_2705_forms",
    title: "Biểu mẫu báo cáo kết quả theo Công văn số 2705/CAT-PV01 ngày 30/8/2023 của Công an tỉnh",
};

/// Used by 4.1.
pub const FORM_4_1: Evidence = Evidence {
    id: "form_4_1",
    title: "Danh sách các hộp cáp quang có xác nhận của các doanh nghiệp viễn thông; danh sách các trạm thông tin di động BTS trên địa bàn (Mẫu số 4.1)",
};

/// Used by 4.2.
pub const IT_SECURITY_LEVEL_DECISION: Evidence = Evidence {
    id: "it_security_level_decision",
    title: "Quyết định phê duyệt cấp độ an toàn hệ thống thông tin mạng nội bộ",
};

/// Used by 4.2.
pub const IT_SECURITY_PLAN_RECORDS: Evidence = Evidence {
    id: "it_security_plan_records",
    title: "Hồ sơ, tài liệu chứng minh đã thực hiện phương án đảm bảo an toàn thông tin theo cấp độ đã được phê duyệt",
};

/// Used by 4.3.
pub const FORM_1_4: Evidence = Evidence {
    id: "form_1_4",
    title: "Danh sách cán bộ, công chức có máy tính và được cấp hộp thư điện tử công vụ (Mẫu 1.4)",
};

/// Used by 4.4.
pub const VIDEO_CONFERENCE_REPORT: Evidence = Evidence {
    id: "video_conference_report",
    title: "Báo cáo tình hình quản lý và sử dụng hệ thống Hội nghị truyền hình trực tuyến hằng năm",
};

/// Used by 4.5.
pub const FORM_4_5: Evidence = Evidence {
    id: "form_4_5",
    title: "Danh sách điểm phát wifi công cộng (Mẫu số 4.5)",
};

/// Used by 4.6.
pub const POLICE_CAMERA_RECORDS: Evidence = Evidence {
    id: "police_camera_records",
    title: "Hồ sơ theo hướng dẫn của ngành Công an (hệ thống camera an ninh)",
};

/// Used by 4.7.
pub const RADIO_ICT_RECORDS: Evidence = Evidence {
    id: "radio_ict_records",
    title: "Hồ sơ, tài liệu liên quan chứng minh đài truyền thanh của đơn vị là Hệ thống đài truyền thanh có ứng dụng viễn thông - CNTT",
};
