"""A real browser counts a view through the beacon: once per reader, however it reloads."""

import pytest

from news.counters import flush_views
from news.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Headless Chromium says "HeadlessChrome", which is rightly not counted; a reader's does not.
READER = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0 Safari/537.36"
)


def is_beacon(response) -> bool:
    return "/dibaca/" in response.url


def test_reloading_a_cached_article_sends_a_beacon_each_time_and_counts_once(
    browser, live_server, settings
):
    settings.PAGE_CACHE_SECONDS = 300
    article = ArticlePageFactory()
    context = browser.new_context(base_url=live_server.url, user_agent=READER)
    page = context.new_page()
    served, beacons = [], []
    for _ in range(3):
        with page.expect_response(is_beacon) as beacon:
            served.append(page.goto(article.url).headers["x-page-cache"])
        beacons.append((beacon.value.request.method, beacon.value.status))
    context.close()

    assert served == ["miss", "hit", "hit"]
    assert beacons == [("POST", 204)] * 3
    assert flush_views() == 1


def test_without_javascript_the_noscript_image_counts_the_view(browser, live_server):
    article = ArticlePageFactory()
    context = browser.new_context(
        base_url=live_server.url, user_agent=READER, java_script_enabled=False
    )
    page = context.new_page()
    with page.expect_response(is_beacon) as beacon:
        page.goto(article.url)
    context.close()

    assert (beacon.value.request.method, beacon.value.status) == ("GET", 200)
    assert flush_views() == 1
