"""Prose shared by every story: background per rubrik, closings and ways to cite a quote."""

BACKGROUND: dict[str, tuple[str, ...]] = {
    "pemerintahan": (
        "Langkah ini sejalan dengan visi Pemprov Kalteng untuk mewujudkan tata kelola "
        "pemerintahan yang bersih, cepat melayani dan berbasis data.",
        "Pemprov Kalteng menargetkan seluruh layanan publik dasar dapat diakses secara daring "
        "paling lambat tahun {next_year}.",
        "Sepanjang tahun {year}, Pemprov Kalteng telah menggelar {small2} kegiatan serupa di "
        "berbagai kabupaten dan kota.",
    ),
    "dprd": (
        "Sesuai tugas dan fungsinya, DPRD Kalteng menjalankan fungsi legislasi, penganggaran dan "
        "pengawasan terhadap jalannya pemerintahan daerah.",
        "DPRD Kalteng juga membuka ruang bagi masyarakat untuk menyampaikan aspirasi melalui "
        "rumah aspirasi dan kanal pengaduan daring.",
        "Seluruh rekomendasi dewan akan disampaikan secara resmi kepada Gubernur untuk "
        "ditindaklanjuti perangkat daerah terkait.",
    ),
    "kabupaten-kota": (
        "Sinergi antara Pemprov Kalteng dan pemerintah kabupaten dinilai penting agar program "
        "pembangunan tidak tumpang tindih.",
        "Berdasarkan data BPS, jumlah penduduk {place} terus bertambah sehingga kebutuhan "
        "layanan dasar juga meningkat.",
        "Pemerintah daerah setempat berkomitmen menyiapkan lahan dan dukungan anggaran "
        "pendamping bagi program tersebut.",
    ),
    "ekonomi": (
        "Perekonomian Kalimantan Tengah tumbuh sekitar {growth} persen secara tahunan, ditopang "
        "sektor pertanian, perkebunan dan perdagangan.",
        "Pemprov Kalteng terus mendorong hilirisasi komoditas lokal agar nilai tambahnya "
        "dinikmati masyarakat daerah.",
        "Bank Indonesia Perwakilan Kalteng menilai daya beli masyarakat masih terjaga hingga "
        "akhir tahun.",
    ),
    "infrastruktur": (
        "Kalimantan Tengah memiliki jalan provinsi sepanjang lebih dari 1.300 kilometer yang "
        "menghubungkan 13 kabupaten dan satu kota.",
        "Pembangunan infrastruktur menjadi salah satu prioritas Pemprov Kalteng dalam RPJMD "
        "untuk membuka keterisolasian wilayah.",
        "Pemprov Kalteng juga mengusulkan dukungan anggaran dari pemerintah pusat untuk ruas "
        "jalan dan jembatan strategis.",
    ),
    "kesehatan": (
        "Pemprov Kalteng menargetkan cakupan kepesertaan Jaminan Kesehatan Nasional mencapai "
        "lebih dari 98 persen penduduk.",
        "Masyarakat yang mengalami gejala sakit diimbau segera memeriksakan diri ke puskesmas "
        "atau fasilitas kesehatan terdekat.",
        "Kolaborasi dengan organisasi profesi dan perguruan tinggi terus diperkuat untuk "
        "memenuhi kebutuhan tenaga kesehatan.",
    ),
    "pendidikan": (
        "Angka partisipasi sekolah jenjang SMA sederajat di Kalimantan Tengah terus meningkat "
        "dalam lima tahun terakhir.",
        "Pemprov Kalteng berkomitmen menjadikan pendidikan sebagai jalan utama menyiapkan sumber "
        "daya manusia yang unggul.",
        "Informasi lengkap mengenai program ini dapat diakses melalui laman resmi Dinas "
        "Pendidikan Provinsi Kalteng.",
    ),
    "sosial-budaya": (
        "Falsafah huma betang yang menjunjung kebersamaan dalam keberagaman menjadi pegangan "
        "masyarakat Kalimantan Tengah.",
        "Kegiatan ini juga diharapkan mempererat kerukunan antarwarga di tengah keberagaman "
        "suku dan agama.",
        "Pemprov Kalteng mengajak seluruh elemen masyarakat ikut menjaga nilai-nilai budaya "
        "dan kepedulian sosial.",
    ),
    "olahraga": (
        "Pembinaan atlet usia dini terus digencarkan melalui pusat pendidikan dan latihan "
        "pelajar di sejumlah kabupaten.",
        "Prestasi olahraga diyakini mampu menumbuhkan kebanggaan daerah sekaligus menggerakkan "
        "ekonomi lokal.",
        "Dispora Kalteng juga memperbaiki sarana olahraga agar memenuhi standar penyelenggaraan "
        "kejuaraan nasional.",
    ),
    "lingkungan": (
        "Kalimantan Tengah memiliki lahan gambut seluas jutaan hektare yang rentan terbakar "
        "saat kemarau dan tergenang saat musim hujan.",
        "Masyarakat dapat melaporkan kejadian bencana dan kerusakan lingkungan melalui nomor "
        "darurat 112 yang aktif 24 jam.",
        "Pemprov Kalteng menargetkan penurunan emisi dari sektor kehutanan dan lahan sesuai "
        "komitmen nasional.",
    ),
}

