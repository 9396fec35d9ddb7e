"""A small newsroom read on the site and on X and Facebook, on a known afternoon."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from analytics.factories import MetricSnapshotFactory
from news.factories import AgencyFactory, ArticlePageFactory, ReporterFactory
from news.models import DailyArticleViews, Region
from syndication.factories import SocialAccountFactory, SyndicationFactory

# A Friday afternoon in WIB: readings taken hours ago were taken today.
AFTERNOON = datetime(2026, 11, 27, 14, 0, tzinfo=ZoneInfo("Asia/Jakarta"))


@pytest.fixture
def x_account():
    return SocialAccountFactory(platform="x", name="@mmckalteng", base_url="http://x.test")


@pytest.fixture
def newsroom(time_machine):
    """Two articles in two regions, read on the site and on X and Facebook, at 14:00 WIB."""
    time_machine.move_to(AFTERNOON)
    now = timezone.now()
    today = timezone.localdate()
    kapuas, katingan = Region.objects.get(slug="kapuas"), Region.objects.get(slug="katingan")
    dinkes = AgencyFactory(name="Dinas Kesehatan", short_name="Dinkes")
    reporter = ReporterFactory(name="Rina Pewarta")
    flood = ArticlePageFactory(
        title="Banjir Kapuas Surut", region=kapuas, reporters=[reporter], agencies=[dinkes]
    )
    school = ArticlePageFactory(title="Sekolah Katingan Dibuka", region=katingan)
    x, facebook = SocialAccountFactory(platform="x"), SocialAccountFactory(platform="facebook")
    for page, days_back, views in [
        (flood, 0, 1_200_000),
        (flood, 1, 34_567),
        (school, 0, 500),
        (school, 60, 9_999),
    ]:
        DailyArticleViews.objects.create(
            page=page, date=today - timedelta(days=days_back), views=views
        )
    flood_x = SyndicationFactory(posted=True, account=x, page=flood, age=timedelta(days=3))
    flood_fb = SyndicationFactory(posted=True, account=facebook, page=flood, age=timedelta(days=3))
    school_x = SyndicationFactory(posted=True, account=x, page=school, age=timedelta(days=40))
    for row, hours_ago, counts in [
        (flood_x, 48, {"views": 1_000, "likes": 10}),
        (flood_x, 1, {"views": 4_000, "reach": 3_000, "likes": 40, "shares": 5}),
        (flood_fb, 2, {"views": 700, "reach": 650, "comments": 7}),
        (school_x, 35 * 24, {"views": 50_000}),
        (school_x, 3, {"views": 52_000, "reach": 51_000}),
    ]:
        MetricSnapshotFactory(
            syndication=row, collected_at=now - timedelta(hours=hours_ago), **counts
        )
    return {"flood": flood, "school": school, "kapuas": kapuas, "dinkes": dinkes}
