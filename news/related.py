"""Related articles and previous/next links, cached per article version."""

from django.core.cache import cache
from django.db.models import Count
from django.utils import timezone

from news.listings import articles_by_ids, published_articles
from news.models import ArticlePage, ArticleTag

RELATED_COUNT = 4
CANDIDATE_POOL = 60
TAG_WEIGHT, AGENCY_WEIGHT, REGION_WEIGHT = 3.0, 2.0, 1.5
HALF_LIFE_DAYS = 14.0
CACHE_SECONDS = 10 * 60


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
    """(previous, next) published articles as {"title", "url"} dicts, or None."""
    key = _cache_key("neighbours", article)
    cached = cache.get(key)
    if cached is None:
        cached = _neighbours(article)
        cache.set(key, cached, CACHE_SECONDS)
    return cached


def _neighbours(article: ArticlePage):
    if not article.first_published_at:
        return None, None
    live = published_articles().exclude(pk=article.pk)
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
    return tuple(
        {"title": page.title, "url": page.url} if page else None for page in (previous, following)
    )
