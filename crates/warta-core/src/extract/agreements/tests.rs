use time::macros::date;

use super::*;
use crate::article::OrgKind;

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
    let got = find(&doc, orgs, dates);
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
