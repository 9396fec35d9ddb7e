"""With the page cache on, a report's review shows at once on its agency's page, /data/ and
every download: accepting, returning, hiding, an edit after acceptance, its article going live.

Each test fills the cache (and checks it hits), acts the way the newsroom does (the review
screen, the edit form, publishing), lets the transaction commit, and reads again.
"""

import json
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from desk import review
from desk.factories import ProgrammeReportFactory
from desk.models import ReviewStatus
from news.factories import ArticlePageFactory, region
from tests.support.desk_forms import report_form

pytestmark = pytest.mark.django_db

REPORTS = "wagtailsnippets_desk_programmereport"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def public_urls(agency) -> list[str]:
    return [
        f"/opd/{agency.slug}/",
        "/data/",
        f"/data/?opd={agency.slug}&tahun=2026",
        "/data/laporan.csv",
        "/data/laporan.json",
        f"/opd/{agency.slug}/data.csv",
        f"/opd/{agency.slug}/data.json",
    ]


def fill_cache(urls) -> None:
    reader = Client()
    for url in urls:
        reader.get(url)
    assert [reader.get(url)["X-Page-Cache"] for url in urls] == ["hit"] * len(urls)


def read_fresh(urls) -> dict[str, str]:
    reader = Client()
    pages = {}
    for url in urls:
        response = reader.get(url)
        assert response["X-Page-Cache"] == "miss", f"{url} was not purged"
        pages[url] = response.content.decode("utf-8-sig")
    return pages


def missing(pages, text) -> list[str]:
    return [url for url, page in pages.items() if text not in page]


def showing(pages, text) -> list[str]:
    return [url for url, page in pages.items() if text in page]


def test_accepting_a_report_shows_it_at_once_everywhere(commit, dinkes, login):
    report = ProgrammeReportFactory(
        agency=dinkes,
        programme_name="Posyandu Keliling",
        review_status=ReviewStatus.SUBMITTED,
        is_public=True,
    )
    urls = public_urls(dinkes)
    fill_cache(urls)

    with commit():
        response = login("Redaktur").post(
            reverse("desk_report_review", args=[report.pk]), {"decision": "accept", "comment": ""}
        )
    assert response.status_code == 302

    assert missing(read_fresh(urls), "Posyandu Keliling") == []


def test_returning_a_report_purges_its_pages(commit, dinkes, people):
    report = ProgrammeReportFactory(agency=dinkes, review_status=ReviewStatus.SUBMITTED)
    urls = public_urls(dinkes)
    fill_cache(urls)

    with commit():
        review.return_for_changes(report, people["Redaktur"], "Lengkapi foto kegiatan.")

    assert showing(read_fresh(urls), report.programme_name) == []


def test_hiding_an_accepted_report_removes_it_at_once(commit, dinkes, login):
    report = ProgrammeReportFactory(
        agency=dinkes,
        programme_name="Jalan Mantap",
        review_status=ReviewStatus.ACCEPTED,
        is_public=True,
        region=region("kapuas"),
    )
    urls = public_urls(dinkes)
    fill_cache(urls)
    assert "Jalan Mantap" in Client().get("/data/").content.decode()

    form = report_form(agency=dinkes, region=region("kapuas"), programme_name="Jalan Mantap")
    with commit():
        response = login("Redaktur").post(reverse(f"{REPORTS}:edit", args=[report.pk]), form)
    assert response.status_code == 302

    assert showing(read_fresh(urls), "Jalan Mantap") == []


def test_an_edit_after_acceptance_shows_the_new_figure(commit, dinkes, login):
    report = ProgrammeReportFactory(
        agency=dinkes,
        programme_name="Bedah Rumah",
        review_status=ReviewStatus.ACCEPTED,
        is_public=True,
        physical_progress=Decimal("40"),
        region=region("kapuas"),
    )
    fill_cache([f"/opd/{dinkes.slug}/", "/data/laporan.json"])

    form = report_form(
        agency=dinkes,
        region=region("kapuas"),
        programme_name="Bedah Rumah",
        physical_progress="95,5",
        is_public="on",
    )
    with commit():
        login("Redaktur").post(reverse(f"{REPORTS}:edit", args=[report.pk]), form)

    pages = read_fresh([f"/opd/{dinkes.slug}/", "/data/laporan.json"])
    assert "95,5 persen" in pages[f"/opd/{dinkes.slug}/"]
    assert json.loads(pages["/data/laporan.json"])["reports"][0]["physical_progress"] == 95.5


def test_publishing_the_article_made_from_a_report_links_it_from_data(commit, dinkes):
    article = ArticlePageFactory(title="Posyandu Jangkau 24 Desa", live=False)
    ProgrammeReportFactory(
        agency=dinkes, review_status=ReviewStatus.ACCEPTED, is_public=True, article=article
    )
    fill_cache(["/data/", f"/opd/{dinkes.slug}/"])

    with commit():
        article.save_revision().publish()
    article.refresh_from_db()

    assert missing(read_fresh(["/data/", f"/opd/{dinkes.slug}/"]), f'href="{article.url}"') == []


def test_renaming_an_agency_or_a_region_shows_in_the_data_at_once(commit, dinkes):
    kapuas = region("kapuas")
    ProgrammeReportFactory(
        agency=dinkes, review_status=ReviewStatus.ACCEPTED, is_public=True, region=kapuas
    )
    urls = public_urls(dinkes)
    fill_cache(urls)

    dinkes.name = "Dinas Kesehatan dan Keluarga Berencana"
    kapuas.name = "Kabupaten Kapuas Raya"
    with commit():
        dinkes.save()
        kapuas.save()

    pages = read_fresh(urls)
    assert missing(pages, "Dinas Kesehatan dan Keluarga Berencana") == []
    assert missing(pages, "Kabupaten Kapuas Raya") == []
