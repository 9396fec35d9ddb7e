"""Syndication figures for `make bench`: publish-to-posted latency and drain rate.

Runs on the throwaway site of bench/environment.py, with the platform sandbox and
Celery workers as subprocesses, exactly as production runs them:

    python -m syndication.sandbox --latency-ms 150 …
    celery -A mmc worker --concurrency=1 --pool=prefork   (× BENCH_WORKERS processes)

The workers are started through `python -m bench.syndication worker`, a thin
wrapper round Celery's own command line. It changes nothing, unless
BENCH_RELAXED_BUCKETS=1 is in its environment: then it raises the token buckets
(settings.SYNDICATION_RATE_BUCKETS, read by syndication/ratelimit.py) and the
YouTube daily budget before Celery starts (the prefork children inherit that),
for a second pass that shows what the pipeline itself can do once the
per-account pacing is out of the way.
"""

import json
import os
import re
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from dataclasses import asdict, dataclass, field

from bench.environment import REPO_ROOT, BenchSite, free_port
from bench.load import percentile

OUTPUT = REPO_ROOT / "var" / "bench" / "syndication.json"
PLATFORMS = ["facebook", "instagram", "x", "youtube"]
DONE = {"posted", "failed", "needs_reauth", "skipped"}
MARKER = re.compile(r"utm_content=(\d+)")
# What the relaxed pass uses instead of settings.SYNDICATION_RATE_BUCKETS: never waits.
RELAXED_BUCKETS = (1_000_000.0, 1_000_000)
RELAXED_ENV = "BENCH_RELAXED_BUCKETS"


@dataclass(frozen=True)
class Options:
    latency_articles: int
    latency_interval: float
    drain_articles: int
    strict_drain_articles: int
    relaxed: bool
    workers: int
    latency_ms: int
    timeout: float

    @classmethod
    def from_environment(cls) -> "Options":
        def setting(name: str, default: str) -> str:
            return os.environ.get(name) or default

        drain_articles = setting("BENCH_DRAIN_ARTICLES", "30")
        return cls(
            latency_articles=int(setting("BENCH_LATENCY_ARTICLES", "20")),
            latency_interval=float(setting("BENCH_LATENCY_INTERVAL", "0")),
            drain_articles=int(drain_articles),
            # The strict pass is paced by the buckets (Instagram and YouTube 0.2 posts/s) and
            # YouTube's daily budget (about 196 posts), so it may be run at a smaller size.
            strict_drain_articles=int(setting("BENCH_STRICT_DRAIN_ARTICLES", drain_articles)),
            relaxed=setting("BENCH_RELAXED", "1") not in {"0", "false", "no"},
            workers=int(setting("BENCH_WORKERS", "2")),
            latency_ms=int(setting("BENCH_SANDBOX_LATENCY_MS", "150")),
            timeout=float(setting("BENCH_SYNDICATION_TIMEOUT", "300")),
        )


def configure_environment() -> None:
    """Before Django starts: production refuses to store tokens without an encryption key."""
    if not os.environ.get("TOKEN_ENCRYPTION_KEYS"):
        from cryptography.fernet import Fernet

        os.environ["TOKEN_ENCRYPTION_KEYS"] = Fernet.generate_key().decode()


# --- processes ----------------------------------------------------------------------------


