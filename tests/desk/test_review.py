"""Submit → the newsroom returns it with a comment the operator sees → resubmit → accepted."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from desk.factories import DataRequestFactory, ProgrammeReportFactory
from desk.models import ProgrammeReport, RecipientStatus, ReviewStatus
from news.factories import region
from tests.support.desk_forms import report_form

pytestmark = [pytest.mark.django_db, pytest.mark.clock]
WIB = ZoneInfo("Asia/Jakarta")
REPORTS = "wagtailsnippets_desk_programmereport"


def review(client, report, decision, comment="", follow=True):
    return client.post(
        reverse("desk_report_review", args=[report.pk]),
        {"decision": decision, "comment": comment},
        follow=follow,
    )


def refused_entry(response) -> bool:
    """Wagtail answers a refused admin view with a redirect to the dashboard."""
    return response.status_code == 403 or response.get("Location") == reverse("wagtailadmin_home")


def test_a_report_goes_through_review_and_back_and_is_accepted(dinkes, operator_of, login, people):
    operator_user = operator_of(dinkes)
    operator, reviewer = login(operator_user), login("Pengelola Data")
    request = DataRequestFactory(due_date=date(2026, 10, 15), agencies=[dinkes])

    with time_machine.travel(datetime(2026, 10, 14, 23, 30, tzinfo=WIB), tick=False):
        operator.post(
            reverse(f"{REPORTS}:add"),
            report_form(region=region("kapuas"), request=request.pk, **{"action-ajukan": ""}),
        )
    # A request in the past pushed the session's end (a working day) into the past too.
    operator = login(operator_user)
    report = ProgrammeReport.objects.get()
    assert report.review_status == ReviewStatus.SUBMITTED
    recipient = request.recipients.get()
    assert recipient.answered_on == date(2026, 10, 14)

    # Waiting for review, the report is closed to its operator.
    locked = operator.get(reverse(f"{REPORTS}:edit", args=[report.pk]))
    assert locked.status_code == 302
    assert locked["Location"] == reverse(f"{REPORTS}:inspect", args=[report.pk])

    refused = review(reviewer, report, "return")
    assert "Tulis catatan" in refused.content.decode()
    report.refresh_from_db()
    assert report.review_status == ReviewStatus.SUBMITTED

    review(reviewer, report, "return", "Lampirkan foto kegiatan dan perbaiki nama desa.")
    report.refresh_from_db()
    assert report.review_status == ReviewStatus.RETURNED
    assert report.reviewed_by == people["Pengelola Data"]
    page = operator.get(reverse(f"{REPORTS}:edit", args=[report.pk])).content.decode()
    assert "Lampirkan foto kegiatan dan perbaiki nama desa." in page
    assert "Dikembalikan" in page

    with time_machine.travel(datetime(2026, 10, 20, 9, 0, tzinfo=WIB), tick=False):
        operator.post(
            reverse(f"{REPORTS}:edit", args=[report.pk]),
            report_form(
                region=region("kapuas"),
                request=request.pk,
                desa="Murung Keramat Baru",
                **{"action-ajukan": ""},
            ),
        )
    operator = login(operator_user)
    report.refresh_from_db()
    assert (report.review_status, report.desa) == (ReviewStatus.SUBMITTED, "Murung Keramat Baru")

    review(reviewer, report, "accept", "Terima kasih.")
    report.refresh_from_db()
    assert report.review_status == ReviewStatus.ACCEPTED
    # Answered on its first submission, before the due date: on time, not late.
    recipient.refresh_from_db()
    assert recipient.status(date(2026, 11, 1)) == RecipientStatus.ANSWERED
    history = login("Administrator").get(reverse(f"{REPORTS}:history", args=[report.pk]))
    text = history.content.decode()
    assert "Diajukan untuk review" in text and "Dikembalikan ke OPD" in text
    assert "Laporan diterima" in text


@pytest.mark.parametrize(
    ("role", "may_review"),
    [
        ("Pengelola Data", True),
        ("Redaktur", True),
        ("Administrator", True),
        ("Pewarta", False),
        ("Analis", False),
    ],
)
def test_only_the_newsroom_reviews(role, may_review, login, dinkes):
    report = ProgrammeReportFactory(agency=dinkes, review_status=ReviewStatus.SUBMITTED)
    response = review(login(role), report, "accept", follow=False)
    report.refresh_from_db()
    assert (report.review_status == ReviewStatus.ACCEPTED) is may_review
    assert refused_entry(response) is not may_review


def test_an_operator_cannot_accept_their_own_report(dinkes, operator_of, login):
    report = ProgrammeReportFactory(agency=dinkes, review_status=ReviewStatus.SUBMITTED)
    response = review(login(operator_of(dinkes)), report, "accept", follow=False)
    assert refused_entry(response)
    report.refresh_from_db()
    assert report.review_status == ReviewStatus.SUBMITTED


def test_a_report_is_accepted_once_and_a_draft_not_at_all(dinkes, login):
    reviewer = login("Redaktur")
    draft = ProgrammeReportFactory(agency=dinkes)
    assert (
        "Hanya laporan yang sedang diajukan" in review(reviewer, draft, "accept").content.decode()
    )
    draft.refresh_from_db()
    assert draft.review_status == ReviewStatus.DRAFT

    submitted = ProgrammeReportFactory(agency=dinkes, review_status=ReviewStatus.SUBMITTED)
    review(reviewer, submitted, "accept")
    again = review(reviewer, submitted, "return", "Terlambat berubah pikiran.")
    assert "Hanya laporan yang sedang diajukan" in again.content.decode()
    submitted.refresh_from_db()
    assert submitted.review_status == ReviewStatus.ACCEPTED
