//! Hostile input through the real `warta extract` process: every input either gives an
//! article or a message naming it, the rest of the batch is done, the exit code says
//! whether some inputs failed (0 all good, 1 some failed), and nothing panics or hangs.
//!
//! The 50 MB single-line article runs with `WARTA_HOSTILE_BIG_MB=50`; the default is 5 MB
//! so that the suite stays short in CI.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use common::{assert_spans_valid, names_input_with_reason, run, Run};
use serde_json::Value;

const GOOD: &str = "PONTIANAK - Gubernur Kalimantan Barat Sutarmidji meresmikan kantor baru \
Dinas Pendidikan pada Senin (20/01/2020). \"Kami akan terus bekerja,\" kata Sutarmidji.\n";

/// Peak RSS allowed: a fixed part (models, lexicons, buffers) and a multiple of the input.
const MEMORY_BASE_KB: u64 = 512 * 1024;
const MEMORY_PER_INPUT_KB: u64 = 40;

/// What an input must lead to.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Expect {
    /// One article from it, exit 0.
    Article,
    /// A failure naming it: exit 1, no article from it.
    Failure,
    /// Either an article (exit 0, or 1 with a message naming it) or a failure naming it;
    /// when an article comes out, its text must contain this word.
    Either(&'static str),
    /// A message naming it (warning or failure), exit 0 or 1.
    Named,
}

fn deadline(secs: u64) -> Duration {
    Duration::from_secs(secs)
}

/// A scratch directory with one good article before and after the input under test.
struct Batch {
    dir: tempfile::TempDir,
}

impl Batch {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        fs::write(dir.path().join("a_good.txt"), GOOD).expect("write");
        fs::write(dir.path().join("z_good.txt"), GOOD).expect("write");
        Batch { dir }
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.dir.path().join(name);
        fs::write(&path, bytes).expect("write hostile input");
        path
    }

    /// `warta extract --format jsonl a_good.txt INPUT z_good.txt`, checked against `expect`.
    fn check(&self, input: &Path, expect: Expect, secs: u64) -> Run {
        let a = self.dir.path().join("a_good.txt");
        let z = self.dir.path().join("z_good.txt");
        let args = [
            "extract",
            "--format",
            "jsonl",
            "--no-tagger",
            "--reference-date",
            "2020-01-20",
            path_str(&a),
            path_str(input),
            path_str(&z),
        ];
        let out = run(&args, None, deadline(secs));
        out.assert_clean_exit();
        eprintln!(
            "{}: {:?}, peak RSS {} kB",
            input.display(),
            out.elapsed,
            out.peak_rss_kb
        );
        let input_kb = fs::metadata(input).map_or(0, |m| m.len()) / 1024;
        assert!(
            out.peak_rss_kb <= MEMORY_BASE_KB + MEMORY_PER_INPUT_KB * input_kb,
            "memory not bounded by the input: {}",
            out.describe()
        );
        let articles = out.articles();
        for article in &articles {
            assert_spans_valid(article);
        }
        for good in [&a, &z] {
            assert!(
                from_source(&articles, good).is_some(),
                "the rest of the batch was not done ({} missing): {}",
                good.display(),
                out.describe()
            );
        }
        let own = from_source(&articles, input);
        let named = names_input_with_reason(&out.stderr, input);
        let ctx = || format!("{}: {}", input.display(), out.describe());
        match expect {
            Expect::Article => {
                assert_eq!(out.code, Some(0), "{}", ctx());
                let own = own.unwrap_or_else(|| panic!("no article: {}", ctx()));
                assert!(own["text"].as_str().is_some_and(|t| !t.trim().is_empty()));
            }
            Expect::Failure => {
                assert_eq!(out.code, Some(1), "{}", ctx());
                assert!(named, "no message naming the input: {}", ctx());
                assert!(own.is_none(), "an article from a failed input: {}", ctx());
            }
            Expect::Either(word) => {
                assert!(matches!(out.code, Some(0 | 1)), "{}", ctx());
                if out.code == Some(1) || own.is_none() {
                    assert!(named, "no message naming the input: {}", ctx());
                }
                if let Some(own) = own {
                    let text = own["text"].as_str().unwrap_or_default();
                    assert!(text.contains(word), "garbled text: {}", ctx());
                    assert!(!text.contains('\0'), "NUL in text: {}", ctx());
                }
            }
            Expect::Named => {
                assert!(matches!(out.code, Some(0 | 1)), "{}", ctx());
                assert!(named, "no message naming the input: {}", ctx());
            }
        }
        out
    }
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("temp paths are UTF-8")
}

/// The article whose `source` is `path` (or ends with its file name).
fn from_source<'a>(articles: &'a [Value], path: &Path) -> Option<&'a Value> {
    let full = path.display().to_string();
    let name = path.file_name()?.to_string_lossy().into_owned();
    articles.iter().find(|a| {
        a["source"]
            .as_str()
            .is_some_and(|s| s == full || s.ends_with(&format!("/{name}")) || s == name)
    })
}

