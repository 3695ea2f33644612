//! `warta`: the command-line tool.

mod cli;
mod commands;
mod input;
mod output;
mod parallel;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let result = match cli.command {
        cli::Command::Extract(args) => commands::extract::run(args),
        cli::Command::Index(args) => commands::index::run(args),
        cli::Command::Search(args) => commands::search::run(args),
        cli::Command::Facets(args) => commands::facets::run(args),
        cli::Command::Show(args) => commands::show::run(args),
        cli::Command::TrainNer(args) => commands::train_ner::run(args),
    };
    match result {
        Ok(outcome) => outcome.exit_code(),
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("warta: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
