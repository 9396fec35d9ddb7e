"""Kinerja Data OPD's figures on a hand-built October, known answer by known answer.

Today is 20 November 2026 (WIB). Four requests fall due in October; Dinas Kesehatan answers
two on time (one on the due day itself), one late and leaves one unanswered; PUPR answers
three on time and one late; BPBD has one request not yet due; Bappeda was never asked.
"""

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from desk import board
from desk.board import AgencyRow, agency_rows, parse_sort, sorted_rows
from desk.board_filters import BoardFilters
from desk.factories import DataRequestFactory, ProgrammeReportFactory
from desk.models import DataRequestRecipient, ReviewStatus
from news.factories import AgencyFactory, ArticlePageFactory
from news.models import Agency

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

WIB = ZoneInfo("Asia/Jakarta")
TODAY = date(2026, 11, 20)
OCTOBER_TO_NOVEMBER = BoardFilters(start=date(2026, 10, 1), end=date(2026, 11, 30))


def wib(*parts) -> datetime:
    return datetime(*parts, tzinfo=WIB)


def request_due(due: date, sent: datetime, agencies):
    return DataRequestFactory(
        due_date=due, created_at=sent, period_start=date(2026, 9, 1), agencies=agencies
    )


def answer(request, agency, on: date) -> None:
    DataRequestRecipient.objects.filter(request=request, agency=agency).update(answered_on=on)


@pytest.fixture
def october(time_machine, dinkes, pupr):
    time_machine.move_to(wib(2026, 11, 20, 10, 0), tick=False)
    bpbd = AgencyFactory(name="Badan Penanggulangan Bencana Daerah", short_name="BPBD")
    bappeda = AgencyFactory(name="Badan Perencanaan Pembangunan Daerah", short_name="Bappeda")
    both = [dinkes, pupr]
    first = request_due(date(2026, 10, 10), wib(2026, 10, 1, 8, 0), both)
    second = request_due(date(2026, 10, 12), wib(2026, 10, 2, 0, 30), both)
    third = request_due(date(2026, 10, 15), wib(2026, 10, 3, 8, 0), both)
    fourth = request_due(date(2026, 10, 20), wib(2026, 10, 5, 8, 0), both)
    # Due outside the period: neither September's nor December's request counts.
    september = request_due(date(2026, 9, 30), wib(2026, 9, 1, 8, 0), both)
    december = request_due(date(2026, 12, 1), wib(2026, 11, 19, 8, 0), both)
    answer(september, dinkes, date(2026, 10, 30))
    answer(december, pupr, date(2026, 11, 20))
    # Dinas Kesehatan: 4 days (on time), 10 (on the due day: on time), 17 (late), unanswered.
    answer(first, dinkes, date(2026, 10, 5))
    answer(second, dinkes, date(2026, 10, 12))
    answer(third, dinkes, date(2026, 10, 20))
    # PUPR: 2, 4 (sent at 00:30 WIB on 2 October, still 1 October in UTC), 15 (late), 5 days.
    answer(first, pupr, date(2026, 10, 3))
    answer(second, pupr, date(2026, 10, 6))
    answer(third, pupr, date(2026, 10, 18))
    answer(fourth, pupr, date(2026, 10, 10))
    request_due(date(2026, 11, 25), wib(2026, 11, 10, 8, 0), [bpbd])

    article = ArticlePageFactory(title="Posyandu Keliling Jangkau Desa Terpencil")
    ProgrammeReportFactory(agency=dinkes, submitted_at=wib(2026, 9, 30, 23, 59, 59))
    ProgrammeReportFactory(agency=dinkes, submitted_at=wib(2026, 10, 1, 0, 0))
    ProgrammeReportFactory(
        agency=dinkes,
        submitted_at=wib(2026, 11, 15, 9, 0),
        review_status=ReviewStatus.ACCEPTED,
        article=article,
    )
    ProgrammeReportFactory(agency=pupr, submitted_at=wib(2026, 8, 1, 9, 0))
    ProgrammeReportFactory(agency=pupr)  # a draft, never submitted
    return {"dinkes": dinkes, "pupr": pupr, "bpbd": bpbd, "bappeda": bappeda}


def rows_by_name(filters=OCTOBER_TO_NOVEMBER) -> dict[str, AgencyRow]:
    return {row.short_name: row for row in agency_rows(filters, Agency.objects.all(), TODAY)}


