"""`python -m bench` (`make bench`): set up a throwaway site, benchmark it, tear down.

Two parts, both by default: the public pages, then syndication (bench/syndication.py).
BENCH_ONLY=public, syndication or reach runs one of them.

Settings come from the environment: BENCH_SECONDS (per page, and again for its
baseline), BENCH_CONCURRENCY, BENCH_ROUNDS, BENCH_ARTICLES, BENCH_SEARCH_QUERY,
the BENCH_* knobs of bench/syndication.py, and DATABASE_URL to use your own
(for example PostgreSQL) database instead of SQLite.
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
from bench import reach as reach_bench
from bench import syndication as syndication_bench
from bench.environment import GUNICORN_WORKERS, REPO_ROOT, BenchSite

OUTPUT = REPO_ROOT / "var" / "bench" / "public_pages.json"
PARTS = ("public", "syndication", "reach")


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


def selected_parts() -> list[str]:
    only = (os.environ.get("BENCH_ONLY") or "").strip().lower()
    if not only or only == "all":
        return list(PARTS)
    if only not in PARTS:
        raise SystemExit(f"BENCH_ONLY must be one of {', '.join(PARTS)} (or empty), not {only!r}")
    return [only]


def machine() -> dict:
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
    }


def main() -> int:
    parts = selected_parts()
    options = Options.from_environment()
    syndication_options = syndication_bench.Options.from_environment()
    signal.signal(signal.SIGTERM, _exit_on_sigterm)

    with BenchSite(log=log) as site:
        log(f"Preparing a throwaway site in {site.workdir}")
        site.configure()
        if "syndication" in parts:
            syndication_bench.configure_environment()
        if "public" in parts:
            started = time.monotonic()
            try:
                pages, database = run(site, options)
            except Exception:
                if tail := site.gunicorn_log_tail():
                    log(f"gunicorn's log ends with:\n{tail}")
                raise
            report_public_pages(pages, database, options, started, site.seeding)
        if "syndication" in parts:
            if "public" not in parts:
                site.prepare_database(articles=0)
            log("")
            log("Syndication: sandbox and Celery workers as subprocesses")
            report = syndication_bench.run(site, syndication_options, log=log)
            log("")
            log(syndication_bench.render(report))
            from django.db import connection

            syndication_bench.write_report(
                report,
                {
                    "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
                    "machine": machine(),
                    "database": connection.vendor,
                },
            )
            connection.close()
            log(
                f"Wrote {syndication_bench.OUTPUT.relative_to(REPO_ROOT)}"
                f" ({report['total_seconds']:.0f} s in all)"
            )
        if "reach" in parts:
            # The reach dashboard over 50k articles and 200k snapshots (issue: under 1 s).
            os.environ.setdefault("BENCH_REACH_RUNS", "3")
            log("")
            log("Reach dashboard: seeded by manage.py seed_reach_bench")
            report = reach_bench.run(site, reach_bench.Options.from_environment(), log=log)
            log(reach_bench.render(report))
            reach_bench.write_report(report)
    return 0


def report_public_pages(pages, database, options, started, seeding) -> None:
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
        "machine": machine(),
        "settings": {
            **asdict(options),
            "gunicorn_workers": GUNICORN_WORKERS,
            "database": database,
        },
        "pages": [page.summary() for page in pages],
        "seeding": seeding,
        "total_seconds": round(time.monotonic() - started, 1),
    }
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    log(f"Wrote {OUTPUT.relative_to(REPO_ROOT)} ({report['total_seconds']:.0f} s in all)")


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("\nInterrupted; everything the benchmark started has been stopped.", file=sys.stderr)
        sys.exit(130)