/// Deterministic pseudo-random bytes (xorshift), NULs and high bytes included.
fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    let mut out = if little_endian {
        vec![0xFF, 0xFE]
    } else {
        vec![0xFE, 0xFF]
    };
    for unit in text.encode_utf16() {
        let b = if little_endian {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        };
        out.extend_from_slice(&b);
    }
    out
}

#[test]
fn invalid_utf8() {
    let b = Batch::new();
    let mut bytes =
        b"Gubernur Kalbar \xC3\x28 meresmikan \xFF\xFE kantor \xED\xA0\x80 baru.".to_vec();
    bytes.extend_from_slice(b"\n\x80\x81\x82 Senin (20/01/2020)\n");
    let input = b.file("invalid_utf8.txt", &bytes);
    b.check(&input, Expect::Either("meresmikan"), 30);
}

#[test]
fn utf16_le_with_bom() {
    let b = Batch::new();
    let input = b.file("utf16le.txt", &utf16(GOOD, true));
    b.check(&input, Expect::Either("meresmikan"), 30);
}

#[test]
fn utf16_be_with_bom() {
    let b = Batch::new();
    let input = b.file("utf16be.txt", &utf16(GOOD, false));
    b.check(&input, Expect::Either("meresmikan"), 30);
}

#[test]
fn nul_bytes_inside_text() {
    let b = Batch::new();
    let bytes = GOOD
        .replace(' ', " \0")
        .replace("kantor", "kan\0tor")
        .into_bytes();
    let input = b.file("nul_bytes.txt", &bytes);
    b.check(&input, Expect::Either("meresmikan"), 30);
}

#[test]
fn binary_png_named_png() {
    let b = Batch::new();
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.extend(noise(64 * 1024, 0x9E37_79B9_7F4A_7C15));
    let input = b.file("photo.png", &bytes);
    b.check(&input, Expect::Failure, 30);
}

#[test]
fn binary_png_named_txt() {
    let b = Batch::new();
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.extend(noise(64 * 1024, 0xD1B5_4A32_D192_ED03));
    let input = b.file("scan.txt", &bytes);
    b.check(&input, Expect::Failure, 30);
}

#[test]
fn empty_file() {
    let b = Batch::new();
    let input = b.file("empty.txt", b"");
    b.check(&input, Expect::Named, 30);
}

#[test]
fn whitespace_only_file() {
    let b = Batch::new();
    let input = b.file("blank.txt", b"  \n\t\n \r\n\xC2\xA0 \n");
    b.check(&input, Expect::Named, 30);
}

