"""Story templates for the Pemerintahan rubrik."""

from demo.content.topic import Topic

TOPICS: list[Topic] = [
    Topic(
        rubrik="pemerintahan",
        agencies=("bappeda", "biro-adpim", "bpkad"),
        tags=("Musrenbang", "RKPD", "pembangunan daerah", "APBD"),
        theme="rapat",
        headlines=(
            "Musrenbang RKPD {next_year} Dibuka, Pemprov Fokus Infrastruktur dan SDM",
            "Bappeda Kalteng Himpun {mid} Usulan Pembangunan dari Musrenbang {di_short}",
            "Sekda Kalteng Minta Usulan Musrenbang {short} Selaras Prioritas Daerah",
            "Pemprov Kalteng Prioritaskan {small} Program Unggulan dalam RKPD {next_year}",
        ),
        openings=(
            "Pemerintah Provinsi Kalimantan Tengah menggelar Musyawarah Perencanaan Pembangunan "
            "(Musrenbang) RKPD {next_year} yang menghimpun {mid} usulan dari kabupaten dan kota.",
            "Bappeda Kalteng mencatat {mid} usulan pembangunan masuk melalui forum Musrenbang "
            "{di_short}, sebagian besar terkait jalan, air bersih dan layanan kesehatan.",
            "Sekda Kalteng meminta usulan pembangunan yang dibahas dalam Musrenbang {di_short} "
            "selaras dengan prioritas daerah dan RPJMD Kalteng.",
            "Pemprov Kalteng menetapkan {small} program unggulan sebagai prioritas dalam Rencana "
            "Kerja Pemerintah Daerah (RKPD) {next_year}.",
        ),
        details=(
            "Dari seluruh usulan tersebut, sekitar {pct} persen berkaitan dengan infrastruktur "
            "dasar, sedangkan sisanya menyangkut pendidikan, kesehatan dan pemberdayaan ekonomi "
            "masyarakat desa.",
            "Bappeda akan memverifikasi setiap usulan agar selaras dengan RPJMD dan kemampuan "
            "fiskal daerah, sehingga program yang masuk RKPD {next_year} benar-benar bisa "
            "dieksekusi.",
            "Forum tersebut dihadiri perwakilan {small} perangkat daerah, camat dari {kec}, "
            "kepala desa, akademisi serta tokoh masyarakat.",
        ),
        quotes=(
            (
                "Perencanaan harus berbasis data. Usulan yang tidak didukung data yang jelas "
                "akan sulit kita prioritaskan",
                "{agency_head}",
            ),
            (
                "Kami ingin pembangunan dirasakan sampai ke desa, bukan hanya di ibu kota "
                "kabupaten",
                "Sekda Kalteng",
            ),
        ),
        captions=("Suasana Musrenbang RKPD {next_year} di {town}",),
    ),
    Topic(
        rubrik="pemerintahan",
        agencies=("bkd", "biro-adpim"),
        tags=("ASN", "pelantikan", "PPPK", "reformasi birokrasi"),
        theme="pelantikan",
        headlines=(
            "Gubernur Kalteng Lantik {small} Pejabat Administrator dan Pengawas",
            "{mid} PPPK Pemprov Kalteng Terima SK, Diminta Jaga Integritas",
            "BKD Kalteng Percepat Penataan {mid} Tenaga Non-ASN",
            "Sekda Kalteng Ingatkan ASN Baru Soal Disiplin dan Netralitas",
        ),
        openings=(
            "Gubernur Kalteng melantik {small} pejabat administrator dan pengawas di lingkungan "
            "Pemerintah Provinsi Kalimantan Tengah di Aula Jayang Tingang, Palangka Raya.",
            "Sebanyak {mid} pegawai pemerintah dengan perjanjian kerja (PPPK) formasi {year} "
            "menerima surat keputusan pengangkatan dari Pemprov Kalteng.",
            "Badan Kepegawaian Daerah Kalteng mempercepat penataan {mid} tenaga non-ASN di "
            "lingkungan Pemprov Kalteng sesuai ketentuan undang-undang ASN.",
            "Sekda Kalteng mengingatkan aparatur sipil negara yang baru bergabung untuk "
            "menjunjung disiplin kerja dan menjaga netralitas.",
        ),
        details=(
            "Pelantikan tersebut merupakan bagian dari penyegaran organisasi agar pelayanan "
            "publik berjalan lebih cepat dan tepat sasaran.",
            "BKD Kalteng mencatat formasi tahun ini didominasi tenaga guru dan tenaga kesehatan "
            "yang akan ditempatkan hingga {kec}.",
            "Para pejabat yang dilantik diminta segera menyusun rencana kerja dan melaporkan "
            "capaian kinerja setiap triwulan.",
        ),
        quotes=(
            (
                "Jabatan adalah amanah. Layani masyarakat dengan sepenuh hati dan jauhi "
                "praktik yang merugikan daerah",
                "Gubernur Kalteng",
            ),
            (
                "Penempatan pegawai kami sesuaikan dengan kebutuhan riil di lapangan, terutama "
                "di daerah yang masih kekurangan tenaga",
                "{agency_head}",
            ),
        ),
        captions=("Prosesi pengambilan sumpah jabatan di Aula Jayang Tingang",),
    ),
    Topic(
        rubrik="pemerintahan",
        agencies=("disdukcapil", "diskominfosantik"),
        tags=("KTP-el", "adminduk", "pelayanan publik", "IKD"),
        theme="layanan",
        headlines=(
            "Disdukcapil Jemput Bola Rekam KTP-el {mid} Warga {di_short}",
            "Aktivasi Identitas Kependudukan Digital {di_short} Capai {pct_hi} Persen",
            "Warga {desa} Kini Urus Akta Kelahiran Tanpa ke Kota",
        ),
        openings=(
            "Dinas Kependudukan dan Pencatatan Sipil Kalteng melakukan perekaman KTP-el secara "
            "jemput bola bagi {mid} warga {di_short}, terutama pemilih pemula dan lansia.",
            "Capaian aktivasi Identitas Kependudukan Digital (IKD) {di_short} telah menyentuh "
            "{pct_hi} persen dari target yang ditetapkan tahun ini.",
            "Warga {desa} kini dapat mengurus akta kelahiran dan kartu keluarga langsung di "
            "kantor desa tanpa harus menempuh perjalanan jauh ke ibu kota kabupaten.",
        ),
        details=(
            "Petugas membawa perangkat perekaman keliling ke {desa} sehingga warga tidak perlu "
            "menempuh perjalanan berjam-jam ke ibu kota kabupaten.",
            "Selain KTP-el, warga juga dapat mengurus kartu keluarga, akta kelahiran dan akta "
            "kematian di lokasi yang sama tanpa dipungut biaya.",
            "Disdukcapil menargetkan seluruh wajib KTP-el di {kec} sudah terekam sebelum akhir "
            "tahun {year}.",
        ),
        quotes=(
            (
                "Dokumen kependudukan adalah hak dasar warga. Kami yang datang, bukan warga yang "
                "harus jauh-jauh ke kantor",
                "{agency_head}",
            ),
            (
                "Sekarang lebih mudah, cukup bawa kartu keluarga dan menunggu sebentar",
                "warga {desa}",
            ),
        ),
        captions=("Petugas Disdukcapil merekam KTP-el warga di {desa}",),
    ),
    Topic(
        rubrik="pemerintahan",
        agencies=("diskominfosantik", "bappeda"),
        tags=("SPBE", "Satu Data", "keterbukaan informasi", "transformasi digital"),
        theme="digital",
        headlines=(
            "Portal Satu Data Kalteng Kini Memuat {mid} Dataset OPD",
            "Indeks SPBE Pemprov Kalteng Naik, Diskominfosantik Genjot Layanan Digital",
            "Diskominfosantik Minta OPD Perbarui Data Program Setiap Bulan",
            "Kalteng Raih Predikat Informatif dalam Keterbukaan Informasi Publik {year}",
        ),
        openings=(
            "Dinas Komunikasi, Informatika, Persandian dan Statistik Kalteng mencatat portal Satu"
            " Data Kalteng kini memuat {mid} dataset dari berbagai perangkat daerah.",
            "Pemprov Kalteng terus memperkuat Sistem Pemerintahan Berbasis Elektronik (SPBE) agar"
            " layanan publik dapat diakses warga {di_short} dari mana saja.",
            "Diskominfosantik Kalteng meminta seluruh perangkat daerah memperbarui data program "
            "dan kegiatan setiap bulan di portal Satu Data Kalteng.",
            "Pemprov Kalteng meraih predikat informatif dalam pemeringkatan keterbukaan informasi"
            " publik yang digelar Komisi Informasi tahun {year}.",
        ),
        details=(
            "Namun, masih ada OPD yang terlambat menyetorkan data programnya sehingga informasi "
            "yang tersaji kepada publik belum sepenuhnya mutakhir.",
            "Diskominfosantik menyiapkan pendampingan bagi operator data di {small} perangkat "
            "daerah agar pembaruan data dapat dilakukan secara rutin.",
            "Jaringan internet pemerintahan juga diperluas hingga {small2} kantor kecamatan, "
            "termasuk di {kec}.",
        ),
        quotes=(
            (
                "Data yang terlambat sama dengan informasi yang hilang. Kami minta setiap OPD "
                "disiplin memperbarui datanya",
                "{agency_head}",
            ),
            (
                "Masyarakat berhak tahu apa yang dikerjakan pemerintah, dan itu dimulai dari "
                "data yang terbuka",
                "Sekda Kalteng",
            ),
        ),
        captions=("Operator data OPD mengikuti bimbingan teknis Satu Data Kalteng",),
    ),
    Topic(
        rubrik="pemerintahan",
        agencies=("bapenda", "bpkad"),
        tags=("pajak kendaraan", "PAD", "pemutihan", "Samsat"),
        theme="keuangan",
        headlines=(
            "Program Pemutihan Pajak Kendaraan Diperpanjang, Bapenda Catat {big} Wajib Pajak",
            "PAD Kalteng dari Pajak Kendaraan Tembus {rp} hingga Triwulan Ketiga",
            "Samsat Keliling Hadir di {desa}, Warga Antusias Bayar Pajak",
        ),
        openings=(
            "Badan Pendapatan Daerah Kalteng memperpanjang program pemutihan denda pajak "
            "kendaraan bermotor setelah {big} wajib pajak memanfaatkannya.",
            "Penerimaan pajak kendaraan bermotor {di_short} mencapai {rp} atau {pct_hi} persen "
            "dari target tahun {year}.",
            "Layanan Samsat keliling hadir di {desa} dan langsung diserbu warga yang ingin "
            "membayar pajak kendaraan bermotor tanpa harus ke kota.",
        ),
        details=(
            "Wajib pajak cukup membayar pokok pajak tahun berjalan, sedangkan denda keterlambatan "
            "dihapuskan selama masa program.",
            "Bapenda juga membuka layanan Samsat keliling di {kec} untuk menjangkau warga yang "
            "jauh dari kantor Samsat induk.",
            "Pembayaran kini dapat dilakukan melalui aplikasi perbankan dan gerai ritel modern "
            "sehingga warga tidak perlu mengantre.",
        ),
        quotes=(
            (
                "Pajak yang dibayarkan kembali kepada masyarakat dalam bentuk jalan, sekolah dan "
                "layanan kesehatan",
                "{agency_head}",
            ),
            ("Kami berharap kesadaran wajib pajak terus meningkat", "Gubernur Kalteng"),
        ),
        captions=("Warga membayar pajak kendaraan di layanan Samsat keliling {town}",),
    ),
    Topic(
        rubrik="pemerintahan",
        agencies=("satpol-pp", "dishub"),
        tags=("ketertiban umum", "PKL", "Satpol PP", "perda"),
        theme="ketertiban",
        headlines=(
            "Satpol PP Kalteng Tertibkan {small} Lapak PKL di Kawasan Bundaran Besar",
            "Operasi Penegakan Perda {di_short} Sasar Reklame Tak Berizin",
            "Satpol PP Kedepankan Pendekatan Humanis Saat Tertibkan Pedagang",
        ),
        openings=(
            "Satuan Polisi Pamong Praja Kalteng menertibkan {small} lapak pedagang kaki lima yang"
            " menempati trotoar dan bahu jalan {di_short}.",
            "Satpol PP bersama Dishub menggelar operasi penegakan peraturan daerah yang menyasar "
            "reklame tak berizin dan parkir liar {di_short}.",
            "Satpol PP Kalteng menegaskan penertiban pedagang {di_short} dilakukan dengan "
            "pendekatan humanis dan mengedepankan dialog.",
        ),
        details=(
            "Para pedagang diarahkan untuk berjualan di lokasi yang telah disiapkan pemerintah "
            "daerah agar arus lalu lintas tetap lancar.",
            "Petugas lebih dulu memberikan surat peringatan sebanyak tiga kali sebelum "
            "melakukan penertiban.",
            "Sebanyak {small2} reklame yang tidak memiliki izin diturunkan dan pemiliknya "
            "diminta mengurus perizinan.",
        ),
        quotes=(
            (
                "Kami tidak melarang orang mencari nafkah, tetapi ketertiban dan keselamatan "
                "pengguna jalan juga harus dijaga",
                "{agency_head}",
            ),
        ),
        captions=("Petugas Satpol PP menertibkan lapak pedagang di {town}",),
    ),
    Topic(
        rubrik="pemerintahan",
        agencies=("dpmptsp", "disperindag"),
        tags=("investasi", "perizinan", "OSS", "UMKM"),
        theme="investasi",
        headlines=(
            "Realisasi Investasi di Kalteng Capai {rp}, Didominasi Perkebunan",
            "DPMPTSP Layani {mid} Izin Usaha Lewat OSS Sepanjang {year}",
            "Pemprov Tawarkan Peluang Investasi Hilirisasi Sawit {di_short}",
        ),
        openings=(
            "Realisasi investasi di Kalimantan Tengah hingga triwulan ini mencapai {rp}, dengan "
            "sektor perkebunan dan pertambangan sebagai penyumbang terbesar.",
            "Dinas Penanaman Modal dan PTSP Kalteng telah menerbitkan {mid} perizinan berusaha "
            "melalui sistem OSS berbasis risiko sepanjang tahun {year}.",
            "Pemprov Kalteng menawarkan peluang investasi hilirisasi kelapa sawit {di_short} "
            "kepada calon investor dalam forum bisnis di Palangka Raya.",
        ),
        details=(
            "Investasi baru tersebut diperkirakan membuka sekitar {big} lapangan kerja bagi "
            "warga lokal.",
            "DPMPTSP juga mendampingi pelaku usaha mikro di {kec} agar memiliki Nomor Induk "
            "Berusaha (NIB) secara gratis.",
            "Pemprov menyiapkan peta peluang investasi yang memuat komoditas unggulan setiap "
            "kabupaten, termasuk {short}.",
        ),
        quotes=(
            (
                "Kami ingin investasi yang masuk memberi nilai tambah dan menyerap tenaga kerja "
                "lokal",
                "{agency_head}",
            ),
        ),
        captions=("Pelayanan perizinan di Mal Pelayanan Publik {town}",),
    ),
]
