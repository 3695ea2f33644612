//! End-to-end tests of recognition and resolution on sentences of our own.

use crate::article::OrgKind;
use time::macros::date;

use super::*;

fn run(text: &str) -> Entities {
    let doc = Doc::new(text, date!(2024 - 01 - 01), false);
    entities(&doc, None)
}

#[test]
fn ombudsman_offices_are_one_and_distinct_from_the_government() {
    let text = "Kepala Perwakilan Ombudsman RI Provinsi Sulawesi Selatan, Andi Baso menerima Kepala Biro Hukum Setda Provinsi Sulsel, Nurhayati. \
        Kerja sama antara Pemprov Sulsel dan Ombudsman Sulsel terus berjalan. \"Kami mendukung,\" ujar Andi. (HN/ORI-Sulsel)";
    let e = run(text);
    let names: Vec<_> = e.organizations.iter().map(|o| o.name.as_str()).collect();
    assert!(
        names.contains(&"Ombudsman Republik Indonesia Perwakilan Provinsi Sulawesi Selatan"),
        "{names:?}"
    );
    assert!(
        names.contains(&"Pemerintah Provinsi Sulawesi Selatan"),
        "{names:?}"
    );
    assert!(
        names.contains(&"Biro Hukum Sekretariat Daerah Provinsi Sulawesi Selatan"),
        "{names:?}"
    );
    let ori = e
        .organizations
        .iter()
        .find(|o| o.name.starts_with("Ombudsman"))
        .unwrap();
    assert_eq!(ori.mentions.len(), 3, "{ori:?}");
    assert_eq!(ori.region.as_deref(), Some("Sulawesi Selatan"));
    let andi = e
        .people
        .iter()
        .find(|p| p.name == "Andi Baso")
        .expect("Andi Baso");
    assert_eq!(andi.aliases, vec!["Andi"]);
    assert_eq!(
        andi.roles[0].title,
        "Kepala Perwakilan Ombudsman RI Provinsi Sulawesi Selatan"
    );
    assert!(e.places.iter().any(|p| p.name == "Sulawesi Selatan"));
}

#[test]
fn nickname_and_acting_and_on_behalf() {
    let text = "Acara dibuka Wali Kota Padang Hendri Septa. \"Kita siap,\" ucap Buya Hendri (sapaan akrabnya). \
        Rudi Hartono mewakili Pj. Gubernur Sumatera Barat, Rudi menyampaikan terima kasih. \
        Hadir pula Plt. Kepala Dinas Kesehatan Kota Padang, Srikurnia Yati.";
    let e = run(text);
    let hendri = e
        .people
        .iter()
        .find(|p| p.name == "Hendri Septa")
        .expect("Hendri");
    assert!(
        hendri.aliases.contains(&"Buya Hendri".to_string()),
        "{hendri:?}"
    );
    assert_eq!(
        hendri.roles[0].organization.as_deref(),
        Some("Pemerintah Kota Padang")
    );
    let rudi = e
        .people
        .iter()
        .find(|p| p.name == "Rudi Hartono")
        .expect("Rudi");
    assert!(rudi.roles.is_empty(), "{rudi:?}");
    assert!(rudi.aliases.contains(&"Rudi".to_string()));
    let yati = e
        .people
        .iter()
        .find(|p| p.name == "Srikurnia Yati")
        .expect("Yati");
    assert_eq!(yati.roles[0].acting, Some(crate::article::Acting::Plt));
}

#[test]
fn acronyms_link_both_ways_and_mentions_are_names_only() {
    let text = "Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD) Kabupaten Sleman hadir. Kepala BPKAD, Dr. Ir. Wahyu Utomo, M.Si., mengatakan laporan selesai.";
    let e = run(text);
    let b = e
        .organizations
        .iter()
        .find(|o| o.acronym.as_deref() == Some("BPKAD"))
        .expect("BPKAD");
    assert_eq!(b.mentions.len(), 3, "{b:?}");
    let w = e
        .people
        .iter()
        .find(|p| p.name == "Wahyu Utomo")
        .expect("Wahyu");
    assert_eq!(w.honorifics, vec!["Dr.", "Ir.", "M.Si."]);
    for m in &w.mentions {
        assert_eq!(&text[m.start..m.end], "Wahyu Utomo");
    }
}

