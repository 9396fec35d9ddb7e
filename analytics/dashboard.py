"""The Jangkauan dashboard's numbers: a fixed handful of queries, whatever the data size.

Platform counts are cumulative, so a post contributes its LATEST reading within the range
(`MetricSnapshot.superseded_on` makes that an indexed filter); a day's platform views are
the growth its readings report (`views_delta`). The site's views come from the daily
counters. `ReachReport` reads each of these once per request, and the tables (totals,
top articles, breakdowns) are added up from them in Python: an article's region,
agencies and reporters are looked up once, so no table costs a query per row.
"""

import heapq
from collections import defaultdict
from functools import cached_property

from django.db.models import F, Sum

from analytics.filters import ReachFilters, ever_published
from analytics.models import MetricSnapshot
from news.models import Agency, ArticlePage, ArticleReporter, DailyArticleViews, Region, Reporter
from syndication.models import SocialAccount, Syndication
from syndication.platforms import registry

SITE = "situs"
SITE_LABEL = "Situs MMC"
TOP_ARTICLES = 20
PLATFORM_LABELS = {SITE: SITE_LABEL, **dict(registry.choices())}
ENGAGEMENT = F("likes") + F("comments") + F("shares") + F("clicks")
# key: (title, empty label)
BREAKDOWNS = {
    "wilayah": ("Wilayah", "(tanpa wilayah)"),
    "opd": ("OPD", "(tanpa OPD)"),
    "pewarta": ("Pewarta", "(tanpa pewarta)"),
}


def never_published():
    return ArticlePage.objects.exclude(ever_published()).values("pk")


def site_views(filters: ReachFilters):
    return DailyArticleViews.objects.filter(
        filters.articles("page__"), date__gte=filters.start, date__lte=filters.end
    ).exclude(page__in=never_published())


def snapshots_in_range(filters: ReachFilters):
    snapshots = MetricSnapshot.objects.filter(
        filters.articles("syndication__page__"),
        syndication__status=Syndication.Status.POSTED,
        day__gte=filters.start,
        day__lte=filters.end,
    ).exclude(syndication__page__in=never_published())
    if filters.platform:
        snapshots = snapshots.filter(syndication__account__platform=filters.platform)
    return snapshots


