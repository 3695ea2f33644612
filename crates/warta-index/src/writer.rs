//! Adding articles: one writer per index, replace-by-id, commits in batches.
//!
//! Crash safety comes from tantivy's commits, which are atomic: a process killed between
//! commits loses only what it added since the last one, and the index opens at that
//! commit. Re-running the same ingest then replaces every article by id (delete, then add),
//! so each article ends up present exactly once.

use std::collections::HashSet;
use std::path::Path;

use tantivy::directory::error::LockError;
use tantivy::merge_policy::LogMergePolicy;
use tantivy::{IndexWriter, TantivyDocument, Term};
use warta_core::Article;

use crate::error::{Error, Result};
use crate::index::WartaIndex;

/// Options of [`WartaIndex::writer`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WriterOptions {
    /// Memory budget of the writer, in bytes (tantivy splits it across its threads).
    pub memory_bytes: usize,
    /// Indexing threads; `None` lets tantivy choose. Each commit makes one segment per
    /// thread.
    pub threads: Option<usize>,
    /// Only segments of fewer than half this many documents are merged in the background,
    /// so that a long ingest reads back (and maps into memory) a bounded part of the index,
    /// whatever its size.
    pub merge_max_docs: u32,
}

impl Default for WriterOptions {
    fn default() -> Self {
        WriterOptions {
            memory_bytes: 256 << 20,
            threads: None,
            merge_max_docs: 10_000,
        }
    }
}

/// What [`ArticleWriter::add`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    /// The id was new.
    New,
    /// An article with this id was already indexed (or added earlier in this session) and
    /// has been replaced.
    Replaced,
}

/// An article made ready for the index ([`WartaIndex::prepare`]): its document, with the
/// Article JSON stored in it. Preparing is the costly part of adding and needs no writer,
/// so many threads can prepare while one adds.
#[derive(Debug)]
pub struct Prepared {
    id: String,
    doc: TantivyDocument,
}

impl Prepared {
    /// The article's id.
    pub fn id(&self) -> &str {
        &self.id
    }
}

/// The index's single writer. Dropping it without [`commit`](Self::commit) discards what
/// was added since the last commit.
pub struct ArticleWriter<'a> {
    index: &'a WartaIndex,
    writer: IndexWriter,
    /// Ids added since the last commit (the searcher does not see them yet).
    seen: HashSet<String>,
    /// The last commit, to tell new ids from replaced ones.
    searcher: tantivy::Searcher,
}

impl WartaIndex {
    /// Make `article` ready for [`ArticleWriter::add_prepared`]. Any thread may prepare.
    pub fn prepare(&self, article: &Article) -> Result<Prepared> {
        let json = serde_json::to_string(article).map_err(|source| Error::Stored {
            id: article.id.clone(),
            source,
        })?;
        Ok(Prepared {
            id: article.id.clone(),
            doc: self.fields.document(article, json),
        })
    }

    /// Take the index's writer. Fails with [`Error::InUse`] when another process (or
    /// another writer in this one) has it.
    pub fn writer(&self, options: WriterOptions) -> Result<ArticleWriter<'_>> {
        let budget = options.memory_bytes.max(15 << 20);
        let result = match options.threads {
            Some(n) => {
                let n = n.clamp(1, 8);
                self.index
                    .writer_with_num_threads(n, budget.max(n * (15 << 20)))
            }
            None => self.index.writer(budget),
        };
        let path = self.path().unwrap_or(Path::new("(memory)"));
        let writer = result.map_err(|e| lock_error(e, path))?;
        // tantivy's log merge policy, kept off segments of half the bound or more: a long
        // ingest committing large batches never reads back what it has written.
        let mut policy = LogMergePolicy::default();
        policy.set_max_docs_before_merge((options.merge_max_docs / 2).max(1) as usize);
        writer.set_merge_policy(Box::new(policy));
        Ok(ArticleWriter {
            index: self,
            writer,
            seen: HashSet::new(),
            searcher: self.reader.searcher(),
        })
    }
}

/// tantivy's "lock busy" as [`Error::InUse`]; anything else as it is.
pub(crate) fn lock_error(e: tantivy::TantivyError, path: &Path) -> Error {
    match e {
        tantivy::TantivyError::LockFailure(LockError::LockBusy, _) => Error::InUse {
            path: path.to_path_buf(),
        },
        other => Error::Tantivy(other),
    }
}

impl ArticleWriter<'_> {
    /// Add `article`, replacing any article with the same id.
    pub fn add(&mut self, article: &Article) -> Result<Added> {
        let prepared = self.index.prepare(article)?;
        self.add_prepared(prepared)
    }

    /// Add an article prepared by [`WartaIndex::prepare`] (of this index), replacing any
    /// article with the same id.
    pub fn add_prepared(&mut self, prepared: Prepared) -> Result<Added> {
        let Prepared { id, doc } = prepared;
        let id_term = Term::from_field_text(self.index.fields.id, &id);
        let existed = self.searcher.doc_freq(&id_term)? > 0 || !self.seen.insert(id);
        if existed {
            // Only an id seen before needs a delete: a fresh ingest queues none, so its
            // commits have no deletes to look up in every segment.
            self.writer.delete_term(id_term);
        }
        self.writer.add_document(doc)?;
        Ok(if existed { Added::Replaced } else { Added::New })
    }

    /// Make everything added so far durable and visible to new searches.
    pub fn commit(&mut self) -> Result<()> {
        self.writer.commit()?;
        self.index.reload()?;
        // The new commit answers for the ids added so far: memory stays bounded by a batch.
        self.searcher = self.index.reader.searcher();
        self.seen.clear();
        Ok(())
    }

    /// Commit and wait for merges to finish, releasing the writer.
    pub fn finish(mut self) -> Result<()> {
        self.commit()?;
        self.writer.wait_merging_threads()?;
        Ok(())
    }
}
