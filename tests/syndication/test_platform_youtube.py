"""The YouTube client against googleapiclient's HttpMockSequence."""

import json
from dataclasses import replace
from datetime import datetime
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
from googleapiclient.http import HttpMockSequence

from syndication.platforms import (
    NeedsReauth,
    Permanent,
    RateLimited,
    Transient,
    UnknownOutcome,
    platform_for,
)
from syndication.platforms.youtube import InMemoryQuotaCounter, QuotaBudget
from tests.support.platforms import MARKER, SANDBOX, credentials

PACIFIC = ZoneInfo("America/Los_Angeles")
SNIPPET = {
    "publishedAt": "2026-11-20T03:00:00Z",
    "channelId": "UC1",
    "title": "Jembatan Kahayan diperbaiki",
    "description": "lama",
    "thumbnails": {"default": {"url": "https://i.ytimg.com/x.jpg"}},
    "channelTitle": "MMC Kalteng",
    "tags": ["kalteng", "jembatan"],
    "categoryId": "25",
    "liveBroadcastContent": "none",
    "defaultLanguage": "id",
    "localized": {"title": "Jembatan", "description": "lama"},
}


def ok(body):
    return ({"status": "200"}, json.dumps(body))


def error(status, reason, message="nope"):
    body = {"error": {"code": status, "message": message, "errors": [{"reason": reason}]}}
    return ({"status": str(status)}, json.dumps(body))


def snippet_list(snippet=SNIPPET, video_id="vid42"):
    return ok({"items": [{"id": video_id, "snippet": snippet}]})


def channel(http, budget=None):
    return platform_for(credentials("youtube"), http=http, budget=budget or QuotaBudget())


def test_publishing_rewrites_the_description_and_resends_the_whole_snippet(payload):
    http = HttpMockSequence([snippet_list(), ok({"id": "vid42"})])
    budget = QuotaBudget()

    post = channel(http, budget).publish(replace(payload, text="Isi <berita> " + payload.link))

    assert (post.remote_id, post.remote_url) == ("vid42", "https://www.youtube.com/watch?v=vid42")
    (list_uri, _, _, headers), (update_uri, method, body, _) = http.request_sequence
    assert list_uri.startswith(f"{SANDBOX}/youtube/v3/videos?")
    assert parse_qs(urlsplit(list_uri).query)["part"] == ["snippet"]
    assert headers["authorization"] == "Bearer token-abc"
    assert method == "PUT"
    assert parse_qs(urlsplit(update_uri).query)["part"] == ["snippet"]
    sent = json.loads(body)
    assert sent["id"] == "vid42"
    assert sent["snippet"]["title"] == SNIPPET["title"]
    assert sent["snippet"]["categoryId"] == "25"
    assert sent["snippet"]["tags"] == ["kalteng", "jembatan"]
    assert sent["snippet"]["description"] == "Isi \u2039berita\u203a " + payload.link
    assert "thumbnails" not in sent["snippet"]
    assert sum(budget.counter.totals.values()) == 51


def test_a_video_that_is_not_found_is_permanent(payload):
    http = HttpMockSequence([ok({"items": []})])

    with pytest.raises(Permanent, match="tidak ditemukan"):
        channel(http).publish(payload)


def test_the_daily_quota_budget_refuses_a_call_that_would_exceed_it(payload):
    noon = datetime(2026, 11, 27, 12, 0, tzinfo=PACIFIC)
    budget = QuotaBudget(InMemoryQuotaCounter(), daily_units=60, now=lambda: noon)
    http = HttpMockSequence([snippet_list(), ok({"id": "vid42"}), snippet_list()])
    youtube = channel(http, budget)
    youtube.publish(payload)

    with pytest.raises(RateLimited) as caught:
        youtube.publish(payload)

    assert caught.value.retry_after == 12 * 3600
    assert len(http.request_sequence) == 3  # the second update was never sent


def test_quota_exceeded_from_google_waits_until_midnight_pacific(payload):
    late = datetime(2026, 11, 27, 23, 0, tzinfo=PACIFIC)
    budget = QuotaBudget(now=lambda: late)
    http = HttpMockSequence([snippet_list(), error(403, "quotaExceeded")])

    with pytest.raises(RateLimited) as caught:
        channel(http, budget).publish(payload)

    assert caught.value.retry_after == 3600
    with pytest.raises(RateLimited):
        budget.spend(1)


