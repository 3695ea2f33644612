use time::macros::date;

use super::*;
use crate::article::{OrgKind, Person};

fn org(name: &str, aliases: &[&str]) -> Organization {
    Organization {
        name: name.to_string(),
        acronym: None,
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        kind: OrgKind::Other,
        region: None,
        mentions: Vec::new(),
    }
}

fn date_at(text: &str, surface: &str, value: &str) -> DateMention {
    let start = text.find(surface).unwrap_or(0);
    DateMention {
        text: surface.to_string(),
        value: value.to_string(),
        until: None,
        year_inferred: false,
        relative: false,
        weekday_mismatch: false,
        time: None,
        start,
        end: start + surface.len(),
    }
}

struct Want {
    kind: &'static str,
    status: AgreementStatus,
    parties: &'static [&'static str],
    date: Option<&'static str>,
    mentions: usize,
}

fn want(kind: &'static str, status: AgreementStatus, mentions: usize) -> Want {
    Want {
        kind,
        status,
        parties: &[],
        date: None,
        mentions,
    }
}

fn run(text: &str, orgs: &[Organization], dates: &[DateMention], expected: &[Want]) {
    let doc = Doc::new(text, date!(2024 - 01 - 01), false);
    let got = find(&doc, orgs, &[], dates);
    let summary: Vec<_> = got
        .iter()
        .map(|a| (&a.kind, a.status, &a.parties, &a.date, a.mentions.len()))
        .collect();
    assert_eq!(got.len(), expected.len(), "{text}\n{summary:#?}");
    for (a, w) in got.iter().zip(expected) {
        assert_eq!(a.kind, w.kind, "{text}\n{summary:#?}");
        assert_eq!(a.status, w.status, "{text}\n{summary:#?}");
        assert_eq!(a.mentions.len(), w.mentions, "{text}\n{summary:#?}");
        if !w.parties.is_empty() {
            assert_eq!(a.parties, w.parties, "{text}\n{summary:#?}");
        }
        assert_eq!(a.date.as_deref(), w.date, "{text}\n{summary:#?}");
        for m in &a.mentions {
            assert!(text.get(m.start..m.end).is_some());
        }
    }
}

use AgreementStatus::*;

/// (text, [(type, status, mention count)])
type StatusCase = (
    &'static str,
    &'static [(&'static str, AgreementStatus, usize)],
);

#[test]
fn types_and_one_entry_per_instrument() {
    let cases: &[StatusCase] = &[
        ("Kedua pihak menandatangani MoU kemarin.", &[("mou", Signed, 1)]),
        ("Isi Memorandum Of Understanding itu dibacakan.", &[("mou", Mentioned, 1)]),
        ("Proses penyusunan Momerandum of Understanding (MoU) berjalan.", &[("mou", Drafting, 2)]),
        ("Nota Kesepahaman itu berlaku lima tahun.", &[("mou", Mentioned, 1)]),
        ("Pemkot akan membuat Nota Kesepakatan (MoU) dengan kampus.", &[("nota-kesepakatan", Planned, 2)]),
        ("Perjanjian Kerjasama itu dibacakan.", &[("perjanjian-kerja-sama", Mentioned, 1)]),
        ("Setelah itu ditandatangani berita acara oleh peserta.", &[("berita-acara", Signed, 1)]),
        ("Mereka menandatangani Kesepakatan Bersama tentang air bersih.", &[("kesepakatan-bersama", Signed, 1)]),
        ("Seluruh camat menandatangani Pakta Integritas.", &[("pakta-integritas", Signed, 1)]),
        ("Piagam Kerja Sama itu diteken rektor.", &[("piagam-kerja-sama", Signed, 1)]),
        ("Addendum kontrak sedang dibahas.", &[("addendum", Drafting, 1)]),
        (
            "Dinas akan membuat nota kesepakatan. Isinya dituangkan dalam nota kesepakatan itu. Nota kesepakatan tersebut rencananya diteken April.",
            &[("nota-kesepakatan", Planned, 3)],
        ),
    ];
    for (text, expected) in cases {
        let w: Vec<Want> = expected.iter().map(|(k, s, n)| want(k, *s, *n)).collect();
        run(text, &[], &[], &w);
    }
}

