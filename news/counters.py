"""Site view counting: Redis on the request path, the database once a minute.

The article page sends a beacon (static/js/view-beacon.js, or a <noscript> image) to
news.beacon, never cached, so a page served from any cache is still counted. A reader
(a keyed hash of address and User-Agent) counts once per article per READER_WINDOW:
a SET NX with that TTL, then one HINCRBY on the hash for today (WIB); no view writes to
the database. `flush_views` moves the counts into ArticlePage.view_count and
DailyArticleViews. Why no count is lost or doubled:

1. Redis keeps the counters on disk (append-only file, fsync every second;
   `make run` and docker-compose.yml both enable it), so a restart between two
   flushes finds the hashes where they were. A clean shutdown loses nothing.
2. A flush first RENAMEs each day's hash to a batch key. RENAME is atomic, so
   every increment lands either in the batch or in a fresh hash for the next
   flush, never in between.
3. A batch is applied in one database transaction that also records its key in
   FlushedViewBatch; the key is deleted from Redis only after that commit. If a
   worker dies in between, the next flush finds the leftover batch, sees it was
   already recorded, and just deletes it.
"""

import hashlib
import hmac
import logging
import re
import uuid
from datetime import date, timedelta

import redis
from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from core.client_ip import client_ip
from core.redis import get_redis

logger = logging.getLogger(__name__)

PENDING_PREFIX = "mmc:views:pending:"
BATCH_PREFIX = "mmc:views:batch:"
SEEN_PREFIX = "mmc:views:seen:"
READER_WINDOW_SECONDS = 30 * 60
BOT_USER_AGENT = re.compile(
    r"bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|headless"
    r"|lighthouse|curl|wget|python-|httpclient|java/|go-http|okhttp|monitor",
    re.IGNORECASE,
)


def is_countable(request) -> bool:
    """A real reader's beacon: not a bot, not a prefetch or prerender."""
    if request.method not in ("GET", "POST"):
        return False
    user_agent = request.headers.get("User-Agent", "")
    if not user_agent or BOT_USER_AGENT.search(user_agent):
        return False
    purpose = request.headers.get("Sec-Purpose", "") or request.headers.get("Purpose", "")
    return "prefetch" not in purpose.lower()


def record_view(page_id: int, *, client: redis.Redis | None = None) -> None:
    client = client or get_redis()
    client.hincrby(f"{PENDING_PREFIX}{timezone.localdate().isoformat()}", str(page_id), 1)


def reader_key(request, page_id: int) -> str:
    # Keyed, so the addresses in Redis cannot be recovered by hashing every IPv4 address.
    reader = f"{client_ip(request)}|{request.headers.get('User-Agent', '')}|{page_id}"
    digest = hmac.new(settings.SECRET_KEY.encode(), reader.encode(), hashlib.sha256)
    return f"{SEEN_PREFIX}{digest.hexdigest()[:32]}"


def first_view_in_window(request, page_id: int, *, client: redis.Redis | None = None) -> bool:
    """True once per reader and article per READER_WINDOW_SECONDS."""
    client = client or get_redis()
    return bool(client.set(reader_key(request, page_id), 1, nx=True, ex=READER_WINDOW_SECONDS))


def displayed_views(page) -> int:
    """Flushed views plus those still waiting in Redis (today's and yesterday's hashes)."""
    today = timezone.localdate()
    keys = [f"{PENDING_PREFIX}{day.isoformat()}" for day in (today, today - timedelta(days=1))]
    try:
        pipeline = get_redis().pipeline(transaction=False)
        for key in keys:
            pipeline.hget(key, str(page.pk))
        pending = sum(int(value or 0) for value in pipeline.execute())
    except redis.RedisError:
        pending = 0
    return page.view_count + pending


def flush_views(*, client: redis.Redis | None = None) -> int:
    """Apply every pending and leftover batch; returns the number of views applied."""
    client = client or get_redis()
    for key in client.scan_iter(f"{PENDING_PREFIX}*"):
        day = key.decode().removeprefix(PENDING_PREFIX)
        try:
            client.rename(key, f"{BATCH_PREFIX}{day}:{uuid.uuid4().hex}")
        except redis.ResponseError:
            continue  # renamed by a concurrent flush
    applied = 0
    for batch_key in client.scan_iter(f"{BATCH_PREFIX}*"):
        applied += _apply_batch(client, batch_key.decode())
    _forget_old_batches()
    return applied


def _apply_batch(client: redis.Redis, batch_key: str) -> int:
    from news.models import ArticlePage, DailyArticleViews, FlushedViewBatch

    day = date.fromisoformat(batch_key.removeprefix(BATCH_PREFIX).split(":")[0])
    counts = {int(page_id): int(views) for page_id, views in client.hgetall(batch_key).items()}
    applied = 0
    with transaction.atomic():
        _, created = FlushedViewBatch.objects.get_or_create(batch_id=batch_key)
        if created:
            existing = set(ArticlePage.objects.filter(pk__in=counts).values_list("pk", flat=True))
            for page_id in existing:
                views = counts[page_id]
                ArticlePage.objects.filter(pk=page_id).update(view_count=F("view_count") + views)
                updated = DailyArticleViews.objects.filter(page_id=page_id, date=day).update(
                    views=F("views") + views
                )
                if not updated:
                    DailyArticleViews.objects.create(page_id=page_id, date=day, views=views)
                applied += views
    client.delete(batch_key)
    return applied


def _forget_old_batches() -> None:
    from news.models import FlushedViewBatch

    FlushedViewBatch.objects.filter(flushed_at__lt=timezone.now() - timedelta(days=7)).delete()
