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


def test_a_new_article_with_a_recurring_headline_is_posted(
    facebook, django_capture_on_commit_callbacks
):
    headline = "Pemprov Kalteng Gelar Upacara HUT RI"
    last_year = ArticlePageFactory(live=False, first_published_at=None, title=headline)
    with django_capture_on_commit_callbacks(execute=True):
        last_year.save_revision().publish()
    Syndication.objects.update(status=Syndication.Status.POSTED)

    this_year = ArticlePageFactory(live=False, first_published_at=None, title=headline)
    with django_capture_on_commit_callbacks(execute=True):
        this_year.save_revision().publish()

    row = Syndication.objects.get(page=this_year)
    assert row.status == Syndication.Status.PENDING
    assert row.last_error == ""


def test_a_copy_is_a_copy_by_identity_even_with_a_new_headline(
    facebook, django_capture_on_commit_callbacks
):
    article = ArticlePageFactory(live=False, first_published_at=None, title="Banjir Surut")
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    Syndication.objects.update(status=Syndication.Status.POSTED)
    article.refresh_from_db()

    copy = article.copy(update_attrs={"title": "Banjir Surut di Kapuas", "slug": "banjir-kapuas"})
    alias = article.create_alias(update_slug="banjir-surut-alias")
    with django_capture_on_commit_callbacks(execute=True):
        copy.save_revision().publish()
        article.save_revision().publish()  # an edit: Wagtail publishes the alias with it

    for page in (copy, alias):
        row = Syndication.objects.get(page=page)
        assert row.status == Syndication.Status.SKIPPED
        assert "Salinan" in row.last_error


@pytest.mark.clock
def test_a_row_whose_task_message_was_lost_is_posted_once_by_the_sweeper(
    facebook, graph, feed, row_for, posts_sent, queued, time_machine
):
    from datetime import timedelta

    from django.utils import timezone

    from syndication.tasks import sweep_syndications

    graph.post(feed, json={"id": "1001_95"})
    row = row_for(ArticlePageFactory(), facebook)  # created; its message never reaches Redis
    assert sweep_syndications() == 0  # a worker may still be on its way to it

    time_machine.move_to(timezone.now() + timedelta(minutes=6))
    assert sweep_syndications() == 1
    assert queued() == [f"({row.pk},)"]
    assert publishing.attempt(row.pk).status == Syndication.Status.POSTED
    assert publishing.attempt(row.pk) is None  # a second message for it finds it posted
    assert sweep_syndications() == 0
    assert len(posts_sent()) == 1


@pytest.mark.clock
def test_the_sweeper_creates_the_rows_a_publish_left_out_for_accounts_connected_before(
    facebook, queued, time_machine
):
    from datetime import timedelta

    from django.utils import timezone

    from syndication.tasks import sweep_syndications

    # Live, but the process that published them died before its commit hook made the rows.
    lost = ArticlePageFactory()
    ArticlePageFactory(first_published_at=timezone.now() - timedelta(days=3))  # long gone
    time_machine.move_to(timezone.now() + timedelta(minutes=6))
    SocialAccountFactory(platform="x")  # connected after the article went live

    assert sweep_syndications() == 1
    (row,) = Syndication.objects.all()
    assert (row.page_id, row.account_id, row.status) == (
        lost.pk,
        facebook.pk,
        Syndication.Status.PENDING,
    )
    assert queued() == [f"({row.pk},)"]
    assert sweep_syndications() == 1  # due until a worker claims it, never a second row
    assert Syndication.objects.count() == 1


def test_an_account_switched_back_on_counts_as_connected_anew(facebook):
    facebook.enabled = False
    facebook.save()
    before = facebook.connected_at
    facebook.enabled = True
    facebook.save()
    assert facebook.connected_at > before


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
