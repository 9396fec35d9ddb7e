"""The Jangkauan (reach) dashboard on 90 days of bulk-seeded data: latency, queries, sizes.

`python -m bench.reach` builds a throwaway site (bench/environment.py: its own Redis,
SQLite in a temporary folder or your DATABASE_URL), seeds it with
`manage.py seed_reach_bench`, then times `/admin/jangkauan/?rentang=90` and a few
filtered variants **in-process with Django's test client** (logged in as an Analis,
DEBUG off, bench.settings), so the figures are the view's own work without HTTP.
It also measures analytics_metricsnapshot's rows and bytes, runs
`rollup_old_snapshots`, measures again, and extrapolates to 100k posts a year.

Knobs: BENCH_REACH_ARTICLES (50000), BENCH_REACH_SNAPSHOTS (200000),
BENCH_REACH_RUNS (7 timed requests per variant, after one warm-up), DATABASE_URL.
Writes var/bench/reach.json.
"""

import json
import os
import platform
import signal
import statistics
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime

from bench.environment import REPO_ROOT, BenchSite

OUTPUT = REPO_ROOT / "var" / "bench" / "reach.json"
TARGET_MS = 1000
# analytics.cadence: 48 hourly + 20 six-hourly (to day 7) + 83 daily (to day 90) readings.
ROWS_PER_POST_RAW = 48 + 20 + 83
YEARLY_POSTS = 100_000


@dataclass(frozen=True)
class Options:
    articles: int
    snapshots: int
    runs: int

    @classmethod
    def from_environment(cls) -> "Options":
        return cls(
            articles=int(os.environ.get("BENCH_REACH_ARTICLES") or 50_000),
            snapshots=int(os.environ.get("BENCH_REACH_SNAPSHOTS") or 200_000),
            runs=int(os.environ.get("BENCH_REACH_RUNS") or 7),
        )


@dataclass
class Variant:
    name: str
    path: str
    timings_ms: list[float] = field(default_factory=list)
    queries: int = 0
    slowest_queries: list[dict] = field(default_factory=list)
    bytes: int = 0

    @property
    def median_ms(self) -> float:
        return statistics.median(self.timings_ms)

    @property
    def p95_ms(self) -> float:
        ordered = sorted(self.timings_ms)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    def summary(self) -> dict:
        return {
            "name": self.name,
            "path": self.path,
            "median_ms": round(self.median_ms, 1),
            "p95_ms": round(self.p95_ms, 1),
            "max_ms": round(max(self.timings_ms), 1),
            "runs": len(self.timings_ms),
            "queries": self.queries,
            "bytes": self.bytes,
            "under_target": self.p95_ms < TARGET_MS,
            "slowest_queries": self.slowest_queries,
        }


def log(line: str) -> None:
    print(line, flush=True)


def seed(options: Options) -> float:
    from django.core.management import call_command

    started = time.monotonic()
    call_command(
        "seed_reach_bench",
        articles=options.articles,
        snapshots=options.snapshots,
        throwaway=True,
    )
    return time.monotonic() - started


def variants() -> list[Variant]:
    from news.models import Region

    region = Region.objects.order_by("pk").first()
    base = "/admin/jangkauan/?rentang=90"
    return [
        Variant("90 days", base),
        Variant("30 days", "/admin/jangkauan/?rentang=30"),
        Variant("90 d, wilayah", f"{base}&wilayah={region.pk}"),
        Variant("90 d, facebook", f"{base}&platform=facebook"),
        Variant("90 d, wilayah+x", f"{base}&wilayah={region.pk}&platform=x"),
    ]


def analis_client():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client

    from core.roles import ANALIS

    user, _ = get_user_model().objects.get_or_create(username="bench-analis")
    user.groups.add(Group.objects.get(name=ANALIS))
    client = Client(HTTP_HOST="127.0.0.1", raise_request_exception=True)
    client.force_login(user)
    return client