class Processes:
    """The sandbox and the workers; `close()` stops whatever is running, safe to call twice."""

    def __init__(self, site: BenchSite, *, log=print):
        self.site = site
        self.log = log
        self.sandbox: subprocess.Popen | None = None
        self.sandbox_url = ""
        self.workers: list[subprocess.Popen] = []

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def _spawn(self, command: list[str], log_name: str, env=None) -> subprocess.Popen:
        log_file = (self.site.workdir / log_name).open("ab")
        # A session of its own: a Ctrl-C in the terminal reaches only us, and we stop it in order.
        return subprocess.Popen(
            command,
            cwd=REPO_ROOT,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            env=env or os.environ.copy(),
            start_new_session=True,
        )

    def start_sandbox(self, latency_ms: int) -> str:
        port = free_port()
        self.sandbox = self._spawn(
            [
                sys.executable,
                "-m",
                "syndication.sandbox",
                "--port",
                str(port),
                "--db",
                ":memory:",
                "--seed-demo",
                "--latency-ms",
                str(latency_ms),
                # The drain posts more than a day's real quota; the sandbox must not be the cap.
                "--ig-quota-total",
                "1000000",
                "--youtube-daily-quota",
                "1000000000",
            ],
            "sandbox.log",
        )
        self.sandbox_url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.sandbox.poll() is not None:
                raise RuntimeError(f"the sandbox exited early:\n{self.tail('sandbox.log')}")
            try:
                sandbox_call(self.sandbox_url, "GET", "/__sandbox/health")
                return self.sandbox_url
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"the sandbox did not answer within 30 s:\n{self.tail('sandbox.log')}")

    def start_workers(self, count: int, *, relaxed: bool) -> None:
        from mmc.celery import app

        env = os.environ.copy()
        env.pop(RELAXED_ENV, None)
        if relaxed:
            env[RELAXED_ENV] = "1"
        tag = "relaxed" if relaxed else "strict"
        for position in range(count):
            self.workers.append(
                self._spawn(
                    [
                        sys.executable,
                        "-m",
                        "bench.syndication",
                        "worker",
                        "-n",
                        f"bench{position + 1}-{tag}@%h",
                    ],
                    "workers.log",
                    env,
                )
            )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            for worker in self.workers:
                if worker.poll() is not None:
                    raise RuntimeError(f"a worker exited early:\n{self.tail('workers.log')}")
            replies = app.control.ping(timeout=1.0)
            names = {name for reply in replies for name in reply if f"-{tag}@" in name}
            if len(names) >= count:
                return
        raise RuntimeError(f"the workers were not ready within 90 s:\n{self.tail('workers.log')}")

    def stop_workers(self) -> None:
        # SIGTERM is Celery's warm shutdown: finish the task in hand, then exit.
        for worker in self.workers:
            if worker.poll() is None:
                worker.send_signal(signal.SIGTERM)
        for worker in self.workers:
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(worker.pid, signal.SIGKILL)
                worker.wait()
        self.workers = []

    def close(self) -> None:
        self.stop_workers()
        if self.sandbox is not None and self.sandbox.poll() is None:
            self.sandbox.send_signal(signal.SIGINT)  # the sandbox closes its store on Ctrl-C
            try:
                self.sandbox.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.sandbox.pid, signal.SIGKILL)
                self.sandbox.wait()
        self.sandbox = None

    def tail(self, name: str, lines: int = 30) -> str:
        path = self.site.workdir / name
        if not path.exists():
            return ""
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


def sandbox_call(base_url: str, method: str, path: str, body: dict | None = None) -> dict:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(
        base_url + path, data=data, method=method, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read() or b"{}")


# --- one pass -----------------------------------------------------------------------------


@dataclass
class Phase:
    """What one batch of articles did: its rows, timings and what reached the sandbox."""

    name: str
    buckets: str
    articles: int
    rows: list[dict] = field(default_factory=list)
    started: float = 0.0  # epoch seconds: the first publish (latency) or the commit (drain)
    seconds: float = 0.0
    task_runs: int = 0
    duplicates: dict[str, int] = field(default_factory=dict)
    missing_on_platform: dict[str, int] = field(default_factory=dict)
    sandbox_calls: dict[str, int] = field(default_factory=dict)

    def posted(self, platform: str | None = None) -> list[dict]:
        return [
            row
            for row in self.rows
            if row["status"] == "posted" and platform in (None, row["platform"])
        ]

    def not_posted(self) -> list[dict]:
        return [row for row in self.rows if row["status"] != "posted"]


def reset_between_phases(sandbox_url: str) -> None:
    """Full token buckets, an unspent YouTube budget, an empty sandbox and no old results."""
    from core.redis import get_redis

    client = get_redis()
    for pattern in ["mmc:bucket:*", "mmc:quota:*", "celery-task-meta-*"]:
        for key in client.scan_iter(pattern):
            client.delete(key)
    sandbox_call(sandbox_url, "POST", "/__sandbox/reset", {})


def task_runs() -> int:
    """Tasks that ran: each run (a retry is a new task) leaves one result in Redis."""
    from core.redis import get_redis

    return sum(1 for _ in get_redis().scan_iter("celery-task-meta-*", count=1000))


def new_article(position: int, label: str, video_id: str):
    from news.factories import ArticlePageFactory

    return ArticlePageFactory(
        live=False,
        first_published_at=None,
        youtube_video_id=video_id,
        title=f"Pemprov Kalteng Salurkan Bantuan Banjir ({label} {position + 1})",
        slug=f"bench-{label}-{position + 1}",
    )


