//! Errors of the index crate.

use std::path::PathBuf;

/// What went wrong with an index.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// No index at this location.
    #[error("no warta index at {path}: build one with `warta index PATHS... --index {path}`")]
    NotFound {
        /// The directory looked at.
        path: PathBuf,
    },
    /// The index was built by another version of warta.
    #[error(
        "the index at {path} has schema version {found}, this warta reads version {expected}: \
         run `warta index --rebuild PATHS...` to rebuild it"
    )]
    SchemaVersion {
        /// The directory.
        path: PathBuf,
        /// The version recorded in the index (`unknown` when none is).
        found: String,
        /// The version this warta writes and reads.
        expected: u32,
    },
    /// Another process holds the index's writer lock.
    #[error(
        "the index at {path} is in use by another warta process (only one may write at a time)"
    )]
    InUse {
        /// The directory.
        path: PathBuf,
    },
    /// `--rebuild` was asked for a directory that does not look like a warta index.
    #[error("refusing to delete {path}: it is not empty and not a warta index")]
    NotAnIndex {
        /// The directory.
        path: PathBuf,
    },
    /// A query could not be parsed.
    #[error(transparent)]
    Query(#[from] crate::query::QueryError),
    /// An unknown facet field name.
    #[error("unknown facet field {name:?}: use one of people, organizations, places, agreements, statuses, laws, months")]
    UnknownFacet {
        /// The name given.
        name: String,
    },
    /// A stored article could not be read back.
    #[error("stored article {id:?} is not valid Article JSON: {source}")]
    Stored {
        /// Its id.
        id: String,
        /// Why.
        source: serde_json::Error,
    },
    /// Reading or writing the index metadata file.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// An error from tantivy.
    #[error(transparent)]
    Tantivy(#[from] tantivy::TantivyError),
}

/// Result of the index crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
