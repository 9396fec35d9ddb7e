"""Publishing an article creates its rows: one per account, once, whatever the editors do."""

import pytest

from news.factories import ArticlePageFactory
from syndication import publishing
from syndication.factories import SocialAccountFactory
from syndication.models import Syndication

pytestmark = pytest.mark.django_db


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


@pytest.mark.clock
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


def test_the_calendar_lists_the_accounts_an_article_will_be_posted_to(facebook):
    from syndication.planning import planned_accounts

    youtube = SocialAccountFactory(platform="youtube", name="Kanal MMC")
    assert planned_accounts(ArticlePageFactory(youtube_video_id="")) == [str(facebook)]
    assert set(planned_accounts(ArticlePageFactory(youtube_video_id="MMCdemo0001"))) == {
        str(facebook),
        str(youtube),
    }
