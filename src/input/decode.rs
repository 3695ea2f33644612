//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, lossy UTF-8, or binary.

use std::borrow::Cow;

/// What a file's bytes turned out to be.
#[derive(Debug, PartialEq, Eq)]
pub enum Decoded<'a> {
    /// Valid text (UTF-8, or UTF-16 announced by its byte-order mark).
    Text(Cow<'a, str>),
    /// UTF-8 with this many invalid byte sequences, each replaced by U+FFFD.
    Lossy(Cow<'a, str>, usize),
    /// Not text: NUL bytes, many control characters or mostly invalid UTF-8.
    Binary,
}

/// How much of the start of a file is examined for control characters.
const SNIFF: usize = 64 * 1024;

/// Decode `bytes`.
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, u16::from_be_bytes);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if looks_binary(bytes) {
        return Decoded::Binary;
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded::Text(Cow::Borrowed(text)),
        Err(_) => {
            let (bad, bad_bytes) = bytes.utf8_chunks().fold((0, 0), |(n, b), chunk| {
                let invalid = chunk.invalid().len();
                (n + usize::from(invalid > 0), b + invalid)
            });
            // Mostly undecodable bytes are not a text with a few bad characters.
            if bad_bytes * 4 > bytes.len() {
                Decoded::Binary
            } else {
                Decoded::Lossy(String::from_utf8_lossy(bytes), bad)
            }
        }
    }
}

/// A NUL byte, or more than one control character in ten, in the first [`SNIFF`] bytes.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(SNIFF)];
    if sample.contains(&0) {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    controls * 10 > sample.len()
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Decoded<'static> {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut bad = usize::from(bytes.len() % 2 == 1);
    let text: String = char::decode_utf16(units)
        .map(|c| {
            c.unwrap_or_else(|_| {
                bad += 1;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    if text.contains('\0') {
        return Decoded::Binary;
    }
    if bad > 0 {
        Decoded::Lossy(Cow::Owned(text), bad)
    } else {
        Decoded::Text(Cow::Owned(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_each_kind() {
        let cases: &[(&[u8], &str)] = &[
            (b"Senin (20/01/2020)", "text"),
            (b"\xEF\xBB\xBFPONTIANAK - Gubernur", "text"),
            (b"\xFF\xFEP\x00o\x00n\x00", "text"),
            (b"\xFE\xFF\x00P\x00o\x00n", "text"),
            (b"Gubernur \xFF\xFE Kalbar", "lossy"),
            (b"abc\x00def", "binary"),
            (b"\x01\x02\x03\x04abc", "binary"),
            (b"\xFF\xFF\xFF\xFF\xFFab", "binary"),
            (b"", "text"),
        ];
        for (bytes, want) in cases {
            let got = match decode(bytes) {
                Decoded::Text(_) => "text",
                Decoded::Lossy(..) => "lossy",
                Decoded::Binary => "binary",
            };
            assert_eq!(got, *want, "{bytes:?}");
        }
    }

    #[test]
    fn strips_byte_order_marks() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFab"),
            Decoded::Text(Cow::Borrowed("ab"))
        );
        assert_eq!(
            decode(b"\xFF\xFEa\x00b\x00"),
            Decoded::Text(Cow::Owned("ab".into()))
        );
        assert_eq!(
            decode(b"abcdef\xFFghij"),
            Decoded::Lossy(Cow::Owned("abcdef\u{FFFD}ghij".into()), 1)
        );
    }
}