def wait_until_settled(page_ids: list[int], *, timeout: float, log) -> bool:
    """Wait for every row of these articles to finish; run the sweeper each minute as beat does."""
    from django.db import close_old_connections

    from syndication.models import Syndication
    from syndication.tasks import sweep_syndications

    expected = len(page_ids) * len(PLATFORMS)
    started = last_sweep = last_note = time.monotonic()
    while time.monotonic() - started < timeout:
        close_old_connections()
        statuses = Counter(
            Syndication.objects.filter(page_id__in=page_ids).values_list("status", flat=True)
        )
        done = sum(count for status, count in statuses.items() if status in DONE)
        if done >= expected:
            return True
        now = time.monotonic()
        if now - last_sweep >= 60:
            sweep_syndications()
            last_sweep = now
        if now - last_note >= 15:
            log(f"    … {done}/{expected} rows done after {now - started:.0f} s {dict(statuses)}")
            last_note = now
        time.sleep(0.5)
    return False


def collect_rows(page_ids: list[int], publish_times: dict[int, object]) -> list[dict]:
    from django.db import close_old_connections

    from syndication.models import Syndication

    close_old_connections()
    rows = []
    for row in Syndication.objects.filter(page_id__in=page_ids).select_related("account"):
        published = publish_times[row.page_id]
        rows.append(
            {
                "id": row.pk,
                "page_id": row.page_id,
                "platform": row.account.platform,
                "status": row.status,
                "attempts": row.attempts,
                "last_error": row.last_error,
                "remote_id": row.remote_id,
                "latency_s": (row.posted_at - published).total_seconds() if row.posted_at else None,
                # The final claim to posted: the work itself, without the queue and the buckets.
                "service_s": (row.posted_at - row.claimed_at).total_seconds()
                if row.posted_at and row.claimed_at
                else None,
                "posted_at": row.posted_at,
            }
        )
    return rows


def check_sandbox(phase: Phase, sandbox_url: str) -> None:
    """Count the sandbox's posts per marker: any marker twice is a duplicate post."""
    expected = {
        platform: {str(row["id"]) for row in phase.posted(platform)} for platform in PLATFORMS
    }
    for platform in PLATFORMS:
        posts = sandbox_call(sandbox_url, "GET", f"/__sandbox/posts?platform={platform}")["data"]
        markers = Counter()
        for post in posts:
            found = MARKER.search(f"{post.get('text', '')} {post.get('link', '')}")
            if found:
                markers[found.group(1)] += 1
        phase.duplicates[platform] = sum(count - 1 for count in markers.values() if count > 1)
        if platform == "youtube" and phase.name.startswith("latency"):
            # Five demo videos take turns: each update overwrites the previous description.
            phase.missing_on_platform[platform] = 0
            continue
        phase.missing_on_platform[platform] = len(expected[platform] - set(markers))


def classify_calls(recent: list[dict]) -> dict[str, int]:
    """Sandbox API calls by platform (the Graph ids tell Facebook's Page from the rest)."""
    calls = Counter()
    for call in recent:
        path = call["path"]
        if path.startswith("/__sandbox"):
            continue
        if path.startswith("/2/"):
            calls["x"] += 1
        elif "youtube" in path:
            calls["youtube"] += 1
        elif "100000000000001" in path:
            calls["facebook"] += 1
        else:
            calls["instagram"] += 1
    return dict(calls)


def publish_one_by_one(
    count: int, label: str, video_ids, interval: float
) -> tuple[list[int], dict]:
    """Publish articles one after another, each in its own transaction (an editor's click)."""
    from news.models import ArticlePage

    page_ids = []
    started = time.monotonic()
    for position in range(count):
        # Articles made first, outside the timing; each is published `interval` s after the last.
        article = new_article(position, label, video_ids[position % len(video_ids)])
        time.sleep(max(0.0, started + position * interval - time.monotonic()))
        article.save_revision().publish()
        page_ids.append(article.pk)
    times = dict(ArticlePage.objects.filter(pk__in=page_ids).values_list("pk", "last_published_at"))
    return page_ids, times


