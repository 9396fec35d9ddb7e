"""The sandbox answers with the platforms' documented errors on request (its faults)."""

import json
import time

import requests

from syndication.sandbox import seed
from tests.support.sandbox import FB_PAGE, FB_TOKEN, X_TOKEN, X_USER, YT_TOKEN, set_faults

BLOCKED = {
    "code": 4,
    "error_subcode": 2207051,
    "is_transient": False,
    "message": "Application request limit reached",
    "error_user_title": "Action is blocked",
}


def graph(sandbox, method, path, **params):
    params["access_token"] = FB_TOKEN
    key = "data" if method == "POST" else "params"
    return requests.request(method, f"{sandbox.url}/{path}", timeout=5, **{key: params})


def test_a_graph_error_is_answered_with_meta_s_body_on_the_edge_it_names(sandbox):
    set_faults(sandbox, graph_error=BLOCKED, graph_error_edge="feed")

    refused = graph(sandbox, "POST", f"v24.0/{FB_PAGE}/feed", message="Banjir", link="https://a.b/")
    page = graph(sandbox, "GET", f"v24.0/{FB_PAGE}", fields="name")

    assert refused.status_code == 400
    error = refused.json()["error"]
    assert (error["code"], error["error_subcode"], error["is_transient"]) == (4, 2207051, False)
    assert error["error_user_title"] == "Action is blocked"
    assert page.status_code == 200


def test_a_graph_error_reaches_batch_sub_requests_and_can_carry_its_own_status(sandbox):
    set_faults(sandbox, graph_error={"code": 2, "status": 503}, graph_error_edge="insights")
    batch = [{"method": "GET", "relative_url": f"v24.0/{FB_PAGE}_1/insights?metric=post_clicks"}]

    answers = graph(sandbox, "POST", "", batch=json.dumps(batch), include_headers="false").json()

    assert answers[0]["code"] == 503
    assert json.loads(answers[0]["body"])["error"]["code"] == 2


def test_a_graph_error_needs_a_code(sandbox):
    response = requests.post(
        f"{sandbox.url}/__sandbox/faults", json={"graph_error": {"message": "x"}}, timeout=5
    )

    assert response.status_code == 400


def test_x_answers_a_used_up_daily_app_cap_with_its_24_hour_headers(sandbox):
    set_faults(sandbox, x_daily_cap_reset_s=7200)

    response = requests.post(
        f"{sandbox.url}/2/tweets",
        json={"text": "Rapat paripurna"},
        headers={"Authorization": f"Bearer {X_TOKEN}"},
        timeout=5,
    )

    assert response.status_code == 429
    assert response.headers["x-app-limit-24hour-remaining"] == "0"
    reset_in = int(response.headers["x-app-limit-24hour-reset"]) - time.time()
    assert 7100 < reset_in <= 7200


def test_x_refuses_the_timeline_as_on_a_tier_without_it(sandbox):
    set_faults(sandbox, x_timeline_forbidden=True)

    response = requests.get(
        f"{sandbox.url}/2/users/{X_USER}/tweets",
        headers={"Authorization": f"Bearer {X_TOKEN}"},
        timeout=5,
    )

    assert response.status_code == 403
    assert response.json()["reason"] == "client-not-enrolled"


def test_youtube_answers_a_documented_error_on_the_call_it_names(sandbox):
    set_faults(
        sandbox,
        youtube_error={
            "status": 403,
            "reason": "authenticatedUserAccountSuspended",
            "domain": "youtube.common",
        },
        youtube_error_method="PUT",
    )
    video_id = seed.DEMO_VIDEOS[0][0]
    auth = {"Authorization": f"Bearer {YT_TOKEN}"}

    listed = requests.get(
        f"{sandbox.url}/youtube/v3/videos",
        params={"part": "snippet", "id": video_id},
        headers=auth,
        timeout=5,
    )
    refused = requests.put(
        f"{sandbox.url}/youtube/v3/videos",
        params={"part": "snippet"},
        json={"id": video_id, "snippet": listed.json()["items"][0]["snippet"]},
        headers=auth,
        timeout=5,
    )

    assert listed.status_code == 200
    assert refused.status_code == 403
    (error,) = refused.json()["error"]["errors"]
    assert (error["reason"], error["domain"]) == (
        "authenticatedUserAccountSuspended",
        "youtube.common",
    )


def test_a_youtube_error_needs_a_status_and_a_reason(sandbox):
    response = requests.post(
        f"{sandbox.url}/__sandbox/faults",
        json={"youtube_error": {"reason": "forbidden"}},
        timeout=5,
    )

    assert response.status_code == 400
