import pytest
from django.core.cache import cache

from news.counters import get_redis


@pytest.fixture(autouse=True)
def _no_pending_views():
    """View counters live in Redis, outside the test transaction: start each test clean."""
    client = get_redis()
    for key in client.scan_iter("mmc:views:*"):
        client.delete(key)
    cache.clear()
    yield


@pytest.fixture
def reader(client):
    """A browser a person would use (bots and scripts are not counted)."""
    client.defaults["HTTP_USER_AGENT"] = (
        "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/126.0 Mobile Safari/537.36"
    )
    return client
