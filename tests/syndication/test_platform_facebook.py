"""The Facebook Page client against a fake Graph API."""

import json
import re

import pytest
import responses

from syndication.platforms import NeedsReauth, UnknownOutcome, platform_for
from syndication.platforms.facebook import INSIGHT_METRICS
from syndication.platforms.graph import GRAPH_API_VERSION
from tests.support.platforms import MARKER, SANDBOX, credentials, form, graph_batch_answer, insights

API = f"{SANDBOX}/{GRAPH_API_VERSION}"


@pytest.fixture
def page():
    return platform_for(credentials("facebook", external_id="1000"))


@responses.activate
def test_publishing_posts_the_message_and_link_to_the_page_feed(page, payload):
    responses.post(f"{API}/1000/feed", json={"id": "1000_555"})
    responses.get(
        f"{API}/1000_555", json={"id": "1000_555", "permalink_url": "https://fb.com/p/555"}
    )

    post = page.publish(payload)

    assert (post.remote_id, post.remote_url) == ("1000_555", "https://fb.com/p/555")
    sent = form(responses.calls[0])
    assert sent["message"] == payload.text
    assert sent["link"] == payload.link
    assert "fields=permalink_url" in responses.calls[1].request.url


@responses.activate
def test_a_failed_permalink_lookup_never_loses_a_published_post(page, payload):
    responses.post(f"{API}/1000/feed", json={"id": "1000_555"})
    responses.get(f"{API}/1000_555", status=500, json={"error": {"code": 2}})

    post = page.publish(payload)

    assert post.remote_id == "1000_555"
    assert post.remote_url.endswith("1000_555")


@responses.activate
def test_an_expired_page_token_asks_for_reauthorisation(page, payload):
    responses.post(
        f"{API}/1000/feed", status=400, json={"error": {"code": 190, "error_subcode": 460}}
    )

    with pytest.raises(NeedsReauth):
        page.publish(payload)


@responses.activate
def test_a_server_error_while_posting_leaves_the_outcome_unknown(page, payload):
    responses.post(f"{API}/1000/feed", status=503, body="upstream down")

    with pytest.raises(UnknownOutcome):
        page.publish(payload)


@responses.activate
def test_find_existing_recognises_the_post_by_its_marker(page, payload):
    responses.get(
        f"{API}/1000/feed",
        json={
            "data": [
                {"id": "1000_1", "message": "lain", "permalink_url": "u1"},
                # A longer id that starts with ours must not match.
                {"id": "1000_2", "message": "x?utm_content=421", "permalink_url": "u2"},
                {
                    "id": "1000_3",
                    "message": "Jembatan Kahayan",
                    "permalink_url": "u3",
                    "attachments": {"data": [{"unshimmed_url": f"https://m.id/?{MARKER}"}]},
                },
            ]
        },
    )

    found = page.find_existing(payload)

    assert (found.remote_id, found.remote_url) == ("1000_3", "u3")


@responses.activate
def test_find_existing_returns_nothing_when_no_post_carries_the_marker(page, payload):
    responses.get(f"{API}/1000/feed", json={"data": [{"id": "1000_1", "message": "lain"}]})

    assert page.find_existing(payload) is None


@responses.activate
def test_metrics_for_120_posts_take_three_batch_calls(page):
    def answer_for(relative_url):
        return 200, insights(
            post_media_view=100,
            post_total_media_view_unique=80,
            post_clicks=7,
            post_reactions_by_type_total={"like": 3, "love": 2},
        )

    responses.add_callback(responses.POST, f"{SANDBOX}/", callback=graph_batch_answer(answer_for))
    post_ids = [f"1000_{n}" for n in range(120)]

    metrics = page.fetch_metrics(post_ids)

    assert len(responses.calls) == 3
    assert set(metrics) == set(post_ids)
    first = metrics["1000_0"]
    assert (first.views, first.reach, first.clicks, first.likes) == (100, 80, 7, 5)
    sent = json.loads(form(responses.calls[0])["batch"])
    assert sent[0]["relative_url"] == (
        f"{GRAPH_API_VERSION}/1000_0/insights?metric={','.join(INSIGHT_METRICS)}"
    )


@responses.activate
def test_a_rejected_metric_falls_back_without_losing_the_batch(page):
    def answer_for(relative_url):
        post_id, metrics = re.match(r".*/(\w+)/insights\?metric=(.*)", relative_url).groups()
        if post_id == "1000_2" and "post_clicks" in metrics:
            return 400, {"error": {"code": 100, "message": "(#100) invalid metric"}}
        return 200, insights(**{name: 10 for name in metrics.split(",")})

    responses.add_callback(responses.POST, f"{SANDBOX}/", callback=graph_batch_answer(answer_for))

    metrics = page.fetch_metrics(["1000_1", "1000_2", "1000_3"])

    assert set(metrics) == {"1000_1", "1000_2", "1000_3"}
    assert metrics["1000_1"].clicks == 10
    assert metrics["1000_2"].views == 10
    assert metrics["1000_2"].clicks == 0
    assert "post_clicks" not in metrics["1000_2"].raw
    assert metrics.errors == {}


@responses.activate
def test_a_post_that_fails_for_another_reason_is_reported_beside_the_others(page):
    def answer_for(relative_url):
        if "/1000_2/" in relative_url:
            return 400, {"error": {"code": 803, "message": "deleted"}}
        return 200, insights(post_media_view=1)

    responses.add_callback(responses.POST, f"{SANDBOX}/", callback=graph_batch_answer(answer_for))

    metrics = page.fetch_metrics(["1000_1", "1000_2"])

    assert set(metrics) == {"1000_1"}
    assert set(metrics.errors) == {"1000_2"}


@responses.activate
def test_throttling_on_a_metrics_batch_stops_and_keeps_earlier_results(page):
    calls = []

    def callback(request):
        calls.append(request)
        if len(calls) == 1:
            return graph_batch_answer(lambda url: (200, insights(post_media_view=5)))(request)
        return 400, {}, json.dumps({"error": {"code": 32}})

    responses.add_callback(responses.POST, f"{SANDBOX}/", callback=callback)
    post_ids = [f"1000_{n}" for n in range(150)]

    metrics = page.fetch_metrics(post_ids)

    assert len(calls) == 2
    assert len(metrics) == 50
    assert len(metrics.errors) == 100
