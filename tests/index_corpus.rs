//! A real on-disk index of the bundled `corpus/` built by `warta index`, searched through
//! the library: stemmed recall over every article, every stored entity findable through
//! its filter and counted in its facet, date filters, and a re-ingest without duplicates.

mod common;

use std::collections::HashSet;
use std::path::Path;
use std::time::Duration;

use common::run;
use warta_core::lang::stem::stem;
use warta_core::Article;
use warta_index::{FacetKind, Filters, SearchRequest, WartaIndex};

fn corpus() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus/articles")
        .display()
        .to_string()
}

fn index_corpus(dir: &Path) -> WartaIndex {
    let d = dir.to_str().unwrap();
    let r = run(
        &[
            "index",
            &corpus(),
            "--index",
            d,
            "--reference-date",
            "2025-06-30",
        ],
        None,
        Duration::from_secs(300),
    );
    r.assert_clean_exit();
    assert_eq!(r.code, Some(0), "{}", r.describe());
    WartaIndex::open(dir).unwrap()
}

fn all(index: &WartaIndex) -> Vec<Article> {
    let mut r = SearchRequest::new("*");
    r.limit = 10_000;
    index
        .search(&r)
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.article)
        .collect()
}

fn hit_ids(index: &WartaIndex, query: &str, filters: Filters) -> HashSet<String> {
    let mut r = SearchRequest::new(query);
    r.filters = filters;
    r.limit = 10_000;
    let results = index.search(&r).unwrap_or_else(|e| panic!("{query}: {e}"));
    results.hits.into_iter().map(|h| h.article.id).collect()
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn the_corpus_index_finds_what_its_articles_say() {
    let tmp = tempfile::tempdir().unwrap();
    let index = index_corpus(tmp.path());
    let articles = all(&index);
    assert!(articles.len() >= 30, "{} articles", articles.len());

    // Stemmed recall: `pelayanan` finds exactly the articles with a word of stem `layan`
    // (layanan, pelayanan, dilayani, melayani), in the title or the body.
    let want: HashSet<String> = articles
        .iter()
        .filter(|a| {
            let text = format!("{} {}", a.title.as_deref().unwrap_or(""), a.text);
            words(&text).iter().any(|w| stem(w) == "layan")
        })
        .map(|a| a.id.clone())
        .collect();
    assert!(
        want.len() >= 3,
        "the corpus should speak of public service: {want:?}"
    );
    assert_eq!(hit_ids(&index, "pelayanan", Filters::default()), want);
    assert_eq!(hit_ids(&index, "dilayani", Filters::default()), want);
    let verb_forms: Vec<&Article> = articles
        .iter()
        .filter(|a| {
            words(&a.text)
                .iter()
                .any(|w| w == "dilayani" || w == "melayani")
        })
        .collect();
    for a in verb_forms {
        assert!(
            want.contains(&a.id),
            "{} says dilayani/melayani but pelayanan misses it",
            a.id
        );
    }

    // Every stored entity is findable through its filter or field prefix.
    for a in &articles {
        let f = Filters::default;
        for p in &a.people {
            let ids = hit_ids(
                &index,
                "*",
                Filters {
                    people: vec![p.name.clone()],
                    ..f()
                },
            );
            assert!(ids.contains(&a.id), "person {:?} of {}", p.name, a.id);
        }
        for o in &a.organizations {
            let mut names = vec![o.name.clone()];
            names.extend(o.acronym.clone());
            for name in names {
                let ids = hit_ids(
                    &index,
                    "*",
                    Filters {
                        organizations: vec![name.clone()],
                        ..f()
                    },
                );
                assert!(ids.contains(&a.id), "organization {name:?} of {}", a.id);
            }
        }
        for p in &a.places {
            for name in std::iter::once(&p.name).chain(&p.aliases) {
                let ids = hit_ids(
                    &index,
                    "*",
                    Filters {
                        places: vec![name.clone()],
                        ..f()
                    },
                );
                assert!(ids.contains(&a.id), "place {name:?} of {}", a.id);
            }
        }
        for g in &a.agreements {
            let ids = hit_ids(&index, &format!("agreement:{}", g.kind), f());
            assert!(ids.contains(&a.id), "agreement {:?} of {}", g.kind, a.id);
        }
        for law in &a.laws {
            let short = warta_index::schema::law_short_form(law);
            let ids = hit_ids(&index, &format!("law:\"{short}\""), f());
            assert!(ids.contains(&a.id), "law {short:?} of {}", a.id);
        }
        if let Some(day) = a
            .published
            .as_deref()
            .and_then(warta_index::schema::parse_day)
        {
            let ids = hit_ids(
                &index,
                "*",
                Filters {
                    from: Some(day),
                    to: Some(day),
                    ..f()
                },
            );
            assert!(ids.contains(&a.id), "published {day} of {}", a.id);
        }
    }

    // Facet counts agree with the stored articles.
    let laws = index
        .facets(FacetKind::Laws, "*", &Filters::default(), 1000)
        .unwrap();
    for c in &laws {
        let n = articles
            .iter()
            .filter(|a| {
                a.laws
                    .iter()
                    .any(|l| warta_index::schema::law_short_form(l) == c.value)
            })
            .count();
        assert_eq!(c.count as usize, n, "law facet {:?}", c.value);
    }
    assert!(!laws.is_empty(), "the corpus cites laws");
    let people = index
        .facets(FacetKind::People, "*", &Filters::default(), 1000)
        .unwrap();
    for c in &people {
        let n = articles
            .iter()
            .filter(|a| a.people.iter().any(|p| p.name == c.value))
            .count();
        assert_eq!(c.count as usize, n, "person facet {:?}", c.value);
    }
}

#[test]
fn reindexing_the_corpus_keeps_one_copy_of_each_article() {
    let tmp = tempfile::tempdir().unwrap();
    let first = all(&index_corpus(tmp.path())).len();
    let index = index_corpus(tmp.path());
    let articles = all(&index);
    assert_eq!(articles.len(), first);
    let ids: HashSet<&str> = articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), first, "duplicated ids");
}
