"""Related articles (cached per article version), previous/next links, and which article
pages show which other articles, for purging."""

import logging

import redis
from django.conf import settings
from django.core.cache import cache
from django.db.models import Count
from django.utils import timezone

from core.redis import get_redis
from news.listings import articles_by_ids, published_articles
from news.models import ArticlePage, ArticleTag

RELATED_COUNT = 4
CANDIDATE_POOL = 60
TAG_WEIGHT, AGENCY_WEIGHT, REGION_WEIGHT = 3.0, 2.0, 1.5
HALF_LIFE_DAYS = 14.0
CACHE_SECONDS = 10 * 60
# Longer than any cache keeps a page (ours 5 minutes, a proxy's s-maxage); a member that
# outlives its page only costs one needless purge.
SHOWN_ON_SECONDS = 24 * 60 * 60

logger = logging.getLogger(__name__)


def _cache_key(kind: str, article: ArticlePage) -> str:
    version = article.last_published_at.timestamp() if article.last_published_at else 0
    return f"news:{kind}:{article.pk}:{version}"


def related_articles(article: ArticlePage, count: int = RELATED_COUNT) -> list[ArticlePage]:
    """The editor's live picks first, then automatic ones; never the article itself."""
    key = _cache_key("related", article)
    ids = cache.get(key)
    if ids is None:
        ids = related_ids(article, count)
        cache.set(key, ids, CACHE_SECONDS)
    return articles_by_ids(ids)


def related_ids(article: ArticlePage, count: int = RELATED_COUNT) -> list[int]:
    # Read the links as objects: in a live preview they exist only in memory (a
    # modelcluster FakeQuerySet), where values_list("article_id") yields pages, not ids.
    chosen = [
        link.article_id
        for link in article.related_links.all()
        if link.article_id and link.article_id != article.pk
    ]
    live = set(published_articles().filter(pk__in=chosen).values_list("pk", flat=True))
    picks = [article_id for article_id in chosen if article_id in live][:count]
    automatic = automatic_related_ids(
        article, exclude=[article.pk, *picks], count=count - len(picks)
    )
    return [*picks, *automatic]


def automatic_related_ids(article: ArticlePage, *, exclude: list[int], count: int) -> list[int]:
    """Score = shared tags, OPD and region, halved every HALF_LIFE_DAYS of age."""
    if count <= 0:
        return []
    candidates = published_articles().exclude(pk__in=exclude)
    tag_ids = [tag.pk for tag in article.tag_list]
    agency_ids = [agency.pk for agency in article.agency_list]
    scores: dict[int, float] = {}
    if tag_ids:
        shared = (
            ArticleTag.objects.filter(tag_id__in=tag_ids, content_object__in=candidates)
            .values("content_object_id")
            .annotate(shared=Count("tag_id", distinct=True))
            .order_by("-shared", "-content_object_id")[:CANDIDATE_POOL]
        )
        for row in shared:
            scores[row["content_object_id"]] = TAG_WEIGHT * row["shared"]
    if agency_ids:
        shared = (
            candidates.filter(agencies__in=agency_ids)
            .values("pk")
            .annotate(shared=Count("agencies", distinct=True))
            .order_by("-first_published_at")[:CANDIDATE_POOL]
        )
        for row in shared:
            scores[row["pk"]] = scores.get(row["pk"], 0) + AGENCY_WEIGHT * row["shared"]
    same_region = candidates.filter(region_id=article.region_id).order_by("-first_published_at")
    for pk in same_region.values_list("pk", flat=True)[:CANDIDATE_POOL]:
        scores[pk] = scores.get(pk, 0) + REGION_WEIGHT
    if not scores:
        return []
    now = timezone.now()
    published = dict(
        ArticlePage.objects.filter(pk__in=scores).values_list("pk", "first_published_at")
    )
    for pk, first_published in published.items():
        age_days = max((now - first_published).total_seconds() / 86400, 0)
        scores[pk] *= 0.5 ** (age_days / HALF_LIFE_DAYS)
    ranked = sorted(published, key=lambda pk: (scores[pk], published[pk]), reverse=True)
    return ranked[:count]


def neighbours(article: ArticlePage):
    """(previous, next) published articles by first publication, or None.

    Not cached: the article before a new one gains its next link at once, and the page
    cache in front means this runs once per render, not per reader."""
    if not article.first_published_at:
        return None, None
    live = published_articles().exclude(pk=article.pk).defer_streamfields()
    previous = (
        live.filter(first_published_at__lt=article.first_published_at)
        .order_by("-first_published_at")
        .first()
    )
    following = (
        live.filter(first_published_at__gt=article.first_published_at)
        .order_by("first_published_at")
        .first()
    )
    return previous, following


def remember_where_shown(article: ArticlePage, shown: list[ArticlePage | None]) -> None:
    """Note that `article`'s page shows these articles (cards, previous/next links), so a
    change to one of them purges it too (`articles_showing`)."""
    shown_ids = {other.pk for other in shown if other is not None}
    if article.pk is None or not shown_ids:
        return
    try:
        pipeline = get_redis().pipeline(transaction=False)
        for shown_id in shown_ids:
            pipeline.sadd(_shown_on_key(shown_id), article.pk)
            pipeline.expire(_shown_on_key(shown_id), SHOWN_ON_SECONDS)
        pipeline.execute()
    except redis.RedisError:
        logger.warning("Couldn't note the articles shown on article %s", article.pk)


def articles_showing(article_ids) -> set[int]:
    """Ids of the articles whose pages were rendered showing any of these articles."""
    keys = [_shown_on_key(article_id) for article_id in article_ids]
    if not keys:
        return set()
    try:
        return {int(member) for member in get_redis().sunion(keys)}
    except redis.RedisError:
        logger.warning("Couldn't read which articles show articles %s", list(article_ids))
        return set()


def _shown_on_key(article_id: int) -> str:
    return f"{settings.PAGE_CACHE_KEY_PREFIX}:shown-on:{article_id}"