def time_variant(client, variant: Variant, runs: int) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        response = client.get(variant.path)  # warm-up, and the query count
    if response.status_code != 200:
        raise RuntimeError(f"{variant.path} answered {response.status_code}")
    variant.bytes = len(response.content)
    variant.queries = len(captured)
    slowest = sorted(captured.captured_queries, key=lambda q: -float(q["time"]))[:3]
    variant.slowest_queries = [
        {"seconds": float(q["time"]), "sql": q["sql"][:400]} for q in slowest
    ]
    for _ in range(runs):
        started = time.perf_counter()
        client.get(variant.path)
        variant.timings_ms.append((time.perf_counter() - started) * 1000)


def table_sizes() -> dict:
    """Rows and bytes (table + its indexes) of the tables the dashboard reads."""
    from django.db import connection

    tables = {
        "analytics_metricsnapshot": "analytics_metricsnapshot",
        "syndication_syndication": "syndication_syndication",
        "news_dailyarticleviews": "news_dailyarticleviews",
        "wagtailcore_page": "wagtailcore_page",
    }
    sizes = {}
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"SELECT COUNT(*) FROM {table}")
            rows = cursor.fetchone()[0]
            if connection.vendor == "postgresql":
                cursor.execute(
                    "SELECT pg_relation_size(%s), pg_total_relation_size(%s)", [table] * 2
                )
                heap, total = cursor.fetchone()
            elif connection.vendor == "sqlite":
                cursor.execute(
                    "SELECT name, SUM(pgsize) FROM dbstat WHERE name = %s OR name IN"
                    " (SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = %s)"
                    " GROUP BY name",
                    [table, table],
                )
                by_name = dict(cursor.fetchall())
                heap, total = by_name.get(table, 0), sum(by_name.values())
            else:
                heap = total = None
            sizes[table] = {
                "rows": rows,
                "table_bytes": heap,
                "total_bytes": total,
                "bytes_per_row": round(total / rows, 1) if rows and total else None,
            }
    return sizes


def yearly_estimate(bytes_per_row: float) -> dict:
    """100k posts a year at analytics.cadence, with and without rollup_old_snapshots (14 d)."""
    from analytics.collection import ROLLUP_AFTER_DAYS

    # A post's readings after rollup: one per WIB day it was read on (≈ 90 + the day it was
    # posted), but the last ROLLUP_AFTER_DAYS days of posts still have their hourly rows.
    after_rollup_per_post = 91
    recent_posts = YEARLY_POSTS * ROLLUP_AFTER_DAYS / 365
    raw_rows = YEARLY_POSTS * ROWS_PER_POST_RAW
    rolled_rows = round(
        YEARLY_POSTS * after_rollup_per_post
        + recent_posts * (ROWS_PER_POST_RAW - after_rollup_per_post) * 0.5
    )
    return {
        "posts": YEARLY_POSTS,
        "rows_per_post_raw": ROWS_PER_POST_RAW,
        "rows_per_post_rolled_up": after_rollup_per_post,
        "rows_without_rollup": raw_rows,
        "rows_with_rollup": rolled_rows,
        "bytes_per_row_measured": bytes_per_row,
        "bytes_without_rollup": round(raw_rows * bytes_per_row),
        "bytes_with_rollup": round(rolled_rows * bytes_per_row),
    }


