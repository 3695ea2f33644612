//! The status of an instrument from the verbs and tense around each mention.
//!
//! Each cue word in a sentence goes to the nearest instrument mention (at most
//! [`REACH`] words away), so in `PKS ini tindak lanjut dari MoU yang sudah
//! ditandatangani` the signing belongs to the MoU. A signing word makes a mention signed
//! unless a plan or a negation governs it (`akan ditandatangani`, `belum ditandatangani`,
//! `penandatanganan ... akan dilakukan`); a drafting word makes it drafting even with
//! planning words about (`penyusunan MoU`, `segera difinalisasi`); a planning word alone
//! makes it planned. Over several mentions the most advanced stage wins.

use crate::article::AgreementStatus;
use crate::extract::context;

use super::Found;

/// Bytes read around a mention for its cues: well beyond [`REACH`] words.
const CLIP: usize = 300;

/// Farthest a cue word may be from the mention it qualifies, in words.
const REACH: usize = 8;

#[rustfmt::skip]
const SIGN: &[&str] = &[
    "menandatangani", "ditandatangani", "penandatanganan", "ditandatanganinya",
    "menandatanganinya", "tandatangani", "meneken", "diteken", "penekenan", "teken",
    "ditandatangan", "menandatangan", "ditanda", "bertandatangan",
];
#[rustfmt::skip]
const DRAFT: &[&str] = &[
    "penyusunan", "menyusun", "disusun", "draf", "draft", "drafting", "rancangan",
    "penyelarasan", "diselaraskan", "menyelaraskan", "pembahasan", "dibahas", "finalisasi",
    "difinalisasi", "memfinalisasi", "menyempurnakan", "penyempurnaan", "disempurnakan",
    "perumusan", "merumuskan", "dirumuskan", "penyiapan", "disiapkan", "menyiapkan",
    "harmonisasi", "reviu", "review", "negosiasi", "dinegosiasikan",
    "merancang", "dirancang", "perancangan", "menggodok", "digodok", "pengkajian", "dikaji",
    "mengkaji", "penyesuaian", "disesuaikan", "revisi", "direvisi", "merevisi",
];
#[rustfmt::skip]
const PLAN: &[&str] = &[
    "akan", "rencana", "rencananya", "direncanakan", "merencanakan", "berencana", "bakal",
    "segera", "dijadwalkan", "hendak", "nanti", "rencanakan", "mendatang", "belum",
    "ditargetkan", "menargetkan", "target", "targetnya", "diharapkan", "berharap", "harap",
    "harapkan", "diagendakan", "mengagendakan", "diupayakan", "mengupayakan",
];

/// Modal words that put a signing in the future (`MoU ini bisa diteken`, `PKS harus
/// ditandatangani`); alone they say nothing of an instrument's status.
#[rustfmt::skip]
const MODAL: &[&str] = &["bisa", "dapat", "harus", "perlu", "ingin", "mau", "agar", "supaya"];

/// Words that govern an instrument noun right after them (`menandatangani PKS`).
pub(super) fn is_governing(w: &str) -> bool {
    is_sign(w) || DRAFT.contains(&w) || matches!(w, "naskah" | "membuat" | "menyepakati")
}

/// Words that make their subject a party (`X menandatangani PKS`, `X akan membuat MoU`).
pub(super) fn is_signing(w: &str) -> bool {
    is_sign(w) || matches!(w, "membuat" | "menyepakati" | "menjalin" | "akan")
}

