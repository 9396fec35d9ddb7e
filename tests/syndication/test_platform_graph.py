"""The Graph API client shared by Facebook and Instagram, at the HTTP level."""

import json

import pytest
import requests
import responses

from syndication.platforms.base import (
    NeedsReauth,
    Permanent,
    RateLimited,
    Transient,
    UnknownOutcome,
)
from syndication.platforms.graph import GRAPH_API_VERSION, TIMEOUT, GraphClient
from tests.support.platforms import SANDBOX, graph_batch_answer

NODE = f"{SANDBOX}/{GRAPH_API_VERSION}/1000/feed"


def graph_error(code, subcode=None, **extra):
    error = {"message": "boom", "type": "OAuthException", "code": code, **extra}
    if subcode:
        error["error_subcode"] = subcode
    return {"error": error}


@pytest.fixture
def graph():
    return GraphClient("token-abc", SANDBOX)


@responses.activate
def test_calls_use_the_pinned_version_the_token_and_a_timeout(graph):
    responses.get(NODE, json={"data": []})

    graph.get("1000/feed", {"limit": 5})

    call = responses.calls[0]
    assert f"/{GRAPH_API_VERSION}/1000/feed" in call.request.url
    assert "access_token=token-abc" in call.request.url
    assert call.request.req_kwargs["timeout"] == TIMEOUT


@responses.activate
def test_an_expired_token_asks_for_reauthorisation(graph):
    responses.get(NODE, status=400, json=graph_error(190, 463))

    with pytest.raises(NeedsReauth) as caught:
        graph.get("1000/feed")

    assert caught.value.message == "Token akses kedaluwarsa; hubungkan ulang akun."
    assert caught.value.code == 190
    assert caught.value.raw["error"]["error_subcode"] == 463


@responses.activate
def test_a_missing_permission_asks_for_reauthorisation_with_its_own_message(graph):
    responses.post(NODE, status=403, json=graph_error(200))

    with pytest.raises(NeedsReauth, match="Izin kurang"):
        graph.post("1000/feed", {"message": "x"})


@responses.activate
def test_throttling_waits_as_long_as_the_usage_header_says(graph):
    usage = {"1000": [{"type": "pages", "call_count": 100, "estimated_time_to_regain_access": 7}]}
    responses.get(
        NODE,
        status=400,
        json=graph_error(32),
        headers={"X-Business-Use-Case-Usage": json.dumps(usage)},
    )

    with pytest.raises(RateLimited) as caught:
        graph.get("1000/feed")

    assert caught.value.retry_after == 7 * 60
    assert graph.last_usage["business"]["1000"][0]["call_count"] == 100


@responses.activate
def test_app_throttling_without_an_estimate_waits_a_default_time(graph):
    responses.get(
        NODE, status=400, json=graph_error(4), headers={"X-App-Usage": '{"call_count": 100}'}
    )

    with pytest.raises(RateLimited) as caught:
        graph.get("1000/feed")

    assert caught.value.retry_after > 0
    assert graph.last_usage["app"] == {"call_count": 100}


@responses.activate
@pytest.mark.parametrize("code", [1, 2])
def test_unknown_and_service_errors_on_a_read_are_transient(graph, code):
    responses.get(NODE, status=400, json=graph_error(code))

    with pytest.raises(Transient):
        graph.get("1000/feed")


@responses.activate
def test_an_error_marked_is_transient_is_retried(graph):
    responses.get(NODE, status=400, json=graph_error(9007, is_transient=True))

    with pytest.raises(Transient):
        graph.get("1000/feed")


@responses.activate
def test_a_read_that_times_out_is_not_repeated_at_once(graph):
    call = responses.get(NODE, body=requests.ReadTimeout("slow"))

    with pytest.raises(Transient):
        graph.get("1000/feed")

    assert call.call_count == 1


@responses.activate
def test_a_server_error_on_a_write_leaves_the_outcome_unknown(graph):
    responses.post(NODE, status=500, json=graph_error(2))

    with pytest.raises(UnknownOutcome):
        graph.post("1000/feed", {"message": "x"})


@responses.activate
def test_a_read_timeout_on_a_write_leaves_the_outcome_unknown(graph):
    responses.post(NODE, body=requests.ReadTimeout("slow"))

    with pytest.raises(UnknownOutcome):
        graph.post("1000/feed", {"message": "x"})


@responses.activate
def test_a_connect_timeout_on_a_write_is_safely_transient(graph):
    responses.post(NODE, body=requests.ConnectTimeout("no route"))

    with pytest.raises(Transient):
        graph.post("1000/feed", {"message": "x"})


@responses.activate
def test_an_invalid_parameter_is_permanent(graph):
    responses.post(NODE, status=400, json=graph_error(100))

    with pytest.raises(Permanent) as caught:
        graph.post("1000/feed", {"message": "x"})

    assert caught.value.code == 100


@responses.activate
def test_batch_splits_into_calls_of_fifty_and_parses_each_item_on_its_own(graph):
    def answer_for(relative_url):
        if relative_url.endswith("/7"):
            return 400, graph_error(100)
        if relative_url.endswith("/8"):
            return None
        return 200, {"id": relative_url.rsplit("/", 1)[1]}

    responses.add_callback(responses.POST, f"{SANDBOX}/", callback=graph_batch_answer(answer_for))
    sub_requests = [{"method": "GET", "relative_url": f"v/{n}"} for n in range(120)]

    items = graph.batch(sub_requests)

    assert len(responses.calls) == 3
    assert len(items) == 120
    assert items[0].body == {"id": "0"}
    assert isinstance(items[7].error, Permanent)
    assert isinstance(items[8].error, Transient)
    assert items[119].body == {"id": "119"}
