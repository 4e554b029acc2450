//! `dtcheck new`: scaffold a policy set, or a criterion in one.

use super::{Exit, Global};
use crate::Error;
use crate::authoring::scaffold::{NewCriterion, NewSet, new_criterion, new_set};

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// The set to create, or to add the criterion to
    #[arg(long, value_name = "ID")]
    pub policy_set: String,
    /// Add this criterion (the source numbering, e.g. `4.9`); without it, create the set
    #[arg(long, value_name = "ID")]
    pub criterion: Option<String>,
    /// Criterion: Vietnamese name exactly as in the source
    #[arg(long, default_value = "")]
    pub name: String,
    /// Criterion: unit exactly as in the source ("%", "Có/không", …)
    #[arg(long, default_value = "%")]
    pub unit: String,
    /// Criterion: group id and Vietnamese name, as `ID=NAME` (e.g. `1=Chính quyền số`);
    /// required
    #[arg(long, default_value = "")]
    pub group: String,
    /// Criterion: targets as written, for every year or level of the set:
    /// `2022=*,2023=70%,2024=75%,2025=80%`, `1=*,2=Có,3=Có,4=Có,5=Có`
    #[arg(long, default_value = "")]
    pub targets: String,
    /// Criterion: the agency in charge
    #[arg(long, default_value = "")]
    pub agency: String,
    /// Criterion: legal references, verbatim
    #[arg(long, default_value = "")]
    pub legal_basis: String,
    /// Set: Vietnamese title of the decision
    #[arg(long, default_value = "")]
    pub title: String,
    /// Set: the decision ("1829/QĐ-UBND ngày 30/5/2023")
    #[arg(long, default_value = "")]
    pub decision: String,
    /// Set: targets per year (comma-separated); without it, per maturity level 1–5
    #[arg(long, value_delimiter = ',')]
    pub years: Option<Vec<u16>>,
    /// The level of government: commune or district
    #[arg(long, default_value = "commune")]
    pub level: String,
}

pub fn new(g: &Global, args: &NewArgs) -> Result<Exit, Error> {
    if !matches!(args.level.as_str(), "commune" | "district") {
        return Err(Error::usage("--level is `commune` or `district`"));
    }
    let root = g.sets()?.root().to_path_buf();
    let written = match &args.criterion {
        None => new_set(
            &root,
            &NewSet {
                id: &args.policy_set,
                title: &args.title,
                decision: &args.decision,
                level_of_government: &args.level,
                years: args.years.clone(),
            },
        ),
        Some(id) => {
            let (group_id, group_name) = args
                .group
                .split_once('=')
                .unwrap_or((args.group.as_str(), ""));
            let mut targets = Vec::new();
            for item in args.targets.split(',').filter(|s| !s.trim().is_empty()) {
                let Some((k, t)) = item.split_once('=') else {
                    return Err(Error::usage(format!(
                        "--targets: `{item}` is not `KEY=TARGET` (e.g. `2024=75%`)"
                    )));
                };
                targets.push((k.trim().to_string(), t.trim().to_string()));
            }
            let manifest = g.sets()?.manifest(&args.policy_set)?;
            let keys: Vec<String> = match &manifest.schedule {
                crate::policyset::ScheduleSpec::Year { years } => {
                    years.iter().map(u16::to_string).collect()
                }
                crate::policyset::ScheduleSpec::Level { levels } => {
                    levels.iter().map(u8::to_string).collect()
                }
            };
            if let Some((k, _)) = targets.iter().find(|(k, _)| !keys.contains(k)) {
                return Err(Error::usage(format!(
                    "--targets: `{k}` is not one of the set's keys ({})",
                    keys.join(", ")
                )));
            }
            // Every key needs its target as the source writes it: one left out would
            // silently read as "not assessed" (`*`).
            let missing: Vec<&str> = keys
                .iter()
                .filter(|k| !targets.iter().any(|(x, _)| x == *k))
                .map(String::as_str)
                .collect();
            if !missing.is_empty() {
                let by_year = matches!(
                    manifest.schedule,
                    crate::policyset::ScheduleSpec::Year { .. }
                );
                return Err(Error::usage(format!(
                    "--targets has no target for {}: give one for every {} of the set as the source writes it, `*` where it marks none (e.g. `{}`)",
                    missing.join(", "),
                    if by_year { "year" } else { "level" },
                    keys.iter()
                        .map(|k| format!("{k}=…"))
                        .collect::<Vec<_>>()
                        .join(",")
                )));
            }
            let targets = keys
                .iter()
                .filter_map(|k| targets.iter().find(|(x, _)| x == k).cloned())
                .collect();
            new_criterion(
                &root,
                &args.policy_set,
                &NewCriterion {
                    id,
                    name: &args.name,
                    unit: &args.unit,
                    group_id,
                    group_name,
                    targets,
                    agency: &args.agency,
                    legal_basis: &args.legal_basis,
                    level_of_government: &args.level,
                },
            )
        }
    }
    .map_err(|e| Error::usage(e.to_string()))?;
    for path in &written {
        outln!("wrote {}", path.display());
    }
    outln!(
        "next: write the check and the fixture cases, then `dtcheck build`, `dtcheck test`, `dtcheck lint`"
    );
    Ok(Exit::Ok)
}
