//! warta-core: raw Indonesian news articles in, structured [`Article`]s out.
//!
//! ```
//! use warta_core::{Extractor, Input};
//!
//! let extractor = Extractor::new(Default::default()).unwrap();
//! let article = extractor.extract(&Input::from_text(
//!     "PONTIANAK - Gubernur Kalbar Sutarmidji meresmikan kantor baru pada Senin (20/01/2020).",
//! ));
//! assert_eq!(article.schema, "warta.article/1");
//! ```
#![warn(missing_docs)]

pub mod article;
pub mod doc;
mod error;
pub mod extract;
pub mod gazetteer;
pub mod lang;
pub mod ner;
mod pipeline;
pub mod resolve;
pub mod text;

pub use article::*;
pub use doc::Doc;
pub use error::Error;
pub use pipeline::{ExtractOptions, Extractor, Input, TaggerMode};

/// The workspace README, compiled as a doctest so that its library example stays true.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
pub struct ReadmeDoctests;
