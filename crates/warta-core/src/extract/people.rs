//! Person mentions from the evidence Indonesian news gives around a name: a position
//! before it (`Gubernur Kalsel Sahbirin Noor`, `Kepala Perwakilan ..., Agus Priyadi`) or
//! after it (`Agus Priyadi, Kepala ...`, `Denny (Asisten Ombudsman)`), honorifics
//! (`Dr.`, `Hj.`), speech verbs (`ujar Hadi`, `Hadi menambahkan`, `Menurut Hery`), and
//! `sebagai` lists (`A, B, dan C sebagai Asisten Ombudsman`).

use std::ops::Range;

use crate::article::Acting;
use crate::extract::names::{is_all_caps, is_cap, sentence_start, Tok};
use crate::gazetteer::{agencies, given_names, places, vocab};
use crate::lang::words::{lower, Lower};

/// A position as written next to a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleMention {
    /// Byte range of the position phrase, without the acting prefix and the name.
    pub span: Range<usize>,
    /// `Plt.`, `Pj.`, `Plh.`.
    pub acting: Option<Acting>,
}

/// One person mention, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonMention {
    /// Byte range of the name only.
    pub span: Range<usize>,
    /// Token range of the name.
    pub toks: Range<usize>,
    /// Honorifics and degrees as written.
    pub honorifics: Vec<String>,
    /// The position stated beside the name.
    pub role: Option<RoleMention>,
}

/// Whether token `i` can be part of a person's name (worked out once, by
/// [`crate::extract::names::tokenize`]).
pub fn is_name_word(_text: &str, toks: &[Tok], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.name)
}

/// Whether token `i` can be part of a person's name, from the word itself.
pub(crate) fn name_word_at(text: &str, toks: &[Tok], i: usize) -> bool {
    let Some(t) = toks.get(i).filter(|t| t.word && !t.defined) else {
        return false;
    };
    let w = t.text(text);
    if !is_cap(w)
        || (is_all_caps(w) && w.chars().count() > 1)
        || w.chars().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    let l = lower(w);
    let l = l.as_str();
    // `Lalu Ahmad Fauzan`: the Sasak noble name `Lalu` is also the word for `then`;
    // capitalized inside a sentence before a name word, it opens the name.
    if l == "lalu" {
        return !sentence_start(toks, text, i) && is_name_word(text, toks, i + 1);
    }
    // `BorneOneTv.Com`, `Kabupaten-Kota`: a domain or a compound of common words.
    if w.contains('.')
        || (w.contains('-')
            && l.split('-')
                .any(|p| vocab::is_institutional(p) || vocab::is_not_name(p)))
    {
        return false;
    }
    let c = vocab::classes(l);
    !(c.not_name()
        || verb_like(l)
        || c.institutional()
        || c.title()
        || c.title_modifier()
        || (c.honorific() && (t.dot || l.chars().count() >= 3))
        || c.address()
        || c.speech_before()
        || agencies::acronym(w).is_some()
        || agencies::head(l).is_some()
        || places::lookup(w).is_some())
}

/// Affixed verbs opening a sentence (`Menanggapi`, `Dibuka`, `Bertempat`) are not names.
fn verb_like(lower: &str) -> bool {
    let prefixed = ["me", "ber", "di", "ter", "pe"]
        .iter()
        .any(|p| lower.starts_with(p));
    let suffixed = ["kan", "i", "nya", "an"].iter().any(|s| lower.ends_with(s));
    // `Bersiaplah`, `Jadilah`: the particle `-lah` closes verbs, not names (`Abdullah`
    // ends in `-llah`).
    let particle = ["ber", "me", "di", "ter"]
        .iter()
        .any(|p| lower.starts_with(p))
        && lower.ends_with("lah")
        && !lower.ends_with("llah");
    (prefixed && suffixed || particle) && lower.chars().count() >= 8 && !is_given_name(lower)
}

/// The run of name words starting at `i` (at most five): its end. After a first name
/// word, a given name that is also a title or a common word (`Adhar Hakim Pratama`)
/// stays in the name.
fn name_run(text: &str, toks: &[Tok], i: usize) -> usize {
    let mut j = i;
    while j < toks.len()
        && j < i + 5
        && (is_name_word(text, toks, j) || j > i && inner_given_name(text, toks, j))
    {
        if j > i && toks[j].newline {
            break;
        }
        j += 1;
    }
    j
}

