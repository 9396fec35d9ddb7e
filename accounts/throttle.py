"""Password-reset requests, counted in Redis per address and per e-mail address.

django-axes watches logins only; a reset form left open would let anyone flood a
colleague's inbox, or our mail server's reputation, from one machine.
"""

import hashlib
import logging

import redis
from django.conf import settings

from core.redis import get_redis

logger = logging.getLogger(__name__)
KEY_PREFIX = "mmc:throttle:password-reset"


def _counter_keys(ip: str, email: str) -> list[tuple[str, int]]:
    # The address is hashed so the keys hold no personal data in clear.
    digest = hashlib.sha256(email.strip().lower().encode()).hexdigest()
    return [
        (f"{KEY_PREFIX}:ip:{ip}", settings.PASSWORD_RESET_LIMIT_PER_IP),
        (f"{KEY_PREFIX}:email:{digest}", settings.PASSWORD_RESET_LIMIT_PER_EMAIL),
    ]


def allow_password_reset(ip: str, email: str) -> bool:
    """Count one request; False once either count is over its limit within the window."""
    window = int(settings.PASSWORD_RESET_WINDOW.total_seconds())
    keys = _counter_keys(ip, email)
    try:
        pipe = get_redis().pipeline()
        for key, _limit in keys:
            # Only a new counter gets the window: a flood does not keep extending its own.
            pipe.set(key, 0, ex=window, nx=True)
            pipe.incr(key)
        counts = pipe.execute()[1::2]
    except redis.RedisError:
        # Without Redis the site has no cache either; refusing every reset would lock out
        # the people who need one most. Log it and let the request through.
        logger.warning("password-reset throttle skipped: Redis unavailable", exc_info=True)
        return True
    return all(count <= limit for count, (_key, limit) in zip(counts, keys, strict=True))
