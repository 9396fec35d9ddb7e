"""Collect metrics for posts that are due, one fetch_metrics call per account."""

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, timedelta

from django.db.models import DateTimeField, Exists, ExpressionWrapper, Max, OuterRef
from django.db.models.functions import TruncDate
from django.utils import timezone

from analytics import cadence
from analytics.models import MetricSnapshot
from syndication.models import SocialAccount, Syndication
from syndication.platforms.base import (
    Metrics,
    NeedsReauth,
    PlatformError,
    RateLimited,
    platform_for,
)
from syndication.publishing import platform_options, redact

logger = logging.getLogger(__name__)

ROLLUP_AFTER_DAYS = 14
METRIC_FIELDS = ["views", "reach", "likes", "comments", "shares", "clicks"]


@dataclass
class CollectionReport:
    stored: int = 0
    skipped: dict[str, str] = field(default_factory=dict)  # remote id -> reason
    stopped_accounts: dict[int, str] = field(default_factory=dict)  # account id -> reason


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


def collect_metrics(now=None) -> CollectionReport:
    """Read every due post; one failing id or account never loses the others."""
    now = now or timezone.now()
    by_account = defaultdict(list)
    for row in due_syndications(now):
        by_account[row.account].append(row)
    report = CollectionReport()
    for account, rows in by_account.items():
        collect_for_account(account, rows, now, report)
    return report


def collect_for_account(account, rows, now, report: CollectionReport) -> None:
    # Two articles may share one YouTube video, so one id can stand for several rows.
    by_remote_id = defaultdict(list)
    for row in rows:
        by_remote_id[row.remote_id].append(row)
    try:
        platform = platform_for(account.credentials(), **platform_options(account))
        # The client batches at the platform's maximum; one call here, all due ids.
        result = platform.fetch_metrics(list(by_remote_id))
    except PlatformError as error:
        stop_account(account, error, report)
        return
    errors = getattr(result, "errors", {})
    readings = [
        (row, metrics)
        for remote_id, metrics in result.items()
        for row in by_remote_id.get(remote_id, [])
    ]
    store_snapshots(readings, now)
    report.stored += len(readings)
    for remote_id, error in errors.items():
        report.skipped[remote_id] = error.message
    blocking = [e for e in errors.values() if isinstance(e, RateLimited | NeedsReauth)]
    if blocking:
        stop_account(account, blocking[0], report)


def stop_account(account, error: PlatformError, report: CollectionReport) -> None:
    report.stopped_accounts[account.pk] = error.message
    if isinstance(error, NeedsReauth):
        account.flag_needs_reauth(error.message)
    logger.warning(
        "Metrics for account %s stopped: %s", account.pk, redact(str(error.raw or ""), account)
    )


def store_snapshots(readings: list[tuple[Syndication, Metrics]], now) -> None:
    """Upsert on (post, hour): a second reading within the hour replaces the first."""
    bucket = hour_bucket(now)
    snapshots = [
        MetricSnapshot(
            syndication=row,
            collected_at=now,
            bucket=bucket,
            raw=metrics.raw,
            **{name: max(0, int(getattr(metrics, name))) for name in METRIC_FIELDS},
        )
        for row, metrics in readings
    ]
    MetricSnapshot.objects.bulk_create(
        snapshots,
        update_conflicts=True,
        unique_fields=["syndication", "bucket"],
        update_fields=["collected_at", "raw", *METRIC_FIELDS],
    )


def newer_same_day():
    """A later snapshot of the same post on the same (WIB) day as the outer row."""
    return MetricSnapshot.objects.annotate(day=TruncDate("collected_at")).filter(
        syndication=OuterRef("syndication"),
        day=TruncDate(ExpressionWrapper(OuterRef("collected_at"), output_field=DateTimeField())),
        collected_at__gt=OuterRef("collected_at"),
    )


def rollup_old_snapshots(older_than_days: int = ROLLUP_AFTER_DAYS, now=None) -> int:
    """Keep only each post's last snapshot of the day for data older than the cutoff."""
    cutoff = (now or timezone.now()) - timedelta(days=older_than_days)
    deleted, _ = MetricSnapshot.objects.filter(
        Exists(newer_same_day()), collected_at__lt=cutoff
    ).delete()
    return deleted
