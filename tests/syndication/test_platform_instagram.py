"""The Instagram client: container, status check, publish, quota and insights."""

import json
import re
from dataclasses import replace
from urllib.parse import parse_qsl, urlsplit

import pytest
import responses

from syndication.platforms import (
    Permanent,
    RateLimited,
    StillProcessing,
    UnknownOutcome,
    platform_for,
)
from syndication.platforms.graph import GRAPH_API_VERSION
from tests.support.platforms import MARKER, SANDBOX, credentials, form, graph_batch_answer, insights

API = f"{SANDBOX}/{GRAPH_API_VERSION}"
LIMIT_URL = f"{API}/1789/content_publishing_limit"


@pytest.fixture
def account():
    return platform_for(credentials("instagram", external_id="1789"), poll_interval=4)


def quota(used, total=50):
    return {
        "data": [{"quota_usage": used, "config": {"quota_total": total, "quota_duration": 86400}}]
    }


@responses.activate
def test_a_finished_container_is_published_in_the_same_call(account, payload):
    responses.get(LIMIT_URL, json=quota(2))
    responses.post(f"{API}/1789/media", json={"id": "c1"})
    responses.get(f"{API}/c1", json={"status_code": "FINISHED"})
    responses.post(f"{API}/1789/media_publish", json={"id": "m9"})
    responses.get(f"{API}/m9", json={"permalink": "https://instagram.com/p/m9"})

    post = account.publish(payload)

    assert (post.remote_id, post.remote_url) == ("m9", "https://instagram.com/p/m9")
    container = form(responses.calls[1])
    assert container["image_url"] == payload.image_url
    assert container["caption"] == payload.text
    assert form(responses.calls[3])["creation_id"] == "c1"


@responses.activate
def test_an_unfinished_container_is_handed_back_instead_of_waited_for(account, payload):
    responses.get(LIMIT_URL, json=quota(0))
    responses.post(f"{API}/1789/media", json={"id": "c1"})
    status = responses.get(f"{API}/c1", json={"status_code": "IN_PROGRESS"})
    publish = responses.post(f"{API}/1789/media_publish", json={"id": "m9"})

    with pytest.raises(StillProcessing, match="masih memproses") as caught:
        account.publish(payload)

    assert (caught.value.container_id, caught.value.retry_after) == ("c1", 4)
    assert status.call_count == 1
    assert publish.call_count == 0


@responses.activate
def test_a_later_call_publishes_the_handed_back_container_without_making_another(account, payload):
    container = responses.post(f"{API}/1789/media", json={"id": "c2"})
    responses.get(f"{API}/c1", json={"status_code": "FINISHED"})
    publish = responses.post(f"{API}/1789/media_publish", json={"id": "m9"})
    responses.get(f"{API}/m9", json={"permalink": "https://instagram.com/p/m9"})

    post = account.publish(replace(payload, container_id="c1"))

    assert post.remote_id == "m9"
    assert container.call_count == 0
    assert form(publish.calls[0])["creation_id"] == "c1"


@responses.activate
def test_a_container_already_published_is_left_to_reconciliation(account, payload):
    responses.get(f"{API}/c1", json={"status_code": "PUBLISHED"})
    publish = responses.post(f"{API}/1789/media_publish", json={"id": "m9"})

    with pytest.raises(UnknownOutcome) as caught:
        account.publish(replace(payload, container_id="c1"))

    assert caught.value.container_id == "c1"
    assert publish.call_count == 0


@responses.activate
def test_an_expired_container_is_replaced_by_a_new_one(account, payload):
    responses.get(f"{API}/c1", json={"status_code": "EXPIRED"})
    responses.get(LIMIT_URL, json=quota(0))
    responses.post(f"{API}/1789/media", json={"id": "c2"})
    responses.get(f"{API}/c2", json={"status_code": "FINISHED"})
    publish = responses.post(f"{API}/1789/media_publish", json={"id": "m9"})
    responses.get(f"{API}/m9", json={"permalink": ""})

    assert account.publish(replace(payload, container_id="c1")).remote_id == "m9"
    assert form(publish.calls[0])["creation_id"] == "c2"


