//! One module per subcommand.

use std::process::ExitCode;

use crate::input::InputError;

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

/// Counts inputs and reports the failed ones on stderr as they come.
#[derive(Debug, Default)]
pub struct Tally {
    /// Inputs seen, failed or not.
    pub total: usize,
    /// Inputs that failed.
    pub failed: usize,
}

impl Tally {
    /// Count one input (failed or not).
    pub fn done(&mut self) {
        self.total += 1;
    }

    /// Report a failed input (call [`Tally::done`] for it too).
    pub fn failed(&mut self, err: &InputError) {
        self.failed += 1;
        eprintln!("warta: {err}");
    }

    /// Print the summary line when something failed, and the outcome.
    pub fn finish(&self) -> Outcome {
        if self.failed == 0 {
            return Outcome::Success;
        }
        eprintln!("warta: {} of {} inputs failed", self.failed, self.total);
        Outcome::SomeFailed
    }
}
