"""Contract check: the project's own platform clients work against the sandbox.

These use `syndication.platforms` only as a client would; the sandbox itself never imports it.
"""

import time

import pytest
import requests

from tests.support.sandbox import (
    FB_PAGE,
    FB_TOKEN,
    IG_TOKEN,
    IG_USER,
    X_TOKEN,
    X_USER,
    YT_CHANNEL,
    YT_TOKEN,
    advance_clock,
    set_faults,
)

platforms = pytest.importorskip("syndication.platforms")

LINK = "https://mmc.kalteng.go.id/berita/gubernur/?utm_source=sandbox&utm_content=77"


def payload(**extra):
    return platforms.PostPayload(
        text=f"Gubernur meninjau banjir {LINK}",
        link=LINK,
        marker="utm_content=77",
        image_url="https://mmc.kalteng.go.id/media/a.jpg",
        **extra,
    )


def client(sandbox, platform, external_id, token, **options):
    credentials = platforms.AccountCredentials(
        platform=platform, external_id=external_id, access_token=token, base_url=sandbox.url
    )
    return platforms.platform_for(credentials, **options)


@pytest.mark.parametrize(
    ("platform", "external_id", "token", "options"),
    [
        ("facebook", FB_PAGE, FB_TOKEN, {}),
        ("instagram", IG_USER, IG_TOKEN, {}),
        ("x", X_USER, X_TOKEN, {}),
    ],
)
def test_project_client_publishes_finds_and_measures(
    sandbox, platform, external_id, token, options
):
    account = client(sandbox, platform, external_id, token, **options)
    try:
        posted = account.publish(payload())
    except platforms.StillProcessing as processing:  # Instagram's container, checked again
        posted = account.publish(payload(container_id=processing.container_id))
    assert posted.remote_id
    assert account.find_existing(payload()).remote_id == posted.remote_id
    advance_clock(sandbox, 3600)
    metrics = account.fetch_metrics([posted.remote_id])
    assert metrics[posted.remote_id].views > 0, getattr(metrics, "errors", None)


def test_project_youtube_client_writes_the_description_and_reads_views(sandbox):
    account = client(sandbox, "youtube", YT_CHANNEL, YT_TOKEN)
    posted = account.publish(payload(video_id="MMCdemo0002"))
    assert posted.remote_id == "MMCdemo0002"
    assert account.find_existing(payload(video_id="MMCdemo0002")) == posted
    assert account.fetch_metrics(["MMCdemo0002"])["MMCdemo0002"].views > 0


def test_project_x_client_sees_a_crashed_post_as_unknown_then_finds_it(sandbox):
    account = client(sandbox, "x", X_USER, X_TOKEN)
    set_faults(sandbox, crash_after_post=1.0)
    with pytest.raises(platforms.UnknownOutcome):
        account.publish(payload())
    assert account.find_existing(payload()) is not None


def test_project_facebook_client_classifies_expired_token_as_needs_reauth(sandbox):
    set_faults(sandbox, expired_tokens=[FB_TOKEN])
    with pytest.raises(platforms.NeedsReauth):
        client(sandbox, "facebook", FB_PAGE, FB_TOKEN).publish(payload())


def youtube_requests(sandbox):
    recent = requests.get(f"{sandbox.url}/__sandbox/requests", timeout=5).json()["data"]
    return [call for call in recent if call["path"].startswith("/youtube/")]


def test_a_youtube_read_that_times_out_frees_the_worker_after_one_timeout(sandbox):
    # googleapiclient's own retries waited the whole timeout again for each retry of a
    # timed-out read, so one slow answer held a row in_flight for minutes.
    set_faults(sandbox, latency_ms=1500, platforms=["youtube"])
    account = client(sandbox, "youtube", YT_CHANNEL, YT_TOKEN, timeout=0.3)

    with pytest.raises(platforms.Transient):
        account.publish(payload(video_id="MMCdemo0002"))

    # The sandbox logs a request once it has answered it: the client gave up before that.
    assert youtube_requests(sandbox) == []
    time.sleep(1.5)
    assert len(youtube_requests(sandbox)) == 1
