//! `dtcheck report`: an official form of seed 001 filled from the evaluation, or the
//! level report of the national framework 2361 in the same layout (see
//! `render/forms/`), as DOCX or HTML ready to print; without `--form`, the reviewer's
//! page of a whole run (`render/review/`), from datasets or from a saved result.

use super::{Exit, Global};
use crate::Error;
use crate::dataset::{Basis, DataDictionary};
use crate::plan::{Evaluation, Plan, expand_datasets};
use crate::render::Lang;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Form {
    /// Mẫu số 01: the commune's report on its results (self-assessed), with Phụ lục 01
    #[value(name = "mau-01")]
    Mau01,
    /// Mẫu số 02: the district's appraisal of a commune, with Phụ lục 02
    #[value(name = "mau-02")]
    Mau02,
    /// Mẫu số 03: a steering-committee member's opinion on a commune's file and results
    #[value(name = "mau-03")]
    Mau03,
    /// National framework 2361 (no form in the seeds): the level reached, the ladder of
    /// levels, the criteria that block the next level, a district's communes; by the
    /// appraising body (default) or, with --basis self-assessed, the locality itself
    #[value(name = "muc-do")]
    MucDo,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Docx,
    Html,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The official form to fill; without it, the reviewer's HTML page of the whole run
    /// (per district, per criterion, every locality's report)
    #[arg(long, value_enum)]
    pub form: Option<Form>,
    /// The policy set to apply (a saved result names its own)
    #[arg(long, value_name = "ID")]
    pub policy_set: Option<String>,
    /// The reviewer's page from a result saved by `evaluate --format json` or
    /// `--format ndjson` (`-`: standard input) instead of evaluating datasets again
    #[arg(long, value_name = "FILE", conflicts_with_all = ["form", "datasets", "year", "basis"])]
    pub results: Option<PathBuf>,
    /// The targets' year (default: the dataset's)
    #[arg(long)]
    pub year: Option<u16>,
    /// Whose figures: mau-01 is the commune's own (self-assessed), mau-02 and mau-03 the
    /// district's appraisal; muc-do either (default: appraised)
    #[arg(long, value_enum)]
    pub basis: Option<Basis>,
    /// The commune's dataset (or workbook); several, or a directory of them, for a
    /// district's batch (the reviewer's page: any number, and directories)
    #[arg(value_name = "DATASET")]
    pub datasets: Vec<PathBuf>,
    /// Where to write the form: .docx (Word) or .html (ready to print); for several
    /// communes, a directory (one document per commune, in input order, and the district's
    /// summary table), its format from --format. Refused if it exists, unless --force
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    #[arg(long)]
    pub force: bool,
    /// The documents' format for a batch written into a directory (the reviewer's
    /// page is HTML only)
    /// (default: docx)
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// The document's number ("Số: …/BC-UBND"); dotted when not given
    #[arg(long)]
    pub number: Option<String>,
    /// The document's date, YYYY-MM-DD; dotted when not given (no clock is read)
    #[arg(long)]
    pub date: Option<String>,
    /// The place before the date (default: the district)
    #[arg(long)]
    pub place: Option<String>,
    /// Who signs (CHỦ TỊCH)
    #[arg(long)]
    pub signer: Option<String>,
}

