"""Kinerja Data OPD: how each agency answers the newsroom's data requests, and reports.

Everything is counted in the database, grouped by agency, in a fixed number of queries
whatever the years of data: the agencies, the requests' figures, the reports' figures
(three queries on PostgreSQL; SQLite, which only the demo uses, reads one more list for
the median). What the figures mean:

- a request counts in the period when its due date falls in it (the day it was sent is
  when the Pengelola Data pressed send, which says less about the agency);
- on time: answered on or before the due date. "% tepat waktu" is over the requests that
  are decided: answered, or past due and unanswered ("terlambat sekarang"); a request not
  yet due and not answered is neither on time nor late yet;
- days to answer: from the WIB day the request was sent to the day it was answered;
- reports count when they were submitted (WIB) in the period; "jadi artikel" when an
  article (draft or published) was made from one; the last report is over all time.
"""

import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db import connection
from django.db.models import Aggregate, Count, F, FloatField, Func, IntegerField, Max, Q
from django.db.models.functions import TruncDate
from django.utils import timezone

from desk.board_filters import BoardFilters
from desk.models import DataRequestRecipient, ProgrammeReport, percent_of


class Median(Aggregate):
    """PostgreSQL's percentile_cont(0.5): the median, interpolated for an even count."""

    function = "percentile_cont"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()


class DaysBetween(Func):
    """`later - earlier` for two dates: whole days, as PostgreSQL subtracts dates."""

    arg_joiner = " - "
    template = "(%(expressions)s)"
    output_field = IntegerField()


@dataclass
class AgencyRow:
    agency_id: int
    name: str
    short_name: str
    received: int = 0
    answered: int = 0
    answered_on_time: int = 0
    late_now: int = 0
    median_days: float | None = None
    reports_submitted: int = 0
    reports_with_article: int = 0
    last_report_on: date | None = None
    days_since_last_report: int | None = None
    rank: int = 0

    @property
    def label(self) -> str:
        return self.short_name or self.name

    @property
    def answered_late(self) -> int:
        return self.answered - self.answered_on_time

    @property
    def not_yet_due(self) -> int:
        return self.received - self.answered - self.late_now

    @property
    def on_time_percent(self) -> Decimal | None:
        return percent_of(self.answered_on_time, self.answered + self.late_now)


def median_in_database() -> bool:
    return connection.vendor == "postgresql"


def days_to_answer():
    return DaysBetween(F("answered_on"), TruncDate("request__created_at"))


def request_figures(recipients, today: date) -> dict[int, dict]:
    """Per agency: received, answered, on time, late now (and the median on PostgreSQL)."""
    figures = {
        "received": Count("pk"),
        "answered": Count("pk", filter=Q(answered_on__isnull=False)),
        "answered_on_time": Count("pk", filter=Q(answered_on__lte=F("request__due_date"))),
        "late_now": Count("pk", filter=Q(answered_on__isnull=True, request__due_date__lt=today)),
    }
    if median_in_database():
        figures["median_days"] = Median(days_to_answer())
    rows = recipients.values("agency_id").annotate(**figures).order_by()
    return {row.pop("agency_id"): row for row in rows}


def median_days_in_python(recipients) -> dict[int, float]:
    """The median where the database has no percentile_cont: one list of answered requests."""
    days = defaultdict(list)
    answered = recipients.filter(answered_on__isnull=False)
    for agency_id, answered_on, sent_at in answered.values_list(
        "agency_id", "answered_on", "request__created_at"
    ):
        days[agency_id].append((answered_on - timezone.localdate(sent_at)).days)
    return {agency_id: float(statistics.median(values)) for agency_id, values in days.items()}


def report_figures(reports, filters: BoardFilters) -> dict[int, dict]:
    in_period = Q(submitted_at__gte=filters.start_at, submitted_at__lt=filters.end_before)
    rows = (
        reports.filter(submitted_at__isnull=False)
        .values("agency_id")
        .annotate(
            reports_submitted=Count("pk", filter=in_period),
            reports_with_article=Count("pk", filter=in_period & Q(article__isnull=False)),
            last_submitted_at=Max("submitted_at"),
        )
        .order_by()
    )
    return {row.pop("agency_id"): row for row in rows}


def ranking_key(row: AgencyRow):
    """Most on time first, then fewest late now, most answered; nothing decided goes last."""
    percent = row.on_time_percent
    return (percent is None, -(percent or 0), row.late_now, -row.answered, row.name)


def agency_rows(filters: BoardFilters, agencies, today: date | None = None) -> list[AgencyRow]:
    """One row per agency in `agencies` (already scoped to the user), ranked."""
    today = today or timezone.localdate()
    if filters.agency_id:
        agencies = agencies.filter(pk=filters.agency_id)
    in_scope = agencies.values("pk")
    recipients = DataRequestRecipient.objects.filter(
        agency_id__in=in_scope, request__due_date__range=(filters.start, filters.end)
    )
    requests = request_figures(recipients, today)
    if not median_in_database():
        for agency_id, median in median_days_in_python(recipients).items():
            requests[agency_id]["median_days"] = median
    reports = report_figures(ProgrammeReport.objects.filter(agency_id__in=in_scope), filters)
    rows = []
    for agency in agencies.values("pk", "name", "short_name").order_by("name"):
        row = AgencyRow(agency["pk"], agency["name"], agency["short_name"])
        for name, value in requests.get(row.agency_id, {}).items():
            setattr(row, name, value)
        report = reports.get(row.agency_id)
        if report:
            row.reports_submitted = report["reports_submitted"]
            row.reports_with_article = report["reports_with_article"]
            row.last_report_on = timezone.localdate(report["last_submitted_at"])
            row.days_since_last_report = (today - row.last_report_on).days
        rows.append(row)
    rows.sort(key=ranking_key)
    for position, row in enumerate(rows, start=1):
        row.rank = position
    return rows


# Sortable columns: the querystring's `urut` value, and what it sorts by. "-name" descends.
SORTS = {
    "peringkat": lambda row: row.rank,
    "opd": lambda row: row.name.lower(),
    "diterima": lambda row: row.received,
    "dijawab": lambda row: row.answered,
    "tepat_waktu": lambda row: row.on_time_percent,
    "median": lambda row: row.median_days,
    "terlambat": lambda row: row.late_now,
    "laporan": lambda row: row.reports_submitted,
    "artikel": lambda row: row.reports_with_article,
    "sejak_laporan": lambda row: row.days_since_last_report,
}
DEFAULT_SORT = "peringkat"


def parse_sort(value: str | None) -> tuple[str, bool]:
    """("tepat_waktu", True) for "-tepat_waktu"; an unknown column sorts by rank."""
    value = value or ""
    column, descending = value.removeprefix("-"), value.startswith("-")
    return (column, descending) if column in SORTS else (DEFAULT_SORT, False)


def sorted_rows(rows: list[AgencyRow], column: str, descending: bool) -> list[AgencyRow]:
    """Sorted by one column, ties kept in rank order; a missing figure always goes last."""
    value = SORTS[column]
    known = [row for row in rows if value(row) is not None]
    missing = [row for row in rows if value(row) is None]
    return sorted(known, key=value, reverse=descending) + missing
