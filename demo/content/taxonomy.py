"""Taxonomy of the demo newsroom: regions, agencies (OPD), rubriks and people."""

from typing import NamedTuple


class Region(NamedTuple):
    name: str
    slug: str
    town: str
    """The capital, written the way a dateline opens a story ("BUNTOK")."""


class Agency(NamedTuple):
    name: str
    short_name: str
    slug: str
    head_title: str
    """How the agency's head is credited in a quote."""


class Rubrik(NamedTuple):
    name: str
    slug: str


class Reporter(NamedTuple):
    name: str
    slug: str
    bio: str
    socials: dict[str, str]
    """Platform name to profile URL (placeholder handles)."""


PROVINCE_SLUG = "kalimantan-tengah"
CITY_SLUG = "palangka-raya"

REGIONS: list[Region] = [
    Region("Provinsi Kalimantan Tengah", PROVINCE_SLUG, "PALANGKA RAYA"),
    Region("Kota Palangka Raya", CITY_SLUG, "PALANGKA RAYA"),
    Region("Kabupaten Barito Selatan", "barito-selatan", "BUNTOK"),
    Region("Kabupaten Barito Timur", "barito-timur", "TAMIANG LAYANG"),
    Region("Kabupaten Barito Utara", "barito-utara", "MUARA TEWEH"),
    Region("Kabupaten Gunung Mas", "gunung-mas", "KUALA KURUN"),
    Region("Kabupaten Kapuas", "kapuas", "KUALA KAPUAS"),
    Region("Kabupaten Katingan", "katingan", "KASONGAN"),
    Region("Kabupaten Kotawaringin Barat", "kotawaringin-barat", "PANGKALAN BUN"),
    Region("Kabupaten Kotawaringin Timur", "kotawaringin-timur", "SAMPIT"),
    Region("Kabupaten Lamandau", "lamandau", "NANGA BULIK"),
    Region("Kabupaten Murung Raya", "murung-raya", "PURUK CAHU"),
    Region("Kabupaten Pulang Pisau", "pulang-pisau", "PULANG PISAU"),
    Region("Kabupaten Seruyan", "seruyan", "KUALA PEMBUANG"),
    Region("Kabupaten Sukamara", "sukamara", "SUKAMARA"),
]


def _agency(name: str, short_name: str, slug: str, head_title: str = "") -> Agency:
    return Agency(name, short_name, slug, head_title or f"Kepala {name} Provinsi Kalteng")


AGENCIES: list[Agency] = [
    _agency(
        "Dinas Komunikasi, Informatika, Persandian dan Statistik",
        "Diskominfosantik",
        "diskominfosantik",
    ),
    _agency("Dinas Kesehatan", "Dinkes", "dinkes"),
    _agency("Dinas Pendidikan", "Disdik", "disdik"),
    _agency("Dinas Pekerjaan Umum dan Penataan Ruang", "PUPR", "pupr"),
    _agency("Badan Penanggulangan Bencana Daerah", "BPBD", "bpbd", "Kepala Pelaksana BPBD Kalteng"),
    _agency("Dinas Perhubungan", "Dishub", "dishub"),
    _agency("Badan Perencanaan Pembangunan Daerah", "Bappeda", "bappeda"),
    _agency(
        "Sekretariat Daerah, Biro Administrasi Pimpinan",
        "Biro Adpim",
        "biro-adpim",
        "Kepala Biro Administrasi Pimpinan Setda Kalteng",
    ),
    _agency("Sekretariat DPRD", "Setwan", "setwan", "Sekretaris DPRD Kalteng"),
    _agency("Dinas Pertanian", "Distan", "distan"),
    _agency("Dinas Kehutanan", "Dishut", "dishut"),
    _agency("Dinas Lingkungan Hidup", "DLH", "dlh"),
    _agency("Dinas Sosial", "Dinsos", "dinsos"),
    _agency("Dinas Kebudayaan dan Pariwisata", "Disbudpar", "disbudpar"),
    _agency("Dinas Pemuda dan Olahraga", "Dispora", "dispora"),
    _agency("Dinas Perindustrian dan Perdagangan", "Disperindag", "disperindag"),
    _agency("Dinas Koperasi dan UKM", "Diskop UKM", "diskop-ukm"),
    _agency("Badan Pendapatan Daerah", "Bapenda", "bapenda"),
    _agency("Badan Kepegawaian Daerah", "BKD", "bkd"),
    _agency("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", "disdukcapil"),
    _agency(
        "RSUD dr. Doris Sylvanus",
        "RSUD Doris Sylvanus",
        "rsud-doris-sylvanus",
        "Direktur RSUD dr. Doris Sylvanus",
    ),
    _agency("Satuan Polisi Pamong Praja", "Satpol PP", "satpol-pp"),
    _agency(
        "Dinas Perumahan Rakyat, Kawasan Permukiman dan Pertanahan",
        "Disperkimtan",
        "disperkimtan",
    ),
    _agency("Dinas Energi dan Sumber Daya Mineral", "Dinas ESDM", "esdm"),
    _agency("Dinas Kelautan dan Perikanan", "DKP", "dkp"),
    _agency(
        "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk "
        "dan Keluarga Berencana",
        "DP3APPKB",
        "dp3appkb",
        "Kepala DP3APPKB Provinsi Kalteng",
    ),
    _agency(
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "DPMPTSP",
        "dpmptsp",
        "Kepala DPMPTSP Provinsi Kalteng",
    ),
    _agency(
        "Badan Pengelolaan Keuangan dan Aset Daerah",
        "BPKAD",
        "bpkad",
        "Kepala BPKAD Provinsi Kalteng",
    ),
]

