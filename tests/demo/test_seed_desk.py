"""The demo's data desk: a year of requests answered the way agencies do, ~60 reports."""

from collections import defaultdict
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from desk.models import DataRequest, DataRequestRecipient, ProgrammeReport, RecipientStatus
from news.models import ArticlePage

pytestmark = [pytest.mark.django_db, pytest.mark.clock]


@pytest.fixture
def seeded(settings):
    settings.DEBUG = True
    call_command("seed_demo", "--articles", "3", stdout=StringIO())


def test_the_demo_desk_looks_like_a_year_of_real_agencies(seeded, client):
    statuses = defaultdict(list)
    today = timezone.localdate()
    for recipient in DataRequestRecipient.objects.with_status(today).select_related("agency"):
        statuses[recipient.agency.slug].append(recipient.status)

    assert DataRequest.objects.count() == 13
    on_time_share = {
        slug: rows.count(RecipientStatus.ANSWERED) / len(rows) for slug, rows in statuses.items()
    }
    assert max(on_time_share.values()) >= 0.8
    assert min(on_time_share.values()) <= 0.1
    assert any(RecipientStatus.LATE in rows for rows in statuses.values())

    reports = ProgrammeReport.objects.all()
    assert 55 <= reports.count() <= 60
    assert set(reports.values_list("review_status", flat=True)) >= {
        "diajukan",
        "dikembalikan",
        "diterima",
    }
    made = reports.exclude(article=None)
    assert made.count() == 4
    articles = ArticlePage.objects.filter(pk__in=made.values("article"))
    assert articles.filter(live=True).count() == 2  # published, with the agency's photo
    assert articles.filter(live=True, hero_image=None).count() == 0
    assert articles.filter(live=False).count() == 2  # drafts waiting for review

    client.login(username="opd", password="mmcdemo")
    listing = client.get(reverse("wagtailsnippets_desk_programmereport:list") + "?export=csv")
    rows = b"".join(listing.streaming_content).decode().splitlines()[1:]
    assert rows and all(row.startswith("Dinas Kesehatan") for row in rows)

    # Seeding again duplicates nothing.
    counts = (DataRequest.objects.count(), ProgrammeReport.objects.count())
    call_command("seed_demo", "--articles", "3", stdout=StringIO())
    assert (DataRequest.objects.count(), ProgrammeReport.objects.count()) == counts


def test_the_demo_open_data_is_alive_on_first_start(seeded, reader):
    public = ProgrammeReport.objects.filter(review_status="diterima", is_public=True)
    assert public.count() >= 25
    assert public.values("agency").distinct().count() >= 5
    assert public.filter(agency__slug="dinkes").count() >= 4

    data = reader.get("/data/").content.decode()
    agency_page = reader.get("/opd/dinkes/").content.decode()

    assert f"{public.count()} laporan program" in data
    assert agency_page.count("<progress") >= 2
