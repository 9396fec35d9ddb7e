"""`make chaos` (`python -m bench.chaos`): one post per article and account, whatever breaks.

Two Celery worker processes and beat on PostgreSQL, a private Redis with an append-only
file and the platform sandbox (20 % of API calls answered 5xx, 10 % of posts stored and
then answered by a dropped connection) drain a burst of CHAOS_ARTICLES (60) articles × 4
accounts. During the drain one worker is killed with SIGKILL (its pool with it) and started
again, and Redis is killed with SIGKILL and restarted from its AOF; the other worker and beat
are never restarted. Beat runs the sweeper every 10 s (bench/chaos_settings.py). When every
row has ended, the sandbox's own record of posts is read and the figures printed; the exit
status is 0 only with no duplicate, no missing post, no row left unended and the untouched
worker and beat still alive.

DATABASE_URL must be PostgreSQL: the run gets a fresh database `<name>_chaos`, copied from
`<name>_chaos_template`, which is migrated first (so only the first run pays for migrating).
CHAOS_PORT=N puts Redis on N and the sandbox on N+1 (default: free ports).
"""

import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bench.chaos_database import fresh_database
from bench.chaos_processes import Processes, configure
from bench.syndication import DONE, MARKER, PLATFORMS, create_videos, sandbox_call

UNENDED = ("in_flight", "pending", "unknown")
SURVIVORS = ("chaos2", "beat")  # never restarted: they must ride out everything


@dataclass(frozen=True)
class Options:
    articles: int = 60
    error_rate: float = 0.2
    crash_rate: float = 0.1
    timeout: float = 300.0
    seed: int = 0
    port: int = 0

    @classmethod
    def from_environment(cls) -> "Options":
        def setting(name: str, default) -> str:
            return os.environ.get(name) or str(default)

        return cls(
            articles=int(setting("CHAOS_ARTICLES", 60)),
            error_rate=float(setting("CHAOS_ERROR_RATE", 0.2)),
            crash_rate=float(setting("CHAOS_CRASH_RATE", 0.1)),
            timeout=float(setting("CHAOS_TIMEOUT", 300)),
            seed=int(setting("CHAOS_SEED", int(time.time()) % 100_000)),
            port=int(setting("CHAOS_PORT", 0)),
        )


@dataclass
class Run:
    """What happened, for the report: events (seconds after the commit) and the final rows."""

    events: list[tuple[float, str]] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    row_ids: dict[str, set[str]] = field(default_factory=dict)  # platform -> row ids
    on_platform: dict[str, Counter] = field(default_factory=dict)  # platform -> marker counts
    posts: dict[str, list[dict]] = field(default_factory=dict)  # platform -> the sandbox's
    repeated_writes: int = 0  # YouTube descriptions written again with the same text
    drain_seconds: float = 0.0
    settled: bool = False
    dead: list[str] = field(default_factory=list)  # survivors that exited

    def duplicates(self) -> int:
        counts = [n for markers in self.on_platform.values() for n in markers.values()]
        return sum(n - 1 for n in counts if n > 1)

    def strays(self) -> int:
        """Posts whose marker is no row of this run's (must be none)."""
        return sum(
            n
            for platform, markers in self.on_platform.items()
            for marker, n in markers.items()
            if marker not in self.row_ids.get(platform, set())
        )

    def missing(self) -> int:
        return sum(
            len(ids - set(self.on_platform.get(platform, {})))
            for platform, ids in self.row_ids.items()
        )

    def unended(self) -> int:
        return sum(self.statuses[status] for status in UNENDED)

    def passed(self) -> bool:
        return (
            self.settled
            and not self.dead
            and self.duplicates() == 0
            and self.strays() == 0
            and self.missing() == 0
            and self.unended() == 0
        )


def row_counts(page_ids: list[int]) -> Counter:
    from django.db import close_old_connections

    from syndication.models import Syndication

    close_old_connections()
    return Counter(
        Syndication.objects.filter(page_id__in=page_ids).values_list("status", flat=True)
    )


def create_drafts(video_ids: list[str]) -> list:
    """One draft per video. They share one photo and one reporter: what is tested is the
    posting, and a photo per article would only add image work to every run."""
    from news.factories import ArticlePageFactory

    drafts = []
    for position, video_id in enumerate(video_ids):
        shared = (
            {"hero_image": drafts[0].hero_image, "reporters": list(drafts[0].reporters)}
            if drafts
            else {}
        )
        drafts.append(
            ArticlePageFactory(
                live=False,
                first_published_at=None,
                youtube_video_id=video_id,
                title=f"Pemprov Kalteng Salurkan Bantuan Banjir (uji kacau {position + 1})",
                slug=f"uji-kacau-{position + 1}",
                **shared,
            )
        )
    return drafts