/// (sentence, person name, expected aliases, expected role titles)
type PersonCase<'a> = (&'a str, &'a str, &'a [&'a str], &'a [&'a str]);

#[test]
fn people_table() {
    let cases: &[PersonCase] = &[
        // Title before the name, no comma; region short form inside the title.
        ("Wakil Gubernur Sumut Musa Rajekshah meninjau banjir.", "Musa Rajekshah", &[], &["Wakil Gubernur Sumut"]),
        // Title, comma, honorifics, degrees.
        (
            "Kepala Dinas Pendidikan Provinsi Bengkulu, Drs. H. Eri Yulian, M.Pd., membuka rapat.",
            "Eri Yulian",
            &[],
            &["Kepala Dinas Pendidikan Provinsi Bengkulu"],
        ),
        // Name, comma, title.
        ("Sulastri Wahyu, Kepala Bagian Umum Setda Kota Blitar, hadir.", "Sulastri Wahyu", &[], &["Kepala Bagian Umum Setda Kota Blitar"]),
        // Title in parentheses after the name, then a later short mention.
        ("Yohanes Lado (Asisten Ombudsman) membuka diskusi. Menurut Yohanes, laporan meningkat.", "Yohanes Lado", &["Yohanes"], &["Asisten Ombudsman"]),
        // One-word names after a speech verb and in a `sebagai` list.
        ("\"Data sudah lengkap,\" kata Marlina.", "Marlina", &[], &[]),
        ("Hadir Rudi Hartono, Sinta Dewi, dan Wulandari sebagai Asisten Ombudsman.", "Wulandari", &[], &["Asisten Ombudsman"]),
        // `mewakili`: the position is someone else's.
        ("Acara dibuka Agus Salim mewakili Bupati Sleman.", "Agus Salim", &[], &[]),
        // Nickname after the full name.
        ("Bupati Banyumas Achmad Husein hadir. \"Kita kerja,\" ujar Pak Husein (sapaan akrabnya).", "Achmad Husein", &["Pak Husein"], &["Bupati Banyumas"]),
        // Ranks before the name stay out of the name and the title.
        ("Kapolda Jambi Irjen Pol. Rusdi Hartono membuka rapat.", "Rusdi Hartono", &[], &["Kapolda Jambi"]),
        // `dan` between two people's positions.
        ("Disaksikan Gubernur Jambi Al Haris dan Rektor Unja Prof. Helmi, rapat dimulai.", "Al Haris", &[], &["Gubernur Jambi"]),
        // A later verb names the person by one word.
        ("Sekretaris Daerah Provinsi Jambi, Sudirman Rasyid membuka acara. Sudirman menambahkan bahwa rapat rutin.", "Sudirman Rasyid", &["Sudirman"], &["Sekretaris Daerah Provinsi Jambi"]),
        // A given name that is also a title (`Hakim`) or a common word (`Pratama`) stays
        // in the name, after a title and before one.
        ("Kepala Perwakilan Ombudsman RI Provinsi NTB Adhar Hakim Pratama menerima laporan. Menurut Adhar, laporan meningkat.", "Adhar Hakim Pratama", &["Adhar"], &["Kepala Perwakilan Ombudsman RI Provinsi NTB"]),
        ("Adhar Hakim Pratama, Kepala Ombudsman NTB, hadir.", "Adhar Hakim Pratama", &[], &["Kepala Ombudsman NTB"]),
        ("Rapat dipimpin Ketua Pengadilan Lukman Hakim kemarin.", "Lukman Hakim", &[], &["Ketua Pengadilan"]),
        // The Sasak name `Lalu` opens a name inside a sentence, not at its start.
        ("Kepala Dikbud NTB, Lalu Ahmad Fauzan, berjanji hadir. \"Kami evaluasi,\" kata Lalu Fauzan.", "Lalu Ahmad Fauzan", &["Lalu Fauzan"], &["Kepala Dikbud NTB"]),
        // A nickname with a form of address, explained in parentheses.
        ("Gubernur Kalsel Sahbirin Noor hadir. \"Kita siap,\" kata Paman Birin (sapaan akrabnya).", "Sahbirin Noor", &["Paman Birin"], &["Gubernur Kalsel"]),
        // Honorifics and degrees stay out of the name.
        ("Rektor Universitas Andalas Prof. Dr. Ir. H. Yuliandri, S.H., M.H. membuka acara.", "Yuliandri", &[], &["Rektor Universitas Andalas"]),
        // `dan` inside an office's name, before a word that is no given name.
        ("Hadir Kepala Dinas Pekerjaan Umum Bina Marga dan Pematusan Erna Purnawati dan Camat Bulak Suprayitno.", "Erna Purnawati", &[], &["Kepala Dinas Pekerjaan Umum Bina Marga dan Pematusan"]),
        ("Direktur Badan Usaha Fasilitas dan Lingkungan BP Batam, Lestari Pangaribuan, mengatakan perbaikan pipa selesai.", "Lestari Pangaribuan", &[], &["Direktur Badan Usaha Fasilitas dan Lingkungan BP Batam"]),
        // After an organization head, a given name opens the name.
        ("Surat ditandatangani Sekretaris Jenderal Partai Pramono Anung.", "Pramono Anung", &[], &["Sekretaris Jenderal Partai"]),
    ];
    for (text, name, aliases, roles) in cases {
        let e = run(text);
        let p = e
            .people
            .iter()
            .find(|p| p.name == *name)
            .unwrap_or_else(|| panic!("{name} in {text}: {:?}", e.people));
        for a in *aliases {
            assert!(p.aliases.iter().any(|x| x == a), "{a} for {name}: {p:?}");
        }
        let titles: Vec<_> = p.roles.iter().map(|r| r.title.as_str()).collect();
        assert_eq!(titles, *roles, "{text}");
        for m in &p.mentions {
            let s = &text[m.start..m.end];
            assert!(
                !s.contains("Kepala") && !s.ends_with('.'),
                "mention {s:?} in {text}"
            );
        }
    }
}

#[test]
fn sebagai_list_gives_every_name_the_role() {
    let e = run("Kepala Perwakilan didampingi Rudi Hartono, Sinta Dewi, dan Wulandari sebagai Asisten Ombudsman.");
    for name in ["Rudi Hartono", "Sinta Dewi", "Wulandari"] {
        let p = e
            .people
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("{name}: {:?}", e.people));
        assert_eq!(p.roles.len(), 1, "{p:?}");
    }
}

/// (text, canonical names that must be present, names that must not)
type OrgCase<'a> = (&'a str, &'a [&'a str], &'a [&'a str]);

