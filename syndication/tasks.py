from celery import shared_task
from django.conf import settings

from syndication import publishing, rows

# The Redis broker serves priority 0 first. A newly published article's rows queue at a
# lower priority, so a burst of new rows never delays a row's follow-up (an Instagram
# container check, a retry whose time has come, an editor's "Coba lagi"), which is 0.
NEW_ROW_PRIORITY = 6


def enqueue_new_row(syndication_id: int) -> None:
    syndicate.apply_async((syndication_id,), priority=NEW_ROW_PRIORITY)


@shared_task(
    name="syndication.syndicate",
    soft_time_limit=settings.SYNDICATION_TASK_SOFT_TIME_LIMIT,
    time_limit=settings.SYNDICATION_TASK_TIME_LIMIT,
)
def syndicate(syndication_id: int) -> str | None:
    """Post one article to one account; reschedules itself when asked to wait."""
    outcome = publishing.attempt(syndication_id)
    if outcome is None:
        return None
    # Longer waits are left to the sweeper, to stay within the broker's visibility timeout.
    if outcome.retry_in is not None and outcome.retry_in <= settings.CELERY_MAX_COUNTDOWN_SECONDS:
        syndicate.apply_async((syndication_id,), countdown=outcome.retry_in)
    return outcome.status


@shared_task(name="syndication.sweep")
def sweep_syndications() -> int:
    """Requeue rows stuck in flight (a dead worker), due for another attempt or never
    delivered, after creating the rows a publish left out.

    A catch-up queues with the new rows: most rows it finds already have a countdown on
    the way, and at priority 0 a busy sweep would starve new articles' rows.
    """
    rows.create_missing_syndications()
    due = publishing.stuck_rows()
    for syndication_id in due:
        syndicate.apply_async((syndication_id,), priority=NEW_ROW_PRIORITY)
    return len(due)
