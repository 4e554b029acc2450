//! The official documents out: Mẫu 01, 02 and 03 of seed 001 and the level report of
//! 2361, as DOCX (read back from `word/document.xml`, not from our own model) and HTML;
//! a district's batch; and, where LibreOffice Writer is installed, the DOCX opened in it
//! and printed to PDF.

use crate::util::{SAMPLES, dtcheck, repo, stderr};
use serde_json::Value;
use std::path::Path;

const SET: &str = "thanh-hoa-1829-2023";

/// Mẫu số 02 for a commune whose appraisal changed a figure: both columns of Phụ lục 02,
/// the note, the conclusion line and the verdict; what the office writes stays dotted.
#[test]
fn mau_02_puts_the_communes_figures_beside_the_appraisal() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("mau02.html");
    let sample = repo().join(SAMPLES).join("cam-tan.json");
    let run = dtcheck(&[
        "report",
        "--form",
        "mau-02",
        "--policy-set",
        SET,
        sample.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let html = std::fs::read_to_string(&out).unwrap();
    for expected in [
        "Số:       /BC-UBND",
        "Cẩm Thủy, ngày ….. tháng ….. năm …..",
        "cho xã Cẩm Tân năm 2024",
        "Căn cứ kết quả thẩm định: xã Cẩm Tân, huyện Cẩm Thủy đã hoàn thành 35/35 Chỉ tiêu chuyển đổi số cấp xã năm 2024, tỷ lệ đạt 100%.",
        "Kết quả: ĐẠT",
        "<th>Kết quả tự đánh giá của UBND cấp xã</th><th>Kết quả thẩm định của UBND cấp huyện</th>",
        "<td class=\"c\">1.6</td><td>Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến.</td><td class=\"c\">%</td><td class=\"c\">75%</td><td class=\"c\">85,62%</td><td class=\"c\">85,02%</td><td class=\"c\">Đạt</td><td>Kết quả thẩm định khác kết quả tự đánh giá: “tiếp nhận, giải quyết trực tuyến” xã báo cáo 2.012, thẩm định 1.998</td>",
        "thead { display: table-header-group; }",
        "@page { size: A4;",
    ] {
        assert!(html.contains(expected), "missing {expected:?}");
    }
    insta::assert_snapshot!("mau_02_cam_tan_html", html);
    // A set of maturity levels has no Mẫu 02.
    let run = dtcheck(&[
        "report",
        "--form",
        "mau-02",
        "--policy-set",
        "national-2361-v1",
        sample.to_str().unwrap(),
        "--out",
        dir.path().join("x.html").to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2), "{}", stderr(&run));
}

/// The texts of a DOCX, read back from `word/document.xml` (not from our own model).
fn docx_texts(path: &Path) -> (String, Vec<String>) {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let mut texts = Vec::new();
    let mut rest = xml.as_str();
    while let Some(start) = rest.find("<w:t xml:space=\"preserve\">") {
        let after = &rest[start + 26..];
        let end = after.find("</w:t>").unwrap();
        texts.push(
            after[..end]
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">"),
        );
        rest = &after[end..];
    }
    (xml, texts)
}

