//! Unicode and whitespace normalization of raw scraped text.

/// NFC, no-break and odd spaces to plain spaces, curly quotes and dashes handled,
/// line endings unified. (Placeholder: to be completed.)
pub fn normalize(raw: &str) -> String {
    raw.replace("\r\n", "\n")
}
