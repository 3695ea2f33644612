//! Recognizers, one module per schema field.

pub mod agreements;
pub mod dates;
pub mod laws;
pub mod quotes;
