"""One attempt at posting against a fake Graph API (HTTP level): what each answer leads to."""

import pytest
import requests

from news.factories import ArticlePageFactory
from syndication import publishing
from syndication.factories import SocialAccountFactory
from syndication.models import SocialAccount, Syndication
from syndication.options import SocialOption

pytestmark = pytest.mark.django_db


def test_a_post_goes_out_with_its_utm_marker_and_is_recorded_at_once(
    facebook, graph, row_for, posts_sent, feed
):
    graph.post(feed, json={"id": "1001_77"})
    article = ArticlePageFactory(title="Gubernur Resmikan Jembatan", tags=["jembatan"])
    row = row_for(article, facebook)

    outcome = publishing.attempt(row.pk)

    row.refresh_from_db()
    assert outcome.status == row.status == Syndication.Status.POSTED
    assert (row.remote_id, row.remote_url) == ("1001_77", "https://facebook.test/1001/posts/77")
    (body,) = posts_sent()
    assert "Gubernur+Resmikan+Jembatan" in body
    assert f"utm_content%3D{row.pk}" in body and "utm_source%3Dfacebook" in body
    assert publishing.attempt(row.pk) is None  # posted rows are never claimed again


def test_a_timeout_after_sending_is_reconciled_and_never_posts_twice(
    facebook, graph, row_for, posts_sent, feed
):
    graph.post(feed, status=502, json={"error": {"message": "Bad gateway", "code": 1}})
    article = ArticlePageFactory()
    row = row_for(article, facebook)

    assert publishing.attempt(row.pk).status == Syndication.Status.UNKNOWN
    row.refresh_from_db()
    assert "tidak diketahui" in row.last_error

    # The post did land: the page feed shows it with our marker.
    graph.get(
        feed,
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
    assert len(posts_sent()) == 1
    row.refresh_from_db()
    assert row.remote_id == "1001_88"


def test_an_editor_retrying_an_unknown_row_never_posts_twice(
    facebook, graph, row_for, posts_sent, feed
):
    graph.post(feed, status=502, json={"error": {"message": "Bad gateway", "code": 1}})
    row = row_for(ArticlePageFactory(), facebook)
    assert publishing.attempt(row.pk).status == Syndication.Status.UNKNOWN
    graph.get(
        feed,
        json={"data": [{"id": "1001_89", "message": f"x https://mmc.test/?utm_content={row.pk}"}]},
    )

    row.refresh_from_db()
    row.reset_for_retry()  # the editor's Coba lagi
    assert publishing.attempt(row.pk).status == Syndication.Status.POSTED

    assert len(posts_sent()) == 1
    row.refresh_from_db()
    assert row.remote_id == "1001_89"


def test_an_expired_token_flags_the_account_and_stops_all_its_posts(
    facebook, graph, row_for, posts_sent, feed
):
    graph.post(
        feed,
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
    assert len(posts_sent()) == 1  # no retry storm
    first.refresh_from_db()
    assert "Session has expired" in first.last_error_raw


def test_a_rate_limit_waits_as_long_as_the_platform_says(facebook, graph, row_for, feed):
    graph.post(
        feed,
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


def test_a_permanent_refusal_stops_with_a_readable_message(facebook, graph, row_for, feed):
    graph.post(
        feed,
        status=400,
        json={
            "error": {"message": "(#100) Invalid parameter", "type": "OAuthException", "code": 100}
        },
    )
    row = row_for(ArticlePageFactory(), facebook)
    assert publishing.attempt(row.pk).status == Syndication.Status.FAILED
    row.refresh_from_db()
    assert row.last_error and "(#100)" in row.last_error_raw


def test_youtube_is_skipped_for_an_article_without_a_video(row_for):
    youtube = SocialAccountFactory(platform="youtube", base_url="http://youtube.test")
    row = row_for(ArticlePageFactory(youtube_video_id=""), youtube)
    assert publishing.attempt(row.pk).status == Syndication.Status.SKIPPED
    row.refresh_from_db()
    assert row.last_error == "Artikel tidak memiliki video YouTube."


def test_an_editor_can_opt_an_article_out_of_a_platform(facebook, graph, row_for, posts_sent):
    article = ArticlePageFactory()
    SocialOption.objects.create(page=article, platform="facebook", skip=True)
    row = row_for(article, facebook)
    assert publishing.attempt(row.pk).status == Syndication.Status.SKIPPED
    assert posts_sent() == []


def test_a_token_echoed_in_a_platform_error_is_never_stored(facebook, graph, row_for, feed):
    graph.post(
        feed,
        body=requests.ConnectionError(
            f"Max retries exceeded with url: /v24.0/1001/feed?access_token={facebook.access_token}"
        ),
    )
    row = row_for(ArticlePageFactory(), facebook)
    publishing.attempt(row.pk)
    row.refresh_from_db()
    assert row.last_error_raw
    assert facebook.access_token not in row.last_error_raw + row.last_error
