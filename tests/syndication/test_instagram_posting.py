"""Instagram's slow media containers in the posting state machine, against a fake Graph API."""

import re

import pytest
import responses
from django.utils import timezone

from news.factories import ArticlePageFactory
from syndication import publishing
from syndication.factories import FAKE_GRAPH, SocialAccountFactory
from syndication.models import Syndication
from syndication.platforms.graph import GRAPH_API_VERSION
from syndication.rows import create_syndications

pytestmark = pytest.mark.django_db
API = f"{FAKE_GRAPH}/{GRAPH_API_VERSION}"
IG_USER = "1789"
MEDIA = f"{API}/{IG_USER}/media"
PUBLISH = f"{API}/{IG_USER}/media_publish"
QUOTA = {"data": [{"quota_usage": 0, "config": {"quota_total": 50}}]}


@pytest.fixture
def instagram():
    return SocialAccountFactory(platform="instagram", external_id=IG_USER)


@pytest.fixture
def graph():
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        mock.get(f"{API}/{IG_USER}/content_publishing_limit", json=QUOTA)
        mock.get(f"{API}/m1", json={"permalink": "https://instagram.test/p/m1"})
        yield mock


def new_row(account) -> Syndication:
    (row_id,) = create_syndications(ArticlePageFactory().pk)
    return Syndication.objects.get(pk=row_id, account=account)


def make_due(row):
    Syndication.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now())


def containers_created(graph) -> int:
    posts = [call.request.url for call in graph.calls if call.request.method == "POST"]
    return posts.count(MEDIA)


def test_a_processing_container_frees_the_worker_and_a_later_run_publishes_it(instagram, graph):
    created = graph.post(MEDIA, json={"id": "c1"})
    graph.get(f"{API}/c1", json={"status_code": "IN_PROGRESS"})
    row = new_row(instagram)

    outcome = publishing.attempt(row.pk)

    row.refresh_from_db()
    assert outcome.status == row.status == Syndication.Status.PENDING
    assert outcome.retry_in == pytest.approx(0.05)  # settings.SYNDICATION_PLATFORM_OPTIONS
    assert row.container_id == "c1"
    assert "masih memproses" in row.last_error

    graph.replace(responses.GET, f"{API}/c1", json={"status_code": "FINISHED"})
    published = graph.post(PUBLISH, json={"id": "m1"})
    make_due(row)
    assert publishing.attempt(row.pk).status == Syndication.Status.POSTED

    row.refresh_from_db()
    assert (row.remote_id, row.container_id) == ("m1", "")
    assert created.call_count == 1
    assert published.call_count == 1 and "creation_id=c1" in published.calls[0].request.body


def test_checking_a_container_again_does_not_take_another_rate_token(instagram, graph):
    from core.redis import get_redis

    graph.post(MEDIA, json={"id": "c1"})
    graph.get(f"{API}/c1", json={"status_code": "IN_PROGRESS"})
    row = new_row(instagram)
    publishing.attempt(row.pk)
    # The bucket is now empty: a new post would have to wait its turn.
    client = get_redis()
    seconds, micros = client.time()
    client.hset(f"mmc:bucket:{instagram.pk}", mapping={"tokens": -3, "at": seconds + micros / 1e6})

    graph.replace(responses.GET, f"{API}/c1", json={"status_code": "FINISHED"})
    graph.post(PUBLISH, json={"id": "m1"})
    make_due(row)
    assert publishing.attempt(row.pk).status == Syndication.Status.POSTED


def test_container_checks_slow_down_and_a_container_that_never_finishes_fails(instagram, graph):
    graph.post(MEDIA, json={"id": "c1"})
    graph.get(f"{API}/c1", json={"status_code": "IN_PROGRESS"})
    row = new_row(instagram)

    waits = []
    while (outcome := publishing.attempt(row.pk)).status == Syndication.Status.PENDING:
        waits.append(outcome.retry_in)
        make_due(row)

    assert outcome.status == Syndication.Status.FAILED
    assert len(waits) == publishing.MAX_ATTEMPTS - 1
    assert waits == sorted(waits) and waits[1] == 2 * waits[0]
    assert containers_created(graph) == 1


def test_an_unknown_media_publish_is_reconciled_before_its_container_is_published_again(
    instagram, graph
):
    graph.post(MEDIA, json={"id": "c1"})
    graph.get(f"{API}/c1", json={"status_code": "FINISHED"})
    published = graph.post(PUBLISH, status=502, json={"error": {"code": 1}})
    row = new_row(instagram)

    assert publishing.attempt(row.pk).status == Syndication.Status.UNKNOWN
    row.refresh_from_db()
    assert row.container_id == "c1"

    # The publish did land, but the media list does not show it yet, and the container
    # says PUBLISHED: the row stays unknown rather than publishing anything again.
    graph.get(MEDIA, json={"data": []})
    graph.replace(responses.GET, f"{API}/c1", json={"status_code": "PUBLISHED"})
    make_due(row)
    assert publishing.attempt(row.pk).status == Syndication.Status.UNKNOWN

    graph.replace(
        responses.GET,
        MEDIA,
        json={"data": [{"id": "m1", "caption": f"x utm_content={row.pk}", "permalink": "p/m1"}]},
    )
    make_due(row)
    assert publishing.attempt(row.pk).status == Syndication.Status.POSTED
    row.refresh_from_db()
    assert row.remote_id == "m1"
    assert published.call_count == 1
    assert containers_created(graph) == 1


def test_a_worker_lost_after_the_container_was_stored_publishes_that_container(instagram, graph):
    from datetime import timedelta

    created = graph.post(MEDIA, json={"id": "c2"})
    graph.get(MEDIA, json={"data": []})  # find_existing: nothing published yet
    graph.get(f"{API}/c1", json={"status_code": "FINISHED"})
    published = graph.post(PUBLISH, json={"id": "m1"})
    row = new_row(instagram)
    Syndication.objects.filter(pk=row.pk).update(
        status=Syndication.Status.IN_FLIGHT,
        container_id="c1",
        claimed_at=timezone.now() - timedelta(minutes=11),
    )

    assert publishing.stuck_rows() == [row.pk]
    assert publishing.attempt(row.pk).status == Syndication.Status.POSTED
    assert created.call_count == 0
    assert "creation_id=c1" in published.calls[0].request.body


def test_a_container_that_fails_processing_is_dropped_with_the_row(instagram, graph):
    graph.post(MEDIA, json={"id": "c1"})
    graph.get(f"{API}/c1", json={"status_code": "ERROR"})
    row = new_row(instagram)

    assert publishing.attempt(row.pk).status == Syndication.Status.FAILED
    row.refresh_from_db()
    assert row.container_id == ""
    assert re.search("gagal memproses gambar", row.last_error)