pub fn report(g: &Global, args: &ReportArgs) -> Result<Exit, Error> {
    let Some(form) = args.form else {
        return reviewer_page(g, args);
    };
    let Some(policy_set) = &args.policy_set else {
        return Err(Error::usage("--form needs --policy-set ID"));
    };
    if args.datasets.is_empty() {
        return Err(Error::usage(
            "no dataset given (a file, several, or a directory)",
        ));
    }
    if args.out.exists() && !args.force {
        return Err(Error::usage(format!(
            "`{}` exists (--force to replace it)",
            args.out.display()
        )));
    }
    if let Some(d) = &args.date
        && !is_iso_date(d)
    {
        return Err(Error::usage(format!("--date {d:?}: expected YYYY-MM-DD")));
    }
    let dictionary = DataDictionary::shipped()?;
    let files = expand_datasets(&args.datasets)?;
    let basis = match (form, args.basis) {
        (Form::MucDo, basis) => basis.unwrap_or(Basis::Appraised),
        (Form::Mau01, None | Some(Basis::SelfAssessed)) => Basis::SelfAssessed,
        (Form::Mau02 | Form::Mau03, None | Some(Basis::Appraised)) => Basis::Appraised,
        (form, Some(_)) => {
            return Err(Error::usage(format!(
                "{} reports {}; --basis does not change that",
                form.name(),
                if form == Form::Mau01 {
                    "the commune's own assessment (self-assessed)"
                } else {
                    "the district's appraisal (appraised)"
                }
            )));
        }
    };
    let sandbox = g.sandbox()?;
    let loaded = g.sets_at(None)?.load_with_communes(policy_set, &sandbox)?;
    let plan = Plan::new(
        // Mẫu 01 is the commune's own report; the others are the district's appraisal.
        vec![Evaluation::new(&loaded, args.year, basis).in_lang(Lang::Vi)],
        dictionary,
        g.read_limits(),
    );
    plan.check_years()?;
    let mut made = Vec::new();
    let mut failed = None;
    plan.run(
        &files,
        |results| results,
        |r| match r {
            Ok(results) => made.extend(results),
            Err(e) => failed = Some(e),
        },
    );
    if let Some(e) = failed {
        return Err(e.into());
    }
    if made.is_empty() {
        return Err(Error::usage("no dataset to report on"));
    }
    // An appraisal of a dataset without any is a draft on the locality's own figures:
    // said on stderr as well as in the document.
    for r in made
        .iter()
        .filter(|r| r.basis == Basis::Appraised && !r.appraised)
    {
        crate::diag::emit(
            &crate::diag::Diagnostic::note(
                "report",
                format!(
                    "{}: no appraisal in this dataset (no appraised_facts, no dti.appraised): the report is a draft (DỰ THẢO) on the locality's own figures",
                    r.file
                ),
            )
            .file(r.file.clone()),
        );
    }
    let filled = crate::render::forms::Filled {
        number: args.number.clone(),
        date: args.date.clone(),
        place: args.place.clone(),
        signer: args.signer.clone(),
    };
    let fill = |result: &crate::aggregate::LocalityResult| {
        match form {
            Form::Mau02 => crate::render::forms::mau02(&loaded.set, result, &filled),
            Form::Mau03 => crate::render::forms::mau03(&loaded.set, result, &filled),
            Form::Mau01 => crate::render::forms::mau01(&loaded.set, result, &filled),
            Form::MucDo => crate::render::forms::muc_do(&loaded.set, result, &filled),
        }
        .map_err(|e| Error::usage(e.0))
    };
    let render = |document: &crate::render::forms::Document, docx: bool| {
        if docx {
            crate::render::docx::document(document)
        } else {
            crate::render::html::document(document).into_bytes()
        }
    };
    let write = super::write_file;
    if let [result] = made.as_slice() {
        let docx = args
            .out
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("docx"));
        write(&args.out, &render(&fill(result)?, docx))?;
        outln!("wrote {}", args.out.display());
        return Ok(Exit::Ok);
    }
    // A district's batch: every document is made before any is written, so an error
    // leaves nothing half-done.
    let docx = args.format.unwrap_or(Format::Docx) == Format::Docx;
    let ext = if docx { "docx" } else { "html" };
    let mut documents = Vec::with_capacity(made.len() + 1);
    for result in &made {
        let name = format!(
            "{}-{}.{ext}",
            result.locality.code,
            crate::forms::book::key(&result.locality.name)
        );
        documents.push((name, render(&fill(result)?, docx)));
    }
    let summary = if form == Form::MucDo {
        crate::render::forms::levels_summary(&loaded.set, &made, &filled)
    } else {
        crate::render::forms::district_summary(&loaded.set, &made, &filled)
    }
    .map_err(|e| Error::usage(e.0))?;
    documents.push((format!("tong-hop.{ext}"), render(&summary, docx)));
    std::fs::create_dir_all(&args.out).map_err(|source| Error::Io {
        doing: "create",
        path: args.out.clone(),
        source,
    })?;
    for (name, bytes) in &documents {
        write(&args.out.join(name), bytes)?;
    }
    outln!(
        "wrote {} documents and the summary table into {}",
        made.len(),
        args.out.display()
    );
    Ok(Exit::Ok)
}