@responses.activate
def test_a_failed_status_read_keeps_the_container_for_the_next_check(account, payload):
    responses.get(f"{API}/c1", status=503, json={"error": {"code": 2, "is_transient": True}})

    with pytest.raises(StillProcessing) as caught:
        account.publish(replace(payload, container_id="c1"))

    assert caught.value.container_id == "c1"


@responses.activate
def test_media_not_ready_at_publish_time_is_checked_again_later(account, payload):
    responses.get(f"{API}/c1", json={"status_code": "FINISHED"})
    responses.post(
        f"{API}/1789/media_publish",
        status=400,
        json={"error": {"code": 9007, "error_subcode": 2207027, "message": "Media not ready"}},
    )

    with pytest.raises(StillProcessing) as caught:
        account.publish(replace(payload, container_id="c1"))

    assert caught.value.container_id == "c1"


@responses.activate
def test_a_container_that_errors_is_refused_permanently(account, payload):
    responses.get(LIMIT_URL, json=quota(0))
    responses.post(f"{API}/1789/media", json={"id": "c1"})
    responses.get(f"{API}/c1", json={"status_code": "ERROR"})

    with pytest.raises(Permanent):
        account.publish(payload)


@responses.activate
def test_an_exhausted_publishing_limit_waits_without_creating_a_container(account, payload):
    responses.get(LIMIT_URL, json=quota(50, total=50))
    container = responses.post(f"{API}/1789/media", json={"id": "c1"})

    with pytest.raises(RateLimited, match="Kuota publikasi Instagram") as caught:
        account.publish(payload)

    assert caught.value.retry_after > 0
    assert container.call_count == 0


@responses.activate
def test_a_caption_over_2200_characters_is_refused_before_any_call(account, payload):
    with pytest.raises(Permanent, match="2200"):
        account.publish(replace(payload, text="a" * 2201))

    assert len(responses.calls) == 0


@responses.activate
def test_a_caption_with_31_hashtags_is_refused_before_any_call(account, payload):
    tags = " ".join(f"#tag{n}" for n in range(31))

    with pytest.raises(Permanent, match="30 tagar"):
        account.publish(replace(payload, text=f"Berita {tags}"))

    assert len(responses.calls) == 0


@responses.activate
def test_a_timeout_while_publishing_the_container_leaves_the_outcome_unknown(account, payload):
    responses.get(LIMIT_URL, json=quota(0))
    responses.post(f"{API}/1789/media", json={"id": "c1"})
    responses.get(f"{API}/c1", json={"status_code": "FINISHED"})
    responses.post(f"{API}/1789/media_publish", status=500, json={"error": {"code": 1}})

    with pytest.raises(UnknownOutcome) as caught:
        account.publish(payload)

    assert caught.value.container_id == "c1"


@responses.activate
def test_find_existing_scans_recent_captions_for_the_marker(account, payload):
    responses.get(
        f"{API}/1789/media",
        json={
            "data": [
                {"id": "m1", "caption": "lain", "permalink": "p1"},
                {"id": "m2", "caption": f"Jembatan ... {MARKER}", "permalink": "p2"},
            ]
        },
    )

    found = account.find_existing(payload)

    assert (found.remote_id, found.remote_url) == ("m2", "p2")


def media_pages(pages: list[list[dict]], *, last_has_next=False):
    """Graph's cursor paging as documented: each page names the cursor after it, and `next`
    is there while more pages remain. https://developers.facebook.com/docs/graph-api/results"""

    def answer(request):
        after = dict(parse_qsl(urlsplit(request.url).query)).get("after")
        index = 0 if after is None else int(after.removeprefix("c")) + 1
        page = {"data": pages[index], "paging": {"cursors": {"before": "b", "after": f"c{index}"}}}
        if index + 1 < len(pages) or last_has_next:
            page["paging"]["next"] = f"{API}/1789/media?after=c{index}"
        return 200, {}, json.dumps(page)

    return answer


def captions(count: int, start: int = 0) -> list[dict]:
    return [
        {"id": f"m{n}", "caption": "Berita lain", "permalink": f"p{n}"}
        for n in range(start, start + count)
    ]


