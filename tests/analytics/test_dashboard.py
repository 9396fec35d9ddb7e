"""The Jangkauan dashboard: who sees it, what it adds up, and that it stays cheap."""

import json
import time
from datetime import timedelta

import pytest
import responses
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from analytics import dashboard
from analytics.collection import collect_metrics
from analytics.factories import MetricSnapshotFactory
from analytics.filters import ReachFilterForm, ReachFilters
from news.factories import AgencyFactory, ArticlePageFactory
from news.models import DailyArticleViews
from syndication.factories import SocialAccountFactory, SyndicationFactory

pytestmark = [pytest.mark.django_db, pytest.mark.clock]


def filters_for(**params):
    return ReachFilters.from_form(ReachFilterForm({"rentang": "7", **params}))


def by_platform(rows):
    return {row["platform"]: row for row in rows}


def test_headline_uses_site_views_and_each_posts_latest_snapshot(newsroom):
    totals = by_platform(dashboard.platform_totals(filters_for()))

    assert totals["situs"]["views"] == 1_200_000 + 34_567 + 500
    assert (totals["x"]["views"], totals["x"]["reach"]) == (56_000, None)  # X has no reach
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
def test_analysts_editors_and_administrators_see_jangkauan(login, newsroom, role):
    client = login(role)
    response = client.get("/admin/jangkauan/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Jangkauan" in content
    assert "1.235.067" in content  # the site's views, Indonesian format
    assert "vendor/chart.umd.min" in content and 'id="reach-series"' in content
    assert "cdn" not in content.lower().split("jangkauan", 1)[1]
    assert "/admin/jangkauan/" in client.get("/admin/").content.decode()  # the sidebar menu


def test_a_reporter_can_neither_open_nor_see_jangkauan(login):
    client = login("Pewarta")
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
        row = SyndicationFactory(posted=True, account=x, page=article)
        MetricSnapshotFactory(syndication=row, collected_at=now - timedelta(hours=2), views=5)
        MetricSnapshotFactory(syndication=row, collected_at=now - timedelta(hours=1), views=8)


def dashboard_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/admin/jangkauan/").status_code == 200
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_number_of_articles(login):
    client = login("Analis")
    add_articles(2)
    few = dashboard_queries(client)
    add_articles(20)
    many = dashboard_queries(client)
    assert many == few


def test_a_range_in_the_past_counts_the_reading_that_was_latest_then():
    row = SyndicationFactory(
        posted=True, account=SocialAccountFactory(platform="facebook"), age=timedelta(days=20)
    )
    now = timezone.now()
    for days_ago, views, reach in [(15, 100, 80), (12, 300, 200), (2, 900, 500)]:
        MetricSnapshotFactory(
            syndication=row, collected_at=now - timedelta(days=days_ago), views=views, reach=reach
        )
    today = timezone.localdate()
    past = filters_for(
        rentang="custom",
        dari=(today - timedelta(days=16)).isoformat(),
        sampai=(today - timedelta(days=10)).isoformat(),
    )

    facebook = by_platform(dashboard.platform_totals(past))["facebook"]
    assert (facebook["posts"], facebook["views"], facebook["reach"]) == (1, 300, 200)
    assert sum(dashboard.daily_series(past)["series"]["facebook"]) == 300
    assert by_platform(dashboard.platform_totals(filters_for()))["facebook"]["views"] == 900
    # Last 7 days: only the growth inside the range.
    assert sum(dashboard.daily_series(filters_for())["series"]["facebook"]) == 600


@responses.activate
def test_the_dashboard_says_which_accounts_could_not_be_read_and_why(login, x_account):
    facebook = SocialAccountFactory(
        platform="facebook", name="MMC Kalteng", base_url="http://g.test"
    )
    SyndicationFactory(posted=True, account=x_account, remote_id="9001")
    SyndicationFactory(posted=True, account=facebook)
    responses.add(
        responses.GET,
        "http://x.test/2/tweets",
        status=429,
        json={"title": "Too Many Requests", "status": 429},
        headers={"x-rate-limit-reset": str(int(time.time()) + 600)},
    )
    responses.add(
        responses.POST,
        "http://g.test/",
        json=[{"code": 200, "body": json.dumps({"data": [{"name": "post_clicks"}]})}],
    )
    collect_metrics()

    page = login("Analis").get("/admin/jangkauan/").content.decode()

    status = page.split('id="pengambilan-data"', 1)[1]
    assert "Batas permintaan platform tercapai" in page.split("Ringkasan", 1)[0]
    assert "X · @mmckalteng" in status and "Facebook · MMC Kalteng" in status
    assert "1 dari 1" in status  # Facebook: its one due post was read
    assert "0 dari 1" in status
