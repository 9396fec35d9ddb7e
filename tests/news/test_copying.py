"""A copy of an article is a new article: its own counts, byline, corrections and dates."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from mmc.tasks import publish_scheduled
from news.factories import ArticlePageFactory
from news.listings import article_listing
from news.models import ArticleCorrection, ArticlePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def original(people):
    """An article published a week ago, read 5,400 times, with a correction."""
    with time_machine.travel(timezone.now() - timedelta(days=7), tick=True):
        article = ArticlePageFactory(live=False, first_published_at=None, owner=people["Pewarta"])
        article.editor = people["Redaktur"]
        article.view_count = 5_400
        article.corrections.add(ArticleCorrection(note="Nama kepala dinas diperbaiki."))
        article.save_revision(user=people["Pewarta"]).publish()
    ArticlePage.objects.filter(pk=article.pk).update(view_count=5_400)
    article.refresh_from_db()
    return article


def copy_of(article, user, **changes):
    return article.copy(
        update_attrs={
            "slug": f"{article.slug}-salinan",
            "title": f"{article.title} (2)",
            **changes,
        },
        keep_live=False,
        user=user,
    ).specific


def test_a_copy_starts_without_the_originals_counts_editor_corrections_and_dates(original, people):
    copy = copy_of(original, people["Redaktur"])

    assert copy.view_count == 0
    assert copy.editor is None
    assert copy.uploader == people["Redaktur"]  # whoever copies it uploads it
    assert list(copy.corrections.all()) == []
    assert (copy.first_published_at, copy.last_published_at) == (None, None)
    assert (copy.go_live_at, copy.expire_at) == (None, None)
    latest = copy.get_latest_revision_as_object()
    assert (latest.first_published_at, latest.view_count, latest.editor_id) == (None, 0, None)
    assert list(latest.corrections.all()) == []


def test_a_published_copy_shows_and_sorts_by_its_own_publication(original, people):
    older_news = ArticlePageFactory(first_published_at=timezone.now() - timedelta(days=1))
    copy = copy_of(original, people["Redaktur"])

    copy.get_latest_revision().publish()
    copy.refresh_from_db()

    assert copy.first_published_at > older_news.first_published_at
    assert list(article_listing()[:2]) == [copy, older_news]


def test_a_scheduled_copy_goes_live_with_its_own_go_live_time(original, people):
    copy = copy_of(original, people["Redaktur"])
    go_live = timezone.now() + timedelta(hours=2)
    copy.go_live_at = go_live
    copy.save_revision(user=people["Redaktur"]).publish()
    assert not ArticlePage.objects.get(pk=copy.pk).live

    with time_machine.travel(go_live + timedelta(seconds=30), tick=False):
        publish_scheduled()
    copy.refresh_from_db()

    assert copy.live
    assert copy.first_published_at >= go_live
    assert article_listing().first() == copy
