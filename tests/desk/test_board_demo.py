"""The demo's year of requests makes a board worth looking at for the demo Pengelola Data."""

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from demo.desk import seed_desk
from demo.seeding import seed_agencies

pytestmark = [pytest.mark.django_db, pytest.mark.clock]


@pytest.fixture
def demo_desk(time_machine):
    time_machine.move_to(datetime(2026, 11, 20, 10, 0, tzinfo=ZoneInfo("Asia/Jakarta")))
    seed_agencies()
    seed_desk()


def test_the_demo_board_ranks_punctual_and_chronically_late_agencies_apart(demo_desk):
    client = Client()
    client.force_login(get_user_model().objects.get(username="pengelola"))

    page = client.get(reverse("desk_board"))

    datasets = page.context["chart"]["datasets"]
    figures = {dataset["label"]: sum(dataset["data"]) for dataset in datasets}
    # The last 12 whole months: every request is due by now, answered or not.
    assert figures["Belum jatuh tempo"] == 0
    assert all(figures[label] for label in figures if label != "Belum jatuh tempo"), figures
    board_rows = page.context["board_rows"]
    percents = [row.on_time_percent for row in board_rows if row.on_time_percent is not None]
    assert max(percents) == Decimal("100.0") and min(percents) < Decimal("50.0")
    medians = [row.median_days for row in board_rows if row.median_days is not None]
    assert all(days > 0 for days in medians) and max(medians) - min(medians) >= 10
    assert sum(row.reports_submitted for row in board_rows) > 20
    assert all(
        row.days_since_last_report >= 0
        for row in board_rows
        if row.days_since_last_report is not None
    )
    assert "Dinas Kesehatan" in page.content.decode()
