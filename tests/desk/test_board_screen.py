"""The board as the admin serves it: who sees which rows, the CSV, the periods, the queries."""

import csv
import io
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from desk.board_filters import BoardFilterForm, BoardFilters, preset_period
from desk.factories import DataRequestFactory, ProgrammeReportFactory
from desk.models import DataRequestRecipient
from news.factories import AgencyFactory

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

WIB = ZoneInfo("Asia/Jakarta")
BOARD, EXPORT = reverse("desk_board"), reverse("desk_board_export")
OCTOBER = {"rentang": "custom", "dari": "01/10/2026", "sampai": "31/10/2026"}


@pytest.fixture
def mid_november(time_machine):
    time_machine.move_to(datetime(2026, 11, 20, 10, 0, tzinfo=WIB), tick=False)


def requests_answered(agencies, months: int, answered_after_days: int = 3):
    """One request a month from October 2026 back, to every agency, answered on the Nth day."""
    for back in range(months):
        month = 10 - back % 10
        year = 2026 - back // 10
        due = date(year, month, 15)
        request = DataRequestFactory(
            due_date=due,
            created_at=datetime(year, month, 1, 8, 0, tzinfo=WIB),
            agencies=agencies,
        )
        DataRequestRecipient.objects.filter(request=request).update(
            answered_on=date(year, month, 1) + timedelta(days=answered_after_days)
        )


def refused(response) -> bool:
    """Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard."""
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_an_operator_sees_only_their_agencys_row_whatever_the_querystring_says(
    mid_november, login, dinkes, pupr, operator_of
):
    requests_answered([dinkes, pupr], months=1)
    client = login(operator_of(dinkes))
    tampered = {**OCTOBER, "opd": pupr.pk}

    page = client.get(BOARD, tampered)
    download = client.get(EXPORT, tampered)

    assert page.status_code == 200
    assert [item["cells"][1] for item in page.context["rows"]] == ["Dinas Kesehatan"]
    assert page.context["chart"]["labels"] == ["Dinkes"]
    assert "opd" not in page.context["form"].fields
    assert [row[1] for row in csv_rows(download)[1:]] == ["Dinas Kesehatan"]
    assert b"Pekerjaan Umum" not in page.content + download.content


def test_an_operator_not_yet_tied_to_an_agency_sees_no_row_and_is_told_why(
    mid_november, login, dinkes, people
):
    from django.contrib.auth.models import Group

    requests_answered([dinkes], months=1)
    untied = people["Analis"]
    untied.groups.set([Group.objects.get(name="Operator OPD")])

    page = login(untied).get(BOARD, OCTOBER)

    assert page.context["rows"] == []
    assert "belum terhubung dengan OPD" in page.content.decode()
    assert csv_rows(login(untied).get(EXPORT, OCTOBER))[1:] == []


@pytest.mark.parametrize("role", ["Pengelola Data", "Redaktur", "Analis", "Administrator"])
def test_the_newsroom_staff_see_every_agency_and_the_menu_item(
    mid_november, login, role, dinkes, pupr
):
    requests_answered([dinkes, pupr], months=1)
    client = login(role)

    page = client.get(BOARD, OCTOBER)

    assert sorted(item["cells"][1] for item in page.context["rows"]) == [
        "Dinas Kesehatan",
        "Dinas Pekerjaan Umum dan Penataan Ruang",
    ]
    assert "Kinerja Data OPD" in client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_reporter_is_refused_the_board_and_its_csv_and_is_not_offered_the_menu(login):
    client = login("Pewarta")
    assert refused(client.get(BOARD)) and refused(client.get(EXPORT))
    assert "Kinerja Data OPD" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_csv_has_indonesian_headers_the_pages_figures_and_no_live_formulas(
    mid_november, login, dinkes
):
    formula = AgencyFactory(name='=HYPERLINK("http://contoh.test","klik")', short_name="X")
    requests_answered([dinkes, formula], months=3)
    client = login("Pengelola Data")
    period = {"rentang": "custom", "dari": "01/08/2026", "sampai": "31/10/2026"}

    page = client.get(BOARD, period)
    download = client.get(EXPORT, period)

    rows = csv_rows(download)
    assert rows[0] == [
        "Peringkat",
        "OPD",
        "Permintaan diterima",
        "Dijawab",
        "Tepat waktu (%)",
        "Median hari menjawab",
        "Terlambat sekarang",
        "Laporan diajukan",
        "Laporan jadi artikel",
        "Hari sejak laporan terakhir",
    ]
    on_page = [[cell.replace("–", "") for cell in item["cells"]] for item in page.context["rows"]]
    assert [[cell.removeprefix("'") for cell in row] for row in rows[1:]] == on_page
    # Tied on every figure, the two rank by name, and "=" comes before "D".
    assert ["2", "Dinas Kesehatan", "3", "3", "100,0", "3", "0", "0", "0", "Belum pernah"] in rows
    assert "'=HYPERLINK" in download.content.decode()
    assert 'filename="kinerja-data-opd-20260801-20261031.csv"' in download["Content-Disposition"]


def test_the_csv_refuses_a_period_it_cannot_answer_in_indonesian(login):
    response = login("Pengelola Data").get(
        EXPORT, {"rentang": "custom", "dari": "31/10/2026", "sampai": "01/10/2026"}
    )
    assert response.status_code == 400
    assert "Tanggal dari harus sebelum tanggal sampai." in response.content.decode()


