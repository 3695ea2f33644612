//! The Article JSON, schema `warta.article/1`: the public contract of warta.
//!
//! Every offset (`start`, `end`) is a UTF-8 byte offset into [`Article::text`], end
//! exclusive and on character boundaries, so `&text[start..end]` is the mention as written.

use serde::{Deserialize, Serialize};

/// The schema identifier written in every [`Article`].
pub const SCHEMA: &str = "warta.article/1";

/// One extracted article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The input's own id if it has one, else a hash of the cleaned text.
    pub id: String,
    /// File path or URL as given; `None` for stdin without one.
    pub source: Option<String>,
    /// Headline without markup; `None` if there is none.
    pub title: Option<String>,
    /// Explicit publication date of the article (ISO `YYYY-MM-DD`).
    pub published: Option<String>,
    /// Place and outlet opening the body (`PONTIANAK -`, `Pontianak, BorneOneTv.Com –`).
    pub dateline: Option<Dateline>,
    /// Author or desk line.
    pub byline: Option<String>,
    /// Cleaned body: no headline, no dateline, no site boilerplate.
    pub text: String,
    /// People, one entry per person.
    pub people: Vec<Person>,
    /// Organizations, one entry per real organization.
    pub organizations: Vec<Organization>,
    /// Places, one entry per place.
    pub places: Vec<Place>,
    /// Date expressions with their ISO values.
    pub dates: Vec<DateMention>,
    /// Agreement instruments (MoU, nota kesepakatan, PKS, ...), one per instrument.
    pub agreements: Vec<Agreement>,
    /// Laws and regulations cited.
    pub laws: Vec<Law>,
    /// Direct quotes with their speakers.
    pub quotes: Vec<Quote>,
    /// Furniture removed from the body (banners, share widgets, credit codes): kept so that
    /// nothing is lost silently. An extra field; not part of the scored contract.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<String>,
    /// Credit codes closing the article (`MRF/RDM/APR`, `Tim`), as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub credits: Vec<String>,
}

impl Article {
    /// An article with the given id and text and every list empty.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Article {
            schema: SCHEMA.to_string(),
            id: id.into(),
            source: None,
            title: None,
            published: None,
            dateline: None,
            byline: None,
            text: text.into(),
            people: Vec::new(),
            organizations: Vec::new(),
            places: Vec::new(),
            dates: Vec::new(),
            agreements: Vec::new(),
            laws: Vec::new(),
            quotes: Vec::new(),
            removed: Vec::new(),
            credits: Vec::new(),
        }
    }
}

/// A byte span into [`Article::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Mention {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Mention {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Mention { start, end }
    }
}

/// Where and by which outlet the story was filed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// The place, in title case (`Pontianak`).
    pub place: Option<String>,
    /// The outlet (`BorneOneTv.Com`).
    pub outlet: Option<String>,
}

/// Whether a position is held in an acting capacity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Acting {
    /// Pelaksana tugas (Plt.).
    Plt,
    /// Penjabat (Pj.).
    Pj,
    /// Pelaksana harian (Plh.).
    Plh,
}

/// A position a person holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    /// The position phrase as written, without the name (`Gubernur Kalsel`).
    pub title: String,
    /// Canonical name of the organization, when known.
    pub organization: Option<String>,
    /// Set for Pj./Plt./Plh.
    pub acting: Option<Acting>,
}

/// A person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// Canonical full name, without honorifics or degrees.
    pub name: String,
    /// Honorifics and degrees as written (`Dr.`, `H.`, `S.H.`).
    pub honorifics: Vec<String>,
    /// Every other way the text names this person.
    pub aliases: Vec<String>,
    /// Positions held.
    pub roles: Vec<Role>,
    /// Every mention.
    pub mentions: Vec<Mention>,
}