#[test]
fn organizations_table() {
    let cases: &[OrgCase] = &[
        // The Ombudsman office and the provincial government of one province stay two.
        (
            "Ombudsman Sulteng bertemu Pemprov Sulteng.",
            &["Ombudsman Republik Indonesia Perwakilan Provinsi Sulawesi Tengah", "Pemerintah Provinsi Sulawesi Tengah"],
            &[],
        ),
        // National body next to a regional office.
        (
            "Ombudsman RI Perwakilan Provinsi Bali dan Ombudsman RI menandatangani nota.",
            &["Ombudsman Republik Indonesia Perwakilan Provinsi Bali", "Ombudsman Republik Indonesia"],
            &[],
        ),
        // `Sekda` is a person's position; `Setda` the office.
        ("Sekda Kaltara Suriansyah hadir di Setda Kaltara.", &["Sekretariat Daerah Provinsi Kalimantan Utara"], &["Sekda Kaltara"]),
        // A list of offices, one entry each.
        (
            "Hadir antara lain: Inspektorat Provinsi Jambi, Bapenda, Dinas Sosial, serta Biro Umum Setda Provinsi Jambi.",
            &["Inspektorat Provinsi Jambi", "Badan Pendapatan Daerah", "Dinas Sosial", "Biro Umum Sekretariat Daerah Provinsi Jambi"],
            &[],
        ),
        // A province whose government is named by the region alone.
        ("Pemerintah Aceh menyetujui usulan itu.", &["Pemerintah Provinsi Aceh"], &[]),
        // A bare `Pemkab` in an article about one regency.
        (
            "Bupati Kutai Kartanegara Edi Damansyah hadir. Pemkab siap mendukung.",
            &["Pemerintah Kabupaten Kutai Kartanegara"],
            &["Pemerintah Kabupaten"],
        ),
        // An agency acronym at the head is written out, the region kept.
        ("BPK Perwakilan Provinsi Jambi menyerahkan laporan.", &["Badan Pemeriksa Keuangan Perwakilan Provinsi Jambi"], &[]),
        // An acronym defined as a non-agency is not the party of the same letters.
        ("Perjanjian Kerja Sama (PKS) ditandatangani. PKS itu berlaku setahun.", &[], &["Partai Keadilan Sejahtera"]),
        // Undefined, `PKS` is the party only where the article speaks of politics.
        ("Kedua pihak menandatangani PKS tentang pengelolaan air. PKS itu berlaku dua tahun.", &[], &["Partai Keadilan Sejahtera"]),
        ("Ketua DPP PKS Ahmad Syaikhu hadir. Partai itu siap menghadapi pemilu.", &["Partai Keadilan Sejahtera"], &[]),
        // A name with and without the level word before its region is one organization.
        (
            "Badan Pengusahaan Batam (BP Batam) dan Pemerintah Kota Batam menandatangani addendum. Kepala Badan Pengusahaan Kota Batam hadir.",
            &["Badan Pengusahaan Batam", "Pemerintah Kota Batam"],
            &["Badan Pengusahaan Kota Batam"],
        ),
        // Different levels of one region name are two governments.
        (
            "Pemerintah Kota Bekasi dan Pemerintah Kabupaten Bekasi menandatangani nota.",
            &["Pemerintah Kota Bekasi", "Pemerintah Kabupaten Bekasi"],
            &[],
        ),
        // The Ombudsman office and the provincial government named by one short form.
        ("Ombudsman Kalbar menerima Pemprov Kalbar.", &["Ombudsman Republik Indonesia Perwakilan Provinsi Kalimantan Barat", "Pemerintah Provinsi Kalimantan Barat"], &[]),
    ];
    for (text, want, not) in cases {
        let e = run(text);
        let names: Vec<_> = e.organizations.iter().map(|o| o.name.as_str()).collect();
        for w in *want {
            assert!(names.contains(w), "{w} in {text}: {names:?}");
        }
        for n in *not {
            assert!(!names.contains(n), "{n} in {text}: {names:?}");
        }
    }
}

