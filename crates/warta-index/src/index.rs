//! Opening, creating and rebuilding a warta index on disk, with its schema version.
//!
//! Beside tantivy's files the directory holds `warta-index.json`: the schema version and
//! the stemmer exceptions the index was built with (queries must be analyzed the same way).
//! It is written (atomically) before the tantivy index is created, so a directory with
//! tantivy files but no such record was made by something else or an older warta.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tantivy::directory::MmapDirectory;
use tantivy::query::QueryParser;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader, ReloadPolicy};
use warta_core::lang::stem::Stemmer;

use crate::error::{Error, Result};
use crate::schema::{self, Fields, SCHEMA_VERSION};

/// The name of warta's record in the index directory.
pub const META_FILE: &str = "warta-index.json";

/// Options fixed when an index is created.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexOptions {
    /// Words the stemmer must leave whole (names, local terms), besides the built-in roots.
    #[serde(default)]
    pub stem_exceptions: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Meta {
    format: String,
    schema_version: u32,
    #[serde(flatten)]
    options: IndexOptions,
}

/// How [`WartaIndex::open_or_create`] treats an existing index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreateMode {
    /// Open it (checking its version), or create it when there is none.
    OpenOrCreate,
    /// Delete it and start empty.
    Rebuild,
}

/// A warta index: the tantivy index, its fields, and a reader; with the query parser and
/// the highlighting analyzer every search reuses.
pub struct WartaIndex {
    pub(crate) index: Index,
    pub(crate) fields: Fields,
    pub(crate) reader: IndexReader,
    pub(crate) parser: QueryParser,
    /// `id_stem` with one memory of stems for every snippet of every search.
    pub(crate) snippet_analyzer: TextAnalyzer,
    path: Option<PathBuf>,
    options: IndexOptions,
}

impl std::fmt::Debug for WartaIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WartaIndex")
            .field("path", &self.path)
            .finish()
    }
}

impl WartaIndex {
    /// Open the index in `dir` for searching. Fails with [`Error::NotFound`] when there is
    /// none and [`Error::SchemaVersion`] when it was built with another schema.
    pub fn open(dir: impl AsRef<Path>) -> Result<WartaIndex> {
        let dir = dir.as_ref();
        if !dir.join("meta.json").is_file() {
            if dir.join(META_FILE).is_file() {
                // Created, then killed before the first commit: an empty index.
                let options = read_meta(dir)?;
                return Self::create(dir, options);
            }
            return Err(Error::NotFound {
                path: dir.to_path_buf(),
            });
        }
        let options = read_meta(dir)?;
        let index = Index::open_in_dir(dir)?;
        Self::wrap(index, Some(dir.to_path_buf()), options)
    }

    /// Open the index in `dir`, creating it if needed; with [`CreateMode::Rebuild`], delete
    /// whatever index is there first. Only a directory that holds a warta or tantivy index
    /// (or nothing) is ever deleted.
    pub fn open_or_create(
        dir: impl AsRef<Path>,
        mode: CreateMode,
        options: IndexOptions,
    ) -> Result<WartaIndex> {
        let dir = dir.as_ref();
        if mode == CreateMode::Rebuild {
            remove_index(dir)?;
        }
        if dir.join("meta.json").is_file() || dir.join(META_FILE).is_file() {
            return Self::open(dir);
        }
        Self::create(dir, options)
    }

    /// A fresh index in memory (tests, benchmarks).
    pub fn create_in_ram(options: IndexOptions) -> Result<WartaIndex> {
        let (schema, _) = schema::build();
        Self::wrap(Index::create_in_ram(schema), None, options)
    }

    fn create(dir: &Path, options: IndexOptions) -> Result<WartaIndex> {
        let io = |source| Error::Io {
            path: dir.to_path_buf(),
            source,
        };
        fs::create_dir_all(dir).map_err(io)?;
        write_meta(dir, &options)?;
        let (schema, _) = schema::build();
        let directory = MmapDirectory::open(dir).map_err(tantivy::TantivyError::from)?;
        let index = Index::open_or_create(directory, schema)?;
        Self::wrap(index, Some(dir.to_path_buf()), options)
    }

