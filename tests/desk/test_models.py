"""Requests, their recipients' status worked out from the dates, and a report's own figures."""

from datetime import date
from decimal import Decimal

import pytest

from desk.factories import DataRequestFactory
from desk.models import (
    DataRequestRecipient,
    ProgrammeReport,
    RecipientStatus,
    Repeat,
    add_months,
    status_on,
)
from news.factories import AgencyFactory

DUE = date(2026, 10, 15)


@pytest.mark.parametrize(
    ("answered_on", "today", "status"),
    [
        (None, date(2026, 10, 1), RecipientStatus.SENT),
        (None, DUE, RecipientStatus.SENT),
        (None, date(2026, 10, 16), RecipientStatus.LATE),
        (date(2026, 10, 15), date(2026, 12, 1), RecipientStatus.ANSWERED),
        (date(2026, 10, 16), date(2026, 10, 16), RecipientStatus.ANSWERED_LATE),
    ],
)
def test_a_recipients_status_follows_from_the_due_date_and_the_answer(answered_on, today, status):
    assert status_on(DUE, answered_on, today) == status


@pytest.mark.django_db
def test_the_status_in_sql_agrees_with_the_rule_in_python():
    on_time, late_answer, silent, waiting = AgencyFactory.create_batch(4)
    past = DataRequestFactory(due_date=date(2026, 10, 15), agencies=[on_time, late_answer, silent])
    future = DataRequestFactory(due_date=date(2026, 11, 30), agencies=[waiting])
    past.recipients.filter(agency=on_time).update(answered_on=date(2026, 10, 14))
    past.recipients.filter(agency=late_answer).update(answered_on=date(2026, 10, 20))
    today = date(2026, 11, 1)

    in_sql = {
        row.agency_id: row.status
        for row in DataRequestRecipient.objects.with_status(today).select_related("request")
    }
    in_python = {
        row.agency_id: row.status(today)
        for row in DataRequestRecipient.objects.select_related("request")
    }

    assert (
        in_sql
        == in_python
        == {
            on_time.pk: RecipientStatus.ANSWERED,
            late_answer.pk: RecipientStatus.ANSWERED_LATE,
            silent.pk: RecipientStatus.LATE,
            waiting.pk: RecipientStatus.SENT,
        }
    )
    assert future.recipients.get().status(today) == RecipientStatus.SENT


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 11, 15), 3, date(2027, 2, 15)),
        (date(2027, 12, 31), 1, date(2028, 1, 31)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
    ],
)
def test_months_are_added_calendar_wise(day, months, expected):
    assert add_months(day, months) == expected


@pytest.mark.django_db
def test_a_quarterly_request_repeats_three_months_on_and_a_single_one_never():
    quarterly = DataRequestFactory(
        repeat=Repeat.QUARTERLY,
        period_start=date(2026, 7, 1),
        period_end=date(2026, 9, 30),
        due_date=date(2026, 10, 15),
    )
    following = quarterly.next_repeat()
    assert (following.period_start, following.period_end, following.due_date) == (
        date(2026, 10, 1),
        date(2026, 12, 30),
        date(2027, 1, 15),
    )
    assert following.repeated_from == quarterly
    assert DataRequestFactory(repeat=Repeat.NONE).next_repeat() is None


@pytest.mark.parametrize(
    ("ceiling", "realisation", "percent"),
    [
        (1_500_000_000, 1_177_500_000, Decimal("78.5")),
        (1_500_000_000, 0, Decimal("0.0")),
        (3, 1, Decimal("33.3")),
        (2, 1, Decimal("50.0")),
        (None, 5_000_000, None),
        (0, 5_000_000, None),
        (1_000_000, None, None),
        (9_000_000_000_000_000, 9_000_000_000_000_000, Decimal("100.0")),
    ],
)
def test_the_realisation_percentage_is_computed_never_stored(ceiling, realisation, percent):
    report = ProgrammeReport(budget_ceiling=ceiling, budget_realisation=realisation)
    assert report.realisation_percent == percent
