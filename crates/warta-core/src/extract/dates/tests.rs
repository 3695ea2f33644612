//! Table-driven tests: every date form, every trap, leap years and year boundaries.

use time::Date;

use super::{find, parse_date_prefix, parse_publication};
use crate::doc::Doc;

/// `(text, value, until, year_inferred)` of one expected mention.
type Want = (&'static str, &'static str, Option<&'static str>, bool);

/// Reference 2026-11-23 (a Monday) as the publication date.
const P: &str = "P2026-11-23";
/// Reference 2026-11-23 as the run date (no publication date).
const R: &str = "R2026-11-23";

fn date(s: &str) -> Date {
    let parsed = parse_publication(s);
    assert!(parsed.is_some(), "bad test date {s}");
    parsed.unwrap_or(Date::MIN)
}

fn run(input: &str, reference: &str) -> Vec<(String, String, Option<String>, bool)> {
    let published = reference.starts_with('P');
    let doc = Doc::new(input, date(&reference[1..]), published);
    find(&doc, &[])
        .into_iter()
        .map(|m| (m.text, m.value, m.until, m.year_inferred))
        .collect()
}

const CASES: &[(&str, &str, &[Want])] = &[
    // Written dates.
    (
        "Acara digelar pada 20 Januari 2020.",
        P,
        &[("20 Januari 2020", "2020-01-20", None, false)],
    ),
    (
        "Senin, 20 Januari 2020 di Palangka Raya.",
        P,
        &[("Senin, 20 Januari 2020", "2020-01-20", None, false)],
    ),
    (
        "Senin (20/01/2020) - Kepala Perwakilan hadir.",
        P,
        &[("Senin (20/01/2020)", "2020-01-20", None, false)],
    ),
    (
        "Rita Hastarita pada Rabu (31/3/2021).",
        P,
        &[("Rabu (31/3/2021)", "2021-03-31", None, false)],
    ),
    (
        "pertemuan pada Jumat (19/09/2025), di Ruang Rapat",
        P,
        &[("Jumat (19/09/2025)", "2025-09-19", None, false)],
    ),
    (
        "pertemuan pada Jum'at (19/09/2025) di Pontianak",
        P,
        &[("Jum'at (19/09/2025)", "2025-09-19", None, false)],
    ),
    (
        "pertemuan pada Jum\u{2019}at, 19 September 2025.",
        P,
        &[(
            "Jum\u{2019}at, 19 September 2025",
            "2025-09-19",
            None,
            false,
        )],
    ),
    (
        "se-Kaltim, Rabu (22/11/2023) di Hotel Fugo.",
        P,
        &[("Rabu (22/11/2023)", "2023-11-22", None, false)],
    ),
    (
        "Sabtu (14 / 10 / 2017).",
        P,
        &[("Sabtu (14 / 10 / 2017)", "2017-10-14", None, false)],
    ),
    (
        "Selasa, 4/4/2017 di Roma.",
        P,
        &[("Selasa, 4/4/2017", "2017-04-04", None, false)],
    ),
    (
        "Kamis tanggal 5 Oktober 2017 lalu.",
        P,
        &[("Kamis tanggal 5 Oktober 2017", "2017-10-05", None, false)],
    ),
    (
        "pada Senin (20 Januari 2020) pagi.",
        P,
        &[("Senin (20 Januari 2020)", "2020-01-20", None, false)],
    ),
    (
        "Pengumuman 17/8/2020 sudah keluar.",
        P,
        &[("17/8/2020", "2020-08-17", None, false)],
    ),
    (
        "Pengumuman 17-08-2020 sudah keluar.",
        P,
        &[("17-08-2020", "2020-08-17", None, false)],
    ),
    (
        "Pengumuman 17.08.2020 sudah keluar.",
        P,
        &[("17.08.2020", "2020-08-17", None, false)],
    ),
    (
        "Tanggal rilis 2020-01-20 tercantum.",
        P,
        &[("2020-01-20", "2020-01-20", None, false)],
    ),
    (
        "Proklamasi 17 Agustus 1945 dibacakan.",
        P,
        &[("17 Agustus 1945", "1945-08-17", None, false)],
    ),
    // Weekday with day and month: the year comes from the weekday.
    (
        "di Banjarbaru, pada Senin (4/7).",
        R,
        &[("Senin (4/7)", "2022-07-04", None, true)],
    ),
    (
        "di Jakarta, Minggu ( 24/8 ).",
        P,
        &[("Minggu ( 24/8 )", "2025-08-24", None, true)],
    ),
    (
        "di Gedung DPR, Senin (27 / 3).",
        R,
        &[("Senin (27 / 3)", "2023-03-27", None, true)],
    ),
    (
        "di Jakarta, Senin(24 / 7).",
        R,
        &[("Senin(24 / 7)", "2023-07-24", None, true)],
    ),
    (
        "Kamis (31 / 8) pagi, kepadatan mulai.",
        R,
        &[("Kamis (31 / 8)", "2023-08-31", None, true)],
    ),
    (
        "Acara pada Sabtu (29/2).",
        P,
        &[("Sabtu (29/2)", "2020-02-29", None, true)],
    ),
    (
        "Rapat digelar Senin (29/12).",
        "P2026-01-02",
        &[("Senin (29/12)", "2025-12-29", None, true)],
    ),
    (
        "Rapat akan digelar Senin (5/1).",
        "P2026-01-02",
        &[("Senin (5/1)", "2026-01-05", None, true)],
    ),
    // Months and years.
    (
        "akan kami lakukan pada bulan April 2021.",
        P,
        &[("April 2021", "2021-04", None, false)],
    ),
    (
        "Harga naik sejak April 2021.",
        P,
        &[("April 2021", "2021-04", None, false)],
    ),
    (
        "Nota ditandatangani Mei 2019 di Samarinda.",
        P,
        &[("Mei 2019", "2019-05", None, false)],
    ),
    (
        "Data Jan 2020 dirilis.",
        P,
        &[("Jan 2020", "2020-01", None, false)],
    ),
    (
        "pada bulan Januari lalu",
        P,
        &[("Januari lalu", "2026-01", None, true)],
    ),
    (
        "Pilkada 2020 dan APBD 2021 dibahas.",
        P,
        &[("2020", "2020", None, false), ("2021", "2021", None, false)],
    ),
    (
        "pada Februari mendatang",
        P,
        &[("Februari mendatang", "2027-02", None, true)],
    ),
    (
        "Musik era tahun 1970-an kembali digemari.",
        P,
        &[("1970-an", "1970", Some("1979"), false)],
    ),
    (
        "Gempa terjadi Minggu dini hari (4/7) di Jayapura.",
        R,
        &[("Minggu dini hari (4/7)", "2021-07-04", None, true)],
    ),
    (
        "Ditetapkan 17 Agustus tahun 1945 di Jakarta.",
        P,
        &[("17 Agustus tahun 1945", "1945-08-17", None, false)],
    ),
    (
        "rapat pada 5 Januari",
        R,
        &[("5 Januari", "2026-01-05", None, true)],
    ),
    (
        "rapat pada 10 Desember",
        R,
        &[("10 Desember", "2026-12-10", None, true)],
    ),
    (
        "Sidang tanggal 2 Oktober besok, hari Senin.",
        "P2017-09-28",
        &[("2 Oktober besok", "2017-10-02", None, true)],
    ),
    (
        "kemo paru sejak bulan Maret.",
        "P2017-12-01",
        &[("Maret", "2017-03", None, true)],
    ),
    (
        "ulang tahun pada 10 Agustus tahun ini.",
        "P2018-01-01",
        &[("10 Agustus tahun ini", "2018-08-10", None, true)],
    ),
    (
        "digelar pada Mei tahun lalu.",
        P,
        &[("Mei tahun lalu", "2025-05", None, true)],
    ),
    (
        "festival digelar dari Agustus hingga September.",
        P,
        &[("Agustus hingga September", "2026-08", Some("2026-09"), true)],
    ),
    (
        "jumpa pers di Jakarta besok, Jumat (2 / 6).",
        "P2017-06-01",
        &[("besok, Jumat (2 / 6)", "2017-06-02", None, true)],
    ),
    (
        "Data tahun 2019 menunjukkan kenaikan.",
        P,
        &[("2019", "2019", None, false)],
    ),
    (
        "Program dimulai pada 2015 oleh Pemprov.",
        P,
        &[("2015", "2015", None, false)],
    ),
    (
        "Pada awal 2020 pandemi datang.",
        P,
        &[("2020", "2020", None, false)],
    ),
    (
        "RPJMD periode 2021-2026 disusun.",
        P,
        &[("2021-2026", "2021", Some("2026"), false)],
    ),
    // Ranges.
    (
        "Pameran 20-22 Januari 2020 di Pontianak.",
        P,
        &[(
            "20-22 Januari 2020",
            "2020-01-20",
            Some("2020-01-22"),
            false,
        )],
    ),
    (
        "Pameran 20 s.d. 22 Januari di Pontianak.",
        "P2020-01-10",
        &[("20 s.d. 22 Januari", "2020-01-20", Some("2020-01-22"), true)],
    ),
    (
        "Pameran 20 s/d 22 Januari 2020.",
        P,
        &[(
            "20 s/d 22 Januari 2020",
            "2020-01-20",
            Some("2020-01-22"),
            false,
        )],
    ),
    (
        "Pameran 20 sampai 22 Januari 2020.",
        P,
        &[(
            "20 sampai 22 Januari 2020",
            "2020-01-20",
            Some("2020-01-22"),
            false,
        )],
    ),
    (
        "Pameran 20 sampai dengan 22 Januari 2020.",
        P,
        &[(
            "20 sampai dengan 22 Januari 2020",
            "2020-01-20",
            Some("2020-01-22"),
            false,
        )],
    ),
    (
        "Kegiatan 3-10 Oktober 2025 berlangsung.",
        P,
        &[("3-10 Oktober 2025", "2025-10-03", Some("2025-10-10"), false)],
    ),
    (
        "pada 8 - 22 Mei 2017 di Baku",
        P,
        &[("8 - 22 Mei 2017", "2017-05-08", Some("2017-05-22"), false)],
    ),
    (
        "Triwulan Januari-Maret 2020 tumbuh.",
        P,
        &[("Januari-Maret 2020", "2020-01", Some("2020-03"), false)],
    ),
    (
        "Kontrak Juni 2015 hingga Juni 2016.",
        P,
        &[(
            "Juni 2015 hingga Juni 2016",
            "2015-06",
            Some("2016-06"),
            false,
        )],
    ),
    (
        "sejak 15 Juni hingga 11 Juli 2017.",
        P,
        &[(
            "15 Juni hingga 11 Juli 2017",
            "2017-06-15",
            Some("2017-07-11"),
            false,
        )],
    ),
    (
        "libur 28 Desember - 2 Januari 2021.",
        P,
        &[(
            "28 Desember - 2 Januari 2021",
            "2020-12-28",
            Some("2021-01-02"),
            false,
        )],
    ),
    // Abbreviations and older spellings.
    (
        "pada 5 Peb 2020 itu",
        P,
        &[("5 Peb 2020", "2020-02-05", None, false)],
    ),
    (
        "pada 5 Feb. 2020 itu",
        P,
        &[("5 Feb. 2020", "2020-02-05", None, false)],
    ),
    (
        "pada 3 Mrt 2021 itu",
        P,
        &[("3 Mrt 2021", "2021-03-03", None, false)],
    ),
    (
        "pada 3 Mar 2021 itu",
        P,
        &[("3 Mar 2021", "2021-03-03", None, false)],
    ),
    (
        "pada 2 Apr 2020 itu",
        P,
        &[("2 Apr 2020", "2020-04-02", None, false)],
    ),
    (
        "pada 2 Jun 2020 itu",
        P,
        &[("2 Jun 2020", "2020-06-02", None, false)],
    ),
    (
        "pada 3 Jul 2020 itu",
        P,
        &[("3 Jul 2020", "2020-07-03", None, false)],
    ),
    (
        "pada 17 Agu 2019 itu",
        P,
        &[("17 Agu 2019", "2019-08-17", None, false)],
    ),
    (
        "pada 17 Agt 2019 itu",
        P,
        &[("17 Agt 2019", "2019-08-17", None, false)],
    ),
    (
        "pada 17 Ags. 2019 itu",
        P,
        &[("17 Ags. 2019", "2019-08-17", None, false)],
    ),
    (
        "pada 9 Sep 2019 itu",
        P,
        &[("9 Sep 2019", "2019-09-09", None, false)],
    ),
    (
        "pada 9 Sept. 2019 itu",
        P,
        &[("9 Sept. 2019", "2019-09-09", None, false)],
    ),
    (
        "pada 12 Okt 2020 itu",
        P,
        &[("12 Okt 2020", "2020-10-12", None, false)],
    ),
    (
        "pada 10 Nov 2020 itu",
        P,
        &[("10 Nov 2020", "2020-11-10", None, false)],
    ),
    (
        "pada 10 Nop 2020 itu",
        P,
        &[("10 Nop 2020", "2020-11-10", None, false)],
    ),
    (
        "pada 10 Nopember 2020 itu",
        P,
        &[("10 Nopember 2020", "2020-11-10", None, false)],
    ),
    (
        "pada 10 Pebruari 2020 itu",
        P,
        &[("10 Pebruari 2020", "2020-02-10", None, false)],
    ),
    (
        "pada 25 Des 2020 itu",
        P,
        &[("25 Des 2020", "2020-12-25", None, false)],
    ),
    (
        "pada 1 Jan 2020 itu",
        P,
        &[("1 Jan 2020", "2020-01-01", None, false)],
    ),
    // Year-less days.
    (
        "upacara tanggal 17 Agustus di lapangan",
        P,
        &[("17 Agustus", "2026-08-17", None, true)],
    ),
    (
        "pada 17 Juli yang lalu",
        P,
        &[("17 Juli yang lalu", "2026-07-17", None, true)],
    ),
    (
        "di Las Vegas, 26 Agustus mendatang.",
        P,
        &[("26 Agustus mendatang", "2027-08-26", None, true)],
    ),
    (
        "tanggal 30 Desember nanti",
        "P2026-01-03",
        &[("30 Desember nanti", "2026-12-30", None, true)],
    ),
    (
        "tanggal 30 Desember itu",
        "P2026-01-03",
        &[("30 Desember", "2025-12-30", None, true)],
    ),
    (
        "pada 5 Januari",
        "P2025-12-30",
        &[("5 Januari", "2026-01-05", None, true)],
    ),
    // Relative expressions.
    (
        "Ia tiba kemarin di Pontianak.",
        P,
        &[("kemarin", "2026-11-22", None, false)],
    ),
    (
        "Ia tiba kemarin di Pontianak.",
        "P2026-01-01",
        &[("kemarin", "2025-12-31", None, false)],
    ),
    (
        "Rapat hari ini dihadiri bupati.",
        P,
        &[("hari ini", "2026-11-23", None, false)],
    ),
    (
        "Rapat besok dihadiri bupati.",
        P,
        &[("besok", "2026-11-24", None, false)],
    ),
    (
        "Rapat lusa dihadiri bupati.",
        P,
        &[("lusa", "2026-11-25", None, false)],
    ),
    (
        "Rapat kemarin lusa dihadiri bupati.",
        P,
        &[("kemarin lusa", "2026-11-21", None, false)],
    ),
    (
        "Rapat pekan lalu dihadiri bupati.",
        P,
        &[("pekan lalu", "2026-11-16", Some("2026-11-22"), false)],
    ),
    (
        "Rapat minggu lalu dihadiri bupati.",
        P,
        &[("minggu lalu", "2026-11-16", Some("2026-11-22"), false)],
    ),
    (
        "Rapat pekan lalu dihadiri bupati.",
        "P2026-01-01",
        &[("pekan lalu", "2025-12-22", Some("2025-12-28"), false)],
    ),
    (
        "Laga akhir pekan kemarin berakhir imbang.",
        P,
        &[("pekan kemarin", "2026-11-16", Some("2026-11-22"), false)],
    ),
    (
        "Rapat pekan depan digelar.",
        P,
        &[("pekan depan", "2026-11-30", Some("2026-12-06"), false)],
    ),
    (
        "Rapat Senin lalu dihadiri bupati.",
        P,
        &[("Senin lalu", "2026-11-16", None, false)],
    ),
    (
        "Rapat Kamis lalu dihadiri bupati.",
        P,
        &[("Kamis lalu", "2026-11-19", None, false)],
    ),
    (
        "Rapat Senin depan digelar.",
        P,
        &[("Senin depan", "2026-11-30", None, false)],
    ),
    (
        "Rapat Rabu kemarin digelar.",
        P,
        &[("Rabu kemarin", "2026-11-18", None, false)],
    ),
    (
        "Rapat bulan depan digelar.",
        P,
        &[("bulan depan", "2026-12", None, false)],
    ),
    (
        "Rapat bulan lalu digelar.",
        P,
        &[("bulan lalu", "2026-10", None, false)],
    ),
    (
        "Rapat bulan lalu digelar.",
        "P2026-01-15",
        &[("bulan lalu", "2025-12", None, false)],
    ),
    (
        "Anggaran tahun lalu habis.",
        P,
        &[("tahun lalu", "2025", None, false)],
    ),
    (
        "Anggaran tahun depan naik.",
        P,
        &[("tahun depan", "2027", None, false)],
    ),
    (
        "Anggaran tahun ini naik.",
        P,
        &[("tahun ini", "2026", None, false)],
    ),
    (
        "Ia wafat dua tahun lalu.",
        P,
        &[("dua tahun lalu", "2024", None, false)],
    ),
    (
        "Ia tiba tiga hari yang lalu.",
        P,
        &[("tiga hari yang lalu", "2026-11-20", None, false)],
    ),
    (
        "Rapat digelar pada Kamis di kantor.",
        P,
        &[("Kamis", "2026-11-19", None, false)],
    ),
    (
        "Rapat digelar pada Senin di kantor.",
        P,
        &[("Senin", "2026-11-23", None, false)],
    ),
    (
        "kata Budi di Jakarta, Jumat.",
        P,
        &[("Jumat", "2026-11-20", None, false)],
    ),
    (
        "Kemarin (12 / 6), pusat riset merilis data.",
        "P2017-06-13",
        &[("Kemarin (12 / 6)", "2017-06-12", None, true)],
    ),
    (
        "Film dirilis hari ini (10/5) di bioskop.",
        "P2017-05-10",
        &[("hari ini (10/5)", "2017-05-10", None, true)],
    ),
    (
        "hujan turun sekitar September hingga November.",
        P,
        &[(
            "September hingga November",
            "2026-09",
            Some("2026-11"),
            true,
        )],
    ),
    // Against the run date a bare weekday is left unresolved.
    ("Rapat digelar pada Kamis di kantor.", R, &[]),
    // Times attach to the date of their sentence.
    (
        "Rapat pada Rabu (10/1/2024) pukul 09.00 WIB.",
        P,
        &[("Rabu (10/1/2024)", "2024-01-10", None, false)],
    ),
    // A weekday contradicting the date is kept.
    (
        "Rapat pada Selasa (20/01/2020) di kantor.",
        P,
        &[("Selasa (20/01/2020)", "2020-01-20", None, false)],
    ),
    // Leap years and impossible days.
    (
        "pada 29 Februari 2020 itu",
        P,
        &[("29 Februari 2020", "2020-02-29", None, false)],
    ),
    ("pada 29 Februari 2021 itu", P, &[]),
    ("pada 31 Februari 2020 itu", P, &[]),
    ("pada 31 April 2020 itu", P, &[]),
    ("pada Rabu (31/6) itu", P, &[]),
    // Not dates: laws, ages, counts, durations, money, scores, ratios, numbers.
    (
        "diamanahkan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
        P,
        &[],
    ),
    ("sesuai UU 25/2009 tentang Pelayanan Publik", P, &[]),
    ("berdasarkan PP No. 12 Tahun 2017 tentang Pembinaan", P, &[]),
    ("Perda Nomor 3 Tahun 2020 berlaku.", P, &[]),
    (
        "UUD Negara Republik Indonesia Tahun 1945 menjamin hak warga.",
        P,
        &[],
    ),
    ("Pria berusia 45 tahun itu ditahan.", P, &[]),
    ("Ia sudah 45 tahun bekerja.", P, &[]),
    ("Proyek 2 tahun selesai selama 3 bulan.", P, &[]),
    (
        "Hadir 7 (tujuh) Inspektorat Kabupaten dan 3 (tiga) Inspektorat Kota.",
        P,
        &[],
    ),
    ("Sebanyak 21 SKPD menandatangani.", P, &[]),
    ("Hubungi 0812-2020-1234 atau (0561) 743210.", P, &[]),
    ("Harga Rp 2.020 per lembar, total Rp 2020.", P, &[]),
    ("Skor akhir 2-1 untuk tuan rumah.", P, &[]),
    ("Layanan 24/7 tersedia di halaman 12.", P, &[]),
    ("Mobil KB 2020 AB ditilang.", P, &[]),
    ("Kompetisi musim 2016 / 17 berakhir.", P, &[]),
    ("manajer sejak pada 1996 / 97 dan 1998/99.", P, &[]),
    ("Tim juara Piala Dunia 2018 pulang.", P, &[]),
    ("Rapat pukul 09.00 WIB dimulai.", P, &[]),
    ("Kantor buka Senin-Jumat dan setiap Sabtu.", P, &[]),
    ("Dua minggu ini hujan, beberapa tahun lalu kering.", P, &[]),
    ("Jalan Juni berliku.", P, &[]),
];

#[test]
fn table() {
    assert!(CASES.len() >= 80);
    let mut failures = Vec::new();
    for (input, reference, want) in CASES {
        let got = run(input, reference);
        let want: Vec<_> = want
            .iter()
            .map(|(t, v, u, y)| (t.to_string(), v.to_string(), u.map(str::to_string), *y))
            .collect();
        if got != want {
            failures.push(format!(
                "{input:?} @ {reference}\n   got  {got:?}\n   want {want:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn flags_and_times() {
    let doc = Doc::new(
        "Rapat pada Selasa (20/01/2020) pukul 09.00 WIB. Pukul 14.30 WITA, Selasa (21/1/2020) tiba. Acara kemarin jam 10:00 WIT usai.",
        date("2020-01-22"),
        true,
    );
    let got = find(&doc, &[]);
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got[0].weekday_mismatch);
    assert_eq!(got[0].time.as_deref(), Some("09.00 WIB"));
    assert!(!got[1].weekday_mismatch);
    assert_eq!(got[1].time.as_deref(), Some("14.30 WITA"));
    assert!(got[2].relative);
    assert_eq!(got[2].value, "2020-01-21");
    assert_eq!(got[2].time.as_deref(), Some("10.00 WIT"));
    assert!(!got[0].relative && !got[0].year_inferred);
    let doc = Doc::new(
        "Sidang Senin (20/1/2020) pukul 9 pagi. Rapat Selasa (21/1/2020), 09.00-12.00 WITA.",
        date("2020-01-22"),
        true,
    );
    let got = find(&doc, &[]);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].time.as_deref(), Some("09.00"));
    assert_eq!(got[1].time.as_deref(), Some("09.00-12.00 WITA"));
}

#[test]
fn offsets_cover_the_written_text() {
    let text = "Pontianak – Rapat pada Rabu (31/3/2021) dan April 2021.";
    let doc = Doc::new(text, date("2021-04-01"), true);
    for m in find(&doc, &[]) {
        assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()));
    }
}

