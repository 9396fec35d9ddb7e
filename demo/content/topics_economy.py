"""Story templates for the Ekonomi and Infrastruktur rubriks."""

from demo.content.topic import Topic

TOPICS: list[Topic] = [
    Topic(
        rubrik="ekonomi",
        agencies=("disperindag", "bappeda", "distan"),
        tags=("inflasi", "TPID", "harga bahan pokok", "pasar murah"),
        theme="pasar",
        headlines=(
            "Inflasi Kalteng Terkendali di Angka {pct_low} Persen, TPID Terus Pantau Harga",
            "Gerakan Pangan Murah Digelar {di_short}, {big} Paket Sembako Disiapkan",
            "Harga Cabai di Pasar {town} Turun, Disperindag Tetap Siaga",
            "TPID Kalteng Gelar Operasi Pasar Jelang Natal dan Tahun Baru",
        ),
        openings=(
            "Tim Pengendalian Inflasi Daerah (TPID) Kalteng mencatat inflasi tahunan berada di "
            "angka {pct_low} persen, masih dalam rentang sasaran nasional.",
            "Pemprov Kalteng menggelar gerakan pangan murah {di_short} dengan menyiapkan {big} "
            "paket bahan pokok bagi warga.",
            "Harga cabai rawit di pasar tradisional {town} mulai turun dalam sepekan terakhir, "
            "namun Disperindag Kalteng tetap menyiagakan tim pemantau harga.",
            "TPID Kalteng menggelar operasi pasar {di_short} untuk menjaga stabilitas harga bahan"
            " pokok menjelang Natal dan Tahun Baru.",
        ),
        details=(
            "Komoditas yang paling memengaruhi harga antara lain cabai rawit, bawang merah, "
            "beras dan ikan segar yang pasokannya bergantung pada cuaca.",
            "Harga beras medium di pasar {town} terpantau stabil di kisaran Rp13.500 per "
            "kilogram, sedangkan cabai rawit turun menjadi Rp45.000 per kilogram.",
            "Paket sembako dijual dengan harga {pct} persen lebih murah dibanding harga pasar "
            "berkat subsidi ongkos angkut dari pemerintah provinsi.",
        ),
        quotes=(
            (
                "Kami pantau harga setiap hari. Begitu ada gejolak, operasi pasar langsung kami "
                "gelar",
                "{agency_head}",
            ),
            (
                "Pengendalian inflasi adalah kerja bersama pemerintah daerah, distributor dan "
                "masyarakat",
                "Sekda Kalteng",
            ),
        ),
        captions=("Warga mengantre membeli paket sembako murah di {town}",),
    ),
    Topic(
        rubrik="ekonomi",
        agencies=("diskop-ukm", "disperindag"),
        tags=("UMKM", "produk lokal", "pameran", "digitalisasi UMKM"),
        theme="umkm",
        headlines=(
            "{mid} Pelaku UMKM {short} Ikuti Pelatihan Pemasaran Digital",
            "Produk Rotan dan Purun {short} Diminati di Pameran UMKM Kalteng",
            "Transaksi Pameran UMKM Kalteng Tembus {rp_small}",
            "Diskop UKM Dorong Pelaku Usaha {desa} Kantongi Sertifikat Halal",
        ),
        openings=(
            "Dinas Koperasi dan UKM Kalteng melatih {mid} pelaku usaha mikro {di_short} agar "
            "mampu memasarkan produknya melalui lokapasar dan media sosial.",
            "Pameran UMKM Kalteng yang berlangsung lima hari mencatat transaksi sebesar "
            "{rp_small}, dengan produk anyaman rotan dan purun paling diminati.",
            "Transaksi Pameran UMKM Kalteng menembus {rp_small} dalam lima hari pelaksanaan, "
            "melampaui target panitia.",
            "Dinas Koperasi dan UKM Kalteng mendorong pelaku usaha di {desa} mengantongi "
            "sertifikat halal agar produknya dapat menembus pasar ritel modern.",
        ),
        details=(
            "Peserta mendapat materi fotografi produk, pengemasan dan cara menulis deskripsi "
            "yang menarik bagi pembeli dari luar daerah.",
            "Beberapa produk unggulan dari {kec}, seperti kerupuk ikan dan madu kelulut, kini "
            "sudah dipasarkan hingga Jawa dan Kalimantan Selatan.",
            "Diskop UKM juga memfasilitasi sertifikasi halal dan izin edar gratis bagi {small} "
            "pelaku usaha.",
        ),
        quotes=(
            (
                "UMKM adalah tulang punggung ekonomi daerah. Kami ingin produk lokal Kalteng naik "
                "kelas",
                "{agency_head}",
            ),
            (
                "Setelah ikut pelatihan, pesanan lewat daring naik dua kali lipat",
                "pelaku UMKM {desa}",
            ),
        ),
        captions=("Pengunjung melihat produk kerajinan rotan di pameran UMKM",),
    ),
    Topic(
        rubrik="ekonomi",
        agencies=("distan", "bappeda"),
        tags=("food estate", "panen raya", "padi", "ketahanan pangan"),
        theme="sawah",
        headlines=(
            "Panen Raya Padi di {kec}, Produktivitas Capai {tons} Ton per Hektare",
            "Distan Kalteng Salurkan Bantuan Benih untuk {ha} Hektare Sawah {di_short}",
            "Food Estate Kalteng Perluas Tanam Padi hingga {ha} Hektare",
        ),
        openings=(
            "Petani di {kec} menggelar panen raya padi dengan produktivitas rata-rata mencapai "
            "{tons} ton gabah kering panen per hektare.",
            "Dinas Pertanian Kalteng menyalurkan bantuan benih padi unggul dan pupuk untuk {ha} "
            "hektare lahan sawah {di_short}.",
            "Program food estate di Kalimantan Tengah memperluas areal tanam padi hingga {ha} "
            "hektare pada musim tanam ini.",
        ),
        details=(
            "Capaian tersebut meningkat dibanding musim tanam sebelumnya berkat penggunaan benih "
            "unggul dan perbaikan saluran irigasi tersier.",
            "Distan menyiapkan {small} unit traktor dan pompa air yang dapat dipinjam kelompok "
            "tani secara bergiliran.",
            "Hasil panen sebagian diserap Bulog sehingga petani tidak khawatir harga gabah "
            "anjlok saat panen raya.",
        ),
        quotes=(
            (
                "Kalau petani sejahtera, ketahanan pangan daerah juga kuat",
                "{agency_head}",
            ),
            ("Tahun ini hasilnya lebih baik, hama juga berkurang", "Ketua Kelompok Tani {desa}"),
        ),
        captions=("Petani memanen padi di {desa}",),
    ),
    Topic(
        rubrik="ekonomi",
        agencies=("dkp", "disperindag"),
        tags=("perikanan", "nelayan", "budi daya ikan", "ikan patin"),
        theme="sungai",
        headlines=(
            "DKP Kalteng Serahkan {small} Unit Kapal untuk Nelayan {short}",
            "Budi Daya Ikan Patin di {river} Dongkrak Pendapatan Warga",
            "Produksi Perikanan {di_short} Naik {pct} Persen",
        ),
        openings=(
            "Dinas Kelautan dan Perikanan Kalteng menyerahkan {small} unit kapal motor beserta "
            "alat tangkap kepada kelompok nelayan {di_short}.",
            "Warga {desa} berhasil mengembangkan budi daya ikan patin dengan keramba di {river} "
            "yang kini menjadi sumber penghasilan utama.",
            "Produksi perikanan tangkap dan budi daya {di_short} naik {pct} persen dibanding "
            "tahun lalu, menurut catatan DKP Kalteng.",
        ),
        details=(
            "Produksi perikanan tangkap dan budi daya {di_short} tahun ini naik {pct} persen "
            "dibanding tahun lalu.",
            "DKP juga melatih nelayan mengolah hasil tangkapan menjadi ikan asin, kerupuk dan "
            "abon agar bernilai jual lebih tinggi.",
            "Setiap keramba mampu menghasilkan sekitar {small2} kuintal ikan per siklus panen.",
        ),
        quotes=(
            (
                "Potensi perikanan sungai dan pesisir kita besar, tinggal bagaimana kita kelola "
                "dengan berkelanjutan",
                "{agency_head}",
            ),
        ),
        captions=("Nelayan menerima bantuan kapal motor di {town}",),
    ),
    Topic(
        rubrik="infrastruktur",
        agencies=("pupr", "bappeda"),
        tags=("jalan", "jalan provinsi", "konektivitas", "APBD"),
        theme="jalan",
        headlines=(
            "Perbaikan Ruas Jalan Provinsi {di_short} Sepanjang {km} Km Dikebut",
            "PUPR Kalteng Anggarkan {rp} untuk Jalan Penghubung {kec}",
            "Jalan Mulus, Waktu Tempuh ke {town} Kini Lebih Singkat",
            "Kemantapan Jalan Provinsi Kalteng Ditargetkan {pct_hi} Persen",
        ),
        openings=(
            "Dinas PUPR Kalteng mempercepat perbaikan ruas jalan provinsi {di_short} sepanjang "
            "{km} kilometer agar dapat dilalui dengan aman sebelum puncak musim hujan.",
            "Pemprov Kalteng mengalokasikan {rp} untuk peningkatan jalan penghubung di {kec} yang"
            " selama ini menjadi jalur distribusi hasil kebun.",
            "Warga kini menikmati jalan yang mulus menuju {town} setelah ruas jalan provinsi "
            "sepanjang {km} kilometer selesai diperbaiki.",
            "Dinas PUPR Kalteng menargetkan tingkat kemantapan jalan provinsi mencapai {pct_hi} "
            "persen pada akhir tahun {year}.",
        ),
        details=(
            "Pekerjaan meliputi penimbunan, pengaspalan dan pembangunan drainase di sisi kiri "
            "dan kanan jalan.",
            "Setelah rampung, waktu tempuh dari {desa} menuju {town} diperkirakan berkurang dari "
            "tiga jam menjadi sekitar satu jam.",
            "PUPR menargetkan tingkat kemantapan jalan provinsi mencapai {pct_hi} persen pada "
            "akhir tahun {year}.",
        ),
        quotes=(
            (
                "Jalan adalah urat nadi ekonomi. Kami ingin hasil kebun warga bisa cepat sampai ke "
                "pasar",
                "{agency_head}",
            ),
            (
                "Dulu kalau hujan mobil sering terjebak lumpur, sekarang sudah lancar",
                "warga {desa}",
            ),
        ),
        captions=("Alat berat mengerjakan pengaspalan jalan di {kec}",),
    ),
    Topic(
        rubrik="infrastruktur",
        agencies=("pupr", "dishub"),
        tags=("jembatan", "konektivitas", "infrastruktur", "sungai"),
        theme="jembatan",
        headlines=(
            "Jembatan Penghubung {desa} Rampung, Warga Tak Lagi Menyeberang Pakai Kelotok",
            "Pembangunan Jembatan di {kec} Telan Anggaran {rp}",
            "Gubernur Kalteng Resmikan Jembatan Baru di {short}",
        ),
        openings=(
            "Jembatan penghubung {desa} dengan pusat kecamatan resmi rampung dan dapat dilalui "
            "kendaraan roda empat mulai pekan ini.",
            "Pembangunan jembatan rangka baja di {kec} senilai {rp} memasuki tahap akhir dengan "
            "progres fisik mencapai {pct_hi} persen.",
            "Gubernur Kalteng meresmikan jembatan baru di {place} yang menghubungkan {desa} "
            "dengan pusat kecamatan.",
        ),
        details=(
            "Selama ini warga harus menyeberangi {river} menggunakan kelotok dengan biaya "
            "Rp10.000 sekali jalan.",
            "Jembatan sepanjang {span} meter itu dirancang mampu menahan beban kendaraan hingga "
            "{small} ton.",
            "Dinas Perhubungan akan memasang rambu dan lampu penerangan agar jembatan aman "
            "dilalui pada malam hari.",
        ),
        quotes=(
            (
                "Jembatan ini mimpi warga sejak puluhan tahun. Hari ini mimpi itu terwujud",
                "{head}",
            ),
            (
                "Kami pastikan mutu konstruksi sesuai perencanaan agar jembatan awet puluhan tahun",
                "{agency_head}",
            ),
        ),
        captions=("Jembatan baru yang menghubungkan {desa} dengan pusat kecamatan",),
    ),
    Topic(
        rubrik="infrastruktur",
        agencies=("dishub", "pupr"),
        tags=("transportasi sungai", "dermaga", "angkutan", "keselamatan"),
        theme="sungai",
        headlines=(
            "Dishub Kalteng Bangun Dermaga Baru di {river}",
            "Angkutan Sungai {di_short} Diperiksa Jelang Libur Akhir Tahun",
            "Penumpang Speedboat di {town} Wajib Kenakan Pelampung",
        ),
        openings=(
            "Dinas Perhubungan Kalteng membangun dermaga penumpang di tepian {river} untuk "
            "meningkatkan keselamatan dan kenyamanan angkutan sungai {di_short}.",
            "Dishub Kalteng memeriksa kelaikan {small} unit speedboat dan kelotok yang melayani "
            "penumpang di {town} menjelang libur akhir tahun.",
            "Dishub Kalteng mewajibkan setiap penumpang speedboat dan kelotok di {town} "
            "mengenakan pelampung selama perjalanan.",
        ),
        details=(
            "Transportasi sungai masih menjadi andalan warga di {kec} yang belum terhubung jalan "
            "darat.",
            "Petugas memeriksa kelengkapan pelampung, alat pemadam api dan surat izin berlayar "
            "setiap armada.",
            "Dermaga senilai {rp} itu dilengkapi ruang tunggu, toilet dan jalur khusus bagi "
            "penumpang lansia.",
        ),
        quotes=(
            (
                "Keselamatan penumpang tidak bisa ditawar. Armada yang tidak laik kami larang "
                "berlayar",
                "{agency_head}",
            ),
        ),
        captions=("Petugas Dishub memeriksa kelengkapan speedboat di dermaga {town}",),
    ),
    Topic(
        rubrik="infrastruktur",
        agencies=("pupr", "disperkimtan"),
        tags=("air bersih", "irigasi", "SPAM", "sanitasi"),
        theme="air",
        headlines=(
            "{mid} Sambungan Air Bersih Baru untuk Warga {short}",
            "PUPR Rehabilitasi Jaringan Irigasi {ha} Hektare di {kec}",
            "Warga {desa} Kini Tak Lagi Bergantung Air Hujan",
        ),
        openings=(
            "Pemprov Kalteng menyalurkan {mid} sambungan rumah air bersih melalui Sistem "
            "Penyediaan Air Minum (SPAM) regional {di_short}.",
            "Dinas PUPR Kalteng merehabilitasi jaringan irigasi yang mengairi {ha} hektare sawah "
            "di {kec}.",
            "Warga {desa} tidak lagi bergantung pada air hujan setelah sambungan air bersih dari "
            "SPAM masuk ke rumah mereka.",
        ),
        details=(
            "Sebelumnya warga {desa} mengandalkan air hujan dan air sungai yang keruh saat "
            "kemarau.",
            "Instalasi pengolahan air berkapasitas {small} liter per detik itu dibangun dengan "
            "anggaran {rp}.",
            "Rehabilitasi irigasi diharapkan memungkinkan petani menanam dua kali dalam setahun.",
        ),
        quotes=(
            (
                "Air bersih adalah kebutuhan dasar yang menentukan kesehatan warga",
                "{agency_head}",
            ),
        ),
        captions=("Warga {desa} memanfaatkan sambungan air bersih baru",),
    ),
]
