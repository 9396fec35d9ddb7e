"""One article's reach: site views by day and each platform's readings."""

from django.db.models import Sum

from analytics.dashboard import PLATFORM_LABELS, SITE
from analytics.filters import ReachFilters
from analytics.models import MetricSnapshot
from news.models import DailyArticleViews
from syndication.models import Syndication


def article_reach(article, filters: ReachFilters) -> dict:
    days = filters.days()
    site = dict.fromkeys(days, 0)
    daily = DailyArticleViews.objects.filter(
        page=article, date__gte=filters.start, date__lte=filters.end
    )
    for row in daily.values("date", "views"):
        site[row["date"]] = row["views"]
    posts = list(
        Syndication.objects.filter(page=article, status=Syndication.Status.POSTED)
        .select_related("account")
        .order_by("account__platform")
    )
    # Each post's last reading of each day: its cumulative views on that day.
    readings = (
        MetricSnapshot.objects.filter(
            syndication__in=[post.pk for post in posts],
            day__gte=filters.start,
            day__lte=filters.end,
        )
        .last_of_each_day()
        .order_by("collected_at")
    )
    history = {post.pk: dict.fromkeys(days) for post in posts}
    latest = {}
    for reading in readings:
        history[reading.syndication_id][reading.day] = reading.views
        latest[reading.syndication_id] = reading
    rows = [
        {
            "post": post,
            "label": f"{PLATFORM_LABELS[post.account.platform]} · {post.account.name}",
            "latest": latest.get(post.pk),
        }
        for post in posts
    ]
    series = {f"{PLATFORM_LABELS[SITE]} (harian)": list(site.values())}
    for row in rows:
        series[f"{row['label']} (kumulatif)"] = list(history[row["post"].pk].values())
    return {
        "site_total": daily.aggregate(total=Sum("views"))["total"] or 0,
        "posts": rows,
        "series": {"days": days, "series": series},
        "totals": _totals(latest.values()),
    }


def _totals(snapshots) -> dict:
    snapshots = list(snapshots)
    return {
        "views": sum(s.views for s in snapshots),
        "reach": sum(s.reach for s in snapshots),
        "engagement": sum(s.engagement for s in snapshots),
    }
