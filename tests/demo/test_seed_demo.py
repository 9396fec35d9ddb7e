from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Count
from django.utils import timezone

from news.models import Agency, ArticlePage, DailyArticleViews, Region, Reporter
from syndication.models import Syndication
from syndication.sandbox_accounts import SANDBOX_VIDEO_IDS

pytestmark = pytest.mark.django_db


def test_the_demo_newsroom_looks_real_and_seeding_again_duplicates_nothing(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=StringIO())
    articles = ArticlePage.objects.live()

    assert articles.count() >= 300
    assert Region.objects.count() == 15
    assert set(articles.values_list("region", flat=True)) == set(
        Region.objects.values_list("pk", flat=True)
    )
    assert Agency.objects.count() >= 20
    assert Reporter.objects.count() >= 6
    assert len({article.editor_id for article in articles}) >= 2
    assert not articles.filter(hero_image__isnull=True).exists()
    assert articles.annotate(tag_count=Count("tagged_items")).filter(tag_count=0).count() == 0
    assert articles.exclude(youtube_video_id="").count() >= 5
    assert (
        sum(1 for article in articles if any(b.block_type == "read_also" for b in article.body))
        >= 20
    )
    assert DailyArticleViews.objects.exists()
    # The newest articles wait for the worker, due now, so the demo has real platform posts.
    queued = Syndication.objects.filter(status="pending", next_attempt_at__lte=timezone.now())
    newest = articles.order_by("-first_published_at")
    sent = {*newest[:4], *newest.exclude(youtube_video_id="").exclude(pk__in=newest[:4])[:2]}
    assert set(queued.values_list("page_id", flat=True)) == {a.pk for a in sent}
    assert queued.count() == 6 * 4
    videos = queued.exclude(page__youtube_video_id="")
    assert videos.filter(account__platform="youtube").count() == 2
    assert set(
        queued.exclude(page__youtube_video_id="").values_list("page__youtube_video_id", flat=True)
    ) <= set(SANDBOX_VIDEO_IDS)

    total = ArticlePage.objects.count()
    call_command("seed_demo", stdout=StringIO())
    assert ArticlePage.objects.count() == total
    assert Syndication.objects.count() == 6 * 4
