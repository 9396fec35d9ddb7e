"""The posting state machine against HTTP-level fakes of the Graph API."""

import re

import pytest
import requests
import responses
from django.db import connection

from news.factories import ArticlePageFactory
from syndication import publishing
from syndication.factories import FAKE_GRAPH, SocialAccountFactory
from syndication.models import SocialAccount, Syndication
from syndication.options import SocialOption
from syndication.platforms.graph import GRAPH_API_VERSION
from syndication.rows import create_syndications

pytestmark = pytest.mark.django_db
FEED = re.compile(rf"{FAKE_GRAPH}/{GRAPH_API_VERSION}/\d+/feed")
POST = re.compile(rf"{FAKE_GRAPH}/{GRAPH_API_VERSION}/\d+_\d+")


@pytest.fixture
def facebook():
    return SocialAccountFactory(platform="facebook", external_id="1001")


@pytest.fixture
def graph():
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        mock.get(POST, json={"permalink_url": "https://facebook.test/1001/posts/77"})
        yield mock


def row_for(article, account):
    (row_id,) = [
        pk
        for pk in create_syndications(article.pk)
        if Syndication.objects.get(pk=pk).account_id == account.pk
    ]
    return Syndication.objects.get(pk=row_id)


def posts_sent(graph) -> list[str]:
    return [call.request.body for call in graph.calls if call.request.method == "POST"]


def test_publishing_an_article_creates_one_row_per_enabled_account_once(
    facebook, django_capture_on_commit_callbacks
):
    SocialAccountFactory(platform="x", enabled=False)
    article = ArticlePageFactory(live=False, first_published_at=None)
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()  # an edit, republished
    article.unpublish()
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()  # unpublished, then back

    assert list(Syndication.objects.values_list("page_id", "account_id")) == [
        (article.pk, facebook.pk)
    ]


def test_scheduling_an_article_posts_nothing_until_it_goes_live(
    facebook, django_capture_on_commit_callbacks
):
    from datetime import timedelta

    from django.utils import timezone

    article = ArticlePageFactory(live=False, first_published_at=None)
    article.go_live_at = timezone.now() + timedelta(hours=1)
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert not Syndication.objects.exists()


def test_a_post_goes_out_with_its_utm_marker_and_is_recorded_at_once(facebook, graph):
    graph.post(FEED, json={"id": "1001_77"})
    article = ArticlePageFactory(title="Gubernur Resmikan Jembatan", tags=["jembatan"])
    row = row_for(article, facebook)

    outcome = publishing.attempt(row.pk)

    row.refresh_from_db()
    assert outcome.status == row.status == Syndication.Status.POSTED
    assert (row.remote_id, row.remote_url) == ("1001_77", "https://facebook.test/1001/posts/77")
    (body,) = posts_sent(graph)
    assert "Gubernur+Resmikan+Jembatan" in body
    assert f"utm_content%3D{row.pk}" in body and "utm_source%3Dfacebook" in body
    assert publishing.attempt(row.pk) is None  # posted rows are never claimed again


def test_a_timeout_after_sending_is_reconciled_and_never_posts_twice(facebook, graph):
    graph.post(FEED, status=502, json={"error": {"message": "Bad gateway", "code": 1}})
    article = ArticlePageFactory()
    row = row_for(article, facebook)

    assert publishing.attempt(row.pk).status == Syndication.Status.UNKNOWN
    row.refresh_from_db()
    assert "tidak diketahui" in row.last_error

    # The post did land: the page feed shows it with our marker.
    graph.get(
        FEED,
        json={
            "data": [
                {
                    "id": "1001_88",
                    "permalink_url": "https://facebook.test/1001/posts/88",
                    "message": f"x https://mmc.test/?utm_content={row.pk}",
                }
            ]
        },
    )
    Syndication.objects.filter(pk=row.pk).update(next_attempt_at=None)
    assert publishing.attempt(row.pk).status == Syndication.Status.POSTED
    assert len(posts_sent(graph)) == 1
    row.refresh_from_db()
    assert row.remote_id == "1001_88"


