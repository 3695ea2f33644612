//! The index library on a real on-disk index: stemmed recall, every filter, date ranges,
//! facets, snippets, replace-by-id, a reader during a writer's work, the single-writer rule
//! and the schema version.

use serde_json::json;
use time::macros::date;
use warta_core::Article;
use warta_index::{
    Added, CreateMode, Error, FacetKind, Filters, IndexOptions, SearchRequest, Sort, WartaIndex,
    WriterOptions,
};

/// An article with entities, built the way the extractor fills them.
fn article(
    id: &str,
    published: &str,
    title: &str,
    text: &str,
    entities: serde_json::Value,
) -> Article {
    let mut a = Article::new(id, text);
    a.title = Some(title.to_string());
    a.published = Some(published.to_string());
    let list = |key: &str| entities.get(key).cloned().unwrap_or(json!([]));
    a.people = serde_json::from_value(list("people")).expect("people");
    a.organizations = serde_json::from_value(list("organizations")).expect("organizations");
    a.places = serde_json::from_value(list("places")).expect("places");
    a.agreements = serde_json::from_value(list("agreements")).expect("agreements");
    a.laws = serde_json::from_value(list("laws")).expect("laws");
    a
}

fn person(name: &str, aliases: &[&str]) -> serde_json::Value {
    json!({"name": name, "honorifics": [], "aliases": aliases, "roles": [], "mentions": []})
}

fn org(name: &str, acronym: Option<&str>) -> serde_json::Value {
    json!({"name": name, "acronym": acronym, "aliases": [], "kind": "agency", "region": null, "mentions": []})
}

fn place(name: &str) -> serde_json::Value {
    json!({"name": name, "kind": "province", "aliases": [], "mentions": []})
}

fn articles() -> Vec<Article> {
    vec![
        article(
            "a-ombudsman",
            "2021-04-12",
            "Ombudsman Kalbar dorong perbaikan layanan",
            "Ombudsman menilai warga belum dilayani dengan baik oleh dinas kependudukan di Pontianak. \
             Kepala Ombudsman Agus Priyadi mengatakan nota kesepakatan akan ditandatangani bulan depan.",
            json!({
                "people": [person("Agus Priyadi", &["Agus"])],
                "organizations": [org("Ombudsman Republik Indonesia Perwakilan Provinsi Kalimantan Barat", Some("ORI"))],
                "places": [place("Kalimantan Barat")],
                "agreements": [{"type": "nota-kesepakatan", "text": "nota kesepakatan", "status": "planned",
                                "parties": [], "date": null, "mentions": []}],
                "laws": [{"kind": "UU", "number": "25", "year": 2009, "subject": "Pelayanan Publik",
                          "text": "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", "start": 0, "end": 0}],
            }),
        ),
        article(
            "b-rsud",
            "2021-09-03",
            "RSUD tambah loket",
            "Rumah sakit daerah melayani pasien BPJS sejak pagi. Bupati Sanggau meninjau antrean.",
            json!({"places": [place("Sanggau")], "organizations": [org("Badan Penyelenggara Jaminan Sosial", Some("BPJS"))]}),
        ),
        article(
            "c-mou",
            "2020-11-20",
            "Pemprov dan kampus teken MoU",
            "Pemerintah provinsi dan universitas menandatangani MoU riset pertanian di Bekasi.",
            json!({
                "people": [person("Siti Aminah", &[])],
                "places": [place("Jawa Barat")],
                "agreements": [{"type": "mou", "text": "MoU", "status": "signed", "parties": [], "date": "2020-11",
                                "mentions": []}],
            }),
        ),
        article(
            "d-banjir",
            "2022-01-15",
            "Banjir rendam Bali",
            "Menteri sosial meninjau banjir di Bali. Bantuan disalurkan ke tiga kecamatan.",
            json!({"people": [person("Agus Priyadi", &[])], "places": [place("Bali")]}),
        ),
    ]
}

