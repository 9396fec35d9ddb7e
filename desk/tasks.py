from celery import shared_task

from desk.repeats import send_due_repeats


@shared_task(name="desk.send_due_repeats")
def send_due_repeats_task() -> int:
    """Send the next request of each repeating one whose period has begun (beat: daily)."""
    return len(send_due_repeats())
