//! Layout forms, one short article per case.

use super::*;

/// What a case expects; `None` fields are not checked.
#[derive(Default)]
struct Want {
    title: Option<Option<&'static str>>,
    published: Option<Option<&'static str>>,
    byline: Option<Option<&'static str>>,
    place: Option<Option<&'static str>>,
    outlet: Option<Option<&'static str>>,
    body: Option<&'static str>,
    removed: Option<&'static [&'static str]>,
    credits: Option<&'static [&'static str]>,
}

fn check(text: &str, given: Option<&str>, want: &Want) {
    let got = split(text, given);
    let ctx = format!("split({text:?})");
    if let Some(t) = want.title {
        assert_eq!(got.title.as_deref(), t, "title of {ctx}");
    }
    if let Some(p) = want.published {
        let iso = got.published.map(crate::extract::dates::iso);
        assert_eq!(iso.as_deref(), p, "published of {ctx}");
    }
    if let Some(b) = want.byline {
        assert_eq!(got.byline.as_deref(), b, "byline of {ctx}");
    }
    let place = got.dateline.as_ref().and_then(|d| d.place.as_deref());
    let outlet = got.dateline.as_ref().and_then(|d| d.outlet.as_deref());
    if let Some(p) = want.place {
        assert_eq!(place, p, "dateline place of {ctx}");
    }
    if let Some(o) = want.outlet {
        assert_eq!(outlet, o, "dateline outlet of {ctx}");
    }
    if let Some(b) = want.body {
        assert_eq!(got.body, b, "body of {ctx}");
    }
    if let Some(r) = want.removed {
        assert_eq!(got.removed, r, "removed of {ctx}");
    }
    if let Some(c) = want.credits {
        assert_eq!(got.credits, c, "credits of {ctx}");
    }
}

#[test]
fn markdown_heading_and_bold_date_line() {
    check(
        "\n\n## **GUBERNUR RESMIKAN JEMBATAN**\n\n**Selasa, 3 Maret 2020 - Rina Wati**\n\n\
         Selasa (03/03/2020) - Gubernur Kalteng meresmikan jembatan.\n\nWarga senang.",
        None,
        &Want {
            title: Some(Some("GUBERNUR RESMIKAN JEMBATAN")),
            published: Some(Some("2020-03-03")),
            byline: Some(Some("Rina Wati")),
            place: Some(None),
            body: Some(
                "Selasa (03/03/2020) - Gubernur Kalteng meresmikan jembatan.\n\nWarga senang.",
            ),
            ..Want::default()
        },
    );
}

#[test]
fn hash_heading_desk_tag_and_glued_credit() {
    check(
        "# PEMKOT DAN OMBUDSMAN TEKEN KESEPAKATAN\n\nJum'at, 5 Juni 2020 - kalteng\n\n\
         PALANGKA RAYA - Pemkot menerima tim Ombudsman.\n\nHadir pula Inspektorat.(AB/ORI-Kalteng)",
        None,
        &Want {
            title: Some(Some("PEMKOT DAN OMBUDSMAN TEKEN KESEPAKATAN")),
            published: Some(Some("2020-06-05")),
            byline: Some(None),
            place: Some(Some("Palangka Raya")),
            body: Some("Pemkot menerima tim Ombudsman.\n\nHadir pula Inspektorat."),
            credits: Some(&["AB/ORI-Kalteng"]),
            ..Want::default()
        },
    );
}

