//! `dtcheck build`: build policy modules, update manifest hashes, report sizes;
//! `--check` fails on committed modules that are stale against their sources.

use super::{Exit, Global};
use crate::Error;

#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// Build only this set (default: every set)
    #[arg(long, value_name = "ID")]
    pub policy_set: Option<String>,
    /// Write nothing; fail (exit 1) naming every committed module that differs from a
    /// fresh build of its source, or whose manifest entry is out of date
    #[arg(long)]
    pub check: bool,
}

pub fn build(g: &Global, args: &BuildArgs) -> Result<Exit, Error> {
    let sets = g.sets()?;
    let ids = match &args.policy_set {
        Some(id) => vec![id.clone()],
        None => sets.ids()?,
    };
    let workspace = sets
        .root()
        .parent()
        .and_then(|p| p.parent())
        .ok_or_else(|| Error::usage("the policies directory must be <workspace>/policies/sets"))?;
    // `policies/sets` discovered in the current directory has an empty grandparent.
    let workspace = if workspace.as_os_str().is_empty() {
        std::path::Path::new(".")
    } else {
        workspace
    };
    let reports = crate::authoring::build::build(workspace, &sets, &ids, args.check)?;
    let mut stale = 0;
    let mut total = 0;
    for r in &reports {
        total += r.size;
        match &r.stale {
            Some(why) => {
                stale += 1;
                outln!("STALE  {} {:<6} {}", r.set, r.criterion, why);
            }
            None => outln!(
                "ok     {} {:<6} {:>7} bytes  {}",
                r.set,
                r.criterion,
                r.size,
                r.file
            ),
        }
    }
    outln!("{} modules, {} bytes in total", reports.len(), total);
    if stale > 0 {
        crate::diag::summary(&format!(
            "{stale} committed modules are stale: run `dtcheck build` and commit the result"
        ));
        return Ok(Exit::NotRecognised);
    }
    Ok(Exit::Ok)
}