fn build(dir: &std::path::Path) -> WartaIndex {
    let index = WartaIndex::open_or_create(dir, CreateMode::OpenOrCreate, IndexOptions::default())
        .expect("create");
    let mut writer = index.writer(WriterOptions::default()).expect("writer");
    for a in articles() {
        assert_eq!(writer.add(&a).expect("add"), Added::New);
    }
    writer.finish().expect("commit");
    index
}

fn ids(index: &WartaIndex, request: &SearchRequest) -> Vec<String> {
    let mut ids: Vec<String> = index
        .search(request)
        .unwrap_or_else(|e| panic!("{:?}: {e}", request.query))
        .hits
        .into_iter()
        .map(|h| h.article.id)
        .collect();
    ids.sort();
    ids
}

fn query(index: &WartaIndex, q: &str) -> Vec<String> {
    ids(index, &SearchRequest::new(q))
}

fn filtered(index: &WartaIndex, filters: Filters) -> Vec<String> {
    let mut r = SearchRequest::new("*");
    r.filters = filters;
    ids(index, &r)
}

#[test]
fn stemmed_recall_and_the_query_language() {
    let dir = tempfile::tempdir().unwrap();
    let index = build(dir.path());
    // pelayanan, dilayani, melayani, layanan: one stem.
    assert_eq!(query(&index, "pelayanan"), ["a-ombudsman", "b-rsud"]);
    assert_eq!(query(&index, "menteri"), ["d-banjir"]);
    assert_eq!(query(&index, "kementerian"), ["d-banjir"]);
    assert_eq!(query(&index, "Bekasi"), ["c-mou"]);
    assert_eq!(query(&index, "*").len(), 4);
    assert_eq!(query(&index, "\"nota kesepakatan\""), ["a-ombudsman"]);
    assert_eq!(query(&index, "banjir OR pertanian"), ["c-mou", "d-banjir"]);
    assert_eq!(query(&index, "meninjau -banjir"), ["b-rsud"]);
    assert_eq!(
        query(&index, "person:\"Agus Priyadi\""),
        ["a-ombudsman", "d-banjir"]
    );
    assert_eq!(query(&index, "org:ori"), ["a-ombudsman"]);
    assert_eq!(query(&index, "instansi:BPJS"), ["b-rsud"]);
    // The article says Kalimantan Barat; the province's short form finds it.
    assert_eq!(query(&index, "place:Kalbar"), ["a-ombudsman"]);
    assert_eq!(query(&index, "agreement:mou"), ["c-mou"]);
    assert_eq!(query(&index, "agreement:nota-kesepakatan"), ["a-ombudsman"]);
    assert_eq!(query(&index, "status:signed"), ["c-mou"]);
    assert_eq!(query(&index, "law:\"UU 25/2009\""), ["a-ombudsman"]);
    assert_eq!(query(&index, "date:2021"), ["a-ombudsman", "b-rsud"]);
    assert_eq!(query(&index, "date:2021-09"), ["b-rsud"]);
    assert_eq!(
        query(&index, "date:[2020-01-01 TO 2021-04-12]"),
        ["a-ombudsman", "c-mou"]
    );
    assert_eq!(query(&index, "date:[2021-06 TO *]"), ["b-rsud", "d-banjir"]);
    assert_eq!(query(&index, "title:banjir"), ["d-banjir"]);
}