def test_a_period_longer_than_five_years_is_refused_on_the_page(login):
    page = login("Pengelola Data").get(
        BOARD, {"rentang": "custom", "dari": "01/01/2020", "sampai": "31/12/2025"}
    )
    assert "Rentang tanggal paling panjang 1827 hari" in page.content.decode()


@pytest.mark.parametrize(
    ("choice", "today", "period"),
    [
        ("bulan_ini", date(2026, 2, 28), (date(2026, 2, 1), date(2026, 2, 28))),
        ("bulan_ini", date(2028, 2, 1), (date(2028, 2, 1), date(2028, 2, 29))),
        ("3_bulan", date(2027, 1, 31), (date(2026, 11, 1), date(2027, 1, 31))),
        ("12_bulan", date(2026, 12, 1), (date(2026, 1, 1), date(2026, 12, 31))),
        ("tahun_ini", date(2026, 11, 30), (date(2026, 1, 1), date(2026, 12, 31))),
        ("tahun_lalu", date(2027, 1, 1), (date(2026, 1, 1), date(2026, 12, 31))),
    ],
)
def test_preset_periods_are_whole_months_or_years(choice, today, period):
    assert preset_period(choice, today) == period


def test_this_month_turns_over_at_wib_midnight_not_utc(time_machine, login, dinkes):
    # 31 October 17:30 UTC is already 1 November 00:30 in Palangka Raya.
    time_machine.move_to(datetime(2026, 10, 31, 17, 30, tzinfo=ZoneInfo("UTC")), tick=False)
    ProgrammeReportFactory(agency=dinkes, submitted_at=datetime(2026, 10, 31, 23, 59, tzinfo=WIB))
    ProgrammeReportFactory(agency=dinkes, submitted_at=datetime(2026, 11, 1, 0, 0, tzinfo=WIB))

    page = login("Pengelola Data").get(BOARD, {"rentang": "bulan_ini"})

    filters = page.context["filters"]
    assert (filters.start, filters.end) == (date(2026, 11, 1), date(2026, 11, 30))
    dinkes_cells = page.context["rows"][0]["cells"]
    assert dinkes_cells[7] == "1"  # reports submitted: only the one at WIB midnight
    assert dinkes_cells[9] == "0"  # days since the last report: today, in WIB


def test_the_periods_days_run_from_wib_midnight_to_wib_midnight():
    form = BoardFilterForm({"rentang": "custom", "dari": "01/10/2026", "sampai": "31/10/2026"})
    filters = BoardFilters.from_form(form, today=date(2026, 11, 20))
    assert filters.start_at == datetime(2026, 10, 1, 0, 0, tzinfo=WIB)
    assert filters.end_before == datetime(2026, 11, 1, 0, 0, tzinfo=WIB)


def test_a_row_links_to_the_agencys_requests_which_that_list_filters_by(
    mid_november, login, dinkes, pupr
):
    requests_answered([dinkes], months=1)
    DataRequestFactory(
        programme="Data jalan provinsi", due_date=date(2026, 10, 20), agencies=[pupr]
    )
    client = login("Pengelola Data")

    page = client.get(BOARD, OCTOBER)
    link = next(item for item in page.context["rows"] if item["cells"][1] == "Dinas Kesehatan")
    listing = client.get(link["requests_url"])

    assert listing.status_code == 200
    assert "Realisasi program prioritas" in listing.content.decode()
    assert "Data jalan provinsi" not in listing.content.decode()
    # An Analis reads the board but not the requests: no link to a list they cannot open.
    analis = login("Analis").get(BOARD, OCTOBER)
    assert [item["requests_url"] for item in analis.context["rows"]] == [None, None]


def test_the_board_shows_an_indonesian_empty_state_for_a_period_without_requests(
    mid_november, login, dinkes
):
    page = login("Pengelola Data").get(BOARD, OCTOBER)
    assert (
        "Belum ada permintaan data dengan batas waktu dalam periode ini." in page.content.decode()
    )
    assert page.context["rows"][0]["cells"][9] == "Belum pernah"


def board_queries(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert (
            client.get(
                BOARD, {"rentang": "custom", "dari": "01/01/2022", "sampai": "31/10/2026"}
            ).status_code
            == 200
        )
    with CaptureQueriesContext(connection) as exported:
        client.get(EXPORT, {"rentang": "custom", "dari": "01/01/2022", "sampai": "31/10/2026"})
    return len(captured), len(exported)


def test_the_number_of_queries_does_not_grow_with_the_agencies_or_the_years(mid_november, login):
    client = login("Pengelola Data")
    few = [AgencyFactory() for _ in range(2)]
    requests_answered(few, months=2)
    ProgrammeReportFactory(agency=few[0], submitted_at=datetime(2026, 10, 3, 9, 0, tzinfo=WIB))
    small = board_queries(client)

    many = few + [AgencyFactory() for _ in range(8)]
    requests_answered(many, months=40)
    for agency in many:
        ProgrammeReportFactory(agency=agency, submitted_at=datetime(2025, 3, 3, 9, 0, tzinfo=WIB))
    large = board_queries(client)

    assert large == small


def test_sorting_by_a_column_keeps_the_period_and_offers_the_other_order(
    mid_november, login, dinkes, pupr
):
    requests_answered([dinkes, pupr], months=1)
    client = login("Pengelola Data")

    page = client.get(BOARD, {"urut": "-tepat_waktu"})

    assert page.context["form"]["rentang"].value() == "12_bulan"
    header = next(h for h in page.context["headers"] if h["label"] == "Tepat waktu (%)")
    assert header["sorted"] and header["descending"]
    assert "urut=tepat_waktu" in header["query"]
    assert 'aria-sort="descending"' in page.content.decode()