#[test]
fn banners_outlet_dateline_team_credit_and_likes() {
    check(
        "banner 160x600 banner 160x600\n\nBupati Terima Kunjungan Ombudsman\n\nbanner 160x600\n\n \n\n\
         Sintang, KalbarNews.Com – Bupati menerima kunjungan.\n\n“Kami siap”, kata Bupati.\n\n\
         (Tim)\n\n%d blogger menyukai ini:",
        None,
        &Want {
            title: Some(Some("Bupati Terima Kunjungan Ombudsman")),
            published: Some(None),
            place: Some(Some("Sintang")),
            outlet: Some(Some("KalbarNews.Com")),
            body: Some("Bupati menerima kunjungan.\n\n“Kami siap”, kata Bupati."),
            removed: Some(&[
                "banner 160x600 banner 160x600",
                "banner 160x600",
                "%d blogger menyukai ini:",
            ]),
            credits: Some(&["Tim"]),
            ..Want::default()
        },
    );
}

#[test]
fn reading_time_glued_broken_line_and_code_credit() {
    check(
        "Pemprov Jalin Kerja Sama dengan Ombudsman\n3 min readMARTAPURA – Sebanyak 12 SKPD menandatangani PKS.\n\
         “Layanan harus prima dan bersentuhan langsung dengan\nmasyarakat,” ucap Gubernur.\n\
         Kerja sama berlanjut,” tutupnya. (ABC/DEF/GHI)",
        None,
        &Want {
            title: Some(Some("Pemprov Jalin Kerja Sama dengan Ombudsman")),
            place: Some(Some("Martapura")),
            body: Some(
                "Sebanyak 12 SKPD menandatangani PKS.\n\n“Layanan harus prima dan bersentuhan \
                 langsung dengan masyarakat,” ucap Gubernur.\n\nKerja sama berlanjut,” tutupnya.",
            ),
            removed: Some(&["3 min read"]),
            credits: Some(&["ABC/DEF/GHI"]),
            ..Want::default()
        },
    );
}

#[test]
fn indosum_style_outlets() {
    let cases: &[(&str, Option<&str>, Option<&str>, &str)] = &[
        (
            "JAKARTA, KOMPAS.com - Presiden meminta.",
            Some("Jakarta"),
            Some("KOMPAS.com"),
            "Presiden meminta.",
        ),
        (
            "Suara.com - Cerita bocor.",
            None,
            Some("Suara.com"),
            "Cerita bocor.",
        ),
        (
            "Jakarta (ANTARA) - Pemerintah menyiapkan.",
            Some("Jakarta"),
            Some("ANTARA"),
            "Pemerintah menyiapkan.",
        ),
        (
            "Liputan6.com, Jakarta - Menteri hadir.",
            Some("Jakarta"),
            Some("Liputan6.com"),
            "Menteri hadir.",
        ),
        (
            "Jakarta, CNN Indonesia - - Pelatih yakin.",
            Some("Jakarta"),
            Some("CNN Indonesia"),
            "Pelatih yakin.",
        ),
    ];
    for (text, place, outlet, body) in cases {
        let full = format!("{text}\n\nBaca juga: Berita Lain Hari Ini\n\nParagraf dua.");
        let got = split(&full, None);
        assert_eq!(got.title, None, "{text}");
        let d = got.dateline.unwrap_or(Dateline {
            place: None,
            outlet: None,
        });
        assert_eq!(d.place.as_deref(), *place, "{text}");
        assert_eq!(d.outlet.as_deref(), *outlet, "{text}");
        assert_eq!(got.body, format!("{body}\n\nParagraf dua."), "{text}");
        assert_eq!(got.removed, ["Baca juga: Berita Lain Hari Ini"], "{text}");
    }
}

#[test]
fn given_title_and_repeated_title_line() {
    check(
        "Gubernur Resmikan Jembatan\n\nPONTIANAK - Gubernur meresmikan jembatan.",
        Some("Gubernur Resmikan Jembatan"),
        &Want {
            title: Some(Some("Gubernur Resmikan Jembatan")),
            place: Some(Some("Pontianak")),
            body: Some("Gubernur meresmikan jembatan."),
            ..Want::default()
        },
    );
    check(
        "Pendek tanpa titik\n\nKalimat kedua.",
        Some("Judul Lain"),
        &Want {
            title: Some(Some("Judul Lain")),
            body: Some("Pendek tanpa titik\n\nKalimat kedua."),
            ..Want::default()
        },
    );
}

