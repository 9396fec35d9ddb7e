"""Collecting metrics: due by age, one call per account, failures stay contained."""

import json
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
import responses
from django.utils import timezone

from analytics import cadence, collection
from analytics.collection import collect_metrics, due_syndications
from analytics.models import MetricSnapshot
from syndication.factories import SocialAccountFactory
from syndication.models import SocialAccount
from syndication.platforms.base import Metrics, MetricsResult, NeedsReauth, Permanent, RateLimited

from .conftest import posted, snapshot

pytestmark = pytest.mark.django_db
HOUR = timedelta(hours=1)


@pytest.mark.parametrize(
    ("age", "interval"),
    [
        (timedelta(hours=3), HOUR),
        (timedelta(hours=47), HOUR),
        (timedelta(days=3), 6 * HOUR),
        (timedelta(days=30), 24 * HOUR),
        (timedelta(days=91), None),
    ],
)
def test_the_cadence_slows_as_a_post_ages_and_stops_after_ninety_days(age, interval):
    assert cadence.interval_for(age) == interval


def test_the_cadence_is_configurable(settings):
    settings.ANALYTICS_COLLECTION_CADENCE = [(timedelta(days=1), timedelta(minutes=15))]
    assert cadence.interval_for(timedelta(hours=2)) == timedelta(minutes=15)
    assert cadence.interval_for(timedelta(days=2)) is None


def test_only_posts_due_by_their_age_are_selected(x_account):
    now = timezone.now()
    fresh_never_read = posted(x_account, age=2 * HOUR)
    fresh_read_just_now = posted(x_account, age=2 * HOUR)
    snapshot(fresh_read_just_now, now - timedelta(minutes=10))
    week_old_read_long_ago = posted(x_account, age=timedelta(days=4))
    snapshot(week_old_read_long_ago, now - 7 * HOUR)
    week_old_read_recently = posted(x_account, age=timedelta(days=4))
    snapshot(week_old_read_recently, now - 2 * HOUR)
    posted(x_account, age=timedelta(days=100))

    due = {row.pk for row in due_syndications(now)}

    assert due == {fresh_never_read.pk, week_old_read_long_ago.pk}


def _tweets_lookup(request):
    ids = parse_qs(urlsplit(request.url).query)["ids"][0].split(",")
    data = [
        {
            "id": tweet_id,
            "text": "t",
            "edit_history_tweet_ids": [tweet_id],
            "public_metrics": {"impression_count": 70, "like_count": 5, "reply_count": 1},
        }
        for tweet_id in ids
    ]
    return 200, {}, json.dumps({"data": data})


@responses.activate
def test_250_due_tweets_take_the_minimum_three_lookups(x_account):
    responses.add_callback(responses.GET, "http://x.test/2/tweets", callback=_tweets_lookup)
    for number in range(250):
        posted(x_account, remote_id=str(10_000 + number))

    report = collect_metrics()

    assert len(responses.calls) == 3
    assert report.stored == 250
    assert MetricSnapshot.objects.count() == 250
    assert set(MetricSnapshot.objects.values_list("views", "likes", "comments")) == {(70, 5, 1)}


class FakePlatform:
    """Answers fetch_metrics from a script keyed by account external id."""

    calls: list = []
    script: dict = {}

    def __init__(self, credentials, **options):
        self.external_id = credentials.external_id

    def fetch_metrics(self, remote_ids):
        FakePlatform.calls.append((self.external_id, list(remote_ids)))
        answer = FakePlatform.script[self.external_id]
        if isinstance(answer, Exception):
            raise answer
        return answer(remote_ids)


@pytest.fixture
def fake_platform(monkeypatch):
    FakePlatform.calls, FakePlatform.script = [], {}
    monkeypatch.setattr(collection, "platform_for", FakePlatform)
    return FakePlatform


def test_ids_that_failed_are_skipped_and_the_rest_are_stored(fake_platform, x_account):
    rows = [posted(x_account, remote_id=f"t{n}") for n in range(3)]

    def answer(remote_ids):
        result = MetricsResult({i: Metrics(views=9) for i in remote_ids if i != "t1"})
        result.errors["t1"] = Permanent("Kiriman X tidak ditemukan.")
        return result

    fake_platform.script[x_account.external_id] = answer

    report = collect_metrics()

    assert fake_platform.calls == [(x_account.external_id, ["t0", "t1", "t2"])]
    stored = set(MetricSnapshot.objects.values_list("syndication_id", flat=True))
    assert stored == {rows[0].pk, rows[2].pk}
    assert report.skipped == {"t1": "Kiriman X tidak ditemukan."}


def test_a_rate_limited_or_expired_account_stops_only_that_account(fake_platform, x_account):
    facebook = SocialAccountFactory(platform="facebook")
    youtube = SocialAccountFactory(platform="youtube")
    posted(x_account)
    posted(facebook)
    kept = posted(youtube)
    fake_platform.script[x_account.external_id] = RateLimited(retry_after=900)
    fake_platform.script[facebook.external_id] = NeedsReauth()
    fake_platform.script[youtube.external_id] = lambda ids: MetricsResult(
        {i: Metrics(views=3) for i in ids}
    )

    report = collect_metrics()

    assert list(MetricSnapshot.objects.values_list("syndication_id", flat=True)) == [kept.pk]
    assert set(report.stopped_accounts) == {x_account.pk, facebook.pk}
    facebook.refresh_from_db()
    assert facebook.status == SocialAccount.Status.NEEDS_REAUTH
    x_account.refresh_from_db()
    assert x_account.status == SocialAccount.Status.ACTIVE


def test_a_post_read_this_hour_is_not_read_again(fake_platform, x_account):
    posted(x_account)
    fake_platform.script[x_account.external_id] = lambda ids: MetricsResult(
        {i: Metrics(views=1) for i in ids}
    )

    collect_metrics()
    collect_metrics()

    assert len(fake_platform.calls) == 1


def test_two_articles_sharing_one_video_both_get_a_snapshot(fake_platform):
    youtube = SocialAccountFactory(platform="youtube")
    first = posted(youtube, remote_id="MMCdemo0001")
    second = posted(youtube, remote_id="MMCdemo0001")
    fake_platform.script[youtube.external_id] = lambda ids: MetricsResult(
        {i: Metrics(views=42) for i in ids}
    )

    collect_metrics()

    assert fake_platform.calls == [(youtube.external_id, ["MMCdemo0001"])]
    assert set(MetricSnapshot.objects.values_list("syndication_id", "views")) == {
        (first.pk, 42),
        (second.pk, 42),
    }
