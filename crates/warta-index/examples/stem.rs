//! Print `word<TAB>stem` for each word read from stdin (one or more a line), to review the
//! Indonesian stemmer on real vocabulary:
//!
//! ```text
//! cargo run -p warta-index --example stem < words.txt
//! ```

use std::io::{BufRead, Write};

use warta_core::lang::stem::stem;

fn main() -> std::io::Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in std::io::stdin().lock().lines() {
        for word in line?.split_whitespace() {
            let lower = word.to_lowercase();
            writeln!(out, "{word}\t{}", stem(&lower))?;
        }
    }
    Ok(())
}