CLOSINGS: tuple[str, ...] = (
    "Ia berharap program tersebut dapat berjalan berkelanjutan dan memberi manfaat nyata bagi "
    "masyarakat {di_short}.",
    "Kegiatan tersebut ditutup dengan peninjauan lapangan dan dialog bersama warga setempat.",
    "Pemerintah daerah akan mengevaluasi pelaksanaan program ini secara berkala dan "
    "menyampaikan hasilnya kepada publik.",
    "Masyarakat yang membutuhkan informasi lebih lanjut dapat menghubungi layanan pengaduan "
    "{agency_short} Kalteng atau kanal resmi Pemprov Kalteng.",
    "Ke depan, kegiatan serupa dijadwalkan menjangkau {small2} desa lain di {place}.",
    "Ia juga mengajak seluruh pemangku kepentingan untuk terus bersinergi demi kemajuan "
    "Kalimantan Tengah.",
    "Hingga berita ini diturunkan, kegiatan masih berlangsung dengan pengawasan petugas di "
    "lapangan.",
    "Pemprov Kalteng mengapresiasi dukungan masyarakat yang telah berpartisipasi aktif dalam "
    "kegiatan ini.",
    "Seluruh tahapan kegiatan didokumentasikan dan dilaporkan kepada Gubernur Kalteng sebagai "
    "bahan evaluasi.",
    "Dengan langkah itu, ia optimistis target yang telah ditetapkan untuk tahun {year} dapat "
    "tercapai.",
    "Pelaksanaan program ini dikoordinasikan {agency} Provinsi Kalteng bersama instansi "
    "terkait di tingkat kabupaten dan kota.",
)

SPEECH_VERBS: tuple[str, ...] = (
    "kata",
    "ujar",
    "ungkap",
    "jelas",
    "tutur",
    "tegas",
    "ucap",
    "terang",
)

QUOTE_PARAGRAPHS: tuple[str, ...] = (
    '"{quote}," {verb} {speaker}, {dayd}.',
    '"{quote}," {verb} {speaker} di {town}, {dayd}.',
    '"{quote}," {verb} {speaker} saat ditemui awak media.',
    'Menurut {speaker}, langkah tersebut sangat penting. "{quote}," {verb}nya.',
)

VIDEO_NOTES: tuple[str, ...] = (
    "Simak liputan video selengkapnya di kanal YouTube MMC Kalteng.",
    "Liputan video kegiatan ini dapat disaksikan di kanal YouTube MMC Kalteng.",
)
