"""The review of a programme report: submit, then accept or return with a comment; resubmit.

Each step is one conditional UPDATE, so two clicks (or two reviewers) never apply a step
twice, and each is written to the report's history.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from desk.models import DataRequestRecipient, ProgrammeReport, ReviewStatus
from desk.purging import purge_report


class ReviewRefused(Exception):
    """The step does not apply to the report as it is now; the message says why."""


def _move(report, *, allowed_from, **changes) -> bool:
    moved = ProgrammeReport.objects.filter(pk=report.pk, review_status__in=allowed_from).update(
        **changes
    )
    if moved:
        for name, value in changes.items():
            setattr(report, name, value)
    return bool(moved)


@transaction.atomic
def submit(report, user) -> None:
    """Send a draft or returned report to the newsroom; the first submission answers its request."""
    now = timezone.now()
    if not _move(
        report,
        allowed_from=[ReviewStatus.DRAFT, ReviewStatus.RETURNED],
        review_status=ReviewStatus.SUBMITTED,
        submitted_at=now,
    ):
        raise ReviewRefused(_("Laporan ini sudah diajukan dan sedang atau sudah ditinjau."))
    if report.request_id:
        DataRequestRecipient.objects.filter(
            request_id=report.request_id, agency_id=report.agency_id, answered_on__isnull=True
        ).update(answered_on=timezone.localdate(now))
    log(instance=report, action="desk.submit", user=user)


@transaction.atomic
def accept(report, reviewer, comment: str = "") -> None:
    if not _move(
        report,
        allowed_from=[ReviewStatus.SUBMITTED],
        review_status=ReviewStatus.ACCEPTED,
        reviewer_comment=comment.strip(),
        reviewed_by=reviewer,
        reviewed_at=timezone.now(),
    ):
        raise ReviewRefused(_("Hanya laporan yang sedang diajukan yang dapat diterima."))
    log(instance=report, action="desk.accept", user=reviewer, data={"comment": comment})
    purge_report(report)


@transaction.atomic
def return_for_changes(report, reviewer, comment: str) -> None:
    """Send the report back to its agency; the comment says what to fix."""
    if not comment.strip():
        raise ReviewRefused(_("Tulis catatan: apa yang perlu diperbaiki OPD."))
    if not _move(
        report,
        allowed_from=[ReviewStatus.SUBMITTED],
        review_status=ReviewStatus.RETURNED,
        reviewer_comment=comment.strip(),
        reviewed_by=reviewer,
        reviewed_at=timezone.now(),
    ):
        raise ReviewRefused(_("Hanya laporan yang sedang diajukan yang dapat dikembalikan."))
    log(instance=report, action="desk.return", user=reviewer, data={"comment": comment})
    purge_report(report)