def publish_burst(drafts: list) -> tuple[list[int], float]:
    """Publish every draft in one transaction, so all their rows are queued at one commit."""
    from django.db import transaction

    with transaction.atomic():
        for draft in drafts:
            draft.save_revision().publish()
        committed = time.time()  # the commit hooks create and queue the rows from here
    return [draft.pk for draft in drafts], committed


def drain(processes: Processes, page_ids: list[int], committed: float, run: Run, options, log):
    """Wait for every row to end; kill a worker and Redis on the way, and watch the survivors."""
    expected = len(page_ids) * len(PLATFORMS)
    steps = [  # (share of rows ended, what to do)
        (0.10, "kill worker"),
        (0.30, "kill redis"),
    ]

    def event(text: str) -> None:
        run.events.append((time.time() - committed, text))
        log(f"  +{time.time() - committed:5.1f} s  {text}")

    last_note = time.monotonic()
    while time.time() - committed < options.timeout:
        statuses = row_counts(page_ids)
        ended = sum(n for status, n in statuses.items() if status in DONE)
        run.dead = [name for name in SURVIVORS if not processes.alive(name)]
        if run.dead:
            event(f"{', '.join(run.dead)} exited: {processes.tail(run.dead[0], 15)}")
            return
        if steps and ended >= steps[0][0] * expected:
            _, action = steps.pop(0)
            if action == "kill worker":
                processes.kill("chaos1")
                event(
                    f"chaos1 killed (SIGKILL, with its pool) at {ended}/{expected} rows ended, "
                    f"{statuses['in_flight']} in flight"
                )
                time.sleep(3)
                processes.start_worker("chaos1")
                event("chaos1 started again")
            else:
                processes.redis.crash()
                event(
                    f"Redis killed (SIGKILL) at {ended}/{expected} rows ended, "
                    f"{statuses['in_flight']} in flight"
                )
                time.sleep(3)
                processes.redis.start_again()
                event("Redis started again from its append-only file")
        if ended >= expected and not steps:
            run.settled = True
            run.drain_seconds = time.time() - committed
            event(f"all {expected} rows ended")
            return
        if time.monotonic() - last_note >= 15:
            log(f"  +{time.time() - committed:5.1f} s  {ended}/{expected} ended {dict(statuses)}")
            last_note = time.monotonic()
        time.sleep(0.5)
    event(f"NOT settled within {options.timeout:g} s")


def read_outcome(sandbox_url: str, page_ids: list[int], run: Run) -> None:
    """The rows as the database has them, and the posts as the sandbox recorded them."""
    from django.db import close_old_connections

    from syndication.models import Syndication

    close_old_connections()
    run.statuses = row_counts(page_ids)
    rows = Syndication.objects.filter(page_id__in=page_ids).values_list("pk", "account__platform")
    run.row_ids = {platform: set() for platform in PLATFORMS}
    for pk, platform in rows:
        run.row_ids[platform].add(str(pk))
    for platform in PLATFORMS:
        posts = sandbox_call(sandbox_url, "GET", f"/__sandbox/posts?platform={platform}")["data"]
        run.posts[platform] = posts
        markers = Counter()
        for post in posts:
            found = MARKER.search(f"{post.get('text', '')} {post.get('link', '')}")
            # A YouTube post is an update of the article's video; a second one is a double.
            markers[found.group(1) if found else "?"] += 1
            # A YouTube post rewrites the article's video description. httplib2 sends a PUT
            # again by itself when the connection closed without an answer (it takes that
            # for a stale keep-alive), so the same text may be written twice: no second
            # post anyone sees, but another 50 quota units.
            run.repeated_writes += max(post.get("updates", 1) - 1, 0)
        run.on_platform[platform] = markers


def doubles(run: Run) -> list[str]:
    """Each marker posted more than once: the row, and the posts the sandbox holds for it."""
    from syndication.models import Syndication

    lines = []
    for platform, markers in run.on_platform.items():
        for marker, count in markers.items():
            if count < 2:
                continue
            row = Syndication.objects.filter(pk=marker).first()
            posts = [
                f"{post['remote_id']} at {post['created_at']:.1f}"
                for post in run.posts[platform]
                if f"utm_content={marker}" in f"{post.get('text', '')} {post.get('link', '')}"
            ]
            state = f"{row.status} ×{row.attempts}, remote {row.remote_id}" if row else "no row"
            lines.append(f"  {platform} row {marker} ({state}) posted {count}×: {posts}")
    return lines


