"""Snapshots stay compact: one per post per hour, one per day once old."""

from datetime import timedelta

import pytest
from django.utils import timezone

from analytics.collection import rollup_old_snapshots, store_snapshots
from analytics.factories import MetricSnapshotFactory
from analytics.models import MetricSnapshot
from syndication.factories import SocialAccountFactory, SyndicationFactory
from syndication.platforms.base import Metrics

pytestmark = [pytest.mark.django_db, pytest.mark.clock]


def test_two_readings_in_one_hour_keep_one_row_with_the_newest_counts(x_account):
    row = SyndicationFactory(posted=True, account=x_account)
    start = timezone.now().replace(minute=5)
    store_snapshots([(row, Metrics(views=10, likes=1))], start)
    store_snapshots(
        [(row, Metrics(views=25, likes=3, raw={"a": 1}))], start + timedelta(minutes=40)
    )

    (only,) = MetricSnapshot.objects.all()
    assert (only.views, only.likes, only.raw) == (25, 3, {"a": 1})
    assert only.collected_at == start + timedelta(minutes=40)


def test_a_reading_in_the_next_hour_adds_a_row(x_account):
    row = SyndicationFactory(posted=True, account=x_account)
    start = timezone.now().replace(minute=50)
    store_snapshots([(row, Metrics(views=10))], start)
    store_snapshots([(row, Metrics(views=12))], start + timedelta(minutes=20))

    assert MetricSnapshot.objects.count() == 2


def test_rollup_keeps_the_last_snapshot_of_each_day_for_old_data_only(x_account):
    row = SyndicationFactory(posted=True, account=x_account, age=timedelta(days=40))
    now = timezone.now()
    old_day = timezone.localtime(now - timedelta(days=30)).replace(hour=8, minute=0)
    for hour in range(5):
        MetricSnapshotFactory(
            syndication=row, collected_at=old_day + timedelta(hours=hour), views=100 + hour
        )
    recent_day = timezone.localtime(now - timedelta(days=1)).replace(hour=8, minute=0)
    for hour in range(3):
        MetricSnapshotFactory(
            syndication=row, collected_at=recent_day + timedelta(hours=hour), views=500 + hour
        )

    deleted = rollup_old_snapshots(older_than_days=14, now=now)

    assert deleted == 4
    old = MetricSnapshot.objects.filter(collected_at__lt=now - timedelta(days=14))
    assert list(old.values_list("views", flat=True)) == [104]
    assert MetricSnapshot.objects.filter(collected_at__gte=now - timedelta(days=14)).count() == 3


def chain(row):
    """(views, views_delta, superseded_on) of a post's readings, oldest first."""
    readings = MetricSnapshot.objects.filter(syndication=row).order_by("collected_at")
    return [(s.views, s.views_delta, s.superseded_on) for s in readings]


def test_collection_links_each_reading_to_the_one_before(x_account):
    row = SyndicationFactory(posted=True, account=x_account)
    first = timezone.localtime().replace(hour=9, minute=5) - timedelta(days=2)
    store_snapshots([(row, Metrics(views=10))], first)
    store_snapshots([(row, Metrics(views=30))], first + timedelta(hours=1))
    # A second reading in the same hour replaces the last one and still grows from the first.
    store_snapshots([(row, Metrics(views=35))], first + timedelta(hours=1, minutes=30))
    store_snapshots([(row, Metrics(views=50))], first + timedelta(days=1))

    day_one, day_two = first.date(), first.date() + timedelta(days=1)
    assert chain(row) == [(10, 10, day_one), (35, 25, day_two), (50, 15, None)]
    assert [s.day for s in MetricSnapshot.objects.order_by("collected_at")] == [
        day_one,
        day_one,
        day_two,
    ]


def test_a_single_write_relinks_its_neighbours_even_out_of_order(x_account):
    row = SyndicationFactory(posted=True, account=x_account)
    start = timezone.localtime().replace(hour=8, minute=0) - timedelta(days=3)
    MetricSnapshotFactory(syndication=row, collected_at=start, views=100)
    MetricSnapshotFactory(syndication=row, collected_at=start + timedelta(days=2), views=400)
    late = start + timedelta(days=1)  # a reading that arrives after the next day's
    MetricSnapshotFactory(syndication=row, collected_at=late, views=250)

    assert chain(row) == [
        (100, 100, start.date() + timedelta(days=1)),
        (250, 150, start.date() + timedelta(days=2)),
        (400, 150, None),
    ]


def test_the_rollup_keeps_each_days_growth(x_account):
    from analytics import dashboard
    from analytics.filters import ReachFilters

    row = SyndicationFactory(posted=True, account=x_account, age=timedelta(days=40))
    now = timezone.now()
    start = timezone.localtime(now - timedelta(days=30)).replace(hour=6, minute=0)
    views = 0
    for day in range(4):
        for hour in range(0, 12, 3):
            views += 7 * (day + 1) + hour
            MetricSnapshotFactory(
                syndication=row, collected_at=start + timedelta(days=day, hours=hour), views=views
            )
    filters = ReachFilters(start=start.date() - timedelta(days=1), end=timezone.localdate())
    before = dashboard.daily_series(filters)["series"]["x"]
    totals_before = dashboard.platform_totals(filters)

    assert rollup_old_snapshots(older_than_days=14, now=now) == 12

    assert MetricSnapshot.objects.count() == 4
    assert dashboard.daily_series(filters)["series"]["x"] == before
    assert sum(before) == views
    assert dashboard.platform_totals(filters) == totals_before


def test_the_migration_backfills_day_growth_and_links(x_account):
    import importlib

    from django.apps import apps
    from django.db import connection

    backfill = importlib.import_module(
        "analytics.migrations.0002_snapshot_day_and_views_delta"
    ).backfill
    first, second = SyndicationFactory.create_batch(2, posted=True, account=x_account)
    start = timezone.localtime().replace(hour=23, minute=30) - timedelta(days=5)
    MetricSnapshotFactory(syndication=first, collected_at=start, views=5)
    after_midnight = start + timedelta(hours=1)  # 00:30 WIB: the next day
    MetricSnapshotFactory(syndication=first, collected_at=after_midnight, views=9)
    MetricSnapshotFactory(syndication=second, collected_at=start, views=70)
    expected = {row.pk: chain(row) for row in (first, second)}
    MetricSnapshot.objects.update(views_delta=0, superseded_on=None, day=start.date())

    class SchemaEditor:
        quote_name = connection.ops.quote_name

    SchemaEditor.connection = connection
    backfill(apps, SchemaEditor())

    assert {row.pk: chain(row) for row in (first, second)} == expected
    assert expected[first.pk] == [(5, 5, start.date() + timedelta(days=1)), (9, 4, None)]
    assert MetricSnapshot.objects.filter(views=9).get().day == start.date() + timedelta(days=1)


def test_a_videos_views_from_before_the_article_are_not_counted_as_growth():
    video = SyndicationFactory(
        posted=True, account=SocialAccountFactory(platform="youtube"), remote_id="MMCdemo0001"
    )
    first = timezone.localtime().replace(hour=9, minute=5) - timedelta(days=1)
    store_snapshots([(video, Metrics(views=17_000))], first)  # watched for months already
    store_snapshots([(video, Metrics(views=17_450))], first + timedelta(hours=1))

    assert [(views, delta) for views, delta, _day in chain(video)] == [(17_000, 0), (17_450, 450)]