/// A small fixed vocabulary of organization kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OrgKind {
    /// The Ombudsman and its regional offices.
    Ombudsman,
    /// Ministries (kementerian) and coordinating ministries.
    Ministry,
    /// Central agencies and boards (badan, lembaga, komisi).
    Agency,
    /// Provincial, regency and city governments (pemerintah provinsi/kabupaten/kota, pemda).
    LocalGovernment,
    /// Regional secretariats, bureaus, offices, inspectorates, regional work units.
    RegionalOffice,
    /// DPR, DPD, MPR, DPRD.
    Legislature,
    /// Courts and prosecutors.
    Judiciary,
    /// Police and armed forces.
    Security,
    /// Political parties.
    Party,
    /// Universities, schools, institutes.
    Education,
    /// Companies, state-owned enterprises, banks.
    Company,
    /// Newspapers, broadcasters, news sites.
    Media,
    /// Hotels, halls and other venues named as hosts.
    Venue,
    /// Associations, NGOs, sports clubs, international bodies and the rest.
    Other,
}

/// An organization.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    /// Canonical, expanded name.
    pub name: String,
    /// Acronym, if any (`ORI`, `Bappeda`).
    pub acronym: Option<String>,
    /// Every distinct surface form in the text.
    pub aliases: Vec<String>,
    /// Kind of organization.
    pub kind: OrgKind,
    /// Canonical province, regency or city, if any.
    pub region: Option<String>,
    /// Every mention.
    pub mentions: Vec<Mention>,
}

/// Kinds of places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlaceKind {
    /// One of the 38 provinces.
    Province,
    /// A kabupaten.
    Regency,
    /// A kota.
    City,
    /// A kecamatan or desa/kelurahan.
    District,
    /// A country.
    Country,
    /// A city abroad.
    WorldCity,
    /// A named venue (hotel, hall, building).
    Venue,
    /// An island, region or other named area.
    Region,
    /// Anything else.
    Other,
}

/// A place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// Canonical name (`Kalimantan Barat`).
    pub name: String,
    /// Kind of place.
    pub kind: PlaceKind,
    /// Other surface forms (`Kalbar`).
    pub aliases: Vec<String>,
    /// Every mention.
    pub mentions: Vec<Mention>,
}

/// A date expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// The expression as written.
    pub text: String,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: as precise as the text allows.
    pub value: String,
    /// A range's last day, else `None`.
    pub until: Option<String>,
    /// The year was not written and was inferred.
    pub year_inferred: bool,
    /// A relative expression (`kemarin`, `Senin lalu`) resolved against the reference date.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub relative: bool,
    /// The written weekday contradicts the date.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub weekday_mismatch: bool,
    /// Time of day when written (`09.00`), with its zone (`WIB`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// Status of an agreement instrument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AgreementStatus {
    /// To be signed (`akan`, `rencananya`).
    Planned,
    /// Being drafted or aligned (`penyusunan`, `draf`, `penyelarasan`).
    Drafting,
    /// Signed (`ditandatangani`, `telah`).
    Signed,
    /// Mentioned without a status.
    Mentioned,
}

/// An agreement instrument.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agreement {
    /// `mou`, `nota-kesepakatan`, `perjanjian-kerja-sama`, `berita-acara`,
    /// `kesepakatan-bersama`, `pakta-integritas`, `piagam-kerja-sama`, `addendum`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The first mention as written.
    pub text: String,
    /// Status from the verbs and tense around it.
    pub status: AgreementStatus,
    /// Canonical names of the parties.
    pub parties: Vec<String>,
    /// When it was or will be signed (`YYYY-MM-DD`, `YYYY-MM`), if the text says.
    pub date: Option<String>,
    /// Every mention.
    pub mentions: Vec<Mention>,
}

/// A law or regulation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Law {
    /// `UU`, `PP`, `Perpres`, `Perppu`, `Permen`, `Perda`, `Pergub`, `Perbup`, `Perwal`,
    /// `Keppres`, `Inpres`, ...
    pub kind: String,
    /// Number as written (`25`, `12/PMK.05`).
    pub number: Option<String>,
    /// Year, when written (or inferred, see `inferred`).
    pub year: Option<i32>,
    /// The `tentang ...` part.
    pub subject: Option<String>,
    /// Article references kept with their law (`Pasal 31 Ayat (2) huruf c`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub articles: Vec<String>,
    /// Fields filled from the table of well-known laws rather than the text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<String>,
    /// The citation as written.
    pub text: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// A direct quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The words inside the quotation marks.
    pub text: String,
    /// Canonical name of a person in `people`, or `None`.
    pub speaker: Option<String>,
    /// Indirect speech (`X mengatakan bahwa ...`) rather than a quotation.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub indirect: bool,
    /// First byte of the quoted words.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}