def test_an_editor_retrying_an_unknown_row_never_posts_twice(facebook, graph):
    graph.post(FEED, status=502, json={"error": {"message": "Bad gateway", "code": 1}})
    row = row_for(ArticlePageFactory(), facebook)
    assert publishing.attempt(row.pk).status == Syndication.Status.UNKNOWN
    graph.get(
        FEED,
        json={"data": [{"id": "1001_89", "message": f"x https://mmc.test/?utm_content={row.pk}"}]},
    )

    row.refresh_from_db()
    row.reset_for_retry()  # the editor's Coba lagi
    assert publishing.attempt(row.pk).status == Syndication.Status.POSTED

    assert len(posts_sent(graph)) == 1
    row.refresh_from_db()
    assert row.remote_id == "1001_89"


def test_an_expired_token_flags_the_account_and_stops_all_its_posts(facebook, graph):
    graph.post(
        FEED,
        status=400,
        json={
            "error": {
                "message": "Error validating access token: Session has expired",
                "type": "OAuthException",
                "code": 190,
                "error_subcode": 463,
            }
        },
    )
    first, second = (row_for(ArticlePageFactory(), facebook) for _ in range(2))

    assert publishing.attempt(first.pk).status == Syndication.Status.NEEDS_REAUTH
    assert publishing.attempt(second.pk).status == Syndication.Status.NEEDS_REAUTH

    facebook.refresh_from_db()
    assert facebook.status == SocialAccount.Status.NEEDS_REAUTH
    assert "hubungkan ulang" in facebook.status_reason
    assert len(posts_sent(graph)) == 1  # no retry storm
    first.refresh_from_db()
    assert "Session has expired" in first.last_error_raw


def test_a_rate_limit_waits_as_long_as_the_platform_says(facebook, graph):
    graph.post(
        FEED,
        status=400,
        json={"error": {"message": "Page request limit reached", "code": 32}},
        headers={
            "X-Business-Use-Case-Usage": '{"1001":[{"type":"pages","call_count":100,'
            '"estimated_time_to_regain_access":7}]}'
        },
    )
    row = row_for(ArticlePageFactory(), facebook)
    outcome = publishing.attempt(row.pk)
    assert outcome.status == Syndication.Status.PENDING
    assert outcome.retry_in == pytest.approx(7 * 60)
    assert publishing.attempt(row.pk) is None  # not due yet


def test_a_permanent_refusal_stops_with_a_readable_message(facebook, graph):
    graph.post(
        FEED,
        status=400,
        json={
            "error": {"message": "(#100) Invalid parameter", "type": "OAuthException", "code": 100}
        },
    )
    row = row_for(ArticlePageFactory(), facebook)
    assert publishing.attempt(row.pk).status == Syndication.Status.FAILED
    row.refresh_from_db()
    assert row.last_error and "(#100)" in row.last_error_raw


def test_youtube_is_skipped_for_an_article_without_a_video():
    youtube = SocialAccountFactory(platform="youtube", base_url="http://youtube.test")
    row = row_for(ArticlePageFactory(youtube_video_id=""), youtube)
    assert publishing.attempt(row.pk).status == Syndication.Status.SKIPPED
    row.refresh_from_db()
    assert row.last_error == "Artikel tidak memiliki video YouTube."


def test_an_editor_can_opt_an_article_out_of_a_platform(facebook, graph):
    article = ArticlePageFactory()
    SocialOption.objects.create(page=article, platform="facebook", skip=True)
    row = row_for(article, facebook)
    assert publishing.attempt(row.pk).status == Syndication.Status.SKIPPED
    assert posts_sent(graph) == []


def test_tokens_are_encrypted_at_rest(facebook):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT access_token FROM syndication_socialaccount WHERE id = %s", [facebook.pk]
        )
        (stored,) = cursor.fetchone()
    assert facebook.access_token.startswith("EAAB-token-")
    assert facebook.access_token not in stored
    assert SocialAccount.objects.get(pk=facebook.pk).access_token == facebook.access_token