#[test]
fn exclude_ranges_are_skipped() {
    let text = "sesuai Peraturan 12 Januari 2020 dan rapat 13 Januari 2020";
    let doc = Doc::new(text, date("2021-04-01"), true);
    let law = 7..32;
    let got = find(&doc, &[law]);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].value, "2020-01-13");
    // A date right after a citation is still found.
    let text = "Perda Nomor 5 Tahun 2020 20 Januari 2021 berlaku";
    let doc = Doc::new(text, date("2021-04-01"), true);
    let citation = 0..24;
    let got = find(&doc, &[citation]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].value, "2021-01-20");
}

#[test]
fn publication_dates() {
    let cases: &[(&str, Option<&str>)] = &[
        ("2020-01-20", Some("2020-01-20")),
        ("2020-01-20T10:00:00+07:00", Some("2020-01-20")),
        ("2020-01-20 10:00:00", Some("2020-01-20")),
        ("Senin, 20 Januari 2020", Some("2020-01-20")),
        ("Senin, 20 Januari 2020 | 10:00 WIB", Some("2020-01-20")),
        ("20/01/2020", Some("2020-01-20")),
        ("20-01-2020", Some("2020-01-20")),
        ("Jan 20, 2020", Some("2020-01-20")),
        ("January 20, 2020", Some("2020-01-20")),
        ("20 Jan 2020", Some("2020-01-20")),
        ("Mon, 20 Jan 2020 10:00:00 +0700", Some("2020-01-20")),
        ("  Jum'at, 19 September 2025 ", Some("2025-09-19")),
        ("31/02/2020", None),
        ("kemarin", None),
        ("", None),
        ("2020", None),
    ];
    for (input, want) in cases {
        let got = parse_publication(input).map(super::iso);
        assert_eq!(got.as_deref(), *want, "{input:?}");
    }
}