#[test]
fn widgets_staff_lines_and_author_byline() {
    check(
        "Judul Berita Daerah\n\nSAMARINDA - Isi berita.\n\nAdvertisement\n\nIsi lanjut.\n\n\
         Penulis: Ani Lestari\nEditor: Budi\n\nShare this:\nTwitter\nFacebook\nWhatsApp\n\n\
         Like this:\nSuka ini:\nTerkait",
        None,
        &Want {
            title: Some(Some("Judul Berita Daerah")),
            byline: Some(Some("Ani Lestari")),
            place: Some(Some("Samarinda")),
            body: Some("Isi berita.\n\nIsi lanjut."),
            removed: Some(&[
                "Advertisement",
                "Penulis: Ani Lestari",
                "Editor: Budi",
                "Share this:",
                "Twitter",
                "Facebook",
                "WhatsApp",
                "Like this:",
                "Suka ini:",
                "Terkait",
            ]),
            ..Want::default()
        },
    );
}

#[test]
fn editor_is_the_byline_of_last_resort() {
    let got = split(
        "Judul Berita Daerah\n\nIsi berita.\n\nEditor: Budi\nReporter: Ani",
        None,
    );
    assert_eq!(got.byline.as_deref(), Some("Ani"));
    let got = split("Judul Berita Daerah\n\nIsi berita.\n\nEditor: Budi", None);
    assert_eq!(got.byline.as_deref(), Some("Budi"));
    assert_eq!(got.body, "Isi berita.");
}

#[test]
fn blank_separated_paragraphs_join_wrapped_lines() {
    check(
        "Judul\n\nTARAKAN - Wali Kota bertemu\nKepala Perwakilan Ombudsman di kantornya.\n\nParagraf dua.",
        None,
        &Want {
            body: Some("Wali Kota bertemu Kepala Perwakilan Ombudsman di kantornya.\n\nParagraf dua."),
            ..Want::default()
        },
    );
}

#[test]
fn body_without_headline() {
    check(
        "Gubernur Kalbar menerima kunjungan Ombudsman. Pertemuan membahas layanan.\n\nParagraf dua.",
        None,
        &Want {
            title: Some(None),
            body: Some(
                "Gubernur Kalbar menerima kunjungan Ombudsman. Pertemuan membahas layanan.\n\nParagraf dua.",
            ),
            ..Want::default()
        },
    );
}

#[test]
fn site_name_after_headline() {
    let cases: &[(&str, &str)] = &[
        (
            "Gubernur Tinjau Banjir di Sintang | Kompas.com",
            "Gubernur Tinjau Banjir di Sintang",
        ),
        (
            "Gubernur Tinjau Banjir di Sintang - Tribunnews",
            "Gubernur Tinjau Banjir di Sintang",
        ),
        (
            "Gubernur Tinjau Banjir - Warga Mengungsi",
            "Gubernur Tinjau Banjir - Warga Mengungsi",
        ),
        (
            "UU 25/2009 | Ombudsman.go.id",
            "UU 25/2009 | Ombudsman.go.id",
        ),
    ];
    for (title, want) in cases {
        let text = format!("{title}\n\nIsi berita.");
        assert_eq!(split(&text, None).title.as_deref(), Some(*want), "{title}");
        assert_eq!(
            split("Isi berita.", Some(title)).title.as_deref(),
            Some(*want),
            "{title}"
        );
    }
}

