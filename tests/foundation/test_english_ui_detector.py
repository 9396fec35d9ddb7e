"""The English word detector the admin crawl (tests/e2e/test_admin_in_indonesian.py) relies on."""

from tests.support.english_ui import english_lines, us_date_placeholders


def test_an_untranslated_label_or_sentence_is_found():
    found = english_lines(["323 Pages", "Help", "Search all pages…", "Simpan konsep"])
    assert found == ["323 Pages", "Help", "Search all pages…"]


def test_indonesian_text_with_loanwords_names_and_brands_passes():
    texts = [
        "Status: Terbit",
        "Kirim ke Facebook, Instagram, X dan YouTube",
        "Editor: Rina Wulandari",
        "Pemerintah Provinsi Kalimantan Tengah menambah sepuluh unit mobil layanan, kata dia",
    ]
    assert english_lines(texts) == []


def test_a_one_word_english_slip_in_a_short_label_is_found():
    assert english_lines(["Tambah image"]) == ["Tambah image"]


def test_a_us_date_placeholder_is_found():
    assert us_date_placeholders(["mm/dd/yyyy", "hh:mm", "dd/mm/yyyy"]) == ["mm/dd/yyyy"]
