"""The dashboard's tables as CSV, numbers in the Indonesian format (1.234.567)."""

from analytics import dashboard
from analytics.filters import ReachFilters
from core.formatting import angka

TABLES = {
    "platform": "Perbandingan platform",
    "harian": "Tayangan harian",
    "teratas": "Artikel teratas",
    "wilayah": "Per wilayah",
    "opd": "Per OPD",
    "pewarta": "Per pewarta",
}


def number(value) -> str:
    return "" if value is None else angka(value, 1 if isinstance(value, float) else 0)


def table_rows(table: str, filters: ReachFilters) -> list[list[str]]:
    """Header row first; raises KeyError for an unknown table."""
    if table == "platform":
        header = ["Platform", "Artikel", "Tayangan", "Jangkauan", "Interaksi", "Tayangan/artikel"]
        return [header] + [
            [
                row["label"],
                *map(number, [row[k] for k in ("posts", "views", "reach")]),
                number(row["engagement"]),
                number(row["views_per_post"]),
            ]
            for row in dashboard.platform_totals(filters)
        ]
    if table == "harian":
        data = dashboard.daily_series(filters)
        names = list(data["series"])
        header = ["Tanggal", *(dashboard.PLATFORM_LABELS[name] for name in names)]
        return [header] + [
            [day.isoformat(), *(number(data["series"][name][index]) for name in names)]
            for index, day in enumerate(data["days"])
        ]
    if table == "teratas":
        header = ["Platform", "Peringkat", "Judul", "Tayangan", "Jangkauan", "Interaksi"]
        rows = [header]
        for platform, articles in dashboard.top_articles(filters).items():
            for rank, article in enumerate(articles, start=1):
                rows.append(
                    [
                        dashboard.PLATFORM_LABELS[platform],
                        str(rank),
                        article["title"],
                        number(article["views"]),
                        number(article["reach"]),
                        number(article["engagement"]),
                    ]
                )
        return rows
    title = dashboard.BREAKDOWNS[table][0]
    header = [title, "Tayangan situs", "Tayangan media sosial", "Jangkauan", "Interaksi"]
    return [header] + [
        [row["name"], *(number(row[k]) for k in ("site_views", "views", "reach", "engagement"))]
        for row in dashboard.breakdown(filters, table)
    ]


def filename(table: str, filters: ReachFilters) -> str:
    return f"jangkauan-{table}-{filters.start:%Y%m%d}-{filters.end:%Y%m%d}.csv"
