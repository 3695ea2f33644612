//! `warta index`, `search`, `facets` and `show` as a user runs them, on a real on-disk index:
//! stemmed recall, output formats, re-ingest without duplicates, the single-writer rule,
//! a SIGKILLed ingest, schema versions and query mistakes.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{run, warta, Run};
use warta_index::{WartaIndex, WriterOptions};

const DEADLINE: Duration = Duration::from_secs(120);

const ARTICLES: &[(&str, &str)] = &[
    (
        "ombudsman.txt",
        "Ombudsman Minta Dinas Perbaiki Layanan\n\nPONTIANAK - Ombudsman menilai warga belum \
         dilayani dengan baik oleh dinas kependudukan. Antrean panjang terjadi setiap pagi.",
    ),
    (
        "rsud.txt",
        "RSUD Tambah Loket\n\nSANGGAU - Rumah sakit daerah kini melayani pasien sejak pukul \
         tujuh pagi. Bupati meninjau antrean pasien.",
    ),
    (
        "banjir.txt",
        "Banjir Rendam Bali\n\nDENPASAR - Menteri sosial meninjau banjir di Bali. Bantuan \
         disalurkan ke tiga kecamatan, kata petugas.",
    ),
];

fn write_articles(dir: &Path) {
    for (name, text) in ARTICLES {
        fs::write(dir.join(name), text).unwrap();
    }
}

fn warta_in(args: &[&str]) -> Run {
    let r = run(args, None, DEADLINE);
    r.assert_clean_exit();
    r
}

