import uuid
from datetime import timedelta

import pytest
from celery.contrib.testing.worker import start_worker
from django.conf import settings
from django.utils import timezone
from django_celery_beat.models import PeriodicTask
from django_celery_beat.schedulers import DatabaseScheduler
from wagtail.models import Page

from home.models import HomePage
from mmc.celery import app
from mmc.tasks import ping, publish_scheduled


def test_a_task_travels_through_redis_to_a_worker_and_back():
    assert app.conf.broker_url.startswith("redis://")
    assert app.conf.result_backend.startswith("redis://")
    token = uuid.uuid4().hex
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        result = ping.delay(token)
        payload = result.get(timeout=20)
    assert payload["token"] == token
    assert payload["host"]


def test_reliability_settings_are_in_force():
    conf = app.conf
    assert conf.task_acks_late is True
    assert conf.task_reject_on_worker_lost is True
    assert conf.worker_prefetch_multiplier == 1
    assert conf.broker_connection_max_retries is None  # a worker never gives up on Redis
    assert conf.task_serializer == "json"
    assert conf.result_serializer == "json"
    assert conf.accept_content == ["json"]
    assert (
        conf.broker_transport_options["visibility_timeout"] > settings.CELERY_MAX_COUNTDOWN_SECONDS
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # beat closes connections
def test_beat_keeps_a_minutely_publish_scheduled_entry_in_the_database():
    assert app.conf.beat_scheduler == "django_celery_beat.schedulers:DatabaseScheduler"
    DatabaseScheduler(app=app)
    entry = PeriodicTask.objects.get(name="publish-scheduled-pages")
    assert entry.task == "mmc.publish_scheduled"
    assert entry.enabled
    assert entry.crontab.minute == "*"


@pytest.mark.clock
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_worker_publishes_a_page_whose_go_live_time_has_passed():
    draft = HomePage.objects.get().add_child(
        instance=Page(title="Terjadwal", slug="terjadwal", live=False)
    )
    draft.save_revision(approved_go_live_at=timezone.now() - timedelta(seconds=5))
    assert not Page.objects.get(pk=draft.pk).live

    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        publish_scheduled.delay().get(timeout=30)

    assert Page.objects.get(pk=draft.pk).live