#[test]
fn traps() {
    let cases: &[StatusCase] = &[
        // Cooperation is not an instrument.
        ("Kami memperkuat koordinasi dan kerja sama dengan dinas serta kerjasama lain.", &[]),
        ("Rapat menghasilkan kesepakatan untuk bertemu rutin.", &[]),
        ("Sebagai bentuk kesepakatan bersama, semua hadir.", &[]),
        // A party, not an agreement.
        ("Fraksi PKS menolak usulan itu, kata kader PKS.", &[]),
        ("Piagam penghargaan diserahkan kepada juara.", &[]),
        // An interrogation record is not an agreement; a coach's nickname is not an MoU.
        ("Ia mencabut Berita Acara Pemeriksaan (BAP) miliknya.", &[]),
        ("Namun, Mou membantah hal tersebut.", &[]),
        // Two names of one instrument joined by `atau`/`alias`; a misspelt signing verb.
        (
            "Keduanya menandatangangi nota kesepahaman alias memorandum of understanding (MoU) kemarin.",
            &[("mou", Signed, 3)],
        ),
        (
            "Dinas akan menyusun Nota Kesepakatan atau MoU dengan kampus.",
            &[("nota-kesepakatan", Drafting, 2)],
        ),
        // A draft referring back joins the instrument and makes it drafting.
        (
            "Rapat membahas penyelarasan nota kesepakatan antar lembaga. Fokusnya menyempurnakan draf kesepakatan yang akan menjadi dasar kerja sama.",
            &[("nota-kesepakatan", Drafting, 2)],
        ),
        // Drafting beats nearby plans; the MoU again later is the same MoU.
        (
            "Rencananya melalui penyusunan MoU antara kedua lembaga. Diharapkan pelaksanaan kerja sama melalui MoU dapat terlaksana.",
            &[("mou", Drafting, 2)],
        ),
        // A PKS following up a signed MoU: two instruments, the signing belongs to the MoU.
        (
            "Perjanjian Kerja Sama ini merupakan tindak lanjut dari MoU yang sudah ditandatangani gubernur, sehingga kerja sama akan berjalan.",
            &[("perjanjian-kerja-sama", Mentioned, 1), ("mou", Signed, 1)],
        ),
        // Planned signing and not-yet-signed.
        ("MoU itu akan ditandatangani pekan depan.", &[("mou", Planned, 1)]),
        ("Nota kesepakatan ditargetkan ditandatangani Maret.", &[("nota-kesepakatan", Planned, 1)]),
        ("Kami harap MoU ini bisa diteken paling lambat Februari.", &[("mou", Planned, 1)]),
        ("Dinas sedang merancang nota kesepahaman tentang shelter.", &[("mou", Drafting, 1)]),
        (
            "Menurutnya, MoU ini akan diturunkan menjadi perjanjian kerja sama dengan setiap dinas.",
            &[("mou", Planned, 1), ("perjanjian-kerja-sama", Planned, 1)],
        ),
        ("Penandatanganan MoU dijadwalkan bulan depan.", &[("mou", Planned, 1)]),
        ("Naskah PKS belum ditandatangani karena masih direvisi.", &[("perjanjian-kerja-sama", Planned, 1)]),
        ("Akhirnya MoU telah ditandatangani walau sempat akan ditunda.", &[("mou", Signed, 1)]),
    ];
    for (text, expected) in cases {
        let w: Vec<Want> = expected.iter().map(|(k, s, n)| want(k, *s, *n)).collect();
        run(text, &[], &[], &w);
    }
}