@responses.activate
def test_find_existing_reads_on_through_older_pages_of_media(account, payload):
    older = [
        *captions(49, 100),
        {"id": "m2", "caption": f"Jembatan ... {MARKER}", "permalink": "p2"},
    ]
    responses.add_callback(
        responses.GET,
        f"{API}/1789/media",
        callback=media_pages([captions(50), captions(50, 50), older]),
    )

    found = account.find_existing(payload)

    assert (found.remote_id, found.remote_url) == ("m2", "p2")
    assert [
        dict(parse_qsl(urlsplit(call.request.url).query)).get("after") for call in responses.calls
    ] == [None, "c0", "c1"]


@responses.activate
def test_find_existing_stops_at_the_last_page_or_after_four(account, payload):
    responses.add_callback(
        responses.GET,
        f"{API}/1789/media",
        callback=media_pages([captions(50, 50 * n) for n in range(6)], last_has_next=True),
    )

    assert account.find_existing(payload) is None
    assert len(responses.calls) == 4

    responses.calls.reset()
    responses.replace(
        responses.GET,
        f"{API}/1789/media",
        json={"data": captions(3), "paging": {"cursors": {"after": "c0"}}},
    )
    assert account.find_existing(payload) is None
    assert len(responses.calls) == 1


@responses.activate
def test_metrics_for_120_media_take_three_batch_calls(account):
    responses.add_callback(
        responses.POST,
        f"{SANDBOX}/",
        callback=graph_batch_answer(
            lambda url: (200, insights(views=90, reach=60, likes=9, comments=2, shares=1, saved=3))
        ),
    )

    metrics = account.fetch_metrics([f"m{n}" for n in range(120)])

    assert len(responses.calls) == 3
    assert len(metrics) == 120
    m0 = metrics["m0"]
    assert (m0.views, m0.reach, m0.likes, m0.comments, m0.shares) == (90, 60, 9, 2, 1)
    assert m0.raw["saved"] == 3


@responses.activate
def test_a_metric_rejected_for_one_media_falls_back_for_that_media_only(account):
    def answer_for(relative_url):
        media_id, metrics = re.match(r".*/(\w+)/insights\?metric=(.*)", relative_url).groups()
        if media_id == "m2" and "shares" in metrics:
            return 400, {"error": {"code": 100, "message": "metric not supported"}}
        return 200, insights(**{name: 4 for name in metrics.split(",")})

    responses.add_callback(responses.POST, f"{SANDBOX}/", callback=graph_batch_answer(answer_for))

    metrics = account.fetch_metrics(["m1", "m2"])

    assert len(responses.calls) == 2
    assert metrics["m1"].shares == 4
    assert (metrics["m2"].views, metrics["m2"].shares) == (4, 0)


@responses.activate
def test_media_with_too_few_viewers_report_zero_instead_of_failing(account):
    def answer_for(relative_url):
        if "/m2/" in relative_url:
            return 400, {"error": {"code": 10, "message": "(#10) Not enough viewers"}}
        return 200, insights(views=8)

    responses.add_callback(responses.POST, f"{SANDBOX}/", callback=graph_batch_answer(answer_for))

    metrics = account.fetch_metrics(["m1", "m2"])

    assert (metrics["m1"].views, metrics["m2"].views) == (8, 0)
    assert metrics.errors == {}


@responses.activate
def test_a_throttled_item_stops_the_later_batches_but_keeps_its_neighbours(account):
    def answer_for(relative_url):
        if "/m3/" in relative_url:
            return 400, {"error": {"code": 4, "message": "Application request limit reached"}}
        return 200, insights(views=1)

    responses.add_callback(responses.POST, f"{SANDBOX}/", callback=graph_batch_answer(answer_for))

    metrics = account.fetch_metrics([f"m{n}" for n in range(120)])

    assert len(responses.calls) == 1
    assert len(metrics) == 49
    assert isinstance(metrics.errors["m3"], RateLimited)
    assert isinstance(metrics.errors["m119"], RateLimited)
