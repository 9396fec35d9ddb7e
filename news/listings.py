"""Query building for article listings, shared by every page that lists articles.

Each function costs a fixed number of queries, whatever the number of
articles, tags or reporters. Hero images are joined in, and the card
renditions of a whole listing come in one extra query: measured with
`make bench`, that is faster than a renditions-cache round trip per card.
Bodies (StreamFields) are never loaded for a listing.
"""

from datetime import datetime, time, timedelta

from django.core.cache import cache
from django.db.models import F, Prefetch, Q, Sum, Window
from django.db.models.functions import RowNumber
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from news.models import ArticlePage, ArticleReporter, DailyArticleViews

CARD_RENDITIONS = ("fill-400x225", "fill-800x450")
HEADLINE_RENDITIONS = ("width-480", "width-800", "width-1200")
POPULAR_CACHE_SECONDS = 60
TRENDING_MIN_VIEWS = 50
TRENDING_MIN_HOURS = 12
RESTRICTED_PATHS_KEY = "news:restricted-paths"


def restricted_paths() -> list[str]:
    """Paths of pages behind a view restriction (cached; it changes rarely)."""
    paths = cache.get(RESTRICTED_PATHS_KEY)
    if paths is None:
        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(RESTRICTED_PATHS_KEY, paths, 60 * 60)
    return paths


@receiver([post_save, post_delete], sender=PageViewRestriction)
def _forget_restricted_paths(**kwargs):
    cache.delete(RESTRICTED_PATHS_KEY)


def published_articles():
    """Every article the public may see: live (so never embargoed) and unrestricted."""
    queryset = ArticlePage.objects.live()
    paths = restricted_paths()
    if paths:
        hidden = Q()
        for path in paths:
            hidden |= Q(path__startswith=path)
        queryset = queryset.exclude(hidden)
    return queryset


def card_renditions(specs=CARD_RENDITIONS) -> Prefetch:
    rendition_model = get_image_model().get_rendition_model()
    return Prefetch(
        "hero_image__renditions",
        queryset=rendition_model.objects.filter(filter_spec__in=specs),
        to_attr="prefetched_renditions",
    )


def article_listing(*, with_reporters=False, with_images=True, specs=CARD_RENDITIONS):
    """Published articles, newest first, with what a card shows joined in."""
    queryset = (
        published_articles()
        .defer_streamfields()
        .select_related("region", "rubrik", "hero_image")
        .order_by("-first_published_at", "-pk")
    )
    if with_images:
        queryset = queryset.prefetch_related(card_renditions(specs))
    if with_reporters:
        queryset = queryset.prefetch_related(
            Prefetch("reporter_links", queryset=ArticleReporter.objects.select_related("reporter"))
        )
    return queryset


def latest_per_group(
    group_field: str, per_group: int, *, within_days: int = 90, with_images: bool = True
):
    """The newest `per_group` articles of every rubrik or region, in one query (two with images)."""
    since = timezone.now() - timedelta(days=within_days)
    ranked = (
        published_articles()
        .defer_streamfields()
        .filter(first_published_at__gte=since)
        .select_related("region", "rubrik", "hero_image")
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F(group_field)],
                order_by=[F("first_published_at").desc(), F("pk").desc()],
            )
        )
        .filter(rank__lte=per_group)
        .order_by(group_field, "rank")
    )
    if with_images:
        ranked = ranked.prefetch_related(card_renditions())
    groups = {}
    for article in ranked:
        groups.setdefault(getattr(article, group_field), []).append(article)
    return groups


def most_read_ids(days: int = 7, limit: int = 5) -> list[int]:
    """Terpopuler: the most views over the last `days` days (WIB)."""
    key = f"news:most-read:{days}:{limit}"
    cached = cache.get(key)
    if cached is not None:
        return cached
    since = timezone.localdate() - timedelta(days=days - 1)
    rows = (
        DailyArticleViews.objects.filter(
            date__gte=since, page__in=published_articles().values("pk")
        )
        .values("page_id")
        .annotate(total=Sum("views"))
        .order_by("-total", "-page_id")[:limit]
    )
    ids = [row["page_id"] for row in rows]
    cache.set(key, ids, POPULAR_CACHE_SECONDS)
    return ids


def trending_ids(limit: int = 5) -> list[int]:
    """Trending: views per hour since yesterday began (WIB), among articles read at least
    TRENDING_MIN_VIEWS times in that window. An article live for less than
    TRENDING_MIN_HOURS is measured as if it had been, so a minutes-old story needs a real
    burst of readers, not a handful, to lead."""
    key = f"news:trending:{limit}"
    cached = cache.get(key)
    if cached is not None:
        return cached
    now = timezone.now()
    since = timezone.localdate() - timedelta(days=1)
    window_start = timezone.make_aware(datetime.combine(since, time.min))
    totals = dict(
        DailyArticleViews.objects.filter(
            date__gte=since, page__in=published_articles().values("pk")
        )
        .values("page_id")
        .annotate(total=Sum("views"))
        .filter(total__gte=TRENDING_MIN_VIEWS)
        .values_list("page_id", "total")
    )
    published = ArticlePage.objects.filter(pk__in=totals).values_list("pk", "first_published_at")

    def views_per_hour(row):
        page_id, first_published = row
        counted_since = max(first_published, window_start)
        hours = max((now - counted_since).total_seconds() / 3600, TRENDING_MIN_HOURS)
        return (totals[page_id] / hours, page_id)

    ids = [row[0] for row in sorted(published, key=views_per_hour, reverse=True)[:limit]]
    cache.set(key, ids, POPULAR_CACHE_SECONDS)
    return ids


def articles_by_ids(ids: list[int], *, with_images=True) -> list[ArticlePage]:
    """Fetch articles keeping the given order (used for ranked lists)."""
    if not ids:
        return []
    listing = article_listing(with_images=with_images).filter(pk__in=ids)
    found = {article.pk: article for article in listing}
    return [found[pk] for pk in ids if pk in found]
