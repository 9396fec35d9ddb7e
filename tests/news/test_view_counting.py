from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.redis import get_redis
from devtools.redis_server import EphemeralRedis
from news import listings
from news.counters import flush_views, record_view
from news.factories import ArticlePageFactory
from news.models import ArticlePage, DailyArticleViews

pytestmark = [pytest.mark.django_db, pytest.mark.clock]


def views_of(article) -> int:
    return ArticlePage.objects.get(pk=article.pk).view_count


def test_a_readers_visit_is_counted_in_redis_and_writes_nothing_to_the_database(reader):
    article = ArticlePageFactory()
    reader.get(article.url)  # warm caches and renditions
    with CaptureQueriesContext(connection) as queries:
        reader.get(article.url)
    writes = [q["sql"] for q in queries if q["sql"].split()[0] in {"INSERT", "UPDATE", "DELETE"}]

    assert writes == []
    assert views_of(article) == 0
    flush_views()
    assert views_of(article) == 2
    reader.get(article.url)  # counted in Redis, not flushed yet
    assert reader.get(article.url).context["views"] == 3  # flushed plus pending


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_USER_AGENT": "Googlebot/2.1 (+http://www.google.com/bot.html)"},
        {"HTTP_USER_AGENT": "facebookexternalhit/1.1"},
        {"HTTP_USER_AGENT": ""},
        {"HTTP_USER_AGENT": "Mozilla/5.0 Chrome/126", "HTTP_SEC_PURPOSE": "prefetch"},
    ],
    ids=["crawler", "link-preview", "no-user-agent", "prefetch"],
)
def test_bots_and_prefetches_are_not_counted(client, headers):
    article = ArticlePageFactory()
    client.get(article.url, **headers)
    flush_views()
    assert views_of(article) == 0


def test_an_editors_preview_is_not_counted(login):
    article = ArticlePageFactory()
    response = login("Redaktur").get(f"/admin/pages/{article.pk}/edit/preview/?mode=")
    assert response.status_code == 200
    flush_views()
    assert views_of(article) == 0


def test_flushing_fills_the_daily_series_and_a_second_flush_adds_nothing(reader):
    article = ArticlePageFactory()
    for _ in range(3):
        reader.get(article.url)
    assert flush_views() == 3
    assert flush_views() == 0
    daily = DailyArticleViews.objects.get(page=article)
    assert (daily.date, daily.views) == (timezone.localdate(), 3)
    assert views_of(article) == 3


def test_a_batch_left_behind_by_a_dead_worker_is_never_counted_twice():
    article = ArticlePageFactory()
    client = get_redis()
    record_view(article.pk)
    flush_views()
    # A worker that died after committing but before deleting its batch leaves this behind:
    from news.models import FlushedViewBatch

    batch_key = FlushedViewBatch.objects.get().batch_id
    client.hset(batch_key, str(article.pk), 1)

    flush_views()
    assert views_of(article) == 1
    assert not client.exists(batch_key)


def test_a_redis_restart_between_flushes_loses_no_count():
    article = ArticlePageFactory()
    server = EphemeralRedis(persist=True)
    try:
        import redis

        client = redis.Redis.from_url(server.url)
        for _ in range(5):
            record_view(article.pk, client=client)
        server.restart()
        client = redis.Redis.from_url(server.url)
        assert flush_views(client=client) == 5
    finally:
        server.stop()
    assert views_of(article) == 5


def test_terpopuler_ranks_the_last_7_days_and_trending_ranks_views_per_day(reader):
    now = timezone.now()
    old_hit = ArticlePageFactory(first_published_at=now - timedelta(days=20), view_count=9000)
    recent = ArticlePageFactory(first_published_at=now - timedelta(days=2), view_count=600)
    steady = ArticlePageFactory(first_published_at=now - timedelta(days=6), view_count=700)
    today = timezone.localdate()
    DailyArticleViews.objects.bulk_create(
        [
            DailyArticleViews(page=old_hit, date=today - timedelta(days=10), views=9000),
            DailyArticleViews(page=recent, date=today, views=600),
            DailyArticleViews(page=steady, date=today - timedelta(days=3), views=700),
        ]
    )

    assert listings.most_read_ids(days=7, limit=3) == [steady.pk, recent.pk]
    # 9000 over 20 days (450/day) beats 600 over 2 (300/day) beats 700 over 6 (~117/day).
    assert listings.trending_ids(limit=3) == [old_hit.pk, recent.pk, steady.pk]
    home = reader.get("/").context
    assert home["most_read"] == [steady, recent]