#[test]
fn headline_or_lead() {
    let cases: &[(&str, Option<&str>)] = &[
        ("Siapa di antara kalian yang hobi membuat kue atau roti?\n\nKue enak.", None),
        ("Apa Kabar Reformasi Birokrasi di Daerah?\n\nIsi berita.", Some("Apa Kabar Reformasi Birokrasi di Daerah?")),
        ("Gubernur resmikan jalan tol baru\n\nIsi berita.", Some("Gubernur resmikan jalan tol baru")),
        ("Bintang Atletico Madrid mengungkapkan tekadnya untuk segera kembali pulih demi laga berikutnya di kandang\n\nIsi.", None),
        ("Tim Cook, CEO Apple (Foto: Reuters)\n\nCEO Apple bertemu presiden.", None),
        ("Merdeka.com -\n\nAksi perundungan kembali terjadi.", None),
        ("Judul Saja", None),
        ("GUBERNUR TINJAU BANJIR - WARGA MENGUNGSI\n\nIsi.", Some("GUBERNUR TINJAU BANJIR - WARGA MENGUNGSI")),
        ("PONTIANAK - Gubernur meninjau banjir\n\nIsi.", None),
        ("B\n\nagi penikmat kopi, ini kabar baik.", None),
    ];
    for (text, want) in cases {
        assert_eq!(
            split(text, None).title.as_deref(),
            *want,
            "title of {text:?}"
        );
    }
    let got = split("Merdeka.com -\n\nAksi perundungan kembali terjadi.", None);
    assert_eq!(got.body, "Aksi perundungan kembali terjadi.");
    assert_eq!(
        got.dateline.and_then(|d| d.outlet).as_deref(),
        Some("Merdeka.com")
    );
}

#[test]
fn furniture_above_the_headline_does_not_use_up_the_head() {
    let text = "Beranda » Berita\nShare\nTweet\nWhatsApp\nbanner 120x600\nAdvertisement\nTerkait\n\
                Gubernur Tinjau Banjir\nSenin, 2 Maret 2020 - Rudi\nPONTIANAK - Gubernur meninjau banjir.";
    let got = split(text, None);
    assert_eq!(got.title.as_deref(), Some("Gubernur Tinjau Banjir"));
    assert_eq!(got.byline.as_deref(), Some("Rudi"));
    assert_eq!(got.body, "Gubernur meninjau banjir.");
}

#[test]
fn scrambled_pieces_never_panic() {
    const PIECES: &[&str] = &[
        "(",
        ")",
        "**",
        "# ",
        "PONTIANAK -",
        "Senin, 20 Januari 2020 - ",
        "\n",
        "\n\n",
        "é\u{301}",
        "“",
        "”",
        ".",
        " ",
        "(Tim)",
        "2 min read",
        "banner 120x600",
        "Baca juga: x",
        "Dr.",
        "09.00",
        "anak-anak",
        "👍🏽",
        "–",
        "S.H.,",
        "(AB/CD)",
        "kata",
        "Jakarta (ANTARA) -",
        "\u{A0}",
        "\r",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..3_000 {
        let mut text = String::new();
        for _ in 0..(seed % 24) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
        }
        let normalized = crate::text::normalize::normalize(&text);
        let got = split(&normalized, None);
        assert!(!got.body.lines().any(|l| l == "banner 120x600"), "{text:?}");
        for r in crate::lang::sentences::sentence_spans(&got.body)
            .into_iter()
            .chain(crate::lang::words::word_spans(&got.body))
            .chain(crate::lang::words::token_spans(&got.body))
        {
            assert!(got.body.get(r.clone()).is_some(), "{r:?} in {:?}", got.body);
        }
    }
}

#[test]
fn degenerate_inputs_do_not_panic() {
    let long = "(".repeat(10_000);
    let inputs = [
        "",
        " ",
        "\n\n\n",
        "#",
        "**",
        "****",
        "# \n**\n",
        "(Tim)",
        "2 min read",
        "PONTIANAK -",
        "Senin, 20 Januari 2020 -",
        "é\u{301} – “",
        long.as_str(),
    ];
    for input in inputs {
        let got = split(input, None);
        assert!(!got.body.contains("min read"), "{input:?}");
        let _ = split(input, Some(input));
    }
}
