//! From raw scraped text to a cleaned body: normalization, layout, furniture.

pub mod boilerplate;
pub mod byline;
pub mod dateline;
pub mod layout;
pub mod normalize;