#[test]
fn date_prefixes() {
    let cases: &[(&str, Option<(&str, &str)>)] = &[
        (
            "Senin, 20 Januari 2020 - Meigi Bastiani",
            Some(("2020-01-20", "Senin, 20 Januari 2020")),
        ),
        (
            "**Senin, 20 Januari 2020 - Meigi Bastiani**",
            Some(("2020-01-20", "**Senin, 20 Januari 2020")),
        ),
        (
            "Jum'at, 19 September 2025 - kalbar",
            Some(("2025-09-19", "Jum'at, 19 September 2025")),
        ),
        (
            "Jumat, 19 September 2025",
            Some(("2025-09-19", "Jumat, 19 September 2025")),
        ),
        (
            "Jumat, 19/09/2025 - 10:00 WIB",
            Some(("2025-09-19", "Jumat, 19/09/2025")),
        ),
        ("20 Januari 2020", Some(("2020-01-20", "20 Januari 2020"))),
        ("2020-01-20 08:00", Some(("2020-01-20", "2020-01-20"))),
        ("2020-1-5 - redaksi", Some(("2020-01-05", "2020-1-5"))),
        ("Senin (20/01/2020) - Kepala Perwakilan", None),
        ("PONTIANAK - Ombudsman RI", None),
        ("Senin, 31 Februari 2020", None),
        ("20 Januari 20201", None),
        ("Jum'at", None),
        ("**", None),
    ];
    for (input, want) in cases {
        let got = parse_date_prefix(input);
        let got = got.map(|(d, n)| (super::iso(d), input.get(..n).unwrap_or("<bad offset>")));
        let want = want.map(|(d, s)| (d.to_string(), s));
        assert_eq!(got, want, "{input:?}");
    }
}

