"""Snapshots stay compact: one per post per hour, one per day once old."""

from datetime import timedelta

import pytest
from django.utils import timezone

from analytics.collection import rollup_old_snapshots, store_snapshots
from analytics.models import MetricSnapshot
from syndication.platforms.base import Metrics

from .conftest import posted, snapshot

pytestmark = pytest.mark.django_db


def test_two_readings_in_one_hour_keep_one_row_with_the_newest_counts(x_account):
    row = posted(x_account)
    start = timezone.now().replace(minute=5)
    store_snapshots([(row, Metrics(views=10, likes=1))], start)
    store_snapshots(
        [(row, Metrics(views=25, likes=3, raw={"a": 1}))], start + timedelta(minutes=40)
    )

    (only,) = MetricSnapshot.objects.all()
    assert (only.views, only.likes, only.raw) == (25, 3, {"a": 1})
    assert only.collected_at == start + timedelta(minutes=40)


def test_a_reading_in_the_next_hour_adds_a_row(x_account):
    row = posted(x_account)
    start = timezone.now().replace(minute=50)
    store_snapshots([(row, Metrics(views=10))], start)
    store_snapshots([(row, Metrics(views=12))], start + timedelta(minutes=20))

    assert MetricSnapshot.objects.count() == 2


def test_rollup_keeps_the_last_snapshot_of_each_day_for_old_data_only(x_account):
    row = posted(x_account, age=timedelta(days=40))
    now = timezone.now()
    old_day = timezone.localtime(now - timedelta(days=30)).replace(hour=8, minute=0)
    for hour in range(5):
        snapshot(row, old_day + timedelta(hours=hour), views=100 + hour)
    recent_day = timezone.localtime(now - timedelta(days=1)).replace(hour=8, minute=0)
    for hour in range(3):
        snapshot(row, recent_day + timedelta(hours=hour), views=500 + hour)

    deleted = rollup_old_snapshots(older_than_days=14, now=now)

    assert deleted == 4
    old = MetricSnapshot.objects.filter(collected_at__lt=now - timedelta(days=14))
    assert list(old.values_list("views", flat=True)) == [104]
    assert MetricSnapshot.objects.filter(collected_at__gte=now - timedelta(days=14)).count() == 3
