from celery import shared_task
from django.db import connection

from analytics import collection


@shared_task(name="analytics.collect_metrics")
def collect_metrics() -> dict:
    """Read the metrics of every post that is due (beat: hourly)."""
    report = collection.collect_metrics()
    return {
        "stored": report.stored,
        "skipped": len(report.skipped),
        "stopped_accounts": len(report.stopped_accounts),
    }


@shared_task(name="analytics.rollup_snapshots")
def rollup_snapshots() -> int:
    """Thin old hourly snapshots to one per post per day (beat: daily)."""
    deleted = collection.rollup_old_snapshots()
    if connection.vendor == "sqlite":
        # PostgreSQL's autovacuum keeps planner statistics fresh; SQLite needs asking. Without
        # them it reads the dashboard's snapshots post by post instead of by day.
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA optimize")
    return deleted