#[test]
fn never_panics_on_odd_text() {
    let inputs = [
        "",
        "(",
        "Senin (",
        "Senin (4/",
        "Senin (4/7",
        "20 s.d.",
        "pukul",
        "pukul 9.",
        "Jum'",
        "é20/1",
        "20 Januari é",
        "Senin, 99/99/9999",
        "tahun 9999",
        "0000-00-00",
        "\u{2019}\u{2019}",
        "Minggu\n(4/7)",
        "2020-",
        "2020-01-",
        "kemarin lusa besok",
        "dua tahun lalu lalu",
        "Januari-",
        "1/1/1900 31/12/2100",
    ];
    for input in inputs {
        for reference in ["2026-11-23", "9999-12-31"] {
            let Some(r) = parse_publication(reference) else {
                continue;
            };
            let doc = Doc::new(input, r, true);
            for m in find(&doc, &[]) {
                assert!(input.get(m.start..m.end).is_some());
            }
        }
        let _ = parse_publication(input);
        let _ = parse_date_prefix(input);
    }
}

#[test]
fn random_fragments_never_panic_and_spans_are_sound() {
    const PIECES: &[&str] = &[
        "Senin",
        "Minggu",
        "minggu",
        "Jum'at",
        "Jum\u{2019}",
        "(",
        ")",
        " ( ",
        "/",
        " / ",
        "-",
        "–",
        ".",
        ",",
        " ",
        "\n",
        "20",
        "4",
        "7",
        "31",
        "29",
        "2",
        "2020",
        "1999",
        "12345",
        "Januari",
        "Feb",
        "Peb.",
        "Agt",
        "Sept.",
        "s.d.",
        "s/d",
        "sampai",
        "dengan",
        "hingga",
        "tanggal",
        "kemarin",
        "lusa",
        "hari",
        "ini",
        "pekan",
        "lalu",
        "depan",
        "bulan",
        "tahun",
        "dua",
        "pukul",
        "09",
        "09.00",
        ":",
        "WIB",
        "WITA",
        "Nomor",
        "UU",
        "é",
        "\u{a0}",
        "日本",
        "pada",
        "yang",
        "silam",
        "mendatang",
        "**",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let refs = [date("2026-11-23"), date("2020-02-29"), date("2026-01-01")];
    for round in 0..3000 {
        let len = (next() % 14) as usize + 1;
        let mut text = String::new();
        for _ in 0..len {
            let i = (next() % PIECES.len() as u64) as usize;
            text.push_str(PIECES.get(i).copied().unwrap_or(""));
            if next() % 3 == 0 {
                text.push(' ');
            }
        }
        let reference = refs[round % refs.len()];
        let doc = Doc::new(&text, reference, round % 2 == 0);
        let mut last_end = 0;
        for m in find(&doc, &[]) {
            assert!(m.start >= last_end && m.start < m.end, "{text:?}: {m:?}");
            assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()), "{text:?}");
            last_end = m.end;
        }
        let _ = parse_publication(&text);
        if let Some((_, n)) = parse_date_prefix(&text) {
            assert!(text.is_char_boundary(n) && n <= text.len(), "{text:?}");
        }
    }
}

#[test]
fn weekday_in_apposition_checks_the_date() {
    let doc = Doc::new(
        "Sidang 3 Oktober 2017, hari Senin.",
        date("2017-09-28"),
        true,
    );
    let got = find(&doc, &[]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].weekday_mismatch, "3 Oktober 2017 is a Tuesday");
    let doc = Doc::new(
        "Sidang 2 Oktober 2017, hari Senin.",
        date("2017-09-28"),
        true,
    );
    let got = find(&doc, &[]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(!got[0].weekday_mismatch);
}

/// Throughput on pathological inputs given in `WARTA_DATES_PERF` (a list of files):
/// `cargo test --release -p warta-core --lib dates::tests::throughput -- --ignored`.
#[test]
#[ignore]
fn throughput() {
    let Ok(paths) = std::env::var("WARTA_DATES_PERF") else {
        return;
    };
    for path in paths.split(':') {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let started = std::time::Instant::now();
        let doc = Doc::new(&text, date("2026-11-23"), true);
        let segmented = started.elapsed();
        let found = find(&doc, &[]).len();
        let total = started.elapsed();
        eprintln!(
            "{path}: {} bytes, {found} dates, segmentation {segmented:?}, dates {:?}",
            text.len(),
            total - segmented
        );
    }
}
