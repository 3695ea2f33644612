use time::macros::date;

use super::*;

fn laws(text: &str) -> Vec<Law> {
    find(&Doc::new(text, date!(2024 - 01 - 01), false))
}

/// (text, [(kind, number, year, subject, cited text)])
type Case = (
    &'static str,
    &'static [(
        &'static str,
        Option<&'static str>,
        Option<i32>,
        Option<&'static str>,
        &'static str,
    )],
);

#[test]
fn citations() {
    let cases: &[Case] = &[
        (
            "sebagaimana diamanahkan oleh Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik, kata dia.",
            &[("UU", Some("25"), Some(2009), Some("Pelayanan Publik"),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik")],
        ),
        (
            "Hal itu diatur dalam UU No. 37 Tahun 2008.",
            &[("UU", Some("37"), Some(2008), Some("Ombudsman Republik Indonesia"), "UU No. 37 Tahun 2008")],
        ),
        (
            "Pelapor merujuk UU 25/2009 dan PP No. 12 Tahun 2017 dalam suratnya.",
            &[
                ("UU", Some("25"), Some(2009), Some("Pelayanan Publik"), "UU 25/2009"),
                ("PP", Some("12"), Some(2017),
                    Some("Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Daerah"),
                    "PP No. 12 Tahun 2017"),
            ],
        ),
        (
            "Menurut UU Nomor 23/2014 tentang Pemerintahan Daerah yang berlaku, provinsi berwenang.",
            &[("UU", Some("23"), Some(2014), Some("Pemerintahan Daerah"),
                "UU Nomor 23/2014 tentang Pemerintahan Daerah")],
        ),
        (
            "Aturannya ada di Peraturan Menteri Dalam Negeri Nomor 12 Tahun 2017 tentang pedoman umum dan berlaku sejak lama.",
            &[("Permen", Some("12"), Some(2017), Some("pedoman umum"),
                "Peraturan Menteri Dalam Negeri Nomor 12 Tahun 2017 tentang pedoman umum")],
        ),
        (
            "Sesuai Permendagri No 90 tahun 2019, kode rekening berubah.",
            &[("Permen", Some("90"), Some(2019), None, "Permendagri No 90 tahun 2019")],
        ),
        (
            "Pemprov menerbitkan Peraturan Daerah Provinsi Kalimantan Barat Nomor 5 Tahun 2019 tentang Pajak Daerah.",
            &[("Perda", Some("5"), Some(2019), Some("Pajak Daerah"),
                "Peraturan Daerah Provinsi Kalimantan Barat Nomor 5 Tahun 2019 tentang Pajak Daerah")],
        ),
        (
            "Pergub Nomor 48 Tahun 2020 dan Perwal No. 3 Tahun 2021 sudah terbit.",
            &[
                ("Pergub", Some("48"), Some(2020), None, "Pergub Nomor 48 Tahun 2020"),
                ("Perwal", Some("3"), Some(2021), None, "Perwal No. 3 Tahun 2021"),
            ],
        ),
        (
            "Perppu Nomor 1 Tahun 2020 diterbitkan, lalu Perpres Nomor 76 Tahun 2013 dikutip.",
            &[
                ("Perppu", Some("1"), Some(2020), None, "Perppu Nomor 1 Tahun 2020"),
                ("Perpres", Some("76"), Some(2013), Some("Pengelolaan Pengaduan Pelayanan Publik"),
                    "Perpres Nomor 76 Tahun 2013"),
            ],
        ),
        (
            "Keppres Nomor 12 Tahun 2020 dan Inpres No 1 Tahun 2022 disebut.",
            &[
                ("Keppres", Some("12"), Some(2020), None, "Keppres Nomor 12 Tahun 2020"),
                ("Inpres", Some("1"), Some(2022), None, "Inpres No 1 Tahun 2022"),
            ],
        ),
        (
            "Dasarnya PMK Nomor 190/PMK.05/2012 tentang tata cara pembayaran.",
            &[("Permen", Some("190/PMK.05"), Some(2012), Some("tata cara pembayaran"),
                "PMK Nomor 190/PMK.05/2012 tentang tata cara pembayaran")],
        ),
        (
            "UU 19/2016 tentang Perubahan atas UU Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik berlaku.",
            &[
                ("UU", Some("19"), Some(2016),
                    Some("Perubahan atas UU Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik"),
                    "UU 19/2016 tentang Perubahan atas UU Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik"),
                // The amended statute is cited too.
                ("UU", Some("11"), Some(2008), Some("Informasi dan Transaksi Elektronik"),
                    "UU Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik"),
            ],
        ),
        (
            "Dalam Perppu 1 / 2017 dan PMK Nomor 207/PMK.010 / 2016 diatur.",
            &[
                ("Perppu", Some("1"), Some(2017), None, "Perppu 1 / 2017"),
                ("Permen", Some("207/PMK.010"), Some(2016), None, "PMK Nomor 207/PMK.010 / 2016"),
            ],
        ),
        (
            "Keppres Nomor 18 Tahun 2017 tentang Cuti Bersama 2017 pada 15 Juni 2017 terbit.",
            &[("Keppres", Some("18"), Some(2017), Some("Cuti Bersama 2017"),
                "Keppres Nomor 18 Tahun 2017 tentang Cuti Bersama 2017")],
        ),
        (
            "Ia dijerat UU Nomor 30 / 2002 tentang KPK dan Undang-Undang Nomor 44 Tahun 2008 tentang Pornografi dengan ancaman penjara.",
            &[
                ("UU", Some("30"), Some(2002), Some("KPK"), "UU Nomor 30 / 2002 tentang KPK"),
                ("UU", Some("44"), Some(2008), Some("Pornografi"),
                    "Undang-Undang Nomor 44 Tahun 2008 tentang Pornografi"),
            ],
        ),
        (
            "Sesuai Peraturan Kapolri (Perkap) Nomor 1 Tahun 2009 dan PKPU Nomor 7 Tahun 2017, semua siap.",
            &[
                ("Perkap", Some("1"), Some(2009), None, "Peraturan Kapolri (Perkap) Nomor 1 Tahun 2009"),
                ("PKPU", Some("7"), Some(2017), None, "PKPU Nomor 7 Tahun 2017"),
            ],
        ),
        (
            "Pasal 28 UUD 1945 menjamin kebebasan berpendapat.",
            &[("UUD", None, Some(1945), None, "UUD 1945")],
        ),
        (
            "Ia dijerat UU ITE karena unggahannya.",
            &[("UU", Some("11"), Some(2008), Some("Informasi dan Transaksi Elektronik"), "UU ITE")],
        ),
        (
            "Perda tentang retribusi belum ada; PP 2020 bukan sebuah aturan; Uu 25 nama orang.",
            &[],
        ),
    ];
    for (text, want) in cases {
        let got = laws(text);
        assert_eq!(got.len(), want.len(), "{text}: {got:#?}");
        for (law, (kind, number, year, subject, cited)) in got.iter().zip(want.iter()) {
            assert_eq!(law.kind, *kind, "{text}");
            assert_eq!(law.number.as_deref(), *number, "{text}");
            assert_eq!(law.year, *year, "{text}");
            assert_eq!(law.subject.as_deref(), *subject, "{text}");
            assert_eq!(law.text, *cited, "{text}");
            assert_eq!(&text[law.start..law.end], *cited, "{text}");
        }
    }
}

#[test]
fn year_inferred_only_in_context() {
    // The Ombudsman Act is number 37; a bare `UU no 37` in a story about the Ombudsman is it.
    let got =
        laws("Menurut Ombudsman, ini amanah dari UU no 37 bahwa tugasnya membangun koordinasi.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].number.as_deref(), Some("37"));
    assert_eq!(got[0].year, Some(2008));
    assert_eq!(got[0].inferred, ["year", "subject"]);
    assert_eq!(got[0].text, "UU no 37");
    // Without that context the year stays unknown.
    let got = laws("Ini amanah dari UU no 37 bahwa semua berjalan.");
    assert_eq!(got[0].year, None);
    assert!(got[0].inferred.is_empty());
    // A second citation of the same statute lends its year.
    let got = laws("UU Nomor 5 Tahun 2014 mengatur hal itu. Pasal 3 UU No 5 juga.");
    assert_eq!(got[1].year, Some(2014));
    assert_eq!(got[1].inferred, ["year"]);
}

#[test]
fn articles_stay_with_their_law() {
    let text = "Hal ini melanggar Pasal 31 Ayat (2) huruf c UU Nomor 25 Tahun 2009, dan juga UU 30/2014 Pasal 17.";
    let got = laws(text);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].articles, ["Pasal 31 Ayat (2) huruf c"]);
    assert_eq!(got[1].articles, ["Pasal 17"]);
}

#[test]
fn year_of_a_citation_is_inside_its_span() {
    let text = "Berdasarkan UU Nomor 14 Tahun 2008, informasi itu terbuka sejak Tahun 2009.";
    let got = laws(text);
    assert_eq!(got.len(), 1);
    let tahun = text.find("Tahun 2008").unwrap_or(0);
    assert!(got[0].start <= tahun && tahun + 10 <= got[0].end);
    assert!(got[0].end < text.find("sejak").unwrap_or(0));
}

#[test]
fn never_panics_on_odd_text() {
    for text in [
        "",
        "UU",
        "UU No.",
        "Nomor 5 tentang",
        "UU 1/",
        "tentang UU Nomor 1 Tahun 2020 tentang",
        "Perda ü Nomor 5 tentang éé",
    ] {
        for law in laws(text) {
            assert!(text.is_char_boundary(law.start) && text.is_char_boundary(law.end));
        }
    }
}

/// Generated texts from pieces that trigger every recognizer of this family, mixed with
/// multi-byte characters: no panic, every span on char boundaries and in range.
#[test]
fn generated_texts_keep_spans_valid() {
    const PIECES: &[&str] = &[
        "UU",
        " Nomor ",
        "25",
        " Tahun ",
        "2009",
        " tentang ",
        "Pelayanan",
        " / ",
        "\"",
        "\u{201C}",
        "\u{201D}",
        ", ujar ",
        "Agus",
        "nya",
        " MoU ",
        "(",
        ")",
        " PKS ",
        "ditandatangani",
        ".",
        "\n",
        "\n\n",
        "é",
        "ü",
        "Pasal 5",
        " kata ",
        "'",
        "Perppu",
        "No.",
        "akan",
        "draf",
        "kesepakatan",
        " antara ",
        "\u{2014}",
        "Rp",
        "1/",
        "dan",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let people = [crate::article::Person {
        name: "Agus Salim".into(),
        honorifics: Vec::new(),
        aliases: vec!["Agus".into()],
        roles: Vec::new(),
        mentions: Vec::new(),
    }];
    for _ in 0..400 {
        let mut text = String::new();
        for _ in 0..30 {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            text.push_str(PIECES[(seed >> 33) as usize % PIECES.len()]);
        }
        let doc = Doc::new(&text, date!(2024 - 01 - 01), false);
        for law in find(&doc) {
            assert!(law.start <= law.end && law.end <= text.len());
            assert!(
                text.is_char_boundary(law.start) && text.is_char_boundary(law.end),
                "{text:?}"
            );
        }
        for q in crate::extract::quotes::find(&doc, &people) {
            assert!(q.start <= q.end && q.end <= text.len());
            assert!(
                text.is_char_boundary(q.start) && text.is_char_boundary(q.end),
                "{text:?}"
            );
        }
        for a in crate::extract::agreements::find(&doc, &[], &[], &[]) {
            for m in a.mentions {
                assert!(text.get(m.start..m.end).is_some(), "{text:?}");
            }
        }
    }
}

#[test]
fn every_kind_has_triggers() {
    assert_eq!(KIND_TRIGGERS.len(), KINDS.len());
    assert_eq!((KINDS[UUD].1, KINDS[UU].1), ("UUD", "UU"));
    for (triggers, (_, kind)) in KIND_TRIGGERS.iter().zip(KINDS) {
        assert!(!triggers.is_empty(), "{kind}");
        for t in *triggers {
            assert_eq!(*t, t.to_ascii_lowercase(), "{kind}: {t}");
        }
    }
}

#[test]
fn kinds_found_in_any_case() {
    for (written, kind) in [
        (
            "PERATURAN MENTERI Dalam Negeri Nomor 12 Tahun 2017",
            "Permen",
        ),
        ("KEPUTUSAN PRESIDEN Nomor 7 Tahun 2019", "Keppres"),
        ("INSTRUKSI PRESIDEN Nomor 1 Tahun 2020", "Inpres"),
        ("Kepmendagri Nomor 3 Tahun 2021", "Kepmen"),
        ("UNDANG-UNDANG Nomor 25 Tahun 2009", "UU"),
        ("Perppu No. 1 Tahun 2020", "Perppu"),
    ] {
        let found = laws(written);
        assert_eq!(
            found.first().map(|l| l.kind.as_str()),
            Some(kind),
            "{written}"
        );
    }
}
