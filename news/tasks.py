from celery import shared_task

from news.counters import flush_views


@shared_task(name="news.flush_views")
def flush_view_counters() -> int:
    """Move the site's view counters from Redis into the database (every minute)."""
    return flush_views()
