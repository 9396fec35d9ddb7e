"""The Jangkauan dashboard: who sees it, what it adds up, and that it stays cheap."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from analytics import dashboard
from analytics.filters import ReachFilterForm, ReachFilters
from news.factories import AgencyFactory, ArticlePageFactory
from news.models import DailyArticleViews
from syndication.factories import SocialAccountFactory

from .conftest import posted, snapshot

pytestmark = pytest.mark.django_db


def filters_for(**params):
    return ReachFilters.from_form(ReachFilterForm({"rentang": "7", **params}))


def by_platform(rows):
    return {row["platform"]: row for row in rows}


def test_headline_uses_site_views_and_each_posts_latest_snapshot(newsroom):
    totals = by_platform(dashboard.platform_totals(filters_for()))

    assert totals["situs"]["views"] == 1_200_000 + 34_567 + 500
    assert (totals["x"]["views"], totals["x"]["reach"]) == (56_000, 54_000)
    assert totals["x"]["engagement"] == 45
    assert (totals["facebook"]["views"], totals["facebook"]["engagement"]) == (700, 7)
    assert totals["youtube"]["views"] == 0


def test_filters_narrow_every_number_to_matching_articles(newsroom):
    region = filters_for(wilayah=newsroom["kapuas"].pk, platform="x")
    totals = by_platform(dashboard.platform_totals(region))

    assert set(totals) == {"situs", "x"}
    assert totals["situs"]["views"] == 1_234_567
    assert totals["x"]["views"] == 4_000
    assert (
        by_platform(dashboard.platform_totals(filters_for(opd=newsroom["dinkes"].pk)))["x"]["views"]
        == 4_000
    )


def test_the_daily_series_shows_site_views_and_platform_growth(newsroom):
    series = dashboard.daily_series(filters_for())

    assert len(series["days"]) == 7
    assert series["series"]["situs"][-1] == 1_200_500
    assert series["series"]["situs"][-2] == 34_567
    # X today: flood grew 1.000 → 4.000, school grew 50.000 → 52.000.
    assert series["series"]["x"][-1] == 3_000 + 2_000


def test_top_articles_and_breakdowns_rank_by_views(newsroom):
    filters = filters_for()
    top = dashboard.top_articles(filters)
    assert [row["title"] for row in top["x"]] == ["Sekolah Katingan Dibuka", "Banjir Kapuas Surut"]
    assert [row["title"] for row in top["situs"]] == [
        "Banjir Kapuas Surut",
        "Sekolah Katingan Dibuka",
    ]

    regions = {row["name"]: row for row in dashboard.breakdown(filters, "wilayah")}
    assert regions["Kabupaten Kapuas"]["site_views"] == 1_234_567
    assert regions["Kabupaten Kapuas"]["views"] == 4_700
    agencies = {row["name"]: row for row in dashboard.breakdown(filters, "opd")}
    assert agencies["Dinas Kesehatan"]["views"] == 4_700
    assert agencies["(tanpa OPD)"]["views"] == 52_000
    reporters = {row["name"] for row in dashboard.breakdown(filters, "pewarta")}
    assert "Rina Pewarta" in reporters


@pytest.mark.parametrize("role", ["Analis", "Redaktur", "Administrator"])
def test_analysts_editors_and_administrators_see_jangkauan(as_role, newsroom, role):
    client = as_role(role)
    response = client.get("/admin/jangkauan/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Jangkauan" in content
    assert "1.235.067" in content  # the site's views, Indonesian format
    assert "vendor/chart.umd.min" in content and 'id="reach-series"' in content
    assert "cdn" not in content.lower().split("jangkauan", 1)[1]
    assert "/admin/jangkauan/" in client.get("/admin/").content.decode()  # the sidebar menu


def test_a_reporter_can_neither_open_nor_see_jangkauan(as_role):
    client = as_role("Pewarta")
    assert client.get("/admin/jangkauan/").status_code in (302, 403)
    assert client.get("/admin/jangkauan/export/?table=platform").status_code in (302, 403)
    assert "/admin/jangkauan/" not in client.get("/admin/").content.decode()


def test_a_custom_range_needs_both_dates_in_order(newsroom):
    form = ReachFilterForm({"rentang": "custom", "dari": "2026-11-20", "sampai": "2026-11-01"})
    assert not form.is_valid()
    today = timezone.localdate()
    custom = filters_for(
        rentang="custom",
        dari=(today - timedelta(days=61)).isoformat(),
        sampai=(today - timedelta(days=59)).isoformat(),
    )
    assert by_platform(dashboard.platform_totals(custom))["situs"]["views"] == 9_999


def add_articles(count):
    x = SocialAccountFactory(platform="x")
    now = timezone.now()
    for _ in range(count):
        article = ArticlePageFactory()
        article.agencies.add(AgencyFactory())
        DailyArticleViews.objects.create(page=article, date=timezone.localdate(), views=10)
        row = posted(x, article=article)
        snapshot(row, now - timedelta(hours=2), views=5)
        snapshot(row, now - timedelta(hours=1), views=8)


def dashboard_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/admin/jangkauan/").status_code == 200
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_number_of_articles(as_role):
    client = as_role("Analis")
    add_articles(2)
    few = dashboard_queries(client)
    add_articles(20)
    many = dashboard_queries(client)
    assert many == few
