from urllib.parse import urlsplit, urlunsplit

import pytest
import requests
import tweepy
from requests.adapters import HTTPAdapter

from syndication.sandbox.x_api import weighted_length
from tests.support.sandbox import X_TOKEN, X_USER, advance_clock, set_faults

LINK = "https://mmc.kalteng.go.id/berita/rapat-paripurna-dprd/?utm_source=x&utm_content=42"


class RewriteHost(HTTPAdapter):
    """Sends tweepy's hard-coded api.twitter.com requests to the sandbox."""

    def __init__(self, base_url):
        self.target = urlsplit(base_url)
        super().__init__(max_retries=0)

    def send(self, request, **kwargs):
        original = urlsplit(request.url)
        request.url = urlunsplit(
            (self.target.scheme, self.target.netloc, original.path, original.query, "")
        )
        kwargs["timeout"] = kwargs.get("timeout") or 5
        return super().send(request, **kwargs)


def bearer_client(sandbox, token=X_TOKEN):
    client = tweepy.Client(bearer_token=token, wait_on_rate_limit=False)
    client.session.mount("https://api.twitter.com", RewriteHost(sandbox.url))
    return client


def oauth1_client(sandbox):
    client = tweepy.Client(
        consumer_key="ck",
        consumer_secret="cs",
        access_token=X_TOKEN,
        access_token_secret="ats",
        wait_on_rate_limit=False,
    )
    client.session.mount("https://api.twitter.com", RewriteHost(sandbox.url))
    return client


def test_create_tweet_through_tweepy_answers_201_with_edit_history(sandbox):
    response = bearer_client(sandbox).create_tweet(
        text=f"Rapat paripurna DPRD {LINK}", user_auth=False
    )
    tweet_id = response.data["id"]
    assert response.data["text"] == f"Rapat paripurna DPRD {LINK}"
    assert response.data["edit_history_tweet_ids"] == [tweet_id]
    posts = requests.get(f"{sandbox.url}/__sandbox/posts?platform=x", timeout=5).json()["data"]
    assert [p["remote_id"] for p in posts] == [tweet_id]


def test_oauth1_user_context_is_accepted_by_its_access_token(sandbox):
    client = oauth1_client(sandbox)
    assert client.create_tweet(text="Halo Kalteng").data["id"]
    assert client.get_me().data.id == int(X_USER)


def test_weighted_length_counts_urls_as_23_and_cjk_as_2():
    assert weighted_length("a" * 10) == 10
    assert weighted_length(f"Baca {LINK}") == 5 + 23
    assert weighted_length("日本") == 4
    assert weighted_length("é") == 1


def test_overlong_tweet_is_refused_but_a_long_url_counts_only_23(sandbox):
    client = bearer_client(sandbox)
    with pytest.raises(tweepy.BadRequest) as caught:
        client.create_tweet(text="a" * 281, user_auth=False)
    assert caught.value.response.json()["title"] == "Invalid Request"
    assert any("too long" in m for m in caught.value.api_messages)
    long_url = "https://mmc.kalteng.go.id/" + "x" * 300
    assert client.create_tweet(text="b" * 250 + " " + long_url, user_auth=False).data["id"]


def test_duplicate_tweet_is_forbidden(sandbox):
    client = bearer_client(sandbox)
    client.create_tweet(text="sama", user_auth=False)
    with pytest.raises(tweepy.Forbidden) as caught:
        client.create_tweet(text="sama", user_auth=False)
    assert "duplicate content" in caught.value.response.json()["detail"]


def test_get_tweets_reports_public_metrics_and_missing_ids_as_errors(sandbox):
    client = bearer_client(sandbox)
    tweet_id = client.create_tweet(text="Metrik", user_auth=False).data["id"]
    advance_clock(sandbox, 7200)
    response = client.get_tweets([tweet_id, "1"], tweet_fields=["public_metrics"])
    metrics = response.data[0].public_metrics
    assert set(metrics) == {
        "retweet_count",
        "reply_count",
        "like_count",
        "quote_count",
        "bookmark_count",
        "impression_count",
    }
    assert metrics["impression_count"] > 0
    assert response.errors[0]["resource_id"] == "1"
    assert response.errors[0]["title"] == "Not Found Error"


def test_get_tweets_with_more_than_100_ids_is_a_bad_request(sandbox):
    with pytest.raises(tweepy.BadRequest):
        bearer_client(sandbox).get_tweets([str(i) for i in range(101)])


def test_user_timeline_keeps_the_marker_in_expanded_urls(sandbox):
    client = bearer_client(sandbox)
    client.create_tweet(text=f"Berita {LINK}", user_auth=False)
    response = client.get_users_tweets(X_USER, max_results=100, tweet_fields=["entities"])
    tweet = response.data[0]
    assert "utm_content=42" not in tweet.text  # the text carries a t.co link
    assert tweet.data["entities"]["urls"][0]["expanded_url"] == LINK
    assert response.meta["result_count"] == 1


def test_rate_limit_answers_429_with_reset_headers(sandbox):
    set_faults(sandbox, rate_limit_every=1, rate_limit_reset_s=120)
    with pytest.raises(tweepy.TooManyRequests) as caught:
        bearer_client(sandbox).create_tweet(text="x", user_auth=False)
    headers = caught.value.response.headers
    assert headers["x-rate-limit-remaining"] == "0"
    assert int(headers["x-rate-limit-limit"]) > 0
    assert int(headers["x-rate-limit-reset"]) > 0


def test_unknown_or_expired_token_is_unauthorized(sandbox):
    with pytest.raises(tweepy.Unauthorized):
        bearer_client(sandbox, token="bogus").get_me(user_auth=False)
    set_faults(sandbox, expired_tokens=[X_TOKEN])
    with pytest.raises(tweepy.Unauthorized):
        bearer_client(sandbox).create_tweet(text="x", user_auth=False)


def test_crash_after_post_stores_the_tweet_but_drops_the_answer(sandbox):
    set_faults(sandbox, crash_after_post=1.0)
    with pytest.raises(requests.ConnectionError):
        bearer_client(sandbox).create_tweet(text="Hilang di jalan", user_auth=False)
    posts = requests.get(f"{sandbox.url}/__sandbox/posts?platform=x", timeout=5).json()["data"]
    assert [p["text"] for p in posts] == ["Hilang di jalan"]


def test_crash_mode_502_answers_bad_gateway_after_storing(sandbox):
    set_faults(sandbox, crash_after_post=1.0, crash_mode="502")
    with pytest.raises(tweepy.TwitterServerError):
        bearer_client(sandbox).create_tweet(text="Gateway", user_auth=False)
    posts = requests.get(f"{sandbox.url}/__sandbox/posts?platform=x", timeout=5).json()["data"]
    assert len(posts) == 1
