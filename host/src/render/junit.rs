//! JUnit XML, for CI systems: the gate's checks and the fixture cases.
//!
//! Written with quick-xml, which escapes markup; what XML 1.0 cannot carry at all
//! (control characters other than tab and new line, even as character references) is
//! shown as `\u{..}`, so the file is valid XML whatever a module or dataset says.

use crate::authoring::fixtures::TestReport;
use crate::authoring::gate::GateReport;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

/// A class name CI tools will not split into packages: they split at dots, and
/// criterion ids and file names have them ("thanh-hoa-interim-district-2024.I.1").
fn class(name: &str) -> String {
    name.replace('.', "_")
}

/// The gate: one test case per check, failing with its problems; then, per set, one
/// test case per (dataset, criterion or verdict) compared with its approved outcome,
/// failing when it changed.
pub fn gate(report: &GateReport) -> String {
    let checks = &report.checks;
    let failures = checks.iter().filter(|c| !c.failures.is_empty()).count();
    let mut x = Xml::new();
    x.start("testsuites", &[]);
    x.start(
        "testsuite",
        &[
            ("name", "dtcheck gate"),
            ("tests", &checks.len().to_string()),
            ("failures", &failures.to_string()),
        ],
    );
    for c in checks {
        let case = [("classname", "dtcheck-gate"), ("name", c.name)];
        if c.failures.is_empty() {
            x.empty("testcase", &case);
        } else {
            x.start("testcase", &case);
            x.element(
                "failure",
                &[("message", &format!("{} problems", c.failures.len()))],
                &c.failures.join("\n"),
            );
            x.end("testcase");
        }
    }
    x.end("testsuite");
    let mut sets: Vec<&str> = report
        .outcomes
        .iter()
        .map(|o| o.policy_set.as_str())
        .collect();
    sets.dedup();
    for set in sets {
        let cases: Vec<_> = report
            .outcomes
            .iter()
            .filter(|o| o.policy_set == set)
            .collect();
        let changed = cases.iter().filter(|o| o.changed).count();
        x.start(
            "testsuite",
            &[
                ("name", &format!("outcomes {set}")),
                ("tests", &cases.len().to_string()),
                ("failures", &changed.to_string()),
            ],
        );
        let classname = class(set);
        for o in cases {
            let name = format!("{} {}", o.dataset, o.what);
            let case = [("classname", classname.as_str()), ("name", name.as_str())];
            if o.changed {
                x.start("testcase", &case);
                x.empty(
                    "failure",
                    &[("message", &format!("{} → {}", o.approved, o.now))],
                );
                x.end("testcase");
            } else {
                x.empty("testcase", &case);
            }
        }
        x.end("testsuite");
    }
    x.end("testsuites");
    x.finish()
}

/// The fixture cases: one test suite per set, one test case per case.
pub fn tests(reports: &[TestReport]) -> String {
    let mut x = Xml::new();
    x.start("testsuites", &[]);
    for r in reports {
        x.start(
            "testsuite",
            &[
                ("name", &r.policy_set),
                ("tests", &(r.cases.len() + r.problems.len()).to_string()),
                ("failures", &r.failed().to_string()),
            ],
        );
        for c in &r.cases {
            let classname = class(&r.policy_set);
            let name = format!("{}: {}", c.criterion, c.name);
            let case = [("classname", classname.as_str()), ("name", name.as_str())];
            if c.passed {
                x.empty("testcase", &case);
            } else {
                x.start("testcase", &case);
                x.empty("failure", &[("message", &c.failure)]);
                x.end("testcase");
            }
        }
        for p in &r.problems {
            x.start(
                "testcase",
                &[("classname", &class(&r.policy_set)), ("name", "fixtures")],
            );
            x.empty("failure", &[("message", p)]);
            x.end("testcase");
        }
        x.end("testsuite");
    }
    x.end("testsuites");
    x.finish()
}

/// An indenting XML writer into memory (writing to a `Vec` cannot fail).
struct Xml(Writer<Vec<u8>>);

impl Xml {
    fn new() -> Self {
        let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
        let _ = w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
        Xml(w)
    }

    fn tag<'a>(name: &'a str, attributes: &[(&str, &str)]) -> BytesStart<'a> {
        let mut tag = BytesStart::new(name);
        for (key, value) in attributes {
            tag.push_attribute((*key, xml_safe(value).as_str()));
        }
        tag
    }

    fn start(&mut self, name: &str, attributes: &[(&str, &str)]) {
        let _ = self
            .0
            .write_event(Event::Start(Self::tag(name, attributes)));
    }

    fn empty(&mut self, name: &str, attributes: &[(&str, &str)]) {
        let _ = self
            .0
            .write_event(Event::Empty(Self::tag(name, attributes)));
    }

    fn element(&mut self, name: &str, attributes: &[(&str, &str)], text: &str) {
        self.start(name, attributes);
        let text = xml_safe(text);
        let _ = self.0.write_event(Event::Text(BytesText::new(&text)));
        self.end(name);
    }

    fn end(&mut self, name: &str) {
        let _ = self.0.write_event(Event::End(BytesEnd::new(name)));
    }

    fn finish(self) -> String {
        let mut out = String::from_utf8_lossy(&self.0.into_inner()).into_owned();
        out.push('\n');
        out
    }
}

/// `s` with what XML 1.0 cannot carry shown as `\u{..}` (tab and new line are kept).
fn xml_safe(s: &str) -> String {
    let forbidden = |c: char| {
        (c.is_control() && c != '\t' && c != '\n') || matches!(c, '\u{fffe}' | '\u{ffff}')
    };
    if !s.chars().any(forbidden) {
        return s.to_string();
    }
    s.chars()
        .map(|c| {
            if forbidden(c) {
                format!("\\u{{{:x}}}", u32::from(c))
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_never_make_the_xml_invalid() {
        assert_eq!(
            xml_safe("a\u{1b}[2Jb\rc\td\ne"),
            "a\\u{1b}[2Jb\\u{d}c\td\ne"
        );
        let report = GateReport {
            base: "HEAD".into(),
            checks: vec![crate::authoring::gate::Check {
                name: "outcomes",
                failures: vec!["reason <b>&\u{1b}[31m\"quoted\"".into()],
                info: Vec::new(),
            }],
            findings: Vec::new(),
            tests: Vec::new(),
            outcomes: Vec::new(),
        };
        let xml = gate(&report);
        assert!(!xml.contains('\u{1b}'), "{xml}");
        assert!(xml.contains("reason &lt;b&gt;&amp;\\u{1b}[31m"), "{xml}");
        // Well-formed: every event reads back.
        let mut reader = quick_xml::Reader::from_str(&xml);
        loop {
            match reader.read_event() {
                Ok(Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("invalid XML: {e}\n{xml}"),
            }
        }
    }
}
