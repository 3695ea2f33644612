//! Timing, peak memory of child processes, and the result table.

use std::io::Write;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// One line of the table.
pub struct Row {
    pub name: String,
    pub mb_s: Option<f64>,
    pub art_s: Option<f64>,
    pub detail: String,
    /// `(ratio text, target text, pass)`.
    pub verdict: Option<(String, String, Option<bool>)>,
}

impl Row {
    pub fn new(name: impl Into<String>, detail: impl Into<String>) -> Self {
        Row {
            name: name.into(),
            mb_s: None,
            art_s: None,
            detail: detail.into(),
            verdict: None,
        }
    }

    /// A throughput row: `bytes` and `articles` processed in `elapsed`.
    pub fn throughput(name: &str, t: &Throughput, detail: impl Into<String>) -> Self {
        let mut row = Row::new(name, detail);
        row.mb_s = Some(t.mb_s());
        row.art_s = Some(t.art_s());
        row
    }

    /// Judge `value` against `target` with `ok`, printing the ratio with its target.
    pub fn judge(mut self, ratio: f64, target: &str, ok: bool) -> Self {
        self.verdict = Some((format!("{ratio:.2}x"), target.to_string(), Some(ok)));
        self
    }

    /// A ratio shown for information, with no target.
    pub fn ratio(mut self, ratio: f64, against: &str) -> Self {
        self.verdict = Some((format!("{ratio:.2}x"), against.to_string(), None));
        self
    }

    /// Judge a figure that is not a ratio (a latency).
    pub fn judge_text(mut self, value: String, target: &str, ok: bool) -> Self {
        self.verdict = Some((value, target.to_string(), Some(ok)));
        self
    }
}

/// Work done in some time.
#[derive(Clone, Copy, Debug)]
pub struct Throughput {
    pub bytes: u64,
    pub articles: u64,
    pub elapsed: Duration,
}

impl Throughput {
    pub fn mb_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.elapsed.as_secs_f64().max(1e-9)
    }
    pub fn art_s(&self) -> f64 {
        self.articles as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

/// Run `pass` (one pass over the corpus, returning a checksum of its output) until
/// `min_time` has gone by, at least twice; every pass must give the same non-zero checksum.
pub fn repeat(
    name: &str,
    bytes: u64,
    articles: u64,
    min_time: Duration,
    mut pass: impl FnMut() -> u64,
) -> (Throughput, u64) {
    let warm = pass();
    assert!(warm > 0, "{name}: the pass produced nothing");
    let start = Instant::now();
    let mut passes = 0u64;
    while passes < 2 || start.elapsed() < min_time {
        let check = pass();
        assert_eq!(check, warm, "{name}: output changed between passes");
        passes += 1;
    }
    let t = Throughput {
        bytes: bytes * passes,
        articles: articles * passes,
        elapsed: start.elapsed(),
    };
    (t, warm)
}

/// `p` in 0..=100 of sorted durations.
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

pub fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

/// A child process's exit, its peak resident memory (VmHWM, sampled from /proc every few
/// milliseconds until it exits) and its wall time.
pub struct Measured {
    pub status: ExitStatus,
    pub peak_rss_kb: u64,
    pub elapsed: Duration,
    pub stderr: String,
}

/// Writes a child's standard input from another thread.
pub type Feed = Box<dyn FnOnce(&mut dyn Write) + Send>;

/// Run `cmd`, writing `stdin` lines from a generator, discarding stdout.
pub fn run_measured(mut cmd: Command, stdin: Option<Feed>) -> Measured {
    cmd.stdout(Stdio::null()).stderr(Stdio::piped());
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    let start = Instant::now();
    let mut child = cmd.spawn().expect("spawn child");
    let feeder = stdin.and_then(|feed| {
        let mut pipe = child.stdin.take()?;
        Some(thread::spawn(move || feed(&mut pipe)))
    });
    let mut err = child.stderr.take().expect("stderr pipe");
    let err_reader = thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut err, &mut s);
        s
    });
    let (status, peak) = wait_sampling(&mut child);
    let elapsed = start.elapsed();
    if let Some(f) = feeder {
        let _ = f.join();
    }
    Measured {
        status,
        peak_rss_kb: peak,
        elapsed,
        stderr: err_reader.join().unwrap_or_default(),
    }
}

fn wait_sampling(child: &mut Child) -> (ExitStatus, u64) {
    let status_path = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    loop {
        if let Ok(status) = std::fs::read_to_string(&status_path) {
            if let Some(kb) = vm_hwm_kb(&status) {
                peak = peak.max(kb);
            }
        }
        if let Some(status) = child.try_wait().expect("wait") {
            return (status, peak);
        }
        thread::sleep(Duration::from_millis(5));
    }
}

fn vm_hwm_kb(status: &str) -> Option<u64> {
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Print the table.
pub fn print_table(rows: &[Row]) {
    let name_w = rows
        .iter()
        .map(|r| r.name.len())
        .max()
        .unwrap_or(10)
        .max(10);
    println!();
    println!(
        "{:<name_w$} {:>9} {:>11}  {:>9}  {:<14} {:<6} detail",
        "benchmark", "MB/s", "articles/s", "ratio", "target", ""
    );
    println!("{}", "-".repeat(name_w + 80));
    for r in rows {
        let num = |v: Option<f64>, p: usize| v.map_or("-".into(), |v| format!("{v:.p$}"));
        let (ratio, target, verdict) = match &r.verdict {
            Some((ratio, target, ok)) => (
                ratio.clone(),
                target.clone(),
                match ok {
                    Some(true) => "PASS",
                    Some(false) => "FAIL",
                    None => "",
                },
            ),
            None => (String::new(), String::new(), ""),
        };
        println!(
            "{:<name_w$} {:>9} {:>11}  {:>9}  {:<14} {:<6} {}",
            r.name,
            num(r.mb_s, 1),
            num(r.art_s, 0),
            ratio,
            target,
            verdict,
            r.detail
        );
    }
}
