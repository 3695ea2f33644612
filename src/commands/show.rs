//! `warta show`: one indexed article with its entities.

use std::io::Write;

use anyhow::Context;
use warta_core::Article;
use warta_index::WartaIndex;

use crate::cli::ShowArgs;
use crate::commands::Outcome;

/// Run the command.
pub fn run(args: ShowArgs) -> anyhow::Result<Outcome> {
    let index = WartaIndex::open(&args.index)?;
    let Some(article) = index.get(&args.id)? else {
        anyhow::bail!(
            "no article with id {:?} in {}",
            args.id,
            args.index.display()
        );
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &article)?;
        writeln!(out)?;
    } else {
        write_article(&mut out, &article).context("writing the article")?;
    }
    out.flush()?;
    Ok(Outcome::Success)
}

fn write_article(out: &mut impl Write, a: &Article) -> std::io::Result<()> {
    writeln!(out, "{}", a.title.as_deref().unwrap_or("(no title)"))?;
    writeln!(out, "id:        {}", a.id)?;
    let field = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    writeln!(out, "published: {}", field(&a.published))?;
    writeln!(out, "source:    {}", field(&a.source))?;
    writeln!(out, "byline:    {}", field(&a.byline))?;
    for p in &a.people {
        let roles: Vec<&str> = p.roles.iter().map(|r| r.title.as_str()).collect();
        writeln!(out, "person:    {}{}", p.name, parenthesized(&roles))?;
    }
    for o in &a.organizations {
        let acronym: Vec<&str> = o.acronym.iter().map(String::as_str).collect();
        writeln!(out, "org:       {}{}", o.name, parenthesized(&acronym))?;
    }
    for p in &a.places {
        writeln!(out, "place:     {}", p.name)?;
    }
    for g in &a.agreements {
        let status = serde_json::to_value(g.status).ok();
        let status = status.as_ref().and_then(|s| s.as_str()).unwrap_or("");
        writeln!(out, "agreement: {} ({status}): {}", g.kind, g.text)?;
    }
    for l in &a.laws {
        writeln!(out, "law:       {}", l.text)?;
    }
    writeln!(out, "\n{}", a.text)
}

fn parenthesized(items: &[&str]) -> String {
    if items.is_empty() {
        String::new()
    } else {
        format!(" ({})", items.join("; "))
    }
}