/// Order of stages: mentioned < planned < drafting < signed.
pub(super) fn stage(s: AgreementStatus) -> u8 {
    match s {
        AgreementStatus::Mentioned => 0,
        AgreementStatus::Planned => 1,
        AgreementStatus::Drafting => 2,
        AgreementStatus::Signed => 3,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    Sign,
    Draft,
    Plan,
}

/// Signing words, typos included (`menandatangi`, `ditandatanganinya`): every form of
/// `tanda tangan` keeps `andatang` (`me-` nasalises the `t`: `menandatangani`).
fn is_sign(w: &str) -> bool {
    SIGN.contains(&w) || w.contains("andatang")
}

fn cue(w: &str) -> Option<Cue> {
    if is_sign(w) {
        Some(Cue::Sign)
    } else if DRAFT.contains(&w) {
        Some(Cue::Draft)
    } else if PLAN.contains(&w) {
        Some(Cue::Plan)
    } else {
        None
    }
}

/// The status one mention gets from its sentence; `all` are every instrument mention
/// (byte spans) of the article, which compete for the sentence's cues.
pub(super) fn of_mention(text: &str, f: &Found, all: &[(usize, usize)]) -> AgreementStatus {
    // The sentence, clipped to the reach of a cue around the mention.
    let s = context::sentence_at(text, f.start);
    let sentence = s
        .start
        .max(context::floor_char(text, f.start.saturating_sub(CLIP)))
        ..s.end
            .min(context::floor_char(text, f.end.saturating_add(CLIP)));
    let words = context::words(text, sentence.clone());
    let lower: Vec<String> = words
        .iter()
        .map(|w| text[w.clone()].to_lowercase())
        .collect();
    // Word index ranges of the mentions in this sentence.
    let lo = all.partition_point(|(st, _)| *st < sentence.start);
    let hi = all.partition_point(|(st, _)| *st < sentence.end);
    let spans: Vec<(usize, usize, bool)> = all
        .get(lo..hi)
        .unwrap_or(&[])
        .iter()
        .filter(|(s, e)| *s >= sentence.start && *e <= sentence.end)
        .filter_map(|(s, e)| {
            let a = words.iter().position(|w| w.start >= *s)?;
            let b = words.iter().rposition(|w| w.end <= *e)?;
            Some((a, b.max(a), *s == f.start))
        })
        .collect();
    let Some(&(ma, mb, _)) = spans.iter().find(|s| s.2) else {
        return AgreementStatus::Mentioned;
    };
    let dist = |i: usize, a: usize, b: usize| if i < a { a - i } else { i.saturating_sub(b) };
    let mut cues: Vec<(usize, Cue)> = Vec::new();
    for (i, w) in lower.iter().enumerate() {
        // Inside the mention only a drafting word counts (`draf kesepakatan`).
        if i >= ma && i <= mb {
            if DRAFT.contains(&w.as_str()) {
                cues.push((i, Cue::Draft));
            }
            continue;
        }
        let c = match (w.as_str(), lower.get(i + 1).map(String::as_str)) {
            ("tanda", Some("tangan" | "tangani")) => Some(Cue::Sign),
            _ => cue(w),
        };
        let Some(c) = c else { continue };
        let d = dist(i, ma, mb);
        let nearest = spans
            .iter()
            .map(|s| dist(i, s.0, s.1))
            .min()
            .unwrap_or(usize::MAX);
        // A plan word qualifies every instrument in reach (`MoU ini akan diturunkan menjadi
        // perjanjian kerja sama`); signing and drafting words the nearest only.
        if d <= REACH && (d <= nearest || c == Cue::Plan) {
            cues.push((i, c));
        }
    }
    if let Some(&(si, _)) = cues.iter().find(|(_, c)| *c == Cue::Sign) {
        let noun = lower.get(si).is_some_and(|w| w.starts_with("pe"));
        let plan_before = (si.saturating_sub(3)..si).any(|j| {
            lower
                .get(j)
                .is_some_and(|w| PLAN.contains(&w.as_str()) || MODAL.contains(&w.as_str()))
        });
        let plan_any = cues.iter().any(|(_, c)| *c == Cue::Plan);
        let done = (si.saturating_sub(3)..si).any(|j| {
            matches!(
                lower.get(j).map(String::as_str),
                Some("sudah" | "telah" | "resmi")
            )
        });
        if !done && (plan_before || (noun && plan_any)) {
            return AgreementStatus::Planned;
        }
        return AgreementStatus::Signed;
    }
    if cues.iter().any(|(_, c)| *c == Cue::Draft) {
        return AgreementStatus::Drafting;
    }
    if cues.iter().any(|(_, c)| *c == Cue::Plan) {
        return AgreementStatus::Planned;
    }
    AgreementStatus::Mentioned
}