#[test]
fn places_nested_and_standalone() {
    // Named inside an agency only: a place of the article, without a mention of its own.
    let e = run("Pemprov Kalteng menggelar rapat.");
    let p = e
        .places
        .iter()
        .find(|p| p.name == "Kalimantan Tengah")
        .expect("province");
    assert!(p.mentions.is_empty());
    // Standing alone, `se-` forms and venues.
    let text = "Rapat Inspektur se-Kaltara di Hotel Tarakan Plaza, Tarakan, Kalimantan Utara.";
    let e = run(text);
    let got: Vec<_> = e
        .places
        .iter()
        .map(|p| (p.name.as_str(), p.mentions.len()))
        .collect();
    assert!(got.contains(&("Kalimantan Utara", 2)), "{got:?}");
    assert!(got.contains(&("Tarakan", 1)), "{got:?}");
    assert!(got.contains(&("Hotel Tarakan Plaza", 1)), "{got:?}");
}

#[test]
fn never_panics_and_spans_are_on_boundaries() {
    let texts = [
        "",
        "(",
        "Kepala ,",
        "Gubernur",
        "ujar",
        "Dr.",
        "— “Kata”, ujar Ñoño — Pemprov (",
        "Bupati Kepulauan Seribu ，Ayu 😀 mengatakan",
        "sebagai Asisten",
        "ORI-",
        "se-",
    ];
    for t in texts {
        let e = run(t);
        let spans = e
            .people
            .iter()
            .flat_map(|p| &p.mentions)
            .chain(e.organizations.iter().flat_map(|o| &o.mentions))
            .chain(e.places.iter().flat_map(|p| &p.mentions));
        for m in spans {
            assert!(t.get(m.start..m.end).is_some(), "{t:?} {m:?}");
        }
    }
}

/// Text, person, and each of the person's positions with the office it heads.
type RoleOrgCase = (
    &'static str,
    &'static str,
    &'static [(&'static str, Option<&'static str>)],
);

