"""Collect metrics for posts that are due, one fetch_metrics call per account."""

import json
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, timedelta

from django.db import transaction
from django.db.models import Exists, F, Max, OuterRef, Subquery, Sum
from django.utils import timezone

from analytics import cadence
from analytics.models import MetricSnapshot, first_growth
from core.redis import get_redis
from syndication.models import SocialAccount, Syndication
from syndication.platforms.base import Metrics, NeedsReauth, PlatformError, RateLimited

logger = logging.getLogger(__name__)

ROLLUP_AFTER_DAYS = 14
METRIC_FIELDS = ["views", "reach", "likes", "comments", "shares", "clicks"]


STATUS_KEY = "mmc:metrics:status"


@dataclass
class CollectionReport:
    stored: int = 0
    skipped: dict[str, str] = field(default_factory=dict)  # remote id -> reason
    stopped_accounts: dict[int, str] = field(default_factory=dict)  # account id -> reason
    stored_by_account: dict[int, int] = field(default_factory=dict)


def hour_bucket(moment):
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def due_syndications(now=None) -> list[Syndication]:
    """Posted rows whose age cadence says another reading is due."""
    now = now or timezone.now()
    rows = (
        Syndication.objects.filter(
            status=Syndication.Status.POSTED,
            posted_at__gte=now - cadence.oldest_collected_age(),
            account__enabled=True,
        )
        .exclude(remote_id="")
        .exclude(account__status=SocialAccount.Status.NEEDS_REAUTH)
        .select_related("account")
        .annotate(last_collected_at=Max("snapshots__collected_at"))
    )
    return [row for row in rows if cadence.is_due(row.posted_at, row.last_collected_at, now)]


def pause_key(account_id: int) -> str:
    return f"mmc:metrics:paused:{account_id}"


def paused_for(account) -> int:
    """Seconds left of a platform's "retry after" for this account's metrics (0: not paused)."""
    return max(0, get_redis().ttl(pause_key(account.pk)))


def collect_metrics(now=None) -> CollectionReport:
    """Read every due post; one failing id or account never loses the others."""
    now = now or timezone.now()
    by_account = defaultdict(list)
    for row in due_syndications(now):
        by_account[row.account].append(row)
    report = CollectionReport()
    for account, rows in by_account.items():
        if seconds := paused_for(account):
            report.stopped_accounts[account.pk] = (
                f"Menunggu batas permintaan platform: {seconds} detik lagi."
            )
            continue
        collect_for_account(account, rows, now, report)
    remember_run(by_account, report, now)
    return report


def remember_run(by_account, report: CollectionReport, now) -> None:
    """Each account's last run, for the dashboard: when, how many read, and what went wrong."""
    runs = {
        str(account.pk): json.dumps(
            {
                "at": now.isoformat(),
                "due": len(rows),
                "stored": report.stored_by_account.get(account.pk, 0),
                "problem": report.stopped_accounts.get(account.pk, ""),
                "skipped": sum(1 for row in rows if row.remote_id in report.skipped),
            }
        )
        for account, rows in by_account.items()
    }
    if runs:
        get_redis().hset(STATUS_KEY, mapping=runs)


def last_runs() -> dict[int, dict]:
    """account id → its last collection run (see remember_run)."""
    found = get_redis().hgetall(STATUS_KEY)
    return {int(key): json.loads(value) for key, value in found.items()}


def collect_for_account(account, rows, now, report: CollectionReport) -> None:
    # Two articles may share one YouTube video, so one id can stand for several rows.
    by_remote_id = defaultdict(list)
    for row in rows:
        by_remote_id[row.remote_id].append(row)
    try:
        platform = account.client()
        # The client batches at the platform's maximum; one call here, all due ids.
        result = platform.fetch_metrics(list(by_remote_id))
    except PlatformError as error:
        stop_account(account, error, report)
        return
    except Exception as error:
        logger.exception("Metrics for account %s failed unexpectedly", account.pk)
        report.stopped_accounts[account.pk] = f"Gagal membaca metrik: {type(error).__name__}."
        return
    errors = getattr(result, "errors", {})
    readings = [
        (row, metrics)
        for remote_id, metrics in result.items()
        for row in by_remote_id.get(remote_id, [])
    ]
    store_snapshots(readings, now)
    report.stored += len(readings)
    report.stored_by_account[account.pk] = len(readings)
    for remote_id, error in errors.items():
        report.skipped[remote_id] = error.message
    blocking = [e for e in errors.values() if isinstance(e, RateLimited | NeedsReauth)]
    if blocking:
        stop_account(account, blocking[0], report)


