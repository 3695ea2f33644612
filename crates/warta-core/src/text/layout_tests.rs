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