/// Each position names the office it heads: contracted police and prosecution titles,
/// regional heads, inspectors and secretaries, heads of a known acronym, and two
/// positions joined by `sekaligus`.
#[test]
fn role_organizations_table() {
    let cases: &[RoleOrgCase] = &[
        ("Kapolda Sumsel Irjen Pol. Budi Santoso meninjau lokasi.", "Budi Santoso", &[("Kapolda Sumsel", Some("Kepolisian Daerah Sumatera Selatan"))]),
        ("Wakapolda Sultra, Andi Rahman, hadir.", "Andi Rahman", &[("Wakapolda Sultra", Some("Kepolisian Daerah Sulawesi Tenggara"))]),
        ("Kapolres Sambas AKBP Dedi Kurnia memimpin apel.", "Dedi Kurnia", &[("Kapolres Sambas", Some("Kepolisian Resor Sambas"))]),
        ("Kajati Jambi, Hermanto Wibowo, hadir.", "Hermanto Wibowo", &[("Kajati Jambi", Some("Kejaksaan Tinggi Jambi"))]),
        ("Inspektur Provinsi Jawa Tengah, Dwi Lestari, membuka rapat.", "Dwi Lestari", &[("Inspektur Provinsi Jawa Tengah", Some("Inspektorat Provinsi Jawa Tengah"))]),
        ("Sekretaris Daerah Provinsi Maluku Utara, Hasan Kadir, hadir.", "Hasan Kadir", &[("Sekretaris Daerah Provinsi Maluku Utara", Some("Sekretariat Daerah Provinsi Maluku Utara"))]),
        ("Bupati Sleman Kustini Purnomo hadir.", "Kustini Purnomo", &[("Bupati Sleman", Some("Pemerintah Kabupaten Sleman"))]),
        ("Rektor USK, Marwan Yahya, mengatakan hal itu.", "Marwan Yahya", &[("Rektor USK", Some("Universitas Syiah Kuala"))]),
        (
            "Kepala BKKBN Perwakilan NTT, Yohanes Kolo, hadir.",
            "Yohanes Kolo",
            &[("Kepala BKKBN Perwakilan NTT", Some("Badan Kependudukan dan Keluarga Berencana Nasional Perwakilan Provinsi Nusa Tenggara Timur"))],
        ),
        (
            "Kepala BP Batam sekaligus Wali Kota Batam, Arman Syah, meresmikan gedung.",
            "Arman Syah",
            &[("Kepala BP Batam", Some("Badan Pengusahaan Batam")), ("Wali Kota Batam", Some("Pemerintah Kota Batam"))],
        ),
        // `Inspektur Jenderal` of a ministry heads no regional inspectorate.
        ("Inspektur Jenderal Kementerian Agama, Faisal Ali, hadir.", "Faisal Ali", &[("Inspektur Jenderal Kementerian Agama", Some("Kementerian Agama"))]),
    ];
    for (text, name, roles) in cases {
        let e = run(text);
        let p = e
            .people
            .iter()
            .find(|p| p.name == *name)
            .unwrap_or_else(|| panic!("{name} in {text}: {:?}", e.people));
        let got: Vec<_> = p
            .roles
            .iter()
            .map(|r| (r.title.as_str(), r.organization.as_deref()))
            .collect();
        assert_eq!(got, *roles, "{text}");
    }
}

/// A short name the text defines for an organization is that organization wherever it
/// stands, never a person, and the position it follows heads that organization.
#[test]
fn defined_short_name_is_no_person() {
    let text = "Universitas Khatulistiwa Raya (Unkhara) menandatangani nota kesepakatan. \
                Rektor Unkhara, Budi Wattimena, mengatakan kerja sama itu penting.";
    let e = run(text);
    assert!(
        !e.people.iter().any(|p| p.name.contains("Unkhara")),
        "{:?}",
        e.people
    );
    let p = e
        .people
        .iter()
        .find(|p| p.name == "Budi Wattimena")
        .unwrap_or_else(|| panic!("{:?}", e.people));
    assert_eq!(
        p.roles[0].organization.as_deref(),
        Some("Universitas Khatulistiwa Raya"),
        "{p:?}"
    );
    let o = e
        .organizations
        .iter()
        .find(|o| o.name == "Universitas Khatulistiwa Raya")
        .unwrap_or_else(|| panic!("{:?}", e.organizations));
    assert_eq!(o.acronym.as_deref(), Some("Unkhara"));
    // A nickname in parentheses after a person's name stays a name.
    let e = run("Muhammad Yusuf (Ucok) hadir. \"Kami siap,\" kata Ucok.");
    assert!(
        e.people.iter().any(|p| p.name == "Muhammad Yusuf"),
        "{:?}",
        e.people
    );
}

/// The titled person a street is named after is no mention of a person.
#[test]
fn street_namesake_is_no_person() {
    let e = run("Kemacetan terjadi di Jalan Gubernur Suryo, Surabaya.");
    assert!(e.people.is_empty(), "{:?}", e.people);
    assert!(
        e.places.iter().any(|p| p.name == "Jalan Gubernur Suryo"),
        "{:?}",
        e.places
    );
}

/// Lower-cased text (as some scrapers and labelled sets give it): the tagger's whole name
/// is kept, since capitals there tell nothing about where a name starts.
#[test]
fn lower_cased_tagged_names_keep_their_given_names() {
    let tagger = crate::ner::Tagger::builtin().ok().flatten();
    let Some(tagger) = tagger else {
        return;
    };
    let text = "presiden joko widodo mengatakan hal itu kepada wartawan di istana negara .";
    let reference = date!(2020 - 01 - 20);
    let doc = Doc::new(text, reference, true);
    let people = entities(&doc, Some(&tagger)).people;
    let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"joko widodo"), "{names:?}");
    assert!(!names.contains(&"widodo"), "{names:?}");
}

