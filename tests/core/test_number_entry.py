"""Numbers typed the Indonesian way are read exactly, and anything else is refused, clearly."""

from decimal import Decimal

import pytest

from core.formatting import angka_isian, parse_angka


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("1.250.000.000", Decimal("1250000000")),
        ("1250000000", Decimal("1250000000")),
        ("1,25", Decimal("1.25")),
        ("78,5", Decimal("78.5")),
        ("1.250,75", Decimal("1250.75")),
        ("Rp1.500.000", Decimal("1500000")),
        ("Rp. 1.500.000", Decimal("1500000")),
        ("rp 750", Decimal("750")),
        ("  96 ", Decimal("96")),
        ("100%", Decimal("100")),
        ("0", Decimal("0")),
        ("0,5", Decimal("0.5")),
        ("1.250", Decimal("1250")),
        ("-2.500", Decimal("-2500")),
        ("9.223.372.036.854.775.807", Decimal("9223372036854775807")),
    ],
)
def test_indonesian_numbers_are_read_exactly(typed, number):
    assert parse_angka(typed) == number


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("78.5", "Gunakan koma untuk desimal"),
        ("1.25", "Gunakan koma untuk desimal"),
        ("12.50", "Gunakan koma untuk desimal"),
        ("1.2500", "Gunakan koma untuk desimal"),
        ("1.250.00", "titik sebagai pemisah ribuan"),
        ("1250.000", "titik sebagai pemisah ribuan"),
        ("1,250,000", "Setelah koma hanya boleh angka"),
        ("1,2a", "Setelah koma hanya boleh angka"),
        ("satu juta", "titik sebagai pemisah ribuan"),
        ("1.5 M", "titik sebagai pemisah ribuan"),
        (",5", "titik sebagai pemisah ribuan"),
        ("Rp", "Isi dengan angka"),
        ("", "Isi dengan angka"),
    ],
)
def test_anything_else_is_refused_with_an_indonesian_message(typed, message):
    with pytest.raises(ValueError, match=message):
        parse_angka(typed)


@pytest.mark.parametrize(
    ("number", "shown"),
    [
        (1_250_000_000, "1.250.000.000"),
        (Decimal("78.50"), "78,5"),
        (Decimal("100.00"), "100"),
        (Decimal("0.25"), "0,25"),
        (0, "0"),
        (9_223_372_036_854_775_807, "9.223.372.036.854.775.807"),
    ],
)
def test_a_number_goes_back_into_the_form_as_it_would_be_typed(number, shown):
    assert angka_isian(number) == shown
    assert parse_angka(shown) == Decimal(number)
