use time::macros::date;

use super::*;
use crate::article::Mention;

fn with_role(mut p: Person, title: &str) -> Person {
    p.roles.push(crate::article::Role {
        title: title.to_string(),
        organization: None,
        acting: None,
    });
    p
}

#[test]
fn a_role_alone_names_its_holder() {
    let text = "Syahrul mengapresiasi kerja keras semua dinas. Sementara itu Burhan hadir.\n\n\"Sepuluh kali berturut-turut itu hasil disiplin bersama,\" ujar Pj. Gubernur.";
    let people = [
        with_role(
            person("Syahrul Harahap", &["Syahrul"], text),
            "Pj. Gubernur Kaltim",
        ),
        with_role(
            person("Burhan Rasyid", &["Burhan"], text),
            "Kepala BPK Perwakilan Kaltim",
        ),
    ];
    let doc = Doc::new(text, date!(2024 - 01 - 01), false);
    let got = find(&doc, &people);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].speaker.as_deref(), Some("Syahrul Harahap"));
}

fn person(name: &str, aliases: &[&str], text: &str) -> Person {
    // Mentions as the entity stage would give them: every occurrence of name or alias.
    let mut mentions = Vec::new();
    for s in std::iter::once(name).chain(aliases.iter().copied()) {
        for (i, _) in text.match_indices(s) {
            mentions.push(Mention::new(i, i + s.len()));
        }
    }
    Person {
        name: name.to_string(),
        honorifics: Vec::new(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        roles: Vec::new(),
        mentions,
    }
}

/// (text, people as (name, aliases), expected [(quote starts with, speaker)])
type Case = (
    &'static str,
    &'static [(&'static str, &'static [&'static str])],
    &'static [(&'static str, Option<&'static str>)],
);

fn run(cases: &[Case]) {
    for (text, people, want) in cases {
        let people: Vec<Person> = people.iter().map(|(n, a)| person(n, a, text)).collect();
        let doc = Doc::new(text, date!(2024 - 01 - 01), false);
        let got = find(&doc, &people);
        let got_pairs: Vec<(&str, Option<&str>)> = got
            .iter()
            .map(|q| (q.text.as_str(), q.speaker.as_deref()))
            .collect();
        assert_eq!(got.len(), want.len(), "{text}\n{got_pairs:#?}");
        for (q, (start, speaker)) in got.iter().zip(want.iter()) {
            assert!(q.text.starts_with(start), "{text}\n{got_pairs:#?}");
            assert_eq!(q.speaker.as_deref(), *speaker, "{text}\n{got_pairs:#?}");
            assert_eq!(&text[q.start..q.end], q.text);
        }
    }
}

#[test]
fn attribution_after() {
    run(&[
        (
            "\"Jalan itu akan segera kami perbaiki tahun ini\", ujar Budi.",
            &[("Budi Santoso", &["Budi"])],
            &[("Jalan itu akan", Some("Budi Santoso"))],
        ),
        (
            "\u{201C}Kami menunggu jawaban dari dinas terkait.\u{201D}, kata Sari mengakhiri.",
            &[("Sari Dewi", &[])],
            &[("Kami menunggu", Some("Sari Dewi"))],
        ),
        (
            "\u{201C}Laporan warga harus ditindaklanjuti dengan cepat\u{201D} Ujar Tono mengakhiri.",
            &[("Tono Wijaya", &["Tono"])],
            &[("Laporan warga", Some("Tono Wijaya"))],
        ),
        (
            "\"Pelayanan harus prima,\" ucap Abah Uci (sapaan akrabnya).",
            &[("Uci Sanusi", &["Abah Uci"])],
            &[("Pelayanan harus prima", Some("Uci Sanusi"))],
        ),
        (
            "\"Pengaduan kini bisa lewat aplikasi,\" jelas Kepala Dinas Kominfo Kalbar Rudi Hartono.",
            &[("Rudi Hartono", &[])],
            &[("Pengaduan kini", Some("Rudi Hartono"))],
        ),
        (
            "\"Kami tidak tahu siapa pelakunya,\" ujar seorang warga.",
            &[("Rudi Hartono", &[])],
            &[("Kami tidak tahu", None)],
        ),
    ]);
}

