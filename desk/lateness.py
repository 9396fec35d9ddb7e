"""Who is late, and what is due soon: the figures the reminders and the dashboard share.

Everything is counted from WIB days (`today` is `timezone.localdate()` in Asia/Jakarta):
a request is late from the day after its due date until the agency answers.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count, Min

from desk.models import DataRequestRecipient

# The dashboard looks a week ahead; the email goes out 3 days before (desk.reminders).
DUE_SOON_HORIZON_DAYS = 7


@dataclass(frozen=True)
class LateAgency:
    agency_id: int
    name: str
    late: int  # requests past their due date and still unanswered
    oldest_days_late: int


def unanswered():
    return DataRequestRecipient.objects.filter(answered_on__isnull=True)


def late_agencies(today: date, limit: int | None = None) -> list[LateAgency]:
    """Agencies with late requests, the most late first, then the longest overdue: one query."""
    rows = (
        unanswered()
        .filter(request__due_date__lt=today)
        .values("agency_id", "agency__name")
        .annotate(late=Count("pk"), oldest_due=Min("request__due_date"))
        .order_by("-late", "oldest_due", "agency__name")
    )
    if limit is not None:
        rows = rows[:limit]
    return [
        LateAgency(
            agency_id=row["agency_id"],
            name=row["agency__name"],
            late=row["late"],
            oldest_days_late=(today - row["oldest_due"]).days,
        )
        for row in rows
    ]


def late_totals(today: date) -> dict:
    """How many requests are late in all, and at how many agencies."""
    return (
        unanswered()
        .filter(request__due_date__lt=today)
        .aggregate(requests=Count("pk"), agencies=Count("agency", distinct=True))
    )


def open_requests_of(agency_id: int, today: date) -> tuple[list, list]:
    """An agency's unanswered requests: (late, due within the horizon), soonest due first."""
    horizon = today + timedelta(days=DUE_SOON_HORIZON_DAYS)
    rows = list(
        unanswered()
        .filter(agency_id=agency_id, request__due_date__lte=horizon)
        .select_related("request")
        .order_by("request__due_date", "pk")
    )
    for row in rows:
        row.days = abs((row.request.due_date - today).days)
    late = [row for row in rows if row.request.due_date < today]
    due_soon = [row for row in rows if row.request.due_date >= today]
    return late, due_soon
