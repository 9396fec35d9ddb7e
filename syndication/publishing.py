"""Post one Syndication row: claim it, post once, record the outcome.

The task in tasks.py is a thin wrapper, so this logic is tested without a worker.
Never two posts: a row is claimed (pending/unknown -> in_flight) in its own
committed transaction; an ambiguous failure becomes `unknown`, and an unknown
row is always reconciled with `find_existing` (the utm_content marker) before
it may be posted again.
"""

import logging
import random
import traceback
from dataclasses import dataclass
from datetime import timedelta

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from syndication.captions import CaptionError
from syndication.models import Syndication
from syndication.payloads import BrokenImage, build_payload, skip_reason
from syndication.platforms.base import (
    NeedsReauth,
    Permanent,
    PlatformError,
    RateLimited,
    StillProcessing,
    UnknownOutcome,
)
from syndication.ratelimit import MAX_RESERVATION_SECONDS, TokenBucket

logger = logging.getLogger(__name__)

# With backoff capped at 30 minutes, 20 attempts span roughly half a day of outage.
MAX_ATTEMPTS = 20
MAX_BACKOFF_SECONDS = 30 * 60
# Meta suggests checking a container about once a minute; the first checks come sooner.
# https://developers.facebook.com/docs/instagram-platform/content-publishing#troubleshooting
MAX_PROCESSING_WAIT_SECONDS = 60.0
# A post cut short by the task's soft time limit may have gone out: look for it soon.
RECHECK_AFTER_TIME_LIMIT_SECONDS = 30.0
IN_FLIGHT_MARGIN = timedelta(minutes=1)
Status = Syndication.Status


@dataclass
class Outcome:
    status: str
    retry_in: float | None = None


def backoff(attempts: int) -> float:
    """Exponential backoff with full jitter, so retries from many rows spread out."""
    base = settings.SYNDICATION_BASE_BACKOFF_SECONDS
    ceiling = min(MAX_BACKOFF_SECONDS, base * 2 ** max(attempts - 1, 0))
    return random.uniform(ceiling / 2, ceiling)


def claim(syndication_id: int) -> tuple[Syndication | None, bool]:
    """Move a due row to in_flight and commit; returns (row, was_unknown) or (None, False).

    A row that has used up its attempts is failed here instead, so no path back to pending
    or unknown (a sweeper's requeue of a row whose worker died) can make it loop.
    """
    with transaction.atomic():
        # Lock this row only: with the joins locked too, a publish inserting another row for
        # the same account (its foreign key takes a share lock on the account) would make
        # skip_locked skip this row, and a new row skipped once is never tried again.
        row = (
            Syndication.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("account", "page")
            .filter(pk=syndication_id, status__in=Syndication.RETRYABLE)
            .first()
        )
        if row is None:
            return None, False
        if row.next_attempt_at and row.next_attempt_at > timezone.now():
            return None, False
        if row.attempts >= MAX_ATTEMPTS:
            _give_up(row)
            return None, False
        was_unknown = row.status == Status.UNKNOWN
        row.status = Status.IN_FLIGHT
        row.claimed_at = timezone.now()
        row.attempts += 1
        row.save(update_fields=["status", "claimed_at", "attempts", "updated_at"])
    return row, was_unknown


def _give_up(row) -> None:
    if row.status == Status.UNKNOWN:
        message = (
            f"Berhenti setelah {row.attempts} percobaan; kiriman mungkin sudah terbit. "
            "Periksa akun di platform, lalu klik Coba lagi: kiriman dicocokkan dulu, "
            "tidak dikirim ganda."
        )
    else:
        last = f" Galat terakhir: {row.last_error}" if row.last_error else ""
        message = (
            f"Gagal setelah {row.attempts} percobaan.{last} "
            "Klik Coba lagi setelah penyebabnya diatasi."
        )
    row.holds_rate_slot = False
    row.record_error(Status.FAILED, message, row.last_error_raw)


