"""Errors read as the platforms document them, one table per platform, with their own bodies.

Bodies from https://developers.facebook.com/docs/graph-api/guides/error-handling,
https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/error-codes,
https://docs.x.com/x-api/fundamentals/rate-limits and
https://docs.x.com/x-api/fundamentals/response-codes-and-errors.
"""

import pytest
import responses

from syndication.platforms import platform_for
from syndication.platforms.base import (
    CannotReconcile,
    MissingPermission,
    RateLimited,
    Restricted,
    Transient,
)
from syndication.platforms.graph import GRAPH_API_VERSION
from tests.support.platforms import MARKER, SANDBOX, credentials, graph_batch_answer, insights

API = f"{SANDBOX}/{GRAPH_API_VERSION}"
NOW = 1_800_000_000


def meta_error(code, subcode=None, message="", is_transient=False, **extra):
    error = {"message": message, "type": "OAuthException", "code": code, **extra}
    if subcode is not None:
        error["error_subcode"] = subcode
    error |= {"is_transient": is_transient, "fbtrace_id": "A6LJylpZRKw2xKLFsAP-cJh"}
    return {"error": error}


@pytest.fixture
def instagram():
    return platform_for(credentials("instagram", external_id="1789"))


@pytest.fixture
def facebook():
    return platform_for(credentials("facebook", external_id="1001"))


@pytest.fixture
def x_account():
    return platform_for(credentials("x", external_id="1000"), clock=lambda: NOW)


def refuse_container(body):
    responses.get(f"{API}/1789/content_publishing_limit", json={"data": [{"quota_usage": 0}]})
    responses.post(f"{API}/1789/media", status=400, json=body)


@responses.activate
@pytest.mark.parametrize(
    ("code", "subcode", "message"),
    [
        (-2, 2207003, "It takes too long to download the media."),
        (-1, 2207001, "Instagram server error. Try again."),
        (-1, 2207032, "Create media fail, please try to re-create media"),
    ],
)
def test_instagram_errors_meta_says_to_try_again_are_retried(
    instagram, payload, code, subcode, message
):
    refuse_container(meta_error(code, subcode, message, is_transient=False))

    with pytest.raises(Transient) as caught:
        instagram.publish(payload)

    assert "dicoba lagi" in caught.value.message


@responses.activate
def test_an_instagram_action_block_stops_and_asks_for_an_appeal_instead_of_waiting(
    instagram, payload
):
    refuse_container(
        meta_error(
            4,
            2207051,
            "Application request limit reached",
            error_user_title="Action is blocked",
            error_user_msg="We restrict certain activity to protect our community.",
        )
    )

    with pytest.raises(Restricted) as caught:
        instagram.publish(payload)

    assert not isinstance(caught.value, RateLimited)
    assert caught.value.message.startswith("Dibatasi platform — perlu banding")
    assert "ajukan banding" in caught.value.message


@responses.activate
def test_the_instagram_daily_publishing_limit_waits_instead_of_failing(instagram, payload):
    refuse_container(meta_error(9, 2207042, "Application request limit reached"))

    with pytest.raises(RateLimited) as caught:
        instagram.publish(payload)

    assert caught.value.retry_after == 3600


@responses.activate
def test_a_policy_block_is_a_long_wait_the_editor_can_read(facebook, payload):
    responses.post(
        f"{API}/1001/feed",
        status=400,
        json=meta_error(
            368, message="It looks like you were misusing this feature by going too fast."
        ),
    )

    with pytest.raises(RateLimited) as caught:
        facebook.publish(payload)

    assert caught.value.retry_after == 6 * 3600
    assert "kebijakan" in caught.value.message


@responses.activate
def test_is_transient_is_honoured_for_a_code_no_table_lists(facebook, payload):
    responses.post(
        f"{API}/1001/feed", status=400, json=meta_error(12345, message="x", is_transient=True)
    )

    with pytest.raises(Transient):
        facebook.publish(payload)


def refuse_insights(message, code=10):
    def answer_for(relative_url):
        if "/p2/" in relative_url:
            return 400, meta_error(code, message=message)
        return 200, insights(post_media_view=8, views=8)

    responses.add_callback(responses.POST, f"{SANDBOX}/", callback=graph_batch_answer(answer_for))


@responses.activate
def test_a_refused_insights_permission_is_an_error_naming_it_not_a_zero_reading(facebook):
    refuse_insights("(#10) Application does not have permission for this action")

    metrics = facebook.fetch_metrics(["p1", "p2"])

    assert metrics["p1"].views == 8
    assert "p2" not in metrics
    error = metrics.errors["p2"]
    assert isinstance(error, MissingPermission)
    assert error.message.startswith("Izin kurang: read_insights")


@responses.activate
def test_the_permission_meta_names_is_the_one_the_editor_is_told(instagram):
    refuse_insights("(#200) Requires instagram_manage_insights permission", code=200)

    metrics = instagram.fetch_metrics(["p1", "p2"])

    assert metrics.errors["p2"].message.startswith("Izin kurang: instagram_manage_insights")


@responses.activate
def test_too_few_viewers_is_still_no_data_rather_than_a_permission_problem(instagram):
    refuse_insights("(#10) Not enough viewers for the media to show insights")

    metrics = instagram.fetch_metrics(["p1", "p2"])

    assert metrics.errors == {}
    assert metrics["p2"].views == 0


@responses.activate
def test_a_used_up_daily_app_cap_on_x_waits_until_its_reset(x_account, payload):
    responses.post(
        f"{SANDBOX}/2/tweets",
        status=429,
        json={"title": "Too Many Requests", "detail": "Too Many Requests", "status": 429},
        headers={
            "x-rate-limit-remaining": "899",
            "x-rate-limit-reset": str(NOW + 600),
            "x-app-limit-24hour-limit": "17",
            "x-app-limit-24hour-remaining": "0",
            "x-app-limit-24hour-reset": str(NOW + 8 * 3600),
        },
    )

    with pytest.raises(RateLimited) as caught:
        x_account.publish(payload)

    assert caught.value.retry_after == 8 * 3600
    assert caught.value.message.startswith("Menunggu batas harian X")


@responses.activate
def test_a_daily_cap_with_posts_left_does_not_stretch_a_window_wait(x_account, payload):
    responses.post(
        f"{SANDBOX}/2/tweets",
        status=429,
        json={"title": "Too Many Requests"},
        headers={
            "x-rate-limit-reset": str(NOW + 600),
            "x-app-limit-24hour-remaining": "5",
            "x-app-limit-24hour-reset": str(NOW + 8 * 3600),
        },
    )

    with pytest.raises(RateLimited) as caught:
        x_account.publish(payload)

    assert caught.value.retry_after == 600


@responses.activate
def test_reconciling_without_timeline_access_asks_for_a_manual_check_showing_the_marker(
    x_account, payload
):
    responses.get(
        f"{SANDBOX}/2/users/1000/tweets",
        status=403,
        json={
            "client_id": "29217071",
            "detail": "When authenticating requests to the Twitter API v2 endpoints, you must "
            "use keys and tokens from a Twitter developer App that is attached to a Project.",
            "registration_url": "https://developer.twitter.com/en/docs/projects/overview",
            "title": "Client Forbidden",
            "required_enrollment": "Appropriate Level of API Access",
            "reason": "client-not-enrolled",
            "type": "https://api.twitter.com/2/problems/client-forbidden",
        },
    )

    with pytest.raises(CannotReconcile) as caught:
        x_account.find_existing(payload)

    assert caught.value.message.startswith("Belum pasti — periksa manual")
    assert MARKER in caught.value.message