/// Whether token `k` is a capitalized given name that the name-word test turns away as
/// a title or a common word (`Hakim`, `Pratama`).
fn inner_given_name(text: &str, toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        let w = t.text(text);
        t.word
            && !t.defined
            && is_cap(w)
            && !is_all_caps(w)
            && given_names::lookup(&w.to_lowercase()).is_some_and(|c| c >= INNER_GIVEN_NAME_MIN)
    })
}

/// Least commonness of a given name kept inside a name though it is also a title or a
/// common word (about 400 bearers: `Hakim`, `Pratama`, not `Muda`, `Timur`).
const INNER_GIVEN_NAME_MIN: f32 = 0.5;

/// Honorifics written before token `i` (`Dr.`, `H.`): the first token of the run.
fn honorifics_before(text: &str, toks: &[Tok], i: usize, out: &mut Vec<String>) -> usize {
    let mut k = i;
    while k >= 2 && toks[k - 1].text(text) == "." && toks[k - 2].word {
        let w = toks[k - 2].text(text);
        if !vocab::is_honorific(&lower(w)) {
            break;
        }
        out.insert(0, format!("{w}."));
        k -= 2;
    }
    // Ranks written without a dot before a dotted one (`Irjen Pol.`).
    while k >= 1 && toks[k - 1].word {
        let w = toks[k - 1].text(text);
        let l = lower(w);
        if !(vocab::is_honorific(&l) && l.chars().count() >= 3) {
            break;
        }
        out.insert(0, w.to_string());
        k -= 1;
    }
    k
}

