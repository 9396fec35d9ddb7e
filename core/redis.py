"""The one Redis connection the apps share: counters, token buckets, quotas, pauses."""

from functools import lru_cache

import redis
from django.conf import settings


@lru_cache(maxsize=4)
def _client_for(url: str) -> redis.Redis:
    # Short timeouts: a Redis outage must cost a reader or a worker half a second, not a hang.
    return redis.Redis.from_url(url, socket_connect_timeout=0.5, socket_timeout=0.5)


def get_redis() -> redis.Redis:
    return _client_for(settings.REDIS_URL)
