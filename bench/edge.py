"""The public edge in the benchmark: loaders, nginx's microcache against its static files.

The issue's table, in one run: each page through gunicorn (warm), the trivial view of the
same size in the same gunicorn, the page through deploy/nginx/'s microcache, and nginx
serving the page's very bytes as a static file, through the same HTTPS server.
"""

import http.client
import ssl
import statistics
import time

from bench.load import BROWSER_HEADERS, LoadResult, generate_load, percentile
from bench.public_pages import PublicPage, static_copy_path
from bench.wrk import Wrk, WrkResult

# Feeds and sitemaps are read by machines one request at a time: their latency is what counts.
MACHINE_READ = [("feed", "/feed/"), ("sitemap", "/sitemap.xml")]
MACHINE_READ_REQUESTS = 10


class PythonLoad:
    """bench/load.py's threads against gunicorn: the fallback where wrk is missing."""

    name = "bench/load.py"

    def __init__(self, port: int, concurrency: int):
        self.port, self.concurrency = port, concurrency

    def new_result(self) -> LoadResult:
        return LoadResult()

    def measure(self, result: LoadResult, path: str, seconds: float) -> None:
        result.add(generate_load(self.port, path, seconds=seconds, concurrency=self.concurrency))


class WrkLoad:
    """wrk against a base URL (gunicorn over HTTP, or nginx over HTTPS)."""

    name = "wrk"

    def __init__(self, wrk: Wrk, base_url: str):
        self.wrk, self.base_url = wrk, base_url

    def new_result(self) -> WrkResult:
        return WrkResult()

    def measure(self, result: WrkResult, path: str, seconds: float) -> None:
        result.add(self.wrk.run(self.base_url + path, seconds))


def https_get(port: int, path: str, certificate) -> tuple[int, dict, bytes]:
    context = ssl.create_default_context(cafile=str(certificate))
    connection = http.client.HTTPSConnection("127.0.0.1", port, timeout=30, context=context)
    try:
        connection.request("GET", path, headers=BROWSER_HEADERS)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def prepare_nginx(nginx, pages: list[PublicPage], static_root, log=print) -> None:
    """Write each page's bytes as a static file, and check nginx caches each page."""
    folder = static_root / "__bench"
    folder.mkdir(parents=True, exist_ok=True)
    for page in pages:
        (folder / static_copy_path(page).rsplit("/", 1)[1]).write_bytes(page.body)
        statuses = []
        for _ in range(3):
            status, headers, body = https_get(nginx.https_port, page.path, nginx.certificate)
            if status != 200:
                raise RuntimeError(f"{page.path} answered {status} through nginx")
            statuses.append(headers.get("X-Cache-Status", "-"))
        status, _, body = https_get(nginx.https_port, static_copy_path(page), nginx.certificate)
        if status != 200 or len(body) != len(page.body):
            raise RuntimeError(f"nginx's static copy of {page.path}: {status}, {len(body)} B")
        log(f"  {page.name:<11} through nginx: {' → '.join(statuses)}")
        if statuses[-1] != "HIT":
            log(f"  warning: nginx does not cache {page.path}; its microcache row measures Django")


def machine_read_latency(port: int, nginx=None) -> list[dict]:
    """Warm latency of /feed/ and /sitemap.xml, one request at a time, via gunicorn and nginx."""
    rows = []
    for name, path in MACHINE_READ:
        row = {"name": name, "path": path}
        row["gunicorn"] = _sequential(lambda path=path: get_once(port, path))
        if nginx is not None:
            row["nginx"] = _sequential(
                lambda path=path: https_get(nginx.https_port, path, nginx.certificate)[0]
            )
        rows.append(row)
    return rows


def get_once(port: int, path: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path, headers=BROWSER_HEADERS)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def _sequential(request) -> dict:
    if request() != 200:  # the warm-up request, and a check that the path answers
        raise RuntimeError("a machine-read path did not answer 200")
    latencies = []
    for _ in range(MACHINE_READ_REQUESTS):
        started = time.perf_counter()
        request()
        latencies.append(time.perf_counter() - started)
    return {
        "median_ms": round(statistics.median(latencies) * 1000, 2),
        "p95_ms": round(percentile(latencies, 95) * 1000, 2),
    }


def render_edge_table(pages: list[PublicPage]) -> str:
    header = (
        f"{'page':<11} {'bytes':>8} │ {'gunicorn':>9} {'trivial':>9} {'÷':>6}"
        f" │ {'microcache':>10} {'static':>9} {'÷':>6} │ {'micro p50':>9} {'static p50':>10}"
    )
    rows = [header, f"{'':<20} │ {'req/s, page ÷ trivial view':^26} │ {'req/s, nginx':^27} │"]
    rows.append("─" * len(header))
    for page in pages:
        if page.microcache is None:
            micro = f" │ {'-':>10} {'-':>9} {'-':>6} │ {'-':>9} {'-':>10}"
        else:
            micro = (
                f" │ {page.microcache.rps:>10,.0f} {page.static.rps:>9,.0f}"
                f" {page.microcache_ratio:>6.3f}"
                f" │ {page.microcache.median_ms:>7.2f}ms {page.static.median_ms:>8.2f}ms"
            )
        errors = sum(
            result.errors
            for result in (page.page, page.baseline, page.microcache, page.static)
            if result is not None
        )
        rows.append(
            f"{page.name:<11} {page.size:>8,} │ {page.page.rps:>9,.0f} {page.baseline.rps:>9,.0f}"
            f" {page.rps_ratio:>6.3f}" + micro + (f"  ({errors} errors)" if errors else "")
        )
    return "\n".join(rows)


def render_machine_read(rows: list[dict]) -> str:
    lines = [f"Warm latency, one request at a time (median / p95 of {MACHINE_READ_REQUESTS}):"]
    for row in rows:
        text = f"  {row['path']:<13} gunicorn {_ms(row['gunicorn'])}"
        if "nginx" in row:
            text += f"   nginx {_ms(row['nginx'])}"
        lines.append(text)
    return "\n".join(lines)


def _ms(figures: dict) -> str:
    return f"{figures['median_ms']:.1f} / {figures['p95_ms']:.1f} ms"
