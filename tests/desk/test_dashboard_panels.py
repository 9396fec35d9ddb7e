"""The admin home page shows what the reminders say: an operator their agency's requests due
soon and late; the staff who chase the data, which agencies are late. A reporter sees neither."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from desk.dashboard import LateAgenciesPanel, OperatorRequestsPanel
from desk.factories import DataRequestFactory
from news.factories import AgencyFactory

pytestmark = [pytest.mark.django_db, pytest.mark.clock]
WIB = ZoneInfo("Asia/Jakarta")
OPERATOR_PANEL = "section[aria-labelledby='panel-permintaan-opd']"
LATE_PANEL = "section[aria-labelledby='panel-opd-terlambat']"


@pytest.fixture(autouse=True)
def monday_morning():
    with time_machine.travel(datetime(2026, 10, 19, 8, 0, tzinfo=WIB), tick=False):
        yield


@pytest.fixture
def desk_requests(dinkes, pupr):
    """Dinkes: late 10 days, due in 2 days, answered, far ahead; PUPR: late 3 days."""
    late = DataRequestFactory(programme="Data stunting", due_date=date(2026, 10, 9))
    soon = DataRequestFactory(programme="Data imunisasi", due_date=date(2026, 10, 21))
    answered = DataRequestFactory(programme="Data posyandu", due_date=date(2026, 10, 1))
    ahead = DataRequestFactory(programme="Data puskesmas", due_date=date(2026, 12, 1))
    for request in (late, soon, answered, ahead):
        request.recipients.create(agency=dinkes)
    answered.recipients.update(answered_on=date(2026, 9, 30))
    roads = DataRequestFactory(programme="Data jalan provinsi", due_date=date(2026, 10, 16))
    roads.recipients.create(agency=pupr)
    return {"late": late, "soon": soon, "roads": roads}


def home(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_an_operator_sees_their_agencys_late_and_soon_due_requests(
    dinkes, operator_of, login, desk_requests
):
    page = home(login(operator_of(dinkes)))

    panel = page.select_one(OPERATOR_PANEL)
    late = panel.select_one("[data-desk-late]").get_text(" ", strip=True)
    soon = panel.select_one("[data-desk-due-soon]").get_text(" ", strip=True)
    assert "Data stunting — lewat 10 hari (batas 9 Oktober 2026)" in late
    assert "Data imunisasi — 2 hari lagi (21 Oktober 2026)" in soon
    text = panel.get_text(" ", strip=True)
    for elsewhere in ("Data posyandu", "Data puskesmas", "Data jalan provinsi"):
        assert elsewhere not in text
    links = {a["href"] for a in panel.select("a")}
    assert (
        reverse("wagtailsnippets_desk_datarequest:inspect", args=[desk_requests["late"].pk])
        in links
    )
    assert reverse("wagtailsnippets_desk_programmereport:add") in links
    assert page.select_one(LATE_PANEL) is None  # other agencies are not theirs to see


@pytest.mark.parametrize("role", ["Pengelola Data", "Redaktur"])
def test_the_staff_who_chase_the_data_see_which_agencies_are_late(role, login, desk_requests):
    page = home(login(role))

    panel = page.select_one(LATE_PANEL)
    rows = [
        [cell.get_text(strip=True) for cell in row.select("td")] for row in panel.select("tbody tr")
    ]
    assert rows == [
        ["Dinas Kesehatan", "1", "10 hari"],
        ["Dinas Pekerjaan Umum dan Penataan Ruang", "1", "3 hari"],
    ]
    assert "2 permintaan data sudah lewat batas waktu" in panel.get_text(" ", strip=True)
    assert page.select_one(OPERATOR_PANEL) is None


def test_a_reporter_sees_no_desk_panel(login, desk_requests):
    page = home(login("Pewarta"))

    assert page.select_one(LATE_PANEL) is None
    assert page.select_one(OPERATOR_PANEL) is None


def test_with_nobody_late_the_panel_says_so(login, dinkes):
    DataRequestFactory(due_date=date(2026, 11, 1)).recipients.create(agency=dinkes)

    panel = home(login("Pengelola Data")).select_one(LATE_PANEL)

    assert "Tidak ada OPD yang terlambat" in panel.get_text(" ", strip=True)


def test_the_panels_queries_do_not_grow_with_the_data(dinkes, desk_requests):
    def queries(panel):
        with CaptureQueriesContext(connection) as context:
            panel.render_html({})
        return len(context.captured_queries)

    before = (queries(LateAgenciesPanel()), queries(OperatorRequestsPanel(dinkes.pk)))
    for agency in AgencyFactory.create_batch(12):
        for day in (2, 5, 20):
            DataRequestFactory(due_date=date(2026, 10, day)).recipients.create(agency=agency)
            DataRequestFactory(due_date=date(2026, 10, day)).recipients.create(agency=dinkes)

    after = (queries(LateAgenciesPanel()), queries(OperatorRequestsPanel(dinkes.pk)))
    assert after == before
    assert before[0] <= 2 and before[1] == 1