RUBRIKS: list[Rubrik] = [
    Rubrik("Pemerintahan", "pemerintahan"),
    Rubrik("DPRD", "dprd"),
    Rubrik("Kabupaten/Kota", "kabupaten-kota"),
    Rubrik("Ekonomi", "ekonomi"),
    Rubrik("Infrastruktur", "infrastruktur"),
    Rubrik("Kesehatan", "kesehatan"),
    Rubrik("Pendidikan", "pendidikan"),
    Rubrik("Sosial Budaya", "sosial-budaya"),
    Rubrik("Olahraga", "olahraga"),
    Rubrik("Lingkungan", "lingkungan"),
]


def _reporter(name: str, slug: str, handle: str, bio: str) -> Reporter:
    socials = {
        "instagram": f"https://www.instagram.com/{handle}",
        "x": f"https://x.com/{handle.replace('.', '_')}",
        "facebook": f"https://www.facebook.com/{handle}",
    }
    return Reporter(name, slug, bio, socials)


REPORTERS: list[Reporter] = [
    _reporter(
        "Rahmadi Saputra",
        "rahmadi-saputra",
        "rahmadi.mmc",
        "Pewarta MMC Kalteng sejak 2019 yang banyak meliput kegiatan Gubernur dan Pemprov Kalteng.",
    ),
    _reporter(
        "Novita Sari Dewi",
        "novita-sari-dewi",
        "novita.mmc",
        "Meliput isu kesehatan, stunting dan pelayanan publik di Palangka Raya dan sekitarnya.",
    ),
    _reporter(
        "Yohanes Ardianto",
        "yohanes-ardianto",
        "yohanes.mmc",
        "Pewarta yang mengikuti rapat paripurna dan kegiatan reses DPRD Provinsi Kalteng.",
    ),
    _reporter(
        "Siti Nurhaliza Rahman",
        "siti-nurhaliza-rahman",
        "siti.mmc",
        "Menulis tentang ekonomi daerah, UMKM dan harga bahan pokok di Kalimantan Tengah.",
    ),
    _reporter(
        "Agus Setiawan Tambunan",
        "agus-setiawan-tambunan",
        "agus.mmc",
        "Pewarta infrastruktur yang rutin meninjau proyek jalan dan jembatan di wilayah Barito.",
    ),
    _reporter(
        "Dewi Lestari Ningsih",
        "dewi-lestari-ningsih",
        "dewi.mmc",
        "Meliput pendidikan, beasiswa dan kegiatan pemuda dari Sampit hingga Pangkalan Bun.",
    ),
    _reporter(
        "Hendra Pratama Ugang",
        "hendra-pratama-ugang",
        "hendra.mmc",
        "Putra Gunung Mas yang menulis budaya Dayak, pariwisata dan olahraga daerah.",
    ),
    _reporter(
        "Maria Ulfah Harahap",
        "maria-ulfah-harahap",
        "maria.mmc",
        "Pewarta lingkungan yang mengikuti penanganan karhutla dan banjir di Kalteng.",
    ),
    _reporter(
        "Bayu Kurniawan",
        "bayu-kurniawan",
        "bayu.mmc",
        "Fotografer dan pewarta video MMC Kalteng untuk liputan kabupaten dan kota.",
    ),
    _reporter(
        "Ririn Anggraini",
        "ririn-anggraini",
        "ririn.mmc",
        "Meliput pelayanan publik, kependudukan dan kepegawaian di lingkungan Pemprov Kalteng.",
    ),
]

EDITORS: list[str] = [
    "Andi Wijaya Kusuma",
    "Lusia Tambun",
    "Fikri Haikal Nasution",
    "Eka Purnamasari",
]

UPLOADERS: list[str] = [
    "Admin MMC Kalteng",
    "Tim Multimedia Diskominfosantik",
    "Yusuf Mahendra",
]


def region_by_slug(slug: str) -> Region:
    return next(region for region in REGIONS if region.slug == slug)


def agency_by_slug(slug: str) -> Agency:
    return next(agency for agency in AGENCIES if agency.slug == slug)