/// `report` without `--form`: the reviewer's page of a whole run, evaluated now or
/// read back from a saved result; every locality's report packed in it. Datasets that
/// cannot be read are reported (stderr, the page's header, exit status 2) and the
/// others still are.
fn reviewer_page(g: &Global, args: &ReportArgs) -> Result<Exit, Error> {
    use crate::aggregate::overview::OverviewBuilder;
    use crate::render::review::{About, Packed};
    if let Some(flag) = [
        (args.number.is_some(), "--number"),
        (args.date.is_some(), "--date"),
        (args.place.is_some(), "--place"),
        (args.signer.is_some(), "--signer"),
        (args.format == Some(Format::Docx), "--format docx"),
    ]
    .iter()
    .find_map(|(given, flag)| given.then_some(flag))
    {
        return Err(Error::usage(format!(
            "{flag} belongs to an official form (--form); the reviewer's page is one HTML file"
        )));
    }
    let html = args
        .out
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    if !html {
        return Err(Error::usage(format!(
            "--out {}: the reviewer's page is one HTML file (NAME.html); an official form needs --form",
            args.out.display()
        )));
    }
    if args.out.exists() && !args.force {
        return Err(Error::usage(format!(
            "`{}` exists (--force to replace it)",
            args.out.display()
        )));
    }
    let style = crate::render::text::Style::plain(g.lang);
    let mut overview = OverviewBuilder::default();
    let mut packed = Packed::new();
    let mut unreadable = 0;
    let about = match &args.results {
        Some(path) => {
            let sets = g.sets_at(None)?;
            // The set's id and word for a criterion, known once the header is read.
            let named = std::sync::OnceLock::new();
            let mut basis = None;
            let saved = crate::plan::saved::read(
                path,
                |set| {
                    if let Some(id) = &args.policy_set
                        && *id != set.id
                    {
                        return Err(Error::usage(format!(
                            "{} holds results of `{}`, not `{id}`",
                            path.display(),
                            set.id
                        )));
                    }
                    // The word from the set's manifest if the set is here.
                    let noun = sets
                        .manifest(&set.id)
                        .map(|m| crate::aggregate::Noun::of(&m.recognition))
                        .unwrap_or_default();
                    let _ = named.set((set.id.clone(), noun));
                    Ok(())
                },
                |r| {
                    let (id, noun) = named.get().cloned().unwrap_or_default();
                    (crate::render::text::locality_under(&id, noun, &r, style), r)
                },
                |(report, r)| {
                    basis.get_or_insert(r.basis);
                    overview.add(&r);
                    packed.push(report);
                },
            )?;
            About {
                set_id: saved.id,
                set_title: saved.title,
                decision: saved.decision,
                basis: basis_key(basis.unwrap_or(Basis::Appraised)),
                source: path.display().to_string(),
                unreadable: 0,
                noun: named.get().map(|n| n.1).unwrap_or_default(),
            }
        }
        None => {
            let Some(policy_set) = &args.policy_set else {
                return Err(Error::usage(
                    "the reviewer's page needs --policy-set ID and datasets, or --results FILE",
                ));
            };
            if args.datasets.is_empty() {
                return Err(Error::usage(
                    "no dataset given (files or directories), and no --results FILE",
                ));
            }
            let files = expand_datasets(&args.datasets)?;
            let sandbox = g.sandbox()?;
            let loaded = g.sets_at(None)?.load_with_communes(policy_set, &sandbox)?;
            super::warn_unusable(&loaded.set, "criterion");
            let basis = args.basis.unwrap_or(Basis::Appraised);
            let plan = Plan::new(
                vec![Evaluation::new(&loaded, args.year, basis).in_lang(g.lang)],
                DataDictionary::shipped()?,
                g.read_limits(),
            );
            plan.check_years()?;
            let set = &loaded.set;
            let progress = super::progress::Progress::new(files.len());
            plan.run(
                &files,
                |results| {
                    results
                        .into_iter()
                        .map(|r| (crate::render::text::locality(set, &r, style), r))
                        .collect::<Vec<_>>()
                },
                |made| {
                    match made {
                        Ok(made) => {
                            for (report, r) in made {
                                overview.add(&r);
                                packed.push(report);
                            }
                        }
                        Err(problem) => {
                            unreadable += 1;
                            progress.print(|| crate::diag::emit_dataset(&problem));
                        }
                    }
                    progress.tick();
                },
            );
            progress.done();
            About {
                set_id: set.id().to_owned(),
                set_title: set.manifest.title.clone(),
                decision: set.manifest.decision.clone(),
                basis: basis_key(basis),
                // The arguments as given, the first three of many (a shell's glob of a
                // country's districts is 705 of them).
                source: {
                    let shown: Vec<String> = args
                        .datasets
                        .iter()
                        .take(3)
                        .map(|d| d.display().to_string())
                        .collect();
                    match args.datasets.len() {
                        n if n > 3 => format!("{} … (+{})", shown.join(" "), n - 3),
                        _ => shown.join(" "),
                    }
                },
                unreadable,
                noun: crate::aggregate::Noun::of(&set.manifest.recognition),
            }
        }
    };
    let overview = overview.finish();
    if overview.rows.is_empty() {
        return Err(Error::usage("no locality to report on"));
    }
    let page = crate::render::review::overview(&about, &overview, &packed.finish(), g.lang);
    super::write_file(&args.out, page.as_bytes())?;
    outln!(
        "wrote {} ({} {})",
        args.out.display(),
        overview.rows.len(),
        if overview.rows.len() == 1 {
            "locality"
        } else {
            "localities"
        }
    );
    Ok(if unreadable > 0 {
        Exit::InputError
    } else {
        Exit::Ok
    })
}

fn basis_key(b: Basis) -> String {
    match b {
        Basis::Appraised => "appraised",
        Basis::SelfAssessed => "self_assessed",
    }
    .to_owned()
}

impl Form {
    fn name(self) -> &'static str {
        match self {
            Form::Mau01 => "Mẫu 01",
            Form::Mau02 => "Mẫu 02",
            Form::Mau03 => "Mẫu 03",
            Form::MucDo => "the level report",
        }
    }
}

fn is_iso_date(d: &str) -> bool {
    let parts: Vec<&str> = d.split('-').collect();
    matches!(parts.as_slice(), [y, m, day] if y.len() == 4 && m.len() == 2 && day.len() == 2
        && [y, m, day].iter().all(|p| p.chars().all(|c| c.is_ascii_digit())))
}