def attempt(syndication_id: int) -> Outcome | None:
    """One attempt at posting; returns what happened, or None if the row was not due.

    Whatever goes wrong after the claim, the row leaves in_flight with its error recorded.
    """
    row, was_unknown = claim(syndication_id)
    if row is None:
        return None
    try:
        if outcome := _before_sending(row, was_unknown):
            return outcome
        payload = build_payload(row)
        platform = row.account.client()
    except Exception as error:
        return _settle_crash(row, error, was_unknown=was_unknown, sent=False)
    try:
        return _send(row, platform, payload, was_unknown=was_unknown)
    except Exception as error:
        return _settle_crash(row, error, was_unknown=was_unknown, sent=True)


def _before_sending(row, was_unknown: bool) -> Outcome | None:
    """The outcome when the row is not to be sent now: skipped, stopped, or waiting its turn."""
    account = row.account
    if not account.enabled or account.needs_reauth:
        reason = account.status_reason or "Akun dinonaktifkan."
        row.record_error(Status.NEEDS_REAUTH if account.needs_reauth else Status.SKIPPED, reason)
        return Outcome(row.status)
    reason = skip_reason(row.page.specific, account.platform)
    if reason:
        row.record_error(Status.SKIPPED, reason)
        return Outcome(row.status)
    if row.holds_rate_slot:
        row.holds_rate_slot = False  # this attempt is the slot the bucket reserved for it
    elif not row.container_id:  # a container being finished already had its token
        wait = TokenBucket(account.pk, account.platform).take()
        if wait > 0:
            row.holds_rate_slot = wait <= MAX_RESERVATION_SECONDS
            return _retry_later(
                row,
                Status.UNKNOWN if was_unknown else Status.PENDING,
                wait,
                "Menunggu giliran kirim akun ini.",
                count_attempt=False,
            )
    return None


def _send(row, platform, payload, *, was_unknown: bool) -> Outcome:
    try:
        if was_unknown:
            existing = platform.find_existing(payload)
            if existing:
                row.mark_posted(existing.remote_id, existing.remote_url)
                return Outcome(row.status)
        remote = platform.publish(payload)
    except PlatformError as error:
        # A retried attempt publishes the container already made; a refused one is dropped.
        if not error.retryable:
            row.container_id = ""
        elif error.container_id:
            row.container_id = error.container_id
        return _settle_failure(row, error, was_unknown=was_unknown)
    row.mark_posted(remote.remote_id, remote.remote_url)
    return Outcome(row.status)


def _settle_crash(row, error: Exception, *, was_unknown: bool, sent: bool) -> Outcome:
    """An error no platform module classified: end the attempt in a state editors can act on.

    Once the platform was called (`sent`), a post may have gone out, so the row is unknown
    and reconciled before any new post.
    """
    raw = row.account.redact("".join(traceback.format_exception(error)))
    logger.error("Syndication %s ended by an unexpected error:\n%s", row.pk, raw)
    if isinstance(error, CaptionError):
        row.record_error(
            Status.FAILED,
            f"{error} Perbaiki di Pengaturan › Templat takarir media sosial atau di tab "
            "Media Sosial artikel, lalu klik Coba lagi.",
            raw,
        )
        return Outcome(row.status)
    if isinstance(error, BrokenImage):
        row.record_error(Status.FAILED, str(error), raw)
        return Outcome(row.status)
    status = Status.UNKNOWN if sent or was_unknown else Status.PENDING
    if isinstance(error, SoftTimeLimitExceeded):
        # The task is about to be stopped; a platform that is slow now is asked again soon.
        message = (
            "Pengiriman melewati batas waktu; kiriman mungkin sudah terbit, diperiksa ke "
            "platform sebentar lagi."
            if sent
            else "Persiapan kiriman melewati batas waktu; dicoba lagi sebentar lagi."
        )
        return _retry_later(row, status, RECHECK_AFTER_TIME_LIMIT_SECONDS, message, raw)
    cause = row.account.redact(f"{type(error).__name__}: {error}")[:200]
    message = (
        f"Galat tak terduga saat mengirim ({cause}); kiriman mungkin sudah terbit, "
        "diperiksa ke platform sebelum dicoba lagi."
        if sent
        else f"Galat tak terduga saat menyiapkan kiriman ({cause}); akan dicoba lagi."
    )
    return _retry_later(row, status, backoff(row.attempts), message, raw)


