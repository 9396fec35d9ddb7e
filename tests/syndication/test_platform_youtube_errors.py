"""Each rule of YouTube's error table, from the body Google documents, through the client.

https://developers.google.com/youtube/v3/docs/errors and
https://developers.google.com/youtube/v3/docs/videos/update#errors. The Google client talks
through httplib2, which `responses` cannot intercept; HttpMockSequence is its HTTP-level fake.
"""

import json

import pytest
from googleapiclient.http import HttpMockSequence

from syndication.platforms import NeedsReauth, Permanent, RateLimited, Transient, platform_for
from syndication.platforms.base import MissingPermission, Restricted, UnknownOutcome
from syndication.platforms.youtube import QuotaBudget
from tests.support.platforms import credentials

SNIPPET = {"title": "Jembatan Kahayan diperbaiki", "categoryId": "25", "description": "lama"}


def documented(status, domain, reason, message):
    body = {
        "error": {
            "errors": [{"domain": domain, "reason": reason, "message": message}],
            "code": status,
            "message": message,
        }
    }
    return ({"status": str(status)}, json.dumps(body))


def listed():
    body = {"items": [{"id": "vid42", "snippet": SNIPPET}]}
    return ({"status": "200"}, json.dumps(body))


def update_answered(answer, payload, budget=None):
    """Publish, with the video found and the update answered by `answer`."""
    http = HttpMockSequence([listed(), answer])
    channel = platform_for(credentials("youtube"), http=http, budget=budget or QuotaBudget())
    with pytest.raises(Exception) as caught:
        channel.publish(payload)
    return caught.value


@pytest.mark.parametrize(
    ("reason", "status", "domain", "kind", "says"),
    [
        ("forbidden", 403, "youtube.video", Permanent, "milik kanal"),
        ("videoNotFound", 404, "youtube.video", Permanent, "tidak ditemukan"),
        ("invalidCategoryId", 400, "youtube.video", Permanent, "Kategori video"),
        ("invalidTitle", 400, "youtube.video", Permanent, "Judul video"),
        ("invalidTags", 400, "youtube.video", Permanent, "Tag video"),
        ("invalidDescription", 400, "youtube.video", Permanent, "deskripsi"),
        ("authError", 401, "global", NeedsReauth, "hubungkan ulang"),
        ("authenticatedUserAccountClosed", 403, "youtube.common", NeedsReauth, "ditutup"),
        ("authenticatedUserAccountSuspended", 403, "youtube.common", Restricted, "perlu banding"),
    ],
)
def test_a_documented_refusal_stops_and_says_what_to_do(
    reason, status, domain, kind, says, payload
):
    error = update_answered(documented(status, domain, reason, f"{reason} documented"), payload)

    assert type(error) is kind
    assert not error.retryable
    assert says in error.message


def test_a_missing_scope_names_the_permission_to_grant(payload):
    error = update_answered(
        documented(403, "global", "insufficientPermissions", "Insufficient Permission"), payload
    )

    assert isinstance(error, MissingPermission)
    assert error.message.startswith("Izin kurang: youtube")


@pytest.mark.parametrize("reason", ["rateLimitExceeded", "userRateLimitExceeded"])
def test_a_rate_limit_waits_a_minute(reason, payload):
    error = update_answered(documented(403, "usageLimits", reason, "Rate Limit Exceeded"), payload)

    assert isinstance(error, RateLimited)
    assert error.retry_after == 60


def test_quota_exceeded_waits_until_the_quota_resets_and_spends_no_more(payload):
    budget = QuotaBudget()
    error = update_answered(
        documented(403, "youtube.quota", "quotaExceeded", "The request cannot be completed"),
        payload,
        budget,
    )

    assert isinstance(error, RateLimited)
    assert error.retry_after == pytest.approx(budget.seconds_until_reset(), abs=5)
    with pytest.raises(RateLimited):
        budget.spend(1)


def test_a_backend_error_on_the_update_is_of_unknown_outcome(payload):
    error = update_answered(documented(503, "global", "backendError", "Backend Error"), payload)

    assert isinstance(error, UnknownOutcome)


def test_a_backend_error_on_a_read_is_transient(payload, monkeypatch):
    monkeypatch.setattr("syndication.platforms.base.time.sleep", lambda seconds: None)
    http = HttpMockSequence([documented(500, "global", "backendError", "Backend Error")] * 3)
    channel = platform_for(credentials("youtube"), http=http, budget=QuotaBudget())

    with pytest.raises(Transient):
        channel.find_existing(payload)
