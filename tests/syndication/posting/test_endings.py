"""Every attempt ends: whatever goes wrong, the row gets a recorded error and a status an
editor can act on, and is never left in flight for the sweeper to requeue forever."""

import json
from datetime import timedelta
from urllib.parse import parse_qs

import pytest
import responses
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.utils import timezone
from twitter_text import parse_tweet
from wagtail.models import Site

from news.factories import ArticlePageFactory
from syndication import publishing
from syndication.factories import SocialAccountFactory
from syndication.models import CaptionTemplates, Syndication
from syndication.options import SocialOption
from syndication.tasks import syndicate

pytestmark = pytest.mark.django_db
X_API = "https://x.test"


def message_posted(body: str) -> str:
    return parse_qs(body)["message"][0]


def test_a_custom_text_with_braces_is_posted_as_written_with_the_link(
    facebook, graph, row_for, posts_sent, feed
):
    graph.post(feed, json={"id": "1001_70"})
    article = ArticlePageFactory(title="Harga Cabai Naik")
    text = "Harga cabai {naik} 20% :) }{ lihat {judul} dan {title:>9999} {0}"
    SocialOption.objects.create(page=article, platform="facebook", text=text)
    row = row_for(article, facebook)

    assert publishing.attempt(row.pk).status == Syndication.Status.POSTED

    (body,) = posts_sent()
    message = message_posted(body)
    assert message.startswith(text + "\n\n")
    assert f"utm_content={row.pk}" in message.splitlines()[-1]


def test_a_custom_x_text_of_the_longest_length_the_form_allows_is_shortened_to_fit_its_link(
    row_for,
):
    x = SocialAccountFactory(platform="x", base_url=X_API)
    article = ArticlePageFactory()
    words = "Banjir merendam tiga desa di Katingan, warga mengungsi ke balai desa. "
    text = (words * 4)[:280]
    SocialOption.objects.create(page=article, platform="x", text=text)
    row = row_for(article, x)
    with responses.RequestsMock() as api:
        sent = api.post(f"{X_API}/2/tweets", status=201, json={"data": {"id": "77", "text": "t"}})

        assert publishing.attempt(row.pk).status == Syndication.Status.POSTED

    tweet = json.loads(sent.calls[0].request.body)["text"]
    assert parse_tweet(tweet).weightedLength <= 280
    kept, link = tweet.rsplit("\n\n", 1)
    assert f"utm_content={row.pk}" in link
    assert kept.endswith("…") and text.startswith(kept.removesuffix("…"))


@pytest.mark.parametrize(
    "template",
    ["{title:x>2000000} {url}", "{title!r} {url}", "{title.upper} {url}", "{lead[0]} {url}"],
)
def test_a_stored_template_with_a_format_spec_fails_the_row_and_says_what_to_fix(
    facebook, graph, row_for, posts_sent, template
):
    settings_row = CaptionTemplates.for_site(Site.objects.get(is_default_site=True))
    settings_row.templates = {"facebook": template}
    settings_row.save()
    row = row_for(ArticlePageFactory(), facebook)

    assert publishing.attempt(row.pk).status == Syndication.Status.FAILED

    row.refresh_from_db()
    assert "templat" in row.last_error.lower() and "Coba lagi" in row.last_error
    assert posts_sent() == []


def test_a_garbled_answer_to_a_post_is_recorded_as_unknown_and_reconciled(
    facebook, graph, row_for, posts_sent, feed
):
    # A proxy in the way answers 200 with its own page: the post may or may not be out.
    graph.post(feed, body=f"<html>gateway {facebook.access_token}</html>")
    row = row_for(ArticlePageFactory(), facebook)

    outcome = publishing.attempt(row.pk)

    row.refresh_from_db()
    assert outcome.status == row.status == Syndication.Status.UNKNOWN
    assert row.next_attempt_at is not None
    assert "tak terduga" in row.last_error
    assert row.last_error_raw and facebook.access_token not in row.last_error_raw


@pytest.mark.parametrize("status", [Syndication.Status.UNKNOWN, Syndication.Status.PENDING])
def test_a_row_that_used_up_its_attempts_is_failed_when_claimed_not_posted(
    facebook, graph, row_for, posts_sent, feed, status
):
    graph.get(feed, json={"data": []})  # reconciliation finds nothing
    graph.post(feed, json={"id": "1001_71"})
    row = row_for(ArticlePageFactory(), facebook)
    # As a sweeper's requeue leaves a row whose worker kept dying mid-post.
    Syndication.objects.filter(pk=row.pk).update(
        status=status,
        attempts=publishing.MAX_ATTEMPTS,
        next_attempt_at=timezone.now(),
    )

    assert publishing.attempt(row.pk) is None

    row.refresh_from_db()
    assert row.status == Syndication.Status.FAILED
    assert f"{publishing.MAX_ATTEMPTS} percobaan" in row.last_error
    assert posts_sent() == []


def test_a_soft_time_limit_during_the_post_leaves_the_row_unknown_and_due_soon(
    facebook, graph, row_for, posts_sent, feed
):
    def time_is_up(request):
        raise SoftTimeLimitExceeded()

    graph.add_callback(responses.POST, feed, callback=time_is_up)
    row = row_for(ArticlePageFactory(), facebook)

    outcome = publishing.attempt(row.pk)

    row.refresh_from_db()
    assert outcome.status == row.status == Syndication.Status.UNKNOWN
    assert row.next_attempt_at <= timezone.now() + timedelta(minutes=2)
    assert outcome.retry_in <= settings.CELERY_MAX_COUNTDOWN_SECONDS  # the task requeues it
    assert "batas waktu" in row.last_error


def test_the_posting_task_has_its_own_soft_and_hard_time_limits():
    assert syndicate.soft_time_limit == settings.SYNDICATION_TASK_SOFT_TIME_LIMIT
    assert syndicate.time_limit == settings.SYNDICATION_TASK_TIME_LIMIT
    assert syndicate.soft_time_limit < syndicate.time_limit
