//! `warta facets`. (Placeholder: to be completed.)

use crate::cli::FacetsArgs;
use crate::commands::Outcome;

/// Run the command.
pub fn run(_args: FacetsArgs) -> anyhow::Result<Outcome> {
    anyhow::bail!("not implemented yet")
}
