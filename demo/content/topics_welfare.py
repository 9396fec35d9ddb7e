"""Story templates for the Kesehatan and Pendidikan rubriks."""

from demo.content.topic import Topic

TOPICS: list[Topic] = [
    Topic(
        rubrik="kesehatan",
        agencies=("dinkes", "dp3appkb", "bappeda"),
        tags=("stunting", "gizi", "posyandu", "ibu hamil"),
        theme="kesehatan",
        headlines=(
            "Prevalensi Stunting {di_short} Turun Jadi {pct} Persen",
            "Dinkes Kalteng Sasar {mid} Balita dalam Pekan Timbang Serentak",
            "Cegah Stunting, {desa} Aktifkan Kembali Posyandu Keliling",
            "Pemprov Targetkan Stunting Kalteng di Bawah 14 Persen pada {next_year}",
        ),
        openings=(
            "Angka prevalensi stunting {di_short} turun menjadi {pct} persen berdasarkan hasil "
            "pengukuran terbaru yang dirilis Dinas Kesehatan Kalteng.",
            "Dinas Kesehatan Kalteng menyasar {mid} balita dalam kegiatan penimbangan dan "
            "pengukuran serentak di posyandu {di_short}.",
            "Untuk mencegah stunting, {desa} kembali mengaktifkan posyandu keliling yang "
            "menjangkau balita di permukiman terpencil.",
            "Pemprov Kalteng menargetkan prevalensi stunting turun di bawah 14 persen pada "
            "{next_year} melalui intervensi gizi yang lebih terarah.",
        ),
        details=(
            "Penurunan tersebut tidak lepas dari pemberian makanan tambahan bagi balita dan ibu "
            "hamil kurang energi kronis di {small} desa lokus.",
            "Kader posyandu di {kec} juga dibekali alat ukur antropometri standar agar hasil "
            "pengukuran lebih akurat.",
            "Tim pendamping keluarga melakukan kunjungan rumah untuk memastikan calon pengantin "
            "dan ibu hamil mendapat tablet tambah darah.",
        ),
        quotes=(
            (
                "Stunting bukan hanya soal tinggi badan, tetapi masa depan generasi Kalteng",
                "{agency_head}",
            ),
            (
                "Kami minta semua pihak bergerak bersama, dari provinsi sampai ke desa",
                "Wakil Gubernur Kalteng",
            ),
        ),
        captions=("Kader posyandu mengukur tinggi badan balita di {desa}",),
    ),
    Topic(
        rubrik="kesehatan",
        agencies=("dinkes", "disdik"),
        tags=("vaksinasi", "imunisasi", "campak", "polio"),
        theme="kesehatan",
        headlines=(
            "Imunisasi Campak-Rubela {di_short} Capai {pct_hi} Persen",
            "Dinkes Gelar Vaksinasi di Sekolah, {big} Anak Jadi Sasaran",
            "Bulan Imunisasi Anak Sekolah Dimulai Serentak {di_short}",
        ),
        openings=(
            "Cakupan imunisasi campak-rubela {di_short} telah mencapai {pct_hi} persen dari "
            "sasaran anak usia sembilan bulan hingga 15 tahun.",
            "Dinas Kesehatan Kalteng bersama Dinas Pendidikan memulai Bulan Imunisasi Anak "
            "Sekolah dengan sasaran {big} siswa sekolah dasar.",
            "Bulan Imunisasi Anak Sekolah dimulai serentak {di_short} dengan sasaran {big} siswa "
            "kelas 1 hingga kelas 6 sekolah dasar.",
        ),
        details=(
            "Petugas puskesmas mendatangi sekolah-sekolah di {kec} sesuai jadwal yang telah "
            "disepakati dengan pihak sekolah.",
            "Orang tua diimbau tidak ragu karena vaksin yang digunakan aman, halal dan telah "
            "mendapat izin edar.",
            "Dinkes juga membuka layanan imunisasi kejar bagi anak yang belum lengkap status "
            "imunisasinya.",
        ),
        quotes=(
            (
                "Imunisasi lengkap melindungi anak kita dari penyakit yang sebenarnya bisa dicegah",
                "{agency_head}",
            ),
        ),
        captions=("Petugas puskesmas memberikan imunisasi kepada siswa di {town}",),
    ),
    Topic(
        rubrik="kesehatan",
        agencies=("rsud-doris-sylvanus", "dinkes"),
        tags=("RSUD", "layanan kesehatan", "jantung", "rujukan"),
        theme="rumahsakit",
        headlines=(
            "RSUD Doris Sylvanus Buka Layanan Kateterisasi Jantung",
            "Pasien Rujukan dari {short} Kini Bisa Daftar Lewat Aplikasi",
            "RSUD dr. Doris Sylvanus Tambah {small} Tempat Tidur ICU",
        ),
        openings=(
            "RSUD dr. Doris Sylvanus Palangka Raya resmi membuka layanan kateterisasi jantung "
            "sehingga pasien tidak perlu lagi dirujuk ke luar daerah.",
            "Pasien rujukan dari {place} kini dapat mendaftar ke RSUD dr. Doris Sylvanus melalui "
            "aplikasi daring tanpa harus mengantre sejak subuh.",
            "RSUD dr. Doris Sylvanus Palangka Raya menambah {small} tempat tidur ICU untuk "
            "memperpendek antrean pasien kritis dari berbagai kabupaten.",
        ),
        details=(
            "Sepanjang tahun ini rumah sakit rujukan provinsi itu melayani lebih dari {big} "
            "kunjungan rawat jalan.",
            "Rumah sakit juga menambah {small} tempat tidur ICU dan memperpanjang jam layanan "
            "poliklinik hingga sore hari.",
            "Sebagian besar pasien rujukan berasal dari kabupaten di wilayah Barito dan Kapuas.",
        ),
        quotes=(
            (
                "Kami ingin warga Kalteng mendapat layanan spesialis tanpa harus ke Banjarmasin "
                "atau Jakarta",
                "{agency_head}",
            ),
        ),
        captions=("Tim medis RSUD dr. Doris Sylvanus di ruang tindakan",),
    ),
    Topic(
        rubrik="kesehatan",
        agencies=("dinkes", "dlh"),
        tags=("DBD", "malaria", "PSN", "musim hujan"),
        theme="kesehatan",
        headlines=(
            "Kasus DBD {di_short} Meningkat, Dinkes Minta Warga Gencarkan 3M Plus",
            "{small} Kasus Malaria Ditemukan di {kec}, Dinkes Bagikan Kelambu",
            "Jelang Musim Hujan, Dinkes Kalteng Fogging di {small} Titik",
        ),
        openings=(
            "Dinas Kesehatan Kalteng mencatat {mid} kasus demam berdarah dengue (DBD) {di_short} "
            "sejak awal tahun dan meminta warga menggencarkan pemberantasan sarang nyamuk.",
            "Petugas kesehatan menemukan {small} kasus malaria di {kec} dan langsung membagikan "
            "kelambu berinsektisida kepada warga.",
            "Menjelang puncak musim hujan, Dinas Kesehatan Kalteng melakukan pengasapan di "
            "{small} titik rawan demam berdarah {di_short}.",
        ),
        details=(
            "Sebagian besar kasus terjadi pada anak usia sekolah dan meningkat seiring "
            "masuknya musim hujan.",
            "Warga diminta menguras bak mandi, menutup tempat penampungan air dan mendaur ulang "
            "barang bekas yang dapat menampung air.",
            "Pengasapan atau fogging hanya dilakukan di lokasi dengan kasus positif karena tidak "
            "membunuh jentik nyamuk.",
        ),
        quotes=(
            (
                "Fogging bukan solusi utama. Kunci pencegahan DBD ada pada kebersihan lingkungan "
                "rumah",
                "{agency_head}",
            ),
        ),
        captions=("Petugas melakukan pengasapan di permukiman warga {desa}",),
    ),
    Topic(
        rubrik="pendidikan",
        agencies=("disdik", "bappeda"),
        tags=("beasiswa", "mahasiswa", "SDM unggul", "pendidikan tinggi"),
        theme="pendidikan",
        headlines=(
            "{mid} Mahasiswa Kalteng Terima Beasiswa Pemprov Tahun {year}",
            "Pendaftaran Beasiswa Kalteng Harati Dibuka hingga Akhir Bulan",
            "Beasiswa Pemprov Kalteng Sasar Anak Petani dan Nelayan {di_short}",
        ),
        openings=(
            "Sebanyak {mid} mahasiswa asal Kalimantan Tengah menerima beasiswa Pemprov Kalteng "
            "tahun {year} dengan total anggaran {rp}.",
            "Pendaftaran beasiswa Kalteng Harati dibuka hingga akhir bulan ini bagi mahasiswa "
            "asal Kalimantan Tengah yang berprestasi.",
            "Pemprov Kalteng kembali membuka pendaftaran beasiswa bagi pelajar dan mahasiswa "
            "berprestasi dari keluarga kurang mampu {di_short}.",
        ),
        details=(
            "Beasiswa diberikan untuk jenjang diploma, sarjana hingga pascasarjana, baik di "
            "perguruan tinggi dalam maupun luar daerah.",
            "Pendaftaran dilakukan secara daring, dan seleksi mempertimbangkan prestasi akademik "
            "serta kondisi ekonomi keluarga.",
            "Penerima beasiswa diharapkan kembali membangun daerah asalnya, termasuk {kec}.",
        ),
        quotes=(
            (
                "Tidak boleh ada anak Kalteng yang putus kuliah hanya karena biaya",
                "Gubernur Kalteng",
            ),
            (
                "Seleksi kami lakukan terbuka dan transparan, hasilnya bisa dipantau di laman "
                "resmi",
                "{agency_head}",
            ),
        ),
        captions=("Penyerahan beasiswa secara simbolis kepada mahasiswa di Palangka Raya",),
    ),
    Topic(
        rubrik="pendidikan",
        agencies=("disdik", "pupr"),
        tags=("sekolah", "SMA", "ruang kelas baru", "SPMB"),
        theme="pendidikan",
        headlines=(
            "{small} Ruang Kelas Baru SMA {di_short} Siap Digunakan",
            "Disdik Kalteng Rehabilitasi Sekolah Rusak di {kec}",
            "SPMB SMA/SMK Kalteng {next_year} Gunakan Jalur Domisili dan Prestasi",
        ),
        openings=(
            "Dinas Pendidikan Kalteng menyelesaikan pembangunan {small} ruang kelas baru untuk "
            "SMA dan SMK {di_short} yang kekurangan daya tampung.",
            "Disdik Kalteng merehabilitasi sejumlah gedung SMA di {kec} yang atapnya rusak dan "
            "lantainya amblas.",
            "Dinas Pendidikan Kalteng memastikan Sistem Penerimaan Murid Baru (SPMB) SMA dan SMK "
            "tahun ajaran {next_year} menggunakan jalur domisili, afirmasi dan prestasi.",
        ),
        details=(
            "Pembangunan senilai {rp} itu mencakup ruang kelas, laboratorium komputer dan "
            "sanitasi sekolah.",
            "Sebelumnya siswa terpaksa belajar bergantian pagi dan siang karena ruang kelas "
            "tidak mencukupi.",
            "Disdik juga memastikan sistem penerimaan murid baru tahun depan berjalan "
            "transparan dengan kuota jalur domisili, afirmasi dan prestasi.",
        ),
        quotes=(
            (
                "Sarana belajar yang layak adalah hak setiap siswa, di kota maupun di desa",
                "{agency_head}",
            ),
            ("Anak-anak sekarang lebih semangat belajar", "Kepala SMA Negeri di {town}"),
        ),
        captions=("Siswa belajar di ruang kelas baru di {town}",),
    ),
    Topic(
        rubrik="pendidikan",
        agencies=("disdik", "bkd"),
        tags=("guru", "PPPK guru", "daerah terpencil", "kesejahteraan guru"),
        theme="pendidikan",
        headlines=(
            "{mid} Guru Honorer Kalteng Diangkat Jadi PPPK",
            "Guru di Daerah Terpencil {short} Terima Tunjangan Khusus",
            "Disdik Kalteng Latih {mid} Guru Kurikulum Merdeka",
        ),
        openings=(
            "Sebanyak {mid} guru honorer di lingkungan Pemprov Kalteng resmi diangkat menjadi "
            "pegawai pemerintah dengan perjanjian kerja (PPPK).",
            "Guru yang bertugas di daerah terpencil {di_short} mulai menerima tunjangan khusus "
            "dari Pemprov Kalteng tahun ini.",
            "Dinas Pendidikan Kalteng melatih {mid} guru SMA dan SMK dalam penerapan Kurikulum "
            "Merdeka dan pembelajaran berdiferensiasi.",
        ),
        details=(
            "Pengangkatan tersebut diprioritaskan bagi guru yang telah mengabdi lebih dari lima "
            "tahun di sekolah negeri.",
            "Sebagian guru di {kec} harus menempuh perjalanan sungai berjam-jam untuk mencapai "
            "sekolah tempat mereka mengajar.",
            "Disdik juga menggelar pelatihan pembelajaran berdiferensiasi dan literasi digital "
            "bagi guru SMA dan SMK.",
        ),
        quotes=(
            (
                "Guru adalah ujung tombak kualitas pendidikan. Kesejahteraan mereka harus "
                "diperhatikan",
                "{agency_head}",
            ),
        ),
        captions=("Guru mengikuti pelatihan pembelajaran di {town}",),
    ),
    Topic(
        rubrik="pendidikan",
        agencies=("diskominfosantik", "disdik"),
        tags=("internet sekolah", "literasi digital", "sekolah digital", "pelajar"),
        theme="digital",
        headlines=(
            "{small} Sekolah di {short} Kini Terhubung Internet",
            "Diskominfosantik Gelar Literasi Digital untuk {mid} Pelajar",
            "Pelajar {short} Diajak Cerdas Bermedia Sosial dan Waspada Hoaks",
        ),
        openings=(
            "Diskominfosantik Kalteng memasang akses internet di {small} sekolah {di_short} yang "
            "sebelumnya belum terjangkau jaringan.",
            "Diskominfosantik Kalteng menggelar kelas literasi digital bagi {mid} pelajar SMA "
            "{di_short} untuk membekali mereka menghadapi hoaks.",
            "Ratusan pelajar {di_short} diajak cerdas bermedia sosial dan mewaspadai hoaks dalam "
            "kelas literasi digital Diskominfosantik Kalteng.",
        ),
        details=(
            "Akses internet tersebut dimanfaatkan untuk asesmen nasional berbasis komputer dan "
            "pembelajaran daring.",
            "Peserta diajak mengenali ciri berita bohong, menjaga data pribadi dan beretika di "
            "media sosial.",
            "Program ini akan diperluas ke sekolah di {kec} pada tahun {next_year}.",
        ),
        quotes=(
            (
                "Anak-anak kita harus jadi produsen konten yang positif, bukan korban hoaks",
                "{agency_head}",
            ),
        ),
        captions=("Pelajar mengikuti kelas literasi digital di {town}",),
    ),
]
