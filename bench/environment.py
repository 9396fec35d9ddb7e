"""A throwaway site for the benchmark: its own Redis, database, media, static files and gunicorn.

Everything lives under one temporary folder that `BenchSite.close()` removes,
unless DATABASE_URL points at a database of your own (then that one is used).
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from devtools.redis_server import EphemeralRedis, free_port

REPO_ROOT = Path(__file__).resolve().parent.parent
SETTINGS_MODULE = "bench.settings"
# As docker-compose.yml runs it, and as the figures were taken.
GUNICORN_WORKERS = 3


class BenchSite:
    """Owns every process and file the benchmark creates; `close()` is safe to call twice."""

    def __init__(self, *, log=print):
        self.log = log
        self.workdir = Path(tempfile.mkdtemp(prefix="mmc-bench-"))
        self.redis: EphemeralRedis | None = None
        self.gunicorn: subprocess.Popen | None = None
        self.port: int | None = None
        self.nginx = None
        # What seeding the articles cost (corpus, images, pages), when this run seeded them.
        self.seeding: dict | None = None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def configure(self) -> dict[str, str]:
        """Start Redis and point the environment (ours and our children's) at the throwaway site."""
        self.redis = EphemeralRedis()
        environment = {
            "DJANGO_SETTINGS_MODULE": SETTINGS_MODULE,
            "SECRET_KEY": "bench",
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "SECURE_SSL_REDIRECT": "false",
            "SERVE_MEDIA": "true",
            "MEDIA_ROOT": str(self.workdir / "media"),
            "STATIC_ROOT": str(self.workdir / "static"),
            "REDIS_URL": self.redis.url,
            "LOG_LEVEL": "WARNING",
            "PYTHONPATH": os.pathsep.join(
                filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])
            ),
        }
        if not os.environ.get("DATABASE_URL"):
            environment["DATABASE_URL"] = f"sqlite:///{self.workdir / 'bench.sqlite3'}"
        os.environ.update(environment)
        return environment

    def prepare_database(self, *, articles: int) -> None:
        """Migrate, collect static files (production uses the manifest storage) and seed."""
        import django
        from django.core.management import call_command

        django.setup()
        from demo.desk import seed_desk
        from demo.seeding import seed_newsroom
        from news.models import ArticlePage

        started = time.monotonic()
        call_command("migrate", interactive=False, verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        existing = ArticlePage.objects.count()
        if existing < articles:
            self.log(f"  seeding {articles - existing} articles …")
            seeding = time.monotonic()
            seed_newsroom(articles=articles, log=lambda line: None)
            self.seeding = {
                "articles": articles - existing,
                "seconds": round(time.monotonic() - seeding, 1),
            }
            self.log(f"  seeded {self.seeding['articles']} articles in {self.seeding['seconds']} s")
        # The desk's ~60 reports, so the agency page and /data/ show figures (demo/desk.py).
        reports = seed_desk()
        if reports:
            self.log(f"  seeded {reports} programme reports")
        self.log(f"  database ready in {time.monotonic() - started:.0f} s")

    def start_gunicorn(self) -> int:
        self.port = free_port()
        log_file = (self.workdir / "gunicorn.log").open("wb")
        self.gunicorn = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "mmc.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(GUNICORN_WORKERS),
                "--log-level",
                "warning",
                "--timeout",
                "60",
            ],
            cwd=REPO_ROOT,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
        self._wait_until_healthy()
        return self.port

    def start_nginx(self):
        """deploy/nginx/ in front of gunicorn (devtools/nginx.py); None, with why, when missing."""
        from devtools.nginx import EphemeralNginx, nginx_binary

        if nginx_binary() is None:
            return None
        self.nginx = EphemeralNginx(
            f"127.0.0.1:{self.port}",
            static_root=self.workdir / "static",
            media_root=self.workdir / "media",
        ).start()
        return self.nginx

    def _wait_until_healthy(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.gunicorn.poll() is not None:
                raise RuntimeError(f"gunicorn exited early:\n{self.gunicorn_log_tail()}")
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{self.port}/healthz", timeout=2
                ) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(
            f"gunicorn was not healthy within {timeout} s:\n{self.gunicorn_log_tail()}"
        )

    def gunicorn_log_tail(self, lines: int = 30) -> str:
        path = self.workdir / "gunicorn.log"
        if not path.exists():
            return ""
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])

    def close(self) -> None:
        if self.nginx is not None:
            self.nginx.stop()
            self.nginx = None
        if self.gunicorn is not None and self.gunicorn.poll() is None:
            # SIGTERM is gunicorn's graceful stop: the arbiter lets workers finish, then exits.
            self.gunicorn.send_signal(signal.SIGTERM)
            try:
                self.gunicorn.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.gunicorn.kill()
                self.gunicorn.wait()
        self.gunicorn = None
        if self.redis is not None:
            self.redis.stop()
            self.redis = None
        shutil.rmtree(self.workdir, ignore_errors=True)
