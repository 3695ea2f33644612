//! warta-index: a tantivy index of warta articles with an Indonesian analyzer.
#![warn(missing_docs)]