#[test]
fn parties_and_dates() {
    let orgs = [
        org(
            "Ombudsman Republik Indonesia Perwakilan Provinsi Jawa Tengah",
            &["Ombudsman Jateng"],
        ),
        org("Pemerintah Provinsi Jawa Tengah", &["Pemprov Jateng"]),
        org("Satuan Kerja Perangkat Daerah", &["SKPD"]),
    ];
    let text = "Pertemuan membahas penyelarasan nota kesepakatan antara Ombudsman Jateng dan Pemprov Jateng di Semarang.";
    run(
        text,
        &orgs,
        &[],
        &[Want {
            kind: "nota-kesepakatan",
            status: Drafting,
            parties: &[
                "Ombudsman Republik Indonesia Perwakilan Provinsi Jawa Tengah",
                "Pemerintah Provinsi Jawa Tengah",
            ],
            date: None,
            mentions: 1,
        }],
    );

    let text = "Sebanyak 12 SKPD di lingkup Pemprov Jateng menandatangani Perjanjian Kerja Sama (PKS) dengan Ombudsman Jateng pada Senin (4/7).";
    let dates = [date_at(text, "Senin (4/7)", "2022-07-04")];
    run(
        text,
        &orgs,
        &dates,
        &[Want {
            kind: "perjanjian-kerja-sama",
            status: Signed,
            parties: &[
                "Satuan Kerja Perangkat Daerah",
                "Pemerintah Provinsi Jawa Tengah",
                "Ombudsman Republik Indonesia Perwakilan Provinsi Jawa Tengah",
            ],
            date: Some("2022-07-04"),
            mentions: 2,
        }],
    );

    let text = "Rencananya, Nota Kesepakatan tersebut akan kami lakukan pada bulan April 2021. Rapat lain digelar 5 Mei 2021.";
    let dates = [
        date_at(text, "bulan April 2021", "2021-04"),
        date_at(text, "5 Mei 2021", "2021-05-05"),
    ];
    run(
        text,
        &orgs,
        &dates,
        &[Want {
            kind: "nota-kesepakatan",
            status: Planned,
            parties: &[],
            date: Some("2021-04"),
            mentions: 1,
        }],
    );
}

fn person(name: &str, title: &str, organization: Option<&str>, text: &str) -> Person {
    let start = text.find(name).unwrap_or(0);
    Person {
        name: name.to_string(),
        honorifics: Vec::new(),
        aliases: Vec::new(),
        roles: vec![crate::article::Role {
            title: title.to_string(),
            organization: organization.map(str::to_string),
            acting: None,
        }],
        mentions: vec![Mention::new(start, start + name.len())],
    }
}

/// (text, people as (name, title, organization), type, status, mentions, parties)
type PartyCase = (
    &'static str,
    &'static [(&'static str, &'static str, Option<&'static str>)],
    &'static str,
    AgreementStatus,
    usize,
    &'static [&'static str],
);