/// Mẫu số 02 as DOCX: the same content as the HTML, A4 with the decree's margins, the
/// annex's header row repeated on every page, the same bytes run after run; and, where
/// LibreOffice Writer is installed, a PDF of the expected pages and text.
#[test]
fn mau_02_as_docx_opens_as_an_office_document() {
    let dir = tempfile::tempdir().unwrap();
    let sample = repo().join(SAMPLES).join("cam-binh.json");
    let make = |name: &str| {
        let out = dir.path().join(name);
        let run = dtcheck(&[
            "report",
            "--form",
            "mau-02",
            "--policy-set",
            SET,
            sample.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--number",
            "125",
            "--date",
            "2024-10-05",
        ]);
        assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
        out
    };
    let (a, b) = (make("a.docx"), make("b.docx"));
    assert_eq!(
        std::fs::read(&a).unwrap(),
        std::fs::read(&b).unwrap(),
        "deterministic"
    );
    let (xml, texts) = docx_texts(&a);
    assert!(xml.contains(r#"<w:pgSz w:w="11906" w:h="16838"/>"#), "A4");
    assert!(xml.contains(r#"w:left="1701""#), "left margin 30 mm");
    assert!(
        xml.contains("<w:tblHeader/>"),
        "the annex's header row repeats"
    );
    let joined = texts.join("\n");
    for expected in [
        "Số: 125/BC-UBND",
        "Cẩm Thủy, ngày 5 tháng 10 năm 2024",
        // Cẩm Bình's dataset has no appraisal: the report is a draft on its own figures.
        "DỰ THẢO",
        "Căn cứ kết quả tự đánh giá của UBND xã (chưa thẩm định): xã Cẩm Bình, huyện Cẩm Thủy đã hoàn thành 27/35 Chỉ tiêu chuyển đổi số cấp xã năm 2024, tỷ lệ đạt 77,14%.",
        "Chưa thẩm định",
        "- Còn thiếu tài liệu minh chứng: Quyết định phê duyệt cấp độ an toàn hệ thống thông tin mạng nội bộ (Chỉ tiêu 4.2).",
        "Kết quả: KHÔNG ĐẠT",
        "Kết quả tự đánh giá của UBND cấp xã",
        "Thiếu hồ sơ chứng minh",
    ] {
        assert!(
            joined.contains(expected),
            "missing {expected:?} in\n{joined}"
        );
    }
    insta::assert_snapshot!("mau_02_cam_binh_docx_text", joined);
    if let Some((pages, text)) = printed(&a, dir.path()) {
        assert!((3..=8).contains(&pages), "{pages} pages");
        assert!(text.contains("PHỤ LỤC 02"), "{text}");
        assert!(text.contains("Kết quả: KHÔNG ĐẠT"), "{text}");
    }
}

/// A DOCX opened in LibreOffice Writer and printed to PDF: its page count and its text
/// (`pdfinfo`, `pdftotext`). `None`, with a message, when Writer or poppler is not
/// installed (`.ci/run` installs both); a DOCX Writer cannot open fails the test.
fn printed(docx: &Path, scratch: &Path) -> Option<(usize, String)> {
    let soffice = Path::new("/usr/bin/soffice");
    let writer = Path::new("/usr/lib/libreoffice/program/libswlo.so");
    if !soffice.exists() || !writer.exists() {
        eprintln!("LibreOffice Writer is not installed: the DOCX was not opened in it");
        return None;
    }
    let pdf_dir = scratch.join("pdf");
    let converted = std::process::Command::new(soffice)
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(&pdf_dir)
        .arg(docx)
        .env("HOME", scratch)
        .output()
        .unwrap();
    let pdf = pdf_dir.join(docx.with_extension("pdf").file_name().unwrap());
    assert!(
        pdf.exists(),
        "{}",
        String::from_utf8_lossy(&converted.stderr)
    );
    let Ok(info) = std::process::Command::new("pdfinfo").arg(&pdf).output() else {
        eprintln!("poppler-utils is not installed: the PDF was not read");
        return None;
    };
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0);
    let text = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    Some((pages, String::from_utf8_lossy(&text.stdout).into_owned()))
}

/// `form` of the 1829 set for `sample`, written to `out` (its extension chooses the
/// format), and its text: read back from the DOCX, or the HTML as it is.
fn form_text(form: &str, sample: &Path, out: &Path) -> String {
    report(
        &[
            "--form",
            form,
            "--policy-set",
            SET,
            sample.to_str().unwrap(),
        ],
        out,
    );
    if out.extension().is_some_and(|e| e == "docx") {
        docx_texts(out).1.join("\n")
    } else {
        std::fs::read_to_string(out).unwrap()
    }
}

/// Mẫu số 03: the opinion's conclusion line, as the form words it, for a commune that
/// meets the criteria and one that does not, in both formats.
#[test]
fn mau_03_concludes_as_the_form_words_it() {
    let dir = tempfile::tempdir().unwrap();
    for (commune, passed, verdict) in [
        ("cam-tan", "35/35", "Kết quả: ĐẠT YÊU CẦU"),
        ("cam-binh", "27/35", "Kết quả: KHÔNG ĐẠT YÊU CẦU"),
    ] {
        let sample = repo().join(SAMPLES).join(format!("{commune}.json"));
        for ext in ["html", "docx"] {
            let text = form_text(
                "mau-03",
                &sample,
                &dir.path().join(format!("{commune}.{ext}")),
            );
            for expected in [
                "UBND HUYỆN CẨM THỦY",
                "(phòng, ban được phân công)",
                "Kính gửi: UBND xã",
                &format!(
                    "huyện Cẩm Thủy đã hoàn thành {passed} Chỉ tiêu chuyển đổi số cấp xã năm 2024"
                ),
                verdict,
                "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ HUYỆN",
            ] {
                assert!(
                    text.contains(expected),
                    "{commune}.{ext}: missing {expected:?}"
                );
            }
        }
    }
}

/// Mẫu số 01: the commune's own report, on its self-assessed figures: per group the
/// criteria met and not completed, per criterion a) the year's target, b) the result,
/// the documents, c) the assessment; and Phụ lục 01.
#[test]
fn mau_01_reports_the_communes_own_assessment() {
    let dir = tempfile::tempdir().unwrap();
    let sample = repo().join(SAMPLES).join("cam-tan.json");
    for ext in ["html", "docx"] {
        let text = form_text("mau-01", &sample, &dir.path().join(format!("mau01.{ext}")));
        for expected in [
            "Kết quả thực hiện các Chỉ tiêu chuyển đổi số",
            "trên địa bàn xã Cẩm Tân",
            "- Chỉ tiêu đạt: 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 1.10",
            "1.6. Chỉ tiêu số 1.6: Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến.",
            "a) Yêu cầu chỉ tiêu: 75%",
            // The commune's own figure (the district appraised 85,02 %).
            "b) Kết quả: 85,62%",
            "c) Đánh giá: Đạt.",
            "a) Yêu cầu chỉ tiêu: không giao năm 2024 (dấu *).",
            "- Chỉ tiêu không đánh giá năm 2024 (chỉ tiêu có dấu *): 1.11.",
            // A share with the figures it is of, never a fact's key.
            "b) Kết quả: 100% (21/21).",
            "PHỤ LỤC 01",
            "Tài liệu minh chứng",
        ] {
            assert!(text.contains(expected), "mau01.{ext}: missing {expected:?}");
        }
    }
}

/// A district's batch: one Mẫu 02 per commune, in input order, and the district's
/// summary table (commune, criteria completed, tỷ lệ đạt, DTI, verdict).
#[test]
fn a_districts_batch_writes_each_commune_and_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("cam-thuy");
    let samples = repo().join(SAMPLES);
    let run = dtcheck(&[
        "report",
        "--form",
        "mau-02",
        "--policy-set",
        SET,
        samples.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "99401-camtan.docx",
            "99402-camvan.docx",
            "99403-cambinh.docx",
            "99404-camphong.docx",
            "tong-hop.docx"
        ]
    );
    let summary = docx_texts(&out.join("tong-hop.docx")).1.join("|");
    assert!(
        summary.contains(
            "1|Cẩm Bình|27/35|77,14%|66/100 (66%, chưa đạt)|tự đánh giá, chưa thẩm định|2.5 (thiếu số liệu), 3.3 (thiếu hồ sơ chứng minh)"
        ),
        "{summary}"
    );
    assert!(
        summary.contains(
            "|KHÔNG ĐẠT|(chưa thẩm định)|2|Cẩm Phong|35/35|100%|74,5/100 (74,5%, đạt)|—|ĐẠT|"
        ),
        "{summary}"
    );
    assert!(
        summary.contains("Tổng số: 4 xã; đạt: 2 xã; không đạt: 2 xã."),
        "{summary}"
    );
    // Written once: the directory is not overwritten without --force.
    let again = dtcheck(&[
        "report",
        "--form",
        "mau-02",
        "--policy-set",
        SET,
        samples.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(again.status.code(), Some(2));
}

const NATIONAL: &str = "national-2361-v1";

/// `report` with `args`, writing `out`; exits 0.
fn report(args: &[&str], out: &Path) {
    let mut all = vec!["report"];
    all.extend_from_slice(args);
    all.extend(["--out", out.to_str().unwrap()]);
    let run = dtcheck(&all);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
}

/// The first locality of `evaluate --format json` with `args`.
fn evaluated(args: &[&str]) -> Value {
    let mut all = vec!["evaluate", "--format", "json"];
    all.extend_from_slice(args);
    let run = dtcheck(&all);
    assert!(run.status.success(), "{}", stderr(&run));
    let json: Value = serde_json::from_slice(&run.stdout).unwrap();
    json["localities"][0].clone()
}

/// "I.24" for `xa.I.24`, as 2361's tables number a criterion within its level.
fn short(id: &Value) -> String {
    let id = id.as_str().unwrap();
    id.split_once('.').unwrap().1.to_string()
}

/// "Mức độ 3 - Cơ bản" for level 3 of a locality's ladder.
fn level_title(locality: &Value, level: u64) -> String {
    let rung = locality["ladder"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["level"] == level)
        .unwrap();
    format!("Mức độ {level} - {}", rung["name"].as_str().unwrap())
}

/// What the level report must say of a locality, from its evaluation (the JSON), not
/// from figures typed here: every rung of the ladder with its counts, the criteria not
/// met and its result; the level reached; each blocker of the next level; the verdict.
fn expected_of(locality: &Value) -> Vec<String> {
    let mut expected = Vec::new();
    // A criterion lacking a figure at a level leaves the level undecided, not failed.
    let lacking = |id: &Value, level: &Value| {
        locality["criteria"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == *id)
            .and_then(|c| c["levels"].as_array())
            .and_then(|ls| ls.iter().find(|l| l["level"] == *level))
            .is_some_and(|l| l["outcome"] == "missing_data" || l["outcome"] == "error")
    };
    for rung in locality["ladder"].as_array().unwrap() {
        let ids = rung["not_met"].as_array().unwrap();
        let not_met: Vec<String> = ids
            .iter()
            .map(|id| {
                if lacking(id, &rung["level"]) {
                    format!("{} (thiếu số liệu)", short(id))
                } else {
                    short(id)
                }
            })
            .collect();
        expected.push(format!(
            "|{}|{}|{}|{}|{}",
            level_title(locality, rung["level"].as_u64().unwrap()),
            rung["applicable"],
            rung["met"],
            if not_met.is_empty() {
                "Không có".to_string()
            } else {
                not_met.join(", ")
            },
            if rung["reached"] == true {
                "Đạt"
            } else if !ids.is_empty() && ids.iter().all(|id| lacking(id, &rung["level"])) {
                "Chưa xác định (thiếu số liệu)"
            } else {
                "Không đạt"
            }
        ));
    }
    let level = locality["level"].as_u64().unwrap();
    let blockers = locality["next_level_blockers"].as_array().unwrap();
    let undetermined = !blockers.is_empty()
        && blockers
            .iter()
            .all(|b| b["outcome"] == "missing_data" || b["outcome"] == "error");
    expected.push(match (level, undetermined) {
        (0, true) => "Kết quả: CHƯA XÁC ĐỊNH ĐƯỢC MỨC ĐỘ (THIẾU SỐ LIỆU)".into(),
        (0, false) => "Kết quả: CHƯA ĐẠT MỨC ĐỘ NÀO".into(),
        (_, false) => format!(
            "Kết quả: ĐẠT {}",
            level_title(locality, level).to_uppercase()
        ),
        (_, true) => format!(
            "Kết quả: ĐẠT {} (CHƯA ĐỦ SỐ LIỆU ĐỂ XÉT",
            level_title(locality, level).to_uppercase()
        ),
    });
    if let Some(next) = locality["next_level"].as_u64() {
        expected.push(format!(
            "Các tiêu chí chưa đạt của {}",
            level_title(locality, next)
        ));
        let blockers = locality["next_level_blockers"].as_array().unwrap();
        expected.push(format!("cần hoàn thành {} tiêu chí sau:", blockers.len()));
        for b in blockers {
            expected.push(format!(
                "|{}|{}|",
                short(&b["id"]),
                b["name"].as_str().unwrap()
            ));
        }
    }
    expected
}

/// The level report of 2361 (no form in the seeds; Mẫu 02's layout) says, for every
/// sample commune on either basis, what the evaluation says; the appraisal is the
/// district's, with both columns of results, the self-assessment the commune's own.
#[test]
fn the_level_report_says_what_the_evaluation_says() {
    let dir = tempfile::tempdir().unwrap();
    for commune in ["cam-tan", "cam-van", "cam-binh", "cam-phong"] {
        let sample = repo().join(SAMPLES).join(format!("{commune}.json"));
        let sample = sample.to_str().unwrap();
        for basis in ["appraised", "self-assessed"] {
            let locality = evaluated(&["--policy-set", NATIONAL, "--basis", basis, sample]);
            let out = dir.path().join(format!("{commune}-{basis}.docx"));
            report(
                &[
                    "--form",
                    "muc-do",
                    "--policy-set",
                    NATIONAL,
                    "--basis",
                    basis,
                    sample,
                ],
                &out,
            );
            let text = docx_texts(&out).1.join("|");
            let name = locality["locality"]["name"].as_str().unwrap();
            let mut expected = expected_of(&locality);
            let level = locality["level"].as_u64().unwrap();
            if basis == "appraised" {
                // Phòng Văn hóa và Thông tin appraises and proposes; UBND huyện
                // recognises (2361, Phần II mục 2).
                expected.extend([
                    "UBND HUYỆN CẨM THỦY|PHÒNG VĂN HÓA|VÀ THÔNG TIN|Số:       /BC-VHTT".to_string(),
                    "Kính gửi: Ủy ban nhân dân huyện Cẩm Thủy.".into(),
                    format!("Kết quả thẩm định mức độ chuyển đổi số của xã {name} năm 2024"),
                    format!(
                        "của UBND xã {name} về kết quả tự đánh giá mức độ chuyển đổi số năm 2024;"
                    ),
                    "|Kết quả tự đánh giá|Kết quả thẩm định|1. Khởi động|".into(),
                    "TRƯỞNG PHÒNG".into(),
                ]);
                if commune == "cam-binh" {
                    // No appraisal in its dataset: a draft, the appraised column empty.
                    expected.extend(["DỰ THẢO".to_string(), "|Chưa thẩm định|".into()]);
                } else if level > 0 {
                    expected.push(format!(
                        "Đề nghị UBND huyện Cẩm Thủy xem xét, công nhận xã {name} đạt {} năm 2024.",
                        level_title(&locality, level)
                    ));
                }
            } else {
                expected.extend([
                    format!("XÃ {}|Số:       /BC-UBND", name.to_uppercase()),
                    format!("Kết quả tự đánh giá mức độ chuyển đổi số của xã {name} năm 2024"),
                    "|Kết quả tự đánh giá|1. Khởi động|".into(),
                    "TM. ỦY BAN NHÂN DÂN|CHỦ TỊCH".into(),
                ]);
                if level > 0 {
                    expected.push(format!(
                        "Đề nghị UBND huyện Cẩm Thủy thẩm định, công nhận xã {name} đạt"
                    ));
                }
                assert!(!text.contains("Kết quả thẩm định|"), "{commune}: {text}");
                assert!(!text.contains("DỰ THẢO"), "{commune}: {text}");
            }
            for e in &expected {
                assert!(
                    text.contains(e.as_str()),
                    "{commune} {basis}: missing {e:?} in\n{text}"
                );
            }
        }
    }
    // The same bytes run after run, and the text of one as a snapshot.
    let sample = repo().join(SAMPLES).join("cam-tan.json");
    let again = dir.path().join("again.docx");
    report(
        &[
            "--form",
            "muc-do",
            "--policy-set",
            NATIONAL,
            "--basis",
            "appraised",
            sample.to_str().unwrap(),
        ],
        &again,
    );
    let first = dir.path().join("cam-tan-appraised.docx");
    assert_eq!(
        std::fs::read(&first).unwrap(),
        std::fs::read(&again).unwrap()
    );
    insta::assert_snapshot!("muc_do_cam_tan_docx_text", docx_texts(&first).1.join("\n"));
    // The annex: each criterion at each level, its target and result, "—" where it does
    // not apply (xa.I.4 has no target at levels 1 and 2).
    let html = dir.path().join("cam-tan.html");
    report(
        &[
            "--form",
            "muc-do",
            "--policy-set",
            NATIONAL,
            sample.to_str().unwrap(),
        ],
        &html,
    );
    let html = std::fs::read_to_string(&html).unwrap();
    assert!(
        html.contains("<td class=\"c\">—</td><td class=\"c\">—</td><td class=\"c\">Có sử dụng hệ thống<br>Đạt</td>"),
        "{html}"
    );
    if let Some((pages, text)) = printed(&first, dir.path()) {
        assert!((4..=12).contains(&pages), "{pages} pages");
        assert!(text.contains("PHỤ LỤC"), "{text}");
        assert!(text.contains("Kết quả: ĐẠT MỨC ĐỘ 3 - CƠ BẢN"), "{text}");
    }
}

/// A district's level report, by the provincial department: its own ladder and
/// blockers, and its communes' levels as the evaluation computed them.
#[test]
fn the_level_report_of_a_district_lists_its_communes() {
    let dir = tempfile::tempdir().unwrap();
    let district = repo().join("datasets/thanh-hoa/2024/huyen-cam-thuy.json");
    let district = district.to_str().unwrap();
    let locality = evaluated(&["--policy-set", NATIONAL, district]);
    let out = dir.path().join("huyen.docx");
    report(
        &[
            "--form",
            "muc-do",
            "--policy-set",
            NATIONAL,
            district,
            "--number",
            "17",
            "--date",
            "2025-01-20",
        ],
        &out,
    );
    let text = docx_texts(&out).1.join("|");
    let mut expected = expected_of(&locality);
    expected.extend([
        "UBND TỈNH THANH HÓA|SỞ THÔNG TIN|VÀ TRUYỀN THÔNG|Số: 17/BC-STTTT".to_string(),
        "Kính gửi: Ủy ban nhân dân tỉnh Thanh Hóa.".into(),
        "Thanh Hóa, ngày 20 tháng 1 năm 2025".into(),
        "Kết quả thẩm định mức độ chuyển đổi số của huyện Cẩm Thủy năm 2024".into(),
        "Mức độ chuyển đổi số của các xã, phường, thị trấn trên địa bàn".into(),
        "GIÁM ĐỐC".into(),
    ]);
    let communes = locality["communes"]["communes"].as_array().unwrap();
    assert!(!communes.is_empty());
    for (i, c) in communes.iter().enumerate() {
        let level = c["level"].as_u64().unwrap();
        let shown = if level == 0 {
            "Chưa đạt mức độ nào".to_string()
        } else {
            level_title(&locality, level)
        };
        expected.push(format!(
            "|{}|{}|{}|{shown}|",
            i + 1,
            c["code"].as_str().unwrap(),
            c["name"].as_str().unwrap()
        ));
    }
    for e in &expected {
        assert!(text.contains(e.as_str()), "missing {e:?} in\n{text}");
    }
    // Why the district's figures about its communes are not computed, as a document
    // says it (no fact key), and so its level is undecided, not "chưa đạt".
    assert!(
        text.contains(
            "Số liệu về các xã chưa tính được: 4/20 xã của huyện có bộ số liệu, còn thiếu 16 xã;"
        ),
        "{text}"
    );
    assert!(!text.contains("communes."), "{text}");
    assert!(
        text.contains("Kết quả: CHƯA XÁC ĐỊNH ĐƯỢC MỨC ĐỘ (THIẾU SỐ LIỆU)"),
        "{text}"
    );
}

/// A batch under 2361: one level report per commune and the district's summary (each
/// commune's level, the next level, its blockers), counted by level.
#[test]
fn a_districts_batch_under_2361_summarises_the_levels() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("cam-thuy");
    let samples = repo().join(SAMPLES);
    report(
        &[
            "--form",
            "muc-do",
            "--policy-set",
            NATIONAL,
            samples.to_str().unwrap(),
            "--format",
            "html",
        ],
        &out,
    );
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 5, "{names:?}");
    assert!(names.contains(&"tong-hop.html".to_string()), "{names:?}");
    let summary = std::fs::read_to_string(out.join("tong-hop.html")).unwrap();
    let mut by_level = [0; 6];
    let mut files: Vec<_> = std::fs::read_dir(&samples)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for (i, file) in files.iter().enumerate() {
        let locality = evaluated(&["--policy-set", NATIONAL, file.to_str().unwrap()]);
        let level = locality["level"].as_u64().unwrap();
        by_level[level as usize] += 1;
        let row = format!(
            "<td class=\"c\">{}</td><td>{}</td><td class=\"c\">{}</td>",
            i + 1,
            locality["locality"]["name"].as_str().unwrap(),
            if level == 0 {
                "Chưa đạt mức độ nào".to_string()
            } else {
                level_title(&locality, level)
            }
        );
        assert!(summary.contains(&row), "missing {row:?} in\n{summary}");
    }
    for (level, n) in by_level.iter().enumerate().filter(|(_, n)| **n > 0) {
        let counted = if level == 0 {
            format!("{n} xã chưa đạt mức độ nào")
        } else {
            format!("{n} xã đạt Mức độ {level}")
        };
        assert!(summary.contains(&counted), "missing {counted:?}");
    }
}

/// Each report is for its kind of set, and says which one to use instead; a form's
/// basis is its own.
#[test]
fn a_report_for_the_wrong_set_or_basis_says_which_to_use() {
    let dir = tempfile::tempdir().unwrap();
    let sample = repo().join(SAMPLES).join("cam-tan.json");
    let sample = sample.to_str().unwrap();
    let out = dir.path().join("x.docx");
    let out = out.to_str().unwrap();
    for (args, says) in [
        (vec!["--form", "muc-do", "--policy-set", SET], "mau-02"),
        (vec!["--form", "mau-02", "--policy-set", NATIONAL], "muc-do"),
        (
            vec![
                "--form",
                "mau-02",
                "--policy-set",
                SET,
                "--basis",
                "self-assessed",
            ],
            "appraised",
        ),
        (
            vec![
                "--form",
                "mau-01",
                "--policy-set",
                SET,
                "--basis",
                "appraised",
            ],
            "self-assessed",
        ),
    ] {
        let mut all = vec!["report"];
        all.extend(args.iter().copied());
        all.extend([sample, "--out", out]);
        let run = dtcheck(&all);
        assert_eq!(run.status.code(), Some(2), "{args:?}");
        assert!(stderr(&run).contains(says), "{args:?}: {}", stderr(&run));
        assert!(!Path::new(out).exists(), "nothing written");
    }
}
