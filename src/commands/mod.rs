//! One module per subcommand.

use std::process::ExitCode;

pub mod extract;
pub mod facets;
pub mod index;
pub mod search;
pub mod show;
pub mod train_ner;

/// How a command that ran to its end went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything worked.
    Success,
    /// Some inputs failed; they were reported and the rest was done.
    SomeFailed,
}

impl Outcome {
    /// 0 for success, 1 when some inputs failed.
    pub fn exit_code(self) -> ExitCode {
        match self {
            Outcome::Success => ExitCode::SUCCESS,
            Outcome::SomeFailed => ExitCode::from(1),
        }
    }
}
