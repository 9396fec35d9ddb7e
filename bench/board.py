"""Kinerja Data OPD (the desk's board) on 40 agencies × 5 years of monthly requests.

`python -m bench.board` (or `make bench BENCH_ONLY=board`) builds a throwaway site
(bench/environment.py: its own Redis, SQLite in a temporary folder or your DATABASE_URL),
seeds a few articles and then `manage.py seed_board_bench` (every request to every agency,
answered by four habits, reports for about half the answers), and times
`/admin/desk/kinerja/` for a 1-year and a 5-year period, sorted, as CSV and as an operator's
one row, **in-process with Django's test client** (logged in as a Pengelola Data, DEBUG off,
bench.settings): the view's own work without HTTP. The median of the runs is the figure the
issue's target (under 300 ms) is held against; the query count is per request.

Knobs: BENCH_BOARD_AGENCIES (40), BENCH_BOARD_YEARS (5), BENCH_BOARD_PER_MONTH (1 request a
month; raise it to see that time, not queries, grows with the data), BENCH_BOARD_RUNS (15
timed requests per variant, after one warm-up), DATABASE_URL. Writes var/bench/board.json.
"""

import json
import os
import platform
import signal
import sys
import time
from datetime import UTC, datetime, timedelta

from bench.environment import REPO_ROOT, BenchSite
from bench.reach import Variant, time_variant

OUTPUT = REPO_ROOT / "var" / "bench" / "board.json"
TARGET_MS = 300
ARTICLES = 10


def log(line: str) -> None:
    print(line, flush=True)


def options_from_environment() -> dict:
    return {
        "agencies": int(os.environ.get("BENCH_BOARD_AGENCIES") or 40),
        "years": int(os.environ.get("BENCH_BOARD_YEARS") or 5),
        "per_month": int(os.environ.get("BENCH_BOARD_PER_MONTH") or 1),
        "runs": int(os.environ.get("BENCH_BOARD_RUNS") or 15),
    }


def period(months: int) -> str:
    """The last `months` whole months up to this one, as the board's custom range."""
    from django.utils import timezone

    from desk.models import add_months

    this_month = timezone.localdate().replace(day=1)
    start = add_months(this_month, 1 - months)
    end = add_months(this_month, 1) - timedelta(days=1)
    return f"rentang=custom&dari={start:%d/%m/%Y}&sampai={end:%d/%m/%Y}"


def variants(years: int) -> list[Variant]:
    page, csv = "/admin/desk/kinerja/", "/admin/desk/kinerja/unduh/"
    one_year, all_years = period(12), period(12 * years)
    return [
        Variant("1 year", f"{page}?{one_year}"),
        Variant(f"{years} years", f"{page}?{all_years}"),
        Variant(f"{years} y, by median", f"{page}?{all_years}&urut=-median"),
        Variant(f"{years} y, CSV", f"{csv}?{all_years}"),
    ]


def client_for(username: str, *, role: str | None = None, agency=None):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client

    from desk.models import AgencyOperator

    user, _ = get_user_model().objects.get_or_create(username=username)
    if role:
        user.groups.add(Group.objects.get(name=role))
    if agency:
        AgencyOperator.objects.update_or_create(user=user, defaults={"agency": agency})
    client = Client(HTTP_HOST="127.0.0.1", raise_request_exception=True)
    client.force_login(user)
    return client


def row_counts() -> dict:
    from desk.models import DataRequest, DataRequestRecipient, ProgrammeReport
    from news.models import Agency

    return {
        "agencies": Agency.objects.count(),
        "requests": DataRequest.objects.count(),
        "recipients": DataRequestRecipient.objects.count(),
        "reports": ProgrammeReport.objects.count(),
    }


def run(site: BenchSite, options: dict | None = None, *, log=log) -> dict:
    """Prepare (migrate, seed), measure and return the report; the caller owns `site`."""
    options = options or options_from_environment()
    started = time.monotonic()
    site.prepare_database(articles=ARTICLES)
    from django.core.management import call_command
    from django.db import connection

    from core.roles import PENGELOLA_DATA
    from news.models import Agency

    seeding = time.monotonic()
    call_command(
        "seed_board_bench",
        agencies=options["agencies"],
        years=options["years"],
        per_month=options["per_month"],
        throwaway=True,
    )
    seed_seconds = time.monotonic() - seeding
    if connection.vendor in ("sqlite", "postgresql"):
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    rows = row_counts()
    log(f"  seeded {rows} in {seed_seconds:.1f} s")
    measured = variants(options["years"])
    staff = client_for("bench-pengelola", role=PENGELOLA_DATA)
    log(f"Timing the board in-process, {options['runs']} runs per variant after a warm-up:")
    for variant in measured:
        time_variant(staff, variant, options["runs"])
        log(f"  {variant.name:<18} median {variant.median_ms:6.1f} ms  {variant.queries} queries")
    operator = client_for("bench-operator", agency=Agency.objects.order_by("slug").first())
    own_row = Variant(f"{options['years']} y, operator", measured[1].path)
    time_variant(operator, own_row, options["runs"])
    measured.append(own_row)
    log(f"  {own_row.name:<18} median {own_row.median_ms:6.1f} ms  {own_row.queries} queries")
    report = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
        },
        "database": connection.vendor,
        "client": "in-process django.test.Client, Pengelola Data (and one operator), DEBUG off",
        "settings": options,
        "rows": rows,
        "seed_seconds": round(seed_seconds, 1),
        "target_ms": TARGET_MS,
        "variants": [
            {**variant.summary(), "under_target": variant.median_ms < TARGET_MS}
            for variant in measured
        ],
        "total_seconds": round(time.monotonic() - started, 1),
    }
    connection.close()
    return report


def render(report: dict) -> str:
    header = f"{'variant':<18} {'median':>9} {'p95':>9} {'SQL':>4} {'bytes':>9}  < 300 ms"
    lines = [header, "─" * len(header)]
    for row in report["variants"]:
        lines.append(
            f"{row['name']:<18} {row['median_ms']:>7.1f}ms {row['p95_ms']:>7.1f}ms"
            f" {row['queries']:>4} {row['bytes']:>9,}  {'yes' if row['under_target'] else 'NO'}"
        )
    rows = report["rows"]
    lines.append(
        f"\n{rows['agencies']} agencies, {rows['requests']:,} requests, {rows['recipients']:,}"
        f" recipients, {rows['reports']:,} reports on {report['database']}"
    )
    return "\n".join(lines)


def write_report(report: dict) -> None:
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(report, indent=2, ensure_ascii=False, default=str) + "\n")


def _exit_on_sigterm(signum, frame):
    raise SystemExit(128 + signum)


def main() -> int:
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    with BenchSite(log=log) as site:
        log(f"Preparing a throwaway site in {site.workdir}")
        site.configure()
        report = run(site, log=log)
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