def test_an_expired_token_asks_for_reauthorisation(payload):
    # Without a refresh token google-auth cannot renew, so the 401 stands.
    http = HttpMockSequence([error(401, "authError")])

    with pytest.raises(NeedsReauth):
        channel(http).publish(payload)


def test_a_server_error_on_the_update_leaves_the_outcome_unknown(payload):
    http = HttpMockSequence([snippet_list(), error(503, "backendError")])

    with pytest.raises(UnknownOutcome):
        channel(http).publish(payload)


def test_a_server_error_on_a_read_is_retried_then_transient(payload, monkeypatch):
    monkeypatch.setattr("syndication.platforms.base.time.sleep", lambda seconds: None)
    http = HttpMockSequence([error(500, "backendError")] * 3)

    with pytest.raises(Transient):
        channel(http).publish(payload)


def test_one_flaky_read_does_not_fail_the_update(payload, monkeypatch):
    monkeypatch.setattr("syndication.platforms.base.time.sleep", lambda seconds: None)
    http = HttpMockSequence([error(503, "backendError"), snippet_list(), ok({"id": "vid42"})])

    assert channel(http).publish(payload).remote_id


def test_a_bad_request_is_permanent(payload):
    http = HttpMockSequence([snippet_list(), error(400, "invalidDescription")])

    with pytest.raises(Permanent):
        channel(http).publish(payload)


def test_find_existing_checks_the_video_description_for_the_marker(payload):
    with_marker = {**SNIPPET, "description": f"Baca: https://mmc.id/?{MARKER}"}
    http = HttpMockSequence([snippet_list(with_marker), snippet_list()])
    youtube = channel(http)

    assert youtube.find_existing(payload).remote_id == "vid42"
    assert youtube.find_existing(payload) is None


def test_metrics_for_120_videos_take_three_list_calls():
    video_ids = [f"v{n}" for n in range(120)]

    def statistics(ids):
        items = [
            {"id": video_id, "statistics": {"viewCount": "321", "likeCount": "12"}}
            for video_id in ids
        ]
        return ok({"items": items})

    http = HttpMockSequence(
        [statistics(video_ids[:50]), statistics(video_ids[50:100]), statistics(video_ids[100:])]
    )
    budget = QuotaBudget()

    metrics = channel(http, budget).fetch_metrics(video_ids)

    assert len(http.request_sequence) == 3
    asked = [parse_qs(urlsplit(uri).query) for uri, *_ in http.request_sequence]
    assert [len(query["id"][0].split(",")) for query in asked] == [50, 50, 20]
    assert all(query["part"] == ["statistics"] for query in asked)
    assert len(metrics) == 120
    assert (metrics["v0"].views, metrics["v0"].likes, metrics["v0"].comments) == (321, 12, 0)
    assert sum(budget.counter.totals.values()) == 3


def test_a_failed_metrics_call_keeps_the_other_chunks(monkeypatch):
    monkeypatch.setattr("googleapiclient.http.time.sleep", lambda seconds: None)
    video_ids = [f"v{n}" for n in range(100)]
    http = HttpMockSequence(
        [*[error(500, "backendError")] * 3, ok({"items": [{"id": "v50", "statistics": {}}]})]
    )

    metrics = channel(http).fetch_metrics(video_ids)

    assert set(metrics) == {"v50"}
    assert all(isinstance(metrics.errors[f"v{n}"], Transient) for n in range(50))
    assert isinstance(metrics.errors["v51"], Permanent)


def test_the_quota_counter_is_pluggable_so_workers_can_share_it(payload):
    class SharedCounter:
        def __init__(self):
            self.calls = []

        def incr(self, key, units):
            self.calls.append((key, units))
            return 9_990 + units

    counter = SharedCounter()
    budget = QuotaBudget(counter, now=lambda: datetime(2026, 11, 27, 8, 0, tzinfo=PACIFIC))
    http = HttpMockSequence([snippet_list()])

    with pytest.raises(RateLimited):
        channel(http, budget).publish(payload)

    assert counter.calls[0] == ("youtube-quota:2026-11-27", 1)
    assert counter.calls[-2:] == [
        ("youtube-quota:2026-11-27", 50),
        ("youtube-quota:2026-11-27", -50),
    ]
