"""Collection against the platform sandbox: batched calls, and views that grow."""

from datetime import timedelta

import pytest
import requests
from django.utils import timezone

from analytics.collection import collect_metrics
from analytics.models import MetricSnapshot
from news.factories import ArticlePageFactory
from syndication import publishing
from syndication.factories import SyndicationFactory
from syndication.models import Syndication
from syndication.platforms.base import PostPayload
from syndication.sandbox_accounts import SANDBOX_VIDEO_IDS, connect_sandbox_accounts
from tests.support.sandbox import advance_clock

pytestmark = [pytest.mark.django_db, pytest.mark.clock]


def post_articles(accounts, count):
    for position in range(count):
        article = ArticlePageFactory(youtube_video_id=SANDBOX_VIDEO_IDS[position % 5])
        for account in accounts:
            row = SyndicationFactory(page=article, account=account)
            publishing.attempt(row.pk)
    assert set(Syndication.objects.values_list("status", flat=True)) == {"posted"}


def api_requests(sandbox):
    response = requests.get(f"{sandbox.url}/__sandbox/requests", timeout=5)
    return [call for call in response.json()["data"] if call["method"] == "GET"]


def test_collecting_twice_two_hours_apart_records_growing_views(sandbox):
    accounts = [a for a in connect_sandbox_accounts(sandbox.url) if a.platform != "instagram"]
    post_articles(accounts, 3)
    advance_clock(sandbox, 3600)

    first = collect_metrics()
    advance_clock(sandbox, 7200)
    second = collect_metrics(now=timezone.now() + timedelta(hours=2))

    assert first.stored == second.stored == 9, (first, second)
    for row in Syndication.objects.filter(account__platform__in=["x", "facebook"]):
        earlier, later = row.snapshots.order_by("collected_at")
        assert later.views > earlier.views, row.account.platform
    assert MetricSnapshot.objects.count() == 18


def test_each_account_is_read_with_one_request_per_batch(sandbox):
    (x_account,) = [a for a in connect_sandbox_accounts(sandbox.url) if a.platform == "x"]
    client = x_account.client()
    for number in range(120):
        link = f"https://mmc.kalteng.go.id/berita/{number}/?utm_content={number}"
        remote = client.publish(PostPayload(text=f"Berita {number} {link}", link=link, marker=""))
        SyndicationFactory(posted=True, account=x_account, remote_id=remote.remote_id)

    report = collect_metrics()

    assert report.stored == 120, report
    lookups = [call for call in api_requests(sandbox) if call["path"] == "/2/tweets"]
    assert len(lookups) == 2


def test_two_articles_sharing_one_video_are_both_read_in_one_lookup(sandbox):
    (youtube,) = [a for a in connect_sandbox_accounts(sandbox.url) if a.platform == "youtube"]
    post_articles([youtube], 6)  # the sixth article reuses the first one's video
    shared = Syndication.objects.filter(remote_id=SANDBOX_VIDEO_IDS[0])
    assert shared.count() == 2
    before = len([call for call in api_requests(sandbox) if call["path"] == "/youtube/v3/videos"])

    report = collect_metrics()

    lookups = [call for call in api_requests(sandbox) if call["path"] == "/youtube/v3/videos"]
    assert len(lookups) - before == 1
    assert report.stored == 6, report
    first, second = (row.snapshots.get() for row in shared)
    assert first.views == second.views > 0