def publish_at_once(count: int, label: str, video_ids) -> tuple[list[int], dict, float]:
    """Publish every article in one transaction, so every row is queued at the same moment."""
    from django.db import transaction

    from news.models import ArticlePage

    page_ids = []
    with transaction.atomic():
        for position in range(count):
            article = new_article(position, label, video_ids[position % len(video_ids)])
            article.save_revision().publish()
            page_ids.append(article.pk)
        committed = time.time()  # the on_commit hooks create and enqueue the rows from here
    times = dict(ArticlePage.objects.filter(pk__in=page_ids).values_list("pk", "last_published_at"))
    return page_ids, times, committed


def create_videos(sandbox_url: str, count: int, label: str) -> list[str]:
    """One sandbox video per article, so every YouTube update can be checked by its marker."""
    from syndication.sandbox_accounts import SANDBOX_ACCOUNTS

    channel = next(acct[2] for acct in SANDBOX_ACCOUNTS if acct[0] == "youtube")
    ids = []
    for position in range(count):
        video_id = f"BN{label.upper()}{position:07d}"  # 11 characters, like a real id
        sandbox_call(
            sandbox_url,
            "POST",
            "/__sandbox/videos",
            {"id": video_id, "title": f"Video {label} {position}", "channel_id": channel},
        )
        ids.append(video_id)
    return ids


def run_phase(kind: str, buckets: str, count: int, sandbox_url: str, options, log) -> Phase:
    from syndication.sandbox_accounts import SANDBOX_VIDEO_IDS

    phase = Phase(name=f"{kind}/{buckets}", buckets=buckets, articles=count)
    reset_between_phases(sandbox_url)
    label = f"{kind[:1]}{buckets[:1]}"
    started = time.time()
    if kind == "latency":
        pace = f", one every {options.latency_interval:g} s" if options.latency_interval else ""
        log(f"  {phase.name}: publishing {count} articles one by one{pace} …")
        page_ids, times = publish_one_by_one(
            count, label, SANDBOX_VIDEO_IDS, options.latency_interval
        )
    else:
        videos = create_videos(sandbox_url, count, label)
        log(f"  {phase.name}: publishing {count} articles in one transaction …")
        page_ids, times, started = publish_at_once(count, label, videos)
    settled = wait_until_settled(page_ids, timeout=options.timeout, log=log)
    if not settled:
        log(f"  {phase.name}: NOT settled within {options.timeout:g} s; reporting what got through")
    phase.rows = collect_rows(page_ids, times)
    phase.started = started
    last_post = max((row["posted_at"] for row in phase.rows if row["posted_at"]), default=None)
    phase.seconds = (last_post.timestamp() if last_post else time.time()) - started
    phase.task_runs = task_runs()
    check_sandbox(phase, sandbox_url)
    if kind == "probe":
        recent = sandbox_call(sandbox_url, "GET", "/__sandbox/requests")["data"]
        phase.sandbox_calls = classify_calls(recent)
    return phase


# --- figures ------------------------------------------------------------------------------


def latency_figures(phase: Phase) -> dict:
    figures = {}
    for platform in [*PLATFORMS, None]:
        rows = phase.posted(platform)
        latencies = [row["latency_s"] for row in rows]
        service = [row["service_s"] for row in rows if row["service_s"] is not None]
        figures[platform or "all"] = {
            "posted": len(rows),
            "p50_s": round(statistics.median(latencies), 2) if latencies else None,
            "p95_s": round(percentile(latencies, 95), 2) if latencies else None,
            "max_s": round(max(latencies), 2) if latencies else None,
            "service_p50_s": round(statistics.median(service), 2) if service else None,
            "attempts_mean": round(statistics.mean(r["attempts"] for r in rows), 2)
            if rows
            else None,
        }
    return figures


def ideal_throughput(calls_per_post: dict[str, float], service: dict, options) -> dict:
    """Posts per second the workers could reach, by three models, and what the buckets allow."""
    from syndication.ratelimit import bucket_for

    latency = options.latency_ms / 1000
    naive = options.workers / latency
    # Per article, a worker spends (calls × latency) on every platform.
    calls_per_article = sum(calls_per_post.get(p, 1) for p in PLATFORMS)
    by_calls = options.workers * len(PLATFORMS) / (calls_per_article * latency)
    service_per_article = sum(service.get(p) or 0 for p in PLATFORMS)
    by_service = (
        options.workers * len(PLATFORMS) / service_per_article if service_per_article else None
    )
    # The slowest bucket paces a whole article: every article needs a token from each account.
    buckets = {p: bucket_for(p)[0] for p in PLATFORMS}
    slowest = min(buckets.values())
    return {
        "naive_posts_per_s": round(naive, 2),
        "by_calls_posts_per_s": round(by_calls, 2),
        "calls_per_article": calls_per_article,
        "by_measured_service_posts_per_s": round(by_service, 2) if by_service else None,
        "service_s_per_article": round(service_per_article, 2),
        "buckets_tokens_per_s": buckets,
        "buckets_posts_per_s_steady": round(slowest * len(PLATFORMS), 2),
        "bucket_binding": [p for p in PLATFORMS if buckets[p] == slowest],
    }