#[test]
fn attribution_before() {
    run(&[
        (
            "Menurut Wati, \"anggaran itu belum cair sampai sekarang.\"",
            &[("Wati Lestari", &["Wati"])],
            &[("anggaran itu", Some("Wati Lestari"))],
        ),
        (
            "Kepala desa, Joko Susilo mengatakan, \"Warga sudah lama menunggu jembatan itu.\"",
            &[("Joko Susilo", &[])],
            &[("Warga sudah", Some("Joko Susilo"))],
        ),
        (
            "Dalam sambutannya Bupati Ahmad menyampaikan: \"Semua harus bekerja keras tahun depan.\"",
            &[("Ahmad Yani", &["Ahmad"])],
            &[("Semua harus", Some("Ahmad Yani"))],
        ),
        (
            "Mantan perdana menteri Laurent Lamothe, melalui akun Twitternya mengatakan, \u{201C}Dunia menyaksikan pernyataan yang tak bisa diterima.\u{201D}",
            &[("Laurent Lamothe", &[]), ("Twitternya", &[])],
            &[("Dunia menyaksikan", Some("Laurent Lamothe"))],
        ),
        (
            "Rektor Sinta menegaskan bahwa \"kampus tidak boleh menjadi tempat perundungan.\"",
            &[("Sinta Nuriyah", &["Sinta"])],
            &[("kampus tidak", Some("Sinta Nuriyah"))],
        ),
    ]);
}

#[test]
fn pronouns_resolve_to_the_introduced_speaker() {
    run(&[
        // The sentence before introduces the speaker; the quote says only `ujarnya`.
        (
            "Kepala Bidang Humas, Rina, menyampaikan harapan agar program berlanjut.\n\n\"Kami ingin program ini terus berjalan tahun depan,\" ujarnya.",
            &[("Rina", &[])],
            &[("Kami ingin", Some("Rina"))],
        ),
        // Two speakers in turn, each picked up by `-nya`.
        (
            "Dedi mengatakan hal itu sudah dibahas. \"Tinggal menunggu tanda tangan dari pusat,\" jelasnya. Sementara itu, Kepala Seksi Tini menegaskan bahwa berkas sudah lengkap. \"Semua berkas sudah kami kirim minggu lalu,\" tutupnya.",
            &[("Dedi Kurnia", &["Dedi"]), ("Tini Marlina", &["Tini"])],
            &[("Tinggal menunggu", Some("Dedi Kurnia")), ("Semua berkas", Some("Tini Marlina"))],
        ),
        // `ia menambahkan` after a named quote.
        (
            "\"Jalan rusak sudah dilaporkan ke dinas,\" kata Herman. \"Perbaikan dimulai bulan depan,\" ia menambahkan.",
            &[("Herman Saleh", &["Herman"])],
            &[("Jalan rusak", Some("Herman Saleh")), ("Perbaikan dimulai", Some("Herman Saleh"))],
        ),
        // `Hadi menambahkan, ...` then a quote closed by `tutupnya`.
        (
            "Hadi menambahkan, pihaknya akan memantau.\n\u{201C}Bisa jadi laporan masuk lebih banyak tahun ini,\u{201D} tutupnya.",
            &[("Hadi Pranoto", &["Hadi"])],
            &[("Bisa jadi", Some("Hadi Pranoto"))],
        ),
    ]);
}

#[test]
fn consecutive_quotes_and_line_breaks() {
    run(&[
        (
            "\u{201C}Kami sudah bekerja sama dengan banyak pihak selama ini.\u{201D} \u{201C}Ke depan kerja sama akan diperluas,\u{201D} kata Lina.",
            &[("Lina Marlina", &["Lina"])],
            &[("Kami sudah", Some("Lina Marlina")), ("Ke depan", Some("Lina Marlina"))],
        ),
        (
            "\u{201C}Aparatur harus melayani dengan sepenuh hati dan bersentuhan langsung dengan\nmasyarakat,\u{201D} ucap Pak Gub.",
            &[("Gubernur Arif", &["Pak Gub"])],
            &[("Aparatur harus", Some("Gubernur Arif"))],
        ),
        (
            "\"Dia bilang 'tunggu dulu' kepada kami semua,\" kata Yanti.",
            &[("Yanti", &[])],
            &[("Dia bilang 'tunggu dulu' kepada kami semua", Some("Yanti"))],
        ),
    ]);
}