    fn wrap(index: Index, path: Option<PathBuf>, options: IndexOptions) -> Result<WartaIndex> {
        let fields = fields_of(&index)?;
        let stemmer = Arc::new(Stemmer::with_exceptions(&options.stem_exceptions));
        crate::analyzer::register(index.tokenizers(), stemmer.clone());
        let snippet_analyzer = crate::analyzer::id_stem_analyzer_shared(stemmer);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let mut parser = QueryParser::for_index(&index, vec![fields.title, fields.body]);
        parser.set_conjunction_by_default();
        parser.set_field_boost(fields.title, 2.0);
        Ok(WartaIndex {
            index,
            fields,
            reader,
            parser,
            snippet_analyzer,
            path,
            options,
        })
    }

    /// The directory, `None` for an index in memory.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The options the index was created with.
    pub fn options(&self) -> &IndexOptions {
        &self.options
    }

    /// The field handles.
    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    /// The underlying tantivy index.
    pub fn tantivy(&self) -> &Index {
        &self.index
    }

    /// See the latest commit (of this or another process).
    pub fn reload(&self) -> Result<()> {
        Ok(self.reader.reload()?)
    }

    /// Number of articles in the last commit seen.
    pub fn num_articles(&self) -> u64 {
        self.reader.searcher().num_docs()
    }
}

fn fields_of(index: &Index) -> Result<Fields> {
    let schema = index.schema();
    let get = |name: &str| schema.get_field(name);
    Ok(Fields {
        id: get("id")?,
        source: get("source")?,
        title: get("title")?,
        body: get("body")?,
        date: get("date")?,
        person: get("person")?,
        org: get("org")?,
        place: get("place")?,
        agreement: get("agreement")?,
        status: get("status")?,
        law: get("law")?,
        facets: {
            let mut facets = [get("id")?; 7];
            for (slot, kind) in facets.iter_mut().zip(crate::FacetKind::ALL) {
                *slot = get(kind.field_name())?;
            }
            facets
        },
        article: get("article")?,
    })
}

fn read_meta(dir: &Path) -> Result<IndexOptions> {
    let path = dir.join(META_FILE);
    let mismatch = |found: String| Error::SchemaVersion {
        path: dir.to_path_buf(),
        found,
        expected: SCHEMA_VERSION,
    };
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(mismatch("unknown".into()))
        }
        Err(source) => return Err(Error::Io { path, source }),
    };
    let meta: Meta = serde_json::from_str(&text).map_err(|_| mismatch("unreadable".into()))?;
    if meta.schema_version != SCHEMA_VERSION {
        return Err(mismatch(meta.schema_version.to_string()));
    }
    Ok(meta.options)
}

fn write_meta(dir: &Path, options: &IndexOptions) -> Result<()> {
    let meta = Meta {
        format: "warta-index".to_string(),
        schema_version: SCHEMA_VERSION,
        options: options.clone(),
    };
    let path = dir.join(META_FILE);
    let tmp = dir.join(format!("{META_FILE}.tmp"));
    let io = |source| Error::Io {
        path: path.clone(),
        source,
    };
    let json = serde_json::to_string_pretty(&meta).unwrap_or_default();
    fs::write(&tmp, json).map_err(io)?;
    fs::rename(&tmp, &path).map_err(io)
}

/// Delete the index in `dir`, refusing anything that does not look like one.
fn remove_index(dir: &Path) -> Result<()> {
    let io = |source| Error::Io {
        path: dir.to_path_buf(),
        source,
    };
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(source) => return Err(io(source)),
    };
    let names: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    let is_index = dir.join("meta.json").is_file() || dir.join(META_FILE).is_file();
    if !names.is_empty() && !is_index {
        return Err(Error::NotAnIndex {
            path: dir.to_path_buf(),
        });
    }
    if dir.join(".tantivy-writer.lock").exists() {
        // A live writer holds this lock; deleting under it would corrupt its work.
        let index = Index::open_in_dir(dir)?;
        let writer: std::result::Result<tantivy::IndexWriter, _> = index.writer(15_000_000);
        if let Err(e) = writer {
            return Err(crate::writer::lock_error(e, dir));
        }
    }
    for path in names {
        let result = if path.is_dir() {
            fs::remove_dir_all(&path)
        } else {
            fs::remove_file(&path)
        };
        result.map_err(io)?;
    }
    Ok(())
}
