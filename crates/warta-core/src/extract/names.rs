//! Tokens for the name recognizers: words (letters and digits, joined across inner `-`,
//! `'` and `.` as in `se-Kaltim`, `Jum'at`, `S.H`) and single punctuation marks, with the
//! facts the patterns ask about (capitalized, followed by a dot, after a line break).

use std::ops::Range;

/// One token of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// A word (else one punctuation character).
    pub word: bool,
    /// A `.` follows immediately.
    pub dot: bool,
    /// A line break lies between the previous token and this one.
    pub newline: bool,
    /// The text defines this word as the short name of an organization, in parentheses
    /// after the full name (`Universitas Pattimura (Unpatti)`): wherever it stands it names
    /// the organization, never a person.
    pub defined: bool,
    /// Whether the word can be part of a person's name, worked out once per token (see
    /// [`crate::extract::people::is_name_word`]).
    pub name: bool,
}

impl Tok {
    /// The token as written.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The byte range.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

fn joins(c: char) -> bool {
    matches!(c, '-' | '\'' | '\u{2019}' | '.')
}

/// Split `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut newline = false;
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            newline |= c == '\n';
            continue;
        }
        let mut end = i + c.len_utf8();
        let word = c.is_alphanumeric();
        if word {
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    chars.next();
                } else if joins(d) {
                    let after = text.get(j + d.len_utf8()..).and_then(|s| s.chars().next());
                    // `se-Kaltim`, `Jum'at`, `S.H`; a trailing `.` stays outside the word.
                    if after.is_some_and(char::is_alphanumeric)
                        && !(d == '.' && is_sentence_dot(text, end, after))
                    {
                        end = j + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
        }
        let dot = text.get(end..).is_some_and(|s| s.starts_with('.'));
        toks.push(Tok {
            start: i,
            end,
            word,
            dot,
            newline,
            defined: false,
            name: false,
        });
        newline = false;
    }
    mark_defined(text, &mut toks);
    // Last to first: whether a word opens a name may depend on the next word's flag
    // (`Lalu Ahmad`).
    for i in (0..toks.len()).rev() {
        toks[i].name = crate::extract::people::name_word_at(text, &toks, i);
    }
    toks
}

/// Mark every occurrence of a short name the text defines in parentheses after an
/// organization's name. A short name with two capitals (`BKKBN`, `KemenPPPA`) is one
/// whatever precedes it; one with a single capital (`Unpatti`) only after a name that an
/// agency word opens or holds (`Universitas`, `Dinas`, `Badan`), since a nickname after a
/// person's name is written the same way.
fn mark_defined(text: &str, toks: &mut [Tok]) {
    let mut defined: Vec<&str> = Vec::new();
    for k in 1..toks.len().saturating_sub(2) {
        let a = toks[k + 1].text(text);
        if toks[k].text(text) != "("
            || toks[k + 2].text(text) != ")"
            || !toks[k + 1].word
            || !is_cap(a)
            || a.chars().any(|c| c.is_ascii_digit())
            || !is_cap(toks[k - 1].text(text))
        {
            continue;
        }
        let capitals = a.chars().filter(|c| c.is_uppercase()).count() >= 2;
        let agency = (k.saturating_sub(8)..k).any(|j| {
            let l = toks[j].text(text).to_lowercase();
            crate::gazetteer::agencies::head(&l).is_some()
        });
        if capitals || agency {
            defined.push(a);
        }
    }
    if defined.is_empty() {
        return;
    }
    let defined: crate::gazetteer::WordSet<&str> = defined.into_iter().collect();
    for t in toks.iter_mut() {
        if t.word && defined.contains(t.text(text)) {
            t.defined = true;
        }
    }
}

/// A dot between a lower-case word and a capital (`Kalteng.Kedatangan`) ends a sentence
/// typed without its space; between capitals or short parts (`S.H`, `M.Si`) it does not.
fn is_sentence_dot(text: &str, dot_at: usize, after: Option<char>) -> bool {
    let before = text.get(..dot_at).and_then(|s| s.chars().next_back());
    let word_before = text.get(..dot_at).map(|s| {
        s.rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .map_or(0, str::len)
    });
    before.is_some_and(char::is_lowercase)
        && after.is_some_and(char::is_uppercase)
        && word_before.unwrap_or(0) > 3
}

/// Whether a word starts with a capital letter.
pub fn is_cap(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a word is written in capitals only (`DPRD`, `OMBUDSMAN`), ignoring digits.
pub fn is_all_caps(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(char::is_uppercase)
}

/// Whether token `i` opens a sentence or a line (so its capital says nothing).
pub fn sentence_start(toks: &[Tok], text: &str, i: usize) -> bool {
    let Some(tok) = toks.get(i) else { return false };
    if i == 0 || tok.newline {
        return true;
    }
    let prev = toks[i - 1];
    if prev.word {
        return false;
    }
    match prev.text(text) {
        "." | "!" | "?" | ":" | "-" | "\u{2013}" | "\u{2014}" => true,
        "\"" | "\u{201c}" | "\u{201d}" | "'" | "(" => {
            i < 2 || !toks[i - 2].word || sentence_start(toks, text, i - 1)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        let cases = [
            (
                "Dr. Biroum, S.H., M.Si.",
                vec!["Dr", ".", "Biroum", ",", "S.H", ".", ",", "M.Si", "."],
            ),
            (
                "Inspektorat Daerah se-Kaltim.",
                vec!["Inspektorat", "Daerah", "se-Kaltim", "."],
            ),
            ("(HN/ORI-Kalbar)", vec!["(", "HN", "/", "ORI-Kalbar", ")"]),
            (
                "di Kalteng.Kedatangan",
                vec!["di", "Kalteng", ".", "Kedatangan"],
            ),
            ("Jum'at", vec!["Jum'at"]),
        ];
        for (text, want) in cases {
            let got: Vec<_> = tokenize(text).iter().map(|t| t.text(text)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn starts() {
        let text = "Kata dia. Hadi pergi\nRita";
        let toks = tokenize(text);
        let starts: Vec<_> = (0..toks.len())
            .filter(|&i| sentence_start(&toks, text, i))
            .collect();
        assert_eq!(starts, vec![0, 3, 5]);
    }
}
