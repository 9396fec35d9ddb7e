"""Builders for posted syndication rows and snapshots, role clients, and a small newsroom."""

from datetime import timedelta

import pytest
from django.utils import timezone

from analytics.collection import hour_bucket
from analytics.models import MetricSnapshot
from news.factories import AgencyFactory, ArticlePageFactory, ReporterFactory
from news.models import DailyArticleViews, Region
from syndication.factories import SocialAccountFactory
from syndication.models import Syndication


def posted(account, *, age=timedelta(hours=1), remote_id=None, article=None, **page_fields):
    article = article or ArticlePageFactory(**page_fields)
    return Syndication.objects.create(
        page=article,
        account=account,
        status=Syndication.Status.POSTED,
        remote_id=remote_id or f"{account.platform}-{article.pk}",
        posted_at=timezone.now() - age,
    )


def snapshot(row, at, **counts):
    return MetricSnapshot.objects.create(
        syndication=row, collected_at=at, bucket=hour_bucket(at), **counts
    )


@pytest.fixture
def x_account():
    return SocialAccountFactory(platform="x", name="@mmckalteng", base_url="http://x.test")


@pytest.fixture
def newsroom():
    """Two articles in two regions, read on the site and on X and Facebook."""
    now = timezone.now()
    today = timezone.localdate()
    kapuas, katingan = Region.objects.get(slug="kapuas"), Region.objects.get(slug="katingan")
    dinkes = AgencyFactory(name="Dinas Kesehatan", short_name="Dinkes")
    reporter = ReporterFactory(name="Rina Pewarta")
    flood = ArticlePageFactory(title="Banjir Kapuas Surut", region=kapuas, reporters=[reporter])
    flood.agencies.add(dinkes)
    flood.save()
    school = ArticlePageFactory(title="Sekolah Katingan Dibuka", region=katingan)
    x, facebook = SocialAccountFactory(platform="x"), SocialAccountFactory(platform="facebook")
    for day_back, views in [(0, 1_200_000), (1, 34_567)]:
        DailyArticleViews.objects.create(
            page=flood, date=today - timedelta(days=day_back), views=views
        )
    DailyArticleViews.objects.create(page=school, date=today, views=500)
    DailyArticleViews.objects.create(page=school, date=today - timedelta(days=60), views=9_999)
    flood_x = posted(x, article=flood, age=timedelta(days=3))
    snapshot(flood_x, now - timedelta(days=2), views=1_000, likes=10)
    snapshot(flood_x, now - timedelta(hours=1), views=4_000, reach=3_000, likes=40, shares=5)
    flood_fb = posted(facebook, article=flood, age=timedelta(days=3))
    snapshot(flood_fb, now - timedelta(hours=2), views=700, reach=650, comments=7)
    school_x = posted(x, article=school, age=timedelta(days=40))
    snapshot(school_x, now - timedelta(days=35), views=50_000)
    snapshot(school_x, now - timedelta(hours=3), views=52_000, reach=51_000)
    return {"flood": flood, "school": school, "kapuas": kapuas, "dinkes": dinkes}