def drain_figures(phase: Phase, ideal: dict) -> dict:
    posted = len(phase.posted())
    rate = posted / phase.seconds if phase.seconds > 0 else 0.0
    per_platform_rate = {}
    for platform in PLATFORMS:
        # Each platform's own pace: its posts over the time to its last post.
        rows = phase.posted(platform)
        last = max((row["posted_at"].timestamp() for row in rows), default=phase.started)
        elapsed = last - phase.started
        per_platform_rate[platform] = round(len(rows) / elapsed, 3) if elapsed > 0 else 0
    not_posted = phase.not_posted()
    return {
        "rows": len(phase.rows),
        "posted": posted,
        "seconds": round(phase.seconds, 1),
        "rows_per_s": round(rate, 2),
        "per_platform_posts_per_s": per_platform_rate,
        "vs_naive": round(rate / ideal["naive_posts_per_s"], 3),
        "vs_by_calls": round(rate / ideal["by_calls_posts_per_s"], 3),
        "task_runs": phase.task_runs,
        "task_runs_per_row": round(phase.task_runs / len(phase.rows), 1) if phase.rows else None,
        "duplicates": phase.duplicates,
        "missing_on_platform": phase.missing_on_platform,
        "not_posted": [
            {k: row[k] for k in ("id", "platform", "status", "attempts", "last_error")}
            for row in not_posted[:20]
        ],
        "not_posted_count": len(not_posted),
    }


def render(report: dict) -> str:
    lines = []
    lines.append("Publish → posted latency (seconds; p50 / p95 / max; service = claim → posted)")
    header = f"{'pass':<22}{'platform':<11}{'posted':>7}{'p50':>8}{'p95':>8}{'max':>8}"
    header += f"{'service p50':>13}{'attempts':>10}"
    lines.append(header)
    for name, figures in report["latency"].items():
        for platform, f in figures.items():
            if f["posted"] == 0:
                lines.append(f"{name:<22}{platform:<11}{0:>7}  (none posted)")
                continue
            lines.append(
                f"{name:<22}{platform:<11}{f['posted']:>7}{f['p50_s']:>8.2f}{f['p95_s']:>8.2f}"
                f"{f['max_s']:>8.2f}{f['service_p50_s']:>13.2f}{f['attempts_mean']:>10.2f}"
            )
    lines.append("")
    lines.append("Drain (all rows queued at one commit)")
    lines.append(
        f"{'pass':<22}{'rows':>6}{'posted':>8}{'seconds':>9}{'rows/s':>8}"
        f"{'÷naive':>8}{'÷calls':>8}{'runs/row':>10}{'dupes':>7}{'missing':>9}"
    )
    for name, d in report["drain"].items():
        lines.append(
            f"{name:<22}{d['rows']:>6}{d['posted']:>8}{d['seconds']:>9.1f}{d['rows_per_s']:>8.2f}"
            f"{d['vs_naive']:>8.3f}{d['vs_by_calls']:>8.3f}{d['task_runs_per_row'] or 0:>10.1f}"
            f"{sum(d['duplicates'].values()):>7}{sum(d['missing_on_platform'].values()):>9}"
        )
        rates = ", ".join(f"{p} {r:.2f}" for p, r in d["per_platform_posts_per_s"].items())
        lines.append(f"{'':<22}posts/s by platform: {rates}")
        if d["not_posted_count"]:
            examples = d["not_posted"][:3]
            lines.append(f"{'':<22}NOT POSTED: {d['not_posted_count']} rows, e.g. {examples}")
    ideal = report["ideal"]
    lines.append("")
    lines.append(
        f"Ideal: naïve {report['settings']['workers']} workers ÷ "
        f"{report['settings']['latency_ms']} ms = {ideal['naive_posts_per_s']:.2f} posts/s; "
        f"by calls per post {ideal['calls_per_post']}"
        f" = {ideal['by_calls_posts_per_s']:.2f} posts/s; "
        + (
            f"by measured service time ({ideal['service_s_per_article']:.2f} s of worker time"
            f" per article) = {ideal['by_measured_service_posts_per_s']} posts/s."
            if ideal["by_measured_service_posts_per_s"]
            else "service time not measured (no latency phase)."
        )
    )
    lines.append(
        f"Token buckets (tokens/s): {ideal['buckets_tokens_per_s']} → at most "
        f"{ideal['buckets_posts_per_s_steady']:.2f} rows/s once the bursts are spent; "
        f"binding: {', '.join(ideal['bucket_binding'])}."
    )
    return "\n".join(lines)


