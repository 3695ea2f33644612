//! Typed, lazily built views over the shipped lists in `data/`. (Placeholder.)

pub mod given_names;

/// Build every lazily built list now, so that the first article does not pay for it.
pub fn warm_up() {
    given_names::warm_up();
}