def not_posted(page_ids: list[int]) -> list[str]:
    from syndication.models import Syndication

    rows = (
        Syndication.objects.filter(page_id__in=page_ids)
        .exclude(status="posted")
        .values_list("pk", "account__platform", "status", "attempts", "last_error")[:15]
    )
    return [f"  row {pk} {kind} {status} ×{n}: {text[:120]}" for pk, kind, status, n, text in rows]


def render(run: Run, options: Options, total_seconds: float) -> str:
    statuses = run.statuses
    rows = sum(statuses.values())
    lines = [
        "",
        f"make chaos: {options.articles} articles × {len(PLATFORMS)} accounts, "
        f"{options.error_rate:.0%} 5xx, {options.crash_rate:.0%} crash-after-post, "
        f"seed {options.seed}",
        *(f"  +{at:5.1f} s  {text}" for at, text in run.events),
        "",
        f"  rows        {rows}",
        f"  posted      {statuses['posted']}",
        f"  duplicates  {run.duplicates()}",
        f"  missing     {run.missing()}",
        f"  strays      {run.strays()}  (posts whose marker is no row of this run)",
        f"  rewrites    {run.repeated_writes}  (YouTube descriptions written twice with the same "
        "text by httplib2 resending a PUT that lost its answer; not a second post)",
        "  unended     "
        + ", ".join(f"{status} {statuses[status]}" for status in UNENDED)
        + f"  (failed {statuses['failed']}, skipped {statuses['skipped']})",
        f"  wall time   {run.drain_seconds:.1f} s from the commit to the last row ended; "
        f"{total_seconds:.0f} s in all",
        f"  survivors   {', '.join(SURVIVORS)}: "
        + ("never restarted, alive to the end" if not run.dead else f"EXITED: {run.dead}"),
        "",
        "PASS" if run.passed() else "FAIL",
    ]
    return "\n".join(lines)


def main() -> int:
    options = Options.from_environment()
    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="mmc-chaos-"))
    log = lambda line: print(f"[{time.monotonic() - started:5.1f} s] {line}", flush=True)  # noqa: E731
    log(f"make chaos: preparing PostgreSQL, Redis (AOF) and the sandbox in {workdir}")
    processes = Processes(workdir, options.port)
    run = Run()
    try:
        database_url = fresh_database(
            os.environ.get("DATABASE_URL", ""), redis_url=processes.redis.url, log=log
        )
        configure(workdir, database_url, processes.redis.url)
        import django

        django.setup()
        from syndication.sandbox_accounts import connect_sandbox_accounts

        processes.start_sandbox()
        connect_sandbox_accounts(processes.sandbox_url)
        for name in ("chaos1", "chaos2"):
            processes.start_worker(name)
        processes.start_beat()
        videos = create_videos(processes.sandbox_url, options.articles, "ch")
        log(f"writing {options.articles} drafts while the workers start …")
        drafts = create_drafts(videos)
        processes.wait_for_workers(["chaos1", "chaos2"])
        sandbox_call(
            processes.sandbox_url,
            "POST",
            "/__sandbox/faults",
            {
                "error_rate": options.error_rate,
                "crash_after_post": options.crash_rate,
                "seed": options.seed,
            },
        )
        log(f"publishing {options.articles} articles in one transaction …")
        page_ids, committed = publish_burst(drafts)
        log(f"published; {len(page_ids) * len(PLATFORMS)} rows draining")
        drain(processes, page_ids, committed, run, options, log)
        # Workers and beat stop before the platform is read, so no late post slips past.
        processes.stop("chaos1", "chaos2", "beat")
        read_outcome(processes.sandbox_url, page_ids, run)
        report = render(run, options, time.monotonic() - started)
        if not run.passed():
            report += "\nPosted more than once:\n" + "\n".join(doubles(run))
            report += "\nRows not posted:\n" + "\n".join(not_posted(page_ids))
    except BaseException:
        log(f"make chaos stopped by an error; logs kept in {workdir}")
        for name in processes.running:
            log(f"--- {name}.log ---\n{processes.tail(name, 15)}")
        raise
    finally:
        processes.close()
    print(report, flush=True)
    if run.passed():
        shutil.rmtree(workdir, ignore_errors=True)
        return 0
    log(f"Logs of the workers, beat and the sandbox are kept in {workdir}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
