import pytest
from django.core.cache import cache

from news.counters import get_redis


@pytest.fixture(autouse=True)
def _isolated_cache():
    """Each test starts with an empty cache and no pending view counters.

    Both live in Redis, outside the test's database transaction.
    """
    cache.clear()
    client = get_redis()
    for key in client.scan_iter("mmc:views:*"):
        client.delete(key)
    yield


@pytest.fixture
def reader(client):
    """A browser a person would use (bots and scripts are not counted)."""
    client.defaults["HTTP_USER_AGENT"] = (
        "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/126.0 Mobile Safari/537.36"
    )
    return client
