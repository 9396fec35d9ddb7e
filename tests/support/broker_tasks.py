"""A task for tests that start a real worker process (`celery worker --include` this module)."""

import time

from celery import shared_task


@shared_task(name="tests.hold_worker")
def hold_worker(seconds: float) -> float:
    """Keep a worker busy, so it holds an unacknowledged message (acks_late) meanwhile."""
    time.sleep(seconds)
    return seconds