#[test]
fn scare_quotes_and_titles_are_not_quotes() {
    run(&[
        (
            "Dinas akan menggelar program \"Sekolah Bersih\", yaitu lomba kebersihan.",
            &[],
            &[],
        ),
        (
            "Rekor itu tercatat di \"Guinness Book\" tahun lalu.",
            &[],
            &[],
        ),
        (
            "Acara bertajuk \"Bersama Membangun Desa untuk Indonesia Maju\" digelar kemarin.",
            &[],
            &[],
        ),
        // A short quote with a speech verb is a quote.
        (
            "\"Siap,\" kata Rudi.",
            &[("Rudi", &[])],
            &[("Siap", Some("Rudi"))],
        ),
    ]);
}

#[test]
fn never_panics_on_odd_text() {
    for text in [
        "\"",
        "\u{201C}",
        "\"\"",
        "a\"b\"c",
        "\u{201D}é\u{201C}",
        "\"x\" ujarnya",
        "\n\n\"",
        "ü \"éé éé\", kata Ü",
    ] {
        let doc = Doc::new(text, date!(2024 - 01 - 01), false);
        for q in find(&doc, &[person("Ü", &[], text)]) {
            assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
        }
    }
}

#[test]
fn continuation_and_descriptions() {
    run(&[
        // An unattributed quote right after an attributed one continues it.
        (
            "\"Saya berjuang melawan penyakit ini selama dua tahun,\" tulis Maya pada keterangan fotonya itu.\n\n\"Ini bukan saja pertempuran yang berat, tapi juga sangat melelahkan.\"\n\nSetelah itu Maya hadir.",
            &[("Maya Sari", &["Maya"])],
            &[("Saya berjuang", Some("Maya Sari")), ("Ini bukan", Some("Maya Sari"))],
        ),
        // A description instead of a name points back to the last speaker.
        (
            "Gelandang Bayu Pradana mengaku siap dimainkan. \"Kalau saya berpikir positif saja,\" tutup gelandang berusia 26 tahun ini.",
            &[("Bayu Pradana", &["Bayu"])],
            &[("Kalau saya", Some("Bayu Pradana"))],
        ),
        // A description with a name inside, or an addressee after it, is not the speaker.
        (
            "Gus Hasyim hadir. \"Ironisnya, gejala itu muncul lagi,\" lanjut adik kandung mantan Presiden Abdurrahman Wahid (Gus Dur) itu.",
            &[("Hasyim Asyari", &["Gus Hasyim"]), ("Abdurrahman Wahid", &["Gus Dur"])],
            &[("Ironisnya", Some("Hasyim Asyari"))],
        ),
        (
            "Sutradara Quentin Tarantino mengaku bersalah. \"Ini penyesalan terbesar dalam hidup saya,\" kata sutradara berusia 54 tahun itu kepada Deadline.",
            &[("Quentin Tarantino", &[]), ("Deadline", &[])],
            &[("Ini penyesalan", Some("Quentin Tarantino"))],
        ),
        // A name deep in the narrative sentence does not take the floor from the speaker.
        (
            "\"Kami ingin anggota bersih dari narkoba,\" ucap Marcella. Namun, untuk detail programnya, istri dari Ananda Mikola itu belum bisa memberitahukan.\n\n\"Nanti akan ada program umum yang diumumkan kemudian,\" katanya.",
            &[("Marcella Zalianty", &["Marcella"]), ("Ananda Mikola", &[])],
            &[("Kami ingin", Some("Marcella Zalianty")), ("Nanti akan", Some("Marcella Zalianty"))],
        ),
        // A long title between the verb and the name.
        (
            "\"Korban ditemukan di dasar kolam,\" kata Kepala Bidang Hubungan Masyarakat Polda Metro Jaya Komisaris Besar Argo Yuwono.",
            &[("Argo Yuwono", &[])],
            &[("Korban ditemukan", Some("Argo Yuwono"))],
        ),
    ]);
}