def test_each_agencys_requests_are_counted_by_how_they_were_answered(october):
    rows = rows_by_name()
    dinkes, pupr = rows["Dinkes"], rows["PUPR"]
    assert (dinkes.received, dinkes.answered, dinkes.answered_on_time, dinkes.late_now) == (
        4,
        3,
        2,
        1,
    )
    assert (pupr.received, pupr.answered, pupr.answered_on_time, pupr.late_now) == (4, 4, 3, 0)
    assert dinkes.on_time_percent == Decimal("50.0")
    assert pupr.on_time_percent == Decimal("75.0")


def test_the_median_days_to_answer_is_the_middle_one_or_the_mean_of_the_middle_two(october):
    rows = rows_by_name()
    assert rows["Dinkes"].median_days == 10  # 4, 10, 17
    assert rows["PUPR"].median_days == 4.5  # 2, 4, 5, 15
    assert rows["BPBD"].median_days is None


def test_the_fallback_median_for_sqlite_gives_the_same_answers(october):
    recipients = DataRequestRecipient.objects.filter(
        request__due_date__range=(OCTOBER_TO_NOVEMBER.start, OCTOBER_TO_NOVEMBER.end)
    )
    in_python = board.median_days_in_python(recipients)
    assert in_python == {october["dinkes"].pk: 10.0, october["pupr"].pk: 4.5}


@pytest.mark.skipif(
    not board.median_in_database(), reason="only PostgreSQL computes the median in SQL"
)
def test_the_fallback_median_agrees_with_postgresqls(october):
    recipients = DataRequestRecipient.objects.filter(
        request__due_date__range=(OCTOBER_TO_NOVEMBER.start, OCTOBER_TO_NOVEMBER.end)
    )
    in_database = board.request_figures(recipients, TODAY)
    assert {
        agency_id: figures["median_days"]
        for agency_id, figures in in_database.items()
        if figures["median_days"] is not None
    } == board.median_days_in_python(recipients)


def test_a_request_not_yet_due_is_neither_on_time_nor_late(october):
    bpbd = rows_by_name()["BPBD"]
    assert (bpbd.received, bpbd.not_yet_due, bpbd.late_now) == (1, 1, 0)
    assert bpbd.on_time_percent is None


def test_an_agency_never_asked_and_never_reporting_still_has_a_row(october):
    bappeda = rows_by_name()["Bappeda"]
    assert (bappeda.received, bappeda.answered, bappeda.reports_submitted) == (0, 0, 0)
    assert bappeda.on_time_percent is None and bappeda.median_days is None
    assert bappeda.last_report_on is None and bappeda.days_since_last_report is None


def test_reports_count_by_their_wib_submission_day_and_the_last_one_over_all_time(october):
    rows = rows_by_name()
    dinkes, pupr = rows["Dinkes"], rows["PUPR"]
    # 30 September 23:59:59 WIB is outside; 1 October 00:00 WIB is inside.
    assert (dinkes.reports_submitted, dinkes.reports_with_article) == (2, 1)
    assert (dinkes.last_report_on, dinkes.days_since_last_report) == (date(2026, 11, 15), 5)
    assert (pupr.reports_submitted, pupr.days_since_last_report) == (0, 111)


def test_the_ranking_puts_the_most_on_time_first_and_agencies_with_nothing_decided_last(october):
    rows = agency_rows(OCTOBER_TO_NOVEMBER, Agency.objects.all(), TODAY)
    assert [(row.rank, row.short_name) for row in rows] == [
        (1, "PUPR"),
        (2, "Dinkes"),
        (3, "BPBD"),
        (4, "Bappeda"),
    ]


def test_a_column_sorts_either_way_with_missing_figures_always_last(october):
    rows = agency_rows(OCTOBER_TO_NOVEMBER, Agency.objects.all(), TODAY)
    by_days = sorted_rows(rows, *parse_sort("-sejak_laporan"))
    assert [row.short_name for row in by_days] == ["PUPR", "Dinkes", "BPBD", "Bappeda"]
    by_median = sorted_rows(rows, *parse_sort("median"))
    assert [row.short_name for row in by_median] == ["PUPR", "Dinkes", "BPBD", "Bappeda"]
    assert parse_sort("'; DROP TABLE") == ("peringkat", False)


def test_one_agency_chosen_shows_only_its_row(october):
    only_pupr = BoardFilters(
        start=OCTOBER_TO_NOVEMBER.start, end=OCTOBER_TO_NOVEMBER.end, agency_id=october["pupr"].pk
    )
    assert list(rows_by_name(only_pupr)) == ["PUPR"]
