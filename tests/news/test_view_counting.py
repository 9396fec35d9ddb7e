"""Views are counted by the article's beacon, once per reader per article per window."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from core.redis import get_redis
from devtools.redis_server import EphemeralRedis
from news import listings
from news.counters import READER_WINDOW_SECONDS, SEEN_PREFIX, flush_views, record_view
from news.factories import ArticlePageFactory
from news.models import ArticlePage, DailyArticleViews

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36"


def views_of(article) -> int:
    return ArticlePage.objects.get(pk=article.pk).view_count


def beacon_url(article) -> str:
    return reverse("news:view_beacon", args=[article.pk])


def reader_at(address: str) -> Client:
    return Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=address)


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


def test_the_page_carries_the_beacon_and_counts_nothing_by_itself(reader):
    article = ArticlePageFactory()
    page = reader.get(article.url).content.decode()

    assert f'data-beacon="{beacon_url(article)}"' in page
    assert f'<noscript><img class="visually-hidden" src="{beacon_url(article)}"' in page
    flush_views()
    assert views_of(article) == 0


def test_a_beacon_is_counted_in_redis_and_writes_nothing_to_the_database(reader):
    article = ArticlePageFactory()
    with CaptureQueriesContext(connection) as queries:
        response = reader.post(beacon_url(article))
    writes = [q["sql"] for q in queries if q["sql"].split()[0] in {"INSERT", "UPDATE", "DELETE"}]

    assert response.status_code == 204
    assert "no-store" in response["Cache-Control"]
    assert writes == []
    assert views_of(article) == 0
    flush_views()
    assert views_of(article) == 1
    reader_at("10.0.0.9").post(beacon_url(article))  # counted in Redis, not flushed yet
    assert reader.get(article.url).context["views"] == 2  # flushed plus pending


def test_thirty_rapid_reads_by_one_reader_count_once(page_cache_on):
    article = ArticlePageFactory()
    reader = reader_at("203.0.113.7")
    for _ in range(30):
        reader.get(article.url)
        reader.post(beacon_url(article))

    assert flush_views() == 1
    assert views_of(article) == 1
    [seen] = get_redis().scan_iter(f"{SEEN_PREFIX}*")
    assert READER_WINDOW_SECONDS - 5 < get_redis().ttl(seen) <= READER_WINDOW_SECONDS


def test_reads_by_thirty_readers_of_a_cached_article_all_count(page_cache_on):
    article = ArticlePageFactory()
    served = []
    for number in range(30):
        reader = reader_at(f"198.51.100.{number}")
        served.append(reader.get(article.url)["X-Page-Cache"])
        reader.post(beacon_url(article))

    assert served == ["miss"] + ["hit"] * 29
    assert flush_views() == 30
    assert views_of(article) == 30


def test_the_same_address_with_another_browser_is_another_reader():
    article = ArticlePageFactory()
    Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="192.0.2.1").post(beacon_url(article))
    Client(HTTP_USER_AGENT=f"{BROWSER} Firefox", REMOTE_ADDR="192.0.2.1").post(beacon_url(article))

    assert flush_views() == 2


def test_behind_the_proxy_readers_are_told_apart_by_its_forwarded_header(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    article = ArticlePageFactory()
    for address in ["198.51.100.1", "198.51.100.2", "198.51.100.2"]:
        # The proxy's own address is REMOTE_ADDR; a client's made-up hop comes first.
        reader_at("172.18.0.5").post(
            beacon_url(article), HTTP_X_FORWARDED_FOR=f"6.6.6.6, {address}"
        )

    assert flush_views() == 2


def test_the_noscript_image_counts_and_is_never_stored(page_cache_on, reader):
    article = ArticlePageFactory()
    responses = [reader.get(beacon_url(article)) for _ in range(2)]

    assert [response["Content-Type"] for response in responses] == ["image/gif"] * 2
    assert all(response["X-Page-Cache"] == "bypass" for response in responses)
    assert "no-store" in responses[1]["Cache-Control"]
    assert flush_views() == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_USER_AGENT": "Googlebot/2.1 (+http://www.google.com/bot.html)"},
        {"HTTP_USER_AGENT": "facebookexternalhit/1.1"},
        {"HTTP_USER_AGENT": ""},
        {"HTTP_USER_AGENT": "Mozilla/5.0 Chrome/126", "HTTP_SEC_PURPOSE": "prefetch"},
        {"HTTP_USER_AGENT": "Mozilla/5.0 Chrome/126", "HTTP_SEC_PURPOSE": "prefetch;prerender"},
    ],
    ids=["crawler", "link-preview", "no-user-agent", "prefetch", "prerender"],
)
def test_bots_and_prefetches_are_not_counted(client, headers):
    article = ArticlePageFactory()
    client.post(beacon_url(article), **headers)
    client.get(beacon_url(article), **headers)
    flush_views()
    assert views_of(article) == 0


def test_an_editors_preview_has_no_beacon(login):
    article = ArticlePageFactory()
    response = login("Redaktur").get(f"/admin/pages/{article.pk}/edit/preview/?mode=")
    assert response.status_code == 200
    assert beacon_url(article) not in response.content.decode()


def test_a_beacon_for_an_unpublished_article_counts_nothing(reader):
    draft = ArticlePageFactory(live=False)
    assert reader.post(beacon_url(draft)).status_code == 204
    assert reader.post(reverse("news:view_beacon", args=[999_999])).status_code == 204
    assert flush_views() == 0


def test_flushing_fills_the_daily_series_and_a_second_flush_adds_nothing():
    article = ArticlePageFactory()
    for number in range(3):
        reader_at(f"192.0.2.{number}").post(beacon_url(article))
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


def test_terpopuler_ranks_the_last_7_days(reader):
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
    home = reader.get("/").context
    assert home["most_read"] == [steady, recent]
