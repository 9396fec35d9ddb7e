"""The processes of a `make chaos` run: Redis with an AOF, the sandbox, workers and beat.

Each runs in a session of its own, logging to a file in the run's folder, so a kill reaches
a worker's pool too and a failed run can show what each process said.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from bench.syndication import sandbox_call
from devtools.redis_server import EphemeralRedis, free_port

REPO_ROOT = Path(__file__).resolve().parent.parent


class Processes:
    """Redis, the sandbox, the workers and beat, each in a session of its own with a log."""

    def __init__(self, workdir: Path, port: int = 0):
        """`port`: Redis on it and the sandbox on the next one; 0 picks free ports."""
        self.workdir = workdir
        self.redis = EphemeralRedis(persist=True, port=port or None)
        self.sandbox_port = port + 1 if port else free_port()
        self.sandbox_url = f"http://127.0.0.1:{self.sandbox_port}"
        self.running: dict[str, subprocess.Popen] = {}

    def spawn(self, name: str, *args: str) -> subprocess.Popen:
        log = (self.workdir / f"{name}.log").open("ab")
        process = subprocess.Popen(
            [sys.executable, "-m", *args],
            cwd=REPO_ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # killpg reaches the worker's pool too
        )
        log.close()
        self.running[name] = process
        return process

    def start_sandbox(self) -> None:
        self.spawn(
            "sandbox",
            *("syndication.sandbox", "--port", str(self.sandbox_port), "--db", ":memory:"),
            *("--seed-demo", "--ig-quota-total", "1000000"),
            *("--youtube-daily-quota", "1000000000"),
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                sandbox_call(self.sandbox_url, "GET", "/__sandbox/health")
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"the sandbox did not answer:\n{self.tail('sandbox')}")

    def start_worker(self, name: str) -> None:
        # As the Procfile runs it: prefork with two children.
        self.spawn(
            name,
            *("celery", "-A", "mmc", "worker", "--concurrency=2", "--loglevel=INFO"),
            f"--hostname={name}@%h",
        )

    def start_beat(self) -> None:
        self.spawn("beat", "celery", "-A", "mmc", "beat", "--loglevel=INFO", "--pidfile=")

    def wait_for_workers(self, names: list[str], timeout: float = 120) -> None:
        from mmc.celery import app

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for name in names:
                if self.running[name].poll() is not None:
                    raise RuntimeError(f"{name} exited early:\n{self.tail(name)}")
            replies = app.control.ping(timeout=1.0)
            ready = {node.split("@")[0] for reply in replies for node in reply}
            if set(names) <= ready:
                return
        raise RuntimeError(f"workers not ready within {timeout:g} s:\n{self.tail(names[0])}")

    def kill(self, name: str) -> None:
        process = self.running[name]
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()

    def alive(self, name: str) -> bool:
        return self.running[name].poll() is None

    def stop(self, *names: str) -> None:
        """SIGTERM (Celery's warm shutdown; the sandbox closes its store), SIGKILL after 30 s."""
        for name in names:
            if self.alive(name):
                self.running[name].send_signal(signal.SIGTERM)
        for name in names:
            try:
                self.running[name].wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.running[name].pid, signal.SIGKILL)
                self.running[name].wait()

    def close(self) -> None:
        self.stop(*self.running)
        self.redis.stop()

    def tail(self, name: str, lines: int = 40) -> str:
        path = self.workdir / f"{name}.log"
        text = path.read_text(errors="replace") if path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


def configure(workdir: Path, database_url: str, redis_url: str) -> None:
    """Our environment and our children's: production settings, shortened waits."""
    from cryptography.fernet import Fernet

    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "bench.chaos_settings",
            "SECRET_KEY": "chaos",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "MEDIA_ROOT": str(workdir / "media"),
            "STATIC_ROOT": str(workdir / "static"),
            "TOKEN_ENCRYPTION_KEYS": os.environ.get("TOKEN_ENCRYPTION_KEYS")
            or Fernet.generate_key().decode(),
            "LOG_LEVEL": "WARNING",
        }
    )