#[test]
fn typed_filters_each_narrow_the_hits() {
    let dir = tempfile::tempdir().unwrap();
    let index = build(dir.path());
    let f = Filters::default;
    assert_eq!(
        filtered(
            &index,
            Filters {
                people: vec!["agus priyadi".into()],
                ..f()
            }
        ),
        ["a-ombudsman", "d-banjir"]
    );
    assert_eq!(
        filtered(
            &index,
            Filters {
                people: vec!["Siti Aminah".into(), "Agus".into()],
                ..f()
            }
        ),
        ["a-ombudsman", "c-mou", "d-banjir"]
    );
    assert_eq!(
        filtered(
            &index,
            Filters {
                organizations: vec!["BPJS".into()],
                ..f()
            }
        ),
        ["b-rsud"]
    );
    assert_eq!(
        filtered(
            &index,
            Filters {
                places: vec!["Kalbar".into()],
                ..f()
            }
        ),
        ["a-ombudsman"]
    );
    assert_eq!(
        filtered(
            &index,
            Filters {
                agreements: vec!["mou".into()],
                ..f()
            }
        ),
        ["c-mou"]
    );
    assert_eq!(
        filtered(
            &index,
            Filters {
                from: Some(date!(2021 - 05 - 01)),
                ..f()
            }
        ),
        ["b-rsud", "d-banjir"]
    );
    assert_eq!(
        filtered(
            &index,
            Filters {
                to: Some(date!(2021 - 04 - 12)),
                ..f()
            }
        ),
        ["a-ombudsman", "c-mou"]
    );
    assert_eq!(
        filtered(
            &index,
            Filters {
                people: vec!["Agus Priyadi".into()],
                from: Some(date!(2022 - 01 - 01)),
                ..f()
            }
        ),
        ["d-banjir"]
    );
    assert!(filtered(
        &index,
        Filters {
            places: vec!["Papua".into()],
            ..f()
        }
    )
    .is_empty());
    assert!(filtered(
        &index,
        Filters {
            places: vec!["  ".into()],
            ..f()
        }
    )
    .is_empty());
}

#[test]
fn sort_snippets_and_facets() {
    let dir = tempfile::tempdir().unwrap();
    let index = build(dir.path());
    let mut r = SearchRequest::new("*");
    r.sort = Sort::Newest;
    let order: Vec<String> = index
        .search(&r)
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.article.id)
        .collect();
    assert_eq!(order, ["d-banjir", "b-rsud", "a-ombudsman", "c-mou"]);
    r.sort = Sort::Oldest;
    r.limit = 1;
    let results = index.search(&r).unwrap();
    assert_eq!(
        (results.total, results.hits[0].article.id.as_str()),
        (4, "c-mou")
    );

    let hit = &index.search(&SearchRequest::new("pelayanan")).unwrap().hits;
    let a = hit.iter().find(|h| h.article.id == "a-ombudsman").unwrap();
    assert!(
        a.snippet.marked("[", "]").contains("[dilayani]"),
        "{:?}",
        a.snippet
    );
    assert!(a.score > 0.0);

    let people = index
        .facets(FacetKind::People, "*", &Filters::default(), 10)
        .unwrap();
    assert_eq!(
        (people[0].value.as_str(), people[0].count),
        ("Agus Priyadi", 2)
    );
    assert_eq!(people.len(), 2);
    let months = index
        .facets(FacetKind::Months, "*", &Filters::default(), 10)
        .unwrap();
    let months: Vec<(&str, u64)> = months.iter().map(|m| (m.value.as_str(), m.count)).collect();
    assert_eq!(
        months,
        [
            ("2020-11", 1),
            ("2021-04", 1),
            ("2021-09", 1),
            ("2022-01", 1)
        ]
    );
    let laws = index
        .facets(FacetKind::Laws, "pelayanan", &Filters::default(), 10)
        .unwrap();
    assert_eq!(laws[0].value, "UU 25/2009");
    let agreements = index
        .facets(
            "agreements".parse().unwrap(),
            "date:2020",
            &Filters::default(),
            10,
        )
        .unwrap();
    assert_eq!(
        agreements
            .iter()
            .map(|c| c.value.as_str())
            .collect::<Vec<_>>(),
        ["mou"]
    );
    assert!(matches!(
        "colours".parse::<FacetKind>(),
        Err(Error::UnknownFacet { .. })
    ));
}

#[test]
fn reingest_replaces_by_id_and_a_reader_sees_only_commits() {
    let dir = tempfile::tempdir().unwrap();
    let index = build(dir.path());
    let mut writer = index.writer(WriterOptions::default()).unwrap();
    let mut changed = articles();
    changed[1].text = "Rumah sakit daerah kini buka malam.".into();
    for a in &changed {
        assert_eq!(writer.add(a).unwrap(), Added::Replaced);
    }
    // The same id twice in one batch is still one article.
    assert_eq!(writer.add(&changed[1]).unwrap(), Added::Replaced);
    // A reader opened while the writer works sees the last commit.
    let reader = WartaIndex::open(dir.path()).unwrap();
    assert_eq!(reader.num_articles(), 4);
    assert_eq!(query(&reader, "malam"), Vec::<String>::new());
    writer.commit().unwrap();
    reader.reload().unwrap();
    assert_eq!(reader.num_articles(), 4);
    assert_eq!(query(&reader, "malam"), ["b-rsud"]);
    assert_eq!(query(&reader, "pasien"), Vec::<String>::new());
    assert_eq!(
        reader.get("b-rsud").unwrap().unwrap().text,
        "Rumah sakit daerah kini buka malam."
    );
    assert!(reader.get("nope").unwrap().is_none());
}