def test_rotating_keys_re_encrypts_every_token_with_the_new_key(settings):
    from cryptography.fernet import Fernet
    from django.core.management import call_command

    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.TOKEN_ENCRYPTION_KEYS = [old_key]
    account = SocialAccountFactory(access_token="EAAB-rotate-me")
    settings.TOKEN_ENCRYPTION_KEYS = [new_key, old_key]
    call_command("rotate_token_keys", stdout=None)

    settings.TOKEN_ENCRYPTION_KEYS = [new_key]  # the old key is gone
    assert SocialAccount.objects.get(pk=account.pk).access_token == "EAAB-rotate-me"


def test_a_token_echoed_in_a_platform_error_is_never_stored(facebook, graph):
    graph.post(
        FEED,
        body=requests.ConnectionError(
            f"Max retries exceeded with url: /v24.0/1001/feed?access_token={facebook.access_token}"
        ),
    )
    row = row_for(ArticlePageFactory(), facebook)
    publishing.attempt(row.pk)
    row.refresh_from_db()
    assert row.last_error_raw
    assert facebook.access_token not in row.last_error_raw + row.last_error


def test_a_correction_republishes_the_article_without_a_second_post(
    facebook, graph, django_capture_on_commit_callbacks
):
    from news.models import ArticleCorrection

    article = ArticlePageFactory(live=False, first_published_at=None)
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    ArticleCorrection.objects.create(page=article, note="Ralat angka penerima bantuan.")
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert Syndication.objects.filter(page=article).count() == 1


def test_the_calendar_lists_the_accounts_an_article_will_be_posted_to(facebook):
    from syndication.planning import planned_accounts

    youtube = SocialAccountFactory(platform="youtube", name="Kanal MMC")
    assert planned_accounts(ArticlePageFactory(youtube_video_id="")) == [str(facebook)]
    assert set(planned_accounts(ArticlePageFactory(youtube_video_id="MMCdemo0001"))) == {
        str(facebook),
        str(youtube),
    }


def test_a_published_copy_of_a_posted_article_is_not_posted_again(
    facebook, django_capture_on_commit_callbacks
):
    article = ArticlePageFactory(live=False, first_published_at=None, title="Banjir Surut")
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    Syndication.objects.update(status=Syndication.Status.POSTED)
    article.refresh_from_db()

    with django_capture_on_commit_callbacks(execute=True):
        copy = article.copy(update_attrs={"slug": "banjir-surut-salinan"}, keep_live=True)

    row = Syndication.objects.get(page=copy)
    assert row.status == Syndication.Status.SKIPPED
    assert "Salinan" in row.last_error


def test_a_backlog_gets_ordered_rate_slots_instead_of_racing_for_one_token():
    from syndication.ratelimit import TokenBucket, bucket_for

    rate, capacity = bucket_for("instagram")
    bucket = TokenBucket(account_id=999_001, platform="instagram")
    waits = [bucket.take() for _ in range(capacity + 3)]

    assert waits[:capacity] == [0.0] * capacity
    slots = waits[capacity:]
    assert slots == sorted(slots) and len(set(slots)) == 3
    assert slots[0] == pytest.approx(1 / rate, rel=0.1)


def test_a_row_that_waited_for_its_rate_slot_does_not_take_a_second_token(facebook, graph):
    from core.redis import get_redis

    graph.post(FEED, json={"id": "1001_91"})
    row = row_for(ArticlePageFactory(), facebook)
    client = get_redis()
    seconds, micros = client.time()
    # Two seconds in debt at the test settings' 20 tokens/s: a slot, not a token, even on a
    # slow machine.
    client.hset(f"mmc:bucket:{facebook.pk}", mapping={"tokens": -40, "at": seconds + micros / 1e6})

    assert publishing.attempt(row.pk).status == Syndication.Status.PENDING
    row.refresh_from_db()
    assert row.holds_rate_slot
    Syndication.objects.filter(pk=row.pk).update(next_attempt_at=None)  # its slot has come
    assert publishing.attempt(row.pk).status == Syndication.Status.POSTED


