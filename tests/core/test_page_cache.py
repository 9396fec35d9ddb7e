"""The full-page cache: who is served from it, what is stored, and how a purge reaches it."""

import time

import pytest
from django.test import Client

from core.page_cache import PageCacheMiddleware, generation_key, local_pages, purge_path
from core.redis import get_redis
from news.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    local_pages.clear()


def stored_keys(settings, pattern):
    return list(get_redis().scan_iter(f"{settings.PAGE_CACHE_KEY_PREFIX}:page:{pattern}"))


def test_an_anonymous_reader_gets_the_stored_page_with_headers_for_the_proxy(client):
    article = ArticlePageFactory()
    first = client.get(article.url)
    second = client.get(article.url)

    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    cache_control = set(second["Cache-Control"].split(", "))
    assert {"public", "max-age=0", "s-maxage=300", "stale-while-revalidate=60"} <= cache_control
    assert not second.cookies


@pytest.mark.parametrize(
    "path",
    ["/", "/berita/", "/wilayah/kapuas/", "/feed/", "/sitemap.xml", "/sitemap-news.xml"],
)
def test_home_listings_feeds_and_sitemaps_are_stored(client, path):
    ArticlePageFactory()

    assert [client.get(path)["X-Page-Cache"] for _ in range(2)] == ["miss", "hit"]


def test_a_stored_page_is_served_without_touching_the_database(client, django_assert_num_queries):
    article = ArticlePageFactory()
    client.get(article.url)
    with django_assert_num_queries(0):
        assert client.get(article.url)["X-Page-Cache"] == "hit"


def test_head_is_answered_from_the_stored_get_without_a_body(client):
    article = ArticlePageFactory()
    body = client.get(article.url).content
    head = client.head(article.url)

    assert head["X-Page-Cache"] == "hit"
    assert head.content == b""
    assert head["Content-Length"] == str(len(body))


@pytest.mark.parametrize("cookie", ["sessionid", "csrftoken"])
def test_a_reader_with_a_session_or_csrf_cookie_bypasses_the_cache(client, cookie):
    article = ArticlePageFactory()
    client.get(article.url)
    client.cookies[cookie] = "abc"

    response = client.get(article.url)

    assert response["X-Page-Cache"] == "bypass"
    assert "private" in response["Cache-Control"]


def test_a_signed_in_editor_is_never_served_or_stored(login, client):
    article = ArticlePageFactory()
    editor = login("Redaktur")

    assert editor.get(article.url)["X-Page-Cache"] == "bypass"
    assert client.get(article.url)["X-Page-Cache"] == "miss"
    assert editor.get(article.url)["X-Page-Cache"] == "bypass"


def test_the_admin_is_never_cached(login, settings):
    editor = login("Redaktur")
    editor.get("/admin/")
    anonymous = Client()

    assert anonymous.get("/admin/login/")["X-Page-Cache"] == "bypass"
    assert anonymous.get("/admin/login/")["X-Page-Cache"] == "bypass"
    assert editor.get("/admin/")["X-Page-Cache"] == "bypass"
    assert not stored_keys(settings, "/admin*")


def test_errors_and_responses_that_set_a_cookie_are_not_stored(client, settings):
    assert client.get("/berita/tidak-ada/")["X-Page-Cache"] == "bypass"
    assert client.get("/berita/tidak-ada/")["X-Page-Cache"] == "bypass"
    # The admin login form sets the CSRF cookie; outside /admin it would still not be kept.
    settings.PAGE_CACHE_EXCLUDED_PREFIXES = []
    assert Client().get("/admin/login/")["X-Page-Cache"] == "bypass"


def test_tracking_tags_share_the_stored_page_but_other_queries_do_not(client):
    ArticlePageFactory()
    client.get("/berita/")

    assert client.get("/berita/?utm_source=facebook&fbclid=1")["X-Page-Cache"] == "hit"
    assert client.get("/berita/?page=2")["X-Page-Cache"] == "miss"
    assert client.get("/berita/?page=2&utm_content=17")["X-Page-Cache"] == "hit"


def test_search_is_kept_only_briefly(client, settings):
    client.get("/cari/?q=banjir")
    [key] = stored_keys(settings, "/cari/*")

    assert 0 < get_redis().ttl(key) <= 60


def test_purging_a_path_drops_every_variant_of_it(client):
    ArticlePageFactory()
    for url in ["/berita/", "/berita/?page=2", "/"]:
        client.get(url)

    purge_path("/berita/")

    assert client.get("/berita/")["X-Page-Cache"] == "miss"
    assert client.get("/berita/?page=2")["X-Page-Cache"] == "miss"
    assert client.get("/")["X-Page-Cache"] == "hit"


def test_a_render_that_began_before_a_purge_is_not_kept(rf):
    """The slow render read the old content; the purge came while it was rendering."""
    from django.http import HttpResponse

    def render_then_purge(request):
        purge_path(request.path)
        return HttpResponse("old content")

    PageCacheMiddleware(render_then_purge)(rf.get("/berita/"))
    fresh = PageCacheMiddleware(lambda request: HttpResponse("new content"))(rf.get("/berita/"))

    assert (fresh["X-Page-Cache"], fresh.content) == ("miss", b"new content")


def test_without_redis_every_page_is_still_rendered(client, settings):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"
    article = ArticlePageFactory()

    response = client.get(article.url)

    assert response.status_code == 200
    assert response["X-Page-Cache"] == "bypass"


def test_a_process_keeps_served_pages_in_memory_briefly_and_forgets_them_when_it_purges(
    client, settings
):
    settings.PAGE_CACHE_LOCAL_SECONDS = 0.5
    article = ArticlePageFactory()
    client.get(article.url)
    client.get(article.url)  # from Redis, now also in this process's memory

    get_redis().incr(generation_key(article.url))  # a purge made by another process
    assert client.get(article.url)["X-Page-Cache"] == "hit"  # memory: at most 0.5 s old
    time.sleep(0.6)
    assert client.get(article.url)["X-Page-Cache"] == "miss"

    client.get(article.url)
    purge_path(article.url)  # a purge made here reaches this process's memory at once
    assert client.get(article.url)["X-Page-Cache"] == "miss"