class ReachReport:
    """Every figure on the dashboard for one set of filters; each source is read once."""

    def __init__(self, filters: ReachFilters):
        self.filters = filters

    def platforms(self) -> list[tuple[str, str]]:
        return [
            (platform, label)
            for platform, label in registry.choices()
            if not self.filters.platform or platform == self.filters.platform
        ]

    # Sources ------------------------------------------------------------------------------

    @cached_property
    def platform_of_account(self) -> dict[int, str]:
        # Grouping by account id and naming the platform here spares the big queries a join.
        return dict(SocialAccount.objects.values_list("pk", "platform"))

    @cached_property
    def latest(self) -> list[dict]:
        """Each post's last reading within the range, with its platform and article."""
        readings = list(
            snapshots_in_range(self.filters)
            .latest_as_of(self.filters.end)
            .order_by()
            .values(
                "syndication_id",
                "views",
                "reach",
                engagement=ENGAGEMENT,
                account_id=F("syndication__account_id"),
                page_id=F("syndication__page_id"),
            )
        )
        for reading in readings:
            reading["platform"] = self.platform_of_account[reading.pop("account_id")]
        return readings

    @cached_property
    def site_by_page(self) -> dict[int, int]:
        rows = site_views(self.filters).order_by().values_list("page_id").annotate(Sum("views"))
        return dict(rows)

    @cached_property
    def social_by_page(self) -> dict[int, list[int]]:
        """Article id → [platform views, reach, engagement], summed over its posts."""
        pages = {}
        for reading in self.latest:
            totals = pages.setdefault(reading["page_id"], [0, 0, 0])
            totals[0] += reading["views"]
            totals[1] += reading["reach"]
            totals[2] += reading["engagement"]
        return pages

    def memberships(self, dimension: str):
        """(names by id, (article id, id) pairs): an article may have several OPD or none."""
        if dimension == "wilayah":
            names = Region.objects.values_list("pk", "name")
            pairs = ArticlePage.objects.filter(self.filters.articles()).values_list(
                "pk", "region_id"
            )
        elif dimension == "opd":
            names = Agency.objects.values_list("pk", "name")
            pairs = ArticlePage.agencies.through.objects.filter(
                self.filters.articles("articlepage__")
            ).values_list("articlepage_id", "agency_id")
        else:
            names = Reporter.objects.values_list("pk", "name")
            pairs = ArticleReporter.objects.filter(self.filters.articles("page__")).values_list(
                "page_id", "reporter_id"
            )
        return dict(names), pairs.order_by()

    # Tables -------------------------------------------------------------------------------

    def totals(self) -> list[dict]:
        """One row for the site, then one per platform: the headline and the comparison."""
        rows = [
            {
                "platform": SITE,
                "label": SITE_LABEL,
                "posts": len(self.site_by_page),
                "views": sum(self.site_by_page.values()),
                "reach": None,
                "engagement": None,
            }
        ]
        social = {
            platform: {"posts": 0, "views": 0, "reach": 0, "engagement": 0}
            for platform, _label in self.platforms()
        }
        for reading in self.latest:
            if entry := social.get(reading["platform"]):
                entry["posts"] += 1
                for key in ("views", "reach", "engagement"):
                    entry[key] += reading[key]
        for platform, label in self.platforms():
            row = {"platform": platform, "label": label, **social[platform]}
            if not registry.spec_for(platform).reports_reach:
                row["reach"] = None
            rows.append(row)
        for row in rows:
            row["views_per_post"] = round(row["views"] / row["posts"], 1) if row["posts"] else 0
        return rows

    def series(self) -> dict:
        """{"days": [...], "series": {platform: [views per day]}} for the chart and CSV."""
        days = self.filters.days()
        series = {SITE: dict.fromkeys(days, 0)}
        for row in site_views(self.filters).order_by().values("date").annotate(total=Sum("views")):
            series[SITE][row["date"]] = row["total"]
        for platform, _label in self.platforms():
            series[platform] = dict.fromkeys(days, 0)
        growth = (
            snapshots_in_range(self.filters)
            .order_by()
            .values("day", account=F("syndication__account_id"))
            .annotate(total=Sum("views_delta"))
        )
        for row in growth:
            platform = self.platform_of_account[row["account"]]
            if platform in series and row["day"] in series[platform]:
                series[platform][row["day"]] += row["total"] or 0
        for platform, _label in self.platforms():
            # A platform may correct its counts downwards; a day never shows negative views.
            series[platform] = {day: max(0, views) for day, views in series[platform].items()}
        values = {name: list(by_day.values()) for name, by_day in series.items()}
        return {"days": days, "series": values}

    def top(self) -> dict[str, list[dict]]:
        """The 20 most-viewed articles on the site and on each platform."""
        site = heapq.nsmallest(
            TOP_ARTICLES, self.site_by_page.items(), key=lambda item: (-item[1], item[0])
        )
        tops = {
            SITE: [
                {"page_id": page_id, "views": views, "reach": None, "engagement": None}
                for page_id, views in site
            ]
        }
        by_platform = defaultdict(list)
        for reading in self.latest:
            by_platform[reading["platform"]].append(reading)
        for platform, _label in self.platforms():
            ranked = heapq.nsmallest(
                TOP_ARTICLES, by_platform[platform], key=lambda r: (-r["views"], r["page_id"])
            )
            tops[platform] = [dict(reading) for reading in ranked]
        shown = [row for rows in tops.values() for row in rows]
        titles = dict(
            ArticlePage.objects.filter(pk__in={row["page_id"] for row in shown}).values_list(
                "pk", "title"
            )
        )
        urls = dict(
            Syndication.objects.filter(
                pk__in={row["syndication_id"] for row in shown if "syndication_id" in row}
            ).values_list("pk", "remote_url")
        )
        for row in shown:
            row["title"] = titles.get(row["page_id"], "")
            if "syndication_id" in row:
                row["url"] = urls.get(row.pop("syndication_id"), "")
        return tops

    def breakdown(self, dimension: str) -> list[dict]:
        """Site and platform views by region, OPD or reporter; an article counts for each."""
        _title, empty = BREAKDOWNS[dimension]
        names, pairs = self.memberships(dimension)
        site, social = self.site_by_page, self.social_by_page
        sums = defaultdict(lambda: [0, 0, 0, 0])  # site views, views, reach, engagement
        counted = set()
        for page_id, key in pairs:
            if key is None:
                continue
            in_site, in_social = site.get(page_id), social.get(page_id)
            if in_site is None and in_social is None:
                continue
            counted.add(page_id)
            add_page(sums[names[key]], in_site, in_social)
        for page_id in (site.keys() | social.keys()) - counted:
            add_page(sums[empty], site.get(page_id), social.get(page_id))
        ordered = sorted(sums.items(), key=lambda item: (-item[1][0] - item[1][1], item[0]))
        keys = ("site_views", "views", "reach", "engagement")
        return [{"name": name, **dict(zip(keys, values, strict=True))} for name, values in ordered]

    def everything(self) -> dict:
        return {
            "totals": self.totals(),
            "series": self.series(),
            "top": self.top(),
            "breakdowns": {key: self.breakdown(key) for key in BREAKDOWNS},
        }


def add_page(entry: list[int], site_views: int | None, social: list[int] | None) -> None:
    if site_views:
        entry[0] += site_views
    if social:
        entry[1] += social[0]
        entry[2] += social[1]
        entry[3] += social[2]


def platform_totals(filters: ReachFilters) -> list[dict]:
    return ReachReport(filters).totals()


def daily_series(filters: ReachFilters) -> dict:
    return ReachReport(filters).series()


def top_articles(filters: ReachFilters) -> dict[str, list[dict]]:
    return ReachReport(filters).top()


def breakdown(filters: ReachFilters, dimension: str) -> list[dict]:
    return ReachReport(filters).breakdown(dimension)


def reach_report(filters: ReachFilters) -> dict:
    return ReachReport(filters).everything()
