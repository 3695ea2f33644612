//! Crash-safe ingest with real processes: `warta index` killed with SIGKILL at random points
//! and re-run ends with every article exactly once and nothing committed lost; a second
//! writer gets a clear "in use" error; an index of another schema version is refused with a
//! way forward (`--rebuild`).
//!
//! `WARTA_CRASH_SEED=N` replays one run's kill points (each run prints its seed).

mod common;

use std::collections::HashMap;
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use common::{run, warta};

const BATCH: &str = "200";

/// `n` distinct articles as JSON lines; returns the file's ids.
fn write_corpus(path: &Path, n: usize, tag: &str) -> Vec<String> {
    let mut out = String::new();
    let mut ids = Vec::with_capacity(n);
    for i in 0..n {
        let id = format!("{tag}-{i}");
        let text = format!(
            "PONTIANAK - Gubernur Kalimantan Barat meresmikan kantor nomor {i} pada Senin \
             (20/01/2020). Kepala Dinas Pendidikan menandatangani nota kesepakatan dengan \
             Pemerintah Kabupaten Sintang tentang layanan publik ke-{i}. \"Kami siap,\" \
             katanya. Program ini sesuai UU Nomor 25 Tahun 2009 tentang Pelayanan Publik."
        );
        out.push_str(&serde_json::json!({"id": id, "text": text}).to_string());
        out.push('\n');
        ids.push(id);
    }
    fs::write(path, out).expect("write corpus");
    ids
}

