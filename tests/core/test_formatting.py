"""Dates and numbers read the Indonesian way on every page, whatever the user's language."""

from datetime import UTC, datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from core.formatting import angka, iso_datetime, tanggal


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2026, 11, 27, 3, 15, tzinfo=UTC), "Jumat, 27 November 2026 10:15 WIB"),
        # 17:30 UTC on the last day of a month is already the next month in WIB.
        (datetime(2026, 11, 30, 17, 30, tzinfo=UTC), "Selasa, 1 Desember 2026 00:30 WIB"),
        (datetime(2027, 2, 28, 16, 59, tzinfo=UTC), "Minggu, 28 Februari 2027 23:59 WIB"),
    ],
)
def test_a_moment_is_shown_as_its_indonesian_date_in_wib(moment, expected):
    assert tanggal(moment) == expected
    assert tanggal(moment, with_time=False) == expected.rsplit(" ", 2)[0]


def test_a_machine_readable_moment_is_wib_to_the_second():
    moment = datetime(2026, 11, 30, 17, 30, 5, 123456, tzinfo=UTC)

    assert iso_datetime(moment) == "2026-12-01T00:30:05+07:00"
    assert iso_datetime(None) == ""


def test_an_english_speaking_admin_still_sees_indonesian_dates_and_numbers():
    with translation.override("en"):
        assert (
            tanggal(datetime(2026, 8, 17, 1, 0, tzinfo=UTC)) == "Senin, 17 Agustus 2026 08:00 WIB"
        )
        assert angka(4_000_000) == "4.000.000"


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (4_000_000, 0, "4.000.000"),
        (6.5, 1, "6,5"),
        (1234.567, 2, "1.234,57"),
        (999.95, 1, "1.000,0"),
        (-1234, 0, "-1.234"),
        (0, 0, "0"),
        ("12500", 0, "12.500"),
    ],
)
def test_numbers_group_thousands_with_dots_and_round_decimals_after_a_comma(
    value, decimals, expected
):
    assert angka(value, decimals) == expected


def test_what_is_not_a_number_or_a_date_is_shown_unchanged():
    assert angka("–") == "–"
    assert angka(None) is None
    assert tanggal(None) == ""


def test_templates_of_every_app_load_the_filters_from_core():
    rendered = Template("{% load indonesian %}{{ n|angka }} · {{ d|tanggal }}").render(
        Context({"n": 23640, "d": datetime(2026, 11, 26, 3, 15, tzinfo=UTC)})
    )
    assert rendered == "23.640 · Kamis, 26 November 2026 10:15 WIB"
