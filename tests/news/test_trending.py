"""Trending: recent readers per hour, with a floor of views and no bonus for being new."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils import timezone

from news import listings
from news.factories import ArticlePageFactory
from news.models import DailyArticleViews

pytestmark = pytest.mark.django_db

# A Thursday evening in WIB: "since yesterday began" is 42 hours.
NOW = datetime(2026, 11, 26, 18, 0, tzinfo=ZoneInfo("Asia/Jakarta"))


@pytest.fixture(autouse=True)
def thursday_evening():
    with time_machine.travel(NOW, tick=False):
        yield


def article_read(*, published_ago: timedelta, today: int, yesterday: int = 0, earlier: int = 0):
    article = ArticlePageFactory(first_published_at=timezone.now() - published_ago)
    day = timezone.localdate()
    for offset, views in [(0, today), (1, yesterday), (5, earlier)]:
        if views:
            DailyArticleViews.objects.create(
                page=article, date=day - timedelta(days=offset), views=views
            )
    return article


def test_a_minutes_old_article_with_a_handful_of_readers_is_not_trending():
    handful = article_read(published_ago=timedelta(minutes=10), today=8)
    story = article_read(published_ago=timedelta(days=3), today=900, yesterday=1200)

    assert listings.trending_ids() == [story.pk]
    assert handful.pk not in listings.trending_ids()


def test_old_readership_does_not_count_only_the_last_two_days_do():
    past_hit = article_read(published_ago=timedelta(days=10), today=10, earlier=9000)
    current = article_read(published_ago=timedelta(days=4), today=200, yesterday=300)

    assert listings.trending_ids() == [current.pk]
    assert past_hit.pk not in listings.trending_ids(limit=10)


def test_a_new_article_is_measured_over_at_least_twelve_hours():
    # 120 views in 20 minutes would be 360 an hour; over the 12-hour floor it is 10.
    new = article_read(published_ago=timedelta(minutes=20), today=120)
    # 700 views over the 42 hours since yesterday began: about 16.7 an hour.
    steady = article_read(published_ago=timedelta(days=5), today=300, yesterday=400)

    assert listings.trending_ids() == [steady.pk, new.pk]


def test_a_real_burst_of_readers_puts_a_new_article_first():
    # 600 views in 3 hours: 50 an hour even over the 12-hour floor.
    burst = article_read(published_ago=timedelta(hours=3), today=600)
    steady = article_read(published_ago=timedelta(days=5), today=300, yesterday=400)

    assert listings.trending_ids() == [burst.pk, steady.pk]


def test_the_front_page_shows_nothing_rather_than_a_ranking_of_handfuls(reader):
    article_read(published_ago=timedelta(hours=1), today=5)

    assert reader.get("/").context["trending"] == []