fn index_cmd(input: &Path, dir: &Path) -> Command {
    let mut cmd = Command::new(warta());
    cmd.arg("index")
        .arg(input)
        .arg("--index")
        .arg(dir)
        .args(["--batch", BATCH, "--no-tagger", "-q"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    cmd
}

/// How many times each id is in the index, read with `warta search '*'`.
fn indexed_ids(dir: &Path) -> HashMap<String, usize> {
    let dir = dir.to_str().expect("UTF-8 temp path");
    let args = [
        "search", "*", "--index", dir, "--format", "jsonl", "--limit", "1000000",
    ];
    let out = run(&args, None, Duration::from_secs(120));
    out.assert_clean_exit();
    assert_eq!(
        out.code,
        Some(0),
        "the index does not open: {}",
        out.describe()
    );
    let mut counts = HashMap::new();
    for article in out.articles() {
        let id = article["id"].as_str().unwrap_or_default().to_string();
        *counts.entry(id).or_insert(0) += 1;
    }
    counts
}

fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn sigkill_at_random_points_then_rerun_keeps_every_article_once() {
    let seed = std::env::var("WARTA_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
            now.map_or(1, |d| d.as_nanos() as u64) | 1
        });
    eprintln!("WARTA_CRASH_SEED={seed}");
    let mut rng = seed;
    let tmp = tempfile::tempdir().expect("temp dir");
    let input = tmp.path().join("corpus.jsonl");
    let ids = write_corpus(&input, 4_000, "a");
    let dir = tmp.path().join("index");

    let mut present_before = 0;
    let mut kills = 0;
    for round in 0..5 {
        let mut child = index_cmd(&input, &dir).spawn().expect("spawn warta index");
        let wait = Duration::from_millis(50 + xorshift(&mut rng) % 1_500);
        let start = Instant::now();
        while start.elapsed() < wait && child.try_wait().ok().flatten().is_none() {
            thread::sleep(Duration::from_millis(2));
        }
        match child.try_wait().expect("wait") {
            Some(status) => {
                let mut err = String::new();
                if let Some(mut e) = child.stderr.take() {
                    let _ = std::io::Read::read_to_string(&mut e, &mut err);
                }
                assert_eq!(
                    status.code(),
                    Some(0),
                    "round {round}: warta index failed: {err}"
                );
            }
            None => {
                child.kill().expect("SIGKILL");
                let _ = child.wait();
                kills += 1;
            }
        }
        let counts = indexed_ids(&dir);
        let doubled: Vec<_> = counts.iter().filter(|(_, n)| **n > 1).take(5).collect();
        assert!(
            doubled.is_empty(),
            "round {round} (after {wait:?}): duplicated {doubled:?}"
        );
        assert!(
            counts.len() >= present_before,
            "round {round}: committed articles lost ({} before, {} now)",
            present_before,
            counts.len()
        );
        present_before = counts.len();
    }
    let status = index_cmd(&input, &dir).status().expect("final run");
    assert!(status.success(), "final uninterrupted run failed");
    let counts = indexed_ids(&dir);
    let missing: Vec<_> = ids
        .iter()
        .filter(|id| !counts.contains_key(*id))
        .take(5)
        .collect();
    let doubled: Vec<_> = counts.iter().filter(|(_, n)| **n > 1).take(5).collect();
    assert!(
        missing.is_empty(),
        "missing after {kills} kills: {missing:?}"
    );
    assert!(
        doubled.is_empty(),
        "duplicated after {kills} kills: {doubled:?}"
    );
    assert_eq!(counts.len(), ids.len(), "articles that were never given");
}

#[test]
fn second_writer_gets_in_use_error() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("index");
    let small = tmp.path().join("small.jsonl");
    write_corpus(&small, 10, "s");
    for n in [8_000, 40_000] {
        let big = tmp.path().join(format!("big{n}.jsonl"));
        write_corpus(&big, n, "b");
        let mut first = index_cmd(&big, &dir).spawn().expect("spawn first writer");
        // The writer lock appears once the first process has opened the index.
        let start = Instant::now();
        while !dir.join(".tantivy-writer.lock").exists()
            && start.elapsed() < Duration::from_secs(10)
        {
            thread::sleep(Duration::from_millis(5));
        }
        thread::sleep(Duration::from_millis(100));
        let second = index_cmd(&small, &dir).output().expect("second writer");
        let first_still_running = first.try_wait().ok().flatten().is_none();
        let _ = first.kill();
        let _ = first.wait();
        if !first_still_running {
            continue;
        }
        let err = String::from_utf8_lossy(&second.stderr);
        assert_eq!(second.status.code(), Some(2), "second writer: {err}");
        assert!(err.contains("in use"), "no clear 'in use' message: {err}");
        assert!(!err.contains("panicked"), "{err}");
        // The first writer's committed work is intact and readable.
        let counts = indexed_ids(&dir);
        assert!(
            counts.values().all(|n| *n == 1),
            "duplicates after a refused writer"
        );
        assert!(
            counts.keys().all(|id| id.starts_with("b-")),
            "the refused writer wrote"
        );
        return;
    }
    panic!("inconclusive: the first writer finished before the second started");
}

#[test]
fn other_schema_version_is_refused_with_a_way_forward() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("index");
    let input = tmp.path().join("c.jsonl");
    let ids = write_corpus(&input, 20, "v");
    assert!(index_cmd(&input, &dir).status().expect("index").success());
    let meta = dir.join("warta-index.json");
    let text = fs::read_to_string(&meta).expect("the index records its schema version");
    let mut v: serde_json::Value = serde_json::from_str(&text).expect("version record is JSON");
    v["schema_version"] = serde_json::json!(999);
    fs::write(&meta, v.to_string()).expect("rewrite version");

    let d = dir.to_str().expect("UTF-8");
    let out = run(
        &["search", "*", "--index", d, "--format", "jsonl"],
        None,
        Duration::from_secs(30),
    );
    out.assert_clean_exit();
    assert_eq!(out.code, Some(2), "{}", out.describe());
    assert!(
        out.stderr.contains("999") && out.stderr.contains("--rebuild"),
        "{}",
        out.describe()
    );
    let again = index_cmd(&input, &dir)
        .output()
        .expect("index without --rebuild");
    assert_eq!(
        again.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );

    let mut rebuild = index_cmd(&input, &dir);
    rebuild.arg("--rebuild");
    assert!(rebuild.status().expect("rebuild").success());
    let counts = indexed_ids(&dir);
    assert_eq!(counts.len(), ids.len());
    assert!(counts.values().all(|n| *n == 1));
}
