"""Story templates for the DPRD and Kabupaten/Kota rubriks."""

from demo.content.topic import Topic

TOPICS: list[Topic] = [
    Topic(
        rubrik="dprd",
        agencies=("setwan", "bpkad", "bappeda"),
        tags=("APBD", "paripurna", "raperda", "DPRD Kalteng"),
        theme="paripurna",
        headlines=(
            "DPRD Kalteng Setujui Raperda APBD {next_year} Senilai {rp_apbd}",
            "Fraksi-Fraksi DPRD Kalteng Sampaikan Pandangan Umum atas Raperda APBD",
            "Paripurna DPRD Kalteng Sahkan {small} Raperda Menjadi Perda",
            "Wakil Ketua DPRD Kalteng Minta APBD {next_year} Pro Rakyat Kecil",
        ),
        openings=(
            "DPRD Provinsi Kalimantan Tengah menyetujui Rancangan Peraturan Daerah tentang APBD "
            "Tahun Anggaran {next_year} senilai {rp_apbd} dalam rapat paripurna di Palangka Raya.",
            "Rapat paripurna DPRD Kalteng mengagendakan penyampaian pandangan umum fraksi-fraksi "
            "terhadap {small} rancangan peraturan daerah.",
            "DPRD Kalteng mengesahkan {small} rancangan peraturan daerah menjadi peraturan daerah"
            " dalam rapat paripurna di gedung dewan, Palangka Raya.",
            "Wakil Ketua DPRD Kalteng meminta APBD {next_year} benar-benar berpihak kepada rakyat"
            " kecil, terutama petani, nelayan dan pelaku usaha mikro.",
        ),
        details=(
            "Sebagian besar fraksi meminta pemerintah provinsi memperbesar porsi belanja modal "
            "untuk jalan, jembatan dan fasilitas kesehatan di daerah terpencil.",
            "Fraksi lain menyoroti pentingnya meningkatkan pendapatan asli daerah agar tidak "
            "terlalu bergantung pada dana transfer dari pemerintah pusat.",
            "Rapat dipimpin Ketua DPRD Kalteng dan dihadiri Gubernur, Sekda serta kepala "
            "perangkat daerah di lingkungan Pemprov Kalteng.",
        ),
        quotes=(
            (
                "Anggaran harus berpihak pada masyarakat kecil, terutama di desa-desa yang "
                "aksesnya masih terbatas",
                "Wakil Ketua DPRD Kalteng",
            ),
            (
                "Semua masukan dewan akan kami tindak lanjuti dalam pembahasan bersama Badan "
                "Anggaran",
                "Gubernur Kalteng",
            ),
        ),
        captions=("Suasana rapat paripurna DPRD Kalteng di Palangka Raya",),
    ),
    Topic(
        rubrik="dprd",
        agencies=("setwan", "pupr", "esdm"),
        tags=("reses", "aspirasi", "DPRD Kalteng", "jalan"),
        theme="reses",
        headlines=(
            "Reses di {short}, Anggota DPRD Kalteng Serap Keluhan Jalan Rusak",
            "Warga {desa} Sampaikan Aspirasi Air Bersih Saat Reses Dewan",
            "Anggota Dewan Kawal Aspirasi Listrik Desa dari {kec}",
        ),
        openings=(
            "Anggota DPRD Kalteng daerah pemilihan {short} menggelar reses di {desa} dan "
            "menampung berbagai keluhan warga, mulai dari jalan rusak hingga air bersih.",
            "Warga {desa} menyampaikan keluhan soal sulitnya air bersih kepada anggota DPRD "
            "Kalteng yang menggelar reses di desa mereka.",
            "Warga {kec} memanfaatkan masa reses anggota DPRD Kalteng untuk menyampaikan aspirasi"
            " soal listrik desa dan akses jalan produksi.",
        ),
        details=(
            "Warga mengeluhkan ruas jalan sepanjang {km} kilometer yang rusak parah dan sulit "
            "dilalui saat musim hujan.",
            "Sebagian warga juga meminta bantuan bibit, alat pertanian dan perbaikan fasilitas "
            "sekolah dasar di desa mereka.",
            "Aspirasi tersebut akan dibawa ke rapat Badan Anggaran agar dapat diakomodasi dalam "
            "APBD perubahan maupun APBD tahun berikutnya.",
        ),
        quotes=(
            (
                "Semua aspirasi kami catat dan akan kami perjuangkan bersama dinas terkait",
                "Anggota Komisi IV DPRD Kalteng",
            ),
            (
                "Kalau hujan, jalan ini tidak bisa dilewati. Hasil kebun susah dibawa ke pasar",
                "warga {desa}",
            ),
        ),
        captions=("Anggota DPRD Kalteng berdialog dengan warga saat reses di {desa}",),
        local_only=True,
    ),
    Topic(
        rubrik="dprd",
        agencies=("setwan", "dinkes", "disdik", "rsud-doris-sylvanus"),
        tags=("Komisi III", "rapat dengar pendapat", "pelayanan kesehatan", "DPRD Kalteng"),
        theme="rapat",
        headlines=(
            "Komisi III DPRD Kalteng Soroti Kekurangan Dokter di {short}",
            "RDP Komisi III: Dewan Minta Layanan RSUD Lebih Cepat",
            "Komisi III Dorong Pemerataan Guru hingga Pelosok {short}",
        ),
        openings=(
            "Komisi III DPRD Kalteng menggelar rapat dengar pendapat bersama mitra kerja untuk "
            "membahas kekurangan tenaga dokter dan guru {di_short}.",
            "Komisi III DPRD Kalteng meminta layanan rumah sakit rujukan provinsi dipercepat "
            "setelah menerima sejumlah keluhan pasien dari {short}.",
            "Komisi III DPRD Kalteng mendorong pemerataan guru hingga ke pelosok {short} karena "
            "banyak sekolah di desa masih kekurangan tenaga pengajar.",
        ),
        details=(
            "Dewan mencatat masih ada {small} puskesmas yang belum memiliki dokter tetap, "
            "sebagian besar berada di daerah hulu sungai.",
            "Komisi III juga meminta data yang lengkap dari dinas terkait agar pengawasan "
            "anggaran dapat dilakukan secara tepat.",
            "Rapat tersebut menyepakati pembentukan tim kecil untuk memantau tindak lanjut "
            "rekomendasi dewan.",
        ),
        quotes=(
            (
                "Kami tidak ingin ada warga yang harus menunggu berhari-hari untuk mendapat "
                "layanan",
                "Ketua Komisi III DPRD Kalteng",
            ),
            (
                "Masukan dewan menjadi bahan evaluasi kami untuk memperbaiki layanan",
                "{agency_head}",
            ),
        ),
        captions=("Rapat dengar pendapat Komisi III DPRD Kalteng",),
    ),
    Topic(
        rubrik="dprd",
        agencies=("setwan", "pupr", "dishub"),
        tags=("Komisi IV", "kunjungan kerja", "jembatan", "DPRD Kalteng"),
        theme="jembatan",
        headlines=(
            "Komisi IV DPRD Kalteng Tinjau Proyek Jembatan di {short}",
            "Dewan Minta Kontraktor Jalan {di_short} Selesaikan Pekerjaan Tepat Waktu",
            "Kunker Komisi IV Temukan Progres Jalan Provinsi Baru {pct} Persen",
        ),
        openings=(
            "Komisi IV DPRD Kalteng meninjau pembangunan jembatan dan ruas jalan provinsi "
            "{di_short} yang ditargetkan rampung akhir tahun ini.",
            "Komisi IV DPRD Kalteng meminta kontraktor proyek jalan {di_short} menyelesaikan "
            "pekerjaan tepat waktu dan sesuai spesifikasi teknis.",
            "Dalam kunjungan kerja ke {kec}, Komisi IV DPRD Kalteng mendapati progres fisik "
            "proyek jalan provinsi baru mencapai {pct} persen.",
        ),
        details=(
            "Dewan meminta kontraktor menambah jumlah pekerja dan alat berat agar keterlambatan "
            "tidak berlanjut.",
            "Proyek senilai {rp} tersebut diharapkan memperlancar distribusi hasil kebun warga "
            "menuju {town}.",
            "Komisi IV juga mengingatkan pengawas lapangan untuk memastikan mutu pekerjaan "
            "sesuai spesifikasi teknis.",
        ),
        quotes=(
            (
                "Kami tidak mau proyek ini molor. Masyarakat sudah lama menunggu",
                "Ketua Komisi IV DPRD Kalteng",
            ),
        ),
        captions=("Komisi IV DPRD Kalteng meninjau proyek di {kec}",),
    ),
    Topic(
        rubrik="dprd",
        agencies=("setwan", "bapenda"),
        tags=("Komisi II", "PAD", "pajak daerah", "DPRD Kalteng"),
        theme="keuangan",
        headlines=(
            "Komisi II DPRD Kalteng Dorong Optimalisasi PAD dari Sektor Perkebunan",
            "Dewan Minta Bapenda Kejar Tunggakan Pajak Alat Berat",
            "Komisi II Evaluasi Capaian PAD Kalteng yang Baru {pct_mid} Persen",
        ),
        openings=(
            "Komisi II DPRD Kalteng mendorong pemerintah provinsi mengoptimalkan pendapatan asli "
            "daerah, terutama dari sektor perkebunan dan alat berat.",
            "Komisi II DPRD Kalteng meminta Bapenda mengejar tunggakan pajak alat berat milik "
            "perusahaan yang beroperasi {di_short}.",
            "Komisi II DPRD Kalteng mengevaluasi capaian pendapatan asli daerah yang hingga kini "
            "baru mencapai {pct_mid} persen dari target.",
        ),
        details=(
            "Dewan menilai masih banyak potensi pajak yang belum tergarap, terutama kendaraan "
            "perusahaan yang berpelat luar daerah.",
            "Bapenda diminta memperkuat pendataan dan bekerja sama dengan pemerintah kabupaten, "
            "termasuk {short}.",
            "Komisi II juga meminta laporan berkala agar perkembangan penerimaan dapat diawasi "
            "setiap bulan.",
        ),
        quotes=(
            (
                "Potensinya besar. Tinggal bagaimana kita menagihnya dengan tegas dan adil",
                "Ketua Komisi II DPRD Kalteng",
            ),
        ),
        captions=("Rapat kerja Komisi II DPRD Kalteng dengan Bapenda",),
    ),
    Topic(
        rubrik="kabupaten-kota",
        agencies=("biro-adpim", "bappeda", "pupr"),
        tags=("kunjungan kerja", "Gubernur Kalteng", "pembangunan desa", "infrastruktur"),
        theme="kunjungan",
        headlines=(
            "Gubernur Kalteng Kunjungi {short}, Janjikan Perbaikan Jalan Antardesa",
            "Kunker ke {kec}, Gubernur Serahkan Bantuan Senilai {rp}",
            "{head} Sambut Kunjungan Kerja Gubernur Kalteng di {town}",
            "Gubernur Dengarkan Keluhan Warga {desa} Soal Akses Jalan dan Sinyal",
        ),
        openings=(
            "Gubernur Kalteng melakukan kunjungan kerja ke {place} dan berdialog langsung dengan "
            "warga {desa} mengenai kebutuhan pembangunan di wilayah tersebut.",
            "Dalam kunjungan kerja ke {kec}, Gubernur Kalteng menyerahkan bantuan senilai {rp} "
            "untuk sarana pendidikan, kesehatan dan ekonomi warga.",
            "{head} menyambut kunjungan kerja Gubernur Kalteng di {town} dan memaparkan sejumlah "
            "kebutuhan pembangunan daerah.",
            "Gubernur Kalteng mendengarkan langsung keluhan warga {desa} soal akses jalan dan "
            "sinyal telekomunikasi saat kunjungan kerja ke {place}.",
        ),
        details=(
            "Warga menyampaikan keluhan soal jalan antardesa sepanjang {km} kilometer yang belum "
            "teraspal serta sinyal telekomunikasi yang masih lemah.",
            "{head} menyampaikan terima kasih atas perhatian Pemprov Kalteng dan berjanji "
            "menyiapkan lahan bagi program yang akan dibangun.",
            "Bantuan yang diserahkan antara lain paket sembako, beasiswa pelajar, alat "
            "pertanian serta perahu motor untuk transportasi sungai.",
        ),
        quotes=(
            (
                "Pembangunan tidak boleh berhenti di kota. Desa-desa di {short} juga harus maju",
                "Gubernur Kalteng",
            ),
            (
                "Kunjungan ini menjadi semangat bagi kami untuk bekerja lebih keras",
                "{head}",
            ),
        ),
        captions=("Gubernur Kalteng disambut tarian adat saat tiba di {town}",),
    ),
    Topic(
        rubrik="kabupaten-kota",
        agencies=("biro-adpim", "disbudpar"),
        tags=("hari jadi", "budaya Dayak", "pawai budaya", "HUT kabupaten"),
        theme="budaya",
        headlines=(
            "Peringatan Hari Jadi {short} Dimeriahkan Pawai Budaya {small} Kontingen",
            "Sekda Kalteng Hadiri Rapat Paripurna Hari Jadi {short}",
            "Hari Jadi {short}, {head} Paparkan Capaian Pembangunan",
        ),
        openings=(
            "Peringatan hari jadi {place} berlangsung meriah dengan pawai budaya yang diikuti "
            "{small} kontingen dari berbagai kecamatan.",
            "Sekda Kalteng mewakili Gubernur menghadiri rapat paripurna istimewa DPRD dalam "
            "rangka memperingati hari jadi {place} di {town}.",
            "{head} memaparkan sejumlah capaian pembangunan dalam peringatan hari jadi {place} di"
            " {town}.",
        ),
        details=(
            "Dalam sambutannya, {head} memaparkan capaian pembangunan, mulai dari penurunan "
            "angka kemiskinan hingga peningkatan akses air bersih.",
            "Ribuan warga memadati sepanjang rute pawai untuk menyaksikan kontingen yang "
            "mengenakan pakaian adat Dayak, Banjar, Jawa dan suku lainnya.",
            "Rangkaian acara juga diisi lomba perahu tradisional di {river}, pameran UMKM dan "
            "pasar murah.",
        ),
        quotes=(
            (
                "Keberagaman adalah kekuatan kita. Mari jaga persatuan untuk membangun daerah",
                "{head}",
            ),
            (
                "Pemprov siap bersinergi agar program kabupaten dan provinsi saling menguatkan",
                "Sekda Kalteng",
            ),
        ),
        captions=("Kontingen pawai budaya memeriahkan hari jadi {short} di {town}",),
    ),
    Topic(
        rubrik="kabupaten-kota",
        agencies=("disperkimtan", "dinsos"),
        tags=("RTLH", "bedah rumah", "perumahan", "kemiskinan"),
        theme="rumah",
        headlines=(
            "{mid} Rumah Tidak Layak Huni {di_short} Dibedah Tahun Ini",
            "Pemprov Kalteng dan {pemda} Keroyok Program Bedah Rumah",
            "Warga {desa} Terima Kunci Rumah Layak Huni",
        ),
        openings=(
            "Pemprov Kalteng bersama pemerintah kabupaten menargetkan {mid} rumah tidak layak "
            "huni {di_short} selesai direhabilitasi tahun ini.",
            "Pemprov Kalteng dan {pemda} berbagi anggaran untuk merehabilitasi rumah tidak layak "
            "huni milik keluarga kurang mampu.",
            "Sejumlah keluarga di {desa} menerima kunci rumah layak huni hasil program bedah "
            "rumah yang dibiayai APBD provinsi dan kabupaten.",
        ),
        details=(
            "Setiap rumah mendapat bantuan bahan bangunan senilai sekitar Rp20 juta yang "
            "dikerjakan secara gotong royong oleh warga setempat.",
            "Penerima bantuan dipilih berdasarkan Data Terpadu Kesejahteraan Sosial yang "
            "diverifikasi ulang oleh pendamping di {kec}.",
            "Program ini menjadi bagian dari upaya menurunkan angka kemiskinan ekstrem {di_short}.",
        ),
        quotes=(
            (
                "Rumah yang layak adalah awal dari keluarga yang sehat dan anak-anak yang bisa "
                "belajar dengan tenang",
                "{agency_head}",
            ),
            ("Dulu kalau hujan atap bocor semua. Sekarang kami bisa tidur nyenyak", "warga {desa}"),
            (
                "Kami pastikan bantuan ini tepat sasaran dan dikerjakan dengan baik oleh warga",
                "{deputy}",
            ),
        ),
        captions=("Penyerahan kunci rumah layak huni kepada warga {desa}",),
    ),
    Topic(
        rubrik="kabupaten-kota",
        agencies=("esdm", "bappeda"),
        tags=("listrik desa", "PLTS", "energi terbarukan", "desa terpencil"),
        theme="energi",
        headlines=(
            "{small} Desa di {short} Kini Terang Berkat PLTS Komunal",
            "Dinas ESDM Targetkan Rasio Desa Berlistrik {di_short} {pct_hi} Persen",
            "Warga {desa} Nikmati Listrik 24 Jam untuk Pertama Kali",
        ),
        openings=(
            "Sebanyak {small} desa di {place} kini menikmati listrik dari pembangkit listrik "
            "tenaga surya (PLTS) komunal yang dibangun Pemprov Kalteng.",
            "Dinas ESDM Kalteng menargetkan rasio desa berlistrik {di_short} mencapai {pct_hi} "
            "persen pada akhir tahun {year}.",
            "Warga {desa} untuk pertama kalinya menikmati aliran listrik 24 jam setelah jaringan "
            "listrik desa diresmikan pekan ini.",
        ),
        details=(
            "Sebelumnya warga hanya mengandalkan genset yang menyala empat hingga lima jam "
            "setiap malam dengan biaya solar yang mahal.",
            "Dinas ESDM mencatat rasio desa berlistrik {di_short} telah mencapai {pct_hi} "
            "persen, dengan sisa desa berada di kawasan hulu {river}.",
            "Pembangunan PLTS senilai {rp} itu juga dilengkapi pelatihan bagi operator desa "
            "agar perawatan dapat dilakukan secara mandiri.",
        ),
        quotes=(
            (
                "Listrik membuka banyak hal, dari anak belajar malam hari sampai usaha kecil warga",
                "{agency_head}",
            ),
        ),
        captions=("Panel surya PLTS komunal di {desa}",),
    ),
]
