//! `dtcheck docs`: a set's catalogue, generated from its modules' metadata.

use super::{Exit, Global};
use crate::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DocsFormat {
    Markdown,
    Html,
}

#[derive(Debug, clap::Args)]
pub struct DocsArgs {
    /// The set to describe (`dtcheck list` shows them)
    #[arg(long, value_name = "ID")]
    pub policy_set: String,
    /// Read the set as it is at this git revision
    #[arg(long, value_name = "REV")]
    pub rev: Option<String>,
    /// Markdown, or a standalone HTML page (in Vietnamese)
    #[arg(long, value_enum, default_value_t = DocsFormat::Markdown)]
    pub format: DocsFormat,
}

pub fn docs(g: &Global, args: &DocsArgs) -> Result<Exit, Error> {
    let set = g
        .sets_at(args.rev.as_deref())?
        .load(&args.policy_set, &g.sandbox()?)?;
    match args.format {
        DocsFormat::Markdown => out!("{}", crate::render::markdown::catalogue(&set)),
        DocsFormat::Html => out!("{}", crate::render::html::catalogue(&set)),
    }
    Ok(if set.broken().next().is_some() {
        Exit::CriterionError
    } else {
        Exit::Ok
    })
}