/// Honorifics after token `i` (`Dr. H. Biroum`): the first name token.
fn skip_honorifics(text: &str, toks: &[Tok], mut i: usize, out: &mut Vec<String>) -> usize {
    while let Some(t) = toks.get(i).filter(|t| t.word) {
        let w = t.text(text);
        let l = lower(w);
        if vocab::is_honorific(&l) && t.dot {
            out.push(format!("{w}."));
            i += 2;
        } else if vocab::is_address(&l) {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// Degrees after a name (`, S.H., M.Si.`): pushed to `out`.
fn degrees_after(text: &str, toks: &[Tok], mut j: usize, out: &mut Vec<String>) {
    while toks.get(j).is_some_and(|t| t.text(text) == ",") {
        let Some(t) = toks.get(j + 1).filter(|t| t.word) else {
            break;
        };
        let w = t.text(text);
        if !vocab::is_degree(&vocab::compact(w)) {
            break;
        }
        out.push(if t.dot {
            format!("{w}.")
        } else {
            w.to_string()
        });
        j += if t.dot { 3 } else { 2 };
    }
}

/// A position phrase starting at `i`: (acting, first token of the head, end token).
fn title_at(text: &str, toks: &[Tok], i: usize) -> Option<(Option<Acting>, usize, usize)> {
    let mut k = i;
    let mut acting = None;
    let t = toks.get(k).filter(|t| t.word && is_cap(t.text(text)))?;
    // The first word lower-cased once: most often it is also the head.
    let first = lower(t.text(text));
    let first = first.as_str();
    let lower_at = |k: usize| match toks.get(k) {
        _ if k == i => Lower::Borrowed(first),
        Some(t) => lower(t.text(text)),
        None => Lower::Borrowed(""),
    };
    if let Some(a) = vocab::acting(first) {
        acting = Some(a);
        k += if t.dot { 2 } else { 1 };
    }
    let head_start = k;
    while k < toks.len() && vocab::is_title_modifier(lower_at(k).as_str()) {
        k += 1;
    }
    toks.get(k).filter(|t| t.word && is_cap(t.text(text)))?;
    let one = lower_at(k);
    let one = one.as_str();
    let one_is = vocab::classes(one);
    let two = toks
        .get(k + 1)
        .filter(|_| one_is.title_opener())
        .map(|t| format!("{one} {}", lower(t.text(text))));
    // `high_court` asks the head first (`Jaksa`, `Hakim`): asked here only then.
    let court = matches!(one, "jaksa" | "hakim") && high_court(text, toks, k);
    if two.as_deref().is_some_and(vocab::is_title) || court {
        k += 2;
    } else if one_is.title() && vocab::acting(one).is_none() {
        k += 1;
    } else {
        return None;
    }
    // The phrase runs on through capitalized words and a few connectors.
    while let Some(t) = toks.get(k) {
        let w = t.text(text);
        let l = lower(w);
        let l = l.as_str();
        if t.newline || !t.word {
            break;
        }
        // `Gubernur Aceh X dan Rektor Y`: `dan` joins parts of one position, not two
        // people's positions.
        // `Kepala Dinas Pekerjaan Umum Bina Marga dan Pematusan`, `Direktur Badan Usaha
        // Fasilitas dan Lingkungan`: before a word that is no given name, `dan` still
        // joins the parts of an office's name when no given name precedes it or the
        // phrase runs on after it.
        let next_cap = toks
            .get(k + 1)
            .is_some_and(|n| n.word && is_cap(n.text(text)));
        let runs_on = toks
            .get(k + 2)
            .is_some_and(|n| n.word && is_cap(n.text(text)));
        let office_dan = l == "dan"
            && toks
                .get(k + 1)
                .is_some_and(|n| !is_given_name(n.text(text)))
            && (!is_given_name(toks[k - 1].text(text)) || runs_on);
        let connector = matches!(l, "dan" | "dari" | "bidang" | "urusan" | "pada")
            && next_cap
            && (!is_name_word(text, toks, k - 1) || office_dan)
            && title_at(text, toks, k + 1).is_none();
        if !(is_cap(w) || connector || l.starts_with("se-")) || k > head_start + 14 {
            break;
        }
        k += 1;
    }
    Some((acting, head_start, k))
}

/// `Jaksa Agung`, `Hakim Agung` at token `k`: `Agung` is a common given name, so these
/// two stay out of the title list (whose words never start a name) and are matched here.
fn high_court(text: &str, toks: &[Tok], k: usize) -> bool {
    let word = |j: usize| toks.get(j).map(|t| lower(t.text(text)));
    matches!(word(k).as_deref(), Some("jaksa" | "hakim")) && word(k + 1).as_deref() == Some("agung")
}

/// A position may go on in lower case before the comma that brings the name (`Pelatih
/// fisik timnas Portugal, Joao Aroso`): the comma's token when it comes within six plain
/// words, else `end`.
fn lowercase_tail(text: &str, toks: &[Tok], end: usize) -> usize {
    let mut k = end;
    while k < toks.len() && k < end + 6 {
        let t = toks[k];
        let w = t.text(text);
        if !t.word || t.newline {
            return if w == "," && k > end { k } else { end };
        }
        let l = lower(w);
        if verb_like(&l) || vocab::is_not_name(&l) && !is_cap(w) || vocab::is_person_verb_after(&l)
        {
            return end;
        }
        k += 1;
    }
    end
}

/// Whether the words before token `i` say the position belongs to someone else
/// (`mewakili Pj. Gubernur`, `atas nama Bupati`).
fn on_behalf(text: &str, toks: &[Tok], i: usize) -> bool {
    let prev = |n: usize| {
        i.checked_sub(n)
            .and_then(|k| toks.get(k))
            .map(|t| t.text(text).to_lowercase())
    };
    matches!(
        prev(1).as_deref(),
        Some("mewakili" | "diwakili" | "utusan" | "kepada" | "ke")
    ) || (prev(2).as_deref() == Some("atas") && prev(1).as_deref() == Some("nama"))
}

/// Find person mentions.
pub fn find(text: &str, toks: &[Tok]) -> Vec<PersonMention> {
    let mut out: Vec<PersonMention> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some((acting, head, end)) = title_at(text, toks, i) {
            if let Some(m) = after_title(text, toks, i, acting, head, end) {
                i = m.toks.end;
                out.push(m);
                continue;
            }
            i = end.max(i + 1);
            continue;
        }
        i += 1;
    }
    for i in 0..toks.len() {
        // Punctuation opens none of these patterns.
        if !toks[i].word {
            continue;
        }
        // Each word lower-cased once for the tests below.
        let l = lower(toks[i].text(text));
        let l = l.as_str();
        let c = vocab::classes(l);
        if let Some(m) = speech(text, toks, i, c).or_else(|| honorific(text, toks, i, l, c)) {
            out.push(m);
        }
        if let Some(m) = name_then_title(text, toks, i) {
            out.push(m);
        }
        sebagai(text, toks, i, l, &mut out);
    }
    out.sort_by_key(|m| {
        (
            m.span.start,
            std::cmp::Reverse(m.span.end),
            m.role.is_none(),
        )
    });
    out.dedup_by(|a, b| a.span == b.span);
    out
}

fn after_title(
    text: &str,
    toks: &[Tok],
    i: usize,
    acting: Option<Acting>,
    head: usize,
    end: usize,
) -> Option<PersonMention> {
    // The name is the run of name words closing the phrase, or the one after a comma.
    let mut start = end;
    let floor = if high_court(text, toks, head) {
        head + 2
    } else {
        head + 1
    };
    while start > floor && is_name_word(text, toks, start - 1) && end - (start - 1) <= 4 {
        start -= 1;
    }
    // `Adhar Hakim Pratama`: a given name that is also a title or a common word (`Hakim`,
    // `Pratama`) inside a name: the name runs on over it to the name word opening it.
    let inner = |k: usize| inner_given_name(text, toks, k);
    let mut k = start;
    while k > floor && end - (k - 1) <= 4 && (inner(k - 1) || is_name_word(text, toks, k - 1)) {
        k -= 1;
        if is_name_word(text, toks, k)
            && given_names::lookup(&toks[k].text(text).to_lowercase()).is_some()
            && (k..start).any(|j| !is_name_word(text, toks, j))
        {
            start = k;
        }
    }
    // `Anggota dari Partai Konservatif`, `CEO dari Twitter`, `Kepala Staf Kodam V Jaya`:
    // the words right after `dari` or an organization head name the organization, up to
    // a given name (`Sekretaris Jenderal Partai Pramono Anung`).
    if start < end && start > head {
        let before = toks[start - 1].text(text).to_lowercase();
        if (before == "dari" || agencies::head(&before).is_some())
            && !is_given_name(toks[start].text(text))
        {
            start = (start + 1..end)
                .find(|&k| is_given_name(toks[k].text(text)))
                .unwrap_or(end);
        }
    }
    // `Direktur Indofood Eva Rianti`: an unknown capital before a given name belongs to
    // the position (a company, a district), not to the name.
    if end - start >= 4 && !is_given_name(toks[start].text(text)) {
        if let Some(k) = (start + 1..end - 1).find(|&k| is_given_name(toks[k].text(text))) {
            start = k;
        }
    }
    // `Camat Bulak Suprayitno`: the head of a district, village or region is followed by
    // the territory; with the title bare, an unknown capital before a given name is that
    // territory.
    let territorial = matches!(
        toks[head..start]
            .iter()
            .map(|t| t.text(text).to_lowercase())
            .collect::<Vec<_>>()
            .join(" ")
            .as_str(),
        "camat" | "lurah" | "kades" | "kepala desa" | "bupati" | "gubernur" | "wali kota"
    );
    if territorial
        && end - start >= 2
        && !is_given_name(toks[start].text(text))
        && is_given_name(toks[start + 1].text(text))
    {
        start += 1;
    }
    let mut honorifics = Vec::new();
    let (name, title_end) = if start < end {
        let title_end = honorifics_before(text, toks, start, &mut honorifics);
        (start..end, title_end)
    } else if toks.get(end).is_some_and(|t| t.text(text) == ".")
        && vocab::is_honorific(&toks[end - 1].text(text).to_lowercase())
    {
        // `Kapolda Jambi Irjen Pol. Rusdi Hartono`: ranks close the position phrase and
        // the name follows the dotted one.
        let title_end = honorifics_before(text, toks, end + 1, &mut honorifics);
        let first = skip_honorifics(text, toks, end + 1, &mut honorifics);
        let stop = name_run(text, toks, first);
        if stop == first {
            return None;
        }
        (first..stop, title_end)
    } else {
        let end = lowercase_tail(text, toks, end);
        let sep = toks.get(end).map(|t| t.text(text))?;
        if sep != "," && sep != ":" {
            return None;
        }
        let first = skip_honorifics(text, toks, end + 1, &mut honorifics);
        let stop = name_run(text, toks, first);
        if stop == first {
            return None;
        }
        (first..stop, end)
    };
    if title_end <= head {
        return None;
    }
    degrees_after(text, toks, name.end, &mut honorifics);
    let role = (!on_behalf(text, toks, i)).then(|| RoleMention {
        span: toks[head].start..toks[title_end - 1].end,
        acting,
    });
    Some(PersonMention {
        span: toks[name.start].start..toks[name.end - 1].end,
        toks: name,
        honorifics,
        role,
    })
}

/// `ujar Hadi`, `Menurut Hery`, and `Hadi menambahkan` (`c`: the lists token `i` is on).
fn speech(text: &str, toks: &[Tok], i: usize, c: vocab::Classes) -> Option<PersonMention> {
    toks.get(i).filter(|t| t.word)?;
    let mut honorifics = Vec::new();
    if c.speech_before() {
        let first = skip_honorifics(text, toks, i + 1, &mut honorifics);
        let end = name_run(text, toks, first);
        if end > first {
            return Some(person(toks, first..end, honorifics));
        }
    }
    if c.person_verb_after() && i > 0 && is_name_word(text, toks, i - 1) {
        let mut start = i - 1;
        while start > 0
            && i - start < 4
            && is_name_word(text, toks, start - 1)
            && !toks[start].newline
        {
            start -= 1;
        }
        // A lone capital opening a sentence is only a name when the verb says so.
        if i - start == 1 && sentence_start(toks, text, start) && toks[start].text(text).len() < 3 {
            return None;
        }
        let first = honorifics_before(text, toks, start, &mut honorifics);
        let _ = first;
        return Some(person(toks, start..i, honorifics));
    }
    None
}

/// `Dr. Biroum`, `Hj. Lestari`, `Pak Hadi` (`l`: token `i` lower-cased, `c`: the lists
/// it is on).
fn honorific(
    text: &str,
    toks: &[Tok],
    i: usize,
    l: &str,
    c: vocab::Classes,
) -> Option<PersonMention> {
    let t = toks.get(i).filter(|t| t.word)?;
    let strong = (c.honorific() && t.dot && l.len() > 1) || l == "hj" || c.address();
    if !strong
        || (i > 0 && toks[i - 1].text(text) == ".")
            && toks
                .get(i.wrapping_sub(2))
                .is_some_and(|p| vocab::is_honorific(&lower(p.text(text))))
    {
        return None;
    }
    let mut honorifics = Vec::new();
    let first = skip_honorifics(text, toks, i, &mut honorifics);
    let end = name_run(text, toks, first);
    (end > first).then(|| {
        degrees_after(text, toks, end, &mut honorifics);
        person(toks, first..end, honorifics)
    })
}

/// `Agus Priyadi, Kepala ...` and `Denny Riswanda (Asisten Ombudsman)`.
fn name_then_title(text: &str, toks: &[Tok], i: usize) -> Option<PersonMention> {
    if !is_name_word(text, toks, i) || (i > 0 && is_name_word(text, toks, i - 1)) {
        return None;
    }
    let mut honorifics = Vec::new();
    honorifics_before(text, toks, i, &mut honorifics);
    let end = name_run(text, toks, i);
    let sep = toks.get(end).map(|t| t.text(text))?;
    if sep != "," && sep != "(" {
        return None;
    }
    let (acting, head, stop) = title_at(text, toks, end + 1)?;
    if sep == "(" && toks.get(stop).map(|t| t.text(text)) != Some(")") {
        return None;
    }
    let role = RoleMention {
        span: toks[head].start..toks[stop - 1].end,
        acting,
    };
    let mut m = person(toks, i..end, honorifics);
    m.role = Some(role);
    Some(m)
}

/// `A, B, dan C sebagai Asisten Ombudsman`: every name of the list gets the position
/// (`l`: token `i` lower-cased).
fn sebagai(text: &str, toks: &[Tok], i: usize, l: &str, out: &mut Vec<PersonMention>) {
    if l != "sebagai" || i == 0 || i >= toks.len() {
        return;
    }
    let Some((acting, head, stop)) = title_at(text, toks, i + 1) else {
        return;
    };
    let role = RoleMention {
        span: toks[head].start..toks[stop - 1].end,
        acting,
    };
    let mut end = i;
    loop {
        let mut start = end;
        while start > 0 && end - start < 4 && is_name_word(text, toks, start - 1) {
            start -= 1;
        }
        if start == end {
            return;
        }
        let mut m = person(toks, start..end, Vec::new());
        m.role = Some(role.clone());
        out.push(m);
        let sep = |k: usize| toks.get(k).map(|t| lower(t.text(text)));
        match (
            start.checked_sub(1).and_then(sep),
            start.checked_sub(2).and_then(sep),
        ) {
            (Some(a), Some(b)) if a == "dan" && b == "," => end = start - 2,
            (Some(a), _) if a == "dan" || a == "," => end = start - 1,
            _ => return,
        }
    }
}

/// What a capitalized run with no title, honorific or speech verb needs to count as a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BareEvidence {
    /// A common given name in the run.
    GivenName,
    /// A common given name, or an active verb right after the run (`Jonan mengatakan`).
    GivenNameOrVerb,
}

/// Capitalized runs with no other evidence (`Klopp`, `Megawati`): in Indonesian news a
/// capital inside a sentence marks a proper name, and one that is neither a place, an
/// agency, a title nor a common word is most often a person. Weak evidence: resolution
/// gives way to every other reading.
pub fn bare_names(text: &str, toks: &[Tok], evidence: BareEvidence) -> Vec<PersonMention> {
    // Which tokens lie in a defined term, answered per token whatever their number.
    let mut in_term = vec![false; toks.len()];
    for term in defined_terms(text, toks) {
        if let Some(cells) = in_term.get_mut(term) {
            cells.fill(true);
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let end = name_run(text, toks, i);
        if end == i || in_term[i] {
            i += 1;
            continue;
        }
        let opens = sentence_start(toks, text, i);
        let before_cap = i > 0 && toks[i - 1].word && is_cap(toks[i - 1].text(text));
        let after_cap = toks
            .get(end)
            .is_some_and(|t| t.word && is_cap(t.text(text)));
        let doer = evidence == BareEvidence::GivenNameOrVerb && acts(text, toks, end);
        let given = (i..end).any(|k| is_given_name(toks[k].text(text))) || doer;
        // A lone capital opening a sentence says nothing by its case; it needs a verb.
        let lone_opener = opens && end - i == 1 && !doer;
        if given && !(before_cap || after_cap || lone_opener) {
            out.push(person(toks, i..end, Vec::new()));
        }
        i = end;
    }
    out
}

/// Whether the words at `k` are an active verb, perhaps after an adverb (`Jonan mengatakan`,
/// `Risma juga sudah menyulap`): the capital before it is the doer, most often a person.
fn acts(text: &str, toks: &[Tok], mut k: usize) -> bool {
    let adverb = |w: &str| {
        matches!(
            w,
            "juga"
                | "sudah"
                | "telah"
                | "pun"
                | "kemudian"
                | "sebenarnya"
                | "lalu"
                | "langsung"
                | "akan"
                | "masih"
                | "tidak"
                | "belum"
                | "pernah"
        )
    };
    while toks.get(k).is_some_and(|t| adverb(t.text(text))) {
        k += 1;
    }
    toks.get(k).is_some_and(|t| {
        let w = t.text(text);
        let active = ["mem", "men", "meng", "meny", "ber"]
            .iter()
            .any(|p| w.starts_with(p))
            || w == "bilang"
            || w == "punya";
        t.word && active && w.chars().all(char::is_lowercase) && w.len() >= 6
    })
}

/// Whether a word is a given name borne by enough people to count as evidence (the rare
/// end of the list holds ordinary words someone was once named).
pub fn is_given_name(word: &str) -> bool {
    given_names::lookup(&lower(word)).is_some_and(|c| c >= GIVEN_NAME_MIN)
}

/// Least commonness of a given name taken as evidence (about 20 bearers).
const GIVEN_NAME_MIN: f32 = 0.27;

/// Words of a term defined by an acronym in parentheses (`Memorandum of Understanding
/// (MoU)`): a term, not a person.
fn defined_terms(text: &str, toks: &[Tok]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for k in 1..toks.len().saturating_sub(2) {
        let a = toks[k + 1].text(text);
        if toks[k].text(text) != "("
            || toks[k + 2].text(text) != ")"
            || a.chars().filter(|c| c.is_uppercase()).count() < 2
        {
            continue;
        }
        let mut s = k;
        while s > 0 && k - s < 8 {
            let w = toks[s - 1].text(text);
            let connector = matches!(w, "of" | "and" | "for" | "the" | "dan" | "untuk");
            if !(toks[s - 1].word && (is_cap(w) || connector)) {
                break;
            }
            s -= 1;
        }
        out.push(s..k);
    }
    out
}

fn person(toks: &[Tok], name: Range<usize>, honorifics: Vec<String>) -> PersonMention {
    let span = toks[name.start].start..toks[name.end - 1].end;
    PersonMention {
        span,
        toks: name,
        honorifics,
        role: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::names::tokenize;

    fn found(text: &str) -> Vec<(String, Option<String>)> {
        let toks = tokenize(text);
        let mut v: Vec<_> = find(text, &toks)
            .into_iter()
            .map(|m| {
                (
                    text[m.span].to_string(),
                    m.role.map(|r| text[r.span].to_string()),
                )
            })
            .collect();
        v.dedup();
        v
    }

    fn p(name: &str, role: Option<&str>) -> (String, Option<String>) {
        (name.to_string(), role.map(str::to_string))
    }

    #[test]
    fn patterns() {
        type Found = Vec<(String, Option<String>)>;
        let cases: Vec<(&str, Found)> = vec![
            ("Gubernur Jatim Khofifah Indar menyampaikan sambutan.", vec![p("Khofifah Indar", Some("Gubernur Jatim"))]),
            // A bare territorial title: the unknown capital before the given name is the
            // territory, not part of the name.
            ("Hadir Camat Bulak Suprayitno dan warga.", vec![p("Suprayitno", Some("Camat Bulak"))]),
            ("Camat Budi Santoso hadir.", vec![p("Budi Santoso", Some("Camat"))]),
            ("Jaksa Agung Prasetyo hadir.", vec![p("Prasetyo", Some("Jaksa Agung"))]),
            (
                "Kepala Perwakilan Ombudsman RI Provinsi Sumatera Barat, Yefri Heriani menerima tamu.",
                vec![p("Yefri Heriani", Some("Kepala Perwakilan Ombudsman RI Provinsi Sumatera Barat"))],
            ),
            ("Yefri Heriani, Kepala Perwakilan Ombudsman Sumbar, hadir.", vec![p("Yefri Heriani", Some("Kepala Perwakilan Ombudsman Sumbar"))]),
            ("Yusuf Bambang (Asisten Ombudsman) menyampaikan laporan.", vec![p("Yusuf Bambang", Some("Asisten Ombudsman"))]),
            ("\"Kami siap,\" ujar Bambang.", vec![p("Bambang", None)]),
            ("Bambang menambahkan hal itu.", vec![p("Bambang", None)]),
            ("Menurut Sulastri, program itu baik.", vec![p("Sulastri", None)]),
            (
                "didampingi oleh Andi Saputra, Sri Wahyuni, dan Yanti sebagai Asisten Ombudsman.",
                vec![p("Andi Saputra", Some("Asisten Ombudsman")), p("Sri Wahyuni", Some("Asisten Ombudsman")), p("Yanti", Some("Asisten Ombudsman"))],
            ),
            ("Dibuka oleh Budi Santoso mewakili Pj. Gubernur Jawa Tengah, Budi menyampaikan", vec![p("Budi Santoso", None), p("Budi", None)]),
            ("Plt. Kepala Dinas Kesehatan Kota Padang, dr. Srikurnia Yati hadir", vec![p("Srikurnia Yati", Some("Kepala Dinas Kesehatan Kota Padang"))]),
            ("Kepala Dinas juga menyampaikan bahwa", vec![]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), want, "{text}");
        }
    }

    #[test]
    fn affixed_verbs_are_no_names() {
        for (w, verb) in [
            ("menanggapi", true),
            ("bersiaplah", true),
            ("dirikanlah", true),
            ("abdullah", false),
            ("fadlullah", false),
            ("bambang", false),
        ] {
            assert_eq!(verb_like(w), verb, "{w}");
        }
    }

    #[test]
    fn honorifics_and_degrees() {
        let text = "Sekretaris Daerah Provinsi Jambi, Dr. H. Sudirman, S.H., M.H. membuka acara.";
        let toks = tokenize(text);
        let m = find(text, &toks).into_iter().next().expect("a person");
        assert_eq!(&text[m.span], "Sudirman");
        assert_eq!(m.honorifics, vec!["Dr.", "H.", "S.H.", "M.H."]);
    }
}