/// The rules and hand-made tagger spans, each `(surface, label, confidence)` at its first
/// occurrence in the text: the merge policy tested apart from any trained model.
fn run_tagged(text: &str, spans: &[(&str, NerLabel, f32)]) -> Entities {
    let doc = Doc::new(text, date!(2024 - 01 - 01), false);
    let spans = spans
        .iter()
        .map(|(surface, label, confidence)| {
            let start = text.find(surface).expect(surface);
            crate::ner::NerSpan {
                span: start..start + surface.len(),
                label: *label,
                confidence: *confidence,
            }
        })
        .collect();
    entities_with(&doc, Some(spans))
}

fn mention_surfaces<'t>(text: &'t str, e: &Entities) -> Vec<(&'static str, &'t str)> {
    let mut out = Vec::new();
    for p in &e.people {
        out.extend(p.mentions.iter().map(|m| ("PER", &text[m.start..m.end])));
    }
    for o in &e.organizations {
        out.extend(o.mentions.iter().map(|m| ("ORG", &text[m.start..m.end])));
    }
    for p in &e.places {
        out.extend(p.mentions.iter().map(|m| ("LOC", &text[m.start..m.end])));
    }
    out
}

/// (text, tagger spans, mentions that must be there, mentions that must not)
type MergeCase<'a> = (
    &'a str,
    &'a [(&'a str, NerLabel, f32)],
    &'a [(&'a str, &'a str)],
    &'a [(&'a str, &'a str)],
);