# --- entry points -------------------------------------------------------------------------


def run(site: BenchSite, options: Options, *, log=print) -> dict:
    """Start the sandbox and workers, run every pass, stop them; returns the report."""
    from syndication.sandbox_accounts import connect_sandbox_accounts

    started = time.monotonic()
    report: dict = {"settings": asdict(options), "latency": {}, "drain": {}, "phases": {}}
    with Processes(site, log=log) as processes:
        url = processes.start_sandbox(options.latency_ms)
        connect_sandbox_accounts(url)
        log(f"Sandbox on {url} ({options.latency_ms} ms per call)")
        passes = [("strict", False)] + ([("relaxed", True)] if options.relaxed else [])
        calls_per_post: dict[str, float] = {}
        service: dict[str, float] = {}
        for buckets, relaxed in passes:
            processes.stop_workers()
            processes.start_workers(options.workers, relaxed=relaxed)
            log(f"{options.workers} worker processes ({buckets} token buckets) are up")
            probe = run_phase("probe", buckets, 1, url, options, log)
            if not calls_per_post:
                calls_per_post = probe.sandbox_calls
                log(f"  calls per post: {calls_per_post}")
            drain_articles = options.drain_articles if relaxed else options.strict_drain_articles
            for kind, count in [
                ("latency", options.latency_articles),
                ("drain", drain_articles),
            ]:
                if count <= 0:
                    continue
                phase = run_phase(kind, buckets, count, url, options, log)
                report["phases"][phase.name] = {
                    "articles": phase.articles,
                    "seconds": round(phase.seconds, 1),
                    "task_runs": phase.task_runs,
                    "duplicates": phase.duplicates,
                    "missing_on_platform": phase.missing_on_platform,
                    "not_posted": len(phase.not_posted()),
                }
                if kind == "latency":
                    report["latency"][phase.name] = latency_figures(phase)
                    if buckets == "relaxed" or not service:
                        service = {
                            p: f["service_p50_s"] for p, f in report["latency"][phase.name].items()
                        }
                else:
                    report["drain"][phase.name] = phase
        processes.stop_workers()
    ideal = ideal_throughput(calls_per_post, service, options)
    ideal["calls_per_post"] = calls_per_post
    report["ideal"] = ideal
    report["drain"] = {name: drain_figures(phase, ideal) for name, phase in report["drain"].items()}
    report["total_seconds"] = round(time.monotonic() - started, 1)
    return report


def write_report(report: dict, extra: dict) -> None:
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(
        json.dumps({**extra, **report}, indent=2, ensure_ascii=False, default=str) + "\n"
    )


def worker_main(argv: list[str]) -> None:
    """`python -m bench.syndication worker [celery worker options]`: Celery's own worker."""
    if os.environ.get(RELAXED_ENV) == "1":
        import django

        django.setup()
        from django.conf import settings

        from syndication.platforms import youtube

        settings.SYNDICATION_RATE_BUCKETS = dict.fromkeys(PLATFORMS, RELAXED_BUCKETS)
        youtube.QuotaBudget.__init__.__kwdefaults__["daily_units"] = 10**12
    from celery.bin.celery import main as celery_main

    sys.argv = [
        "celery",
        "-A",
        "mmc",
        "worker",
        "--concurrency=1",
        "--pool=prefork",
        "--loglevel=WARNING",
        "--without-gossip",
        "--without-mingle",
        *argv,
    ]
    celery_main()


if __name__ == "__main__":
    if sys.argv[1:2] == ["worker"]:
        worker_main(sys.argv[2:])
    else:
        sys.exit("usage: python -m bench.syndication worker [options]; `make bench` runs the rest")
