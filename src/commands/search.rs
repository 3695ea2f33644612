//! `warta search`. (Placeholder: to be completed.)

use crate::cli::SearchArgs;
use crate::commands::Outcome;

/// Run the command.
pub fn run(_args: SearchArgs) -> anyhow::Result<Outcome> {
    anyhow::bail!("not implemented yet")
}
