//! Recognizers, one module per schema field.

pub mod agreements;
pub(crate) mod context;
pub mod dates;
pub mod described;
pub mod laws;
pub mod names;
pub mod organizations;
pub mod people;
pub mod places;
pub mod quotes;
