from celery import shared_task

from desk.reminders import send_digests, send_request_reminders
from desk.repeats import send_due_repeats

# A reminder the mail server refused is sent again this soon, a few times, then by the next
# day's run (desk.reminders explains why that never sends one twice).
REMINDER_RETRY_SECONDS = 15 * 60
REMINDER_RETRIES = 3
CONTINUE_SECONDS = 10


def follow_up(task, outcome) -> int:
    """Carry on a run that ran out of time at once, and retry refused mail a little later."""
    if outcome.unfinished:
        raise task.retry(countdown=CONTINUE_SECONDS, max_retries=None)
    if outcome.failed and task.request.retries < task.max_retries:
        raise task.retry(countdown=REMINDER_RETRY_SECONDS)
    return outcome.sent


@shared_task(name="desk.send_due_repeats")
def send_due_repeats_task() -> int:
    """Send the next request of each repeating one whose period has begun (beat: daily)."""
    return len(send_due_repeats())


@shared_task(name="desk.send_request_reminders", bind=True, max_retries=REMINDER_RETRIES)
def send_request_reminders_task(self) -> int:
    """Email operators about requests due in 3 days and late ones (beat: daily, 07:00 WIB)."""
    return follow_up(self, send_request_reminders())


@shared_task(name="desk.send_late_digest", bind=True, max_retries=REMINDER_RETRIES)
def send_late_digest_task(self) -> int:
    """Email the Pengelola Data who is late (beat: Mondays, 07:00 WIB)."""
    return follow_up(self, send_digests())
