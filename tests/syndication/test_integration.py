"""Publishing through a real Celery worker, Redis and the platform sandbox."""

import time

import pytest
import requests
from celery.contrib.testing.worker import start_worker
from django.db import close_old_connections
from django.utils import timezone

from mmc.celery import app
from news.factories import ArticlePageFactory
from syndication.models import SocialAccount, Syndication
from syndication.sandbox_accounts import SANDBOX_VIDEO_IDS, connect_sandbox_accounts
from syndication.tasks import sweep_syndications

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
DONE = {
    Syndication.Status.POSTED,
    Syndication.Status.FAILED,
    Syndication.Status.NEEDS_REAUTH,
    Syndication.Status.SKIPPED,
}


@pytest.fixture
def accounts(sandbox):
    return connect_sandbox_accounts(sandbox.url)


@pytest.fixture
def worker():
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        yield


def faults(sandbox, **settings):
    requests.post(f"{sandbox.url}/__sandbox/faults", json=settings, timeout=5).raise_for_status()


def sandbox_posts(sandbox, platform):
    response = requests.get(
        f"{sandbox.url}/__sandbox/posts", params={"platform": platform}, timeout=5
    )
    return response.json()["data"]


def publish(count):
    articles = []
    for position in range(count):
        article = ArticlePageFactory(
            live=False,
            first_published_at=None,
            youtube_video_id=SANDBOX_VIDEO_IDS[position % len(SANDBOX_VIDEO_IDS)],
            title=f"Pemprov Kalteng Salurkan Bantuan Banjir Tahap {position + 1}",
        )
        article.save_revision().publish()
        articles.append(article)
    return articles


def wait_until_settled(expected_rows, timeout=60, *, skip_waits=False):
    """Let the worker drain; run the sweeper as beat would, once a second.

    `skip_waits` pretends the platforms' rate-limit windows (a minute or more on
    the Graph API) have passed, as the unit tests already pin how long they are.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        close_old_connections()
        rows = list(Syndication.objects.values_list("status", flat=True))
        if len(rows) == expected_rows and set(rows) <= DONE:
            return
        if skip_waits:
            Syndication.objects.filter(
                status__in=Syndication.RETRYABLE, next_attempt_at__gt=timezone.now()
            ).update(next_attempt_at=timezone.now())
        sweep_syndications()
        time.sleep(1)
    unsettled = Syndication.objects.exclude(status__in=DONE - {"failed"}).values_list(
        "account__platform", "status", "attempts", "next_attempt_at", "last_error", "last_error_raw"
    )
    raise AssertionError(f"not settled at {timezone.now()}: {list(unsettled)}")


def test_a_published_article_reaches_all_four_platforms_once(sandbox, accounts, worker):
    (article,) = publish(1)
    wait_until_settled(4)
    assert set(Syndication.objects.values_list("status", flat=True)) == {"posted"}
    for platform in ["facebook", "instagram", "x", "youtube"]:
        assert len(sandbox_posts(sandbox, platform)) == 1, platform

    article.save_revision().publish()  # an edit, republished
    time.sleep(1)
    assert Syndication.objects.count() == 4
    assert len(sandbox_posts(sandbox, "facebook")) == 1


def test_flaky_platforms_with_rate_limits_still_get_every_post_exactly_once(
    sandbox, accounts, worker
):
    faults(sandbox, error_rate=0.3, rate_limit=0.1, rate_limit_reset_s=1, seed=7)
    articles = publish(5)
    wait_until_settled(20, timeout=120, skip_waits=True)

    assert set(Syndication.objects.values_list("status", flat=True)) == {"posted"}
    for platform in ["facebook", "instagram", "x"]:
        assert len(sandbox_posts(sandbox, platform)) == len(articles), platform


def test_a_crash_after_posting_is_reconciled_without_a_duplicate(sandbox, accounts, worker):
    faults(sandbox, crash_after_post=1.0, platforms=["facebook", "x"])
    publish(2)
    time.sleep(3)
    faults(sandbox, crash_after_post=0.0)
    wait_until_settled(8, timeout=90)

    assert set(Syndication.objects.values_list("status", flat=True)) == {"posted"}
    assert len(sandbox_posts(sandbox, "facebook")) == 2
    assert len(sandbox_posts(sandbox, "x")) == 2


def test_an_expired_token_asks_for_reauthorisation_without_a_retry_storm(sandbox, accounts, worker):
    faults(sandbox, expired_tokens=["sandbox-facebook-page-token"])
    publish(3)
    wait_until_settled(12)

    facebook = SocialAccount.objects.get(platform="facebook")
    assert facebook.status == SocialAccount.Status.NEEDS_REAUTH
    statuses = Syndication.objects.filter(account=facebook).values_list("status", flat=True)
    assert set(statuses) == {"needs_reauth"}
    recent = requests.get(f"{sandbox.url}/__sandbox/requests", timeout=5).json()["data"]
    feed_calls = [call for call in recent if "/feed" in call["path"] and call["method"] == "POST"]
    assert len(feed_calls) == 1
