"""Rate slots, queue order and row claims: many workers, one post per row."""

import pytest
from django.db import connection

from news.factories import ArticlePageFactory
from syndication import publishing
from syndication.models import Syndication

pytestmark = pytest.mark.django_db


def test_a_backlog_gets_ordered_rate_slots_instead_of_racing_for_one_token():
    from core.redis import get_redis
    from syndication.ratelimit import TokenBucket, bucket_for

    def redis_now() -> float:
        seconds, micros = get_redis().time()  # the bucket's own clock
        return seconds + micros / 1e6

    rate, capacity = bucket_for("instagram")
    bucket = TokenBucket(account_id=999_001, platform="instagram")
    started = redis_now()
    waits = [bucket.take() for _ in range(capacity + 3)]
    elapsed = redis_now() - started

    assert waits[:capacity] == [0.0] * capacity
    slots = waits[capacity:]
    assert slots == sorted(slots) and len(set(slots)) == 3
    # The first slot is one token's time away, less what refilled while the takes ran (a
    # busy machine makes each take a few milliseconds).
    assert 1 / rate - elapsed <= slots[0] <= 1 / rate + 1e-9


def test_a_row_that_waited_for_its_rate_slot_does_not_take_a_second_token(
    facebook, graph, row_for, feed
):
    from core.redis import get_redis

    graph.post(feed, json={"id": "1001_91"})
    row = row_for(ArticlePageFactory(), facebook)
    client = get_redis()
    seconds, micros = client.time()
    # Two seconds in debt at the test settings' 20 tokens/s: a slot, not a token, even on a
    # slow machine.
    client.hset(f"mmc:bucket:{facebook.pk}", mapping={"tokens": -40, "at": seconds + micros / 1e6})

    assert publishing.attempt(row.pk).status == Syndication.Status.PENDING
    row.refresh_from_db()
    assert row.holds_rate_slot
    Syndication.objects.filter(pk=row.pk).update(next_attempt_at=None)  # its slot has come
    assert publishing.attempt(row.pk).status == Syndication.Status.POSTED


def test_follow_up_runs_jump_ahead_of_a_burst_of_newly_published_rows(
    facebook, django_capture_on_commit_callbacks
):
    from mmc.celery import app
    from syndication.tasks import syndicate

    with app.connection_for_write() as connection:
        queue = connection.SimpleQueue("celery")
        queue.clear()
        try:
            with django_capture_on_commit_callbacks(execute=True):
                for article in ArticlePageFactory.create_batch(3, live=False):
                    article.save_revision().publish()
            # Queued after the burst, as syndicate reschedules itself (a container check).
            syndicate.apply_async((999_999,), countdown=0)

            first = queue.get(timeout=2)
            first.ack()
            assert first.headers["argsrepr"] == "(999999,)"
        finally:
            queue.clear()


def test_the_sweeper_queues_behind_new_rows_so_a_busy_sweep_never_starves_them(
    facebook, django_capture_on_commit_callbacks, row_for
):
    from django.utils import timezone

    from mmc.celery import app
    from syndication.tasks import sweep_syndications, syndicate

    overdue = row_for(ArticlePageFactory(), facebook)
    Syndication.objects.filter(pk=overdue.pk).update(next_attempt_at=timezone.now())
    with app.connection_for_write() as connection:
        queue = connection.SimpleQueue("celery")
        queue.clear()
        try:
            with django_capture_on_commit_callbacks(execute=True):
                ArticlePageFactory(live=False).save_revision().publish()
            (new_row,) = Syndication.objects.exclude(pk=overdue.pk).values_list("pk", flat=True)
            assert sweep_syndications() == 1
            syndicate.apply_async((999_999,), countdown=0)  # a follow-up

            order = []
            for _ in range(3):
                message = queue.get(timeout=2)
                message.ack()
                order.append(message.headers["argsrepr"])
            assert order == ["(999999,)", f"({new_row},)", f"({overdue.pk},)"]
        finally:
            queue.clear()


@pytest.mark.stages_in_flight  # a worker holds the row when the test ends
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_row_is_claimed_while_another_article_goes_to_the_same_account(facebook):
    import threading

    from django.db import transaction

    if connection.vendor != "postgresql":
        pytest.skip("row locks are PostgreSQL's; SQLite locks the whole database")
    row = Syndication.objects.create(page=ArticlePageFactory(), account=facebook)
    other = ArticlePageFactory()
    inserted, release = threading.Event(), threading.Event()

    def publish_elsewhere():
        # Inserting a row that references the account share-locks the account row while the
        # foreign key is checked: at commit, as Django defers the check; held open here.
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            Syndication.objects.create(page=other, account=facebook)
            inserted.set()
            release.wait(10)
        connection.close()

    elsewhere = threading.Thread(target=publish_elsewhere)
    elsewhere.start()
    try:
        assert inserted.wait(10)
        claimed, _was_unknown = publishing.claim(row.pk)
    finally:
        release.set()
        elsewhere.join()

    assert claimed is not None and claimed.status == Syndication.Status.IN_FLIGHT


@pytest.mark.stages_in_flight  # a worker holds the row when the test ends
def test_a_row_whose_worker_died_is_reconciled_once_the_task_could_no_longer_be_running(
    facebook, settings
):
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    limit = timedelta(seconds=settings.SYNDICATION_TASK_TIME_LIMIT)
    still_running, abandoned = (
        Syndication.objects.create(
            page=ArticlePageFactory(),
            account=facebook,
            status=Syndication.Status.IN_FLIGHT,
            claimed_at=now - age,
        )
        for age in (limit, limit + timedelta(minutes=2))
    )

    assert publishing.stuck_rows(now=now) == [abandoned.pk]
    abandoned.refresh_from_db()
    still_running.refresh_from_db()
    assert abandoned.status == Syndication.Status.UNKNOWN  # reconciled before any new post
    assert still_running.status == Syndication.Status.IN_FLIGHT
    # Well before the old ten-minute wait.
    assert publishing.in_flight_deadline() < timedelta(minutes=5)
