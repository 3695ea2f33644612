//! End-to-end tests of recognition and resolution on sentences of our own.

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
