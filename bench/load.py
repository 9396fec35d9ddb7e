"""A small closed-loop load generator: N threads, each sending GETs back to back.

It uses http.client rather than requests because the client's own cost lands
in every latency it measures, and gunicorn's sync workers close the connection
after each response anyway, so there is no keep-alive to gain.
"""

import http.client
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

# A reader's browser: bots are not counted as views, and readers are what we measure.
BROWSER_HEADERS = {
    "User-Agent": (
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/131.0 Safari/537.36"
    ),
    "Accept": "text/html,application/xhtml+xml",
    "Accept-Language": "id-ID,id;q=0.9",
}


def fetch(port: int, path: str, timeout: float = 30.0) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers=BROWSER_HEADERS)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@dataclass
class LoadResult:
    """Latencies (seconds) of successful requests, over the wall time spent sending them."""

    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    wall_seconds: float = 0.0

    def add(self, other: "LoadResult") -> None:
        self.latencies += other.latencies
        self.errors += other.errors
        self.wall_seconds += other.wall_seconds

    @property
    def requests(self) -> int:
        return len(self.latencies)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.latencies) * 1000 if self.latencies else float("nan")

    @property
    def p95_ms(self) -> float:
        return percentile(self.latencies, 95) * 1000 if self.latencies else float("nan")

    @property
    def rps(self) -> float:
        return self.requests / self.wall_seconds if self.wall_seconds else 0.0

    def summary(self) -> dict:
        return {
            "requests": self.requests,
            "errors": self.errors,
            "seconds": round(self.wall_seconds, 3),
            "median_ms": round(self.median_ms, 2),
            "p95_ms": round(self.p95_ms, 2),
            "rps": round(self.rps, 1),
        }


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile: the smallest value with at least pct% of values at or below it."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]


def generate_load(
    port: int, path: str, *, seconds: float, concurrency: int, expected_status: int = 200
) -> LoadResult:
    """Keep `concurrency` requests in flight for `seconds`; a wrong status counts as an error."""
    deadline = time.perf_counter() + seconds
    stop = threading.Event()

    def one_client() -> LoadResult:
        result = LoadResult()
        while not stop.is_set() and time.perf_counter() < deadline:
            started = time.perf_counter()
            try:
                status, _ = fetch(port, path)
            except OSError:
                result.errors += 1
                continue
            if status == expected_status:
                result.latencies.append(time.perf_counter() - started)
            else:
                result.errors += 1
        return result

    total = LoadResult()
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        futures = [pool.submit(one_client) for _ in range(concurrency)]
        try:
            for future in futures:
                total.add(future.result())
        except BaseException:
            stop.set()  # Ctrl-C: let the clients finish their request and return
            raise
    total.wall_seconds = time.perf_counter() - started
    return total
