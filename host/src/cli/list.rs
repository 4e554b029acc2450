//! `dtcheck list`: the policy sets, or one set's criteria.

use super::{Exit, Format, Global};
use crate::Error;
use crate::render::json::{CriterionListing, to_pretty};
use crate::render::target_text;
use serde::Serialize;

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Read the policy sets as they are at this git revision (commit, tag, branch,
    /// `HEAD~3`), without a checkout
    #[arg(long, value_name = "REV")]
    pub rev: Option<String>,
    /// Show the criteria of this set (default: list the sets)
    #[arg(long, value_name = "ID")]
    pub policy_set: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Serialize)]
struct SetListing {
    id: String,
    title: String,
    decision: String,
    levels_of_government: Vec<String>,
    criteria: usize,
}

pub fn list(g: &Global, args: &ListArgs) -> Result<Exit, Error> {
    let sets = g.sets_at(args.rev.as_deref())?;
    let Some(id) = &args.policy_set else {
        let mut listings = Vec::new();
        for id in sets.ids()? {
            let m = sets.manifest(&id)?;
            listings.push(SetListing {
                id: m.id,
                title: m.title,
                decision: m.decision,
                levels_of_government: m.levels_of_government,
                criteria: m.modules.len(),
            });
        }
        match args.format {
            Format::Json => out!("{}", to_pretty(&listings)),
            Format::Text => {
                for s in &listings {
                    outln!(
                        "{}  {} {}  {} ({})",
                        s.id,
                        s.criteria,
                        if s.criteria == 1 {
                            "criterion"
                        } else {
                            "criteria"
                        },
                        s.title,
                        s.decision
                    );
                }
            }
        }
        return Ok(Exit::Ok);
    };
    let set = sets.load(id, &g.sandbox()?)?;
    let mut exit = Exit::Ok;
    for (criterion, reason) in set.broken() {
        crate::diag::emit(
            &crate::diag::Diagnostic::warning(
                "module",
                format!("criterion {criterion} cannot be listed: {reason}"),
            )
            .policy_set(id.as_str())
            .criterion(criterion),
        );
        exit = Exit::CriterionError;
    }
    let listings: Vec<CriterionListing<'_>> = set
        .usable()
        .map(|u| CriterionListing::of(&u.meta))
        .collect();
    match args.format {
        Format::Json => {
            #[derive(Serialize)]
            struct Out<'a> {
                policy_set: crate::render::json::SetInfo<'a>,
                criteria: Vec<CriterionListing<'a>>,
            }
            out!(
                "{}",
                to_pretty(&Out {
                    policy_set: crate::render::json::SetInfo::of(&set),
                    criteria: listings
                })
            );
        }
        Format::Text => {
            outln!(
                "{} — {} ({})",
                set.id(),
                set.manifest.title,
                set.manifest.decision
            );
            let keys: Vec<String> = set
                .usable()
                .next()
                .map(|u| u.meta.targets.iter().map(|(k, _)| k.clone()).collect())
                .unwrap_or_default();
            let mut group = String::new();
            for u in set.usable() {
                let m = &u.meta;
                if *m.group.id != *group {
                    group = m.group.id.to_string();
                    outln!("\n{} {}", m.group.id, m.group.name);
                }
                let targets: Vec<String> = keys
                    .iter()
                    .map(|k| {
                        format!(
                            "{k}: {}",
                            m.target(k).map_or("—".into(), |t| target_text(t, &m.unit))
                        )
                    })
                    .collect();
                outln!("  {:<5} {} [{}]", m.id, m.name, m.unit);
                outln!("        {}", targets.join(" | "));
            }
        }
    }
    Ok(exit)
}
