"""`python -m bench` (`make bench`): set up a throwaway site, benchmark the public pages, tear down.

Settings come from the environment: BENCH_SECONDS (per page, and again for its
baseline), BENCH_CONCURRENCY, BENCH_ROUNDS, BENCH_ARTICLES, BENCH_SEARCH_QUERY,
and DATABASE_URL to use your own (for example PostgreSQL) database instead of SQLite.
"""

import json
import os
import platform
import signal
import sys
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from bench import public_pages
from bench.environment import GUNICORN_WORKERS, REPO_ROOT, BenchSite

OUTPUT = REPO_ROOT / "var" / "bench" / "public_pages.json"


@dataclass(frozen=True)
class Options:
    seconds: float
    concurrency: int
    rounds: int
    articles: int
    search_query: str

    @classmethod
    def from_environment(cls) -> "Options":
        def setting(name: str, default: str) -> str:
            return os.environ.get(name) or default

        return cls(
            seconds=float(setting("BENCH_SECONDS", "6")),
            concurrency=int(setting("BENCH_CONCURRENCY", "4")),
            rounds=int(setting("BENCH_ROUNDS", "3")),
            articles=int(setting("BENCH_ARTICLES", "320")),
            search_query=setting("BENCH_SEARCH_QUERY", "masyarakat"),
        )


def log(line: str) -> None:
    print(line, flush=True)


def _exit_on_sigterm(signum, frame):
    raise SystemExit(128 + signum)


def run(site: BenchSite, options: Options):
    """Set the site up, count queries, warm up and measure; returns the pages and database."""
    log(f"Preparing a throwaway site in {site.workdir}")
    site.configure()
    site.prepare_database(articles=options.articles)
    from django.db import connection

    pages = public_pages.public_pages(options.search_query)
    public_pages.count_queries(pages, phase="cold")
    port = site.start_gunicorn()
    log(f"gunicorn ({GUNICORN_WORKERS} workers) on 127.0.0.1:{port}; warming up:")
    public_pages.warm_up(port, pages, log=log)
    public_pages.count_queries(pages, phase="warm")
    log(
        f"Measuring: {options.seconds:g} s per page and per baseline,"
        f" {options.concurrency} clients, {options.rounds} alternating rounds"
    )
    public_pages.measure(
        port,
        pages,
        seconds=options.seconds,
        concurrency=options.concurrency,
        rounds=options.rounds,
        log=log,
    )
    database = connection.vendor
    connection.close()
    return pages, database


def main() -> int:
    options = Options.from_environment()
    started = time.monotonic()
    signal.signal(signal.SIGTERM, _exit_on_sigterm)

    with BenchSite(log=log) as site:
        try:
            pages, database = run(site, options)
        except Exception:
            if tail := site.gunicorn_log_tail():
                log(f"gunicorn's log ends with:\n{tail}")
            raise

    table = public_pages.render_table(pages)
    log("")
    log(table)
    log("")
    log(
        "median ×: page median latency ÷ baseline median (lower is better);"
        " req/s ×: page throughput ÷ baseline throughput (higher is better)."
    )
    report = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
        },
        "settings": {
            **asdict(options),
            "gunicorn_workers": GUNICORN_WORKERS,
            "database": database,
        },
        "pages": [page.summary() for page in pages],
        "total_seconds": round(time.monotonic() - started, 1),
    }
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    log(f"Wrote {OUTPUT.relative_to(REPO_ROOT)} ({report['total_seconds']:.0f} s in all)")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("\nInterrupted; everything the benchmark started has been stopped.", file=sys.stderr)
        sys.exit(130)
