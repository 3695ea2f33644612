//! The most cited Indonesian statutes (public facts from the state gazette), used to fill a
//! year or subject the text leaves out (`UU no 37` in a story about the Ombudsman is the
//! Ombudsman Act of 2008) and to read citations by short name (`UU ITE`).

/// One well-known statute.
pub(super) struct Known {
    /// Schema kind (`UU`, `PP`).
    pub kind: &'static str,
    /// Number.
    pub number: &'static str,
    /// Year of enactment.
    pub year: i32,
    /// Official subject (`tentang ...`).
    pub subject: &'static str,
    /// Lower-case words whose presence in the article ties a bare number to this statute.
    pub cues: &'static [&'static str],
    /// Short names it is cited by after `UU` (`ITE`, `Cipta Kerja`), compared
    /// case-insensitively; empty when the name is shared with another statute.
    pub names: &'static [&'static str],
}

/// The table. Where two statutes share a short name (the ITE Act and its amendment), the
/// short name stays with the original act.
pub(super) const KNOWN: &[Known] = &[
    Known { kind: "UU", number: "25", year: 2009, subject: "Pelayanan Publik",
        cues: &["pelayanan publik", "layanan publik"], names: &["Pelayanan Publik"] },
    Known { kind: "UU", number: "37", year: 2008, subject: "Ombudsman Republik Indonesia",
        cues: &["ombudsman"], names: &["Ombudsman"] },
    Known { kind: "UU", number: "23", year: 2014, subject: "Pemerintahan Daerah",
        cues: &["pemerintahan daerah", "pemda", "otonomi daerah"],
        names: &["Pemda", "Pemerintahan Daerah"] },
    Known { kind: "UU", number: "14", year: 2008, subject: "Keterbukaan Informasi Publik",
        cues: &["keterbukaan informasi", "informasi publik", "kip"],
        names: &["KIP", "Keterbukaan Informasi Publik"] },
    Known { kind: "UU", number: "5", year: 2014, subject: "Aparatur Sipil Negara",
        cues: &["aparatur sipil negara", "asn"], names: &[] },
    Known { kind: "UU", number: "30", year: 2014, subject: "Administrasi Pemerintahan",
        cues: &["administrasi pemerintahan"], names: &["Administrasi Pemerintahan"] },
    Known { kind: "UU", number: "31", year: 1999,
        subject: "Pemberantasan Tindak Pidana Korupsi",
        cues: &["korupsi", "tipikor"], names: &["Tipikor", "Pemberantasan Tindak Pidana Korupsi"] },
    Known { kind: "UU", number: "20", year: 2001,
        subject: "Perubahan atas Undang-Undang Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana Korupsi",
        cues: &["korupsi", "tipikor"], names: &[] },
    Known { kind: "UU", number: "11", year: 2008, subject: "Informasi dan Transaksi Elektronik",
        cues: &["transaksi elektronik", "ite"], names: &["ITE", "Informasi dan Transaksi Elektronik"] },
    Known { kind: "UU", number: "19", year: 2016,
        subject: "Perubahan atas Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik",
        cues: &["transaksi elektronik", "ite"], names: &[] },
    Known { kind: "UU", number: "1", year: 2023, subject: "Kitab Undang-Undang Hukum Pidana",
        cues: &["kuhp", "hukum pidana"], names: &["KUHP"] },
    Known { kind: "UU", number: "6", year: 2014, subject: "Desa",
        cues: &["desa"], names: &["Desa"] },
    Known { kind: "UU", number: "7", year: 2017, subject: "Pemilihan Umum",
        cues: &["pemilu", "pemilihan umum"], names: &["Pemilu", "Pemilihan Umum"] },
    Known { kind: "UU", number: "11", year: 2020, subject: "Cipta Kerja",
        cues: &["cipta kerja", "omnibus"], names: &["Cipta Kerja"] },
    Known { kind: "UU", number: "6", year: 2023,
        subject: "Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang",
        cues: &["cipta kerja"], names: &[] },
    Known { kind: "UU", number: "40", year: 1999, subject: "Pers",
        cues: &["pers", "wartawan", "jurnalis"], names: &["Pers"] },
    Known { kind: "UU", number: "13", year: 2003, subject: "Ketenagakerjaan",
        cues: &["ketenagakerjaan", "buruh", "pekerja"], names: &["Ketenagakerjaan"] },
    Known { kind: "UU", number: "35", year: 2014,
        subject: "Perubahan atas Undang-Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak",
        cues: &["perlindungan anak"], names: &[] },
    Known { kind: "UU", number: "23", year: 2002, subject: "Perlindungan Anak",
        cues: &["perlindungan anak"], names: &["Perlindungan Anak"] },
    Known { kind: "UU", number: "20", year: 2003, subject: "Sistem Pendidikan Nasional",
        cues: &["sisdiknas", "pendidikan nasional"], names: &["Sisdiknas"] },
    Known { kind: "UU", number: "28", year: 1999,
        subject: "Penyelenggaraan Negara yang Bersih dan Bebas dari Korupsi, Kolusi, dan Nepotisme",
        cues: &["kkn", "nepotisme"], names: &[] },
    Known { kind: "UU", number: "8", year: 1999, subject: "Perlindungan Konsumen",
        cues: &["konsumen"], names: &["Perlindungan Konsumen"] },
    Known { kind: "UU", number: "36", year: 2009, subject: "Kesehatan",
        cues: &["kesehatan"], names: &[] },
    Known { kind: "UU", number: "17", year: 2023, subject: "Kesehatan",
        cues: &["kesehatan"], names: &[] },
    Known { kind: "UU", number: "2", year: 2002, subject: "Kepolisian Negara Republik Indonesia",
        cues: &["kepolisian", "polri", "polisi"], names: &["Polri", "Kepolisian"] },
    Known { kind: "UU", number: "10", year: 2016,
        subject: "Perubahan Kedua atas Undang-Undang Nomor 1 Tahun 2015 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014 tentang Pemilihan Gubernur, Bupati, dan Walikota menjadi Undang-Undang",
        cues: &["pilkada"], names: &["Pilkada"] },
    Known { kind: "UU", number: "19", year: 2019,
        subject: "Perubahan Kedua atas Undang-Undang Nomor 30 Tahun 2002 tentang Komisi Pemberantasan Tindak Pidana Korupsi",
        cues: &["kpk"], names: &[] },
    Known { kind: "UU", number: "30", year: 2002,
        subject: "Komisi Pemberantasan Tindak Pidana Korupsi",
        cues: &["kpk"], names: &["KPK"] },
    Known { kind: "PP", number: "94", year: 2021, subject: "Disiplin Pegawai Negeri Sipil",
        cues: &["disiplin"], names: &[] },
    Known { kind: "PP", number: "12", year: 2017,
        subject: "Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Daerah",
        cues: &["pembinaan dan pengawasan"], names: &[] },
    Known { kind: "Perpres", number: "76", year: 2013, subject: "Pengelolaan Pengaduan Pelayanan Publik",
        cues: &["pengaduan"], names: &[] },
    Known { kind: "PP", number: "96", year: 2012,
        subject: "Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
        cues: &["pelayanan publik"], names: &[] },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_well_formed() {
        for k in KNOWN {
            assert!(!k.number.is_empty() && k.number.chars().all(|c| c.is_ascii_digit()));
            assert!((1945..=2030).contains(&k.year), "{} {}", k.number, k.year);
            assert!(!k.cues.is_empty());
            assert!(k.cues.iter().all(|c| *c == c.to_lowercase()));
        }
        // A short name names one statute only.
        for (i, a) in KNOWN.iter().enumerate() {
            for b in &KNOWN[i + 1..] {
                for n in a.names {
                    assert!(!b.names.iter().any(|m| m.eq_ignore_ascii_case(n)), "{n}");
                }
            }
        }
    }
}
