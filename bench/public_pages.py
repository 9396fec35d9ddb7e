"""Public pages against a baseline view of the same size, both served by gunicorn.

The baseline (/__bench/plain/<size>) runs through the same middleware and
returns as many bytes as the page, so page ÷ baseline is the cost of the page's
own work (queries, templates, renditions), not of Django or the network.
"""

import statistics
import time
from collections import Counter
from dataclasses import dataclass, field

from bench.baseline import baseline_path
from bench.load import BROWSER_HEADERS, LoadResult, fetch, generate_load

WARM_UP_REQUESTS = 8


@dataclass
class PublicPage:
    name: str
    path: str
    size: int = 0
    queries_cold: int | None = None
    queries_warm: int | None = None
    repeated_queries: list[dict] = field(default_factory=list)
    page: LoadResult = field(default_factory=LoadResult)
    baseline: LoadResult = field(default_factory=LoadResult)

    @property
    def median_ratio(self) -> float:
        return self.page.median_ms / self.baseline.median_ms

    @property
    def rps_ratio(self) -> float:
        return self.page.rps / self.baseline.rps if self.baseline.rps else float("nan")

    def summary(self) -> dict:
        return {
            "name": self.name,
            "path": self.path,
            "bytes": self.size,
            "queries": {"cold": self.queries_cold, "warm": self.queries_warm},
            "repeated_queries_warm": self.repeated_queries,
            "page": self.page.summary(),
            "baseline": {"path": baseline_path(self.size), **self.baseline.summary()},
            "page_over_baseline": {
                "median_latency": round(self.median_ratio, 2),
                "rps": round(self.rps_ratio, 3),
            },
        }


def public_pages(search_query: str) -> list[PublicPage]:
    """Front page, news index, the newest article, and a search for a common word."""
    from news.listings import article_listing

    article = article_listing().first()
    if article is None:
        raise RuntimeError("No published article to benchmark; did seeding fail?")
    return [
        PublicPage("home", "/"),
        PublicPage("news index", "/berita/"),
        PublicPage("article", article.get_url()),
        PublicPage("search", f"/cari/?q={search_query}"),
    ]


def count_queries(pages: list[PublicPage], *, phase: str) -> None:
    """One in-process render per page with Django's test client, counting SQL queries."""
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    client = Client(
        HTTP_HOST="127.0.0.1",
        HTTP_USER_AGENT=BROWSER_HEADERS["User-Agent"],
        raise_request_exception=True,
    )
    for page in pages:
        # What a render costs: a page served from the page cache makes no query at all.
        with override_settings(PAGE_CACHE_SECONDS=0), CaptureQueriesContext(connection) as captured:
            response = client.get(page.path)
        if response.status_code != 200:
            raise RuntimeError(f"{page.path} answered {response.status_code} in-process")
        if phase == "cold":
            page.queries_cold = len(captured)
        else:
            page.queries_warm = len(captured)
            repeats = Counter(query["sql"] for query in captured.captured_queries)
            page.repeated_queries = [
                {"times": times, "sql": sql[:300]}
                for sql, times in repeats.most_common(3)
                if times > 1
            ]


def warm_up(port: int, pages: list[PublicPage], log=print) -> None:
    """Request each page on every worker (renditions, caches) and note its size in bytes."""
    for page in pages:
        sizes = []
        for _ in range(WARM_UP_REQUESTS):
            status, body = fetch(port, page.path)
            if status != 200:
                raise RuntimeError(f"{page.path} answered {status} over HTTP")
            sizes.append(len(body))
        page.size = int(statistics.median(sizes))
        status, body = fetch(port, baseline_path(page.size))
        if status != 200 or len(body) != page.size:
            raise RuntimeError(f"baseline for {page.size} bytes answered {status}, {len(body)} B")
        log(f"  {page.name:<11} {page.path}  {page.size:,} B")


def measure(
    port: int, pages: list[PublicPage], *, seconds: float, concurrency: int, rounds: int, log=print
) -> None:
    """Alternate page and baseline in short rounds, so machine noise hits both alike."""
    slice_seconds = seconds / rounds
    for page in pages:
        started = time.monotonic()
        for _ in range(rounds):
            page.page.add(
                generate_load(port, page.path, seconds=slice_seconds, concurrency=concurrency)
            )
            page.baseline.add(
                generate_load(
                    port, baseline_path(page.size), seconds=slice_seconds, concurrency=concurrency
                )
            )
        log(
            f"  {page.name:<11} {page.page.requests} + {page.baseline.requests} requests"
            f" in {time.monotonic() - started:.0f} s"
        )


def render_table(pages: list[PublicPage]) -> str:
    header = (
        f"{'page':<11} {'bytes':>8} {'SQL cold/warm':>13} │ {'median':>8} {'p95':>8} {'req/s':>7}"
        f" │ {'base med':>8} {'base p95':>8} {'req/s':>7} │ {'median ×':>8} {'req/s ×':>8}"
    )
    rows = [header, "─" * len(header)]
    for page in pages:
        errors = page.page.errors + page.baseline.errors
        rows.append(
            f"{page.name:<11} {page.size:>8,} {f'{page.queries_cold}/{page.queries_warm}':>13}"
            f" │ {page.page.median_ms:>6.1f}ms {page.page.p95_ms:>6.1f}ms {page.page.rps:>7.1f}"
            f" │ {page.baseline.median_ms:>6.1f}ms {page.baseline.p95_ms:>6.1f}ms"
            f" {page.baseline.rps:>7.1f}"
            f" │ {page.median_ratio:>7.1f}× {page.rps_ratio:>7.3f}×"
            + (f"  ({errors} errors)" if errors else "")
        )
    return "\n".join(rows)