#[test]
fn a_second_writer_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let index = build(dir.path());
    let _first = index.writer(WriterOptions::default()).unwrap();
    let other = WartaIndex::open(dir.path()).unwrap();
    let err = other
        .writer(WriterOptions::default())
        .err()
        .expect("second writer refused");
    assert!(matches!(err, Error::InUse { .. }), "{err}");
    assert!(err.to_string().contains("in use by another warta process"));
    // Rebuilding under a live writer is refused too.
    let err =
        WartaIndex::open_or_create(dir.path(), CreateMode::Rebuild, IndexOptions::default()).err();
    assert!(matches!(err, Some(Error::InUse { .. })), "{err:?}");
}

#[test]
fn another_schema_version_asks_for_a_rebuild() {
    let dir = tempfile::tempdir().unwrap();
    drop(build(dir.path()));
    let meta = dir.path().join(warta_index::META_FILE);
    let text = std::fs::read_to_string(&meta).unwrap().replace(
        &format!("\"schema_version\": {}", warta_index::SCHEMA_VERSION),
        // The layout before this one (every facet under one facet field).
        &format!("\"schema_version\": {}", warta_index::SCHEMA_VERSION - 1),
    );
    std::fs::write(&meta, text).unwrap();
    let err = WartaIndex::open(dir.path()).expect_err("old version refused");
    assert!(matches!(err, Error::SchemaVersion { .. }), "{err}");
    assert!(err.to_string().contains("warta index --rebuild"), "{err}");
    let index =
        WartaIndex::open_or_create(dir.path(), CreateMode::Rebuild, IndexOptions::default())
            .unwrap();
    assert_eq!(index.num_articles(), 0);
    assert!(WartaIndex::open(dir.path()).is_ok());
    // Never delete a directory that is not an index.
    let other = tempfile::tempdir().unwrap();
    std::fs::write(other.path().join("notes.txt"), "keep me").unwrap();
    let err =
        WartaIndex::open_or_create(other.path(), CreateMode::Rebuild, IndexOptions::default())
            .err();
    assert!(matches!(err, Some(Error::NotAnIndex { .. })), "{err:?}");
    assert!(other.path().join("notes.txt").exists());
    assert!(matches!(
        WartaIndex::open(other.path()),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn query_mistakes_are_reported_with_their_position() {
    let dir = tempfile::tempdir().unwrap();
    let index = build(dir.path());
    let err = index
        .search(&SearchRequest::new("person:\"Agus"))
        .unwrap_err();
    let Error::Query(q) = &err else {
        panic!("{err}")
    };
    assert_eq!(q.position, Some(7));
    assert!(err.to_string().contains('^'));
    assert!(index.search(&SearchRequest::new("colour:red")).is_err());
}

/// Facet counts are the same whether the articles sit in one segment or in several (one
/// commit each), count an article once however often it names a value, skip replaced
/// articles, and order equal counts by value.
#[test]
fn facet_counts_agree_across_segments_and_count_articles_once() {
    let orgs = |names: &[&str]| json!({"organizations": names.iter().map(|n| org(n, None)).collect::<Vec<_>>()});
    let batches: Vec<Vec<Article>> = vec![
        vec![
            article(
                "o1",
                "2021-01-05",
                "t",
                "x",
                orgs(&["KPK", "Bappenas", "KPK"]),
            ),
            article("o2", "2021-02-05", "t", "x", orgs(&["Bappenas", "BPS"])),
        ],
        vec![
            article("o3", "2021-02-07", "t", "x", orgs(&["BPS", "Zeta"])),
            article("o4", "2021-03-01", "t", "x", orgs(&["Alpha"])),
        ],
        vec![
            // Replaces o4: its Alpha is no longer counted.
            article("o4", "2021-03-01", "t", "x", orgs(&["Bappenas", "Zeta"])),
            article("o5", "2020-12-31", "t", "x", orgs(&["Zeta"])),
        ],
    ];
    let counts = |index: &WartaIndex, kind: FacetKind, limit: usize| -> Vec<(String, u64)> {
        index
            .facets(kind, "*", &Filters::default(), limit)
            .unwrap()
            .into_iter()
            .map(|c| (c.value, c.count))
            .collect()
    };
    let pairs = |v: &[(&str, u64)]| -> Vec<(String, u64)> {
        v.iter().map(|(s, n)| (s.to_string(), *n)).collect()
    };
    for one_commit in [true, false] {
        let dir = tempfile::tempdir().unwrap();
        let index = WartaIndex::open_or_create(
            dir.path(),
            CreateMode::OpenOrCreate,
            IndexOptions::default(),
        )
        .unwrap();
        let mut writer = index.writer(WriterOptions::default()).unwrap();
        for batch in &batches {
            for a in batch {
                writer.add(a).unwrap();
            }
            if !one_commit {
                writer.commit().unwrap();
            }
        }
        writer.finish().unwrap();
        let segments = index.tantivy().searchable_segment_ids().unwrap().len();
        assert!(one_commit || segments > 1, "{segments} segments");
        assert_eq!(
            counts(&index, FacetKind::Organizations, 10),
            pairs(&[("Bappenas", 3), ("Zeta", 3), ("BPS", 2), ("KPK", 1)]),
            "one commit: {one_commit}"
        );
        assert_eq!(
            counts(&index, FacetKind::Organizations, 2),
            pairs(&[("Bappenas", 3), ("Zeta", 3)])
        );
        assert_eq!(
            counts(&index, FacetKind::Months, 3),
            pairs(&[("2021-01", 1), ("2021-02", 2), ("2021-03", 1)])
        );
        assert!(counts(&index, FacetKind::Organizations, 0).is_empty());
        let bps = index
            .facets(FacetKind::Organizations, "org:BPS", &Filters::default(), 10)
            .unwrap();
        let bps: Vec<(&str, u64)> = bps.iter().map(|c| (c.value.as_str(), c.count)).collect();
        assert_eq!(bps, [("BPS", 2), ("Bappenas", 1), ("Zeta", 1)]);
    }
}

/// Articles prepared on other threads and added by the writer are told new or replaced
/// the same way, within a batch and across the writer's own commits.
#[test]
fn prepared_articles_are_new_once_then_replaced_across_commits() {
    let dir = tempfile::tempdir().unwrap();
    let index = WartaIndex::open_or_create(
        dir.path(),
        CreateMode::OpenOrCreate,
        IndexOptions::default(),
    )
    .unwrap();
    let all = articles();
    let prepared: Vec<warta_index::Prepared> = std::thread::scope(|s| {
        let handles: Vec<_> = all
            .iter()
            .map(|a| s.spawn(|| index.prepare(a).unwrap()))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(prepared[0].id(), "a-ombudsman");
    let mut writer = index.writer(WriterOptions::default()).unwrap();
    let mut prepared = prepared.into_iter();
    let first = prepared.next().unwrap();
    assert_eq!(writer.add_prepared(first).unwrap(), Added::New);
    assert_eq!(writer.add(&all[0]).unwrap(), Added::Replaced);
    writer.commit().unwrap();
    // After the writer's commit: the committed ids are known, new ones are new.
    assert_eq!(writer.add(&all[0]).unwrap(), Added::Replaced);
    for p in prepared {
        assert_eq!(writer.add_prepared(p).unwrap(), Added::New);
    }
    writer.commit().unwrap();
    assert_eq!(writer.add(&all[3]).unwrap(), Added::Replaced);
    writer.finish().unwrap();
    assert_eq!(index.num_articles(), 4);
    assert_eq!(query(&index, "pasien"), ["b-rsud"]);
}