#[test]
fn merge_policy_table() {
    use NerLabel::{Loc, Org, Per};
    let cases: &[MergeCase] = &[
        // A confident tagger span containing a place the rules found wins: the club, the
        // school, the longer place.
        (
            "Pemain Persikabo Bogor itu pulang.",
            &[("Persikabo Bogor", Org, 0.96)],
            &[("ORG", "Persikabo Bogor")],
            &[("LOC", "Bogor")],
        ),
        (
            "Ia lulus dari SMA Negeri 4 Yogyakarta tahun lalu.",
            &[("SMA Negeri 4 Yogyakarta", Loc, 0.8)],
            &[("LOC", "SMA Negeri 4 Yogyakarta")],
            &[("LOC", "Yogyakarta")],
        ),
        (
            "Serangan di Jalur Gaza berlanjut.",
            &[("Jalur Gaza", Loc, 1.0)],
            &[("LOC", "Jalur Gaza")],
            &[("LOC", "Gaza")],
        ),
        (
            "Ia bergabung dengan Partai Gerakan Indonesia Raya pekan lalu.",
            &[("Partai Gerakan Indonesia Raya", Org, 1.0)],
            &[("ORG", "Partai Gerakan Indonesia Raya")],
            &[("LOC", "Indonesia")],
        ),
        // A word of a position phrase the rules read beside a name is no one's name.
        (
            "Direktur Jenderal Bina Keuangan Daerah Kemendagri, Agustinus Manurung, hadir.",
            &[("Bina", Per, 0.9), ("Agustinus Manurung", Per, 0.99)],
            &[("PER", "Agustinus Manurung")],
            &[("PER", "Bina")],
        ),
        // A span holding one end of a bracket only is no name.
        (
            "Didukung Badan Kependudukan dan Keluarga Berencana Nasional (BKKBN) Perwakilan NTT.",
            &[("BKKBN) Perwakilan NTT", Org, 0.9)],
            &[("LOC", "NTT")],
            &[("ORG", "BKKBN) Perwakilan NTT")],
        ),
        // A name the tagger gives a person, opened by a word that opens place names.
        (
            "Perbaikan pipa dilakukan di Sekupang dan Batu Aji.",
            &[("Batu Aji", Per, 0.9)],
            &[("LOC", "Batu Aji")],
            &[("PER", "Batu Aji")],
        ),
        // A country naming a currency is no place.
        (
            "Kurs rupiah melemah ke Rp15.000 per dolar AS di Jakarta.",
            &[("AS", Loc, 0.9)],
            &[("LOC", "Jakarta")],
            &[("LOC", "AS")],
        ),
        // A place is written without its leading `Provinsi`.
        (
            "Banjir melanda Provinsi Kepulauan Bangka Belitung.",
            &[("Provinsi Kepulauan Bangka Belitung", Loc, 0.9)],
            &[("LOC", "Kepulauan Bangka Belitung")],
            &[("LOC", "Provinsi Kepulauan Bangka Belitung")],
        ),
        // Less certainty will do where the tagger reads an organization of the rules longer.
        (
            "Kasus itu ditangani Polda Metro Jaya sejak pekan lalu.",
            &[("Polda Metro Jaya", Org, 0.67)],
            &[("ORG", "Polda Metro Jaya")],
            &[("ORG", "Polda Metro")],
        ),
        // An unsure tagger does not override the rules.
        (
            "Pemain Persikabo Bogor itu pulang.",
            &[("Persikabo Bogor", Org, 0.5)],
            &[("LOC", "Bogor")],
            &[("ORG", "Persikabo Bogor")],
        ),
        // A name beside a title keeps the rules' boundaries against a longer tagger span.
        (
            "Presiden Prancis Emmanuel Macron hadir.",
            &[("Prancis Emmanuel Macron", Per, 0.9)],
            &[("PER", "Emmanuel Macron")],
            &[("PER", "Prancis Emmanuel Macron")],
        ),
        // The seat of an office stays the office and its region.
        (
            "Rapat digelar di Kantor Gubernur Sulut kemarin.",
            &[("Kantor Gubernur Sulut", Loc, 1.0)],
            &[],
            &[("LOC", "Kantor Gubernur Sulut")],
        ),
        // A company before a given name goes to the position (`Direktur Indofood`); the
        // word `terpilih` is no name.
        (
            "Direktur Indofood Franciscus Welirang menegaskan hal itu.",
            &[("Franciscus Welirang", Per, 0.57)],
            &[("PER", "Franciscus Welirang")],
            &[("PER", "Indofood Franciscus Welirang")],
        ),
        (
            "Presiden Terpilih Joko Widodo hadir.",
            &[("Joko Widodo", Per, 1.0)],
            &[("PER", "Joko Widodo")],
            &[("PER", "Terpilih Joko Widodo")],
        ),
        // A name set off from its position by a comma keeps the rules' boundaries.
        (
            "Kepala Dikbud NTB, Lalu Ahmad Fauzan, berjanji hadir.",
            &[("Ahmad Fauzan", Per, 0.9)],
            &[("PER", "Lalu Ahmad Fauzan")],
            &[("PER", "Ahmad Fauzan")],
        ),
        // Unknown capitals before an unknown name stay in the name: they may be given names.
        (
            "Wali Kota Ambon Melkianus Josias Tuhumury hadir.",
            &[("Josias Tuhumury", Per, 0.9)],
            &[("PER", "Melkianus Josias Tuhumury")],
            &[("PER", "Josias Tuhumury")],
        ),
        // Name words the rules stopped short of (an initial) join the name.
        (
            "Ketua MA Harifin A Tumpa hadir.",
            &[("Harifin A Tumpa", Per, 1.0)],
            &[("PER", "Harifin A Tumpa")],
            &[("PER", "Tumpa")],
        ),
        // A name closing an organization the rules ran on ends it.
        (
            "Anggota Komisi III dari Fraksi Partai Demokrat Saan Mustopa hadir.",
            &[("Saan Mustopa", Per, 0.5)],
            &[("PER", "Saan Mustopa")],
            &[("ORG", "Fraksi Partai Demokrat Saan Mustopa")],
        ),
    ];
    for (text, spans, want, not) in cases {
        let e = run_tagged(text, spans);
        let got = mention_surfaces(text, &e);
        for w in *want {
            assert!(got.contains(w), "{w:?} in {text}: {got:?}");
        }
        for n in *not {
            assert!(!got.contains(n), "{n:?} in {text}: {got:?}");
        }
    }
}

/// A region named inside a place the tagger gave is still a place of the article.
#[test]
fn region_inside_a_tagged_place_stays_a_place() {
    let text = "Ia lulus dari SMA Negeri 4 Yogyakarta tahun lalu.";
    let e = run_tagged(text, &[("SMA Negeri 4 Yogyakarta", NerLabel::Loc, 0.8)]);
    let names: Vec<_> = e.places.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"Yogyakarta"), "{names:?}");
    // A known place after its administrative word keeps its canonical name.
    let text = "Mereka tinggal di kota Bandung sejak kecil.";
    let e = run_tagged(text, &[("kota Bandung", NerLabel::Loc, 0.9)]);
    let names: Vec<_> = e.places.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Bandung"]);
    // The tagged organization keeps the kind its head gives.
    let text = "Rektor Universitas Sebelas Maret hadir.";
    let e = run_tagged(text, &[("Universitas Sebelas Maret", NerLabel::Org, 0.9)]);
    assert_eq!(e.organizations.len(), 1, "{:?}", e.organizations);
    assert_eq!(e.organizations[0].kind, crate::article::OrgKind::Education);
}

