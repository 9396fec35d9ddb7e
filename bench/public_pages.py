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
from bench.load import BROWSER_HEADERS, LoadResult, fetch

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
    # The same bytes as the page: what nginx serves as a static file (bench/edge.py).
    body: bytes = b""
    # Through nginx (bench/edge.py): the microcache in front of gunicorn, and the page's
    # bytes as a static file; None when nginx or wrk is missing.
    microcache: LoadResult | None = None
    static: LoadResult | None = None

    @property
    def median_ratio(self) -> float:
        if not self.baseline.requests:
            return float("nan")
        return self.page.median_ms / self.baseline.median_ms

    @property
    def rps_ratio(self) -> float:
        return self.page.rps / self.baseline.rps if self.baseline.rps else float("nan")

    @property
    def microcache_ratio(self) -> float:
        if self.microcache is None or not self.static or not self.static.rps:
            return float("nan")
        return self.microcache.rps / self.static.rps

    def summary(self) -> dict:
        edge = {}
        if self.microcache is not None:
            edge = {
                "nginx_microcache": self.microcache.summary(),
                "nginx_static": self.static.summary(),
                "microcache_over_static_rps": round(self.microcache_ratio, 3),
            }
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
            **edge,
        }


def public_pages(search_query: str) -> list[PublicPage]:
    """Front page, news index, the newest article, a search for a common word, an agency's
    page with its figures, /data/ and its JSON download."""
    from news.listings import article_listing

    article = article_listing().first()
    if article is None:
        raise RuntimeError("No published article to benchmark; did seeding fail?")
    return [
        PublicPage("home", "/"),
        PublicPage("news index", "/berita/"),
        PublicPage("article", article.get_url()),
        PublicPage("search", f"/cari/?q={search_query}"),
        PublicPage("agency", "/opd/dinkes/"),
        PublicPage("open data", "/data/"),
        PublicPage("data JSON", "/data/laporan.json"),
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
        page.body = body
        status, body = fetch(port, baseline_path(page.size))
        if status != 200 or len(body) != page.size:
            raise RuntimeError(f"baseline for {page.size} bytes answered {status}, {len(body)} B")
        log(f"  {page.name:<11} {page.path}  {page.size:,} B")


def measure(
    port: int,
    pages: list[PublicPage],
    load,
    *,
    seconds: float,
    rounds: int,
    edge_load=None,
    log=print,
) -> None:
    """Alternate page, baseline (and nginx's two rows) in short rounds, so noise hits all alike.

    `load` and `edge_load` are bench/edge.py loaders: gunicorn's port, and nginx's HTTPS port.
    """
    slice_seconds = seconds / rounds
    for page in pages:
        started = time.monotonic()
        page.page, page.baseline = load.new_result(), load.new_result()
        if edge_load is not None:
            page.microcache, page.static = edge_load.new_result(), edge_load.new_result()
        rows = [(load, page.page, page.path), (load, page.baseline, baseline_path(page.size))]
        if edge_load is not None:
            rows += [
                (edge_load, page.microcache, page.path),
                (edge_load, page.static, static_copy_path(page)),
            ]
        for _ in range(rounds):
            for loader, result, path in rows:
                settle(port)
                loader.measure(result, path, slice_seconds)
        counts = [page.page.requests, page.baseline.requests]
        if edge_load is not None:
            counts += [page.microcache.requests, page.static.requests]
        log(
            f"  {page.name:<11} {' + '.join(map(str, counts))} requests"
            f" in {time.monotonic() - started:.0f} s"
        )


def settle(port: int, timeout: float = 120.0) -> None:
    """Wait until gunicorn has worked off the requests a load generator left queued.

    wrk closes its connections when its time is up, but the requests already accepted are
    still served; a slow page would otherwise eat into the next row's time and CPU.
    """
    deadline = time.monotonic() + timeout
    quick = 0
    while quick < 2 and time.monotonic() < deadline:
        started = time.monotonic()
        fetch(port, baseline_path(1))
        quick = quick + 1 if time.monotonic() - started < 0.05 else 0


def static_copy_path(page: PublicPage) -> str:
    """Where nginx serves the page's bytes as a file (bench/edge.py writes it)."""
    return f"/static/__bench/{page.name.replace(' ', '-')}.html"


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
