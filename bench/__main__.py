"""`python -m bench` (`make bench`): set up a throwaway site, benchmark it, tear down.

Four parts, all by default: the public pages, syndication (bench/syndication.py), the
reach dashboard (bench/reach.py) and the desk's board (bench/board.py).
BENCH_ONLY=public, syndication, reach or board runs one of them.

The public pages are measured through gunicorn, against a same-size trivial view, and
through deploy/nginx/'s microcache against nginx serving the same bytes (bench/edge.py).
Settings come from the environment: BENCH_SECONDS (per row), BENCH_CONCURRENCY,
BENCH_ROUNDS, BENCH_ARTICLES, BENCH_SEARCH_QUERY,
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

from bench import board as board_bench
from bench import edge, public_pages
from bench import reach as reach_bench
from bench import syndication as syndication_bench
from bench.environment import GUNICORN_WORKERS, REPO_ROOT, BenchSite
from bench.wrk import Wrk, wrk_binary

OUTPUT = REPO_ROOT / "var" / "bench" / "public_pages.json"
PARTS = ("public", "syndication", "reach", "board")


@dataclass(frozen=True)
class Options:
    seconds: float
    concurrency: int
    load_generator: str
    rounds: int
    articles: int
    search_query: str

    @classmethod
    def from_environment(cls) -> "Options":
        def setting(name: str, default: str) -> str:
            return os.environ.get(name) or default

        # wrk as in the figures (-t2 -c16); bench/load.py's threads where it is missing.
        generator = "wrk" if wrk_binary() else "python"
        return cls(
            seconds=float(setting("BENCH_SECONDS", "6")),
            concurrency=int(setting("BENCH_CONCURRENCY", "16" if generator == "wrk" else "4")),
            load_generator=generator,
            rounds=int(setting("BENCH_ROUNDS", "3")),
            articles=int(setting("BENCH_ARTICLES", "320")),
            search_query=setting("BENCH_SEARCH_QUERY", "masyarakat"),
        )


def log(line: str) -> None:
    print(line, flush=True)


def _exit_on_sigterm(signum, frame):
    raise SystemExit(128 + signum)


def run(site: BenchSite, options: Options):
    """Set the site up, count queries, warm up and measure; returns the pages, database, extras."""
    site.prepare_database(articles=options.articles)
    from django.db import connection

    pages = public_pages.public_pages(options.search_query)
    public_pages.count_queries(pages, phase="cold")
    port = site.start_gunicorn()
    log(f"gunicorn ({GUNICORN_WORKERS} workers) on 127.0.0.1:{port}; warming up:")
    public_pages.warm_up(port, pages, log=log)
    public_pages.count_queries(pages, phase="warm")

    wrk = Wrk(connections=options.concurrency) if options.load_generator == "wrk" else None
    load = (
        edge.WrkLoad(wrk, f"http://127.0.0.1:{port}")
        if wrk
        else edge.PythonLoad(port, options.concurrency)
    )
    nginx = site.start_nginx() if wrk else None
    if nginx is None:
        log(
            "Skipping the nginx rows: "
            + ("wrk is missing (apt-get install wrk)" if not wrk else "nginx is missing")
        )
    else:
        log(f"nginx (deploy/nginx/) on https://127.0.0.1:{nginx.https_port}:")
        edge.prepare_nginx(nginx, pages, site.workdir / "static", log=log)
    edge_load = edge.WrkLoad(wrk, nginx.https_url) if nginx else None
    log(
        f"Measuring with {load.name}: {options.seconds:g} s per row,"
        f" {options.concurrency} connections, {options.rounds} alternating rounds"
    )
    try:
        public_pages.measure(
            port,
            pages,
            load,
            seconds=options.seconds,
            rounds=options.rounds,
            edge_load=edge_load,
            log=log,
        )
    finally:
        if wrk:
            wrk.close()
    machine_read = edge.machine_read_latency(port, nginx)
    database = connection.vendor
    connection.close()
    return pages, database, machine_read


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
                pages, database, machine_read = run(site, options)
            except Exception:
                if tail := site.gunicorn_log_tail():
                    log(f"gunicorn's log ends with:\n{tail}")
                raise
            report_public_pages(pages, database, machine_read, options, started, site.seeding)
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
        if "board" in parts:
            # Kinerja Data OPD over 40 agencies × 5 years of monthly requests (under 300 ms).
            log("")
            log("Desk board: seeded by manage.py seed_board_bench")
            report = board_bench.run(site, log=log)
            log(board_bench.render(report))
            board_bench.write_report(report)
    return 0


def report_public_pages(pages, database, machine_read, options, started, seeding) -> None:
    log("")
    log(public_pages.render_table(pages))
    log("")
    log(
        "median ×: page median latency ÷ baseline median (lower is better);"
        " req/s ×: page throughput ÷ baseline throughput (higher is better)."
    )
    log("")
    log(edge.render_edge_table(pages))
    log("")
    log(
        "gunicorn ÷ trivial: the page's throughput over the trivial view of the same size, same"
        " gunicorn; microcache ÷ static: the page through nginx's microcache over nginx"
        " serving the same bytes as a file (both HTTPS, same nginx)."
    )
    log("")
    log(edge.render_machine_read(machine_read))
    report = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "settings": {
            **asdict(options),
            "gunicorn_workers": GUNICORN_WORKERS,
            "database": database,
        },
        "pages": [page.summary() for page in pages],
        "machine_read_latency": machine_read,
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
