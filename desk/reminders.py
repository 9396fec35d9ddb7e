"""Reminder emails: operators hear of requests due in 3 days and of late ones, weekly; the
Pengelola Data hear each Monday who is late.

Policy (one, never more; none lost):
- Planning inserts one `Reminder` row per email owed, with INSERT ... ON CONFLICT DO NOTHING
  against the model's unique constraints: a due-soon reminder once per request, agency and
  operator; a late one once per ISO week (WIB) while the request is unanswered; a digest
  once per week per reader. Planning twice, or in two workers at once, adds nothing.
- Delivery claims a row with one conditional UPDATE (unsent, not held by another run),
  committed before the mail backend is called, so only one run sends it. Success sets
  `sent_at`. A backend error releases the claim and records the error: the next run (the
  task retries itself, and beat runs daily) sends it again, up to MAX_ATTEMPTS times. A
  worker that dies mid-send leaves a claim that lapses after CLAIM_SECONDS.
- The one window left: the backend accepts a message and the process dies before `sent_at`
  is written; that email goes again after the claim lapses. SMTP offers no way to ask
  whether a message was taken, so we prefer a rare repeat to a lost reminder.
- Nothing is sent for a request answered in the meantime, a due-soon reminder after its due
  date, a late reminder or digest of a past week, or to an inactive user, a user without an
  email address, or one no longer the agency's operator; each is checked when sending too.
- The digest goes to every active member of Pengelola Data with an email address, and only
  to them: a superuser who wants it joins the group. No digest is sent when nobody is late.
"""

import logging
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.core.mail import get_connection
from django.db.models import F, Q
from django.utils import timezone

from core.roles import PENGELOLA_DATA
from desk.lateness import late_agencies, unanswered
from desk.models import AgencyOperator, Reminder, ReminderKind
from desk.reminder_emails import compose

logger = logging.getLogger(__name__)

DUE_SOON_DAYS = 3
CLAIM_SECONDS = 10 * 60  # longer than a run may take (CELERY_TASK_TIME_LIMIT)
RUN_SECONDS = 3 * 60  # a run stops claiming before the task's soft time limit (4 minutes)
MAX_ATTEMPTS = 5


@dataclass
class Outcome:
    sent: int = 0
    failed: int = 0
    unfinished: bool = False  # stopped at RUN_SECONDS with reminders still owed


class MailNotAccepted(Exception):
    pass


def week_of(day: date) -> date:
    """The Monday of the ISO week holding `day`."""
    return day - timedelta(days=day.weekday())


def reachable(users):
    return users.filter(is_active=True).exclude(email="")


def digest_readers():
    return reachable(get_user_model().objects.filter(groups__name=PENGELOLA_DATA))


def plan_request_reminders(today: date) -> int:
    """Owe each operator of an agency one email per request due within 3 days, and one per
    late request this week; returns how many rows were asked for (existing ones are kept)."""
    operators = defaultdict(list)
    for agency_id, user_id in AgencyOperator.objects.filter(
        user__in=reachable(get_user_model().objects.all())
    ).values_list("agency_id", "user_id"):
        operators[agency_id].append(user_id)
    if not operators:
        return 0
    open_requests = unanswered().filter(
        agency_id__in=operators, request__due_date__lte=today + timedelta(days=DUE_SOON_DAYS)
    )
    rows = []
    for recipient_id, agency_id, due_date in open_requests.values_list(
        "pk", "agency_id", "request__due_date"
    ):
        if due_date < today:
            kind, week = ReminderKind.LATE, week_of(today)
        else:
            kind, week = ReminderKind.DUE_SOON, None
        rows += [
            Reminder(kind=kind, recipient_id=recipient_id, user_id=user_id, week=week)
            for user_id in operators[agency_id]
        ]
    Reminder.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)


def plan_digests(today: date) -> int:
    """Owe every digest reader this week's digest, when some agency is late."""
    if not late_agencies(today, limit=1):
        return 0
    rows = [
        Reminder(kind=ReminderKind.DIGEST, user_id=user_id, week=week_of(today))
        for user_id in digest_readers().values_list("pk", flat=True).distinct()
    ]
    Reminder.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)


def still_owed(today: date) -> Q:
    """The rows that may still be sent today, whatever run planned them."""
    operator_of_agency = Q(recipient__agency_id=F("user__agency_operator__agency_id"))
    request_open = Q(recipient__answered_on__isnull=True) & operator_of_agency
    return (
        Q(kind=ReminderKind.DUE_SOON, recipient__request__due_date__gte=today) & request_open
        | Q(kind=ReminderKind.LATE, week=week_of(today)) & request_open
        | Q(kind=ReminderKind.DIGEST, week=week_of(today), user__in=digest_readers())
    )


def claim(reminder_id: int, now) -> bool:
    """Take the row for this run, committed before anything is sent."""
    free = Q(claimed_until__isnull=True) | Q(claimed_until__lt=now)
    return bool(
        Reminder.objects.filter(free, pk=reminder_id, sent_at__isnull=True).update(
            claimed_until=now + timedelta(seconds=CLAIM_SECONDS), attempts=F("attempts") + 1
        )
    )


def deliver(today: date) -> Outcome:
    """Send every reminder still owed and not held by another run, over one connection to
    the mail server; past RUN_SECONDS the rest is left for the task to continue."""
    started, now = time.monotonic(), timezone.now()
    owed = (
        Reminder.objects.filter(still_owed(today), sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS)
        .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
        .filter(user__in=reachable(get_user_model().objects.all()))
        .select_related("user", "recipient__request", "recipient__agency")
        .order_by("pk")
    )
    outcome = Outcome()
    digest_rows = None
    connection = get_connection()
    try:
        for reminder in owed:
            if time.monotonic() - started > RUN_SECONDS:
                outcome.unfinished = True
                break
            if not claim(reminder.pk, now):
                continue
            if reminder.kind == ReminderKind.DIGEST and digest_rows is None:
                digest_rows = late_agencies(today)
            try:
                connection.open()  # again after a failure closed it; a no-op while open
                if not connection.send_messages([compose(reminder, today, digest_rows)]):
                    raise MailNotAccepted("the mail backend sent nothing")
            except Exception as error:  # whatever the backend raised, the row is sent later
                logger.exception("Reminder %s was not sent", reminder.pk)
                connection.close()
                Reminder.objects.filter(pk=reminder.pk).update(
                    claimed_until=None, last_error=f"{type(error).__name__}: {error}"[:1000]
                )
                outcome.failed += 1
            else:
                Reminder.objects.filter(pk=reminder.pk).update(
                    sent_at=timezone.now(), claimed_until=None, last_error=""
                )
                outcome.sent += 1
    finally:
        connection.close()
    return outcome


def send_request_reminders(today: date | None = None) -> Outcome:
    """Beat, daily: due-soon and late reminders, and any reminder a failed run still owes."""
    today = today or timezone.localdate()
    plan_request_reminders(today)
    return deliver(today)


def send_digests(today: date | None = None) -> Outcome:
    """Beat, Mondays: the weekly digest of who is late."""
    today = today or timezone.localdate()
    plan_digests(today)
    return deliver(today)
