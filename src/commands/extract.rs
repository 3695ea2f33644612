//! `warta extract`. (Placeholder: to be completed.)

use crate::cli::ExtractArgs;
use crate::commands::Outcome;

/// Run the command.
pub fn run(_args: ExtractArgs) -> anyhow::Result<Outcome> {
    anyhow::bail!("not implemented yet")
}