def _settle_failure(row, error: PlatformError, *, was_unknown: bool) -> Outcome:
    """The one place that turns a platform error into the row's next state."""
    # Nothing new went out, so an unknown row stays unknown and is reconciled again.
    still_waiting = Status.UNKNOWN if was_unknown else Status.PENDING
    if isinstance(error, UnknownOutcome):
        return _retry_later(row, Status.UNKNOWN, backoff(row.attempts), error.message, error.raw)
    if isinstance(error, RateLimited):
        return _retry_later(
            row,
            still_waiting,
            error.retry_after,
            error.message,
            error.raw,
            count_attempt=False,
        )
    if isinstance(error, StillProcessing):
        # Each check counts as an attempt, so a container that never finishes ends as failed.
        wait = min(error.retry_after * 2 ** max(row.attempts - 1, 0), MAX_PROCESSING_WAIT_SECONDS)
        return _retry_later(row, still_waiting, wait, error.message, error.raw)
    if isinstance(error, NeedsReauth):
        row.account.flag_needs_reauth(error.message)
        row.record_error(Status.NEEDS_REAUTH, error.message, _raw(error))
        return Outcome(row.status)
    if isinstance(error, Permanent):
        row.record_error(Status.FAILED, error.message, _raw(error))
        return Outcome(row.status)
    return _retry_later(row, still_waiting, backoff(row.attempts), error.message, error.raw)


def _raw(error: PlatformError) -> str:
    return str(error.raw) if error.raw is not None else ""


def _retry_later(row, status, seconds, message, raw=None, *, count_attempt=True) -> Outcome:
    if not count_attempt:
        row.attempts = max(row.attempts - 1, 0)
    if row.attempts >= MAX_ATTEMPTS:
        row.record_error(
            Status.FAILED, f"{message} Gagal setelah {row.attempts} percobaan.", str(raw or "")
        )
        return Outcome(row.status)
    row.record_error(status, message, str(raw or ""), retry_in=seconds)
    return Outcome(row.status, retry_in=seconds)


def in_flight_deadline() -> timedelta:
    """How long a row may stay in flight: the task's hard time limit kills a worker process
    that runs longer, so past it (and a margin for the kill) its worker is gone."""
    return timedelta(seconds=settings.SYNDICATION_TASK_TIME_LIMIT) + IN_FLIGHT_MARGIN


def stuck_rows(now=None):
    """Rows a sweeper should requeue: in flight too long (a dead worker), due again, or new
    and never claimed (their task message was lost)."""
    now = now or timezone.now()
    stale = Syndication.objects.filter(
        status=Status.IN_FLIGHT, claimed_at__lt=now - in_flight_deadline()
    )
    # A dead worker's post may have gone out: treat it as unknown and reconcile first.
    stale.update(
        status=Status.UNKNOWN,
        next_attempt_at=now,
        last_error="Pekerja berhenti saat mengirim; memeriksa ulang ke platform.",
    )
    # A new row waits, pending without a time, for its first message; one still waiting
    # after the grace period lost it. Queuing a row twice is harmless: claim() lets one
    # worker have it.
    unclaimed = Q(
        status=Status.PENDING,
        next_attempt_at__isnull=True,
        created_at__lte=now - timedelta(minutes=settings.SYNDICATION_UNCLAIMED_MINUTES),
    )
    due = Q(status__in=Syndication.RETRYABLE, next_attempt_at__lte=now)
    return list(Syndication.objects.filter(due | unclaimed).values_list("pk", flat=True)[:1000])