def run(site: BenchSite, options: Options | None = None, *, log=log) -> dict:
    """Prepare (migrate, seed), measure and return the report; the caller owns `site`."""
    options = options or Options.from_environment()
    started = time.monotonic()
    site.prepare_database(articles=0)
    from django.db import connection

    log(f"Seeding {options.articles:,} articles and {options.snapshots:,} snapshots …")
    seed_seconds = seed(options)
    log(f"  seeded in {seed_seconds:.0f} s")
    if connection.vendor in ("sqlite", "postgresql"):
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # fresh planner statistics after the bulk insert
    sizes_before = table_sizes()
    client = analis_client()
    measured = variants()
    log(f"Timing the dashboard in-process, {options.runs} runs per variant after a warm-up:")
    for variant in measured:
        time_variant(client, variant, options.runs)
        log(
            f"  {variant.name:<16} median {variant.median_ms:7.0f} ms  p95 {variant.p95_ms:7.0f} ms"
        )
    from analytics.collection import rollup_old_snapshots

    rollup_started = time.monotonic()
    deleted = rollup_old_snapshots()
    rollup_seconds = time.monotonic() - rollup_started
    sizes_after = table_sizes()
    snapshots = sizes_before["analytics_metricsnapshot"]
    report = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
        },
        "database": connection.vendor,
        "client": "in-process django.test.Client, logged-in Analis, bench.settings (DEBUG off)",
        "settings": asdict(options),
        "seed_seconds": round(seed_seconds, 1),
        "variants": [variant.summary() for variant in measured],
        "sizes_seeded": sizes_before,
        "rollup": {
            "deleted": deleted,
            "seconds": round(rollup_seconds, 1),
            "sizes_after": sizes_after,
        },
        "yearly_estimate": yearly_estimate(snapshots["bytes_per_row"] or 0),
        "total_seconds": round(time.monotonic() - started, 1),
    }
    connection.close()
    return report


def render(report: dict) -> str:
    header = f"{'variant':<16} {'median':>9} {'p95':>9} {'SQL':>4} {'bytes':>9}  < 1 s"
    lines = [header, "─" * len(header)]
    for row in report["variants"]:
        lines.append(
            f"{row['name']:<16} {row['median_ms']:>7.0f}ms {row['p95_ms']:>7.0f}ms"
            f" {row['queries']:>4} {row['bytes']:>9,}  {'yes' if row['under_target'] else 'NO'}"
        )
    lines += ["", f"{'table':<26} {'rows':>10} {'MB':>8} {'B/row':>7}  (table + indexes)"]
    for label, sizes in (
        ("seeded", report["sizes_seeded"]),
        ("after rollup", report["rollup"]["sizes_after"]),
    ):
        for table, size in sizes.items():
            if label == "after rollup" and table != "analytics_metricsnapshot":
                continue
            total = size["total_bytes"] or 0
            lines.append(
                f"{table + (' (rolled up)' if label == 'after rollup' else ''):<26}"
                f" {size['rows']:>10,} {total / 1e6:>8.1f} {size['bytes_per_row'] or 0:>7}"
            )
    estimate = report["yearly_estimate"]
    lines += [
        "",
        f"rollup_old_snapshots: deleted {report['rollup']['deleted']:,} rows"
        f" in {report['rollup']['seconds']} s",
        f"100k posts a year at {estimate['bytes_per_row_measured']} B/row:"
        f" {estimate['rows_without_rollup']:,} rows /"
        f" {estimate['bytes_without_rollup'] / 1e9:.2f} GB"
        f" without rollup; {estimate['rows_with_rollup']:,} rows /"
        f" {estimate['bytes_with_rollup'] / 1e9:.2f} GB with it",
    ]
    return "\n".join(lines)


def write_report(report: dict) -> None:
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(report, indent=2, ensure_ascii=False, default=str) + "\n")


def _exit_on_sigterm(signum, frame):
    raise SystemExit(128 + signum)


def main() -> int:
    options = Options.from_environment()
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    with BenchSite(log=log) as site:
        log(f"Preparing a throwaway site in {site.workdir}")
        site.configure()
        if not os.environ.get("TOKEN_ENCRYPTION_KEYS"):
            from cryptography.fernet import Fernet

            os.environ["TOKEN_ENCRYPTION_KEYS"] = Fernet.generate_key().decode()
        report = run(site, options, log=log)
    log("")
    log(render(report))
    write_report(report)
    log(f"Wrote {OUTPUT.relative_to(REPO_ROOT)} ({report['total_seconds']:.0f} s in all)")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("\nInterrupted; everything the benchmark started has been stopped.", file=sys.stderr)
        sys.exit(130)
