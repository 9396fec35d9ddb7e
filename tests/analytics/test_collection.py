"""Collecting metrics: due by age, one call per account, failures stay contained."""

import json
import time
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
import responses
from django.utils import timezone

from analytics import cadence, collection
from analytics.collection import collect_metrics, due_syndications
from analytics.factories import MetricSnapshotFactory
from analytics.models import MetricSnapshot
from syndication.factories import SocialAccountFactory, SyndicationFactory
from syndication.models import SocialAccount

pytestmark = [pytest.mark.django_db, pytest.mark.clock]
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
    fresh_never_read = SyndicationFactory(posted=True, account=x_account, age=2 * HOUR)
    fresh_read_just_now = SyndicationFactory(posted=True, account=x_account, age=2 * HOUR)
    MetricSnapshotFactory(syndication=fresh_read_just_now, collected_at=now - timedelta(minutes=10))
    week_old_read_long_ago = SyndicationFactory(
        posted=True, account=x_account, age=timedelta(days=4)
    )
    MetricSnapshotFactory(syndication=week_old_read_long_ago, collected_at=now - 7 * HOUR)
    week_old_read_recently = SyndicationFactory(
        posted=True, account=x_account, age=timedelta(days=4)
    )
    MetricSnapshotFactory(syndication=week_old_read_recently, collected_at=now - 2 * HOUR)
    SyndicationFactory(posted=True, account=x_account, age=timedelta(days=100))

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
        SyndicationFactory(posted=True, account=x_account, remote_id=str(10_000 + number))

    report = collect_metrics()

    assert len(responses.calls) == 3
    assert report.stored == 250
    assert MetricSnapshot.objects.count() == 250
    assert set(MetricSnapshot.objects.values_list("views", "likes", "comments")) == {(70, 5, 1)}


def _not_found(tweet_id):
    return {
        "value": tweet_id,
        "detail": f"Could not find tweet with ids: [{tweet_id}].",
        "title": "Not Found Error",
        "resource_type": "tweet",
        "parameter": "ids",
        "resource_id": tweet_id,
        "type": "https://api.twitter.com/2/problems/resource-not-found",
    }


@responses.activate
def test_ids_that_failed_are_skipped_and_the_rest_are_stored(x_account):
    rows = [
        SyndicationFactory(posted=True, account=x_account, remote_id=str(tweet_id))
        for tweet_id in (101, 102, 103)
    ]

    def lookup(request):
        status, headers, body = _tweets_lookup(request)
        found = json.loads(body)
        found["data"] = [tweet for tweet in found["data"] if tweet["id"] != "102"]
        found["errors"] = [_not_found("102")]
        return status, headers, json.dumps(found)

    responses.add_callback(responses.GET, "http://x.test/2/tweets", callback=lookup)

    report = collect_metrics()

    assert len(responses.calls) == 1
    stored = set(MetricSnapshot.objects.values_list("syndication_id", flat=True))
    assert stored == {rows[0].pk, rows[2].pk}
    assert report.skipped == {"102": "Kiriman X tidak ditemukan atau tidak dapat diakses."}


@responses.activate
def test_a_rate_limited_or_expired_account_stops_only_that_account(x_account):
    facebook = SocialAccountFactory(platform="facebook", base_url="http://graph.test")
    other_x = SocialAccountFactory(platform="x", name="@dprdkalteng", base_url="http://x2.test")
    limited = SyndicationFactory(posted=True, account=x_account, remote_id="9001")
    SyndicationFactory(posted=True, account=facebook)
    kept = SyndicationFactory(posted=True, account=other_x, remote_id="9002")
    responses.add(
        responses.GET,
        "http://x.test/2/tweets",
        status=429,
        json={"title": "Too Many Requests", "detail": "Too Many Requests", "status": 429},
        headers={"x-rate-limit-reset": str(int(time.time()) + 900), "x-rate-limit-remaining": "0"},
    )
    responses.add(
        responses.POST,
        "http://graph.test/",
        status=400,
        json={
            "error": {
                "message": "Error validating access token: Session has expired.",
                "type": "OAuthException",
                "code": 190,
                "error_subcode": 463,
                "fbtrace_id": "AbC",
            }
        },
    )
    responses.add_callback(responses.GET, "http://x2.test/2/tweets", callback=_tweets_lookup)

    report = collect_metrics()

    assert list(MetricSnapshot.objects.values_list("syndication_id", flat=True)) == [kept.pk]
    assert set(report.stopped_accounts) == {x_account.pk, facebook.pk}
    facebook.refresh_from_db()
    assert facebook.status == SocialAccount.Status.NEEDS_REAUTH
    x_account.refresh_from_db()
    assert x_account.status == SocialAccount.Status.ACTIVE
    assert due_syndications() == [limited]

    # The next run remembers X's reset time: no call until the wait is over.
    calls = len(responses.calls)
    again = collect_metrics()
    assert len(responses.calls) == calls
    assert "detik lagi" in again.stopped_accounts[x_account.pk]
    assert 800 < collection.paused_for(x_account) <= 900


@responses.activate
def test_an_unexpected_answer_for_one_account_does_not_stop_the_others(x_account):
    other_x = SocialAccountFactory(platform="x", name="@dprdkalteng", base_url="http://x2.test")
    SyndicationFactory(posted=True, account=x_account, remote_id="9001")
    kept = SyndicationFactory(posted=True, account=other_x, remote_id="9002")
    # A tweet id that is not a number: tweepy itself raises while parsing the answer.
    responses.add(
        responses.GET, "http://x.test/2/tweets", json={"data": [{"id": "x", "text": "t"}]}
    )
    responses.add_callback(responses.GET, "http://x2.test/2/tweets", callback=_tweets_lookup)

    report = collect_metrics()

    assert list(MetricSnapshot.objects.values_list("syndication_id", flat=True)) == [kept.pk]
    assert report.stopped_accounts[x_account.pk].startswith("Gagal membaca metrik")


@responses.activate
def test_a_post_read_this_hour_is_not_read_again(x_account):
    responses.add_callback(responses.GET, "http://x.test/2/tweets", callback=_tweets_lookup)
    SyndicationFactory(posted=True, account=x_account, remote_id="9001")

    collect_metrics()
    collect_metrics()

    assert len(responses.calls) == 1
