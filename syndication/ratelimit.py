"""Per-account token buckets in Redis, shared by every worker on every machine."""

from dataclasses import dataclass

from django.conf import settings

from core.redis import get_redis
from syndication.platforms.registry import spec_for

# A slot is never reserved further ahead than this; beyond it the caller just waits.
MAX_RESERVATION_SECONDS = 15 * 60


def bucket_for(platform: str) -> tuple[float, int]:
    """(tokens per second, capacity): the platform spec's, unless settings override it."""
    overrides = getattr(settings, "SYNDICATION_RATE_BUCKETS", None) or {}
    return overrides.get(platform) or spec_for(platform).rate_bucket


# Atomic: refill by elapsed time, then take one token. When none is left the
# token is still taken (the balance goes negative) and the caller is told when
# its reserved slot comes, so a backlog queues up in order instead of every
# waiting row waking at the same moment and racing for one token.
TAKE_TOKEN = """
local key = KEYS[1]
local rate = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local max_wait = tonumber(ARGV[4])
local state = redis.call('HMGET', key, 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * rate) - 1
local wait = 0
if tokens < 0 then
  wait = -tokens / rate
  if wait > max_wait then
    tokens = tokens + 1
  end
end
redis.call('HSET', key, 'tokens', tokens, 'at', now)
redis.call('EXPIRE', key, math.ceil((capacity - tokens) / rate) + 60)
return tostring(wait)
"""


@dataclass
class TokenBucket:
    account_id: int
    platform: str

    def take(self) -> float:
        """Take a token: 0 to go now, else the seconds until the slot reserved for the caller."""
        client = get_redis()
        rate, capacity = bucket_for(self.platform)
        seconds, micros = client.time()
        wait = client.eval(
            TAKE_TOKEN,
            1,
            f"mmc:bucket:{self.account_id}",
            rate,
            capacity,
            seconds + micros / 1e6,
            MAX_RESERVATION_SECONDS,
        )
        return float(wait)


class RedisQuotaCounter:
    """The YouTube daily quota, counted in Redis so every worker spends from one budget."""

    def __init__(self, account_id: int):
        self.account_id = account_id

    def incr(self, key: str, units: int) -> int:
        redis_key = f"mmc:quota:{self.account_id}:{key}"
        client = get_redis()
        total = client.incrby(redis_key, units)
        client.expire(redis_key, 2 * 24 * 3600)
        return int(total)
