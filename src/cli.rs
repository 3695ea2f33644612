//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Turn raw Indonesian news articles into structured, searchable data.
#[derive(Debug, Parser)]
#[command(name = "warta", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract Article JSON from raw articles (files, directories, JSON lines, `-` for stdin).
    Extract(ExtractArgs),
    /// Extract and add articles to a search index.
    Index(IndexArgs),
    /// Search the index.
    Search(SearchArgs),
    /// Top values of an entity field (people, organizations, places, agreements, months).
    Facets(FacetsArgs),
    /// Show one indexed article with its entities.
    Show(ShowArgs),
    /// Train the name tagger from BIO files.
    TrainNer(TrainNerArgs),
}

/// Options shared by every command that reads raw articles.
#[derive(Debug, Args, Clone)]
pub struct InputArgs {
    /// Files (.txt, .md, .jsonl, .json), directories (read recursively) or `-` for stdin.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Reference date (YYYY-MM-DD) for year-less and relative dates in articles without
    /// a publication date; default today.
    #[arg(long, value_parser = parse_date)]
    pub reference_date: Option<time::Date>,
    /// Rules only: do not run the learned name tagger.
    #[arg(long)]
    pub no_tagger: bool,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
}

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExtractFormat {
    /// One JSON array of articles.
    Json,
    /// One article per line.
    Jsonl,
    /// Indented JSON, one article after another.
    Pretty,
}

/// `warta extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Inputs.
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: ExtractFormat,
}

/// `warta index`.
#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Inputs.
    #[command(flatten)]
    pub input: InputArgs,
    /// Index directory.
    #[arg(long, env = "WARTA_INDEX", default_value = ".warta/index")]
    pub index: PathBuf,
    /// Delete the index and build it anew (needed after a schema change).
    #[arg(long)]
    pub rebuild: bool,
    /// Articles per commit.
    #[arg(long, default_value_t = 10_000)]
    pub batch: usize,
    /// Indexing memory budget in megabytes.
    #[arg(long, default_value_t = 256)]
    pub memory_mb: usize,
    /// No progress bar.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

/// Sort orders of `search`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum SortOrder {
    /// Best match first.
    Relevance,
    /// Newest first.
    Date,
    /// Oldest first.
    DateAsc,
}

/// Output formats of `search`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum SearchFormat {
    /// A readable table.
    Table,
    /// One JSON document with the hits.
    Json,
    /// One Article JSON per hit, with `score` and `snippet` added.
    Jsonl,
    /// Comma-separated values.
    Csv,
}

/// `warta search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The query (`*` matches every article). Field prefixes: person:, org:, place:,
    /// agreement:, law:, title:, date:[2021-01-01 TO 2021-12-31].
    pub query: String,
    /// Index directory.
    #[arg(long, env = "WARTA_INDEX", default_value = ".warta/index")]
    pub index: PathBuf,
    /// Only articles naming this person.
    #[arg(long)]
    pub person: Vec<String>,
    /// Only articles naming this organization (canonical name or acronym).
    #[arg(long)]
    pub org: Vec<String>,
    /// Only articles naming this place.
    #[arg(long)]
    pub place: Vec<String>,
    /// Only articles with this agreement type (mou, nota-kesepakatan, ...).
    #[arg(long)]
    pub agreement: Vec<String>,
    /// Published on or after (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub from: Option<time::Date>,
    /// Published on or before (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub to: Option<time::Date>,
    /// Maximum number of hits.
    #[arg(long, short = 'n', default_value_t = 10)]
    pub limit: usize,
    /// Sort order.
    #[arg(long, value_enum, default_value = "relevance")]
    pub sort: SortOrder,
    /// Output format (default: table on a terminal, jsonl otherwise).
    #[arg(long, value_enum)]
    pub format: Option<SearchFormat>,
}

/// `warta facets`.
#[derive(Debug, Args)]
pub struct FacetsArgs {
    /// people, organizations, places, agreements, statuses, laws or months.
    pub field: String,
    /// Restrict the counts to the articles matching this query.
    pub query: Option<String>,
    /// Index directory.
    #[arg(long, env = "WARTA_INDEX", default_value = ".warta/index")]
    pub index: PathBuf,
    /// Number of values.
    #[arg(long, short = 'n', default_value_t = 20)]
    pub limit: usize,
    /// Output as JSON.
    #[arg(long)]
    pub json: bool,
}

/// `warta show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Article id.
    pub id: String,
    /// Index directory.
    #[arg(long, env = "WARTA_INDEX", default_value = ".warta/index")]
    pub index: PathBuf,
    /// Print the stored Article JSON as is.
    #[arg(long)]
    pub json: bool,
}

/// `warta train-ner`.
#[derive(Debug, Args)]
pub struct TrainNerArgs {
    /// BIO training files (`token<TAB>tag` or `token POS tag`).
    #[arg(required_unless_present = "evaluate")]
    pub train: Vec<PathBuf>,
    /// BIO files to report accuracy on after each epoch.
    #[arg(long)]
    pub dev: Vec<PathBuf>,
    /// Where to write the model.
    #[arg(long, short = 'o', required_unless_present = "evaluate")]
    pub output: Option<PathBuf>,
    /// Train nothing: score this model file on the `--dev` files (accuracy and speed).
    #[arg(long, conflicts_with_all = ["train", "output"])]
    pub evaluate: Option<PathBuf>,
    /// Training epochs.
    #[arg(long, default_value_t = 10)]
    pub epochs: usize,
    /// How to learn NERP's IND tag (products and companies).
    #[arg(long, value_enum, default_value_t = IndArg::Org)]
    pub ind: IndArg,
    /// What to do with training files written entirely in lower case.
    #[arg(long, value_enum, default_value_t = UncasedArg::Neutral)]
    pub uncased: UncasedArg,
    /// Drop feature rows whose weights are all at most this in absolute value.
    #[arg(long, default_value_t = 0.0)]
    pub prune: f32,
    /// Ablation: no prefix/suffix features.
    #[arg(long)]
    pub no_affixes: bool,
    /// Ablation: no lexicon features (given names, titles, head words, cue words).
    #[arg(long)]
    pub no_lexicons: bool,
    /// Ablation: no words or shapes at distance 2.
    #[arg(long)]
    pub no_wide_context: bool,
    /// Independently shuffled runs whose weights are averaged.
    #[arg(long, default_value_t = 1)]
    pub runs: usize,
    /// Seed of the deterministic shuffling.
    #[arg(long, default_value_t = 0x5eed)]
    pub seed: u64,
}

/// `--ind` values.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum IndArg {
    /// As an organization.
    Org,
    /// As outside any entity.
    Outside,
    /// Left open between the two: predicting either is not corrected.
    Either,
}

/// `--uncased` values.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum UncasedArg {
    /// Train on them without case features.
    Neutral,
    /// Leave them out.
    Skip,
}

fn parse_date(s: &str) -> Result<time::Date, String> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(s, format).map_err(|e| format!("{s:?} is not a YYYY-MM-DD date: {e}"))
}