def stop_account(account, error: PlatformError, report: CollectionReport) -> None:
    report.stopped_accounts[account.pk] = error.message
    if isinstance(error, NeedsReauth):
        account.flag_needs_reauth(error.message)
    if isinstance(error, RateLimited):
        # The next hourly run skips this account until the platform's wait is over.
        get_redis().set(pause_key(account.pk), error.message, ex=max(1, int(error.retry_after)))
    logger.warning(
        "Metrics for account %s stopped: %s", account.pk, account.redact(str(error.raw or ""))
    )


def store_snapshots(readings: list[tuple[Syndication, Metrics]], now) -> None:
    """Upsert on (post, hour): a second reading within the hour replaces the first.

    Keeps MetricSnapshot's derived fields: the new reading's `day` and `views_delta`, and
    `superseded_on` of the reading it follows.
    """
    if not readings:
        return
    bucket, day = hour_bucket(now), timezone.localdate(now)
    post_ids = {row.pk for row, _metrics in readings}
    with transaction.atomic():
        latest = {
            snapshot.syndication_id: snapshot
            for snapshot in MetricSnapshot.objects.filter(
                syndication__in=post_ids, superseded_on__isnull=True
            ).only("syndication_id", "bucket", "views", "views_delta")
        }
        snapshots = []
        for row, metrics in readings:
            counts = {name: max(0, int(getattr(metrics, name))) for name in METRIC_FIELDS}
            snapshots.append(
                MetricSnapshot(
                    syndication=row,
                    collected_at=now,
                    bucket=bucket,
                    day=day,
                    views_delta=growth(row, counts["views"], latest.get(row.pk), bucket),
                    superseded_on=None,
                    raw=metrics.raw,
                    **counts,
                )
            )
        MetricSnapshot.objects.filter(
            pk__in=[s.pk for s in latest.values() if s.bucket < bucket]
        ).update(superseded_on=day)
        MetricSnapshot.objects.bulk_create(
            snapshots,
            update_conflicts=True,
            unique_fields=["syndication", "bucket"],
            update_fields=["collected_at", "day", "views_delta", "raw", *METRIC_FIELDS],
        )


def growth(row: Syndication, views: int, latest: MetricSnapshot | None, bucket) -> int:
    """views_delta of a new reading in `bucket`, given the post's latest reading so far.

    When the latest is in the same hour it is about to be replaced, so the new reading grows
    from whatever that one grew from.
    """
    if latest is None:
        return first_growth(row.account.platform, views)
    if latest.bucket == bucket:
        return views - (latest.views - latest.views_delta)
    return views - latest.views


def rollup_old_snapshots(older_than_days: int = ROLLUP_AFTER_DAYS, now=None) -> int:
    """Keep only each post's last snapshot of the day for days older than the cutoff.

    The kept reading takes over the day's growth (`views_delta`) of the ones it replaces.
    """
    cutoff = timezone.localdate(now or timezone.now()) - timedelta(days=older_than_days)
    old = MetricSnapshot.objects.filter(day__lt=cutoff)
    # Superseded on its own day: not the day's last reading.
    replaced = old.filter(superseded_on=F("day"))
    day_growth = (
        MetricSnapshot.objects.filter(syndication=OuterRef("syndication"), day=OuterRef("day"))
        .order_by()
        .values("syndication")
        .annotate(total=Sum("views_delta"))
        .values("total")
    )
    with transaction.atomic():
        old.exclude(superseded_on=F("day")).filter(
            Exists(replaced.filter(syndication=OuterRef("syndication"), day=OuterRef("day")))
        ).update(views_delta=Subquery(day_growth))
        deleted, _ = replaced.delete()
    return deleted
