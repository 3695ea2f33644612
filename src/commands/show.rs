//! `warta show`. (Placeholder: to be completed.)

use crate::cli::ShowArgs;
use crate::commands::Outcome;

/// Run the command.
pub fn run(_args: ShowArgs) -> anyhow::Result<Outcome> {
    anyhow::bail!("not implemented yet")
}
