//! `warta train-ner`. (Placeholder: to be completed.)

use crate::cli::TrainNerArgs;
use crate::commands::Outcome;

/// Run the command.
pub fn run(_args: TrainNerArgs) -> anyhow::Result<Outcome> {
    anyhow::bail!("not implemented yet")
}
