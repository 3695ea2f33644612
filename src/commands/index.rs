//! `warta index`. (Placeholder: to be completed.)

use crate::cli::IndexArgs;
use crate::commands::Outcome;

/// Run the command.
pub fn run(_args: IndexArgs) -> anyhow::Result<Outcome> {
    anyhow::bail!("not implemented yet")
}