#[test]
fn parties_from_verbs_prepositions_and_roles() {
    let orgs = [
        org(
            "Badan Pengawas Pemilihan Umum Provinsi Bali",
            &["Bawaslu Bali"],
        ),
        org("Pemerintah Kabupaten Gianyar", &["Pemkab Gianyar"]),
        org("Pemerintah Provinsi Bali", &["Pemprov Bali"]),
        org("Universitas Udayana", &["Unud"]),
        org("Dinas Kesehatan Kabupaten Gianyar", &["Dinkes Gianyar"]),
    ];
    let cases: &[PartyCase] = &[
        // The subject and its `bersama` partner meet to draft; the later planned signing is
        // the same instrument, and the drafting it is in wins over the plan.
        (
            "Bawaslu Bali menggelar rapat bersama Pemkab Gianyar untuk membahas rancangan nota kesepakatan pengawasan. Nota kesepakatan ditargetkan ditandatangani pada Mei.",
            &[],
            "nota-kesepakatan",
            Drafting,
            2,
            &["Badan Pengawas Pemilihan Umum Provinsi Bali", "Pemerintah Kabupaten Gianyar"],
        ),
        // A head of government named by title alone after a passive signing verb.
        (
            "Nota kesepakatan ditargetkan ditandatangani Bupati Gianyar pada Maret.",
            &[],
            "nota-kesepakatan",
            Planned,
            1,
            &["Pemerintah Kabupaten Gianyar"],
        ),
        // Signers named with positions stand for their organizations.
        (
            "MoU itu ditandatangani oleh Gubernur Bali Made Arsana dan Rektor Unud Ketut Wirawan.",
            &[
                ("Made Arsana", "Gubernur Bali", Some("Pemerintah Provinsi Bali")),
                ("Ketut Wirawan", "Rektor Unud", Some("Universitas Udayana")),
            ],
            "mou",
            Signed,
            1,
            &["Pemerintah Provinsi Bali", "Universitas Udayana"],
        ),
        // A regional secretary signs for the government.
        (
            "Kesepakatan Bersama itu diteken Sekretaris Daerah Bali Nyoman Sumarta dan Rektor Unud Ketut Wirawan.",
            &[
                ("Nyoman Sumarta", "Sekretaris Daerah Bali", Some("Sekretariat Daerah Provinsi Bali")),
                ("Ketut Wirawan", "Rektor Unud", Some("Universitas Udayana")),
            ],
            "kesepakatan-bersama",
            Signed,
            1,
            &["Pemerintah Provinsi Bali", "Universitas Udayana"],
        ),
        // A signing subject named by person, the partner after `dengan`.
        (
            "Gubernur Bali Made Arsana menandatangani nota kesepahaman dengan Unud di Denpasar.",
            &[("Made Arsana", "Gubernur Bali", Some("Pemerintah Provinsi Bali"))],
            "mou",
            Signed,
            1,
            &["Pemerintah Provinsi Bali", "Universitas Udayana"],
        ),
        // A partner the instrument is being drafted with.
        (
            "Program itu ditindaklanjuti dengan perjanjian kerja sama yang sedang disusun bersama Dinkes Gianyar.",
            &[],
            "perjanjian-kerja-sama",
            Drafting,
            1,
            &["Dinas Kesehatan Kabupaten Gianyar"],
        ),
        // A speaker reporting on the drafting is not a party; the subject of the clause is.
        (
            "Kepala Dinkes Gianyar Wayan Sudana menjelaskan bahwa Pemkab Gianyar akan membuat nota kesepakatan dengan Unud.",
            &[("Wayan Sudana", "Kepala Dinkes Gianyar", Some("Dinas Kesehatan Kabupaten Gianyar"))],
            "nota-kesepakatan",
            Planned,
            1,
            &["Pemerintah Kabupaten Gianyar", "Universitas Udayana"],
        ),
        (
            "Kepala Dinkes Gianyar Wayan Sudana menjelaskan ada empat hal yang akan dituangkan dalam nota kesepakatan.",
            &[("Wayan Sudana", "Kepala Dinkes Gianyar", Some("Dinas Kesehatan Kabupaten Gianyar"))],
            "nota-kesepakatan",
            Planned,
            1,
            &[],
        ),
        // A drafting subject.
        (
            "Pemprov Bali dan Unud sedang merancang naskah perjanjian kerja sama riset.",
            &[],
            "perjanjian-kerja-sama",
            Drafting,
            1,
            &["Pemerintah Provinsi Bali", "Universitas Udayana"],
        ),
    ];
    for (text, people, kind, status, mentions, parties) in cases {
        let people: Vec<Person> = people
            .iter()
            .map(|(n, t, o)| person(n, t, *o, text))
            .collect();
        let doc = Doc::new(text, date!(2024 - 01 - 01), false);
        let got = find(&doc, &orgs, &people, &[]);
        let first = got.first();
        assert_eq!(
            first.map(|a| a.kind.as_str()),
            Some(*kind),
            "{text}\n{got:#?}"
        );
        assert_eq!(first.map(|a| a.status), Some(*status), "{text}\n{got:#?}");
        assert_eq!(
            first.map(|a| a.mentions.len()),
            Some(*mentions),
            "{text}\n{got:#?}"
        );
        let want: Vec<String> = parties.iter().map(|p| p.to_string()).collect();
        assert_eq!(
            first.map(|a| a.parties.clone()),
            Some(want),
            "{text}\n{got:#?}"
        );
    }
}

#[test]
fn places_and_witnesses_are_not_parties() {
    let orgs = [
        org("Pemerintah Kabupaten Gianyar", &["Pemkab Gianyar"]),
        org("Komisi Pemberantasan Korupsi", &["KPK"]),
    ];
    let cases: &[&str] = &[
        "Pakta integritas itu ditandatangani di Kantor Bupati Gianyar kemarin.",
        "Pakta integritas itu ditandatangani di hadapan KPK kemarin.",
        "Kesepakatan bersama itu dibacakan di Pemkab Gianyar.",
    ];
    for text in cases {
        let doc = Doc::new(text, date!(2024 - 01 - 01), false);
        let got = find(&doc, &orgs, &[], &[]);
        assert!(got.iter().all(|a| a.parties.is_empty()), "{text}\n{got:#?}");
    }
}