#[test]
fn huge_single_line_article() {
    let mb: usize = std::env::var("WARTA_HOSTILE_BIG_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let sentence = "Gubernur Kalimantan Barat Sutarmidji meresmikan kantor Dinas Pendidikan \
pada Senin (20/01/2020) sesuai UU Nomor 25 Tahun 2009, \"kami siap\" kata Kepala Dinas. ";
    let text = sentence.repeat(mb * 1024 * 1024 / sentence.len() + 1);
    let b = Batch::new();
    let input = b.file("huge_line.txt", text.as_bytes());
    // One minute per 5 MB in a debug build, whatever the recognizers cost.
    b.check(&input, Expect::Article, 60 + 12 * mb as u64);
}

#[test]
fn hundred_thousand_tiny_articles() {
    let n = 100_000;
    let mut jsonl = String::with_capacity(n * 120);
    for i in 0..n {
        jsonl.push_str(&format!(
            "{{\"id\":\"t{i}\",\"text\":\"Bupati Sintang meresmikan pasar {i} pada Senin (20/01/2020).\"}}\n"
        ));
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("tiny.jsonl");
    fs::write(&path, jsonl).expect("write");
    let out = run(
        &[
            "extract",
            "--format",
            "jsonl",
            "--no-tagger",
            path_str(&path),
        ],
        None,
        deadline(300),
    );
    out.assert_clean_exit();
    assert_eq!(out.code, Some(0), "{}", out.describe());
    eprintln!(
        "100,000 tiny articles: {:?}, peak RSS {} kB",
        out.elapsed, out.peak_rss_kb
    );
    assert!(out.peak_rss_kb <= MEMORY_BASE_KB * 2, "{}", out.describe());
    let mut seen = vec![false; n];
    for article in out.articles() {
        let id = article["id"].as_str().unwrap_or_default();
        let i: usize = id
            .strip_prefix('t')
            .and_then(|d| d.parse().ok())
            .unwrap_or(n);
        assert!(i < n && !seen[i], "unexpected or repeated id {id:?}");
        seen[i] = true;
    }
    let missing = seen.iter().filter(|s| !**s).count();
    assert_eq!(missing, 0, "{missing} articles missing");
}

fn repeated(name: &str, text: String) {
    let b = Batch::new();
    let input = b.file(name, text.as_bytes());
    b.check(&input, Expect::Article, 60);
}

#[test]
fn deeply_nested_parentheses() {
    repeated(
        "parens.txt",
        format!("Senin {}20/01/2020{}", "(".repeat(50_000), ")".repeat(10)),
    );
}

#[test]
fn ten_thousand_quote_marks() {
    let marks = "\"“”'‘’«»".repeat(1_250);
    repeated(
        "quotes.txt",
        format!("Dia berkata {marks} lalu pergi. {}", "\"".repeat(10_000)),
    );
}

#[test]
fn weekday_parenthesis_never_closed() {
    repeated(
        "senin_open.txt",
        "Senin (20/01 Selasa ( Rabu (2020 ".repeat(5_000),
    );
}

#[test]
fn law_prefix_repeated() {
    repeated(
        "uu_nomor.txt",
        "UU Nomor UU Nomor 25 Tahun Pasal 31 Ayat (2) huruf tentang ".repeat(5_000),
    );
}

#[test]
fn all_caps_paragraph() {
    let para = "GUBERNUR KALIMANTAN BARAT SUTARMIDJI MERESMIKAN KANTOR DINAS PENDIDIKAN PADA \
SENIN (20/01/2020) DI PONTIANAK BERSAMA KEPALA OMBUDSMAN RI. ";
    repeated("all_caps.txt", para.repeat(2_000));
}

#[test]
fn every_word_capitalized() {
    let para = "Gubernur Kalimantan Barat Sutarmidji Meresmikan Kantor Dinas Pendidikan Pada \
Senin Bersama Kepala Perwakilan Ombudsman Dan Wakil Ketua Dprd Yang Baru Dilantik. ";
    repeated("capitalized.txt", para.repeat(2_000));
}

#[test]
fn mixed_scripts_and_emoji() {
    let para = "Presiden Joko Widodo 🇮🇩 bertemu 習近平 di Beijing 北京 dan Владимир Путин 👍🏽 \
di Jakarta pada Senin (20/01/2020); ﷺ عربي עברית \u{200D}\u{FE0F} e\u{301}\u{301}\u{301} 𝔘𝔘 Nomor 1. ";
    repeated("mixed_scripts.txt", para.repeat(500));
}

#[test]
fn json_lines_with_wrong_types_or_missing_text() {
    let good = |id: &str| format!("{{\"id\":\"{id}\",\"text\":{}}}", serde_json::json!(GOOD));
    let lines = [
        good("ok1"),
        r#"{"id":"num","text":42}"#.to_string(),
        r#"{"id":"arr","text":["Gubernur","Kalbar"]}"#.to_string(),
        r#"{"id":"missing","title":"Judul tanpa isi"}"#.to_string(),
        r#"{"id":"trunc","text":"Gubernur Kal"#.to_string(),
        "[1, 2, 3]".to_string(),
        good("ok2"),
    ];
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("mixed.jsonl");
    fs::write(&path, lines.join("\n") + "\n").expect("write");
    let out = run(
        &[
            "extract",
            "--format",
            "jsonl",
            "--no-tagger",
            path_str(&path),
        ],
        None,
        deadline(30),
    );
    out.assert_clean_exit();
    assert_eq!(out.code, Some(1), "{}", out.describe());
    let ids: Vec<String> = out
        .articles()
        .iter()
        .filter_map(|a| a["id"].as_str().map(str::to_string))
        .collect();
    assert_eq!(ids, ["ok1", "ok2"], "{}", out.describe());
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    for line_no in 2..=6 {
        let mentioned = out.stderr.lines().any(|l| {
            name.as_deref().is_some_and(|n| l.contains(n))
                && (l.contains(&format!(":{line_no}")) || l.contains(&format!("line {line_no}")))
        });
        assert!(mentioned, "line {line_no} not reported: {}", out.describe());
    }
}

#[test]
fn hostile_stdin() {
    let mut bytes = GOOD.as_bytes().to_vec();
    bytes.extend_from_slice(b"\0\0\xFF\xFE\xC3( Pasal (((( \"\"\"\" Senin (");
    let out = run(
        &["extract", "--format", "jsonl", "--no-tagger", "-"],
        Some(bytes),
        deadline(30),
    );
    out.assert_clean_exit();
    assert!(matches!(out.code, Some(0 | 1)), "{}", out.describe());
    let articles = out.articles();
    for article in &articles {
        assert_spans_valid(article);
    }
    if out.code == Some(1) {
        assert!(out.stderr.contains("stdin") || out.stderr.contains('-'));
    } else {
        assert_eq!(articles.len(), 1, "{}", out.describe());
    }
}
