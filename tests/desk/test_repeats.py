"""A monthly or quarterly request is sent again by beat when its next period begins."""

from datetime import date

import pytest

from desk.factories import DataRequestFactory
from desk.models import DataRequest, Repeat
from desk.repeats import send_due_repeats
from news.factories import AgencyFactory

pytestmark = pytest.mark.django_db


def test_the_next_monthly_request_goes_to_the_same_agencies_when_its_month_begins(dinkes, pupr):
    AgencyFactory()  # not asked the first time, so not the second either
    monthly = DataRequestFactory(
        repeat=Repeat.MONTHLY,
        period_start=date(2026, 10, 1),
        period_end=date(2026, 10, 31),
        due_date=date(2026, 11, 15),
        agencies=[dinkes, pupr],
    )

    assert send_due_repeats(date(2026, 10, 31)) == []
    [november] = send_due_repeats(date(2026, 11, 1))

    assert (november.period_start, november.period_end, november.due_date) == (
        date(2026, 11, 1),
        date(2026, 11, 30),
        date(2026, 12, 15),
    )
    assert november.repeated_from == monthly
    assert set(november.recipients.values_list("agency", flat=True)) == {dinkes.pk, pupr.pk}
    assert not november.recipients.filter(answered_on__isnull=False).exists()
    assert send_due_repeats(date(2026, 11, 2)) == []  # never twice


def test_missed_quarters_are_caught_up_and_a_single_request_never_repeats(dinkes):
    DataRequestFactory(repeat=Repeat.NONE, agencies=[dinkes])
    DataRequestFactory(
        repeat=Repeat.QUARTERLY,
        period_start=date(2026, 1, 1),
        period_end=date(2026, 3, 31),
        due_date=date(2026, 4, 15),
        agencies=[dinkes],
    )

    sent = send_due_repeats(date(2026, 8, 1))

    assert [request.period_start for request in sent] == [date(2026, 4, 1), date(2026, 7, 1)]
    assert DataRequest.objects.count() == 4