#[test]
fn a_drafted_instrument_named_first_is_found() {
    let cases: &[StatusCase] = &[
        (
            "Rapat membahas rancangan perjanjian kerja sama. PKS itu ditargetkan diteken Juni.",
            &[("perjanjian-kerja-sama", Drafting, 2)],
        ),
        (
            "Dinas menyusun draf nota kesepakatan. Nota kesepakatan itu akan diteken bulan depan.",
            &[("nota-kesepakatan", Drafting, 2)],
        ),
        // `draf tersebut` right after an instrument is that instrument; far from any, or
        // after a record, it is nothing.
        (
            "Dinas membahas nota kesepahaman soal air. Kepala dinas mengatakan draf tersebut masih disempurnakan.",
            &[("mou", Drafting, 2)],
        ),
        ("Kepala dinas mengatakan draf tersebut masih disempurnakan.", &[]),
        (
            "Kedua pihak menandatangani berita acara serah terima. Draf tersebut disusun bagian hukum.",
            &[("berita-acara", Signed, 1)],
        ),
        // A bare `kesepakatan` just signed is the instrument named before; otherwise it is
        // an accord, not an instrument.
        (
            "Kedua daerah menyepakati Kesepakatan Bersama soal batas. Kesepakatan diteken bupati kemarin.",
            &[("kesepakatan-bersama", Signed, 2)],
        ),
        ("Kesepakatan diteken kedua pihak kemarin.", &[]),
        ("Rapat mencapai kesepakatan soal jadwal. Perjanjian dibahas lagi.", &[]),
        (
            "Gubernur menghadiri rapat. Kesepakatan bersama ditandatangani bupati dan rektor.",
            &[("kesepakatan-bersama", Signed, 1)],
        ),
        (
            "Kabupaten merumuskan Kesepakatan Bersama soal sampah. Ia menyebut kesepakatan bersama itu memuat tiga pasal.",
            &[("kesepakatan-bersama", Drafting, 2)],
        ),
    ];
    for (text, expected) in cases {
        let w: Vec<Want> = expected.iter().map(|(k, s, n)| want(k, *s, *n)).collect();
        run(text, &[], &[], &w);
    }
}

fn both_names() -> Vec<String> {
    vec![
        "Universitas Udayana".to_string(),
        "Pemerintah Kabupaten Gianyar".to_string(),
    ]
}

#[test]
fn both_parties_named_earlier() {
    let orgs = [
        org("Universitas Udayana", &["Unud"]),
        org("Pemerintah Kabupaten Gianyar", &["Pemkab Gianyar"]),
    ];
    let text = "Unud menandatangani PKS dengan Pemkab Gianyar. PKS itu turunan dari MoU yang telah ditandatangani kedua belah pihak pada 2020.";
    let doc = Doc::new(text, date!(2024 - 01 - 01), false);
    let got = find(&doc, &orgs, &[], &[]);
    let parties: Vec<(&str, Vec<String>)> = got
        .iter()
        .map(|a| (a.kind.as_str(), a.parties.clone()))
        .collect();
    let both = vec![
        "Universitas Udayana".to_string(),
        "Pemerintah Kabupaten Gianyar".to_string(),
    ];
    assert_eq!(
        parties,
        vec![("perjanjian-kerja-sama", both.clone()), ("mou", both)],
        "{got:#?}"
    );
    // Else the pair named before: `X dan Y sepakat ...`.
    let text = "Unud dan Pemkab Gianyar sepakat memperbaiki layanan. Kepala Unud mengatakan kedua lembaga akan menandatangani MoU tahun depan.";
    let doc = Doc::new(text, date!(2024 - 01 - 01), false);
    let got = find(&doc, &orgs, &[], &[]);
    assert_eq!(
        got.first().map(|a| a.parties.clone()),
        Some(both_names()),
        "{got:#?}"
    );
    // Without another instrument or a pair to name them, `kedua pihak` gives no parties.
    let text = "Berita acara itu ditandatangani kedua pihak kemarin.";
    let doc = Doc::new(text, date!(2024 - 01 - 01), false);
    let got = find(&doc, &orgs, &[], &[]);
    assert!(got.iter().all(|a| a.parties.is_empty()), "{got:#?}");
}
