//! A lazy tokenizer over the cleaned text: words, numbers and single punctuation marks,
//! read on demand from a byte position so that parsing allocates nothing.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Letters, with inner apostrophes (`Jum'at`).
    Word,
    /// ASCII digits.
    Num,
    /// One other character; a line break is one too, and no date pattern crosses it.
    Punct(char),
}

/// One token: its kind and byte span.
#[derive(Debug, Clone, Copy)]
pub(super) struct Tok<'a> {
    pub kind: Kind,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

impl<'a> Tok<'a> {
    /// The number, for a digit token of at most `max_len` digits.
    pub fn num(&self, max_len: usize) -> Option<u32> {
        if self.kind == Kind::Num && self.text.len() <= max_len {
            self.text.parse().ok()
        } else {
            None
        }
    }

    /// Whether this is the punctuation mark `c`.
    pub fn is(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// Whether this is the word `w` (ASCII case-insensitive).
    pub fn is_word(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.text.eq_ignore_ascii_case(w)
    }

    /// The word, if this is one.
    pub fn word(&self) -> Option<&'a str> {
        (self.kind == Kind::Word).then_some(self.text)
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}')
}

/// The token at or after byte `pos` (spaces and tabs skipped; never a line break).
pub(super) fn tok_at(text: &str, pos: usize) -> Option<Tok<'_>> {
    let rest = text.get(pos..)?;
    let skipped = rest.len() - rest.trim_start_matches([' ', '\t', '\u{a0}']).len();
    let start = pos + skipped;
    let rest = text.get(start..)?;
    let first = rest.chars().next()?;
    let (kind, len) = if first.is_ascii_digit() {
        let len = rest.bytes().take_while(u8::is_ascii_digit).count();
        (Kind::Num, len)
    } else if first.is_alphabetic() {
        let mut len = 0;
        let mut chars = rest.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c.is_alphabetic() {
                len = i + c.len_utf8();
            } else if is_apostrophe(c) && chars.peek().is_some_and(|&(_, n)| n.is_alphabetic()) {
                continue;
            } else {
                break;
            }
        }
        (Kind::Word, len)
    } else {
        (Kind::Punct(first), first.len_utf8())
    };
    let text_of = rest.get(..len)?;
    Some(Tok {
        kind,
        text: text_of,
        start,
        end: start + len,
    })
}

/// The token that ends at or before byte `pos` (spaces and tabs skipped backwards).
pub(super) fn tok_before(text: &str, pos: usize) -> Option<Tok<'_>> {
    let head = text.get(..pos)?;
    let trimmed = head.trim_end_matches([' ', '\t', '\u{a0}']);
    let end = trimmed.len();
    let last = trimmed.chars().next_back()?;
    let start = if last.is_ascii_digit() {
        end - trimmed.bytes().rev().take_while(u8::is_ascii_digit).count()
    } else if last.is_alphabetic() {
        let mut start = end;
        let mut iter = trimmed.char_indices().rev().peekable();
        while let Some((i, c)) = iter.next() {
            if c.is_alphabetic() {
                start = i;
            } else if is_apostrophe(c) && iter.peek().is_some_and(|&(_, p)| p.is_alphabetic()) {
                continue;
            } else {
                break;
            }
        }
        start
    } else {
        end - last.len_utf8()
    };
    // Re-read forward so both directions agree on where the token ends.
    let tok = tok_at(text, start)?;
    (tok.end == end).then_some(tok)
}

/// Whether the text at `pos` starts with `lit` (ASCII case-insensitive) followed by a
/// non-alphanumeric character; returns the end of the literal.
pub(super) fn literal_at(text: &str, pos: usize, lit: &str) -> Option<usize> {
    let rest = text.get(pos..)?;
    let rest = rest.trim_start_matches([' ', '\t', '\u{a0}']);
    let start = text.len() - rest.len();
    let head = rest.get(..lit.len())?;
    if !head.eq_ignore_ascii_case(lit) {
        return None;
    }
    let end = start + lit.len();
    let next = text.get(end..).and_then(|r| r.chars().next());
    let last_alnum = lit.chars().next_back().is_some_and(char::is_alphanumeric);
    if last_alnum && next.is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some(end)
}

/// Whether a word at `pos` starts a sentence (text start, line start, or after `.!?` and
/// an optional quote), which makes its capital letter meaningless.
pub(super) fn sentence_initial(text: &str, pos: usize) -> bool {
    let head = text.get(..pos).unwrap_or("");
    let trimmed = head.trim_end_matches([' ', '\t', '\u{a0}', '"', '\u{201c}', '*', '#', '_']);
    match trimmed.chars().next_back() {
        None => true,
        Some(c) => matches!(c, '\n' | '.' | '!' | '?' | ':'),
    }
}