fn sources(r: &Run) -> Vec<String> {
    let mut out: Vec<String> = r
        .articles()
        .iter()
        .map(|a| {
            let source = a["source"].as_str().unwrap_or_default();
            Path::new(source)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    out.sort();
    out
}

#[test]
fn index_then_search_as_a_new_user() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("docs");
    fs::create_dir(&docs).unwrap();
    write_articles(&docs);
    let idx = tmp.path().join("idx");
    let idx = idx.to_str().unwrap();
    let docs = docs.to_str().unwrap();

    let r = warta_in(&["index", docs, "--index", idx]);
    assert_eq!(r.code, Some(0), "{}", r.describe());
    assert!(
        r.stderr
            .contains("indexed 3 articles (3 new, 0 replaced, 0 failed)"),
        "{}",
        r.describe()
    );

    // pelayanan finds dilayani and melayani (piped: JSON lines).
    let r = warta_in(&["search", "pelayanan", "--index", idx]);
    assert_eq!(r.code, Some(0), "{}", r.describe());
    assert_eq!(sources(&r), ["ombudsman.txt", "rsud.txt"]);
    for hit in r.articles() {
        assert!(hit["score"].as_f64().unwrap() > 0.0);
        assert!(hit["snippet"].as_str().unwrap().contains("<b>"), "{hit}");
        assert_eq!(hit["schema"], "warta.article/1");
    }
    let r = warta_in(&["search", "*", "--index", idx, "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc["total"], 3);
    let r = warta_in(&["search", "meninjau", "--index", idx, "--format", "csv"]);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines[0], "id,published,title,source,score,snippet");
    assert_eq!(lines.len(), 3, "{}", r.stdout);
    let r = warta_in(&[
        "search", "meninjau", "--index", idx, "--format", "table", "-n", "1",
    ]);
    assert!(r.stdout.contains("1 of 2 articles"), "{}", r.stdout);

    // show, by the id search printed.
    let r = warta_in(&["search", "menteri", "--index", idx]);
    let id = r.articles()[0]["id"].as_str().unwrap().to_string();
    let r = warta_in(&["show", &id, "--index", idx]);
    assert!(
        r.stdout.contains("Banjir Rendam Bali") || r.stdout.contains("Menteri sosial"),
        "{}",
        r.stdout
    );
    let r = warta_in(&["show", "no-such-id", "--index", idx]);
    assert_eq!(r.code, Some(2));

    // Re-indexing the same files replaces them.
    let r = warta_in(&["index", docs, "--index", idx]);
    assert!(
        r.stderr.contains("(0 new, 3 replaced, 0 failed)"),
        "{}",
        r.describe()
    );
    let r = warta_in(&["search", "*", "--index", idx, "-n", "100"]);
    assert_eq!(r.articles().len(), 3);

    let r = warta_in(&["facets", "months", "--index", idx, "--json"]);
    assert_eq!(r.code, Some(0), "{}", r.describe());
    let r = warta_in(&["facets", "colours", "--index", idx]);
    assert_eq!(r.code, Some(2));
    assert!(r.stderr.contains("unknown facet field"), "{}", r.stderr);
}

#[test]
fn mistakes_get_clear_messages() {
    let tmp = tempfile::tempdir().unwrap();
    let idx = tmp.path().join("idx");
    let idx_s = idx.to_str().unwrap();
    let r = warta_in(&["search", "banjir", "--index", idx_s]);
    assert_eq!(r.code, Some(2));
    assert!(r.stderr.contains("no warta index at"), "{}", r.stderr);

    let docs = tmp.path().join("docs");
    fs::create_dir(&docs).unwrap();
    write_articles(&docs);
    let missing = tmp.path().join("missing.txt");
    let r = warta_in(&[
        "index",
        docs.to_str().unwrap(),
        missing.to_str().unwrap(),
        "--index",
        idx_s,
    ]);
    assert_eq!(
        r.code,
        Some(1),
        "a bad input fails only itself: {}",
        r.describe()
    );
    assert!(r.stderr.contains("missing.txt"), "{}", r.stderr);
    assert!(r.stderr.contains("indexed 3 articles"), "{}", r.stderr);

    let r = warta_in(&["search", "person:\"Agus", "--index", idx_s]);
    assert_eq!(r.code, Some(2));
    assert!(
        r.stderr.contains("never closed") && r.stderr.contains('^'),
        "{}",
        r.stderr
    );

    // An index of another schema version: a way forward is given, and works.
    let meta = idx.join(warta_index::META_FILE);
    let text = fs::read_to_string(&meta).unwrap().replace(
        &format!("\"schema_version\": {}", warta_index::SCHEMA_VERSION),
        "\"schema_version\": 99",
    );
    fs::write(&meta, text).unwrap();
    let r = warta_in(&["search", "banjir", "--index", idx_s]);
    assert_eq!(r.code, Some(2));
    assert!(r.stderr.contains("warta index --rebuild"), "{}", r.stderr);
    let r = warta_in(&[
        "index",
        "--rebuild",
        docs.to_str().unwrap(),
        "--index",
        idx_s,
        "-q",
    ]);
    assert_eq!(r.code, Some(0), "{}", r.describe());
    let r = warta_in(&["search", "banjir", "--index", idx_s]);
    assert_eq!(r.articles().len(), 1);
}

#[test]
fn a_second_writer_is_told_the_index_is_in_use() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("docs");
    fs::create_dir(&docs).unwrap();
    write_articles(&docs);
    let idx = tmp.path().join("idx");
    let idx_s = idx.to_str().unwrap();
    warta_in(&["index", docs.to_str().unwrap(), "--index", idx_s, "-q"]);

    let index = WartaIndex::open(&idx).unwrap();
    let writer = index.writer(WriterOptions::default()).unwrap();
    let r = warta_in(&["index", docs.to_str().unwrap(), "--index", idx_s]);
    assert_eq!(r.code, Some(2), "{}", r.describe());
    assert!(
        r.stderr.contains("in use by another warta process"),
        "{}",
        r.stderr
    );
    // Searching while it is held works.
    let r = warta_in(&["search", "*", "--index", idx_s]);
    assert_eq!(r.articles().len(), 3);
    drop(writer);
    let r = warta_in(&["index", docs.to_str().unwrap(), "--index", idx_s, "-q"]);
    assert_eq!(r.code, Some(0), "{}", r.describe());
}

/// `warta index` killed with SIGKILL at several points, then re-run: the index opens, no
/// committed batch is lost, and every article is present exactly once.
#[test]
fn a_killed_ingest_loses_at_most_its_open_batch_and_a_rerun_completes_it() {
    const N: usize = 1500;
    const BATCH: usize = 50;
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("many.jsonl");
    let lines: Vec<String> = (0..N)
        .map(|i| {
            serde_json::json!({
                "id": format!("art-{i:05}"),
                "title": format!("Berita nomor {i}"),
                "text": format!("Petugas melayani warga ke-{i} di kantor kecamatan. Pelayanan dibuka pukul {} pagi.", i % 12),
            })
            .to_string()
        })
        .collect();
    fs::write(&input, lines.join("\n")).unwrap();
    let idx = tmp.path().join("idx");
    let batch = BATCH.to_string();
    let args = [
        "index",
        input.to_str().unwrap(),
        "--index",
        idx.to_str().unwrap(),
        "--batch",
        &batch,
        "-q",
    ];

    let mut committed_before = 0;
    for wait_ms in [300u64, 900, 1800] {
        let mut child = Command::new(warta())
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(wait_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let index = WartaIndex::open(&idx).expect("the index opens after a kill");
        let n = index.num_articles() as usize;
        assert!(n <= N, "{n} articles: duplicates");
        assert_eq!(
            n % BATCH,
            0,
            "{n} articles: only whole batches are committed"
        );
        assert!(
            n >= committed_before,
            "committed articles were lost: {n} < {committed_before}"
        );
        committed_before = n;
    }
    let r = warta_in(&args);
    assert_eq!(r.code, Some(0), "{}", r.describe());
    let index = WartaIndex::open(&idx).unwrap();
    assert_eq!(index.num_articles() as usize, N);
    let mut all = warta_index::SearchRequest::new("*");
    all.limit = N + 10;
    let results = index.search(&all).unwrap();
    let mut ids: Vec<String> = results.hits.into_iter().map(|h| h.article.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), N, "every article exactly once");
}

/// Searches run by another process while `warta index` commits batch after batch: each one
/// opens the index, sees only whole batches, and never fewer articles than the one before.
#[test]
fn search_works_while_an_ingest_is_running() {
    const N: usize = 1500;
    const BATCH: usize = 50;
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("many.jsonl");
    let lines: Vec<String> = (0..N)
        .map(|i| {
            serde_json::json!({"id": format!("live-{i}"), "text": format!("Warga dilayani loket nomor {i} di kantor kecamatan.")})
                .to_string()
        })
        .collect();
    fs::write(&input, lines.join("\n")).unwrap();
    let idx = tmp.path().join("idx");
    let idx_s = idx.to_str().unwrap();
    // An empty index first, so that searches never race its creation.
    fs::write(tmp.path().join("none.jsonl"), "").unwrap();
    warta_in(&[
        "index",
        tmp.path().join("none.jsonl").to_str().unwrap(),
        "--index",
        idx_s,
        "-q",
    ]);

    let batch = BATCH.to_string();
    let mut child = Command::new(warta())
        .args([
            "index",
            input.to_str().unwrap(),
            "--index",
            idx_s,
            "--batch",
            &batch,
            "-q",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut seen = Vec::new();
    loop {
        let running = child.try_wait().unwrap().is_none();
        let r = warta_in(&[
            "search",
            "pelayanan",
            "--index",
            idx_s,
            "--format",
            "json",
            "-n",
            "0",
        ]);
        assert_eq!(r.code, Some(0), "{}", r.describe());
        let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        let total = doc["total"].as_u64().unwrap() as usize;
        assert_eq!(total % BATCH, 0, "a partial batch is visible: {total}");
        assert!(
            seen.last().is_none_or(|last| total >= *last),
            "{seen:?} then {total}"
        );
        seen.push(total);
        if !running {
            break;
        }
    }
    assert_eq!(seen.last(), Some(&N), "{seen:?}");
}
