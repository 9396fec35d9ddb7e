"""The number of SQL queries per page does not grow with the content (warm caches)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news.factories import AgencyFactory, ArticlePageFactory, ReporterFactory
from news.models import ArticleRelatedLink, Region

pytestmark = pytest.mark.django_db

ARTICLE_BUDGET = 15
HOME_BUDGET = 20


def build_newsroom(*, articles: int, tags: int, reporters: int, agencies: int):
    people = [ReporterFactory() for _ in range(reporters)]
    offices = [AgencyFactory() for _ in range(agencies)]
    regions = list(Region.objects.all())
    now = timezone.now()
    created = [
        ArticlePageFactory(
            region=regions[position % len(regions)],
            first_published_at=now - timedelta(hours=position),
            tags=[f"topik-{position % 7}-{n}" for n in range(tags)],
            reporters=people,
            agencies=offices,
            youtube_video_id="dQw4w9WgXcQ" if position % 4 == 0 else "",
        )
        for position in range(articles)
    ]
    subject = created[len(created) // 2]
    for order, other in enumerate(created[:3]):
        ArticleRelatedLink.objects.create(page=subject, article=other, sort_order=order)
    return subject


def warm_query_count(client, url) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def measure(reader):
    def run(**size):
        subject = build_newsroom(**size)
        return {
            "article": warm_query_count(reader, subject.url),
            "home": warm_query_count(reader, "/"),
            "index": warm_query_count(reader, "/berita/"),
            "region": warm_query_count(reader, f"/wilayah/{Region.objects.first().slug}/"),
            "search": warm_query_count(reader, "/cari/?q=rapat"),
        }

    return run


def test_query_counts_do_not_grow_with_articles_tags_reporters_or_related_items(measure):
    small = measure(articles=4, tags=1, reporters=1, agencies=1)
    large = measure(articles=30, tags=4, reporters=3, agencies=3)

    assert large == small
    assert large["article"] <= ARTICLE_BUDGET
    assert large["home"] <= HOME_BUDGET
