"""The Jangkauan dashboard's numbers, each table one aggregate query.

Platform counts are cumulative, so a post contributes its LATEST snapshot within the range;
daily platform views are the growth of each post's last reading of the day over the one before.
"""

from collections import defaultdict

from django.db.models import (
    Count,
    DateTimeField,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce, TruncDate

from analytics.collection import newer_same_day
from analytics.filters import ReachFilters
from analytics.models import MetricSnapshot
from news.models import DailyArticleViews
from syndication.models import Platform, Syndication

SITE = "situs"
SITE_LABEL = "Situs MMC"
TOP_ARTICLES = 20
PLATFORM_LABELS = {SITE: SITE_LABEL, **dict(Platform.choices)}
ENGAGEMENT = F("likes") + F("comments") + F("shares") + F("clicks")
BREAKDOWNS = {
    "wilayah": ("Wilayah", "page__region__name", "(tanpa wilayah)"),
    "opd": ("OPD", "page__agencies__name", "(tanpa OPD)"),
    "pewarta": ("Pewarta", "page__reporter_links__reporter__name", "(tanpa pewarta)"),
}


def site_views(filters: ReachFilters):
    return DailyArticleViews.objects.filter(
        page__in=filters.articles(), date__gte=filters.start, date__lte=filters.end
    )


def posts(filters: ReachFilters):
    rows = Syndication.objects.filter(page__in=filters.articles(), status=Syndication.Status.POSTED)
    if filters.platform:
        rows = rows.filter(account__platform=filters.platform)
    return rows


def snapshots_in_range(filters: ReachFilters, start=None):
    return MetricSnapshot.objects.filter(
        syndication__in=posts(filters).values("pk"),
        collected_at__gte=start or filters.start_at,
        collected_at__lt=filters.end_before,
    )


def latest_snapshots(filters: ReachFilters):
    """Each post's last snapshot within the range (cumulative counts at the range's end)."""
    newer = MetricSnapshot.objects.filter(
        syndication=OuterRef("syndication"),
        collected_at__gt=OuterRef("collected_at"),
        collected_at__lt=filters.end_before,
    )
    return snapshots_in_range(filters).exclude(Exists(newer))


def social_totals(snapshots, **group_by):
    return (
        snapshots.order_by()
        .values(**group_by)
        .annotate(
            posts=Count("syndication", distinct=True),
            views=Sum("views"),
            reach=Sum("reach"),
            engagement=Sum(ENGAGEMENT),
        )
    )


def platform_totals(filters: ReachFilters) -> list[dict]:
    """One row for the site, then one per platform: the headline and the comparison."""
    site = site_views(filters).aggregate(views=Sum("views"), posts=Count("page", distinct=True))
    rows = [
        {
            "platform": SITE,
            "label": SITE_LABEL,
            "posts": site["posts"],
            "views": site["views"] or 0,
            "reach": None,
            "engagement": None,
        }
    ]
    social = {
        row["platform"]: row
        for row in social_totals(
            latest_snapshots(filters), platform=F("syndication__account__platform")
        )
    }
    for platform, label in Platform.choices:
        if filters.platform and platform != filters.platform:
            continue
        found = social.get(platform, {})
        rows.append(
            {
                "platform": platform,
                "label": label,
                "posts": found.get("posts", 0),
                "views": found.get("views") or 0,
                "reach": found.get("reach") or 0,
                "engagement": found.get("engagement") or 0,
            }
        )
    for row in rows:
        row["views_per_post"] = round(row["views"] / row["posts"], 1) if row["posts"] else 0
    return rows


def daily_series(filters: ReachFilters) -> dict:
    """{"days": [...], "series": {platform: [views per day]}} for the chart and CSV."""
    days = filters.days()
    series = {SITE: dict.fromkeys(days, 0)}
    for row in site_views(filters).values("date").annotate(total=Sum("views")):
        series[SITE][row["date"]] = row["total"]
    day_of = TruncDate(ExpressionWrapper(OuterRef("collected_at"), output_field=DateTimeField()))
    previous_views = MetricSnapshot.objects.annotate(day=TruncDate("collected_at")).filter(
        syndication=OuterRef("syndication"), day__lt=day_of
    )
    growth = (
        snapshots_in_range(filters)
        .exclude(Exists(newer_same_day()))
        .annotate(
            day=TruncDate("collected_at"),
            platform=F("syndication__account__platform"),
            before=Coalesce(
                Subquery(previous_views.order_by("-collected_at").values("views")[:1]), Value(0)
            ),
        )
        .values("day", "platform")
        .annotate(total=Sum(F("views") - F("before")))
    )
    for platform, _label in Platform.choices:
        if not filters.platform or platform == filters.platform:
            series[platform] = dict.fromkeys(days, 0)
    for row in growth:
        if row["platform"] in series and row["day"] in series[row["platform"]]:
            series[row["platform"]][row["day"]] = max(0, row["total"] or 0)
    return {"days": days, "series": {key: list(values.values()) for key, values in series.items()}}


def top_articles(filters: ReachFilters) -> dict[str, list[dict]]:
    """The 20 most-viewed articles on the site and on each platform."""
    site = (
        site_views(filters)
        .values("page_id", title=F("page__title"))
        .annotate(views=Sum("views"))
        .order_by("-views", "page_id")[:TOP_ARTICLES]
    )
    tops = {SITE: [{**row, "reach": None, "engagement": None} for row in site]}
    latest = latest_snapshots(filters)
    for platform, _label in Platform.choices:
        if filters.platform and platform != filters.platform:
            continue
        tops[platform] = list(
            latest.filter(syndication__account__platform=platform)
            .values(
                "views",
                "reach",
                page_id=F("syndication__page_id"),
                title=F("syndication__page__title"),
                url=F("syndication__remote_url"),
            )
            .annotate(engagement=ENGAGEMENT)
            .order_by("-views", "page_id")[:TOP_ARTICLES]
        )
    return tops


def breakdown(filters: ReachFilters, dimension: str) -> list[dict]:
    """Site and platform views by region, OPD or reporter; an article counts for each of its."""
    _title, lookup, empty = BREAKDOWNS[dimension]
    rows = defaultdict(lambda: {"site_views": 0, "views": 0, "reach": 0, "engagement": 0})
    for row in site_views(filters).values(name=F(lookup)).annotate(total=Sum("views")):
        rows[row["name"] or empty]["site_views"] = row["total"] or 0
    social = social_totals(latest_snapshots(filters), name=F(f"syndication__{lookup}"))
    for row in social:
        entry = rows[row["name"] or empty]
        entry.update(views=row["views"] or 0, reach=row["reach"] or 0)
        entry["engagement"] = row["engagement"] or 0
    ordered = sorted(rows.items(), key=lambda item: -item[1]["site_views"] - item[1]["views"])
    return [{"name": name, **values} for name, values in ordered]


def reach_report(filters: ReachFilters) -> dict:
    return {
        "totals": platform_totals(filters),
        "series": daily_series(filters),
        "top": top_articles(filters),
        "breakdowns": {key: breakdown(filters, key) for key in BREAKDOWNS},
    }
