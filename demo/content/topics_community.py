"""Story templates for the Sosial Budaya, Olahraga and Lingkungan rubriks."""

from demo.content.topic import Topic

TOPICS: list[Topic] = [
    Topic(
        rubrik="sosial-budaya",
        agencies=("disbudpar", "dispora"),
        tags=("Festival Budaya Isen Mulang", "budaya Dayak", "pariwisata", "seni tradisional"),
        theme="budaya",
        headlines=(
            "Festival Budaya Isen Mulang {year} Resmi Dibuka, {small} Kabupaten Unjuk Kebolehan",
            "Kontingen {short} Juara Umum Lomba Tari Tradisional di FBIM",
            "Kontingen {short} Meriahkan Karnaval Budaya FBIM di Bundaran Besar",
        ),
        openings=(
            "Festival Budaya Isen Mulang (FBIM) {year} resmi dibuka di Palangka Raya dan diikuti "
            "kontingen dari 13 kabupaten dan satu kota se-Kalimantan Tengah.",
            "Kontingen {place} tampil memukau dalam lomba tari tradisional pada rangkaian "
            "Festival Budaya Isen Mulang di Palangka Raya.",
            "Kontingen {place} ikut memeriahkan karnaval budaya Festival Budaya Isen Mulang "
            "{year} yang disaksikan ribuan warga di Bundaran Besar Palangka Raya.",
        ),
        details=(
            "Festival menghadirkan lomba tari, karungut, sepak sawut, manetek uei hingga "
            "lomba perahu naga di Sungai Kahayan.",
            "Disbudpar mencatat perputaran uang selama festival diperkirakan mencapai {rp} dari "
            "belanja pengunjung, kuliner dan kerajinan.",
            "Kontingen {short} membawakan tari yang terinspirasi dari kehidupan masyarakat di "
            "tepian {river}.",
        ),
        quotes=(
            (
                "Isen Mulang berarti pantang mundur. Semangat itu yang ingin kita wariskan kepada "
                "generasi muda",
                "Gubernur Kalteng",
            ),
            (
                "Festival ini etalase budaya sekaligus penggerak ekonomi kreatif daerah",
                "{agency_head}",
            ),
        ),
        captions=("Penampilan penari kontingen {short} pada Festival Budaya Isen Mulang",),
        local_only=True,
    ),
    Topic(
        rubrik="sosial-budaya",
        agencies=("dinsos", "disdukcapil"),
        tags=("bansos", "lansia", "disabilitas", "kemiskinan"),
        theme="sosial",
        headlines=(
            "Dinsos Kalteng Salurkan Bantuan untuk {mid} Lansia dan Penyandang Disabilitas",
            "Bansos Pangan Tahap Akhir Tahun Disalurkan ke {big} Keluarga {di_short}",
            "Penyaluran Bansos di {kec} Dipastikan Tepat Sasaran",
        ),
        openings=(
            "Dinas Sosial Kalteng menyalurkan bantuan sosial kepada {mid} lansia terlantar dan "
            "penyandang disabilitas {di_short}.",
            "Pemprov Kalteng menyalurkan bantuan pangan tahap akhir tahun kepada {big} keluarga "
            "penerima manfaat {di_short}.",
            "Dinas Sosial Kalteng memastikan penyaluran bantuan sosial di {kec} tepat sasaran "
            "dengan memadankan data penerima dan data kependudukan.",
        ),
        details=(
            "Bantuan berupa beras, minyak goreng, telur dan kebutuhan pokok lain diantarkan "
            "langsung ke rumah penerima yang sulit bepergian.",
            "Data penerima dipadankan dengan data kependudukan agar tidak ada penerima ganda.",
            "Warga yang merasa berhak namun belum terdata dapat melapor melalui kantor desa atau "
            "pendamping sosial di {kec}.",
        ),
        quotes=(
            (
                "Negara harus hadir bagi warga yang paling membutuhkan",
                "{agency_head}",
            ),
            ("Terima kasih, bantuan ini sangat membantu kami", "warga {desa}"),
        ),
        captions=("Petugas Dinsos mengantarkan bantuan ke rumah warga {desa}",),
    ),
    Topic(
        rubrik="sosial-budaya",
        agencies=("dp3appkb", "dinsos"),
        tags=("perlindungan anak", "kekerasan perempuan", "Hari Anak", "KB"),
        theme="keluarga",
        headlines=(
            "DP3APPKB Kalteng Buka Layanan Pengaduan Kekerasan Anak 24 Jam",
            "Kasus Kekerasan terhadap Anak {di_short} Jadi Perhatian Serius",
            "{small} Desa di {short} Dicanangkan sebagai Desa Ramah Anak",
        ),
        openings=(
            "Pemprov Kalteng melalui DP3APPKB membuka layanan pengaduan kekerasan terhadap "
            "perempuan dan anak yang dapat diakses selama 24 jam.",
            "Pemprov Kalteng menaruh perhatian serius terhadap kasus kekerasan terhadap anak "
            "{di_short} yang tercatat sebanyak {small} kasus sejak awal tahun.",
            "Sebanyak {small} desa di {place} dicanangkan sebagai desa ramah perempuan dan peduli"
            " anak.",
        ),
        details=(
            "Korban dan saksi dapat melapor melalui telepon, pesan singkat maupun datang "
            "langsung ke kantor UPTD Perlindungan Perempuan dan Anak.",
            "Setiap laporan akan didampingi psikolog dan pendamping hukum tanpa dipungut biaya.",
            "Program desa ramah anak melibatkan tokoh adat, tokoh agama dan kader PKK di {kec}.",
        ),
        quotes=(
            (
                "Jangan takut melapor. Kerahasiaan pelapor dan korban kami jamin",
                "{agency_head}",
            ),
        ),
        captions=("Sosialisasi perlindungan anak di {desa}",),
    ),
    Topic(
        rubrik="sosial-budaya",
        agencies=("disbudpar", "diskop-ukm"),
        tags=("pariwisata", "Tanjung Puting", "desa wisata", "ekowisata"),
        theme="wisata",
        headlines=(
            "Kunjungan Wisatawan ke Kalteng Naik {pct} Persen",
            "Desa Wisata {desa} Tawarkan Susur Sungai dan Kuliner Khas",
            "Disbudpar Promosikan Ekowisata Tanjung Puting dan Sebangau",
        ),
        openings=(
            "Jumlah kunjungan wisatawan ke Kalimantan Tengah tahun ini naik {pct} persen, "
            "didorong ekowisata Taman Nasional Tanjung Puting dan Sebangau.",
            "{desa} di {place} mulai dikenal sebagai desa wisata yang menawarkan susur sungai, "
            "rumah betang dan kuliner khas Dayak.",
            "Dinas Kebudayaan dan Pariwisata Kalteng mempromosikan ekowisata Taman Nasional "
            "Tanjung Puting dan Sebangau kepada agen perjalanan dari dalam dan luar negeri.",
        ),
        details=(
            "Wisatawan mancanegara paling banyak datang dari Eropa dan Australia untuk melihat "
            "orang utan di habitat aslinya.",
            "Pokdarwis setempat menyiapkan homestay, pemandu lokal dan paket wisata mulai dari "
            "Rp350.000 per orang.",
            "Disbudpar melatih {small} pemandu wisata agar mampu melayani wisatawan dengan "
            "bahasa asing.",
        ),
        quotes=(
            (
                "Alam dan budaya Kalteng adalah modal pariwisata yang tidak dimiliki daerah lain",
                "{agency_head}",
            ),
        ),
        captions=("Wisatawan menyusuri {river} dengan kelotok",),
    ),
    Topic(
        rubrik="olahraga",
        agencies=("dispora",),
        tags=("PON", "atlet", "KONI", "prestasi olahraga"),
        theme="olahraga",
        headlines=(
            "Kalteng Kirim {small} Atlet ke Pra-PON, Target Lolos di Lima Cabor",
            "Atlet Dayung Asal {short} Sumbang Medali Emas untuk Kalteng",
            "Dispora Kalteng Siapkan Bonus bagi Atlet Peraih Medali PON",
        ),
        openings=(
            "Kalimantan Tengah mengirim {small} atlet untuk mengikuti babak kualifikasi Pekan "
            "Olahraga Nasional (Pra-PON) di sejumlah cabang olahraga.",
            "Atlet dayung asal {place} berhasil menyumbangkan medali emas bagi Kalimantan Tengah "
            "pada kejuaraan nasional.",
            "Dispora Kalteng menyiapkan bonus bagi atlet peraih medali pada Pekan Olahraga "
            "Nasional sebagai bentuk penghargaan atas perjuangan mereka.",
        ),
        details=(
            "Cabang olahraga yang menjadi andalan antara lain dayung, muaythai, pencak silat, "
            "atletik dan sepak takraw.",
            "Para atlet telah menjalani pemusatan latihan selama {small2} pekan di Palangka Raya.",
            "Dispora dan KONI Kalteng menyiapkan bonus serta beasiswa pendidikan bagi atlet "
            "peraih medali.",
        ),
        quotes=(
            (
                "Kami tidak hanya ingin berpartisipasi, kami ingin pulang membawa medali",
                "{agency_head}",
            ),
            ("Terima kasih atas doa dan dukungan masyarakat {short}", "atlet dayung Kalteng"),
        ),
        captions=("Atlet Kalteng menjalani latihan di Stadion Tuah Pahoe",),
    ),
    Topic(
        rubrik="olahraga",
        agencies=("dispora", "disbudpar"),
        tags=("Porprov", "turnamen", "sepak bola", "pemuda"),
        theme="olahraga",
        headlines=(
            "Porprov Kalteng {year}: {short} Kokoh di Puncak Klasemen Sementara",
            "Turnamen Sepak Bola Antardesa {di_short} Diikuti {small} Tim",
            "Dispora Kalteng Bangun Lapangan Mini Soccer di {kec}",
        ),
        openings=(
            "Kontingen {place} kokoh di puncak klasemen sementara Pekan Olahraga Provinsi "
            "(Porprov) Kalteng {year} dengan raihan {small} medali emas.",
            "Sebanyak {small} tim ambil bagian dalam turnamen sepak bola antardesa {di_short} "
            "yang digelar Dispora Kalteng.",
            "Dinas Pemuda dan Olahraga Kalteng membangun lapangan mini soccer di {kec} senilai "
            "{rp_small} untuk mewadahi kegiatan pemuda desa.",
        ),
        details=(
            "Porprov mempertandingkan lebih dari 30 cabang olahraga yang tersebar di beberapa "
            "venue di {town}.",
            "Turnamen ini menjadi ajang pencarian bibit atlet muda sekaligus mempererat "
            "silaturahmi antarwarga di {kec}.",
            "Dispora juga membangun lapangan olahraga senilai {rp_small} agar pemuda desa "
            "memiliki ruang berkegiatan positif.",
        ),
        quotes=(
            (
                "Dari turnamen desa seperti inilah lahir atlet-atlet yang kelak mengharumkan "
                "Kalteng",
                "{agency_head}",
            ),
        ),
        captions=("Pertandingan sepak bola antardesa di {town}",),
        local_only=True,
    ),
    Topic(
        rubrik="lingkungan",
        agencies=("bpbd", "dishut", "dlh"),
        tags=("karhutla", "kebakaran lahan", "gambut", "kabut asap"),
        theme="karhutla",
        headlines=(
            "Titik Panas di {short} Meningkat, BPBD Siagakan {small} Regu Pemadam",
            "Karhutla Hanguskan {ha} Hektare Lahan Gambut di {kec}",
            "Kalteng Tetapkan Status Siaga Darurat Karhutla hingga Akhir Musim Kemarau",
            "Satgas Karhutla Padamkan Api di Lahan Gambut {desa}",
        ),
        openings=(
            "BPBD Kalteng menyiagakan {small} regu pemadam setelah jumlah titik panas {di_short} "
            "meningkat dalam sepekan terakhir.",
            "Kebakaran hutan dan lahan (karhutla) menghanguskan sekitar {ha} hektare lahan gambut"
            " di {kec} sebelum berhasil dikendalikan tim gabungan.",
            "Pemprov Kalteng menetapkan status siaga darurat kebakaran hutan dan lahan hingga "
            "akhir musim kemarau menyusul meningkatnya titik panas.",
            "Satgas karhutla berhasil memadamkan api yang membakar lahan gambut di {desa} setelah"
            " berjibaku selama dua hari.",
        ),
        details=(
            "Tim gabungan BPBD, Manggala Agni, TNI, Polri dan Masyarakat Peduli Api bekerja "
            "siang dan malam memadamkan api yang merambat di bawah permukaan gambut.",
            "Pemadaman terkendala sumber air yang jauh dan kedalaman gambut yang mencapai tiga "
            "meter.",
            "Pemprov juga meminta dukungan helikopter water bombing serta operasi modifikasi "
            "cuaca untuk mempercepat pemadaman.",
        ),
        quotes=(
            (
                "Kami minta masyarakat tidak membuka lahan dengan cara membakar dalam kondisi apa "
                "pun",
                "{agency_head}",
            ),
            ("Jangan sampai kabut asap kembali mengganggu kesehatan warga", "Gubernur Kalteng"),
        ),
        captions=("Petugas memadamkan api di lahan gambut {desa}",),
    ),
    Topic(
        rubrik="lingkungan",
        agencies=("bpbd", "dinsos", "pupr"),
        tags=("banjir", "bencana", "pengungsi", "musim hujan"),
        theme="banjir",
        headlines=(
            "Banjir Rendam {small} Desa di {short}, BPBD Dirikan Posko",
            "Debit {river} Naik, {mid} Rumah Warga Terendam",
            "BPBD Kalteng Salurkan Bantuan Logistik untuk Korban Banjir di {kec}",
        ),
        openings=(
            "Banjir merendam {small} desa di {place} setelah hujan deras mengguyur wilayah hulu "
            "{river} selama beberapa hari.",
            "Debit {river} terus naik dan merendam {mid} rumah warga di {kec} sejak dua hari "
            "terakhir.",
            "BPBD Kalteng menyalurkan bantuan logistik untuk korban banjir di {kec}, tempat {mid}"
            " rumah warga terendam hingga setinggi lutut orang dewasa.",
        ),
        details=(
            "BPBD mendirikan posko pengungsian dan dapur umum yang melayani sedikitnya {big} "
            "porsi makanan setiap hari.",
            "Tim gabungan mengevakuasi lansia, anak-anak dan ibu hamil menggunakan perahu karet.",
            "Akses jalan menuju {desa} terputus sehingga distribusi bantuan dilakukan melalui "
            "jalur sungai.",
        ),
        quotes=(
            (
                "Keselamatan warga nomor satu. Kami minta warga di bantaran sungai tetap waspada",
                "{agency_head}",
            ),
            ("Air naik cepat sekali tadi malam", "warga {desa}"),
        ),
        captions=("Warga {desa} mengungsi menggunakan perahu saat banjir",),
    ),
    Topic(
        rubrik="lingkungan",
        agencies=("dishut", "dlh", "dkp"),
        tags=("rehabilitasi hutan", "penanaman pohon", "mangrove", "perhutanan sosial"),
        theme="hutan",
        headlines=(
            "Dishut Kalteng Tanam {big} Bibit Pohon di Lahan Kritis {short}",
            "Rehabilitasi Mangrove di Pesisir {short} Capai {ha} Hektare",
            "Kelompok Perhutanan Sosial {desa} Panen Madu Kelulut",
        ),
        openings=(
            "Dinas Kehutanan Kalteng menanam {big} bibit pohon di lahan kritis {di_short} sebagai"
            " bagian dari program rehabilitasi hutan dan lahan.",
            "Rehabilitasi hutan mangrove di pesisir {place} telah mencakup {ha} hektare dengan "
            "melibatkan kelompok masyarakat setempat.",
            "Kelompok perhutanan sosial di {desa} memanen madu kelulut dari hutan desa yang "
            "mereka kelola bersama pendampingan Dinas Kehutanan Kalteng.",
        ),
        details=(
            "Jenis bibit yang ditanam antara lain jelutung, belangiran, meranti dan tanaman buah "
            "yang bernilai ekonomi bagi warga.",
            "Kelompok perhutanan sosial di {kec} juga mengembangkan madu kelulut dan rotan "
            "sebagai sumber penghasilan.",
            "Dishut akan memantau tingkat tumbuh bibit selama tiga tahun dan menyulam tanaman "
            "yang mati.",
        ),
        quotes=(
            (
                "Menanam itu mudah, merawat yang sulit. Karena itu masyarakat kami libatkan sejak "
                "awal",
                "{agency_head}",
            ),
        ),
        captions=("Penanaman bibit pohon di lahan kritis {desa}",),
    ),
    Topic(
        rubrik="lingkungan",
        agencies=("dlh", "satpol-pp"),
        tags=("sampah", "kualitas air", "sungai Kahayan", "bank sampah"),
        theme="sungai",
        headlines=(
            "DLH Kalteng Uji Kualitas Air {river} di {small} Titik",
            "Bank Sampah {desa} Kelola {tons} Ton Sampah per Bulan",
            "Aksi Bersih Sungai Digelar Serentak {di_short}",
        ),
        openings=(
            "Dinas Lingkungan Hidup Kalteng mengambil sampel air {river} di {small} titik untuk "
            "memantau tingkat pencemaran dari permukiman dan aktivitas tambang.",
            "Bank sampah di {desa} mampu mengelola {tons} ton sampah setiap bulan dan memberi "
            "penghasilan tambahan bagi warga.",
            "Aksi bersih sungai digelar serentak {di_short} dengan melibatkan pelajar, komunitas "
            "dan aparat pemerintah.",
        ),
        details=(
            "Hasil uji laboratorium akan diumumkan kepada publik dan menjadi dasar penindakan "
            "bagi pelaku usaha yang membuang limbah sembarangan.",
            "Sampah plastik dipilah dan dijual ke pengepul, sedangkan sampah organik diolah "
            "menjadi kompos.",
            "Aksi bersih sungai melibatkan pelajar, komunitas pencinta alam dan aparat di {kec}.",
        ),
        quotes=(
            (
                "Sungai adalah halaman depan rumah kita. Menjaganya adalah tanggung jawab bersama",
                "{agency_head}",
            ),
        ),
        captions=("Petugas DLH mengambil sampel air {river}",),
    ),
]