/// Words after `dari` or an organization head inside a position name the organization,
/// not a person; a party's region is a place of its own.
#[test]
fn organization_words_are_no_names() {
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "Anggota dari Partai Konservatif itu menjadi menteri.",
            &[],
            &["Konservatif"],
        ),
        ("Ia menjadi CEO dari Twitter tahun itu.", &[], &["Twitter"]),
        (
            "Kepala Staf Kodam V Jaya pernah menjadi duta besar.",
            &[],
            &["V Jaya"],
        ),
        (
            "Ketua DPP Partai Kebangkitan Bangsa hadir.",
            &[],
            &["Kebangkitan Bangsa"],
        ),
    ];
    for (text, want, not) in cases {
        let e = run(text);
        let names: Vec<_> = e.people.iter().map(|p| p.name.as_str()).collect();
        for w in *want {
            assert!(names.contains(w), "{w} in {text}: {names:?}");
        }
        for n in *not {
            assert!(!names.contains(n), "{n} in {text}: {names:?}");
        }
    }
    // A run opened by a word that opens place names is no bare person name.
    let e = run("Perbaikan pipa dilakukan di wilayah Sekupang dan Batu Aji pekan ini.");
    assert!(e.people.is_empty(), "{:?}", e.people);
    let text = "Ketua DPD Partai Demokrat Bali hadir bersama kader PDIP DKI dan Partai Aceh.";
    let got = mention_surfaces(text, &run(text));
    for w in [
        ("ORG", "Partai Demokrat"),
        ("ORG", "PDIP"),
        ("LOC", "Bali"),
        ("ORG", "Partai Aceh"),
    ] {
        assert!(got.contains(&w), "{w:?}: {got:?}");
    }
    assert!(!got.contains(&("ORG", "PDIP DKI")), "{got:?}");
}

/// Well-known organizations named without a head word come from the shipped list, under
/// their canonical names, with no acronym made of their own name; a given name that is
/// also a club's stays a person's.
#[test]
fn well_known_names_without_head_word() {
    let text = "Samsung dan Apple bersaing, sementara Disney menggandeng Pixar. \
                Penyerang Spurs itu mencetak gol. Chelsea Islan hadir di Jakarta. \
                Bandara itu siap didarati pesawat Airbus A320 dan Boeing 737.";
    let e = run_tagged(text, &[]);
    let orgs: Vec<(&str, Option<&str>, OrgKind)> = e
        .organizations
        .iter()
        .map(|o| (o.name.as_str(), o.acronym.as_deref(), o.kind))
        .collect();
    for (name, kind) in [
        ("Samsung", OrgKind::Company),
        ("Apple", OrgKind::Company),
        ("Walt Disney", OrgKind::Company),
        ("Pixar", OrgKind::Company),
        ("Tottenham Hotspur", OrgKind::Other),
    ] {
        assert!(
            orgs.iter().any(|(n, _, k)| *n == name && *k == kind),
            "{name}: {orgs:?}"
        );
    }
    assert!(
        orgs.iter().all(|(n, a, _)| a.is_none_or(|a| a != *n)),
        "{orgs:?}"
    );
    assert!(
        !orgs.iter().any(|(n, _, _)| n.contains("Chelsea")),
        "{orgs:?}"
    );
    // A brand before a model number names the product.
    assert!(
        !orgs
            .iter()
            .any(|(n, _, _)| *n == "Airbus" || *n == "Boeing"),
        "{orgs:?}"
    );
}

#[test]
fn organizations_known_by_what_the_text_says_of_them() {
    // Names no list holds (made up here): a kind noun before one, a list with a known
    // organization, a company suffix; the described one is found again where it recurs.
    let text = "Kerinci harus bersaing dengan vendor Zantrix, Pertamina dan Morvalo. \
        Ponsel pertama Zantrix dibuat dari jagung, sementara Kelvara Holdings membeli saham. \
        Undang-Undang tentang Pemeriksaan Pengelolaan dan Tanggung Jawab Keuangan Negara berlaku.";
    let e = run(text);
    let org = |name: &str| e.organizations.iter().find(|o| o.name == name);
    let zantrix = org("Zantrix").expect("Zantrix");
    assert_eq!(zantrix.kind, OrgKind::Company);
    assert_eq!(zantrix.mentions.len(), 2, "{zantrix:?}");
    assert!(org("Morvalo").is_some(), "{:?}", e.organizations);
    assert_eq!(
        org("Kelvara Holdings").map(|o| o.kind),
        Some(OrgKind::Company)
    );
    assert!(org("Pemeriksaan Pengelolaan").is_none());
    assert!(!e.people.iter().any(|p| p.name.contains("Zantrix")));
}
