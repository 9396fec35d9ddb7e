"""The X client: tweepy over a timeout-and-host adapter, errors mapped to ours."""

import json
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
import responses

from syndication.platforms import (
    NeedsReauth,
    Permanent,
    RateLimited,
    Transient,
    UnknownOutcome,
    platform_for,
)
from syndication.platforms.x import TIMEOUT, TWEEPY_HOST
from tests.support.platforms import LINK, SANDBOX, credentials

NOW = 1_800_000_000


@pytest.fixture
def account():
    return platform_for(credentials("x", external_id="1000"), clock=lambda: NOW)


def tweet_ids_asked(call):
    return parse_qs(urlsplit(call.request.url).query)["ids"][0].split(",")


@responses.activate
def test_publishing_creates_a_tweet_on_the_sandbox_host_with_a_timeout(account, payload):
    responses.post(f"{SANDBOX}/2/tweets", status=201, json={"data": {"id": "77", "text": "t"}})

    post = account.publish(payload)

    assert post.remote_id == "77"
    assert post.remote_url == "https://x.com/i/web/status/77"
    call = responses.calls[0]
    assert call.request.url == f"{SANDBOX}/2/tweets"
    assert call.request.req_kwargs["timeout"] == TIMEOUT
    assert json.loads(call.request.body) == {"text": payload.text}
    assert call.request.headers["Authorization"] == "Bearer token-abc"


@responses.activate
def test_the_real_host_is_kept_and_still_gets_a_timeout(payload):
    account = platform_for(credentials("x", base_url=""))
    responses.post(f"{TWEEPY_HOST}/2/tweets", status=201, json={"data": {"id": "1", "text": "t"}})

    account.publish(payload)

    assert responses.calls[0].request.url == f"{TWEEPY_HOST}/2/tweets"
    assert responses.calls[0].request.req_kwargs["timeout"] == TIMEOUT


@responses.activate
def test_oauth1_credentials_sign_the_request_as_the_user(payload):
    account = platform_for(
        credentials("x", consumer_key="ck", consumer_secret="cs", access_token_secret="ats")
    )
    responses.post(f"{SANDBOX}/2/tweets", status=201, json={"data": {"id": "1", "text": "t"}})

    account.publish(payload)

    assert responses.calls[0].request.headers["Authorization"].startswith("OAuth ")


@responses.activate
def test_a_revoked_token_asks_for_reauthorisation(account, payload):
    responses.post(f"{SANDBOX}/2/tweets", status=401, json={"title": "Unauthorized"})

    with pytest.raises(NeedsReauth) as caught:
        account.publish(payload)

    assert caught.value.message == "Token akses kedaluwarsa; hubungkan ulang akun."


@responses.activate
def test_too_many_requests_waits_until_the_rate_limit_resets(account, payload):
    responses.post(
        f"{SANDBOX}/2/tweets",
        status=429,
        json={"title": "Too Many Requests"},
        headers={"x-rate-limit-reset": str(NOW + 120)},
    )

    with pytest.raises(RateLimited) as caught:
        account.publish(payload)

    assert caught.value.retry_after == 120


@responses.activate
def test_a_used_up_daily_posting_cap_waits_for_its_own_reset(account, payload):
    responses.post(
        f"{SANDBOX}/2/tweets",
        status=429,
        json={"title": "Too Many Requests"},
        headers={
            "x-rate-limit-reset": str(NOW + 60),
            "x-user-limit-24hour-reset": str(NOW + 5000),
        },
    )

    with pytest.raises(RateLimited) as caught:
        account.publish(payload)

    assert caught.value.retry_after == 5000


@responses.activate
def test_a_server_error_while_tweeting_leaves_the_outcome_unknown(account, payload):
    responses.post(f"{SANDBOX}/2/tweets", status=503, json={"title": "Service Unavailable"})

    with pytest.raises(UnknownOutcome):
        account.publish(payload)


@responses.activate
def test_a_read_timeout_while_tweeting_leaves_the_outcome_unknown(account, payload):
    responses.post(f"{SANDBOX}/2/tweets", body=requests.ReadTimeout("slow"))

    with pytest.raises(UnknownOutcome):
        account.publish(payload)


@responses.activate
@pytest.mark.parametrize("status", [400, 403])
def test_a_rejected_tweet_is_permanent(account, payload, status):
    responses.post(
        f"{SANDBOX}/2/tweets",
        status=status,
        json={"detail": "You are not allowed to create a Tweet with duplicate content."},
    )

    with pytest.raises(Permanent, match="duplicate content"):
        account.publish(payload)


@responses.activate
def test_find_existing_reads_the_expanded_link_behind_t_co(account, payload):
    responses.get(
        f"{SANDBOX}/2/users/1000/tweets",
        json={
            "data": [
                {"id": "5", "text": "lain https://t.co/a", "edit_history_tweet_ids": ["5"]},
                {
                    "id": "6",
                    "text": "Jembatan https://t.co/b",
                    "edit_history_tweet_ids": ["6"],
                    "entities": {"urls": [{"url": "https://t.co/b", "expanded_url": LINK}]},
                },
            ]
        },
    )

    found = account.find_existing(payload)

    assert found.remote_id == "6"
    query = parse_qs(urlsplit(responses.calls[0].request.url).query)
    assert query["tweet.fields"] == ["entities"]


@responses.activate
def test_find_existing_returns_nothing_without_the_marker(account, payload):
    responses.get(f"{SANDBOX}/2/users/1000/tweets", json={"meta": {"result_count": 0}})

    assert account.find_existing(payload) is None


def _tweets_lookup(request):
    ids = parse_qs(urlsplit(request.url).query)["ids"][0].split(",")
    data = [
        {
            "id": tweet_id,
            "text": "t",
            "edit_history_tweet_ids": [tweet_id],
            "public_metrics": {
                "impression_count": 50,
                "like_count": 4,
                "reply_count": 2,
                "retweet_count": 1,
                "quote_count": 1,
            },
        }
        for tweet_id in ids
        if tweet_id != "13"
    ]
    errors = [{"resource_id": "13", "title": "Not Found Error"}] if "13" in ids else []
    return 200, {}, json.dumps({"data": data, "errors": errors})


@responses.activate
def test_metrics_for_250_tweets_take_three_lookups(account):
    responses.add_callback(responses.GET, f"{SANDBOX}/2/tweets", callback=_tweets_lookup)
    tweet_ids = [str(n) for n in range(250)]

    metrics = account.fetch_metrics(tweet_ids)

    assert len(responses.calls) == 3
    assert [len(tweet_ids_asked(call)) for call in responses.calls] == [100, 100, 50]
    assert "public_metrics" in responses.calls[0].request.url
    assert len(metrics) == 249
    sample = metrics["0"]
    assert (sample.views, sample.likes, sample.comments, sample.shares) == (50, 4, 2, 2)
    assert isinstance(metrics.errors["13"], Permanent)


@responses.activate
def test_a_failed_lookup_keeps_the_other_chunks(account):
    calls = []

    def flaky(request):
        calls.append(request)
        if len(calls) == 2:
            return 503, {}, json.dumps({"title": "Service Unavailable"})
        return _tweets_lookup(request)

    responses.add_callback(responses.GET, f"{SANDBOX}/2/tweets", callback=flaky)

    metrics = account.fetch_metrics([str(n) for n in range(1000, 1250)])

    assert len(calls) == 3
    assert len(metrics) == 150
    assert len(metrics.errors) == 100
    assert all(isinstance(error, Transient) for error in metrics.errors.values())