def test_follow_up_runs_jump_ahead_of_a_burst_of_newly_published_rows(
    facebook, django_capture_on_commit_callbacks
):
    from mmc.celery import app
    from syndication.tasks import syndicate

    with app.connection_for_write() as connection:
        queue = connection.SimpleQueue("celery")
        queue.clear()
        try:
            with django_capture_on_commit_callbacks(execute=True):
                for article in ArticlePageFactory.create_batch(3, live=False):
                    article.save_revision().publish()
            # Queued after the burst, as syndicate reschedules itself (a container check).
            syndicate.apply_async((999_999,), countdown=0)

            first = queue.get(timeout=2)
            first.ack()
            assert first.headers["argsrepr"] == "(999999,)"
        finally:
            queue.clear()


def test_a_broker_outage_at_publish_time_loses_no_post(
    facebook, monkeypatch, django_capture_on_commit_callbacks
):
    from django.utils import timezone
    from kombu.exceptions import OperationalError

    from syndication.tasks import syndicate

    def broker_down(*args, **kwargs):
        raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    # Celery's own send, at the edge of our code: Redis refuses the connection.
    monkeypatch.setattr(syndicate, "apply_async", broker_down)
    article = ArticlePageFactory(live=False, first_published_at=None)
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()  # no exception reaches the editor

    (row,) = Syndication.objects.all()
    assert row.status == Syndication.Status.PENDING
    assert "Antrean tugas tidak terjangkau" in row.last_error
    assert publishing.stuck_rows(now=timezone.now()) == [row.pk]  # the sweeper sends it


def test_the_sweeper_queues_behind_new_rows_so_a_busy_sweep_never_starves_them(
    facebook, django_capture_on_commit_callbacks
):
    from django.utils import timezone

    from mmc.celery import app
    from syndication.tasks import sweep_syndications, syndicate

    overdue = row_for(ArticlePageFactory(), facebook)
    Syndication.objects.filter(pk=overdue.pk).update(next_attempt_at=timezone.now())
    with app.connection_for_write() as connection:
        queue = connection.SimpleQueue("celery")
        queue.clear()
        try:
            with django_capture_on_commit_callbacks(execute=True):
                ArticlePageFactory(live=False).save_revision().publish()
            (new_row,) = Syndication.objects.exclude(pk=overdue.pk).values_list("pk", flat=True)
            assert sweep_syndications() == 1
            syndicate.apply_async((999_999,), countdown=0)  # a follow-up

            order = []
            for _ in range(3):
                message = queue.get(timeout=2)
                message.ack()
                order.append(message.headers["argsrepr"])
            assert order == ["(999999,)", f"({new_row},)", f"({overdue.pk},)"]
        finally:
            queue.clear()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_row_is_claimed_while_another_article_goes_to_the_same_account(facebook):
    import threading

    from django.db import transaction

    if connection.vendor != "postgresql":
        pytest.skip("row locks are PostgreSQL's; SQLite locks the whole database")
    row = Syndication.objects.create(page=ArticlePageFactory(), account=facebook)
    other = ArticlePageFactory()
    inserted, release = threading.Event(), threading.Event()

    def publish_elsewhere():
        # Inserting a row that references the account share-locks the account row while the
        # foreign key is checked: at commit, as Django defers the check; held open here.
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            Syndication.objects.create(page=other, account=facebook)
            inserted.set()
            release.wait(10)
        connection.close()

    elsewhere = threading.Thread(target=publish_elsewhere)
    elsewhere.start()
    try:
        assert inserted.wait(10)
        claimed, _was_unknown = publishing.claim(row.pk)
    finally:
        release.set()
        elsewhere.join()

    assert claimed is not None and claimed.status == Syndication.Status.IN_FLIGHT
