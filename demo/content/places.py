"""Local colour for each region: how prose names it, its leaders, districts and villages."""

from typing import NamedTuple

from demo.content.taxonomy import CITY_SLUG, PROVINCE_SLUG


class Place(NamedTuple):
    short: str
    """How prose and headlines name the region ("Kapuas", "Kalteng")."""
    head: str
    deputy: str
    kecamatan: list[str]
    villages: list[str]
    river: str


def _regency(short: str, kecamatan: str, villages: str, river: str) -> Place:
    return Place(
        short=short,
        head=f"Bupati {short}",
        deputy=f"Wakil Bupati {short}",
        kecamatan=[name.strip() for name in kecamatan.split(",")],
        villages=[name.strip() for name in villages.split(",")],
        river=river,
    )


PLACES: dict[str, Place] = {
    PROVINCE_SLUG: Place(
        short="Kalteng",
        head="Gubernur Kalteng",
        deputy="Wakil Gubernur Kalteng",
        kecamatan=[
            "Kecamatan Mantangai, Kabupaten Kapuas",
            "Kecamatan Kumai, Kabupaten Kotawaringin Barat",
            "Kecamatan Tewah, Kabupaten Gunung Mas",
            "Kecamatan Jabiren Raya, Kabupaten Pulang Pisau",
            "Kecamatan Teweh Tengah, Kabupaten Barito Utara",
            "Kecamatan Katingan Kuala, Kabupaten Katingan",
        ],
        villages=[
            "Desa Tumbang Nusa",
            "Desa Bahaur",
            "Desa Sungai Sekonyer",
            "Desa Ujung Pandaran",
            "Desa Lamunti",
            "Desa Tewah",
        ],
        river="Sungai Kahayan",
    ),
    CITY_SLUG: Place(
        short="Palangka Raya",
        head="Wali Kota Palangka Raya",
        deputy="Wakil Wali Kota Palangka Raya",
        kecamatan=[
            "Kecamatan Pahandut",
            "Kecamatan Jekan Raya",
            "Kecamatan Sebangau",
            "Kecamatan Bukit Batu",
            "Kecamatan Rakumpit",
        ],
        villages=[
            "Kelurahan Bukit Tunggal",
            "Kelurahan Palangka",
            "Kelurahan Menteng",
            "Kelurahan Kereng Bangkirai",
            "Kelurahan Langkai",
            "Kelurahan Tumbang Rungan",
            "Kelurahan Pahandut Seberang",
        ],
        river="Sungai Kahayan",
    ),
    "barito-selatan": _regency(
        "Barito Selatan",
        "Kecamatan Dusun Selatan, Kecamatan Dusun Utara, Kecamatan Karau Kuala, "
        "Kecamatan Gunung Bintang Awai, Kecamatan Jenamas, Kecamatan Dusun Hilir",
        "Desa Sababilah, Desa Pamait, Kelurahan Buntok Kota, Desa Baru, Desa Muara Ripung",
        "Sungai Barito",
    ),
    "barito-timur": _regency(
        "Barito Timur",
        "Kecamatan Dusun Timur, Kecamatan Pematang Karau, Kecamatan Awang, Kecamatan Paku, "
        "Kecamatan Karusen Janang, Kecamatan Benua Lima, Kecamatan Raren Batuah",
        "Desa Jaar, Desa Ampah, Desa Matabu, Desa Haringen, Desa Sarapat",
        "Sungai Karau",
    ),
    "barito-utara": _regency(
        "Barito Utara",
        "Kecamatan Teweh Tengah, Kecamatan Lahei, Kecamatan Montallat, Kecamatan Gunung Timang, "
        "Kecamatan Gunung Purei, Kecamatan Teweh Timur, Kecamatan Teweh Selatan",
        "Desa Lemo, Kelurahan Lanjas, Desa Jingah, Desa Hajak, Desa Trahean",
        "Sungai Barito",
    ),
    "gunung-mas": _regency(
        "Gunung Mas",
        "Kecamatan Kurun, Kecamatan Tewah, Kecamatan Rungan, Kecamatan Manuhing, "
        "Kecamatan Sepang, Kecamatan Kahayan Hulu Utara, Kecamatan Mihing Raya",
        "Desa Tampang Tumbang Anjir, Desa Tewah, Desa Sepang Simin, Desa Tumbang Talaken, "
        "Desa Tumbang Miri",
        "Sungai Kahayan",
    ),
    "kapuas": _regency(
        "Kapuas",
        "Kecamatan Selat, Kecamatan Kapuas Hilir, Kecamatan Mantangai, Kecamatan Basarang, "
        "Kecamatan Kapuas Murung, Kecamatan Dadahup, Kecamatan Pulau Petak, Kecamatan Timpah",
        "Desa Anjir Serapat, Desa Tamban Baru, Desa Lamunti, Desa Pulau Telo, Desa Sei Asam",
        "Sungai Kapuas",
    ),
    "katingan": _regency(
        "Katingan",
        "Kecamatan Katingan Hilir, Kecamatan Tasik Payawan, Kecamatan Kamipang, "
        "Kecamatan Mendawai, Kecamatan Pulau Malan, Kecamatan Katingan Kuala",
        "Desa Tumbang Lahang, Desa Hampangen, Desa Tewang Rangkang, Desa Jahanjang, "
        "Desa Baun Bango",
        "Sungai Katingan",
    ),
    "kotawaringin-barat": _regency(
        "Kotawaringin Barat",
        "Kecamatan Arut Selatan, Kecamatan Kumai, Kecamatan Kotawaringin Lama, "
        "Kecamatan Arut Utara, Kecamatan Pangkalan Lada, Kecamatan Pangkalan Banteng",
        "Desa Sungai Sekonyer, Kelurahan Madurejo, Desa Kumai Hulu, Kelurahan Mendawai, "
        "Desa Teluk Pulai",
        "Sungai Arut",
    ),
    "kotawaringin-timur": _regency(
        "Kotawaringin Timur",
        "Kecamatan Mentawa Baru Ketapang, Kecamatan Baamang, Kecamatan Kota Besi, "
        "Kecamatan Cempaga, Kecamatan Parenggean, Kecamatan Pulau Hanaut, "
        "Kecamatan Teluk Sampit",
        "Desa Bapinang, Kelurahan Mentawa Baru Hilir, Desa Ujung Pandaran, Desa Sebabi, "
        "Desa Pelangsian",
        "Sungai Mentaya",
    ),
    "lamandau": _regency(
        "Lamandau",
        "Kecamatan Bulik, Kecamatan Lamandau, Kecamatan Delang, Kecamatan Sematu Jaya, "
        "Kecamatan Menthobi Raya, Kecamatan Belantikan Raya, Kecamatan Batang Kawa",
        "Desa Kujan, Desa Guci, Desa Tapin Bini, Desa Nanga Bulik, Desa Bayat",
        "Sungai Lamandau",
    ),
    "murung-raya": _regency(
        "Murung Raya",
        "Kecamatan Murung, Kecamatan Laung Tuhup, Kecamatan Tanah Siang, "
        "Kecamatan Sumber Barito, Kecamatan Permata Intan, Kecamatan Seribu Riam",
        "Desa Beriwit, Desa Muara Laung, Desa Saripoi, Desa Tumbang Bantian, Desa Mangkahui",
        "Sungai Barito",
    ),
    "pulang-pisau": _regency(
        "Pulang Pisau",
        "Kecamatan Kahayan Hilir, Kecamatan Maliku, Kecamatan Pandih Batu, "
        "Kecamatan Kahayan Kuala, Kecamatan Jabiren Raya, Kecamatan Sebangau Kuala",
        "Desa Bahaur, Desa Garantung, Desa Tumbang Nusa, Desa Mintin, Desa Gadabung",
        "Sungai Kahayan",
    ),
    "seruyan": _regency(
        "Seruyan",
        "Kecamatan Seruyan Hilir, Kecamatan Danau Sembuluh, Kecamatan Hanau, "
        "Kecamatan Seruyan Tengah, Kecamatan Seruyan Hulu, Kecamatan Batu Ampar",
        "Desa Sembuluh, Desa Pematang Limau, Desa Baung, Desa Sungai Undang, Desa Tanjung Rangas",
        "Sungai Seruyan",
    ),
    "sukamara": _regency(
        "Sukamara",
        "Kecamatan Sukamara, Kecamatan Jelai, Kecamatan Balai Riam, Kecamatan Pantai Lunci, "
        "Kecamatan Permata Kecubung",
        "Desa Kartamulia, Desa Kuala Jelai, Desa Natai Sedawak, Desa Sungai Raja, Desa Pudu",
        "Sungai Jelai",
    ),
}
