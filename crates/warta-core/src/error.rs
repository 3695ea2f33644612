//! The library's error type.

use std::path::PathBuf;

/// What can go wrong building an [`crate::Extractor`] or loading data for it.
/// Extraction itself never fails.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A data file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A line of a data file could not be parsed.
    #[error("{path}:{line}: {reason}")]
    BadData {
        /// The file (or the name of a built-in list).
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// The name-tagger model could not be loaded.
    #[error("name tagger model: {0}")]
    Model(String),
}
